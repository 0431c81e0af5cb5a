"""The deadline of a period counted from a start date (CAL-05)."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import DataError, Problem, RuleError
from dangkiemtra.explain import Explanation, Flag, Step, Term
from dangkiemtra.periods._duration import Deadline, Duration, Unit
from dangkiemtra.rulebook import Counting, Rulebook, RuleValue, Snapshot


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
