"""Consequences and the state side (CQ-01…CQ-04, ST-01…ST-03): lapse, bars, duties between state and party.

A decision other than khai trừ or giải tán lapses 12 months after its announcement (or after
the appeal decision's), if there is no new violation. When an appeal *changes* the form, the
time already served counts (HD 05): the 12 months run from the original announcement; when
it *upholds* the form, from the appeal decision's announcement (CQ-01 (a), flagged).

>>> from datetime import date
>>> from dangkiemtra.discipline.cases import BodyRole, Decision
>>> d = Decision("qd1", BodyRole.CHI_BO, "canh_cao", signed_on=date(2023, 3, 1), announced_on=date(2023, 3, 10))
>>> lapse(d).lapses_on
datetime.date(2024, 3, 10)
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra.discipline.cases import Appeal, AppealOutcome, Decision, Form
from dangkiemtra.discipline.procedure import effective_date
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Flag, Step, Term
from dangkiemtra.periods import Deadline, deadline_for_rule
from dangkiemtra.rulebook import Rulebook

__all__ = ["LapseAnswer", "cach_chuc_bar", "lapse", "state_bar", "state_duties"]


@attrs.frozen(repr=False)
class LapseAnswer(_display.Answer):
    """The day a decision stops having effect (``None``: it does not lapse on its own)."""

    lapses_on: date | None
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.lapse(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``lapse.schema.json``)."""
        return attrs_answer(self, "lapse")


def lapse(
    decision: Decision,
    *,
    appeal: Appeal | None = None,
    new_violation_on: date | None = None,
    reading: str | None = None,
    rulebook: Rulebook | None = None,
) -> LapseAnswer:
    """When ``decision`` ceases to have effect (CQ-01, CQ-01-2026)."""
    rulebook = rulebook or Rulebook.default()
    start = (
        decision.announced_on
        or effective_date(decision, rulebook=rulebook).effective_on
        or decision.signed_on
    )
    snap = rulebook.at(start)
    excluded = snap.get("discipline.lapse.excluded_forms")
    form = decision.form
    steps: list[Step] = []
    if appeal is not None and appeal.outcome is AppealOutcome.ANNULLED:
        return LapseAnswer(None, Explanation.of(Step.of("discipline.lapse.annulled")))
    if (
        appeal is not None
        and appeal.outcome is AppealOutcome.CHANGED
        and appeal.new_form is not None
    ):
        form = appeal.new_form
        steps.append(
            Step.of(
                "discipline.lapse.changed",
                form=Term(form.value),
                start=start,
                flags=(Flag("ambiguous_default", "discipline.lapse.after_appeal", "changed"),),
            )
        )
    elif (
        appeal is not None
        and appeal.outcome is AppealOutcome.UPHELD
        and appeal.announced_on is not None
    ):
        start = appeal.announced_on
        steps.append(
            Step.of(
                "discipline.lapse.upheld",
                start=start,
                flags=(Flag("ambiguous_default", "discipline.lapse.after_appeal", "upheld"),),
            )
        )
    if form.value in excluded.as_codes():
        steps += [excluded.step(), Step.of("discipline.lapse.never", form=Term(form.value))]
        return LapseAnswer(None, Explanation(tuple(steps)))
    period = deadline_for_rule("discipline.lapse.months", start, reading=reading, rulebook=rulebook)
    steps += list(period.explanation.steps)
    if new_violation_on is not None and new_violation_on < period.due:
        steps.append(
            Step.of(
                "discipline.lapse.new_violation",
                day=new_violation_on,
                flags=(
                    Flag(
                        "ambiguous_default", "discipline.lapse.new_violation", "no_automatic_lapse"
                    ),
                ),
            )
        )
        return LapseAnswer(None, Explanation(tuple(steps)))
    return LapseAnswer(period.due, Explanation(tuple(steps)))


def cach_chuc_bar(
    decision: Decision, *, reading: str | None = None, rulebook: Rulebook | None = None
) -> Deadline:
    """The last day a removed member may not be elected or appointed to an equal or higher post (CQ-02)."""
    if decision.form is not Form.CACH_CHUC:
        raise RuleError(
            "the one-year bar follows only cách chức", key="discipline.cach_chuc.bar_years"
        )
    return deadline_for_rule(
        "discipline.cach_chuc.bar_years", decision.signed_on, reading=reading, rulebook=rulebook
    )


def state_bar(heavy: bool, effective_on: date, *, rulebook: Rulebook | None = None) -> Deadline:
    """The state-side bar for an official (CQ-03): 12 months (light forms) or 24 (demotion, removal)."""
    key = "state.bar.months.heavy" if heavy else "state.bar.months.light"
    return deadline_for_rule(key, effective_on, rulebook=rulebook)


def state_duties(
    decision: Decision, *, reading: str | None = None, rulebook: Rulebook | None = None
) -> tuple[Deadline, ...]:
    """The duties after a party decision (ST-02): state bodies consider within 30 working days
    (QĐ 102 to QĐ 22), or the party organisation directs within 5 days (QĐ 296 on)."""
    start = effective_date(decision, rulebook=rulebook).effective_on or decision.signed_on
    out = []
    for key in ("discipline.state.follow_up", "discipline.state.party_directs"):
        try:
            out.append(deadline_for_rule(key, start, reading=reading, rulebook=rulebook))
        except RuleError:
            continue
    return tuple(out)


def state_notice_deadline(
    state_decision_on: date, *, reading: str | None = None, rulebook: Rulebook | None = None
) -> Deadline:
    """The last day for a state body to notify the party of its own suspension or discipline (ST-03)."""
    return deadline_for_rule(
        "discipline.state.notice_to_party", state_decision_on, reading=reading, rulebook=rulebook
    )


__all__ += ["state_notice_deadline"]


@attrs.frozen(repr=False)
class CriminalSentenceAnswer(_display.Answer):
    """Whether a court sentence requires expulsion (MEM-18, PR-03-2026), with its caveats."""

    expulsion_required: bool
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.criminal_sentence(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``criminal-sentence.schema.json``)."""
        return attrs_answer(self, "criminal-sentence")


def criminal_sentence(
    sentenced_on: date, *, rulebook: Rulebook | None = None
) -> CriminalSentenceAnswer:
    """What a member's criminal sentence requires: khai trừ, read as of the judgment (MEM-18).

    The rule is usually stated (a member sentenced by a court, at least to a non-custodial
    sentence, is expelled) but its wording in QĐ 102 / QĐ 69 was not read, so the answer is
    always flagged ``unconfirmed``; QĐ 21 (2026) is reported to expel on a prison sentence.
    The competent body is the one that may expel (see ``who_decides``).

    >>> criminal_sentence(date(2023, 5, 4)).expulsion_required
    True
    """
    rule = (
        (rulebook or Rulebook.default())
        .at(sentenced_on)
        .get("discipline.criminal_sentence.expulsion")
    )
    step = Step.of("discipline.criminal_sentence", sentenced=sentenced_on, required=rule.as_bool())
    return CriminalSentenceAnswer(rule.as_bool(), Explanation.of(rule.step(), step))


__all__ += ["CriminalSentenceAnswer", "criminal_sentence"]
