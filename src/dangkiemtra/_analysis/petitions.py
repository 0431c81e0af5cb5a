"""Tables of petitions: the register."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dangkiemtra._analysis.frames import frame

if TYPE_CHECKING:
    from dangkiemtra.petitions import RegisterReport


REGISTER_COLUMNS = {
    "as_of": "date",
    "id": "str",
    "kind": "str",
    "system": "str",
    "received": "date",
    "due": "date",
    "status": "str",
    "days_overdue": "int",
}


def register_report(r: RegisterReport) -> Any:
    """One row per petition: kind, system, received, due, status, working days overdue (no sender data)."""
    rows = [
        {
            "as_of": r.as_of,
            "id": x.id,
            "kind": x.kind.value if x.kind is not None else None,
            "system": x.system.value if x.system is not None else None,
            "received": x.received_on,
            "due": x.due,
            "status": x.status,
            "days_overdue": x.overdue_working_days,
        }
        for x in r.rows
    ]
    return frame(rows, REGISTER_COLUMNS)
