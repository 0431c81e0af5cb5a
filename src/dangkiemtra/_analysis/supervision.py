"""Tables of supervision: the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dangkiemtra._analysis.frames import frame

if TYPE_CHECKING:
    from dangkiemtra.supervision import SupervisionPlan


def supervision_plan(p: SupervisionPlan, *, cadres: bool = False) -> Any:
    """Cadres per unit; with ``cadres=True`` one row per assignment (cadre identifiers as given)."""
    if cadres:
        rows = [{"year": p.year, "cadre": c, "unit": u} for c, u in p.assignments]
        return frame(rows, {"year": "int", "cadre": "str", "unit": "str"})
    rows2 = [{"year": p.year, "unit": u, "cadres": n} for u, n in p.counts().items()]
    return frame(rows2, {"year": "int", "unit": "str", "cadres": "int"})
