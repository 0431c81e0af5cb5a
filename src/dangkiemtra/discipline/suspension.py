"""Suspension (đình chỉ, SU-01…SU-05): mandatory cases, who suspends, how long, when it ends.

Durations changed unit and length: 90 working days, at most 180 (QĐ 30); 90 days, at most
180 (QĐ 22, plain "ngày"); 90 days plus one extension of at most 30 (QĐ 21, reported-low). A
suspension is a state, not a deadline for an act: its end is never moved to a working day.

>>> from datetime import date
>>> from dangkiemtra.discipline.cases import Suspension
>>> s = Suspension("s1", "dv1", "sinh_hoat_dang", start=date(2026, 5, 4), grounds=("tam_giam",), extensions=(30,))
>>> t = suspension_term(s)
>>> t.base_end, t.ends_on, t.latest_end, t.lawful
(datetime.date(2026, 8, 2), datetime.date(2026, 9, 1), datetime.date(2026, 9, 1), True)
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra.discipline.authority import authority
from dangkiemtra.discipline.cases import BodyRole, Form, Subject, Suspension, SuspensionKind
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Flag, Step, Term
from dangkiemtra.periods import Deadline, Duration, Unit, deadline, deadline_for_rule
from dangkiemtra.rulebook import Counting, Rulebook, RuleValue, Snapshot

__all__ = [
    "SuspensionTerm",
    "legal_notice_deadline",
    "may_suspend",
    "suspension_required",
    "suspension_term",
]


@attrs.frozen(repr=False)
class SuspensionTerm(_display.Answer):
    """The end of a suspension with its extensions, the latest lawful end, and whether it keeps within them."""

    base_end: date
    ends_on: date
    latest_end: date
    lawful: bool
    explanation: Explanation
    follows_proceedings: bool = False

    def _view_(self) -> _display.View:
        return _views.suspension_term(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``suspension-term.schema.json``)."""
        return attrs_answer(self, "suspension-term")


def suspension_term(
    suspension: Suspension,
    *,
    proceedings_end: date | None = None,
    extended_on: date | None = None,
    rulebook: Rulebook | None = None,
) -> SuspensionTerm:
    """When ``suspension`` ends (SU-03, SU-01-2026), read as of its start.

    A member suspended because indicted, prosecuted or detained stays suspended as long as the
    criminal proceedings run, with their extensions (QĐ 30 Art 40, QĐ 22 Art 31 cl. 2): the
    general maximum does not cap it. ``proceedings_end`` is the last day of the proceedings'
    current term, when known; the answer then judges the suspension against it, and otherwise
    says that the proceedings' own term is the limit.

    ``extended_on`` is the day the extension was decided: the limits on extensions (the
    maximum in all and the number allowed) are those in force that day, so an extension
    decided after a successor took effect uses the successor's limits, and the answer says so.
    """
    rulebook = rulebook or Rulebook.default()
    snap = rulebook.at(suspension.start)
    limits_on = (
        extended_on if extended_on is not None and suspension.extensions else suspension.start
    )
    base = deadline_for_rule("discipline.suspension.duration", suspension.start, rulebook=rulebook)
    max_key = (
        "discipline.suspension.organization_max"
        if suspension.kind is SuspensionKind.ORGANIZATION
        else "discipline.suspension.max_total"
    )
    latest = deadline_for_rule(max_key, suspension.start, as_of=limits_on, rulebook=rulebook)
    count_rule = rulebook.at(limits_on).get("discipline.suspension.max_extensions")
    steps = [*base.explanation.steps, *latest.explanation.steps, count_rule.step()]
    if (
        limits_on != suspension.start
        and latest.explanation.citations[0] != snap.get(max_key).citation
    ):
        steps.append(
            Step.of(
                "discipline.suspension.successor_limits",
                citations=(snap.get(max_key).citation, latest.explanation.citations[0]),
                flags=(Flag("regime_crossing", max_key, latest.explanation.citations[0].source),),
                decided=limits_on,
            )
        )
    ends = base.due
    extra = sum(suspension.extensions)
    if extra:
        ext = deadline(
            base.due,
            Duration(extra, base.duration.unit),
            as_of=suspension.start,
            counting=Counting(roll_to_working_day=False),
            rulebook=rulebook,
        )
        ends = ext.due
        steps.append(
            Step.of(
                "discipline.suspension.extended",
                n=len(suspension.extensions),
                days=extra,
                unit=Term(_unit_term(base.duration.unit)),
                end=ends,
            )
        )
    too_many = count_rule.as_int() > 0 and len(suspension.extensions) > count_rule.as_int()
    lawful = ends <= latest.due and not too_many
    latest_end = latest.due
    criminal = _follows_proceedings(suspension, snap)
    if criminal is not None:
        follows, grounds = criminal
        steps += [follows.step(), grounds.step()]
        latest_end = proceedings_end or ends
        lawful = ends <= latest_end
        steps.append(
            Step.of(
                "discipline.suspension.proceedings",
                known=proceedings_end is not None,
                end=latest_end,
            )
        )
    if suspension.lifted_on is not None and suspension.lifted_on < ends:
        ends = suspension.lifted_on
        steps.append(Step.of("discipline.suspension.lifted", day=ends))
    steps.append(
        Step.of("discipline.suspension.verdict", end=ends, latest=latest_end, lawful=lawful)
    )
    return SuspensionTerm(
        base.due,
        ends,
        latest_end,
        lawful,
        Explanation(tuple(steps)),
        follows_proceedings=criminal is not None,
    )


def _follows_proceedings(
    suspension: Suspension, snap: Snapshot
) -> tuple[RuleValue, RuleValue] | None:
    """The two rules that make a criminal-ground suspension follow the proceedings, if they apply."""
    if suspension.kind is SuspensionKind.ORGANIZATION:
        return None
    try:
        follows = snap.get("discipline.suspension.criminal_follows_proceedings")
        grounds = snap.get("discipline.suspension.criminal_grounds")
    except RuleError:  # before QĐ 30: not in the rulebook
        return None
    if not follows.as_bool() or not set(suspension.grounds) & set(grounds.as_codes()):
        return None
    return follows, grounds


def _unit_term(unit: Unit) -> str:
    return "working_days_term" if unit is Unit.WORKING_DAYS else "days_term"


def suspension_required(
    grounds: tuple[str, ...], kind: SuspensionKind, as_of: date, *, rulebook: Rulebook | None = None
) -> tuple[bool, Explanation]:
    """Whether the recorded ``grounds`` make a suspension of ``kind`` mandatory on ``as_of`` (SU-01)."""
    snap = (rulebook or Rulebook.default()).at(as_of)
    key = (
        "discipline.suspension.committee_cases"
        if kind is SuspensionKind.COMMITTEE_ACTIVITY
        else "discipline.suspension.mandatory_cases"
    )
    rule = snap.get(key)
    hit = [g for g in grounds if g in rule.as_codes()]
    step = Step.of("discipline.suspension.required", kind=Term(kind.value), required=bool(hit))
    return bool(hit), Explanation.of(rule.step(), step)


def may_suspend(
    body: BodyRole,
    subject: Subject,
    as_of: date,
    *,
    rulebook: Rulebook | None = None,
    **kwargs: bool,
) -> tuple[bool, Explanation]:
    """Whether ``body`` may suspend ``subject``: the body competent to expel suspends (SU-02)."""
    rulebook = rulebook or Rulebook.default()
    rule = rulebook.at(as_of).get("discipline.suspension.authority_follows")
    answer = authority(body, subject, Form(str(rule.value)), as_of, rulebook=rulebook, **kwargs)
    return answer.decides, Explanation.of(rule.step()) + answer.explanation


def legal_notice_deadline(
    notified_event_on: date, *, reading: str | None = None, rulebook: Rulebook | None = None
) -> Deadline:
    """The last day for a prosecuting authority to notify the managing committee (SU-04: 3 days)."""
    return deadline_for_rule(
        "discipline.suspension.legal_notice_days",
        notified_event_on,
        reading=reading,
        rulebook=rulebook,
    )
