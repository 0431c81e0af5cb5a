"""Citizen reception (tiếp công dân, tiếp dân): duties, fixed-day schedules, checks, the notice deadline.

Duties by holder, level and era: party committee heads (QĐ 11-QĐi/TW, amended by KL 215-KL/TW
from 2025-11-23, when the district level was removed), and state heads (Luật Tiếp công dân 2013;
the district tier gone from 2025-07-01; the commune chair at least 2 days a month from
2026-07-01, Luật 136/2025). A schedule on a fixed day ("ngày 10 hằng tháng", the Thanh Khê district committee report) warns of
each date that is not a working day and suggests one, but never moves it silently.

>>> from datetime import date
>>> reception_duty("party_head", "commune", date(2026, 1, 5)).count
2
>>> [d.day.isoformat() for d in fixed_day_schedule(10, 2026) if not d.working]
['2026-05-10', '2026-10-10']
"""

from __future__ import annotations

from calendar import monthrange
from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra.calendar import WorkingCalendar, require_year
from dangkiemtra.errors import bad_argument
from dangkiemtra.explain import Explanation, Step, Term
from dangkiemtra.periods import Deadline, deadline_for_rule
from dangkiemtra.rulebook import Rulebook

__all__ = [
    "Duty",
    "ScheduledDay",
    "YearCheck",
    "check_year",
    "fixed_day_schedule",
    "notify_deadline",
    "reception_duty",
]

_LEVELS = {
    "party_head": ("province", "district", "commune"),
    "state_head": ("province", "district", "commune", "agency"),
}
_KEYS = {"party_head": "reception.party_head", "state_head": "reception.state_head"}


@attrs.frozen(repr=False)
class Duty(_display.Answer):
    """At least ``count`` reception days per ``per`` (``"month"``, ``"week"``); ``count`` 0 when none applies."""

    holder: str
    level: str
    count: int
    per: str | None
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.duty(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``reception-duty.schema.json``)."""
        return attrs_answer(self, "reception-duty")


def reception_duty(
    holder: str, level: str, as_of: date, *, rulebook: Rulebook | None = None
) -> Duty:
    """The periodic reception duty of ``holder`` (``party_head`` or ``state_head``) at ``level`` (Q11-01, TCD-01, TCD-05)."""
    if holder not in _LEVELS or level not in _LEVELS[holder]:
        raise ValueError(f"unknown holder/level: {holder}/{level}")
    rule = (rulebook or Rulebook.default()).at(as_of).get(_KEYS[holder])
    code = rule.as_codes()[_LEVELS[holder].index(level)]
    if code == "none":
        step = Step.of("reception.no_duty", holder=Term(holder), level=Term(level))
        return Duty(holder, level, 0, None, Explanation.of(rule.step(), step))
    per = "month" if code.startswith("m") else "week"
    count = int(code[1:])
    step = Step.of(
        "reception.duty", holder=Term(holder), level=Term(level), n=count, per=Term(f"per_{per}")
    )
    return Duty(holder, level, count, per, Explanation.of(rule.step(), step))


@attrs.frozen(repr=False)
class ScheduledDay(_display.Answer):
    """A scheduled reception day: whether it is a working day, and the suggested working day if not."""

    day: date
    working: bool
    suggested: date
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.scheduled_day(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``reception-day.schema.json``)."""
        return attrs_answer(self, "reception-day")


def fixed_day_schedule(
    day_of_month: int, year: int, *, calendar: WorkingCalendar | None = None
) -> tuple[ScheduledDay, ...]:
    """The dates of a "day N of every month" rule in ``year``, with a warning for each day off.

    A month without day N (31 in April) uses its last day, as the Civil Code does for months.
    """
    if (
        isinstance(day_of_month, bool)
        or not isinstance(day_of_month, int)
        or not 1 <= day_of_month <= 31
    ):
        raise bad_argument("day_of_month", "một ngày từ 1 đến 31", "a day from 1 to 31")
    require_year(year)
    calendar = calendar or WorkingCalendar.default()
    out = []
    for month in range(1, 13):
        day = date(year, month, min(day_of_month, monthrange(year, month)[1]))
        if calendar.is_working_day(day):
            out.append(
                ScheduledDay(
                    day, True, day, Explanation.of(Step.of("reception.schedule.day", day=day))
                )
            )
        else:
            info = calendar.info(day)
            suggested = calendar.next_working_day(day)
            step = Step.of(
                "reception.schedule.warning",
                day=day,
                reason=info.reason or Term("weekend"),
                suggested=suggested,
                flags=calendar.projected_flags(day),
            )
            out.append(ScheduledDay(day, False, suggested, Explanation.of(step)))
    return tuple(out)


@attrs.frozen(repr=False)
class YearCheck(_display.Answer):
    """A recorded year of reception days against the duty: the months (or weeks) that fell short."""

    year: int
    short: tuple[int, ...]
    explanation: Explanation

    @property
    def ok(self) -> bool:
        """Every period met the duty."""
        return not self.short

    def _view_(self) -> _display.View:
        return _views.year_check(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``reception-year-check.schema.json``)."""
        return attrs_answer(self, "reception-year-check")


def check_year(
    held: Iterable[date], holder: str, level: str, year: int, *, rulebook: Rulebook | None = None
) -> YearCheck:
    """Check the reception days actually held in ``year`` against the duty in force each month."""
    days = sorted(d for d in held if d.year == year)
    steps: list[Step] = []
    short: list[int] = []
    by_month = Counter(d.month for d in days)
    by_week = Counter(d.isocalendar()[:2] for d in days)
    for month in range(1, 13):
        duty = reception_duty(holder, level, date(year, month, 1), rulebook=rulebook)
        if duty.count == 0:
            continue
        if duty.per == "month":
            needed, got = duty.count, by_month.get(month, 0)
        else:
            first = date(year, month, 1)
            weeks = {
                date.fromordinal(o).isocalendar()[:2]
                for o in range(first.toordinal(), first.toordinal() + 28)
            }
            needed, got = duty.count * len(weeks), sum(by_week.get(w, 0) for w in weeks)
        ok = got >= needed
        if not ok:
            short.append(month)
        steps.append(
            Step.of(
                "reception.check.month",
                month=str(month),
                held=got,
                needed=needed,
                ok=ok,
                citations=duty.explanation.citations,
            )
        )
    return YearCheck(year, tuple(short), Explanation(tuple(steps)))


def notify_deadline(received_on: date, *, rulebook: Rulebook | None = None) -> Deadline:
    """The last day for a party head to tell the sender the matter was accepted or forwarded (Q11-02)."""
    return deadline_for_rule("reception.party_head.notify", received_on, rulebook=rulebook)


def online_announcement_due(
    session_day: date, *, rulebook: Rulebook | None = None, calendar: WorkingCalendar | None = None
) -> tuple[date, Explanation]:
    """The last day to announce an online reception session held on ``session_day`` (TCD-05, NĐ 154/2026):
    at least 5 working days ahead, so the 5th working day before the session.

    >>> online_announcement_due(date(2026, 9, 7))[0]   # 31 August (swapped), 1 and 2 September are days off
    datetime.date(2026, 8, 26)
    """
    rule = (rulebook or Rulebook.default()).at(session_day).get("reception.online_notice")
    due = (calendar or WorkingCalendar.default()).add_working_days(session_day, -rule.as_int())
    step = Step.of("reception.online_notice", session=session_day, due=due, n=rule.as_int())
    return due, Explanation.of(rule.step(), step)


def refusal_record_due(refused_on: date, *, rulebook: Rulebook | None = None) -> Deadline:
    """The last day to record in writing why reception was refused (TCD-05, NĐ 154/2026: 3 working days)."""
    return deadline_for_rule("reception.refusal_record", refused_on, rulebook=rulebook)


__all__ += ["online_announcement_due", "refusal_record_due"]


# ── added by the December 2026 review (TCD-07, TCD-09…TCD-16) ─────────────────────────────


def public_unit_duty(as_of: date, *, rulebook: Rulebook | None = None) -> Duty:
    """The periodic reception duty of the head of a public service unit (TCD-14, from 2026-07-01).

    >>> public_unit_duty(date(2026, 7, 1)).count
    1
    """
    rule = (rulebook or Rulebook.default()).at(as_of).get("reception.public_unit_head")
    code = str(rule.value)
    per = "month" if code.startswith("m") else "week"
    step = Step.of(
        "reception.duty",
        holder=Term("public_unit_head"),
        level=Term("public_unit"),
        n=int(code[1:]),
        per=Term(f"per_{per}"),
    )
    return Duty("public_unit_head", "unit", int(code[1:]), per, Explanation.of(rule.step(), step))


def reception_board_every_working_day(
    as_of: date, *, rulebook: Rulebook | None = None
) -> tuple[bool, Explanation]:
    """Whether the central and provincial Citizen Reception Boards sit every working day (TCD-13).

    Not in the rulebook before NĐ 154/2026 (2026-07-01): ``RuleError`` says from when.
    """
    rule = (rulebook or Rulebook.default()).at(as_of).get("reception.board_every_working_day")
    return rule.as_bool(), Explanation.of(rule.step())


def may_delegate(as_of: date, *, rulebook: Rulebook | None = None) -> tuple[bool, Explanation]:
    """Whether a head may delegate periodic reception to a deputy (TCD-16: not from 2026-07-01)."""
    rule = (rulebook or Rulebook.default()).at(as_of).get("reception.delegation_allowed")
    return rule.as_bool(), Explanation.of(rule.step())


def ad_hoc_required(
    facts: Iterable[str], as_of: date, *, rulebook: Rulebook | None = None
) -> tuple[bool, tuple[str, ...], Explanation]:
    """Whether a head must receive citizens ad hoc (tiếp đột xuất, TCD-07: Luật TCD Art 18 cl. 3).

    Any one of the listed situations suffices: an acute and complex case, many people, several
    bodies with diverging views, or serious harm if not directed at once. Returns the situations
    found among ``facts``.

    >>> ad_hoc_required(["dong_nguoi"], date(2024, 5, 6))[:2]
    (True, ('dong_nguoi',))
    """
    rule = (rulebook or Rulebook.default()).at(as_of).get("reception.ad_hoc_triggers")
    given = set(facts)
    hit = tuple(c for c in rule.as_codes() if c in given)
    step = Step.of("reception.ad_hoc", required=bool(hit), n=len(hit))
    return bool(hit), hit, Explanation.of(rule.step(), step)


def representatives(
    people: int, as_of: date, *, rulebook: Rulebook | None = None
) -> tuple[tuple[int, int] | None, Explanation]:
    """How many representatives a group on one matter appoints (TCD-10: Luật TCD Art 29).

    Fewer than 5 people: none required (``None``); 5 to 10: 1 or 2; more than 10: more, at most 5
    (read as 3 to 5, since a smaller group already sends up to 2).

    >>> representatives(4, date(2024, 5, 6))[0], representatives(10, date(2024, 5, 6))[0], representatives(11, date(2024, 5, 6))[0]
    (None, (1, 2), (3, 5))
    """
    snap = (rulebook or Rulebook.default()).at(as_of)
    start = snap.get("reception.representatives.group_from")
    small_to = snap.get("reception.representatives.small_group_to")
    small = snap.get("reception.representatives.small_group")
    large = snap.get("reception.representatives.large_group_max")
    rules = (start.step(), small_to.step(), small.step(), large.step())
    span: tuple[int, int] | None
    if people < start.as_int():
        span = None
    elif people <= small_to.as_int():
        span = small.as_range()
    else:
        span = (small.as_range()[1] + 1, large.as_int())
    step = Step.of(
        "reception.representatives",
        people=people,
        low=span[0] if span else 0,
        high=span[1] if span else 0,
    )
    return span, Explanation.of(*rules, step)


def answer_deadline(
    received_on: date, *, relayed: bool = False, rulebook: Rulebook | None = None
) -> Deadline:
    """Last day to answer, or notify in writing, a matter received at a reception (TCD-09).

    10 working days for the receiving officer (Luật TCD Art 28 cl. 1); with ``relayed``, the 5
    working days in which Assembly, council and reception-board bodies pass the result on (cl. 2),
    counted from being told.
    """
    key = "reception.relay_working_days" if relayed else "reception.answer_working_days"
    return deadline_for_rule(key, received_on, rulebook=rulebook)


def schedule_posting_due(
    session_day: date, *, rulebook: Rulebook | None = None, calendar: WorkingCalendar | None = None
) -> tuple[date, Explanation]:
    """The last day to post a head's periodic reception schedule (TCD-11: at least 5 working days ahead).

    >>> schedule_posting_due(date(2024, 5, 10))[0]   # Saturday 4 May 2024 was worked (make-up day)
    datetime.date(2024, 5, 4)
    """
    rule = (rulebook or Rulebook.default()).at(session_day).get("reception.schedule_notice")
    due = (calendar or WorkingCalendar.default()).add_working_days(session_day, -rule.as_int())
    step = Step.of("reception.online_notice", session=session_day, due=due, n=rule.as_int())
    return due, Explanation.of(rule.step(), step)


def connection_test_due(
    session_day: date, *, rulebook: Rulebook | None = None, calendar: WorkingCalendar | None = None
) -> tuple[date, Explanation]:
    """The last day to test the connection before an online session (TCD-15: 1 working day ahead)."""
    rule = (rulebook or Rulebook.default()).at(session_day).get("reception.online_connection_test")
    due = (calendar or WorkingCalendar.default()).add_working_days(session_day, -rule.as_int())
    step = Step.of("reception.online_notice", session=session_day, due=due, n=rule.as_int())
    return due, Explanation.of(rule.step(), step)


__all__ += [
    "ad_hoc_required",
    "answer_deadline",
    "connection_test_due",
    "may_delegate",
    "public_unit_duty",
    "reception_board_every_working_day",
    "representatives",
    "schedule_posting_due",
]
