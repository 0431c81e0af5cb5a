"""Laws that bite: every period the rulebook sets is the rulebook's value, counted by the
rulebook's counting, from any start in its era — checked against a naive day-by-day count."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.periods import deadline_for_rule
from dangkiemtra.rulebook import Counting, HistoryEntry, Rulebook

RB = Rulebook.default()
CAL = WorkingCalendar.default()
PERIOD_UNITS = {"days", "working_days", "months", "years"}
LAST = date(2040, 12, 31)

ENTRIES = [
    (key, e)
    for key, p in sorted(RB.parameters.items())
    if p.unit in PERIOD_UNITS
    for e in p.history
    if isinstance(e.value, int) and not isinstance(e.value, bool) and e.valid_from <= LAST
]


def _next_working(day: date) -> date:
    day += timedelta(days=1)
    while not CAL.is_working_day(day):
        day += timedelta(days=1)
    return day


def oracle(key: str, entry: HistoryEntry, start: date) -> date:
    """The due date counted the slow way, from the rulebook's own data."""
    snap = RB.at(start)
    unit = entry.unit or RB.parameter(key).unit
    counting = entry.counting or Counting(
        first_day_counted=snap.get("periods.first_day_counted").as_bool(),
        roll_to_working_day=snap.get("periods.roll_to_working_day").as_bool(),
        month_end_rounding=snap.get("periods.month_end_rounding").as_bool(),
    )
    first_counted = counting.first_day_counted
    if entry.option and entry.option.startswith("periods.day_unit"):
        unit = "working_days" if RB.option(entry.option).default == "working_days" else "days"
    elif (
        entry.option == "periods.end_day"
        and RB.option(entry.option).default == "anniversary_excluded"
    ):
        first_counted = True  # pragma: no cover - not the default today
    n = int(entry.value)  # type: ignore[arg-type]
    if unit == "working_days":
        day = start
        if first_counted and CAL.is_working_day(start) and n > 0:
            n -= 1
        if n == 0:
            return day if CAL.is_working_day(day) else _next_working(day)
        for _ in range(n):
            day = _next_working(day)
        return day
    if unit == "days":
        end = start + timedelta(days=n - (1 if first_counted else 0))
    else:
        delta = relativedelta(months=n) if unit == "months" else relativedelta(years=n)
        end = start + delta
        if end.day < start.day and not counting.month_end_rounding:
            end += timedelta(days=1)
        if first_counted:
            end -= timedelta(days=1)
    if counting.roll_to_working_day and not CAL.is_working_day(end):
        end = _next_working(end)
    return end


@st.composite
def rule_and_start(draw: st.DrawFn) -> tuple[str, HistoryEntry, date]:
    key, entry = draw(st.sampled_from(ENTRIES))
    last = min(entry.valid_until or LAST, LAST)
    # a period that must end inside the working calendar (2000–2045): starts that leave room
    n = int(entry.value)  # type: ignore[arg-type]
    unit = entry.unit or RB.parameter(key).unit
    room = {"years": relativedelta(years=n), "months": relativedelta(months=n)}.get(
        unit or "", relativedelta(days=2 * n + 30)
    )
    last = min(last, date(CAL.last_year, 12, 1) - room)
    first = max(entry.valid_from, date(2000, 1, 2))
    start = draw(st.dates(min_value=first, max_value=max(first, last)))
    return key, entry, start


@settings(max_examples=300, deadline=None)
@given(rule_and_start())
def test_a_period_is_the_rulebooks_value_counted_the_rulebooks_way(
    case: tuple[str, HistoryEntry, date],
) -> None:
    key, entry, start = case
    d = deadline_for_rule(key, start)
    assert d.duration.amount == entry.value
    assert d.due == oracle(key, entry, start)
    assert entry.citation in d.explanation.citations
    successor = (
        RB.parameter(key).entry_on(entry.valid_until + timedelta(days=1))
        if entry.valid_until is not None
        else None
    )
    # a period outliving its entry, when a successor entry follows, says so; never otherwise
    crosses = successor is not None and entry.valid_until is not None and d.due > entry.valid_until
    assert d.regime_crossing is crosses


def test_every_period_rule_is_sampled() -> None:
    assert len(ENTRIES) > 60
