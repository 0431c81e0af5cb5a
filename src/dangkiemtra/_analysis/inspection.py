"""Tables of inspection answers: programme and group indicators, units."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from dangkiemtra._analysis.frames import DataFrame, frame

if TYPE_CHECKING:
    from dangkiemtra.inspection import GroupIndicator, ProgressReport


PROGRESS_COLUMNS = {
    "as_of": "date",
    "level": "str",
    "programme": "str",
    "group": "str",
    "kind": "str",
    "planned": "int",
    "done": "int",
    "percent": "float",
    "planned_organizations": "Int",
    "planned_members": "Int",
    "done_organizations": "Int",
    "done_members": "Int",
}
UNIT_COLUMNS = {
    "as_of": "date",
    "group": "str",
    "organization": "str",
    "body": "str",
    "has_plan": "bool",
    "planned": "int",
    "done": "int",
    "percent": "float",
    "activities": "int",
    "acted": "bool",
}


def progress_report(report: ProgressReport, by: str = "indicator") -> Any:
    """One row per programme target and per group indicator, or (``by="unit"``) per unit."""
    if by == "unit":
        return units(report.groups, report.as_of)
    if by != "indicator":
        raise ValueError("by must be 'indicator' or 'unit'")
    rows: list[dict[str, Any]] = []
    for prog, fs in report.programmes:
        for f in fs:
            by_orgs = bool(f.planned_organizations)
            rows.append(
                {
                    "as_of": report.as_of,
                    "level": "programme",
                    "programme": prog.id,
                    "group": None,
                    "kind": f.kind.value,
                    "planned": f.planned_organizations if by_orgs else f.planned_members,
                    "done": f.done_organizations if by_orgs else f.done_members,
                    "percent": f.percent,
                    "planned_organizations": f.planned_organizations,
                    "planned_members": f.planned_members,
                    "done_organizations": f.done_organizations,
                    "done_members": f.done_members,
                }
            )
    for g in report.groups:
        rows.append(
            {
                "as_of": report.as_of,
                "level": "group",
                "programme": None,
                "group": g.group.value,
                "kind": None,
                "planned": g.planned,
                "done": g.done,
                "percent": g.percent,
            }
        )
    return frame(rows, PROGRESS_COLUMNS)


def units(groups: Iterable[GroupIndicator], as_of: date | None) -> DataFrame:
    """One row per unit of each group indicator."""
    rows = [
        {
            "as_of": as_of,
            "group": g.group.value,
            "organization": u.organization,
            "body": u.body.value,
            "has_plan": u.has_plan,
            "planned": u.planned,
            "done": u.done,
            "percent": u.percent,
            "activities": u.activities,
            "acted": u.acted,
        }
        for g in groups
        for u in g.units
    ]
    return frame(rows, UNIT_COLUMNS)
