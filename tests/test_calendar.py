"""The working-day calendar: literal notices, the holidays cross-check, properties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dangkiemtra import calendar as cal_mod
from dangkiemtra.calendar import WorkingCalendar, package_working_day
from dangkiemtra.errors import RuleError
from dangkiemtra.rulebook import Rulebook

# Every Saturday worked, 2016–2026 (calendar-2016-2027.md, "Weekend working days").
WORKED_SATURDAYS = [
    (date(2019, 1, 5), "cv-6519-2018"),
    (date(2019, 5, 4), "cv-6519-2018"),
    (date(2024, 5, 4), "tb-1570-2024"),
    (date(2025, 4, 26), "tb-6150-2024"),
    (date(2026, 1, 10), "cv-12729-2025"),
    (date(2026, 8, 22), "tb-9441-2025"),
]
# Every swapped weekday off (hoán đổi), 2016–2026.
SWAPPED_DAYS_OFF = [
    (date(2018, 12, 31), "cv-6519-2018"),
    (date(2019, 4, 29), "cv-6519-2018"),
    (date(2024, 4, 29), "tb-1570-2024"),
    (date(2025, 5, 2), "tb-6150-2024"),
    (date(2026, 1, 2), "cv-12729-2025"),
    (date(2026, 8, 31), "tb-9441-2025"),
]
# Weekdays off per year, as the catalogue counts them.
WEEKDAYS_OFF = {
    2016: 10,
    2017: 10,
    2018: 11,
    2019: 11,
    2020: 10,
    2021: 11,
    2022: 11,
    2023: 11,
    2024: 12,
    2025: 12,
    2026: 14,
}


@pytest.mark.parametrize(("day", "source"), WORKED_SATURDAYS)
def test_worked_saturdays(calendar: WorkingCalendar, day: date, source: str) -> None:
    assert day.weekday() == 5
    info = calendar.info(day)
    assert info.working and info.citation is not None and info.citation.source == source
    assert info.citation.rule_id == "CAL-02"


@pytest.mark.parametrize(("day", "source"), SWAPPED_DAYS_OFF)
def test_swapped_days_off(calendar: WorkingCalendar, day: date, source: str) -> None:
    assert day.weekday() < 5
    info = calendar.info(day)
    assert not info.working and info.citation is not None and info.citation.source == source
    assert info.reason is not None and info.reason.render("vi") == "nghỉ do hoán đổi ngày làm việc"


@pytest.mark.parametrize(("year", "count"), sorted(WEEKDAYS_OFF.items()))
def test_weekdays_off_per_year_match_the_notices(
    calendar: WorkingCalendar, year: int, count: int
) -> None:
    days = [
        date(year, 1, 1) + timedelta(n)
        for n in range(366)
        if (date(year, 1, 1) + timedelta(n)).year == year
    ]
    off = [d for d in days if d.weekday() < 5 and not calendar.is_working_day(d)]
    assert len(off) == count


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2023, 1, 27), True),  # the Friday after Tết 2023 was an ordinary working day
        (date(2026, 11, 24), False),  # Ngày Văn hóa Việt Nam, first observed 2026
        (date(2020, 9, 2), False),
        (date(2020, 9, 3), True),  # one National Day day only under the 2012 Code
        (date(2021, 9, 3), False),  # two from 2021
        (date(2023, 9, 1), False),
        (date(2023, 9, 4), False),
    ],
)
def test_notable_days(calendar: WorkingCalendar, day: date, working: bool) -> None:
    assert calendar.is_working_day(day) is working


def test_holidays_package_cross_check(rulebook: Rulebook) -> None:
    """Data and package agree on every day of 2016–2026 except the documented disagreements."""
    undocumented: list[date] = []
    documented_seen: list[tuple[date, str]] = []
    calendar = WorkingCalendar(rulebook)
    for year, data in rulebook.calendar_years.items():
        documented = dict(data.package_disagreements)
        d = date(year, 1, 1)
        while d.year == year:
            if calendar.is_working_day(d) != package_working_day(d):
                if d in documented:
                    documented_seen.append((d, documented[d]))
                else:
                    undocumented.append(d)
            d += timedelta(1)
    assert undocumented == [], "disagreements with `holidays` that the data do not explain"
    # The two known ones (holidays 0.109): 12729/VPCP-KGVX is not in the package.
    for day, reason in documented_seen:
        assert "12729/VPCP-KGVX" in reason, (day, reason)


def test_years_without_notices_are_projected(calendar: WorkingCalendar) -> None:
    assert not calendar.is_projected(date(2026, 12, 31))
    assert calendar.is_projected(date(2027, 1, 4))
    flags = calendar.projected_flags(date(2026, 12, 1), date(2027, 2, 1))
    assert [(f.code, f.subject) for f in flags] == [("projected", "2027")]
    info = calendar.info(date(2027, 2, 9))
    assert not info.working and info.projected


def test_outside_the_calendar_is_a_rule_error(calendar: WorkingCalendar) -> None:
    with pytest.raises(RuleError):
        calendar.is_working_day(date(1999, 12, 31))
    with pytest.raises(RuleError):
        calendar.add_working_days(date(2045, 12, 30), 5)


def test_module_functions_use_the_default_calendar() -> None:
    assert cal_mod.add_working_days(date(2023, 1, 19), 1) == date(2023, 1, 27)
    assert cal_mod.next_working_day(date(2026, 1, 9)) == date(2026, 1, 10)
    assert cal_mod.working_days_between(date(2026, 2, 13), date(2026, 2, 23)) == 1
    assert cal_mod.is_working_day(date(2026, 8, 22))


days = st.dates(min_value=date(2010, 1, 1), max_value=date(2040, 12, 31))
counts = st.integers(min_value=0, max_value=400)


@given(days, counts)
def test_add_working_days_lands_on_a_working_day(d: date, n: int) -> None:
    cal = WorkingCalendar.default()
    result = cal.add_working_days(d, n)
    if n:
        assert result > d and cal.is_working_day(result)
    else:
        assert result == d


@given(days, counts)
def test_between_inverts_add(d: date, n: int) -> None:
    cal = WorkingCalendar.default()
    assert cal.working_days_between(d, cal.add_working_days(d, n)) == n


@given(days, st.integers(1, 400))
def test_negative_add_goes_back(d: date, n: int) -> None:
    cal = WorkingCalendar.default()
    back = cal.add_working_days(d, -n)
    assert back < d and cal.is_working_day(back)
    # n - 1 working days lie strictly between; d itself counts if it is one
    assert cal.working_days_between(back, d) == n - 1 + cal.is_working_day(d)


@given(days, counts, counts)
def test_add_is_monotonic_in_n(d: date, a: int, b: int) -> None:
    cal = WorkingCalendar.default()
    lo, hi = sorted((a, b))
    assert cal.add_working_days(d, lo) <= cal.add_working_days(d, hi)


@given(days, days, st.integers(1, 200))
def test_add_is_monotonic_in_the_start(a: date, b: date, n: int) -> None:
    cal = WorkingCalendar.default()
    lo, hi = sorted((a, b))
    assert cal.add_working_days(lo, n) <= cal.add_working_days(hi, n)


@given(days, st.integers(1, 60))
def test_add_agrees_with_a_day_by_day_loop(d: date, n: int) -> None:
    cal = WorkingCalendar.default()
    day, left = d, n
    while left:
        day += timedelta(1)
        if cal.is_working_day(day):
            left -= 1
    assert cal.add_working_days(d, n) == day


@given(days)
def test_next_working_day_is_the_first_after(d: date) -> None:
    cal = WorkingCalendar.default()
    nxt = cal.next_working_day(d)
    assert cal.is_working_day(nxt)
    assert all(not cal.is_working_day(d + timedelta(k)) for k in range(1, (nxt - d).days))


def test_a_projected_day_off_says_so_in_its_step() -> None:
    info = WorkingCalendar.default().info(date(2030, 1, 1))
    assert not info.working and info.projected
    assert [f.code for f in info.step().flags] == ["projected"]
    assert info.step().code == "calendar.day_off"
