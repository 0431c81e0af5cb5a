"""The year's discipline figures at their boundaries: a decision in effect on the as-of day and the
day before, in another year, pending; a decision the vote or the body's authority does not
support; suspensions started on the as-of day, mandatory or not, lawful or not."""

from __future__ import annotations

from datetime import date

from dangkiemtra.discipline import (
    Ballot,
    BodyRole,
    Decision,
    DisciplineBook,
    DisciplineCase,
    Form,
    Subject,
    SubjectKind,
    Suspension,
    SuspensionKind,
    discipline_report,
)

MEMBER = Subject("dv", SubjectKind.OFFICIAL_MEMBER, holds_post=True)
# a warning the cell decided (QĐ 22 Art 11.1.1), in effect when announced on 10 March 2023
WARNING = Decision("qd1", BodyRole.CHI_BO, "canh_cao", date(2023, 3, 1), date(2023, 3, 10))


def case(
    cid: str,
    decision: Decision | None = None,
    ballot: Ballot | None = None,
    suspensions: tuple[Suspension, ...] = (),
) -> DisciplineCase:
    return DisciplineCase(
        cid,
        MEMBER,
        (),
        opened_on=date(2023, 1, 5),
        ballot=ballot,
        decision=decision,
        suspensions=suspensions,
    )


def book(*cases: DisciplineCase) -> DisciplineBook:
    return DisciplineBook(cases)


def test_a_decision_counts_from_the_day_it_takes_effect() -> None:
    b = book(case("c1", WARNING))
    on_day = discipline_report(b, 2023, date(2023, 3, 10))
    assert (on_day.disciplined, on_day.inconsistent) == ({"canh_cao": 1}, ())
    decisions = on_day.decisions_explanation.codes
    assert decisions[-1] == "discipline.report.disciplined" and "discipline.effect" in decisions
    assert on_day.suspensions_explanation.codes == ("discipline.report.suspended",)
    assert discipline_report(b, 2023, date(2023, 3, 9)).disciplined_total == 0
    assert discipline_report(b, 2024, date(2024, 6, 1)).disciplined_total == 0


def test_a_decision_not_yet_announced_is_not_counted() -> None:
    pending = Decision("qd2", BodyRole.CHI_BO, "canh_cao", date(2023, 3, 1))
    assert discipline_report(book(case("c1", pending)), 2023, date(2023, 12, 31)).disciplined == {}


def test_a_decision_its_ballot_supports_is_consistent_and_one_vote_short_is_not() -> None:
    # 9 official members: more than half is 5 (VO-02)
    five = Ballot(BodyRole.CHI_BO, 9, ((Form.CANH_CAO, 5),), none_votes=4)
    four = Ballot(BodyRole.CHI_BO, 9, ((Form.CANH_CAO, 4),), none_votes=5)
    r = discipline_report(
        book(case("ok", WARNING, five), case("short", WARNING, four)), 2023, date(2023, 12, 31)
    )
    assert r.disciplined == {"canh_cao": 2} and r.inconsistent == ("short",)


def test_an_expulsion_decided_by_a_cell_is_beyond_its_authority() -> None:
    expelled = Decision("qd3", BodyRole.CHI_BO, "khai_tru", date(2023, 3, 1), date(2023, 3, 10))
    r = discipline_report(book(case("c1", expelled)), 2023, date(2023, 12, 31))
    assert r.disciplined == {"khai_tru": 1} and r.inconsistent == ("c1",)


def test_suspensions_count_from_their_start_and_mandatory_ones_are_told_apart() -> None:
    # QĐ 22 Art 28: prosecution makes the suspension mandatory; 90 days from 1 June 2023
    prosecuted = Suspension(
        "s1", "dv", SuspensionKind.PARTY_ACTIVITY, date(2023, 6, 1), ("truy_to",)
    )
    other = Suspension("s2", "dv", SuspensionKind.PARTY_ACTIVITY, date(2023, 6, 1), ("khac",))
    b = book(case("c1", suspensions=(prosecuted,)), case("c2", suspensions=(other,)))
    r = discipline_report(b, 2023, date(2023, 6, 1))
    assert (r.suspended, r.mandatory, r.inconsistent) == (2, 1, ())
    assert "discipline.suspension.required" in r.suspensions_explanation.codes
    assert discipline_report(b, 2023, date(2023, 5, 31)).suspended == 0
    assert discipline_report(b, 2024, date(2024, 6, 1)).suspended == 0


def test_the_first_suspension_explains_the_total() -> None:
    s = Suspension("s1", "dv", SuspensionKind.PARTY_ACTIVITY, date(2023, 6, 1), ("truy_to",))
    r = discipline_report(book(case("c1", suspensions=(s,))), 2023, date(2023, 12, 31))
    codes = r.suspensions_explanation.codes
    assert codes == (
        "rule.value",  # QĐ 22 Art 28, the mandatory cases
        "discipline.suspension.required",
        "discipline.suspension.verdict",
        "discipline.report.suspended",
    )


def test_a_suspension_past_its_maximum_makes_the_case_inconsistent() -> None:
    # 90 + 91 = 181 days from 1 June 2023: one day past the 180 QĐ 22 Art 31.1 allows
    s = Suspension("s1", "dv", SuspensionKind.PARTY_ACTIVITY, date(2023, 6, 1), ("khac",), (91,))
    r = discipline_report(book(case("c1", suspensions=(s,))), 2023, date(2023, 12, 31))
    assert r.inconsistent == ("c1",)
    lawful = Suspension(
        "s1", "dv", SuspensionKind.PARTY_ACTIVITY, date(2023, 6, 1), ("khac",), (90,)
    )
    assert (
        discipline_report(
            book(case("c1", suspensions=(lawful,))), 2023, date(2023, 12, 31)
        ).inconsistent
        == ()
    )
