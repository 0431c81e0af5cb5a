"""Boundaries of period counting (CAL-05: Bộ luật Dân sự 2015 Art 147–148) and of rule periods.

Each expected date is counted by hand from the rule: the event day not counted (Art 147 cl. 2),
the month's last day when the last month lacks the day (Art 148 cl. 3), a last day off moved to
the next working day (Art 148 cl. 5), and each edge of the range a period may span.
"""

from __future__ import annotations

from datetime import date

import pytest

from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import DataError, RuleError
from dangkiemtra.explain import Term, Text
from dangkiemtra.periods import Deadline, Duration, Unit, deadline, deadline_for_rule, fraction_of
from dangkiemtra.rulebook import Counting, Rulebook

NO_ROLL = Counting(roll_to_working_day=False)
COUNTED = Counting(first_day_counted=True)
_AS_OF = date(2024, 1, 1)  # BLDS 2015 counting in force


def _step(d: Deadline, code: str) -> dict[str, object]:
    found: list[dict[str, object]] = [dict(s.facts) for s in d.explanation.steps if s.code == code]
    assert len(found) == 1, (code, [s.code for s in d.explanation.steps])
    return found[0]


def _codes(d: Deadline) -> list[str]:
    return [s.code for s in d.explanation.steps]


def _flags(d: Deadline) -> set[str]:
    return {f.code for f in d.flags}


# ── days (Art 147 cl. 2, Art 148 cl. 5) ─────────────────────────────────────────────────


def test_ten_days_from_a_monday_end_on_the_thursday_after_next() -> None:
    d = deadline(date(2024, 3, 4), Duration(10, Unit.DAYS))
    assert (d.due, d.unrolled_end) == (date(2024, 3, 14), date(2024, 3, 14))
    first = d.explanation.steps[1]
    assert first.code == "period.first_day_excluded"
    assert dict(first.facts)["first"] == date(2024, 3, 5)
    assert [(c.source, c.article, c.clause) for c in first.citations] == [("blds-2015", "147", "2")]
    assert "period.roll" not in _codes(d) and "period.no_roll" not in _codes(d)
    counted = deadline(date(2024, 3, 4), Duration(10, Unit.DAYS), counting=COUNTED)
    assert counted.due == date(2024, 3, 13)  # the event day is the first of the ten
    assert "period.first_day_included" in _codes(counted)


def test_a_last_day_on_a_weekend_moves_to_monday_citing_art_148_cl_5() -> None:
    d = deadline(date(2024, 3, 1), Duration(30, Unit.DAYS))  # 31 March 2024 is a Sunday
    assert (d.unrolled_end, d.due) == (date(2024, 3, 31), date(2024, 4, 1))
    roll = _step(d, "period.roll")
    assert roll["reason"] == Term("weekend")
    cites = next(s for s in d.explanation.steps if s.code == "period.roll").citations
    assert [(c.rule_id, c.article, c.clause) for c in cites] == [("CAL-05", "148", "5")]


def test_a_last_day_on_tet_moves_past_the_holiday_and_names_it() -> None:
    # 18 January 2026 + 30 days = Tuesday 17 February, mùng 1 Tết; 16–20 February are off
    d = deadline(date(2026, 1, 18), Duration(30, Unit.DAYS))
    assert (d.unrolled_end, d.due) == (date(2026, 2, 17), date(2026, 2, 23))
    reason = _step(d, "period.roll")["reason"]
    assert reason == WorkingCalendar.default().info(date(2026, 2, 17)).reason
    assert reason != Term("weekend")


def test_a_period_not_moved_still_says_its_last_day_is_off_within_the_calendar() -> None:
    d = deadline(date(2024, 3, 1), Duration(30, Unit.DAYS), counting=NO_ROLL)
    assert d.due == date(2024, 3, 31)
    assert _step(d, "period.no_roll")["reason"] == Term("weekend")
    assert "period.roll" not in _codes(d)
    # the first and last years of the calendar: Saturday 1 January 2000, Saturday 30 December 2045
    first = deadline(date(1999, 12, 31), Duration(1, Unit.DAYS), counting=NO_ROLL, as_of=_AS_OF)
    assert first.due == date(2000, 1, 1) and "period.no_roll" in _codes(first)
    last = deadline(date(2045, 12, 29), Duration(1, Unit.DAYS), counting=NO_ROLL)
    assert last.due == date(2045, 12, 30) and "period.no_roll" in _codes(last)
    # beyond it the calendar has nothing to say (Saturday 6 January 2046), and is not asked
    beyond = deadline(date(2046, 1, 5), Duration(1, Unit.DAYS), counting=NO_ROLL, as_of=_AS_OF)
    assert beyond.due == date(2046, 1, 6) and "period.no_roll" not in _codes(beyond)


def test_the_counting_in_force_on_as_of_is_cited() -> None:
    # 30 December 2016 + 3 days = Monday 2 January 2017, the day off for a Sunday New Year
    # (nghỉ bù): the due date is Tuesday 3 January, under BLDS 2005 or 2015 alike
    old = deadline(date(2016, 12, 30), Duration(3, Unit.DAYS))
    new = deadline(date(2016, 12, 30), Duration(3, Unit.DAYS), as_of=date(2017, 1, 1))
    assert old.due == new.due == date(2017, 1, 3)
    assert old.explanation.steps[1].citations[0].source == "blds-2005"
    assert new.explanation.steps[1].citations[0].source == "blds-2015"


# ── months and years (Art 148 cl. 3) ────────────────────────────────────────────────────


def test_a_month_from_31_january_ends_on_the_last_day_of_february() -> None:
    d = deadline(date(2023, 1, 31), Duration(1, Unit.MONTHS))
    assert d.due == date(2023, 2, 28)
    assert "month_end" in _flags(d)
    month_end = next(s for s in d.explanation.steps if s.code == "period.month_end")
    assert [(c.article, c.clause) for c in month_end.citations] == [("148", "3")]
    # a counting without the rounding runs on to 1 March (a Wednesday)
    plain = deadline(
        date(2023, 1, 31), Duration(1, Unit.MONTHS), counting=Counting(month_end_rounding=False)
    )
    assert plain.due == date(2023, 3, 1) and "month_end" not in _flags(plain)


def test_a_month_with_the_corresponding_day_has_no_month_end_step() -> None:
    d = deadline(date(2024, 3, 15), Duration(1, Unit.MONTHS))
    assert d.due == date(2024, 4, 15) and "period.month_end" not in _codes(d)
    plain = deadline(
        date(2024, 3, 15), Duration(1, Unit.MONTHS), counting=Counting(month_end_rounding=False)
    )
    assert plain.due == date(2024, 4, 15)
    # the event day counted: the period ends the day before, Sunday 14 April, moved to Monday
    counted = deadline(date(2024, 3, 15), Duration(1, Unit.MONTHS), counting=COUNTED)
    assert (counted.unrolled_end, counted.due) == (date(2024, 4, 14), date(2024, 4, 15))


def test_a_year_from_29_february_ends_on_28_february() -> None:
    d = deadline(date(2024, 2, 29), Duration(1, Unit.YEARS))
    assert d.due == date(2025, 2, 28) and "period.years" in _codes(d)
    assert [(f.subject, f.detail) for f in d.flags if f.code == "month_end"] == [
        ("period", "2025-02-28")
    ]
    # CQ-01: a decision announced on 29 February 2024 lapses on Friday 28 February 2025
    lapse = deadline_for_rule("discipline.lapse.months", date(2024, 2, 29))
    assert lapse.due == date(2025, 2, 28)
    assert [f.subject for f in lapse.flags if f.code == "month_end"] == ["discipline.lapse.months"]


# ── working days ─────────────────────────────────────────────────────────────────────────


def test_working_days_with_the_event_day_counted_only_when_it_is_worked() -> None:
    monday, saturday = date(2024, 3, 4), date(2024, 3, 9)
    assert deadline(monday, Duration(3, Unit.WORKING_DAYS)).due == date(2024, 3, 7)
    assert deadline(monday, Duration(3, Unit.WORKING_DAYS), counting=COUNTED).due == date(
        2024, 3, 6
    )
    assert deadline(saturday, Duration(3, Unit.WORKING_DAYS), counting=COUNTED).due == date(
        2024, 3, 13
    )
    # zero working days: the day itself when worked, else the next working day
    assert deadline(monday, Duration(0, Unit.WORKING_DAYS), counting=COUNTED).due == monday
    assert deadline(saturday, Duration(0, Unit.WORKING_DAYS)).due == date(2024, 3, 11)


# ── the range a period may span ──────────────────────────────────────────────────────────

_OUTSIDE = "The period lies outside the working calendar"


def test_wrong_argument_types_are_refused() -> None:
    with pytest.raises(DataError):
        deadline("2024-03-04", Duration(1, Unit.DAYS))  # type: ignore[arg-type]
    with pytest.raises(DataError):
        deadline(date(2024, 3, 4), "1 days")  # type: ignore[arg-type]


def test_a_moved_period_must_end_inside_the_calendar() -> None:
    assert deadline(date(2045, 11, 1), Duration(30, Unit.DAYS)).due == date(2045, 12, 1)
    with pytest.raises(RuleError, match=_OUTSIDE):
        deadline(date(2045, 12, 1), Duration(31, Unit.DAYS))
    with pytest.raises(RuleError, match=_OUTSIDE):
        deadline(date(2046, 1, 1), Duration(1, Unit.WORKING_DAYS), as_of=_AS_OF)


def test_a_period_not_moved_is_bounded_by_the_dates_python_holds() -> None:
    ok = deadline(date(9998, 12, 1), Duration(30, Unit.DAYS), counting=NO_ROLL, as_of=_AS_OF)
    assert ok.due == date(9998, 12, 31) and ok.flags == ()
    with pytest.raises(RuleError, match=_OUTSIDE):
        deadline(date(9998, 12, 1), Duration(31, Unit.DAYS), counting=NO_ROLL, as_of=_AS_OF)
    months = deadline(date(9998, 1, 31), Duration(12, Unit.MONTHS), counting=NO_ROLL, as_of=_AS_OF)
    assert months.due == date(9999, 1, 31)
    with pytest.raises(RuleError, match=_OUTSIDE):
        deadline(date(9998, 1, 31), Duration(13, Unit.MONTHS), counting=NO_ROLL, as_of=_AS_OF)
    years = deadline(date(9998, 6, 1), Duration(1, Unit.YEARS), counting=NO_ROLL, as_of=_AS_OF)
    assert years.due == date(9999, 6, 1)
    with pytest.raises(RuleError, match=_OUTSIDE):
        deadline(date(9998, 6, 1), Duration(2, Unit.YEARS), counting=NO_ROLL, as_of=_AS_OF)
    with pytest.raises(RuleError, match=_OUTSIDE):
        deadline(date(9999, 1, 1), Duration(1, Unit.DAYS), counting=NO_ROLL, as_of=_AS_OF)


def test_the_first_year_of_the_era_is_refused_the_second_is_not() -> None:
    with pytest.raises(RuleError, match=_OUTSIDE):
        deadline(date(1, 6, 1), Duration(1, Unit.DAYS), counting=NO_ROLL, as_of=_AS_OF)
    two = deadline(date(2, 6, 1), Duration(1, Unit.DAYS), counting=NO_ROLL, as_of=_AS_OF)
    assert two.due == date(2, 6, 2)


# ── rule periods: readings, the first day in force, a crossing ─────────────────────────


def test_a_reading_the_rule_does_not_offer_is_refused_naming_the_offered_ones() -> None:
    with pytest.raises(RuleError, match=r"readings offered: none\)") as refused:
        deadline_for_rule("reception.answer_working_days", date(2024, 5, 6), reading="working_days")
    assert "(các cách hiểu: không có)" in str(refused.value)
    with pytest.raises(RuleError, match=r"readings offered: down, up\)"):
        deadline_for_rule(
            "ktgs.thematic_supervision.extension_fraction", date(2023, 9, 25), reading="up"
        )


def test_both_readings_of_a_bare_party_ngay_with_the_default_marked() -> None:
    # AP-02 (QĐ 296 Art 25 cl. 1), 30 "ngày" from Monday 2 June 2025: 30 working days end on
    # 14 July; 30 calendar days on Wednesday 2 July
    default = deadline_for_rule("discipline.appeal.window", date(2025, 6, 2))
    other = deadline_for_rule("discipline.appeal.window", date(2025, 6, 2), reading="calendar_days")
    assert (default.due, other.due) == (date(2025, 7, 14), date(2025, 7, 2))
    table = [(a.reading, a.due, a.is_default, a.chosen) for a in other.alternatives]
    assert table == [
        ("working_days", date(2025, 7, 14), True, False),
        ("calendar_days", date(2025, 7, 2), False, True),
    ]
    assert [a.chosen for a in default.alternatives] == [True, False]
    assert default.explanation.citations[0].rule_id == "AP-02"


def test_a_status_period_is_not_moved_and_its_anniversary_reading_is_honoured() -> None:
    # CQ-01 (QĐ 69-QĐ/TW Art 2.5): a decision announced Saturday 16 March 2024 lapses 12 months
    # on; the rule's counting does not move a last day off. Anniversary included: Sunday
    # 16 March 2025; excluded (the announcement day counts): Saturday 15 March 2025
    included = deadline_for_rule("discipline.lapse.months", date(2024, 3, 16))
    excluded = deadline_for_rule(
        "discipline.lapse.months", date(2024, 3, 16), reading="anniversary_excluded"
    )
    assert (included.due, excluded.due) == (date(2025, 3, 16), date(2025, 3, 15))
    assert included.explanation.citations[0].rule_id == "CQ-01"
    assert "roll_by_analogy" not in _flags(included) | _flags(excluded)
    assert not included.regime_crossing


def test_a_party_period_moved_past_a_day_off_is_flagged_as_by_analogy() -> None:
    # TCP-03 (QĐ 164), 180 calendar days from Monday 9 September 2024: Saturday 8 March 2025,
    # moved to Monday 10 March by the Civil Code's rule, which no party text states
    d = deadline_for_rule(
        "tcp.resolution.central_cadres.days", date(2024, 9, 9), reading="calendar_days"
    )
    assert (d.unrolled_end, d.due) == (date(2025, 3, 8), date(2025, 3, 10))
    assert "roll_by_analogy" in _flags(d)
    flag = next(f for f in d.flags if f.code == "roll_by_analogy")
    assert (flag.subject, flag.detail) == ("tcp.resolution.central_cadres.days", "qd-164-2024")
    working = deadline_for_rule("tcp.resolution.central_cadres.days", date(2024, 9, 9))
    assert "roll_by_analogy" not in _flags(working)  # a working-day end is never moved


def test_a_state_period_moved_past_a_weekend_is_the_law_s_own_rule() -> None:
    # KN-01 (Luật Khiếu nại Art 9), 90 days from 1 December 2024: Saturday 1 March 2025
    d = deadline_for_rule("petition.state.complaint.limitation", date(2024, 12, 1))
    assert (d.unrolled_end, d.due) == (date(2025, 3, 1), date(2025, 3, 3))
    assert "roll_by_analogy" not in _flags(d) and "period.roll" in _codes(d)
    assert d.explanation.citations[0].source == "luat-khieu-nai-2011"


def test_a_period_ending_the_day_after_its_law_gives_way_is_a_crossing() -> None:
    # KN-01: Luật Khiếu nại 2011 until 30 June 2026, Luật 136/2025 from 1 July 2026.
    # 90 days from 1 April 2026 end Tuesday 30 June (inside); from 2 April, Wednesday 1 July.
    inside = deadline_for_rule("petition.state.complaint.limitation", date(2026, 4, 1))
    across = deadline_for_rule("petition.state.complaint.limitation", date(2026, 4, 2))
    assert (inside.due, across.due) == (date(2026, 6, 30), date(2026, 7, 1))
    assert not inside.regime_crossing and "period.regime_crossing" not in _codes(inside)
    assert across.regime_crossing
    step = next(s for s in across.explanation.steps if s.code == "period.regime_crossing")
    assert [c.source for c in step.citations] == ["luat-khieu-nai-2011", "luat-136-2025"]
    facts = dict(step.facts)
    assert (facts["until"], facts["successor_from"]) == (date(2026, 6, 30), date(2026, 7, 1))
    assert facts["successor_value"] == Text("90", "90")
    assert [(f.subject, f.detail) for f in across.flags if f.code == "regime_crossing"] == [
        ("petition.state.complaint.limitation", "luat-136-2025")
    ]


def test_the_first_day_a_rule_is_in_force_and_as_of() -> None:
    # KN-02: 10 working days to accept (TT 07/2013) until 30 June 2026, 7 (NĐ 155/2026) from 1 July
    before = deadline_for_rule("petition.state.complaint.acceptance", date(2026, 6, 30))
    first = deadline_for_rule("petition.state.complaint.acceptance", date(2026, 7, 1))
    as_of = deadline_for_rule(
        "petition.state.complaint.acceptance", date(2026, 6, 30), as_of=date(2026, 7, 1)
    )
    assert (before.due, first.due, as_of.due) == (
        date(2026, 7, 14),
        date(2026, 7, 10),
        date(2026, 7, 9),
    )
    assert before.explanation.citations[0].source == "tt-07-2013-ttcp"
    assert as_of.explanation.citations[0].source == "nd-155-2026"


@pytest.mark.parametrize(("n", "down", "up"), [(20, 6, 7), (25, 8, 9), (21, 7, 7)])
def test_a_third_of_the_supervision_days_rounded_each_way(n: int, down: int, up: int) -> None:
    # KTGS-04 (HD 02-HD/UBKTTW Art 11 cl. 2.2): extension at most 1/3 of the time
    snap = Rulebook.default().at(date(2023, 9, 25))
    rule = snap.get("ktgs.thematic_supervision.extension_fraction")
    got_down, step = fraction_of(n, rule, snap.option("ktgs.extension_rounding", "down"))
    got_up, _ = fraction_of(n, rule, snap.option("ktgs.extension_rounding", "up"))
    assert (got_down, got_up) == (down, up)
    assert {c.rule_id for c in step.citations} == {"KTGS-04"}
