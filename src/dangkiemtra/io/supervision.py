"""Supervision plans (kế hoạch giám sát) as JSON: ``supervision-plan.schema.json``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dangkiemtra._schemas import validate
from dangkiemtra.errors import Problem
from dangkiemtra.io._core import _Checker, _get, _items, _load, _validated
from dangkiemtra.io._json import _p


def supervision_problems(doc: Any) -> list[Problem]:
    """Every schema and semantic problem of a supervision plan (one unit per cadre, known units)."""
    problems = validate(doc, "supervision-plan")
    c = _Checker()
    seen: set[str] = set()
    for i, a in _items(doc, "assignments"):
        cadre = _get(a, "cadre")
        if isinstance(cadre, str) and cadre in seen:
            c.problems.append(
                _p(
                    f"/assignments/{i}/cadre",
                    "assignment.overlap",
                    "mỗi cán bộ chỉ do một đơn vị giám sát",
                    "each cadre supervised by one unit only",
                )
            )
        if isinstance(cadre, str):
            seen.add(cadre)
        units = _get(doc, "units")
        unit = _get(a, "unit")
        if isinstance(units, list) and isinstance(unit, str) and unit not in units:
            c.problems.append(
                _p(
                    f"/assignments/{i}/unit",
                    "reference.unknown",
                    "một đơn vị có trong danh sách units",
                    "a unit listed in units",
                )
            )
    return problems + c.problems


def load_supervision_plan(data: str | bytes | Mapping[str, Any]) -> Any:
    """A supervision plan (``supervision-plan.schema.json``); overlapping assignments are refused."""
    from dangkiemtra.explain import Explanation
    from dangkiemtra.supervision import SupervisionPlan

    return _load(
        data,
        supervision_problems,
        lambda d: SupervisionPlan(
            d["year"],
            tuple(d["units"]),
            tuple((a["cadre"], a["unit"]) for a in d["assignments"]),
            Explanation(),
        ),
    )


@_validated(supervision_problems)
def dump_supervision_plan(plan: Any) -> dict[str, Any]:
    """A supervision plan as JSON."""
    return {
        "format": "dangkiemtra.supervision-plan/1",
        "year": plan.year,
        "units": list(plan.units),
        "assignments": [{"cadre": c, "unit": u} for c, u in plan.assignments],
    }
