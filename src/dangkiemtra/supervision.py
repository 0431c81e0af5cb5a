"""Supervision by the Fatherland Front and mass organisations (QĐ 124-QĐ/TW, MTTQ-01): replies and plans.

The competent committee answers the Front within 20 working days of its report (complex: 30).
A supervision plan (the Long Biên Front report of 06-04-2021) assigns the cadres to be supervised to supervising units with no
overlap, balanced, and rotated from one year to the next so that no unit supervises the same
cadre two years running whenever there are two units or more. It is deterministic: the same
input gives the same plan.

>>> plan = assign(["c1", "c2", "c3", "c4"], ["A", "B"], 2024)
>>> plan.unit_of("c1"), plan.unit_of("c2")
('A', 'B')
>>> nxt = assign(["c1", "c2", "c3", "c4"], ["A", "B"], 2025, previous=plan)
>>> nxt.unit_of("c1"), nxt.unit_of("c2")
('B', 'A')
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import attrs

from dangkiemtra import _analysis, _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra.explain import Explanation, Step
from dangkiemtra.periods import Deadline, deadline_for_rule
from dangkiemtra.rulebook import Rulebook

__all__ = ["SupervisionPlan", "assign", "distribute_visits", "reply_deadline"]


def reply_deadline(
    received_on: date, *, complex_case: bool = False, rulebook: Rulebook | None = None
) -> Deadline:
    """The last day for the committee to tell the Front the result of its report (MTTQ-01)."""
    key = "supervision.mttq.reply_complex" if complex_case else "supervision.mttq.reply"
    return deadline_for_rule(key, received_on, rulebook=rulebook)


@attrs.frozen(repr=False)
class SupervisionPlan(_display.Answer):
    """A year's assignment of cadres to supervising units."""

    year: int
    units: tuple[str, ...]
    assignments: tuple[tuple[str, str], ...]
    explanation: Explanation

    def unit_of(self, cadre: str) -> str:
        """The unit that supervises ``cadre``."""
        for c, u in self.assignments:
            if c == cadre:
                return u
        raise LookupError(cadre)

    def counts(self) -> dict[str, int]:
        """Cadres per unit."""
        return {u: sum(1 for _, x in self.assignments if x == u) for u in self.units}

    def _view_(self) -> _display.View:
        return _views.supervision_plan(self)

    def to_pandas(self, *, cadres: bool = False) -> _analysis.DataFrame:
        """Cadres per unit; with ``cadres=True`` a row per assignment (the ids as given)."""
        return _analysis.supervision_plan(self, cadres=cadres)

    def to_json(self) -> dict[str, Any]:
        """The plan as JSON (``supervision-rotation.schema.json``)."""
        out = attrs_answer(self, "supervision-rotation")
        out["assignments"] = [{"cadre": c, "unit": u} for c, u in self.assignments]
        return out


def assign(
    cadres: Iterable[str],
    units: Sequence[str],
    year: int,
    *,
    previous: SupervisionPlan | None = None,
) -> SupervisionPlan:
    """Assign every cadre to exactly one unit, balanced, rotating from ``previous`` when given.

    In the first year cadre *i* (in sorted order) goes to unit *i mod n*. In a later year each
    cadre moves to the unit after last year's, so a pair never repeats in consecutive years
    when there are at least two units, and a balanced plan stays balanced.
    """
    people = sorted(dict.fromkeys(cadres))
    names = tuple(units)
    if not names or len(set(names)) != len(names):
        raise ValueError("units must be distinct and not empty")
    prev = dict(previous.assignments) if previous is not None else {}
    out: list[tuple[str, str]] = []
    steps: list[Step] = []
    for i, cadre in enumerate(people):
        last = prev.get(cadre)
        if last in names:
            unit = names[(names.index(last) + 1) % len(names)]
        else:
            unit = names[i % len(names)]
        out.append((cadre, unit))
        steps.append(
            Step.of(
                "supervision.assign", year=str(year), cadre=cadre, unit=unit, previous=last or "—"
            )
        )
    return SupervisionPlan(year, names, tuple(out), Explanation(tuple(steps)))


def distribute_visits(plan: SupervisionPlan, total: int) -> tuple[dict[str, int], Explanation]:
    """Spread ``total`` supervisions (lượt) over the plan's cadres as evenly as possible; totals per unit.

    >>> plan = assign([f"c{i:03d}" for i in range(104)], ["U1", "U2", "U3", "U4", "U5"], 2020)
    >>> per_unit, _ = distribute_visits(plan, 527)
    >>> sum(per_unit.values()), per_unit
    (527, {'U1': 107, 'U2': 107, 'U3': 106, 'U4': 106, 'U5': 101})
    """
    cadres = [c for c, _ in plan.assignments]
    if not cadres:
        return {u: 0 for u in plan.units}, Explanation()
    base, extra = divmod(total, len(cadres))
    visits = {c: base + (1 if i < extra else 0) for i, c in enumerate(cadres)}
    per_unit = {u: sum(visits[c] for c, x in plan.assignments if x == u) for u in plan.units}
    counts = plan.counts()
    steps = tuple(
        Step.of("supervision.counts", unit=u, cadres=counts[u], visits=per_unit[u])
        for u in plan.units
    )
    return per_unit, Explanation(steps)
