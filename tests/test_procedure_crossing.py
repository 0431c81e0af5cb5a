"""A discipline procedure whose steps straddle a change of document (issue 12 §2).

QĐ 296-QĐ/TW (in force 30 May 2025 to 10 April 2026) gave way to QĐ 21-QĐ/TW on 11 April 2026:
from then a decision takes effect on signing, not on announcement (PR-01-2026), and the hand-over
and announcement periods are QĐ 21's (PR-03). QĐ 22-QĐ/TW gave way to QĐ 296 on 30 May 2025.
"""

from __future__ import annotations

from datetime import date

from dangkiemtra.discipline.cases import BodyRole, Decision
from dangkiemtra.discipline.procedure import (
    announcement_deadline,
    effective_date,
    handover_deadline,
)
from dangkiemtra.explain import Explanation


def _decision(signed: date, announced: date | None) -> Decision:
    return Decision(
        "qd", BodyRole.UBKT_CAP_TREN, "canh_cao", signed_on=signed, announced_on=announced
    )


def _sources(e: Explanation) -> list[str]:
    return [c.source for c in e.citations]


def _crossing(e: Explanation) -> list[str]:
    return [f.detail for f in e.flags if f.code == "regime_crossing"]


def test_a_procedure_entirely_before_the_change_has_no_crossing() -> None:
    d = _decision(date(2025, 6, 2), date(2025, 6, 5))
    effect = effective_date(d)
    assert effect.effective_on == date(2025, 6, 5) and effect.event == "announcement"
    assert effect.explanation.steps[1].fact("day") == date(2025, 6, 5)
    assert _sources(effect.explanation) == ["charter-2011"] and _crossing(effect.explanation) == []
    handover = handover_deadline(d)
    # 10 working days from Thursday 5 June 2025: 6, 9–13, 16–19 June
    assert handover.due == date(2025, 6, 19)
    assert "qd-296-2025" in _sources(handover.explanation) and not handover.regime_crossing
    assert "qd-21-2026" not in _sources(handover.explanation)
    assert not announcement_deadline(d).regime_crossing


def test_a_decision_signed_under_qd_296_and_announced_after_qd_21_takes_effect() -> None:
    d = _decision(date(2026, 4, 1), date(2026, 4, 14))
    effect = effective_date(d)
    # signed under the Charter's rule (effect on announcement): the announcement decides
    assert effect.effective_on == date(2026, 4, 14) and effect.event == "announcement"
    assert effect.explanation.codes[-1] == "discipline.procedure.crossing.kept"
    assert [(c.source, c.rule_id) for c in effect.explanation.steps[-1].citations] == [
        ("charter-2011", "PR-02"),
        ("qd-21-2026", "PR-01-2026"),
    ]
    assert _crossing(effect.explanation) == ["qd-21-2026"]
    assert [f.code for f in effect.explanation.concerns] == ["regime_crossing"]


def test_the_hand_over_after_the_change_uses_qd_21_and_cites_both() -> None:
    d = _decision(date(2026, 4, 1), date(2026, 4, 14))
    handover = handover_deadline(d)
    # 10 working days from 14 April 2026, skipping Monday 27 April (Giỗ Tổ falls on Sunday 26th)
    assert handover.due == date(2026, 4, 29)
    first = handover.explanation.steps[0]
    assert first.citations[0].source == "qd-21-2026"  # the successor's limit
    last = handover.explanation.steps[-1]
    assert last.code == "discipline.procedure.crossing.successor"
    assert [c.source for c in last.citations] == ["qd-296-2025", "qd-21-2026"]
    assert handover.regime_crossing and _crossing(handover.explanation) == ["qd-21-2026"]
    # the announcement period ran from signing under QĐ 296 and ends after QĐ 21 took effect
    announce = announcement_deadline(d)
    assert announce.due == date(2026, 4, 22)
    assert announce.regime_crossing
    assert {"qd-296-2025", "qd-21-2026"} <= set(_sources(announce.explanation))


def test_a_hand_over_after_qd_296_of_a_decision_signed_under_qd_22() -> None:
    d = _decision(date(2025, 5, 20), date(2025, 6, 3))
    handover = handover_deadline(d)
    assert handover.explanation.steps[0].citations[0].source == "qd-296-2025"
    assert [c.source for c in handover.explanation.steps[-1].citations] == [
        "qd-22-2021",
        "qd-296-2025",
    ]
    assert handover.regime_crossing
    # the effect rule (Charter Art 39.6) did not change on 30 May 2025
    assert _crossing(effective_date(d).explanation) == []


def test_announced_on_the_last_day_of_qd_296_no_crossing_the_next_day_a_crossing() -> None:
    on_last = effective_date(_decision(date(2026, 4, 10), date(2026, 4, 10)))
    assert on_last.effective_on == date(2026, 4, 10) and _crossing(on_last.explanation) == []
    # the hand-over starts under QĐ 296 too; only its own period runs past 11 April
    codes = handover_deadline(_decision(date(2026, 4, 10), date(2026, 4, 10))).explanation.codes
    assert "period.regime_crossing" in codes
    assert "discipline.procedure.crossing.successor" not in codes
    next_day = effective_date(_decision(date(2026, 4, 10), date(2026, 4, 11)))
    assert next_day.effective_on == date(2026, 4, 11)
    assert _crossing(next_day.explanation) == ["qd-21-2026"]


def test_a_procedure_starting_on_the_first_day_of_qd_21_is_qd_21s() -> None:
    d = _decision(date(2026, 4, 11), date(2026, 4, 13))
    effect = effective_date(d)
    assert effect.effective_on == date(2026, 4, 11) and effect.event == "signing"
    assert [(c.source, c.rule_id) for c in effect.explanation.citations] == [
        ("qd-21-2026", "PR-01-2026")
    ]
    assert _crossing(effect.explanation) == []
    handover = handover_deadline(d)
    assert _sources(handover.explanation)[0] == "qd-21-2026"
    assert "qd-296-2025" not in _sources(handover.explanation) and not handover.regime_crossing
    assert not announcement_deadline(d).regime_crossing


def test_a_hand_over_after_two_changes_cites_the_text_whose_limit_is_counted() -> None:
    # signed 1 July 2021 under QĐ 30 (to 27 July 2021), announced 3 June 2025 under QĐ 296
    # (from 30 May 2025): QĐ 22 came and went in between; QĐ 296's 10 working days are counted
    # from Tuesday 3 June 2025: 4–6, 9–13, 16–17 June
    d = _decision(date(2021, 7, 1), date(2025, 6, 3))
    handover = handover_deadline(d)
    assert handover.due == date(2025, 6, 17)
    last = handover.explanation.steps[-1]
    assert last.code == "discipline.procedure.crossing.successor"
    assert [c.source for c in last.citations] == ["qd-30-2016", "qd-296-2025"]
    assert last.fact("successor_from") == date(2025, 5, 30)
    assert last.fact("until") == date(2021, 7, 27)
    assert _crossing(handover.explanation) == ["qd-296-2025"]


def test_a_decision_signed_before_any_hand_over_rule_is_counted_from_its_announcement() -> None:
    # signed 20 July 2016, before QĐ 30's hand-over rule (26 July 2016), announced 28 July 2016:
    # 10 working days from Thursday 28 July: 29 July, 1–5 and 8–11 August; nothing crossed
    d = _decision(date(2016, 7, 20), date(2016, 7, 28))
    handover = handover_deadline(d)
    assert handover.due == date(2016, 8, 11)
    assert not handover.regime_crossing
    assert "qd-30-2016" in _sources(handover.explanation)
    assert "discipline.procedure.crossing.successor" not in handover.explanation.codes
