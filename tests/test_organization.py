"""Organisation: counts as of a date, statistics, structural checks ORG-03…ORG-10."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from dangkiemtra.organization import (
    Body,
    BodyKind,
    Departure,
    Member,
    Organization,
    OrgKind,
    StructuralException,
    check_structure,
    counts,
    probation_end,
    statistics,
)

AS_OF = date(2023, 9, 25)


def member(i: int, admitted: date, official: date | None = None, **kw: object) -> Member:
    return Member(
        f"dv{i}",
        full_name=f"Người {i}",
        gender="nam",
        birth_date=date(1980, 1, 1),
        admission_date=admitted,
        official_date=official,
        **kw,  # type: ignore[arg-type]
    )


def veterans(n: int, start: int = 0) -> tuple[Member, ...]:
    return tuple(member(start + i, date(2010, 1, 4), date(2011, 1, 4)) for i in range(n))


def cell(
    cid: str, people: tuple[Member, ...], chi_uy: int | None = None, kind: OrgKind = OrgKind.CELL
) -> Organization:
    bodies = (Body(BodyKind.CELL_COMMITTEE, chi_uy, date(2022, 4, 20)),) if chi_uy else ()
    return Organization(cid, kind, cid, bodies, (), people)


def base(
    cid: str,
    cells: tuple[Organization, ...],
    committee: int = 7,
    ubkt: int = 3,
    standing: bool = False,
) -> Organization:
    bodies = [
        Body(BodyKind.COMMITTEE, committee, date(2020, 6, 15)),
        Body(BodyKind.INSPECTION, ubkt, date(2020, 6, 15)),
    ]
    if standing:
        bodies.append(Body(BodyKind.STANDING, 3, date(2020, 6, 15)))
    return Organization(cid, OrgKind.BASE_COMMITTEE, cid, tuple(bodies), cells)


def results(org: Organization, rule: str, **kw: object) -> dict[str, bool]:
    report = check_structure(org, AS_OF, **kw)  # type: ignore[arg-type]
    return {r.subject: r.ok for r in report.results if r.rule_id == rule}


def test_counts_follow_the_members_dates() -> None:
    people = (
        member(1, date(2010, 1, 4), date(2011, 1, 4)),
        member(2, date(2023, 1, 9)),  # probationary
        member(
            3,
            date(2010, 1, 4),
            date(2011, 1, 4),
            departure=Departure("chuyen_di", date(2023, 9, 25)),
        ),
        member(4, date(2010, 1, 4), date(2011, 1, 4), joined_on=date(2023, 9, 26)),
        member(5, date(2023, 10, 2)),  # admitted later
    )
    c = counts(cell("c", people), AS_OF)
    assert (c.members, c.official, c.probationary) == (2, 1, 1)
    assert counts(cell("c", people), date(2023, 9, 24)).members == 3
    assert "4.144" not in str(c.explanation)  # the explanation states this organisation's figure
    assert "2 đảng viên (1 chính thức, 1 dự bị)" in str(c.explanation)


def test_statistics_of_a_year() -> None:
    people = (
        member(1, date(2023, 2, 3)),
        member(
            2, date(2000, 1, 4), date(2001, 1, 4), departure=Departure("tu_tran", date(2023, 5, 1))
        ),
        member(3, date(2000, 1, 4), date(2001, 1, 4), joined_on=date(2023, 3, 1)),
    )
    s = statistics(cell("c", people), date(2023, 1, 1), date(2023, 12, 31))
    assert (s.admitted, s.transferred_in, s.departed, s.members) == (1, 1, {"tu_tran": 1}, 2)
    assert s.party_age_bands["20-29"] == 1 and s.party_age_bands["0-9"] == 1
    assert s.age_bands["41-50"] == 2  # both on the roll were born in 1980


def test_org03_a_cell_needs_three_official_members() -> None:
    ok = cell("ok", veterans(3))
    bad = cell("bad", (*veterans(2), member(9, date(2023, 1, 9))))
    got = results(base("cs", (ok, bad)), "ORG-03")
    assert got == {"ok": True, "bad": False}


def test_org04_thirty_members_make_a_dang_bo_co_so_counting_probationary_by_default() -> None:
    people = veterans(27) + tuple(
        member(100 + i, date(2023, 2, 1)) for i in range(3)
    )  # 30 members, 27 official
    as_cell = cell("cs", people, chi_uy=3, kind=OrgKind.BASE_CELL)
    assert results(as_cell, "ORG-04") == {"cs": False}  # 30 members: should be a đảng bộ cơ sở
    report = check_structure(as_cell, AS_OF, threshold_reading="official_only")
    assert {r.subject: r.ok for r in report.results if r.rule_id == "ORG-04"} == {"cs": True}
    flags = {f.code for r in report.results for f in r.explanation.flags}
    assert "ambiguous" in flags


def test_org04_a_documented_exception_passes_and_is_flagged() -> None:
    small = base("cs", (cell("c1", veterans(10), chi_uy=3),))
    exc = attrs.evolve(
        small, exceptions=(StructuralException("ORG-04", "QĐ 12-QĐ/ĐUK", date(2021, 3, 1)),)
    )
    assert results(small, "ORG-04") == {"cs": False}
    report = check_structure(exc, AS_OF)
    r = next(r for r in report.results if r.rule_id == "ORG-04")
    assert r.ok and any(f.code == "exception" for f in r.explanation.flags)


def test_org05_chi_uy_from_nine_official_members_at_the_election() -> None:
    nine = cell("nine", veterans(9), chi_uy=3)
    eight = cell("eight", veterans(8, 50), chi_uy=3)
    nine_without = cell("nine_without", veterans(9, 100))
    too_big = cell("too_big", veterans(12, 200), chi_uy=9)
    got = results(base("cs", (nine, eight, nine_without, too_big)), "ORG-05")
    assert got == {"nine": True, "eight": False, "nine_without": False, "too_big": False}


def test_org05_counts_on_the_election_day_not_today() -> None:
    # 9 official at the 2022 election; one left in 2023: the chi ủy is still lawful
    people = (
        *veterans(8),
        member(
            99,
            date(2010, 1, 4),
            date(2011, 1, 4),
            departure=Departure("chuyen_di", date(2023, 3, 1)),
        ),
    )
    assert results(cell("c", people, chi_uy=3), "ORG-05") == {"c": True}


def test_org06_standing_committee_from_nine_committee_members() -> None:
    cells = (cell("c1", veterans(31), chi_uy=5),)
    assert results(base("a", cells, committee=9, standing=True), "ORG-06") == {"a": True}
    assert results(base("b", cells, committee=7, standing=True), "ORG-06") == {"b": False}
    assert results(base("c", cells, committee=9, standing=False), "ORG-06") == {"c": False}


def test_org07_ubkt_size_is_unverified_and_flagged() -> None:
    cells = (cell("c1", veterans(31), chi_uy=5),)
    report = check_structure(base("a", cells, ubkt=7), AS_OF)
    r = next(r for r in report.results if r.rule_id == "ORG-07")
    assert not r.ok
    assert any(f.code == "unconfirmed" and f.detail == "unverified" for f in r.explanation.flags)
    bad = Organization(
        "x", OrgKind.CELL, "x", (Body(BodyKind.INSPECTION, 3, date(2020, 1, 1)),), (), veterans(3)
    )
    assert results(base("b", (bad,)), "ORG-07")["x"] is False


@pytest.mark.parametrize(
    ("ceremony", "end"),
    [
        (date(2022, 3, 15), date(2023, 3, 15)),
        (date(2023, 8, 31), date(2024, 8, 31)),
        (date(2024, 2, 29), date(2025, 2, 28)),  # no 29 February in 2025: the month's last day
    ],
)
def test_probation_is_twelve_months_from_the_ceremony(ceremony: date, end: date) -> None:
    got, why = probation_end(ceremony)
    assert got == end
    assert any(c.rule_id == "ORG-10" and c.source == "charter-2011" for c in why.citations)


def test_org10_official_date_must_be_the_end_of_probation() -> None:
    right = member(1, date(2022, 3, 15), date(2023, 3, 15))
    wrong = member(2, date(2022, 3, 15), date(2023, 4, 1))
    got = results(cell("c", (*veterans(3, 10), right, wrong)), "ORG-10")
    assert got["dv1"] is True and got["dv2"] is False


def test_org10_confirmation_vote_within_thirty_working_days() -> None:
    # probation ended 2023-07-03; 30 working days → 2023-08-14 (1 and 4 September are far off)
    waiting = member(1, date(2022, 7, 3))
    c = cell("c", (*veterans(3, 10), waiting))
    assert results(c, "ORG-10")["dv1"] is False  # overdue on 2023-09-25
    report = check_structure(c, date(2023, 8, 14))
    r = next(r for r in report.results if r.subject == "dv1")
    assert r.ok
    step = r.explanation.steps[-1]
    assert step.fact("due") == date(2023, 8, 14)


def test_a_probation_before_the_rulebook_is_reported_unchecked_not_failed() -> None:
    # probation ended in 2015, before QĐ 29-QĐ/TW (2016) set the 30 working days in the rulebook
    old = member(1, date(2014, 5, 5))
    report = check_structure(cell("c", (*veterans(3, 10), old)), AS_OF)
    r = next(r for r in report.results if r.subject == "dv1")
    assert not r.checked and r.ok
    assert r in report.unchecked and r not in report.problems
    assert "2016" in r.explanation.render("en")
