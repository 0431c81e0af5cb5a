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
from dangkiemtra.discipline.cases import Appeal, BodyRole, Decision, Form
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Step, Term
from dangkiemtra.periods import Deadline, deadline_for_rule
from dangkiemtra.rulebook import Rulebook, Snapshot

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


# ── the whole appeal path as one answer (issue 12 §1) ────────────────────────────────────

#: The first appeal level above each deciding body (AP-01, AP-05): the committee directly above,
#: or the same level's committee for its own standing committee or inspection commission.
_ABOVE = {
    BodyRole.CHI_BO: BodyRole.DANG_UY_CO_SO,
    BodyRole.BAN_THUONG_VU_CO_SO: BodyRole.DANG_UY_CO_SO,
    BodyRole.UBKT_CO_SO: BodyRole.DANG_UY_CO_SO,
    BodyRole.DANG_UY_CO_SO: BodyRole.CAP_UY_CAP_TREN,
    BodyRole.BAN_THUONG_VU_CAP_TREN: BodyRole.CAP_UY_CAP_TREN,
    BodyRole.UBKT_CAP_TREN: BodyRole.CAP_UY_CAP_TREN,
    BodyRole.CAP_UY_CAP_TREN: BodyRole.CAP_UY_CAP_TREN,
}


@attrs.frozen
class AppealLevel:
    """One level of the appeal path: the body, its place, and its time limits.

    ``window`` is the time to appeal to this level (from receipt of the decision below);
    ``resolution`` the time this level has to resolve (from receipt of the appeal), a
    :class:`Deadline` when the dates are known, else ``None`` with ``resolution_period`` saying
    how long (amount and unit).
    """

    body: str
    place: str
    window: Deadline | None
    resolution: Deadline | None
    resolution_period: tuple[int, str] | None


@attrs.frozen(repr=False)
class AppealPath(_display.Answer):
    """The whole appeal path of a decision: first level, intermediate levels, final level."""

    decision: str
    levels: tuple[AppealLevel, ...]
    final: str
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.appeal_path(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``appeal-path.schema.json``)."""
        return attrs_answer(self, "appeal-path")

    @property
    def first(self) -> AppealLevel:
        """Where the first appeal goes."""
        return self.levels[0]


def appeal_path(
    decision: Decision,
    *,
    appeal: Appeal | None = None,
    cell_is_grassroots: bool = False,
    reading: str | None = None,
    rulebook: Rulebook | None = None,
) -> AppealPath:
    """Where an appeal against ``decision`` goes, level by level, and the time limits at each.

    The first appeal goes to the body directly above the deciding one (for a decision of a
    standing committee or inspection commission: its own committee, QĐ 22 Art 22), then level
    by level (Charter Art 39.7), to the final level for the form (AP-05). The window to appeal
    is counted from the receipt of each decision; each level resolves within its own limit
    (AP-06), counted from the appeal's receipt when ``appeal`` is given. ``cell_is_grassroots``:
    the deciding cell is a chi bộ cơ sở, so the first level is the committee above the grassroots.

    >>> from dangkiemtra.discipline.cases import BodyRole, Decision
    >>> d = Decision("qd1", BodyRole.CHI_BO, "canh_cao", signed_on=date(2023, 1, 10), received_on=date(2023, 1, 12))
    >>> p = appeal_path(d)
    >>> [(lv.body, lv.place) for lv in p.levels]
    [('dang_uy_co_so', 'first'), ('cap_uy_cap_tren', 'intermediate'), ('ubkt_tw', 'final')]
    >>> p.first.window.due, p.levels[1].resolution_period
    (datetime.date(2023, 3, 2), (90, 'working_days'))
    """
    rulebook = rulebook or Rulebook.default()
    snap = rulebook.at(decision.signed_on)
    steps: list[Step] = []
    ladder = snap.get("discipline.appeal.level_by_level")
    steps.append(ladder.step())
    final = final_level(decision, rulebook=rulebook)
    steps.extend(final.explanation.steps)
    window = appeal_window(decision, reading=reading, rulebook=rulebook)
    levels: list[AppealLevel] = []
    if decision.central:
        first_body = final.body
    else:
        first_body = _first_level(decision.body, cell_is_grassroots, snap, steps).value
    below = _period(snap, "discipline.appeal.resolution.below_central", steps)
    central = _period(snap, "discipline.appeal.resolution.central", steps)
    first_resolution = None
    if appeal is not None:
        first_resolution = resolution_deadline(
            appeal, central=first_body == final.body, rulebook=rulebook
        )
    if first_body == final.body:
        levels.append(AppealLevel(first_body, "final", window, first_resolution, central))
    else:
        levels.append(AppealLevel(first_body, "first", window, first_resolution, below))
        if first_body != BodyRole.CAP_UY_CAP_TREN.value:
            levels.append(
                AppealLevel(BodyRole.CAP_UY_CAP_TREN.value, "intermediate", None, None, below)
            )
        levels.append(AppealLevel(final.body, "final", None, None, central))
    steps.append(
        Step.of(
            "discipline.appeal.path",
            first=Term(levels[0].body),
            levels=len(levels),
            final=Term(final.body),
        )
    )
    explanation = Explanation.of(*window.explanation.steps, *steps)
    return AppealPath(decision.id, tuple(levels), final.body, explanation)


def _first_level(
    body: BodyRole, cell_is_grassroots: bool, snap: Snapshot, steps: list[Step]
) -> BodyRole:
    if body is BodyRole.CHI_BO and cell_is_grassroots:
        return BodyRole.CAP_UY_CAP_TREN
    if body in (
        BodyRole.BAN_THUONG_VU_CO_SO,
        BodyRole.UBKT_CO_SO,
        BodyRole.BAN_THUONG_VU_CAP_TREN,
        BodyRole.UBKT_CAP_TREN,
    ):
        try:
            own = snap.get("discipline.appeal.own_commission_first")
            steps.append(own.step())
            if own.as_bool():
                return _ABOVE[body]
        except RuleError:
            pass
        # before QĐ 22 the appeal goes to the level above
        return BodyRole.CAP_UY_CAP_TREN
    return _ABOVE.get(body, BodyRole.CAP_UY_CAP_TREN)


def _period(snap: Snapshot, key: str, steps: list[Step]) -> tuple[int, str] | None:
    try:
        rule = snap.get(key)
    except RuleError as err:
        steps.append(
            Step.of("discipline.who.not_checked", rule=key, since=err.applies_from or snap.day)
        )
        return None
    steps.append(rule.step())
    return (rule.as_int(), rule.unit)


__all__ += ["AppealLevel", "AppealPath", "appeal_path"]
