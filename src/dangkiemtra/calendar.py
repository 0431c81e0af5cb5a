"""The public-sector working-day calendar of Vietnam (lịch làm việc của cơ quan nhà nước).

Working days are Monday to Friday, less the statutory holidays, the Tết days the
Prime Minister chose, compensatory days (nghỉ bù) and swapped days off (hoán đổi),
plus the Saturdays worked in exchange (làm bù). Rules CAL-01…CAL-04.

* For **2016 through 2026** every weekday off and every weekend day worked comes
  from the rulebook's cited calendar data (``calendar.toml``), taken from the official
  notices. The data are authoritative: where the ``holidays`` package disagrees (it
  misses the 2026-01-02 ↔ 2026-01-10 swap), the notice wins, and a test lists each
  disagreement with its reason.
* Other years come from the ``holidays`` package (lunar Tết and Giỗ Tổ, fixed
  holidays, its own swap tables) and every answer that touches them is flagged
  ``projected``.

Arithmetic is O(log n): a sorted table of working-day ordinals, built once per
calendar, searched with :mod:`bisect`.

>>> from datetime import date
>>> cal = WorkingCalendar.default()
>>> cal.is_working_day(date(2026, 1, 10))   # a Saturday worked for Friday 2 January
True
>>> cal.is_working_day(date(2026, 1, 2))
False
>>> cal.add_working_days(date(2023, 1, 19), 1)   # across Tết Quý Mão
datetime.date(2023, 1, 27)
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import date
from typing import Any

import attrs

from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Flag, Step, Term, Text
from dangkiemtra.rulebook import CalendarDay, Confidence, Rulebook
from dangkiemtra.rulebook._model import Citation

__all__ = [
    "DayInfo",
    "WorkingCalendar",
    "add_working_days",
    "is_working_day",
    "next_working_day",
    "require_year",
    "working_days_between",
]

FIRST_YEAR = 2000
LAST_YEAR = 2045
#: The widest calendar that can be built: the ``holidays`` package's lunar tables cover it.
MIN_YEAR = 1901
MAX_YEAR = 2099


@attrs.frozen
class DayInfo:
    """What a day is: working or not, why, on whose authority, and whether projected."""

    day: date
    working: bool
    reason: Term | Text | None
    citation: Citation | None
    projected: bool
    holiday: Text | None = None
    confidence: Confidence | None = None

    @property
    def flags(self) -> tuple[Flag, ...]:
        """``unconfirmed`` when the notice that set the day is not confirmed (e.g. 24 November 2026)."""
        if self.confidence is None or self.confidence.is_confirmed:
            return ()
        return (Flag("unconfirmed", f"calendar.{self.day.isoformat()}", self.confidence.value),)

    def step(self) -> Step:
        """A ``calendar.working_day`` or ``calendar.day_off`` step."""
        flags = ((Flag("projected", str(self.day.year)),) if self.projected else ()) + self.flags
        cites = (self.citation,) if self.citation else ()
        if self.working:
            return Step.of("calendar.working_day", citations=cites, flags=flags, day=self.day)
        reason = self.reason if self.reason is not None else Term("weekend")
        return Step.of(
            "calendar.day_off", citations=cites, flags=flags, day=self.day, reason=reason
        )


@functools.cache
def _package_holidays(first: int, last: int, language: str) -> Any:
    import holidays

    return holidays.country_holidays("VN", years=range(first, last + 1), language=language)


def package_working_day(day: date) -> bool:
    """Whether the ``holidays`` package counts ``day`` as a working day (for projections and checks)."""
    return bool(_package_holidays(FIRST_YEAR, LAST_YEAR, "vi").is_working_day(day))


@attrs.frozen(eq=False)
class WorkingCalendar:
    """Vietnamese public-sector working days from ``first_year`` to ``last_year``.

    Build it from a :class:`~dangkiemtra.rulebook.Rulebook` (or use :meth:`default`);
    it is immutable and its table is built once. Its repr names the years only, never the
    rulebook's contents.

    >>> WorkingCalendar.default()
    WorkingCalendar(first_year=2000, last_year=2045)
    """

    rulebook: Rulebook = attrs.field(repr=False)
    first_year: int = FIRST_YEAR
    last_year: int = LAST_YEAR
    _ordinals: list[int] = attrs.field(init=False, repr=False)
    _cited: dict[date, CalendarDay] = attrs.field(init=False, repr=False)
    _lo: int = attrs.field(init=False, repr=False)
    _hi: int = attrs.field(init=False, repr=False)
    _dates: list[date] = attrs.field(init=False, repr=False)
    _count: int = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not (
            isinstance(self.first_year, int)
            and isinstance(self.last_year, int)
            and MIN_YEAR <= self.first_year <= self.last_year <= MAX_YEAR
        ):
            raise RuleError(
                f"Lịch làm việc chỉ dựng được cho các năm {MIN_YEAR}–{MAX_YEAR} / "
                f"A working calendar can be built for {MIN_YEAR}–{MAX_YEAR} only",
                key="calendar",
            )
        cited: dict[date, CalendarDay] = {}
        for cal in self.rulebook.calendar_years.values():
            for entry in (*cal.days_off, *cal.workdays):
                cited[entry.day] = entry
        ordinals: list[int] = []
        start = date(self.first_year, 1, 1).toordinal()
        end = date(self.last_year, 12, 31).toordinal()
        data_years = self.rulebook.calendar_years
        for o in range(start, end + 1):
            d = date.fromordinal(o)
            if d.year in data_years:
                found = cited.get(d)
                working = (d.weekday() < 5) if found is None else found.kind == "lam_bu"
            else:
                working = package_working_day(d)
            if working:
                ordinals.append(o)
        object.__setattr__(self, "_ordinals", ordinals)
        object.__setattr__(self, "_cited", cited)
        object.__setattr__(self, "_lo", start)
        object.__setattr__(self, "_hi", end)
        object.__setattr__(self, "_dates", [date.fromordinal(o) for o in ordinals])
        object.__setattr__(self, "_count", len(ordinals))

    @classmethod
    def default(cls) -> WorkingCalendar:
        """The calendar of the default rulebook, 2000–2045 (built once)."""
        return _default_calendar()

    # ── queries ──────────────────────────────────────────────────────────────────────────

    def _check(self, day: date) -> None:
        if not (self._lo <= day.toordinal() <= self._hi):
            self._out_of_range()

    def _out_of_range(self) -> None:
        raise RuleError(
            f"Lịch làm việc chỉ có từ năm {self.first_year} đến năm {self.last_year} / "
            f"The calendar covers {self.first_year} to {self.last_year} only",
            key="calendar",
            applies_from=date(self.first_year, 1, 1),
        )

    def is_projected(self, day: date) -> bool:
        """Whether ``day`` lies in a year without an announced, cited calendar."""
        return day.year not in self.rulebook.calendar_years

    def is_working_day(self, day: date) -> bool:
        """Whether ``day`` is a public-sector working day."""
        self._check(day)
        o = day.toordinal()
        i = bisect_left(self._ordinals, o)
        return i < len(self._ordinals) and self._ordinals[i] == o

    def info(self, day: date) -> DayInfo:
        """What ``day`` is, and why (the cited notice, or the package's holiday name)."""
        working = self.is_working_day(day)
        projected = self.is_projected(day)
        entry = self._cited.get(day)
        named = holiday_name(day)
        if entry is not None:
            return DayInfo(
                day, working, entry.term, entry.citation, projected, named, entry.confidence
            )
        if working or day.weekday() >= 5:
            reason = None if working else Term("weekend")
            return DayInfo(day, working, reason, None, projected, named)
        vi = _package_holidays(self.first_year, self.last_year, "vi").get(day, "")
        en = _package_holidays(self.first_year, self.last_year, "en_US").get(day, "")
        text = Text(vi or "ngày lễ", en or "public holiday")
        return DayInfo(day, working, text, None, projected, named)

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        return self.add_working_days(day, 1)

    def roll_forward(self, day: date) -> date:
        """``day`` itself if it is a working day, else the next working day."""
        return day if self.is_working_day(day) else self.next_working_day(day)

    def add_working_days(self, day: date, n: int) -> date:
        """The ``n``-th working day strictly after ``day`` (before it when ``n`` < 0; ``day`` when 0)."""
        o = day.toordinal()
        if not (self._lo <= o <= self._hi):
            self._out_of_range()
        # one bisect, one list look-up
        if n > 0:
            i = bisect_right(self._ordinals, o) + n - 1
        elif n < 0:
            i = bisect_left(self._ordinals, o) + n
        else:
            return day
        if not 0 <= i < self._count:
            raise RuleError(
                f"Kết quả nằm ngoài lịch ({self.first_year}–{self.last_year}) / "
                f"The result falls outside the calendar ({self.first_year}–{self.last_year})",
                key="calendar",
            )
        return self._dates[i]

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative if ``end`` < ``start``)."""
        self._check(start)
        self._check(end)
        ords = self._ordinals
        return bisect_right(ords, end.toordinal()) - bisect_right(ords, start.toordinal())

    def working_days(self, start: date, end: date) -> Iterator[date]:
        """The working days from ``start`` to ``end``, both included."""
        self._check(start)
        self._check(end)
        ords = self._ordinals
        for i in range(bisect_left(ords, start.toordinal()), bisect_right(ords, end.toordinal())):
            yield self._dates[i]

    def projected_flags(self, *days: date) -> tuple[Flag, ...]:
        """``projected`` flags for the years from the earliest to the latest of ``days`` that lack data."""
        if not days:
            return ()
        years = range(min(days).year, max(days).year + 1)
        return tuple(
            Flag("projected", str(y)) for y in years if y not in self.rulebook.calendar_years
        )


def require_year(year: int) -> None:
    """Refuse a year no calendar of the library can hold (outside 1901–2099) with a RuleError."""
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise RuleError(
            f"Chỉ tính được cho các năm {MIN_YEAR}–{MAX_YEAR} / "
            f"Only the years {MIN_YEAR}–{MAX_YEAR} can be computed",
            key="calendar",
        )


@functools.cache
def _default_calendar() -> WorkingCalendar:
    return WorkingCalendar(Rulebook.default())


def is_working_day(day: date) -> bool:
    """Whether ``day`` is a working day in the default calendar.

    >>> is_working_day(date(2024, 5, 4))   # Saturday worked for Monday 29 April
    True
    """
    return _default_calendar().is_working_day(day)


def next_working_day(day: date) -> date:
    """The first working day strictly after ``day`` in the default calendar.

    >>> next_working_day(date(2023, 8, 31))   # 1 and 4 September 2023 are Quốc khánh days off
    datetime.date(2023, 9, 5)
    """
    return _default_calendar().next_working_day(day)


def add_working_days(day: date, n: int) -> date:
    """The ``n``-th working day strictly after ``day`` in the default calendar.

    >>> add_working_days(date(2026, 2, 13), 1)   # Tết Bính Ngọ: 16–20 February off
    datetime.date(2026, 2, 23)
    """
    return _default_calendar().add_working_days(day, n)


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` in the default calendar.

    >>> working_days_between(date(2026, 1, 1), date(2026, 1, 10))   # 5, 6, 7, 8, 9 and Saturday 10 January
    6
    """
    return _default_calendar().working_days_between(start, end)


# ── lunar names of the holidays (CAL-06, CAL-07, CAL-08) ─────────────────────────────────

_STEMS = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
_BRANCHES = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")
_BRANCHES_EN = (
    "Rat",
    "Ox",
    "Tiger",
    "Cat",
    "Dragon",
    "Snake",
    "Horse",
    "Goat",
    "Monkey",
    "Rooster",
    "Dog",
    "Pig",
)
#: Mùng 1 … mùng 10 tháng Giêng are named; later days of the lunar year are not holidays.
_NAMED_TET_DAYS = 10


@functools.cache
def _lunisolar() -> Any:
    # the package's lunisolar tables (the ones its VN holidays use); private, so isolated here
    from holidays.calendars import chinese

    return chinese._ChineseLunisolar(chinese.VIETNAMESE_CALENDAR)


def _lunar_new_year(year: int) -> date:
    return _lunisolar().lunar_new_year_date(year)[0]  # type: ignore[no-any-return]


def year_name(day: date) -> Text:
    """The lunar year's name (Can Chi, CAL-08) on ``day``: it changes at mùng 1 Tết, not on 1 January.

    >>> year_name(date(2026, 2, 16)).vi, year_name(date(2026, 2, 17)).vi
    ('Ất Tỵ', 'Bính Ngọ')
    """
    year = day.year if day >= _lunar_new_year(day.year) else day.year - 1
    stem, branch = _STEMS[(year - 4) % 10], (year - 4) % 12
    vi = f"{stem} {_BRANCHES[branch]}"
    return Text(vi, f"{vi} (year of the {_BRANCHES_EN[branch]})")


def holiday_name(day: date) -> Text | None:
    """The lunar name of ``day`` when it is a named holiday day, whatever day of the week it is.

    Mùng 1 … mùng 10 Tết (tháng Giêng), the last day of tháng Chạp (Giao thừa is its night) and
    Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch), from the Vietnamese lunisolar calendar of the
    ``holidays`` package (CAL-06, CAL-07). A holiday on a weekend keeps its name; whether the
    day is worked is :meth:`WorkingCalendar.info`'s business.

    >>> holiday_name(date(2026, 2, 17)).vi, holiday_name(date(2026, 4, 26)).vi   # Tuesday; Sunday
    ('Mùng 1 Tết Bính Ngọ', 'Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch)')
    >>> holiday_name(date(2026, 3, 2)) is None
    True
    """
    new_year = _lunar_new_year(day.year)
    offset = day.toordinal() - new_year.toordinal()
    if 0 <= offset < _NAMED_TET_DAYS:
        name = year_name(day)
        return Text(f"Mùng {offset + 1} Tết {name.vi}", f"Day {offset + 1} of Tết {name.vi}")
    if offset == -1:  # Tết falls from 21 January on: its eve is always in the same year
        return Text(
            "Ngày cuối tháng Chạp (đêm Giao thừa)",
            "Last day of the twelfth lunar month (New Year's Eve)",
        )
    if day == _lunisolar().hung_kings_date(day.year)[0]:
        return Text(
            "Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch)",
            "Hùng Kings' Commemoration (10th day of the 3rd lunar month)",
        )
    return None


__all__ += ["holiday_name", "year_name"]
