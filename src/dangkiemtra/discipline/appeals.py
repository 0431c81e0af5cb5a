"""Disciplinary appeals (khiếu nại kỷ luật, AP-01…AP-07): window, admissibility, final level, deadlines.

The window is "within one month" in the Charter, read as 30 working days until QĐ 296, whose
"30 ngày" has an unclear unit: both readings are available and the default is flagged.

>>> from datetime import date
>>> from dangkiemtra.discipline.cases import BodyRole, Decision
>>> d = Decision("qd1", BodyRole.CHI_BO, "canh_cao", signed_on=date(2023, 1, 10), received_on=date(2023, 1, 12))
>>> appeal_window(d).due   # 30 working days; the Tết Quý Mão days off are not counted
datetime.date(2023, 3, 2)
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra._messages import TERMS as _TERMS
from dangkiemtra.discipline.cases import Appeal, Decision, Form
from dangkiemtra.explain import Explanation, Step, Term
from dangkiemtra.periods import Deadline, deadline_for_rule
from dangkiemtra.rulebook import Rulebook

__all__ = [
    "AppealCheck",
    "FinalLevel",
    "admissibility",
    "appeal_window",
    "final_level",
    "resolution_deadline",
]


def _start(decision: Decision) -> date:
    return decision.received_on or decision.announced_on or decision.signed_on


def appeal_window(
    decision: Decision,
    *,
    reading: str | None = None,
    refuse_ambiguous: bool = False,
    rulebook: Rulebook | None = None,
) -> Deadline:
    """The last day to appeal ``decision``, counted from its receipt (AP-02)."""
    return deadline_for_rule(
        "discipline.appeal.window",
        _start(decision),
        reading=reading,
        refuse_ambiguous=refuse_ambiguous,
        rulebook=rulebook,
    )


@attrs.frozen(repr=False)
class AppealCheck(_display.Answer):
    """Whether an appeal is accepted, the reasons when not, and the window used."""

    accepted: bool
    reasons: tuple[str, ...]
    window: Deadline
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.appeal_check(self)
    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``appeal-check.schema.json``)."""
        return attrs_answer(self, "appeal-check")


def admissibility(
    appeal: Appeal,
    decision: Decision,
    *,
    reading: str | None = None,
    rulebook: Rulebook | None = None,
) -> AppealCheck:
    """Check ``appeal`` against the cases not accepted (AP-03) and the window (AP-02).

    The caller records the facts (``appeal.facts``: codes such as ``khieu_nai_ho``); the window and
    the receipt of the decision are checked from the dates.
    """
    rulebook = rulebook or Rulebook.default()
    rule = rulebook.at(appeal.filed_on).get("discipline.appeal.not_accepted")
    listed = rule.as_codes()
    window = appeal_window(decision, reading=reading, rulebook=rulebook)
    found = [c for c in appeal.facts if c in listed]
    if appeal.filed_on > window.due and "qua_thoi_han" in listed:
        found.append("qua_thoi_han")
    if (
        decision.received_on is not None
        and appeal.filed_on < decision.received_on
        and "chua_nhan_quyet_dinh" in listed
    ):
        found.append("chua_nhan_quyet_dinh")
    reasons = tuple(dict.fromkeys(found))
    ignored = [c for c in appeal.facts if c not in listed]
    steps = [
        rule.step(),
        Step.of(
            "discipline.appeal.window", filed=appeal.filed_on, due=window.due, flags=window.flags
        ),
    ]
    steps += [
        Step.of("discipline.appeal.reason", reason=Term(c) if c in _TERMS else c) for c in reasons
    ]
    steps += [
        Step.of("discipline.appeal.fact_not_listed", fact=Term(c) if c in _TERMS else c)
        for c in ignored
    ]
    steps.append(Step.of("discipline.appeal.verdict", accepted=not reasons))
    return AppealCheck(not reasons, reasons, window, Explanation(tuple(steps)))


@attrs.frozen(repr=False)
class FinalLevel(_display.Answer):
    """The final level of appeal for a decision (AP-05)."""

    body: str
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.final_level(self)
    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``appeal-final-level.schema.json``)."""
        return attrs_answer(self, "appeal-final-level")


def final_level(decision: Decision, *, rulebook: Rulebook | None = None) -> FinalLevel:
    """Who finally resolves an appeal against ``decision``: UBKT TW, Ban Bí thư or BCH TW (AP-05)."""
    rule = (
        (rulebook or Rulebook.default()).at(decision.signed_on).get("discipline.appeal.final_level")
    )
    light, expulsion, central = rule.as_codes()
    body = central if decision.central else (expulsion if decision.form is Form.KHAI_TRU else light)
    step = Step.of(
        "discipline.appeal.final_level",
        form=Term(decision.form.value),
        body=Term(body),
        central=decision.central,
    )
    return FinalLevel(body, Explanation.of(rule.step(), step))


def resolution_deadline(
    appeal: Appeal, *, central: bool = False, rulebook: Rulebook | None = None
) -> Deadline:
    """The last day to resolve ``appeal`` from its receipt (AP-06): 90 / 180 working days under QĐ 30."""
    key = (
        "discipline.appeal.resolution.central"
        if central
        else "discipline.appeal.resolution.below_central"
    )
    return deadline_for_rule(key, appeal.received_on or appeal.filed_on, rulebook=rulebook)
