"""Procedure (PR-01…PR-07): hearing, when a decision takes effect, handing over and announcing, the freeze.

Until 10 April 2026 a decision takes effect when it is announced (Charter Art 39.6); from QĐ 21
(11 April 2026) on signing, except decisions within the cell's competence, which still take
effect on announcement (PR-01-2026, reported-low).

A procedure whose steps straddle a change of document says so: a decision signed under one
document and announced after its successor took effect takes effect under the document in force
at signing, and the answer cites both and carries a ``regime_crossing`` flag; a step that starts
after the change (the hand-over, counted from the announcement) is counted under the successor's
limit, again citing both and flagged. A procedure that starts on or after the successor's first
day is simply the successor's.

>>> from datetime import date
>>> from dangkiemtra.discipline.cases import BodyRole, Decision
>>> d = Decision("qd1", BodyRole.UBKT_CAP_TREN, "canh_cao", signed_on=date(2026, 5, 4), announced_on=date(2026, 5, 8))
>>> effective_date(d).effective_on
datetime.date(2026, 5, 4)
>>> effective_date(Decision("qd0", BodyRole.UBKT_CAP_TREN, "canh_cao", signed_on=date(2025, 5, 4),
...                         announced_on=date(2025, 5, 8))).effective_on
datetime.date(2025, 5, 8)
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra._messages import TERMS
from dangkiemtra.discipline.cases import BodyRole, Decision, DisciplineCase
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, FactValue, Flag, Step, Term, Text
from dangkiemtra.periods import Deadline, deadline_for_rule
from dangkiemtra.periods._rules import value_text
from dangkiemtra.rulebook import Rulebook, RuleValue

__all__ = [
    "EffectAnswer",
    "FreezeAnswer",
    "announcement_deadline",
    "effective_date",
    "freeze",
    "handover_deadline",
    "hearing_required",
]


@attrs.frozen(repr=False)
class EffectAnswer(_display.Answer):
    """The day a decision takes effect (``None`` while the event has not happened)."""

    effective_on: date | None
    event: str
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.effect(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``effect.schema.json``)."""
        return attrs_answer(self, "effect")


def effective_date(decision: Decision, *, rulebook: Rulebook | None = None) -> EffectAnswer:
    """When ``decision`` takes effect: on announcement or on signing, by era and body (PR-02, PR-01-2026)."""
    snap = (rulebook or Rulebook.default()).at(decision.signed_on)
    key = (
        "discipline.effect.cell_event"
        if decision.body is BodyRole.CHI_BO
        else "discipline.effect.event"
    )
    rule = snap.get(key)
    event = str(rule.value)
    day = decision.signed_on if event == "signing" else decision.announced_on
    step = (
        Step.of("discipline.effect", event=Term(event), day=day)
        if day
        else Step.of("discipline.effect.pending", event=Term(event))
    )
    steps = [rule.step(), step]
    if day is not None:
        crossing = _crossing(
            "discipline.procedure.crossing.kept",
            rule,
            day,
            rulebook or Rulebook.default(),
            event=Term(event),
        )
        steps.extend(() if crossing is None else (crossing,))
    return EffectAnswer(day, event, Explanation.of(*steps))


def _crossing(
    code: str, rule: RuleValue, day: date, rulebook: Rulebook, **facts: FactValue
) -> Step | None:
    """A step ``code`` citing ``rule`` and the entry in force on ``day`` when ``day``, a later
    step of the procedure, falls after ``rule``'s entry gave way. The later entry is the one in
    force on ``day`` (the one whose limit is counted), not merely the next one: a procedure may
    outlive two changes of document."""
    if rule.valid_until is None or day <= rule.valid_until:
        return None
    later = rulebook.parameter(rule.key).entry_on(day)
    if later is None:
        return None
    text = value_text(later.value)
    value: FactValue = Term(text) if text in TERMS else Text(text, text)
    return Step.of(
        code,
        citations=(rule.citation, later.citation),
        flags=(Flag("regime_crossing", rule.key, later.citation.source),),
        until=rule.valid_until,
        successor_from=later.valid_from,
        successor_value=value,
        day=day,
        **facts,
    )


def handover_deadline(
    decision: Decision,
    *,
    reading: str | None = None,
    refuse_ambiguous: bool = False,
    rulebook: Rulebook | None = None,
) -> Deadline:
    """The last day the cell may hand the written decision to the member (PR-03; QĐ 30: 10 days).

    The period runs from the announcement under the rule in force then; when the decision was
    signed under an earlier document, the answer cites both and carries ``regime_crossing``.
    """
    key = "discipline.handover.cell_days"
    start = decision.announced_on or decision.signed_on
    answer = deadline_for_rule(
        key, start, reading=reading, refuse_ambiguous=refuse_ambiguous, rulebook=rulebook
    )
    rulebook = rulebook or Rulebook.default()
    try:
        at_signing = rulebook.at(decision.signed_on).get(key)
    except RuleError:  # signed before any such rule: the count from announcement stands alone
        return answer
    crossing = _crossing("discipline.procedure.crossing.successor", at_signing, start, rulebook)
    if crossing is None:
        return answer
    return attrs.evolve(answer, explanation=answer.explanation + Explanation.of(crossing))


def announcement_deadline(
    decision: Decision,
    *,
    reading: str | None = None,
    refuse_ambiguous: bool = False,
    rulebook: Rulebook | None = None,
) -> Deadline:
    """The last day a signed decision may be announced (PR-03; QĐ 30: 15 days from signing)."""
    return deadline_for_rule(
        "discipline.announce.days",
        decision.signed_on,
        reading=reading,
        refuse_ambiguous=refuse_ambiguous,
        rulebook=rulebook,
    )


def hearing_required(as_of: date, *, rulebook: Rulebook | None = None) -> Explanation:
    """The rule that the member is heard before the decision (PR-01), as a cited explanation."""
    rule = (rulebook or Rulebook.default()).at(as_of).get("discipline.hearing_required")
    return Explanation.of(rule.step())


@attrs.frozen(repr=False)
class FreezeAnswer(_display.Answer):
    """Whether the member is frozen (no transfer, appointment, award …) on a day, and from which acts."""

    frozen: bool
    actions: tuple[str, ...]
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.freeze(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``freeze.schema.json``)."""
        return attrs_answer(self, "freeze")


def freeze(case: DisciplineCase, day: date, *, rulebook: Rulebook | None = None) -> FreezeAnswer:
    """The freeze while discipline is considered (PR-06): from opening until the decision takes effect."""
    rulebook = rulebook or Rulebook.default()
    try:
        rule = rulebook.at(day).get("discipline.freeze_while_considered")
    except RuleError as err:
        step = Step.of("discipline.freeze.no_rule", since=err.applies_from or day)
        return FreezeAnswer(False, (), Explanation.of(step))
    end = effective_date(case.decision, rulebook=rulebook).effective_on if case.decision else None
    under = case.opened_on <= day and (end is None or day < end)
    actions = rule.as_codes() if under else ()
    step = Step.of("discipline.freeze", day=day, opened=case.opened_on, frozen=under)
    return FreezeAnswer(under, actions, Explanation.of(rule.step(), step))
