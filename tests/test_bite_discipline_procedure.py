"""Procedure (PR) at its boundaries: the freeze from the day the case opens to the day before the
decision takes effect, the day QĐ 102 brought the freeze, hand-over counted from announcement."""

from __future__ import annotations

from datetime import date

from dangkiemtra.discipline import (
    BodyRole,
    Decision,
    DisciplineCase,
    Subject,
    SubjectKind,
    freeze,
    handover_deadline,
)

MEMBER = Subject("dv", SubjectKind.OFFICIAL_MEMBER)
# opened 1 March 2023; a warning signed 2 May, in effect on its announcement on 5 May (PR-02)
CASE = DisciplineCase(
    "c",
    MEMBER,
    (),
    opened_on=date(2023, 3, 1),
    decision=Decision("qd", BodyRole.UBKT_CAP_TREN, "canh_cao", date(2023, 5, 2), date(2023, 5, 5)),
)


def test_the_freeze_starts_on_the_day_the_case_opens() -> None:
    assert not freeze(CASE, date(2023, 2, 28)).frozen
    opening = freeze(CASE, date(2023, 3, 1))
    assert opening.frozen and "bo_nhiem" in opening.actions
    c = opening.explanation.citations[0]
    assert (c.rule_id, c.source, c.article, c.clause) == ("PR-06", "qd-69-2022", "2", "13")


def test_the_freeze_ends_when_the_decision_takes_effect() -> None:
    assert freeze(CASE, date(2023, 5, 4)).frozen
    effect = freeze(CASE, date(2023, 5, 5))
    assert not effect.frozen and effect.actions == ()


def test_without_a_decision_the_freeze_lasts() -> None:
    open_case = DisciplineCase("c", MEMBER, (), opened_on=date(2023, 3, 1))
    assert freeze(open_case, date(2024, 3, 1)).frozen


def test_before_qd102_there_is_no_freeze_and_the_answer_names_its_first_day() -> None:
    old = DisciplineCase("c", MEMBER, (), opened_on=date(2017, 1, 1))
    a = freeze(old, date(2017, 11, 14))
    assert not a.frozen
    (step,) = a.explanation.steps
    assert (step.code, step.fact("since")) == ("discipline.freeze.no_rule", date(2017, 11, 15))
    assert freeze(old, date(2017, 11, 15)).frozen


def test_hand_over_is_counted_from_the_announcement_else_from_signing() -> None:
    announced = Decision("qd", BodyRole.CHI_BO, "canh_cao", date(2019, 4, 22), date(2019, 4, 25))
    assert handover_deadline(announced).start == date(2019, 4, 25)
    signed = Decision("qd", BodyRole.CHI_BO, "canh_cao", date(2019, 4, 22))
    assert handover_deadline(signed).start == date(2019, 4, 22)


def test_the_effect_step_states_the_day_of_effect() -> None:
    from dangkiemtra.discipline import effective_date

    (rule, step) = effective_date(CASE.decision).explanation.steps  # type: ignore[arg-type]
    assert (step.code, step.fact("day")) == ("discipline.effect", date(2023, 5, 5))
    assert rule.citations[0].rule_id == "PR-02"


def test_the_member_is_heard_before_the_decision_charter_then_qd296() -> None:
    from dangkiemtra.discipline.procedure import hearing_required

    (c,) = hearing_required(date(2025, 5, 29)).citations
    assert (c.rule_id, c.source, c.article, c.clause) == ("PR-01", "charter-2011", "39", "3")
    (c,) = hearing_required(date(2025, 5, 30)).citations
    assert (c.rule_id, c.source, c.article, c.clause) == ("PR-01", "qd-296-2025", "12", "1")
