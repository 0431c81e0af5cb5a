"""The end of probation and its check for each member (ORG-10, Điều lệ Điều 5).

Within one :func:`~dangkiemtra.organization.check_structure` the end of probation is
counted once per admission date and the day the vote is due once per end of probation,
each through the rulebook entry in force on that member's own days, so a tree of 100,000
members costs as many countings as it has distinct dates. Explanations are built when read.
"""

from __future__ import annotations

from datetime import date

from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Step, Term
from dangkiemtra.organization._results import Checks
from dangkiemtra.organization._tree import Member
from dangkiemtra.periods import Duration, Unit, deadline
from dangkiemtra.rulebook import Counting, Rulebook, RuleValue


def probation_end(admission: date, *, rulebook: Rulebook | None = None) -> tuple[date, Explanation]:
    """The day probation ends: 12 months from the admission ceremony (ORG-10, Điều lệ Điều 5).

    The end of probation is a status date, not a deadline for an act: it is not moved to a
    working day. A ceremony on 31 August ends probation on the last day of the next August:

    >>> probation_end(date(2023, 8, 31))[0]
    datetime.date(2024, 8, 31)
    >>> probation_end(date(2023, 2, 28))[0]
    datetime.date(2024, 2, 28)
    """
    rulebook = rulebook or Rulebook.default()
    rule = rulebook.at(admission).get("org.probation.months")
    d = deadline(
        admission,
        Duration(rule.as_int(), Unit.MONTHS),
        counting=Counting(roll_to_working_day=False),
        rulebook=rulebook,
        extra_steps=(rule.step(),),
        rule_key=rule.key,
    )
    # the last day of the 12 months is the period's end; becoming official is that day
    return d.due, d.explanation


def _why_official(
    why: Explanation, member: str, admitted: date, end: date, official: date
) -> Explanation:
    step = Step.of(
        "org.check.probation_end",
        member=member,
        admitted=admitted,
        probation_end=end,
        official=official,
    )
    return why + Explanation.of(step)


def _why_due(
    rule: RuleValue, member: str, end: date, due: date, as_of: date, state: str
) -> Explanation:
    step = Step.of(
        "org.check.confirmation_due",
        member=member,
        probation_end=end,
        due=due,
        as_of=as_of,
        state=Term(state),
    )
    return Explanation.of(rule.step(), step)


def _why_no_rule(member: str, key: str, day: date) -> Explanation:
    return Explanation.of(Step.of("org.check.no_rule", member=member, key=key, day=day))


class Probation:
    """The ORG-10 check of members on one date, remembering what each date counted to.

    It is also what builds a member's explanation when it is read (``_results.Checks``):
    the same counting, found again in what it remembers.
    """

    def __init__(self, as_of: date, rulebook: Rulebook, calendar: WorkingCalendar) -> None:
        self.as_of = as_of
        self.rulebook = rulebook
        self.calendar = calendar
        self._ends: dict[date, tuple[date, Explanation] | RuleError] = {}
        self._dues: dict[date, tuple[RuleValue, date] | RuleError] = {}
        # before every entry of the probation rule, the rulebook refuses alike (Snapshot.get):
        # the same RuleError, whatever the day, so it is asked once
        try:
            history = rulebook.parameter("org.probation.months").history
        except RuleError:
            history = ()
        self._no_rule_before = min((e.valid_from for e in history), default=None)
        self._early: RuleError | None = None

    def _end(self, admitted: date) -> tuple[date, Explanation] | RuleError:
        found = self._ends.get(admitted)
        if found is None:
            early = self._no_rule_before is not None and admitted < self._no_rule_before
            if early and self._early is not None:
                found = self._early
            else:
                try:
                    found = probation_end(admitted, rulebook=self.rulebook)
                except RuleError as err:
                    found = err
                    if early:
                        self._early = err
            self._ends[admitted] = found
        return found

    def _due(self, end: date) -> tuple[RuleValue, date] | RuleError:
        found = self._dues.get(end)
        if found is None:
            try:
                rule = self.rulebook.at(end).get("org.probation.confirmation_working_days")
                found = (rule, self.calendar.add_working_days(end, rule.as_int()))
            except RuleError as err:
                found = err
            self._dues[end] = found
        return found

    def check(self, members: tuple[Member, ...], out: Checks) -> None:
        """Append the ORG-10 result of each of ``members`` on the roll whose probation is
        recognised or has ended (the hot loop: names bound locally)."""
        as_of, ends, end_of, due_of, add = self.as_of, self._ends, self._end, self._due, out.add
        for m in members:
            dep = m.departure
            if (m.joined_on or m.admission_date) > as_of or (dep is not None and as_of >= dep.date):
                continue  # not on the roll (Member.is_member_on)
            ended = ends.get(m.admission_date) or end_of(m.admission_date)
            if isinstance(ended, RuleError):
                add("ORG-10", m.id, True, self, m, False)
            elif m.official_date is not None:
                add("ORG-10", m.id, m.official_date == ended[0], self, m)
            elif ended[0] <= as_of:
                found = due_of(ended[0])
                if isinstance(found, RuleError):
                    add("ORG-10", m.id, True, self, m, False)
                else:
                    add("ORG-10", m.id, as_of <= found[1], self, m)

    def __call__(self, m: Member) -> Explanation:
        """The explanation of the result :meth:`check` gave ``m``."""
        ended = self._end(m.admission_date)
        if isinstance(ended, RuleError):
            return _why_no_rule(m.id, ended.key, ended.applies_from or self.as_of)
        end, why = ended
        if m.official_date is not None:
            return _why_official(why, m.id, m.admission_date, end, m.official_date)
        found = self._due(end)
        if isinstance(found, RuleError):
            return _why_no_rule(m.id, found.key, found.applies_from or self.as_of)
        rule, due = found
        return _why_due(
            rule, m.id, end, due, self.as_of, "overdue" if self.as_of > due else "pending"
        )
