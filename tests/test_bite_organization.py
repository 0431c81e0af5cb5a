"""Organisations at their thresholds: the tree walk, members' dates, size bands, the structural
checks and what a congress elects (issue 12 §5, tests that bite).

Only the public API is used (``dangkiemtra.organization``), so the tests hold for any
implementation of the tree and its checks. Thresholds are those of the rulebook: a cell needs
3 official members (ORG-03, Charter Art 21.2), 30 members make a grassroots committee (ORG-04,
Art 21.3), 9 official members a cell committee of at most 7 (ORG-05, Art 24.4 and QĐ 29/24/294),
9 committee members a standing committee (ORG-06, Art 22.5), a grassroots inspection commission
has 3–5 members (ORG-07, unverified), probation lasts 12 months and is confirmed within 30
working days (ORG-10).
"""

from __future__ import annotations

from datetime import date, timedelta

import attrs

from dangkiemtra import Rulebook, WorkingCalendar
from dangkiemtra.organization import (
    Body,
    BodyKind,
    Departure,
    Member,
    Organization,
    OrgKind,
    Post,
    StructuralException,
    StructureReport,
    check_structure,
    counts,
    elections,
    probation_end,
    statistics,
)

AS_OF = date(2023, 9, 25)
ELECTED = date(2020, 6, 15)
DAY = timedelta(days=1)


def amended(key: str, value: int | str | tuple[str, ...]) -> Rulebook:
    """The default rulebook with every entry of ``key`` set to ``value`` (a caller's own rulebook)."""
    book = Rulebook.default()
    p = book.parameters[key]
    history = tuple(attrs.evolve(h, value=value) for h in p.history)
    return attrs.evolve(book, parameters={**book.parameters, key: attrs.evolve(p, history=history)})


def member(
    mid: str,
    admitted: date = date(2012, 1, 9),
    official: date | None = date(2013, 1, 9),
    **kw: object,
) -> Member:
    kw.setdefault("birth_date", date(1980, 1, 1))
    kw.setdefault("gender", "nam")
    return Member(mid, "Đảng Viên", admission_date=admitted, official_date=official, **kw)  # type: ignore[arg-type]


def veterans(prefix: str, n: int) -> tuple[Member, ...]:
    return tuple(member(f"{prefix}{i}") for i in range(n))


def cell(cid: str, n: int, chi_uy: int | None = None, kind: OrgKind = OrgKind.CELL) -> Organization:
    bodies = (Body(BodyKind.CELL_COMMITTEE, chi_uy, ELECTED),) if chi_uy else ()
    return Organization(cid, kind, cid, bodies, (), veterans(cid, n))


def committee_bodies(
    size: int = 9, ubkt: int | None = 3, standing: bool = True
) -> tuple[Body, ...]:
    bodies = [Body(BodyKind.COMMITTEE, size, ELECTED)]
    if standing:
        bodies.append(Body(BodyKind.STANDING, 3, ELECTED))
    if ubkt is not None:
        bodies.append(Body(BodyKind.INSPECTION, ubkt, ELECTED))
    return tuple(bodies)


def tree() -> Organization:
    """A superior committee over a grassroots committee (30 members: a partial committee with
    two cells, and a cell) and a grassroots cell of 10."""
    partial = Organization(
        "bp", OrgKind.PARTIAL_COMMITTEE, "bp", (), (cell("c1", 9, chi_uy=7), cell("c2", 3))
    )
    bc = Organization(
        "bc", OrgKind.BASE_COMMITTEE, "bc", committee_bodies(), (partial, cell("c3", 18, chi_uy=5))
    )
    cs = cell("cs", 10, chi_uy=3, kind=OrgKind.BASE_CELL)
    sup_bodies = (Body(BodyKind.COMMITTEE, 15, ELECTED), Body(BodyKind.INSPECTION, 5, ELECTED))
    return Organization("sup", OrgKind.SUPERIOR, "sup", sup_bodies, (bc, cs))


def by_rule(report: StructureReport, rule: str) -> dict[str, bool]:
    return {r.subject: r.ok for r in report.results if r.rule_id == rule}


def organisations(report: StructureReport) -> set[tuple[str, str]]:
    """(rule, subject) of every check of an organisation (ORG-10 checks members)."""
    return {(r.rule_id, r.subject) for r in report.results if r.rule_id != "ORG-10"}


# ── the tree, posts and members' dates (ORG-10) ─────────────────────────────────────────


def test_the_walk_reaches_cells_under_nested_partial_committees() -> None:
    org = tree()
    assert [o.id for o in org.walk()] == ["sup", "bc", "bp", "c1", "c2", "c3", "cs"]
    found = org.find("c2")
    assert found is not None and found.id == "c2"
    assert org.find("nowhere") is None
    assert counts(org, AS_OF).organizations == {
        "chi_bo": 3,
        "chi_bo_co_so": 1,
        "dang_bo_bo_phan": 1,
        "dang_bo_co_so": 1,
    }


def test_a_post_is_held_from_its_first_to_its_last_day() -> None:
    post = Post("bi_thu", "c1", date(2020, 6, 15), date(2025, 6, 14))
    assert post.held_on(date(2020, 6, 15)) and post.held_on(date(2025, 6, 14))
    assert not post.held_on(date(2020, 6, 14)) and not post.held_on(date(2025, 6, 15))
    assert Post("bi_thu", "c1", date(2020, 6, 15)).held_on(date(2040, 1, 1))


def test_a_member_is_on_the_roll_from_admission_or_transfer_until_the_day_of_departure() -> None:
    m = member("a", date(2022, 10, 3), None, departure=Departure("chuyen_di", date(2023, 9, 25)))
    assert not m.is_member_on(date(2022, 10, 2)) and m.is_member_on(date(2022, 10, 3))
    assert m.is_member_on(date(2023, 9, 24)) and not m.is_member_on(date(2023, 9, 25))
    moved = member("b", date(2010, 1, 4), date(2011, 1, 4), joined_on=date(2023, 3, 1))
    assert not moved.is_member_on(date(2023, 2, 28)) and moved.is_member_on(date(2023, 3, 1))


def test_official_from_the_official_date_and_never_after_departure() -> None:
    m = member("a", date(2022, 3, 15), date(2023, 3, 15))
    assert m.is_probationary_on(date(2023, 3, 14)) and not m.is_official_on(date(2023, 3, 14))
    assert m.is_official_on(date(2023, 3, 15)) and not m.is_probationary_on(date(2023, 3, 15))
    gone = attrs.evolve(m, departure=Departure("tu_tran", date(2023, 6, 1)))
    assert not gone.is_official_on(date(2023, 6, 1))
    assert not gone.is_probationary_on(date(2023, 6, 1))


def test_a_body_counts_from_the_day_it_was_elected() -> None:
    org = Organization(
        "bc",
        OrgKind.BASE_COMMITTEE,
        "bc",
        (
            Body(BodyKind.INSPECTION, 3, date(2020, 6, 15)),
            Body(BodyKind.COMMITTEE, 9, date(2020, 6, 16)),
        ),
    )
    committee = org.body(BodyKind.COMMITTEE, date(2020, 6, 16))
    assert committee is not None and committee.size == 9
    assert org.body(BodyKind.COMMITTEE, date(2020, 6, 15)) is None
    assert org.body(BodyKind.STANDING) is None
    inspection = org.body(BodyKind.INSPECTION)
    assert inspection is not None and inspection.size == 3


# ── counts and statistics ───────────────────────────────────────────────────────────────


def test_counts_add_official_and_probationary_members() -> None:
    people = (
        *veterans("v", 3),
        member("p1", date(2023, 1, 9), None),
        member("p2", date(2023, 2, 1), None),
    )
    org = Organization("c", OrgKind.CELL, "c", members=people)
    c = counts(org, AS_OF)
    assert (c.members, c.official, c.probationary) == (5, 3, 2)
    assert c.explanation.steps[-1].fact("members") == 5


def test_statistics_count_movements_on_the_first_and_last_day_of_the_period() -> None:
    start, end = date(2023, 1, 1), date(2023, 12, 31)
    people = (
        member("in_first", start, None),  # admitted on the first day
        member("in_last", end, None),  # admitted on the last day
        member("in_after", end + DAY, None),  # admitted after: not in this period
        member("moved_first", joined_on=start),
        member("moved_last", joined_on=end),
        member("moved_before", joined_on=start - DAY),
        member("same_day", end, None, joined_on=end),  # joined on admission: not a transfer
        member("left_first", departure=Departure("chuyen_di", start)),
        member("left_last", departure=Departure("xin_ra", end)),
        member("left_before", departure=Departure("khai_tru", start - DAY)),
        member("woman", gender="nu"),
    )
    s = statistics(Organization("c", OrgKind.CELL, "c", members=people), start, end)
    assert (s.admitted, s.transferred_in) == (3, 2)
    assert s.departed == {"chuyen_di": 1, "xin_ra": 1}
    assert s.women == 1
    # on the roll on 31 December: all but the three who left and the one admitted in 2024
    assert (s.members, s.official, s.probationary) == (7, 4, 3)


def test_age_and_party_age_bands_at_their_limits() -> None:
    end = date(2023, 12, 31)
    people = (
        member("a30", date(2014, 1, 1), date(2015, 1, 1), birth_date=date(1993, 12, 31)),  # 30
        member("a31", date(2013, 12, 31), date(2014, 12, 31), birth_date=date(1992, 12, 31)),  # 31
    )
    s = statistics(Organization("c", OrgKind.CELL, "c", members=people), date(2023, 1, 1), end)
    assert s.age_bands["18-30"] == 1 and s.age_bands["31-40"] == 1
    # party age on 31 December 2023: admitted 1 January 2014 → 9 years; 31 December 2013 → 10
    assert s.party_age_bands["0-9"] == 1 and s.party_age_bands["10-19"] == 1


# ── what a congress elects (ORG-05, ORG-06, ORG-11, ELE-04) ─────────────────────────────


def test_a_cell_of_nine_official_members_elects_a_committee_of_at_most_seven() -> None:
    nine = elections(cell("c", 9), AS_OF)
    assert (nine.deputy, nine.chi_uy_max) == ("yes", 7)
    assert nine.explanation.steps[-1].fact("chi_uy_high") == 7
    assert any(
        c.rule_id == "ORG-05" and c.source == "charter-2011" for c in nine.explanation.citations
    )
    eight = elections(cell("c", 8), AS_OF)
    assert (eight.deputy, eight.chi_uy_max, eight.committee) == ("if_needed", None, False)
    assert eight.explanation.steps[-1].fact("chi_uy_high") == 0


def test_a_caller_rulebook_sets_the_cell_committee_threshold() -> None:
    book = amended("org.cell.chi_uy_min_official_members", 5)
    assert elections(cell("c", 5), AS_OF, rulebook=book).deputy == "yes"
    assert elections(cell("c", 5), AS_OF).deputy == "if_needed"


def _committee(size: int | None) -> Organization:
    bodies = (Body(BodyKind.COMMITTEE, size, ELECTED),) if size else ()
    return Organization("bc", OrgKind.BASE_COMMITTEE, "bc", bodies, (cell("c1", 30),))


def test_a_committee_of_nine_elects_a_standing_committee_of_eight_not() -> None:
    assert elections(_committee(9), AS_OF).standing_committee is True
    assert elections(_committee(8), AS_OF).standing_committee is False
    assert elections(_committee(None), AS_OF).standing_committee is None  # size unknown: open
    assert elections(_committee(None), AS_OF, committee_size=9).standing_committee is True
    partial = Organization("bp", OrgKind.PARTIAL_COMMITTEE, "bp", (), (cell("c1", 9),))
    assert elections(partial, AS_OF, committee_size=15).standing_committee is False


def test_qd208_caps_the_standing_committee_at_a_third_rounded_down() -> None:
    day = date(2026, 8, 1)  # QĐ 208 (ORG-11) in force from 26 July 2026
    assert elections(_committee(9), day).standing_max == 3
    assert elections(_committee(11), day).standing_max == 3
    assert elections(_committee(12), day).standing_max == 4
    assert elections(_committee(8), day).standing_max is None  # no standing committee at all
    assert elections(_committee(9), date(2026, 7, 25)).standing_max is None  # before QĐ 208
    two_thirds = amended("org.base.standing_committee_max_fraction", "2/3")
    assert elections(_committee(9), day, rulebook=two_thirds).standing_max == 6


def test_a_missing_inspection_rule_is_named_with_the_day_it_applies_from() -> None:
    # the grassroots inspection commission's size is in the rulebook from 26 July 2016 (QĐ 30)
    e = elections(_committee(9), date(2016, 1, 4))
    assert e.inspection_size is None and e.not_checked == ("org.ubkt.size.grassroots",)
    missing = next(s for s in e.explanation.steps if s.code == "org.check.no_rule")
    assert missing.fact("day") == date(2016, 7, 26)
    assert elections(_committee(9), date(2016, 7, 26)).inspection_size == (3, 5)


# ── structural checks (ORG-03…ORG-07, ORG-10) ───────────────────────────────────────────


def test_each_check_applies_to_its_kind_of_organisation_only() -> None:
    report = check_structure(tree(), AS_OF)
    cells = {"c1", "c2", "c3", "cs"}
    assert organisations(report) == (
        {("ORG-03", c) for c in cells}
        | {("ORG-05", c) for c in cells}
        | {("ORG-04", "bc"), ("ORG-04", "cs"), ("ORG-06", "bc"), ("ORG-07", "bc")}
    )
    # exactly 30 members make bc a grassroots committee; a chi ủy of 7 is the largest allowed
    assert report.ok and report.problems == () and report.unchecked == ()
    assert report.by_rule()["ORG-10"] == (40, 0)  # every member's official date is right


def test_before_the_2011_charter_no_structural_check_is_made() -> None:
    report = check_structure(tree(), date(2010, 6, 1))
    cells = {"c1", "c2", "c3", "cs"}
    assert organisations(report) == (
        {("ORG-03", c) for c in cells}
        | {("ORG-05", c) for c in cells}
        | {("ORG-04", "bc"), ("ORG-04", "cs"), ("ORG-06", "bc"), ("ORG-07", "bc")}
    )
    assert report.unchecked == report.results and report.ok and report.by_rule() == {}
    first = next(r for r in report.results if r.rule_id == "ORG-03")
    assert first.explanation.steps[0].fact("day") == date(2011, 1, 19)


def test_in_early_2016_the_chi_uy_and_inspection_checks_wait_for_their_rules() -> None:
    report = check_structure(tree(), date(2016, 1, 4))
    unchecked = {(r.rule_id, r.subject): r for r in report.unchecked}
    assert set(unchecked) == {("ORG-05", c) for c in ("c1", "c2", "c3", "cs")} | {("ORG-07", "bc")}
    assert unchecked["ORG-05", "c1"].explanation.steps[0].fact("day") == date(2016, 7, 25)
    assert unchecked["ORG-07", "bc"].explanation.steps[0].fact("day") == date(2016, 7, 26)
    data = report.to_json()
    assert data["not_checked"] == 5
    assert data["checks"] == len(report.results) - 5
    assert "ORG-05" not in data["by_rule"] and data["by_rule"]["ORG-03"] == {
        "passed": 4,
        "failed": 0,
    }


def test_a_failed_check_makes_the_report_fail_and_is_counted_by_rule() -> None:
    org = Organization("c", OrgKind.CELL, "c", members=veterans("v", 2))  # 2 official: too few
    report = check_structure(org, AS_OF)
    assert not report.ok
    assert [(r.rule_id, r.subject) for r in report.problems] == [("ORG-03", "c")]
    assert report.by_rule()["ORG-03"] == (0, 1)
    assert report.to_json()["checks"] == len(report.results)


def test_a_cell_committee_of_seven_is_allowed_eight_is_not() -> None:
    seven = check_structure(cell("c", 9, chi_uy=7), AS_OF)
    eight = check_structure(cell("c", 9, chi_uy=8), AS_OF)
    assert by_rule(seven, "ORG-05") == {"c": True}
    assert by_rule(eight, "ORG-05") == {"c": False}
    step = eight.results[[r.rule_id for r in eight.results].index("ORG-05")].explanation.steps[-1]
    assert (step.fact("size"), step.fact("maximum")) == (8, 7)


def test_thirty_members_with_one_probationary_are_a_committee_only_if_probationary_count() -> None:
    people = (*veterans("v", 29), member("p", date(2023, 2, 1), None))
    bc = Organization(
        "bc",
        OrgKind.BASE_COMMITTEE,
        "bc",
        committee_bodies(),
        (Organization("c1", OrgKind.CELL, "c1", members=people),),
    )
    default = next(r for r in check_structure(bc, AS_OF).results if r.rule_id == "ORG-04")
    assert default.ok and default.explanation.steps[-1].fact("members") == 30
    official = check_structure(bc, AS_OF, threshold_reading="official_only")
    r = next(r for r in official.results if r.rule_id == "ORG-04")
    assert not r.ok and r.explanation.steps[-1].fact("members") == 29
    assert any(c.rule_id == "ORG-04" and c.article == "21" for c in r.explanation.citations)


def test_only_an_exception_to_org04_excuses_the_kind() -> None:
    small = Organization("bc", OrgKind.BASE_COMMITTEE, "bc", committee_bodies(), (cell("c1", 10),))
    other = attrs.evolve(
        small, exceptions=(StructuralException("ORG-06", "QĐ 12-QĐ/ĐUK", date(2021, 3, 1)),)
    )
    assert by_rule(check_structure(other, AS_OF), "ORG-04") == {"bc": False}
    # a grassroots committee of 30 that also holds an ORG-04 exception: the plain verdict
    right = attrs.evolve(
        tree().children[0],
        exceptions=(StructuralException("ORG-04", "QĐ 12-QĐ/ĐUK", date(2021, 3, 1)),),
    )
    r = next(r for r in check_structure(right, AS_OF).results if r.rule_id == "ORG-04")
    assert r.ok and r.explanation.steps[-1].code == "org.check.kind"
    assert not any(f.code == "exception" for f in r.explanation.flags)


def test_a_grassroots_committee_without_a_committee_fails_org06() -> None:
    bare = Organization(
        "bc",
        OrgKind.BASE_COMMITTEE,
        "bc",
        (Body(BodyKind.INSPECTION, 3, ELECTED),),
        (cell("c1", 30),),
    )
    assert by_rule(check_structure(bare, AS_OF), "ORG-06") == {"bc": False}


def test_the_grassroots_inspection_commission_has_three_to_five_members() -> None:
    def ok(size: int) -> bool:
        org = Organization(
            "bc", OrgKind.BASE_COMMITTEE, "bc", committee_bodies(ubkt=size), (cell("c1", 30),)
        )
        return by_rule(check_structure(org, AS_OF), "ORG-07")["bc"]

    assert [ok(n) for n in (2, 3, 5, 6)] == [False, True, True, False]


def test_probation_checks_only_members_on_the_roll() -> None:
    gone = member(
        "gone", date(2022, 3, 15), date(2023, 4, 1), departure=Departure("chuyen_di", AS_OF)
    )
    org = Organization("c", OrgKind.CELL, "c", members=(*veterans("v", 3), gone))
    subjects = {r.subject for r in check_structure(org, AS_OF).results if r.rule_id == "ORG-10"}
    assert subjects == {"v0", "v1", "v2"}


def test_the_confirmation_is_pending_from_the_day_probation_ends() -> None:
    # admitted 15 August 2022: probation ends Tuesday 15 August 2023
    waiting = member("w", date(2022, 8, 15), None)
    org = Organization("c", OrgKind.CELL, "c", members=(*veterans("v", 3), waiting))
    before = check_structure(org, date(2023, 8, 14))
    assert "w" not in {r.subject for r in before.results}
    on = next(r for r in check_structure(org, date(2023, 8, 15)).results if r.subject == "w")
    assert on.ok and on.explanation.steps[-1].fact("state").code == "pending"  # type: ignore[union-attr]
    # 30 working days: 16 August … 28 September 2023 (1 and 4 September are days off)
    assert on.explanation.steps[-1].fact("due") == date(2023, 9, 28)
    assert by_rule(check_structure(org, date(2023, 9, 28)), "ORG-10")["w"] is True  # the last day
    assert by_rule(check_structure(org, date(2023, 9, 29)), "ORG-10")["w"] is False  # the day after
    assert any(c.rule_id == "ORG-10" for c in on.explanation.citations)


def test_the_confirmation_due_date_follows_the_callers_calendar() -> None:
    waiting = member("w", date(2022, 8, 15), None)
    org = Organization("c", OrgKind.CELL, "c", members=(*veterans("v", 3), waiting))
    book = Rulebook.default()
    years = dict(book.calendar_years)
    years[2023] = attrs.evolve(years[2023], days_off=(), workdays=())
    no_holiday = WorkingCalendar(attrs.evolve(book, calendar_years=years))
    day = date(2023, 9, 27)
    assert by_rule(check_structure(org, day), "ORG-10")["w"] is True  # due 28 September
    late = check_structure(org, day, calendar=no_holiday)  # due 26 September
    assert by_rule(late, "ORG-10")["w"] is False


def test_a_probation_before_the_confirmation_rule_names_the_day_it_applies_from() -> None:
    old = member("old", date(2014, 5, 5), None)  # probation ended 5 May 2015
    org = Organization("c", OrgKind.CELL, "c", members=(*veterans("v", 3), old))
    r = next(r for r in check_structure(org, AS_OF).results if r.subject == "old")
    assert not r.checked
    assert r.explanation.steps[0].fact("day") == date(2016, 7, 25)  # QĐ 29-QĐ/TW


def test_structure_and_probation_read_the_callers_rulebook() -> None:
    four = amended("org.founding.min_official_members", 4)
    org = Organization("c", OrgKind.CELL, "c", members=veterans("v", 3))
    assert by_rule(check_structure(org, AS_OF), "ORG-03") == {"c": True}
    assert by_rule(check_structure(org, AS_OF, rulebook=four), "ORG-03") == {"c": False}
    six = amended("org.probation.months", 6)
    assert probation_end(date(2023, 3, 15), rulebook=six)[0] == date(2023, 9, 15)
    assert probation_end(date(2023, 3, 15))[0] == date(2024, 3, 15)
