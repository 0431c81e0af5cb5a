"""Boundaries of citizen reception (Luật TCD 2013, QĐ 11-QĐi/TW) and Front supervision (MTTQ-01).

Each test sits on an edge of a rule: the smallest and largest group size of Art 29, a duty met
exactly, a week short, the last day of a month, a holiday on a fixed reception day.
"""

from __future__ import annotations

from datetime import date

import pytest

from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import DataError, RuleError
from dangkiemtra.explain import Term
from dangkiemtra.reception import (
    ad_hoc_required,
    answer_deadline,
    check_year,
    connection_test_due,
    fixed_day_schedule,
    may_delegate,
    online_announcement_due,
    public_unit_duty,
    reception_board_every_working_day,
    reception_duty,
    refusal_record_due,
    representatives,
    schedule_posting_due,
)
from dangkiemtra.supervision import assign, distribute_visits, reply_deadline

_DAY = date(2024, 5, 6)


def _facts(step: object) -> dict[str, object]:
    return dict(step.facts)  # type: ignore[attr-defined]


# ── TCD-10: Luật TCD Art 29, representatives of a group on one matter ───────────────────


@pytest.mark.parametrize(
    ("people", "span"),
    [
        (4, None),  # fewer than 5: no representative required
        (5, (1, 2)),  # from 5 people: 1 or 2
        (10, (1, 2)),  # up to 10: still 1 or 2
        (11, (3, 5)),  # more than 10: more than 2, at most 5
    ],
)
def test_representatives_at_each_edge_of_art_29(people: int, span: tuple[int, int] | None) -> None:
    got, why = representatives(people, _DAY)
    assert got == span
    assert {c.rule_id for c in why.citations} == {"TCD-10"}
    assert {(c.source, c.article) for c in why.citations} == {("luat-tiep-cong-dan-2013", "29")}
    low, high = span or (0, 0)
    assert (_facts(why.steps[-1])["low"], _facts(why.steps[-1])["high"]) == (low, high)


# ── Q11-01 / TCD-01: who has a duty at which level ──────────────────────────────────────


def test_an_unknown_holder_or_level_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="unknown holder/level"):
        reception_duty("mayor", "commune", _DAY)
    with pytest.raises(ValueError, match="unknown holder/level"):
        reception_duty("party_head", "agency", _DAY)  # agencies are a state level only


def test_the_district_party_head_duty_ends_on_22_november_2025() -> None:
    before = reception_duty("party_head", "district", date(2025, 11, 22))
    after = reception_duty("party_head", "district", date(2025, 11, 23))
    assert (before.count, before.per) == (1, "month")
    assert before.explanation.citations[0].source == "qd-11-2019"
    assert (after.count, after.per) == (0, None)
    assert after.explanation.citations[0].source == "kl-215-2025"
    assert after.explanation.steps[-1].code == "reception.no_duty"


# ── fixed reception days ("ngày N hằng tháng") ─────────────────────────────────────────


@pytest.mark.parametrize("bad", [0, 32, True, 10.0])
def test_a_day_of_month_outside_1_to_31_is_refused(bad: object) -> None:
    with pytest.raises(DataError):
        fixed_day_schedule(bad, 2026)  # type: ignore[arg-type]


def test_day_31_falls_on_each_month_s_last_day_in_a_leap_year() -> None:
    got = [d.day for d in fixed_day_schedule(31, 2024)]
    ends = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    assert got == [date(2024, m, e) for m, e in zip(range(1, 13), ends, strict=True)]
    assert [d.day.day for d in fixed_day_schedule(1, 2024)] == [1] * 12


def test_a_fixed_day_on_a_holiday_names_the_holiday_and_on_a_sunday_the_weekend() -> None:
    cal = WorkingCalendar.default()
    tet = fixed_day_schedule(17, 2026)[1]  # 17 February 2026: mùng 1 Tết Bính Ngọ
    assert (tet.working, tet.suggested) == (False, date(2026, 2, 23))
    reason = _facts(tet.explanation.steps[0])["reason"]
    assert reason == cal.info(date(2026, 2, 17)).reason and reason != Term("weekend")
    sunday = fixed_day_schedule(10, 2026)[4]  # Sunday 10 May 2026
    assert (sunday.day, sunday.working, sunday.suggested) == (
        date(2026, 5, 10),
        False,
        date(2026, 5, 11),
    )
    assert _facts(sunday.explanation.steps[0])["reason"] == Term("weekend")


# ── a recorded year against the duty ───────────────────────────────────────────────────


def _month_step(check: object, month: int) -> dict[str, object]:
    for step in check.explanation.steps:  # type: ignore[attr-defined]
        if _facts(step)["month"] == str(month):
            return _facts(step)
    raise AssertionError(month)


def test_a_weekly_commune_duty_met_exactly_and_one_week_short() -> None:
    # 2025-07-01 → 2026-06-30: commune chair 1 day a week (TCD-01, Luật TCD Art 15.2.d).
    # 1–28 September 2025 cover ISO weeks 36–39 (1 September is a Monday): 4 days needed.
    wednesdays = [date(2025, 9, 3), date(2025, 9, 10), date(2025, 9, 17), date(2025, 9, 24)]
    full = check_year(wednesdays, "state_head", "commune", 2025)
    assert 9 not in full.short and not full.ok
    assert (_month_step(full, 9)["held"], _month_step(full, 9)["needed"]) == (4, 4)
    assert _month_step(full, 9)["ok"] is True
    assert {c.rule_id for c in full.explanation.citations} == {"TCD-01"}
    short = check_year(wednesdays[:3], "state_head", "commune", 2025)
    assert 9 in short.short
    assert (_month_step(short, 9)["held"], _month_step(short, 9)["needed"]) == (3, 4)
    # June 2025 starts on a Sunday: its first 28 days touch 5 ISO weeks (22–26)
    assert _month_step(full, 6)["needed"] == 5


def test_a_monthly_duty_met_exactly_is_ok_and_days_of_other_years_do_not_count() -> None:
    # party committee head of a commune: at least 2 days a month (Q11-01, QĐ 11 Art 4.1)
    held = [date(2024, m, d) for m in range(1, 13) for d in (8, 22)]
    assert check_year(held, "party_head", "commune", 2024).ok
    check = check_year([*held[1:], date(2023, 1, 9)], "party_head", "commune", 2024)
    assert check.short == (1,) and not check.ok
    assert (_month_step(check, 1)["held"], _month_step(check, 1)["needed"]) == (1, 2)
    assert {c.source for c in check.explanation.citations} == {"qd-11-2019"}


def test_no_duty_at_the_district_after_the_reform_means_no_month_is_checked() -> None:
    check = check_year([], "state_head", "district", 2026)
    assert check.ok and check.explanation.steps == ()


def test_a_year_before_the_calendar_era_is_refused() -> None:
    with pytest.raises(ValueError, match="year"):
        check_year([], "state_head", "province", 0)


# ── notices before a session, counted back in working days ─────────────────────────────


def test_an_online_session_is_announced_5_working_days_ahead_from_1_july_2026() -> None:
    # TCD-05 (NĐ 154/2026 Art 23 cl. 1), in force from 1 July 2026: for Monday 7 September
    # 2026, 4, 3 (1–2 September and the swapped 31 August off), 28, 27, 26 August
    due, why = online_announcement_due(date(2026, 9, 7))
    assert due == date(2026, 8, 26)
    assert [(c.rule_id, c.source, c.article) for c in why.citations] == [
        ("TCD-05", "nd-154-2026", "23")
    ]
    first, _ = online_announcement_due(date(2026, 7, 1))  # the first day in force
    assert first == date(2026, 6, 24)
    with pytest.raises(RuleError):
        online_announcement_due(date(2026, 6, 30))


def test_a_schedule_is_posted_5_working_days_ahead_counting_a_worked_saturday() -> None:
    # TCD-11 (Luật TCD Art 24 cl. 2 c): for Friday 10 May 2024, 9, 8, 7, 6 May and the
    # Saturday 4 May worked in exchange for 29 April
    due, why = schedule_posting_due(date(2024, 5, 10))
    assert due == date(2024, 5, 4)
    assert [(c.rule_id, c.article, c.point) for c in why.citations] == [("TCD-11", "24", "c")]
    assert schedule_posting_due(date(2024, 5, 13))[0] == date(2024, 5, 6)


def test_the_connection_is_tested_one_working_day_ahead() -> None:
    # TCD-15: the day before Thursday 3 September 2026 that is worked is Friday 28 August
    due, why = connection_test_due(date(2026, 9, 3))
    assert due == date(2026, 8, 28)
    assert {c.rule_id for c in why.citations} == {"TCD-15"}
    assert connection_test_due(date(2026, 9, 8))[0] == date(2026, 9, 7)


def test_refusal_record_and_answers_are_counted_forward_in_working_days() -> None:
    # TCD-05 (NĐ 154/2026 Art 4 cl. 3): refused Friday 28 August 2026 → 3, 4, 7 September
    refusal = refusal_record_due(date(2026, 8, 28))
    assert refusal.due == date(2026, 9, 7)
    assert refusal.explanation.citations[0].rule_id == "TCD-05"
    # TCD-09 (Luật TCD Art 28): 10 working days to answer, 5 to relay; from Friday 26 April
    # 2024 (29 April–1 May off): 2, 3, 4 (Saturday worked), 6, 7 May is the 5th, 14 May the 10th
    answer = answer_deadline(date(2024, 4, 26))
    relay = answer_deadline(date(2024, 4, 26), relayed=True)
    assert (answer.due, relay.due) == (date(2024, 5, 14), date(2024, 5, 7))
    assert {(c.rule_id, c.clause) for c in relay.explanation.citations} >= {("TCD-09", "2")}


# ── the December 2026 review: public units, boards, delegation, ad hoc reception ───────


def test_duties_of_nd_154_start_on_1_july_2026() -> None:
    duty = public_unit_duty(date(2026, 7, 1))
    assert (duty.holder, duty.count, duty.per) == ("public_unit_head", 1, "month")
    assert duty.explanation.citations[0].rule_id == "TCD-14"
    board, why = reception_board_every_working_day(date(2026, 7, 1))
    assert board is True and why.citations[0].rule_id == "TCD-13"
    delegate, why = may_delegate(date(2026, 7, 1))
    assert delegate is False and why.citations[0].rule_id == "TCD-16"
    for ask in (public_unit_duty, reception_board_every_working_day, may_delegate):
        with pytest.raises(RuleError):
            ask(date(2026, 6, 30))


def test_any_one_listed_situation_requires_ad_hoc_reception() -> None:
    # TCD-07 (Luật TCD Art 18 cl. 3)
    required, found, why = ad_hoc_required(["dong_nguoi", "other"], _DAY)
    assert (required, found) == (True, ("dong_nguoi",))
    assert why.citations[0].rule_id == "TCD-07" and why.citations[0].article == "18"
    required, found, _ = ad_hoc_required(["other"], _DAY)
    assert (required, found) == (False, ())


# ── supervision by the Front (MTTQ-01) and rotating plans ──────────────────────────────


def test_the_committee_replies_to_the_front_within_20_or_30_working_days() -> None:
    # received Monday 22 April 2024; 29 April (swapped), 30 April and 1 May are off,
    # Saturday 4 May is worked: the 20th working day after is 22 May, the 30th 5 June
    plain = reply_deadline(date(2024, 4, 22))
    hard = reply_deadline(date(2024, 4, 22), complex_case=True)
    assert (plain.due, hard.due) == (date(2024, 5, 22), date(2024, 6, 5))
    assert {c.rule_id for c in plain.explanation.citations} >= {"MTTQ-01"}
    assert plain.explanation.citations[0].source == "qd-124-2018"


@pytest.mark.parametrize("units", [[], ["A", "A"], ["A", "B", "A"]])
def test_units_must_be_distinct_and_not_empty(units: list[str]) -> None:
    with pytest.raises(ValueError, match="distinct"):
        assign(["c1", "c2"], units, 2024)


def test_the_plan_rotates_and_answers_for_each_cadre() -> None:
    first = assign(["c3", "c1", "c2", "c1"], ["A", "B", "C"], 2024)
    assert first.assignments == (("c1", "A"), ("c2", "B"), ("c3", "C"))
    assert first.counts() == {"A": 1, "B": 1, "C": 1}
    assert [_facts(s)["previous"] for s in first.explanation.steps] == ["—"] * 3
    nxt = assign(["c1", "c2", "c3", "c4"], ["A", "B", "C"], 2025, previous=first)
    assert [nxt.unit_of(c) for c in ("c1", "c2", "c3", "c4")] == ["B", "C", "A", "A"]
    assert nxt.counts() == {"A": 2, "B": 1, "C": 1}
    assert [_facts(s)["previous"] for s in nxt.explanation.steps] == ["A", "B", "C", "—"]
    with pytest.raises(LookupError):
        nxt.unit_of("c9")


def test_visits_spread_with_the_remainder_to_the_first_cadres() -> None:
    plan = assign(["c1", "c2", "c3"], ["A", "B"], 2024)  # c1, c3 → A; c2 → B
    per_unit, why = distribute_visits(plan, 8)  # 8 = 3 × 2 + 2: c1 and c2 get 3, c3 gets 2
    assert per_unit == {"A": 5, "B": 3}
    assert [(_facts(s)["cadres"], _facts(s)["visits"]) for s in why.steps] == [(2, 5), (1, 3)]
    exact, _ = distribute_visits(plan, 6)
    assert exact == {"A": 4, "B": 2}
    empty, none = distribute_visits(assign([], ["A", "B"], 2024), 5)
    assert empty == {"A": 0, "B": 0} and none.steps == ()
