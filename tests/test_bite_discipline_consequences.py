"""Consequences (CQ-01, ST-02) at their boundaries: a new violation the day before the lapse and on
it, the appeal outcomes that move or keep the start, the state's follow-up counted from effect."""

from __future__ import annotations

from datetime import date

from dangkiemtra.discipline import (
    Appeal,
    AppealOutcome,
    BodyRole,
    Decision,
    Form,
    lapse,
    state_duties,
)

# a warning signed 1 March 2023, announced (in effect) 10 March 2023: lapses after 12 months
D = Decision("qd", BodyRole.UBKT_CAP_TREN, "canh_cao", date(2023, 3, 1), date(2023, 3, 10))


def rules(expl: object) -> set[tuple[str, str]]:
    return {(c.rule_id, c.source) for c in expl.citations}  # type: ignore[attr-defined]


def test_twelve_months_from_the_announcement_cited_to_qd69() -> None:
    a = lapse(D)
    assert a.lapses_on == date(2024, 3, 10)
    assert ("CQ-01", "qd-69-2022") in rules(a.explanation)


def test_a_new_violation_the_day_before_the_lapse_keeps_the_decision_in_effect() -> None:
    a = lapse(D, new_violation_on=date(2024, 3, 9))
    assert a.lapses_on is None and "discipline.lapse.new_violation" in a.explanation.codes


def test_a_new_violation_on_the_lapse_day_comes_after_the_twelve_months() -> None:
    a = lapse(D, new_violation_on=date(2024, 3, 10))
    assert a.lapses_on == date(2024, 3, 10)
    assert "discipline.lapse.new_violation" not in a.explanation.codes


def test_an_upheld_decision_without_an_announced_appeal_decision_keeps_the_first_start() -> None:
    pending = Appeal("a", "qd", date(2023, 3, 20), outcome=AppealOutcome.UPHELD)
    a = lapse(D, appeal=pending)
    assert a.lapses_on == date(2024, 3, 10)
    assert "discipline.lapse.upheld" not in a.explanation.codes


def test_a_change_to_expulsion_never_lapses() -> None:
    changed = Appeal(
        "a", "qd", date(2023, 3, 20), outcome=AppealOutcome.CHANGED, new_form=Form.KHAI_TRU
    )
    assert lapse(D, appeal=changed).lapses_on is None


def test_a_changed_outcome_without_a_new_form_keeps_the_decisions_form() -> None:
    changed = Appeal("a", "qd", date(2023, 3, 20), outcome=AppealOutcome.CHANGED)
    a = lapse(D, appeal=changed)
    assert a.lapses_on == date(2024, 3, 10)
    assert "discipline.lapse.changed" not in a.explanation.codes


def test_the_state_follow_up_runs_from_the_day_the_party_decision_takes_effect() -> None:
    # QĐ 102 (ST-02): the state body considers within 30 working days of the announcement
    d = Decision("qd", BodyRole.UBKT_CAP_TREN, "canh_cao", date(2019, 3, 1), date(2019, 3, 4))
    (duty,) = state_duties(d)
    assert (duty.start, duty.duration.amount) == (date(2019, 3, 4), 30)
    assert ("ST-02", "qd-102-2017") in rules(duty.explanation)
