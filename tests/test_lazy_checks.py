"""check_structure builds each explanation when it is read (issue #11 §1), with the same answers.

A result keeps the facts of its explanation; reading ``explanation`` (directly, or through
equality, hashing, JSON, pickling or a copy) builds the cited steps once. These tests hold the
deferred explanations to the ones the public API builds step by step.
"""

from __future__ import annotations

import copy
import pickle
from datetime import date

import attrs

import dangkiemtra as dk
from dangkiemtra.explain import Explanation, Step, Term
from dangkiemtra.organization import CheckResult, probation_end
from dangkiemtra.rulebook import Rulebook

ORG = dk.reference_organization()
DAY = dk.REFERENCE_AS_OF


def _members() -> dict[str, dk.Member]:
    return {m.id: m for m in ORG.all_members()}


def test_probation_explanations_are_the_cited_steps() -> None:
    members = _members()
    rulebook = Rulebook.default()
    calendar = dk.WorkingCalendar.default()
    seen = {"official": 0, "due": 0, "no_rule": 0}
    # on the reference date every probation still runs; a year on, some votes are due
    results = [(DAY, r) for r in dk.check_structure(ORG, DAY).results]
    later = date(2024, 12, 31)
    results += [(later, r) for r in dk.check_structure(ORG, later).results]
    for day, r in results:
        if r.rule_id != "ORG-10":
            continue
        m = members[r.subject]
        if not r.checked:
            step = r.explanation.steps[0]
            assert step.code == "org.check.no_rule" and step.fact("member") == m.id
            applies_from = step.fact("day")
            assert isinstance(applies_from, date)
            assert m.admission_date < applies_from  # the rule applies only from that day
            seen["no_rule"] += 1
            continue
        end, why = probation_end(m.admission_date)
        if m.official_date is not None:
            step = Step.of(
                "org.check.probation_end",
                member=m.id,
                admitted=m.admission_date,
                probation_end=end,
                official=m.official_date,
            )
            assert r.explanation == why + Explanation.of(step)
            assert r.ok == (m.official_date == end)
            seen["official"] += 1
        else:
            rule = rulebook.at(end).get("org.probation.confirmation_working_days")
            due = calendar.add_working_days(end, rule.as_int())
            state = "overdue" if due < day else "pending"
            step = Step.of(
                "org.check.confirmation_due",
                member=m.id,
                probation_end=end,
                due=due,
                as_of=day,
                state=Term(state),
            )
            assert r.explanation == Explanation.of(rule.step(), step)
            assert r.ok == (state == "pending")
            seen["due"] += 1
    assert all(seen.values()), seen


def test_a_result_read_late_equals_one_read_at_once() -> None:
    early = dk.check_structure(ORG, DAY)
    for r in early.results:
        assert isinstance(r.explanation, Explanation)  # built now
    late = dk.check_structure(ORG, DAY)
    assert late == early  # equality reads (and builds) every explanation
    assert hash(dk.check_structure(ORG, DAY)) == hash(early)


def test_pickle_copy_and_evolve_carry_the_explanation() -> None:
    fresh = dk.check_structure(ORG, DAY)
    back = pickle.loads(pickle.dumps(fresh))
    assert back == dk.check_structure(ORG, DAY)
    r = dk.check_structure(ORG, DAY).results[-1]
    assert copy.deepcopy(r) == r
    failed = attrs.evolve(dk.check_structure(ORG, DAY).results[0], ok=False)
    assert isinstance(failed, CheckResult) and not failed.ok
    assert failed.explanation == dk.check_structure(ORG, DAY).results[0].explanation


def test_results_have_no_dict_and_only_explanation_is_deferred() -> None:
    r = dk.check_structure(ORG, DAY).results[0]
    assert not hasattr(r, "__dict__")
    try:
        r.nonexistent  # noqa: B018
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("an unknown attribute must raise")


def test_before_the_probation_rule_every_member_is_reported_not_checked() -> None:
    # the rule of 12 months is in force from 2011-01-19: a member admitted before is not checked
    report = dk.check_structure(ORG, date(2023, 9, 25))
    first = Rulebook.default().parameter("org.probation.months").history[0].valid_from
    early = [
        r
        for r in report.results
        if r.rule_id == "ORG-10" and _members()[r.subject].admission_date < first
    ]
    assert early and all(not r.checked and r.ok for r in early)
    assert {r.explanation.steps[0].fact("day") for r in early} == {first}


def test_explanations_read_from_many_threads_at_once_are_the_same() -> None:
    from concurrent.futures import ThreadPoolExecutor

    report = dk.check_structure(ORG, DAY)
    with ThreadPoolExecutor(4) as pool:
        seen = list(pool.map(lambda r: r.explanation, [*report.results] * 4))
    expected = dk.check_structure(ORG, DAY).results
    assert seen == [r.explanation for r in expected] * 4


def _cell(*members: dk.Member) -> dk.Organization:
    return dk.Organization("c1", dk.OrgKind.BASE_CELL, "Chi bộ thử", members=members)


def _member(mid: str, admitted: date, **kw: object) -> dk.Member:
    return dk.Member(
        mid,
        full_name="Người Thử",
        gender="nam",
        birth_date=date(1980, 1, 1),
        admission_date=admitted,
        **kw,  # type: ignore[arg-type]
    )


def _org10(report: dk.StructureReport) -> dict[str, CheckResult]:
    return {r.subject: r for r in report.results if r.rule_id == "ORG-10"}


def test_the_first_day_of_the_probation_rule_is_checked_after_an_earlier_member() -> None:
    first = Rulebook.default().parameter("org.probation.months").history[0].valid_from
    end = probation_end(first)[0]
    before = _member("dv-before", date.fromordinal(first.toordinal() - 1), official_date=end)
    on = _member("dv-on", first, official_date=end)
    found = _org10(dk.check_structure(_cell(before, on), DAY))
    assert not found["dv-before"].checked  # the day before the rule is in force
    assert found["dv-on"].checked and found["dv-on"].ok  # the first day it is in force
    assert found["dv-on"].explanation.steps[-1].code == "org.check.probation_end"


def test_the_vote_is_pending_on_its_due_day_and_overdue_the_day_after() -> None:
    admitted = date(2022, 10, 3)
    end = probation_end(admitted)[0]
    rule = Rulebook.default().at(end).get("org.probation.confirmation_working_days")
    due = dk.WorkingCalendar.default().add_working_days(end, rule.as_int())
    org = _cell(_member("dv1", admitted))
    on_due = _org10(dk.check_structure(org, due))["dv1"]
    after = _org10(dk.check_structure(org, date.fromordinal(due.toordinal() + 1)))["dv1"]
    assert on_due.ok and on_due.explanation.steps[-1].fact("state") == Term("pending")
    assert not after.ok and after.explanation.steps[-1].fact("state") == Term("overdue")


def test_who_is_on_the_roll_on_the_day_is_checked() -> None:
    admitted = date(2015, 3, 2)
    end = probation_end(admitted)[0]
    arrived = _member("dv-in", admitted, official_date=end, joined_on=DAY)  # joined that day
    tomorrow = _member(
        "dv-later", admitted, official_date=end, joined_on=date.fromordinal(DAY.toordinal() + 1)
    )
    leaving = _member(
        "dv-out", admitted, official_date=end, departure=dk.Departure("chuyen_di", DAY)
    )
    staying = _member(
        "dv-stay",
        admitted,
        official_date=end,
        departure=dk.Departure("chuyen_di", date.fromordinal(DAY.toordinal() + 1)),
    )
    found = _org10(dk.check_structure(_cell(arrived, tomorrow, leaving, staying), DAY))
    assert sorted(found) == ["dv-in", "dv-stay"]  # Member.is_member_on: joined, not yet left
    assert all(r.ok and r.checked for r in found.values())


def test_on_the_day_probation_ends_the_vote_is_awaited_and_not_before() -> None:
    admitted = date(2022, 10, 3)
    end = probation_end(admitted)[0]
    org = _cell(_member("dv1", admitted))
    on_end = _org10(dk.check_structure(org, end))
    day_before = _org10(dk.check_structure(org, date.fromordinal(end.toordinal() - 1)))
    assert on_end["dv1"].ok and on_end["dv1"].explanation.steps[-1].fact("state") == Term("pending")
    assert day_before == {}  # still in probation: nothing to vote on yet


def test_a_cell_committee_of_exactly_the_maximum_size_passes_one_more_fails() -> None:
    snap = Rulebook.default().at(DAY)
    threshold = snap.get("org.cell.chi_uy_min_official_members").as_int()
    maximum = snap.get("org.cell.chi_uy_max_size").as_int()
    admitted = date(2015, 3, 2)
    end = probation_end(admitted)[0]
    members = tuple(_member(f"dv{i}", admitted, official_date=end) for i in range(threshold))
    elected = date(2020, 6, 15)

    def org05(size: int) -> CheckResult:
        body = dk.Body(dk.BodyKind.CELL_COMMITTEE, size, elected)
        cell = dk.Organization(
            "c1", dk.OrgKind.BASE_CELL, "Chi bộ thử", bodies=(body,), members=members
        )
        return next(r for r in dk.check_structure(cell, DAY).results if r.rule_id == "ORG-05")

    assert org05(maximum).ok
    assert not org05(maximum + 1).ok
    assert org05(maximum).explanation.steps[-1].fact("maximum") == maximum


def test_an_inspection_commission_at_either_end_of_its_range_passes_beyond_fails() -> None:
    lo, hi = Rulebook.default().at(DAY).get("org.ubkt.size.grassroots").as_range()
    elected = date(2020, 6, 15)

    def org07(size: int) -> CheckResult:
        bodies = (
            dk.Body(dk.BodyKind.COMMITTEE, 7, elected),
            dk.Body(dk.BodyKind.INSPECTION, size, elected),
        )
        committee = dk.Organization("d1", dk.OrgKind.BASE_COMMITTEE, "Đảng bộ thử", bodies=bodies)
        return next(r for r in dk.check_structure(committee, DAY).results if r.rule_id == "ORG-07")

    assert org07(lo).ok and org07(hi).ok
    assert not org07(lo - 1).ok and not org07(hi + 1).ok
    assert org07(hi).explanation.steps[-1].fact("maximum") == hi


def test_a_cell_committee_counts_the_official_members_of_its_election_day() -> None:
    elected = date(2020, 6, 15)
    next_day = date(2020, 6, 16)
    members = (
        _member("dv-official-that-day", date(2019, 6, 15), official_date=elected),
        _member("dv-official-next-day", date(2019, 6, 16), official_date=next_day),
        _member(
            "dv-joined-that-day",
            date(2010, 1, 4),
            official_date=date(2011, 1, 4),
            joined_on=elected,
        ),
        _member(
            "dv-joined-next-day",
            date(2010, 1, 4),
            official_date=date(2011, 1, 4),
            joined_on=next_day,
        ),
        _member(
            "dv-left-that-day",
            date(2010, 1, 4),
            official_date=date(2011, 1, 4),
            departure=dk.Departure("chuyen_di", elected),
        ),
        _member(
            "dv-left-next-day",
            date(2010, 1, 4),
            official_date=date(2011, 1, 4),
            departure=dk.Departure("chuyen_di", next_day),
        ),
    )
    body = dk.Body(dk.BodyKind.CELL_COMMITTEE, 3, elected)
    cell = dk.Organization(
        "c1", dk.OrgKind.BASE_CELL, "Chi bộ thử", bodies=(body,), members=members
    )
    org05 = next(r for r in dk.check_structure(cell, DAY).results if r.rule_id == "ORG-05")
    # official that day, joined that day, left the next day: on the roll and official on the day
    assert org05.explanation.steps[-1].fact("official") == 3
    assert cell.official_count_on(elected) == 3


def test_a_report_is_ok_only_without_failed_checks_and_counts_only_checks_made() -> None:
    report = dk.check_structure(ORG, DAY)
    assert report.ok is True and report.problems == ()
    made = [r for r in report.results if r.checked]
    assert report.unchecked and len(made) < len(report.results)  # members admitted before 2011
    assert report.by_rule() == {
        rule: (sum(1 for r in made if r.rule_id == rule and r.ok), 0)
        for rule in sorted({r.rule_id for r in made})
    }
    lo = Rulebook.default().at(DAY).get("org.ubkt.size.grassroots").as_range()[0]
    bodies = (dk.Body(dk.BodyKind.INSPECTION, lo - 1, date(2020, 6, 15)),)
    failing = dk.check_structure(
        dk.Organization("d1", dk.OrgKind.BASE_COMMITTEE, "Đảng bộ thử", bodies=bodies), DAY
    )
    assert failing.ok is False and failing.problems
    assert failing.by_rule()["ORG-07"] == (0, 1)


def test_the_report_json_counts_the_checks_made_and_not_made() -> None:
    report = dk.check_structure(ORG, DAY)
    doc = report.to_json()
    assert doc["checks"] == sum(1 for r in report.results if r.checked)
    assert doc["not_checked"] == len(report.unchecked) > 0
    assert doc["checks"] + doc["not_checked"] == len(report.results)


def test_before_the_structural_rules_each_check_is_reported_not_made_where_it_applies() -> None:
    # on 2009-01-01 none of the structural rules is in force yet; on 2012-01-01 ORG-05 and ORG-07
    # still are not: each unchecked check concerns only the kinds its rule applies to, once each
    kinds = {o.id: o.kind for o in ORG.walk()}
    applies = {
        "ORG-03": {dk.OrgKind.CELL, dk.OrgKind.BASE_CELL},
        "ORG-05": {dk.OrgKind.CELL, dk.OrgKind.BASE_CELL},
        "ORG-04": {dk.OrgKind.BASE_COMMITTEE, dk.OrgKind.BASE_CELL},
        "ORG-06": {dk.OrgKind.BASE_COMMITTEE},
        "ORG-07": {dk.OrgKind.BASE_COMMITTEE},
    }
    for day, missing in (
        (date(2009, 1, 1), set(applies)),
        (date(2012, 1, 1), {"ORG-05", "ORG-07"}),
    ):
        report = dk.check_structure(ORG, day)
        for rule, allowed in applies.items():
            unchecked = [r.subject for r in report.unchecked if r.rule_id == rule]
            expected = (
                sorted(i for i, k in kinds.items() if k in allowed) if rule in missing else []
            )
            assert sorted(unchecked) == expected, (day, rule)
            made = [r for r in report.results if r.rule_id == rule and r.checked]
            assert not made if rule in missing else made
        for r in report.unchecked:
            if r.rule_id != "ORG-10":
                day_fact = r.explanation.steps[0].fact("day")
                assert (
                    isinstance(day_fact, date) and day_fact > day
                )  # the day the rule applies from


def test_the_counts_of_a_check_are_those_on_the_day_and_a_committee_sums_its_cells() -> None:
    admitted = date(2015, 3, 2)
    end = probation_end(admitted)[0]
    after = date.fromordinal(DAY.toordinal() + 1)
    cell = dk.Organization(
        "c1",
        dk.OrgKind.CELL,
        "Chi bộ thử",
        members=(
            _member("dv-official-that-day", date(2022, 9, 25), official_date=DAY),
            _member("dv-official-next-day", date(2022, 9, 26), official_date=after),
            _member("dv-joined-that-day", admitted, official_date=end, joined_on=DAY),
            _member("dv-joined-next-day", admitted, official_date=end, joined_on=after),
            _member(
                "dv-left-that-day",
                admitted,
                official_date=end,
                departure=dk.Departure("chuyen_di", DAY),
            ),
            _member(
                "dv-left-next-day",
                admitted,
                official_date=end,
                departure=dk.Departure("chuyen_di", after),
            ),
        ),
    )
    committee = dk.Organization(
        "d1", dk.OrgKind.BASE_COMMITTEE, "Đảng bộ thử", children=(cell, attrs.evolve(cell, id="c2"))
    )
    report = dk.check_structure(committee, DAY, threshold_reading="all_members")
    org03 = next(r for r in report.results if r.rule_id == "ORG-03" and r.subject == "c1")
    org04 = next(r for r in report.results if r.rule_id == "ORG-04")
    # on the roll that day: official that day, official next day, joined that day, left next day
    assert org03.explanation.steps[-1].fact("official") == 3
    assert org04.explanation.steps[-1].fact("members") == 2 * 4
