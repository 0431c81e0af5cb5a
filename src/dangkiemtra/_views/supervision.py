"""The view of a supervision plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dangkiemtra._display import Table, View
from dangkiemtra._views.labels import T
from dangkiemtra.explain import Text

if TYPE_CHECKING:
    from dangkiemtra.supervision import SupervisionPlan


def supervision_plan(p: SupervisionPlan) -> View:
    """Cadres per unit; the cadres themselves are not listed (they are people)."""
    c = p.counts()
    return View(
        title=Text(f"Kế hoạch giám sát năm {p.year}", f"Supervision plan {p.year}"),
        headline=Text(
            f"{len(p.assignments)} cán bộ, {len(p.units)} đơn vị",
            f"{len(p.assignments)} cadres, {len(p.units)} units",
        ),
        summary=(("year", p.year), ("units", len(p.units)), ("cadres", len(p.assignments))),
        flags=p.explanation.flags,
        tables=(
            Table.of(
                T("Theo đơn vị", "By unit"),
                (T("Đơn vị", "Unit"), T("Số cán bộ", "Cadres")),
                c.items(),
            ),
        ),
        explanation=p.explanation,
    )
