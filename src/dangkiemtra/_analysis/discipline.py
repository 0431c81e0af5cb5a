"""Tables of discipline: the year's report."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dangkiemtra._analysis.frames import frame

if TYPE_CHECKING:
    from dangkiemtra.discipline.report import DisciplineReport


DISCIPLINE_COLUMNS = {
    "year": "int",
    "as_of": "date",
    "measure": "str",
    "form": "str",
    "count": "int",
}


def discipline_report(r: DisciplineReport) -> Any:
    """Long form: members disciplined by form, then suspended, mandatory suspensions, inconsistent cases."""
    rows: list[dict[str, Any]] = [
        {"measure": "disciplined", "form": form, "count": n} for form, n in r.disciplined.items()
    ]
    rows += [
        {"measure": "suspended", "form": None, "count": r.suspended},
        {"measure": "mandatory_suspension", "form": None, "count": r.mandatory},
        {"measure": "inconsistent", "form": None, "count": len(r.inconsistent)},
    ]
    for row in rows:
        row.update(year=r.year, as_of=r.as_of)
    return frame(rows, DISCIPLINE_COLUMNS)
