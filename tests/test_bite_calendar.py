"""Edges of the working-day calendar (CAL-01…CAL-08): its first and last days and years,
worked Saturdays, swapped and unconfirmed days off, projected years, and the lunar names.

Dates are read from the cited notices in ``calendar.toml`` (and ``../shared/rules/``) for
2016–2026; projected years from the ``holidays`` package, as the module says.
"""

from __future__ import annotations

from datetime import date

import pytest

from dangkiemtra.calendar import (
    WorkingCalendar,
    holiday_name,
    require_year,
    year_name,
)
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Flag, Term, Text
from dangkiemtra.rulebook import Rulebook

CAL = WorkingCalendar.default()


def _one_year(year: int) -> WorkingCalendar:
    return WorkingCalendar(Rulebook.default(), year, year)


# ── the range a calendar can be built for, and the range it covers ───────────────────


@pytest.mark.parametrize(("first", "last"), [(1901, 1901), (2099, 2099), (2024, 2024)])
def test_a_calendar_of_one_year_at_either_edge_can_be_built(first: int, last: int) -> None:
    cal = WorkingCalendar(Rulebook.default(), first, last)
    assert (cal.first_year, cal.last_year) == (first, last)
    # 31 December of each is a weekday (Tuesday 1901, Thursday 2099, Tuesday 2024) and worked
    assert cal.is_working_day(date(last, 12, 31))


@pytest.mark.parametrize(
    ("first", "last"), [(1900, 1901), (2099, 2100), (2025, 2024), ("2024", 2024), (2024, 2024.0)]
)
def test_a_calendar_outside_1901_to_2099_or_reversed_is_refused(
    first: object, last: object
) -> None:
    with pytest.raises(RuleError, match="1901–2099"):
        WorkingCalendar(Rulebook.default(), first, last)  # type: ignore[arg-type]


def test_the_default_calendar_covers_1_january_2000_to_31_december_2045() -> None:
    assert CAL.is_working_day(date(2000, 1, 1)) is False  # a Saturday
    assert CAL.is_working_day(date(2045, 12, 31)) is False  # a Sunday, after the last working day
    for outside in (date(1999, 12, 31), date(2046, 1, 1)):
        with pytest.raises(RuleError, match="covers 2000 to 2045"):
            CAL.is_working_day(outside)
        with pytest.raises(RuleError, match="covers 2000 to 2045"):
            CAL.add_working_days(outside, 1)
    with pytest.raises(RuleError, match="covers 2000 to 2045"):
        CAL.add_working_days(date(2046, 1, 1), -1)


def test_counting_off_either_end_of_the_table_is_refused() -> None:
    cal = _one_year(2024)  # 1 January 2024 (a Monday) is New Year's Day
    assert cal.add_working_days(date(2024, 1, 1), 1) == date(2024, 1, 2)  # the first working day
    assert cal.add_working_days(date(2024, 12, 30), 1) == date(2024, 12, 31)  # the last one
    with pytest.raises(RuleError, match="falls outside the calendar"):
        cal.add_working_days(date(2024, 12, 31), 1)
    with pytest.raises(RuleError, match="falls outside the calendar"):
        cal.add_working_days(date(2024, 1, 2), -1)


# ── CAL-01…CAL-04: days off and days worked in the cited years ──────────────────────────


def test_weekends_holidays_swaps_and_worked_saturdays_2024() -> None:
    # TB 1570/TB-VPCP (2024): Monday 29 April swapped for Saturday 4 May; 30 April, 1 May off
    assert not CAL.is_working_day(date(2024, 3, 9))  # an ordinary Saturday
    assert CAL.is_working_day(date(2024, 3, 8))  # an ordinary Friday
    assert not CAL.is_working_day(date(2024, 4, 29))
    assert CAL.is_working_day(date(2024, 5, 4))
    assert not CAL.is_working_day(date(2026, 1, 2))  # swapped for Saturday 10 January 2026
    assert CAL.is_working_day(date(2026, 1, 10))


def test_adding_working_days_forward_back_and_not_at_all() -> None:
    saturday = date(2024, 3, 9)
    assert CAL.add_working_days(saturday, 0) == saturday
    assert CAL.add_working_days(saturday, 1) == date(2024, 3, 11)
    assert CAL.add_working_days(saturday, -1) == date(2024, 3, 8)
    assert CAL.add_working_days(date(2024, 3, 11), -1) == date(2024, 3, 8)
    assert CAL.add_working_days(date(2024, 3, 11), 2) == date(2024, 3, 13)
    # 30 April 2024: back over 29 April (off) to Friday 26; on over 1 May to Thursday 2 May
    assert CAL.add_working_days(date(2024, 4, 30), -1) == date(2024, 4, 26)
    assert CAL.add_working_days(date(2024, 4, 30), 1) == date(2024, 5, 2)
    assert CAL.roll_forward(saturday) == date(2024, 3, 11)
    assert CAL.roll_forward(date(2024, 3, 8)) == date(2024, 3, 8)


def test_working_days_between_counts_after_start_up_to_end() -> None:
    # 1 January 2026 is off; 2 January swapped; 5–9 January and Saturday 10 January worked
    assert CAL.working_days_between(date(2026, 1, 1), date(2026, 1, 10)) == 6
    assert CAL.working_days_between(date(2026, 1, 10), date(2026, 1, 1)) == -6
    assert list(CAL.working_days(date(2026, 1, 1), date(2026, 1, 5))) == [date(2026, 1, 5)]


def test_a_day_off_cites_its_notice_and_flags_an_unconfirmed_one() -> None:
    # 24 November 2026 (Ngày Văn hóa Việt Nam), NQ 28/2026/QH16: confirmed only secondarily
    info = CAL.info(date(2026, 11, 24))
    assert (info.working, info.reason) == (False, Term("van_hoa"))
    assert info.citation is not None and info.citation.rule_id == "CAL-01"
    assert info.flags == (Flag("unconfirmed", "calendar.2026-11-24", "confirmed-secondary"),)
    step = info.step()
    assert step.code == "calendar.day_off" and step.flags == info.flags
    assert [c.source for c in step.citations] == ["nq-28-2026"]
    worked = CAL.info(date(2026, 1, 10))  # a worked Saturday, confirmed
    assert worked.flags == () and worked.step().code == "calendar.working_day"
    assert [c.rule_id for c in worked.step().citations] == ["CAL-02"]


def test_an_ordinary_day_has_no_reason_and_a_weekend_day_says_so() -> None:
    weekday = CAL.info(date(2026, 3, 3))
    assert (weekday.working, weekday.reason, weekday.citation) == (True, None, None)
    assert weekday.flags == () and weekday.step().citations == ()
    saturday = CAL.info(date(2026, 3, 7))
    assert (saturday.working, saturday.reason, saturday.citation) == (False, Term("weekend"), None)


# ── projected years (outside the cited 2016–2026) ──────────────────────────────────────


def test_a_projected_holiday_takes_the_package_s_name_and_flag() -> None:
    info = CAL.info(date(2030, 1, 1))  # a Tuesday
    assert (info.working, info.projected) == (False, True)
    assert info.reason == Text("Tết Dương lịch", "New Year's Day")
    assert info.step().flags == (Flag("projected", "2030"),)
    saturday = CAL.info(date(2030, 1, 5))
    assert (saturday.reason, saturday.citation) == (Term("weekend"), None)


def test_projected_flags_span_every_year_without_data() -> None:
    assert CAL.projected_flags() == ()
    assert CAL.projected_flags(date(2026, 12, 31)) == ()
    assert CAL.projected_flags(date(2028, 1, 1), date(2026, 12, 31)) == (
        Flag("projected", "2027"),
        Flag("projected", "2028"),
    )


@pytest.mark.parametrize("year", [1901, 2099])
def test_the_years_the_library_can_compute(year: int) -> None:
    require_year(year)


@pytest.mark.parametrize("year", [1900, 2100, True, "2026", 2026.0])
def test_other_years_are_refused(year: object) -> None:
    with pytest.raises(RuleError, match="1901–2099"):
        require_year(year)  # type: ignore[arg-type]


# ── CAL-06…CAL-08: lunar names ─────────────────────────────────────────────────────────


def test_the_year_name_changes_on_mung_1_tet_not_on_1_january() -> None:
    assert year_name(date(2026, 1, 1)).vi == "Ất Tỵ"
    assert year_name(date(2026, 2, 16)) == Text("Ất Tỵ", "Ất Tỵ (year of the Snake)")
    assert year_name(date(2026, 2, 17)) == Text("Bính Ngọ", "Bính Ngọ (year of the Horse)")
    assert year_name(date(2024, 2, 10)).vi == "Giáp Thìn"  # mùng 1 Tết Giáp Thìn


def test_the_named_days_of_tet_bính_ngọ() -> None:
    assert holiday_name(date(2026, 2, 16)) == Text(
        "Ngày cuối tháng Chạp (đêm Giao thừa)",
        "Last day of the twelfth lunar month (New Year's Eve)",
    )
    assert holiday_name(date(2026, 2, 17)) == Text("Mùng 1 Tết Bính Ngọ", "Day 1 of Tết Bính Ngọ")
    assert holiday_name(date(2026, 2, 26)) == Text("Mùng 10 Tết Bính Ngọ", "Day 10 of Tết Bính Ngọ")
    assert holiday_name(date(2026, 2, 27)) is None  # mùng 11
    assert holiday_name(date(2026, 2, 15)) is None  # the day before Giao thừa
    assert holiday_name(date(2026, 12, 31)) is None
    assert holiday_name(date(2026, 4, 26)) is not None  # Giỗ Tổ, 10 tháng 3 (a Sunday)
    assert holiday_name(date(2026, 4, 27)) is None
    assert CAL.info(date(2026, 4, 26)).holiday == holiday_name(date(2026, 4, 26))
