"""Periods and deadlines (thời hạn): days, working days, months and years, counted by the rules.

The default counting is the Civil Code's (Bộ luật Dân sự 2015, Điều 144–148; rule CAL-05),
read from the rulebook as of the date asked:

* the day of the event is not counted: the period runs from the next day (Art 147 cl. 2);
* a month or year period ends on the corresponding day, or on the **last day of the
  month** when the last month has no such day (Art 148 cl. 3), recorded as a step;
* a period whose last day is a day off ends on the **next working day** (Art 148.5);
* a working-day period counts working days from the first working day after the event.

A rule's own data may say otherwise (its ``counting``), and where the text is ambiguous
(the unit of a bare "ngày") the answer carries an ``ambiguous`` flag: the caller may
choose the other reading, or ask to be refused with :class:`~dangkiemtra.errors.AmbiguityError`.

Month ends are the surprising part:

>>> from datetime import date
>>> d = deadline(date(2023, 1, 31), Duration(1, Unit.MONTHS))
>>> d.due                       # 28 February 2023 is a Tuesday, a working day
datetime.date(2023, 2, 28)
>>> print(d.explanation.render("en").splitlines()[3])
4. The last month has no day 31: the period ends on that month's last day, 28 February 2023. (Basis: Art. 148(3), Bộ luật Dân sự 91/2015/QH13 [CAL-05])

A last day that falls on a day off moves to the next working day, here across Tết:

>>> deadline(date(2026, 1, 15), Duration(30, Unit.DAYS)).due   # 14 February is a Saturday; 16–20 February are Tết
datetime.date(2026, 2, 23)
"""

from __future__ import annotations

import enum
from datetime import date
from fractions import Fraction
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from dangkiemtra import _display, _ics, _views
from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import DataError, Problem, RuleError, at_least
from dangkiemtra.explain import Explanation, Flag, Step, Term, Text
from dangkiemtra.rulebook import Counting, OptionChoice, Rulebook, RuleValue, Snapshot

__all__ = [
    "GENERIC_FLAGS",
    "Alternative",
    "Deadline",
    "Duration",
    "Unit",
    "deadline",
    "deadline_for_rule",
    "fraction_of",
    "split_flags",
]


class Unit(enum.StrEnum):
    """The unit of a period."""

    DAYS = "days"
    WORKING_DAYS = "working_days"
    MONTHS = "months"
    YEARS = "years"


@attrs.frozen
class Duration:
    """A length of time: ``Duration(30, Unit.WORKING_DAYS)``."""

    amount: int = attrs.field(validator=at_least(0))
    unit: Unit = attrs.field(converter=Unit)

    def __str__(self) -> str:
        return f"{self.amount} {self.unit.value}"


#: Flags that only restate a value's confidence; every other flag names a specific concern.
GENERIC_FLAGS = frozenset({"unconfirmed"})


def split_flags(flags: tuple[Flag, ...]) -> tuple[tuple[Flag, ...], tuple[Flag, ...]]:
    """``(concerns, caveats)``: the specific flags, then the generic confidence caveats.

    An answer with nothing specific to say has no concern, whatever its caveats.
    """
    specific = tuple(f for f in flags if f.code not in GENERIC_FLAGS)
    generic = tuple(f for f in flags if f.code in GENERIC_FLAGS)
    return specific, generic


@attrs.frozen
class Alternative:
    """The due date under one reading of an ambiguous rule (một cách hiểu và kết quả của nó).

    ``is_default`` marks the rulebook's cited default; ``chosen`` the reading the answer used.
    """

    option: str
    reading: str
    due: date
    is_default: bool
    chosen: bool

    def to_json(self) -> dict[str, Any]:
        """The alternative as JSON."""
        return {
            "option": self.option,
            "reading": self.reading,
            "due": self.due.isoformat(),
            "is_default": self.is_default,
            "chosen": self.chosen,
        }


@attrs.frozen(repr=False)
class Deadline(_display.Answer):
    """A computed due date and why (hạn cuối và giải trình).

    ``due`` is the last day on which the act is in time (``unrolled_end`` the last day of the
    period before a day off moved it); ``explanation`` lists the
    steps and citations; ``flags`` every caveat (unconfirmed value, carried-over value,
    projected calendar year, ambiguous reading).
    """

    due: date
    start: date
    duration: Duration
    counting: Counting
    explanation: Explanation
    rule_key: str | None = None
    alternatives: tuple[Alternative, ...] = ()
    unrolled_end: date | None = None

    @property
    def flags(self) -> tuple[Flag, ...]:
        """The caveats of the explanation."""
        return self.explanation.flags

    @property
    def concerns(self) -> tuple[Flag, ...]:
        """The specific concerns of this answer (a reading, a month end, a crossing …)."""
        return split_flags(self.flags)[0]

    @property
    def caveats(self) -> tuple[Flag, ...]:
        """The generic confidence caveats of the values used, grouped apart."""
        return split_flags(self.flags)[1]

    @property
    def regime_crossing(self) -> bool:
        """Whether the period starts under one document and ends after its successor takes effect."""
        return any(f.code == "regime_crossing" for f in self.flags)

    def to_json(self) -> dict[str, Any]:
        """The deadline as JSON (``deadline.schema.json``)."""
        return {
            "format": "dangkiemtra.deadline/1",
            "due": self.due.isoformat(),
            "start": self.start.isoformat(),
            "duration": {"amount": self.duration.amount, "unit": self.duration.unit.value},
            "counting": attrs.asdict(self.counting),
            "rule_key": self.rule_key,
            "flags": [f.to_json() for f in self.flags],
            "explanation": self.explanation.to_json(),
            **(
                {"alternatives": [a.to_json() for a in self.alternatives]}
                if self.alternatives
                else {}
            ),
        }

    def _view_(self) -> _display.View:
        return _views.deadline(self)

    def to_ics(self, *, title: str | None = None, as_of: date | None = None) -> bytes:
        """A calendar file with one all-day event on the due date, the explanation as its description.

        ``DTSTAMP`` is ``as_of`` (default: the start), never the clock: the bytes are reproducible.
        """
        return _ics.calendar_bytes([_ics.deadline_event(self, title=title, as_of=as_of)])


def _counting_rules(snap: Snapshot) -> tuple[Counting, list[RuleValue]]:
    first = snap.get("periods.first_day_counted")
    month_end = snap.get("periods.month_end_rounding")
    roll = snap.get("periods.roll_to_working_day")
    counting = Counting(
        first_day_counted=first.as_bool(),
        roll_to_working_day=roll.as_bool(),
        month_end_rounding=month_end.as_bool(),
    )
    return counting, [first, month_end, roll]


def _within_calendar(
    start: date, duration: Duration, calendar: WorkingCalendar, *, needs_calendar: bool = True
) -> None:
    """Refuse, before any date arithmetic, a period that would leave the working calendar.

    A period of calendar days, months or years whose end is not moved to a working day
    (``needs_calendar`` false) needs no calendar: only the dates Python can hold bound it.
    """
    if not isinstance(start, date) or not isinstance(duration, Duration):
        raise DataError(
            [
                Problem(
                    "/start", "argument.type", "một ngày và một Duration", "a date and a Duration"
                )
            ]
        )
    first, last = calendar.first_year, calendar.last_year
    if not needs_calendar and duration.unit is not Unit.WORKING_DAYS:
        last = date.max.year - 1  # leave a year of room for the month-end rounding
    n = duration.amount
    if duration.unit is Unit.DAYS:
        room = date(last, 12, 31).toordinal() - start.toordinal()
    elif duration.unit is Unit.MONTHS:
        room = (last - start.year + 1) * 12
    elif duration.unit is Unit.YEARS:
        room = last - start.year + 1
    else:
        room = n  # working days: the calendar refuses an end beyond it
    if not 1 < start.year <= last or n > room:
        raise RuleError(
            f"Thời hạn nằm ngoài lịch làm việc ({first}–{last}) / "
            f"The period lies outside the working calendar ({first}–{last})",
            key="calendar",
        )


def deadline(
    start: date,
    duration: Duration,
    *,
    as_of: date | None = None,
    counting: Counting | None = None,
    rulebook: Rulebook | None = None,
    calendar: WorkingCalendar | None = None,
    extra_steps: tuple[Step, ...] = (),
    rule_key: str | None = None,
) -> Deadline:
    """The due date of ``duration`` counted from the event on ``start``.

    Parameters
    ----------
    start
        The day of the event (receipt, decision, ceremony …); not itself counted unless
        the counting says so.
    duration
        How long.
    as_of
        The date whose counting rules apply (default: ``start``).
    counting
        Counting that a specific rule prescribes; ``None`` for the Civil Code's.
    extra_steps
        Steps that come before the counting in the explanation (the rule that set the period).
    rule_key
        The rulebook key of the period, recorded on the answer.
    """
    rulebook = rulebook or Rulebook.default()
    calendar = calendar or (
        WorkingCalendar.default() if rulebook is Rulebook.default() else WorkingCalendar(rulebook)
    )
    if not isinstance(start, date):
        _within_calendar(start, duration, calendar)  # refuses the wrong type
    snap = rulebook.at(as_of or start)
    cc_counting, cc_rules = _counting_rules(snap)
    counting = counting or cc_counting
    _within_calendar(start, duration, calendar, needs_calendar=counting.roll_to_working_day)
    cite = {r.key: r for r in cc_rules}
    steps: list[Step] = [*extra_steps, Step.of("period.start", start=start)]
    first_rule = cite["periods.first_day_counted"]
    n = duration.amount
    if counting.first_day_counted:
        steps.append(Step.of("period.first_day_included", start=start))
    else:
        steps.append(
            Step.of(
                "period.first_day_excluded",
                citations=(first_rule.citation,),
                flags=first_rule.flags,
                first=date.fromordinal(start.toordinal() + 1),
            )
        )
    shift = 1 if counting.first_day_counted else 0
    if duration.unit is Unit.WORKING_DAYS:
        base = start
        if counting.first_day_counted and calendar.is_working_day(start) and n > 0:
            n -= 1
        end = calendar.add_working_days(base, n) if n else calendar.roll_forward(base)
        steps.append(Step.of("period.working_days", n=duration.amount, start=start, end=end))
    elif duration.unit is Unit.DAYS:
        end = date.fromordinal(start.toordinal() + n - shift)
        steps.append(Step.of("period.days", n=n, end=end))
    else:
        delta = relativedelta(months=n) if duration.unit is Unit.MONTHS else relativedelta(years=n)
        end = start + delta
        code = "period.months" if duration.unit is Unit.MONTHS else "period.years"
        steps.append(Step.of(code, n=n, end=end))
        if end.day < start.day:
            rule = cite["periods.month_end_rounding"]
            if counting.month_end_rounding:
                steps.append(
                    Step.of(
                        "period.month_end",
                        citations=(rule.citation,),
                        flags=(
                            *rule.flags,
                            Flag("month_end", rule_key or "period", end.isoformat()),
                        ),
                        day=start.day,
                        end=end,
                    )
                )
            else:
                end = date.fromordinal(end.toordinal() + 1)
        if shift:
            end = date.fromordinal(end.toordinal() - 1)
    due = end
    # a period that is not moved needs the calendar only to say so, and only where it has data
    in_calendar = calendar.first_year <= end.year <= calendar.last_year
    if (counting.roll_to_working_day or in_calendar) and not calendar.is_working_day(end):
        info = calendar.info(end)
        reason = info.reason or Term("weekend")
        rule = cite["periods.roll_to_working_day"]
        if counting.roll_to_working_day:
            due = calendar.next_working_day(end)
            steps.append(
                Step.of(
                    "period.roll",
                    citations=(rule.citation,),
                    flags=(*rule.flags, *info.flags),
                    end=end,
                    reason=reason,
                    due=due,
                )
            )
        else:
            steps.append(Step.of("period.no_roll", end=end, reason=reason))
    # the calendar decided the answer only for working days or a roll: flag projected years then
    if duration.unit is Unit.WORKING_DAYS:
        projected = calendar.projected_flags(start, due)
    elif counting.roll_to_working_day:
        projected = calendar.projected_flags(end, due)
    else:
        projected = ()
    steps.append(Step.of("period.due", due=due, flags=projected))
    return Deadline(
        due, start, duration, counting, Explanation(tuple(steps)), rule_key, unrolled_end=end
    )


_UNITS = {
    "days": Unit.DAYS,
    "working_days": Unit.WORKING_DAYS,
    "months": Unit.MONTHS,
    "years": Unit.YEARS,
}


def deadline_for_rule(
    key: str,
    start: date,
    *,
    as_of: date | None = None,
    reading: str | None = None,
    refuse_ambiguous: bool = False,
    rulebook: Rulebook | None = None,
    calendar: WorkingCalendar | None = None,
) -> Deadline:
    """The due date of the period that rule ``key`` sets, counted from ``start``.

    The rule is read as in force on ``as_of`` (default ``start``). If the rule's text is
    ambiguous (its entry names an option), ``reading`` chooses the reading; without one
    the cited default is used and flagged, or :class:`AmbiguityError` is raised when
    ``refuse_ambiguous`` is true. A ``reading`` the rule in force does not offer is a
    :class:`RuleError` naming the readings it does offer (none, for an unambiguous rule).

    Where the rule is ambiguous the answer carries every reading's due date
    (``alternatives``), the default marked, so one call answers for all readings. A period
    that ends after the rule's entry has given way to its successor's carries a
    ``regime_crossing`` flag and a step citing both documents; the value used stays the one
    in force at ``as_of`` (the rule that set the period).

    >>> d = deadline_for_rule("org.probation.confirmation_working_days", date(2023, 12, 20))
    >>> d.due     # 30 working days, across New Year 2024
    datetime.date(2024, 2, 1)
    >>> [(a.reading, a.due.isoformat(), a.is_default) for a in deadline_for_rule(
    ...     "discipline.appeal.window", date(2025, 6, 2)).alternatives]
    [('working_days', '2025-07-14', True), ('calendar_days', '2025-07-02', False)]
    """
    rulebook = rulebook or Rulebook.default()
    snap = rulebook.at(as_of or start)
    rule = snap.get(key)
    if reading is not None and (rule.option is None or not rule.option.startswith("periods.")):
        offered = rulebook.option(rule.option).names if rule.option else ()
        raise RuleError(
            f"Quy định '{key}' áp dụng ngày {snap.day.isoformat()} không có cách hiểu '{reading}' "
            f"(các cách hiểu: {', '.join(offered) or 'không có'}) / The rule '{key}' in force on "
            f"{snap.day.isoformat()} offers no reading '{reading}' (readings offered: "
            f"{', '.join(offered) or 'none'})",
            key=key,
        )
    if rule.option is None or not rule.option.startswith("periods."):
        return _deadline_for_reading(key, start, rule, None, as_of, rulebook, calendar)
    choice: OptionChoice = snap.option(rule.option, reading, refuse=refuse_ambiguous)
    chosen = _deadline_for_reading(key, start, rule, choice, as_of, rulebook, calendar)
    alternatives = []
    for name in choice.option.names:
        if name == choice.reading:
            due = chosen.due
        else:
            other = snap.option(rule.option, name)
            due = _deadline_for_reading(key, start, rule, other, as_of, rulebook, calendar).due
        alternatives.append(
            Alternative(
                rule.option, name, due, name == choice.option.default, name == choice.reading
            )
        )
    return attrs.evolve(chosen, alternatives=tuple(alternatives))


def _deadline_for_reading(
    key: str,
    start: date,
    rule: RuleValue,
    choice: OptionChoice | None,
    as_of: date | None,
    rulebook: Rulebook,
    calendar: WorkingCalendar | None,
) -> Deadline:
    unit = _UNITS.get(rule.unit)
    if unit is None:
        raise RuleError(f"'{key}' is not a period (its unit is {rule.unit})", key=key)
    extra: list[Step] = [rule.step()]
    counting = rule.counting
    if choice is not None:
        extra.append(choice.step())
        if choice.option.key.startswith("periods.day_unit"):
            unit = Unit.WORKING_DAYS if choice.reading == "working_days" else Unit.DAYS
        elif choice.option.key == "periods.end_day" and choice.reading == "anniversary_excluded":
            counting = attrs.evolve(counting or Counting(), first_day_counted=True)
    d = deadline(
        start,
        Duration(rule.as_int(), unit),
        as_of=as_of,
        counting=counting,
        rulebook=rulebook,
        calendar=calendar,
        extra_steps=tuple(extra),
        rule_key=key,
    )
    extra_after: list[Step] = []
    if d.unrolled_end is not None and d.due != d.unrolled_end:
        source = rulebook.sources.get(rule.citation.source)
        if source is not None and source.kind == "party":
            # no party text says a deadline moves past a day off: the Civil Code, by analogy
            extra_after.append(
                Step.of(
                    "period.roll_by_analogy",
                    flags=(Flag("roll_by_analogy", key, rule.citation.source),),
                    end=d.unrolled_end,
                    due=d.due,
                )
            )
    crossing = _crossing(rule, d.due, rulebook)
    if crossing is not None:
        extra_after.append(crossing)
    if not extra_after:
        return d
    return attrs.evolve(d, explanation=d.explanation + Explanation(tuple(extra_after)))


def _crossing(rule: RuleValue, due: date, rulebook: Rulebook) -> Step | None:
    """A ``period.regime_crossing`` step when the period outlives the entry that set it."""
    if rule.valid_until is None or due <= rule.valid_until:
        return None
    param = rulebook.parameter(rule.key)
    successor = param.entry_on(date.fromordinal(rule.valid_until.toordinal() + 1))
    if successor is None:
        return None
    shown = Text(
        str(successor.value)
        if not isinstance(successor.value, tuple)
        else ", ".join(map(str, successor.value)),
        str(successor.value)
        if not isinstance(successor.value, tuple)
        else ", ".join(map(str, successor.value)),
    )
    return Step.of(
        "period.regime_crossing",
        citations=(rule.citation, successor.citation),
        flags=(Flag("regime_crossing", rule.key, successor.citation.source),),
        until=rule.valid_until,
        successor_from=successor.valid_from,
        successor_value=shown,
        due=due,
    )


def fraction_of(
    n: int,
    rule: RuleValue,
    choice: OptionChoice,
) -> tuple[int, Step]:
    """``rule``'s fraction of ``n``, rounded as ``choice`` reads it (e.g. KTGS-04's 1/3).

    >>> snap = Rulebook.default().at(date(2023, 9, 25))
    >>> rule = snap.get("ktgs.thematic_supervision.extension_fraction")
    >>> fraction_of(20, rule, snap.option("ktgs.extension_rounding"))[0]
    6
    """
    exact = rule.as_fraction() * n
    result = int(exact) if choice.reading == "down" else -int(-exact // 1)
    shown = Text(f"{float(exact):.2f}".replace(".", ","), f"{float(exact):.2f}")
    step = Step.of(
        "period.fraction",
        citations=(rule.citation, choice.option.citation),
        flags=(*rule.flags, *choice.flags),
        fraction=str(Fraction(rule.as_fraction())),
        n=n,
        exact=shown,
        rounding=Term(choice.reading),
        result=result,
    )
    return result, step
