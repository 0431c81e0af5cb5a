"""Tables of organisations: structure checks, counts, statistics, the tree, members."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from dangkiemtra._analysis.frames import DataFrame, _pd, frame
from dangkiemtra._display import get_language

if TYPE_CHECKING:
    from dangkiemtra.organization import Counts, Organization, Statistics, StructureReport


STRUCTURE_COLUMNS = {
    "as_of": "date",
    "rule_id": "str",
    "subject": "str",
    "checked": "bool",
    "ok": "bool",
    "citation": "str",
    "flags": "int",
}


def structure_report(report: StructureReport, failures_only: bool = False) -> Any:
    """One row per check: rule ID, subject (an id), checked, ok, the first citation, flag count."""
    lang = get_language()
    rows = [
        {
            "as_of": report.as_of,
            "rule_id": r.rule_id,
            "subject": r.subject,
            "checked": r.checked,
            "ok": r.ok,
            "citation": r.explanation.citations[0].render(lang)
            if r.explanation.citations
            else None,
            "flags": len(r.explanation.flags),
        }
        for r in report.results
        if not failures_only or not r.ok
    ]
    return frame(rows, STRUCTURE_COLUMNS)


COUNTS_COLUMNS = {"as_of": "date", "members": "int", "official": "int", "probationary": "int"}


def counts(c: Counts) -> Any:
    """One row: the date, members, official, probationary, then one column per kind of organisation."""
    pd = _pd()
    base = frame([attrs_dict(c, COUNTS_COLUMNS)], COUNTS_COLUMNS)
    for kind, n in c.organizations.items():
        base[kind] = pd.Series([n], dtype="int64")
    return base


def attrs_dict(obj: Any, columns: Mapping[str, str]) -> dict[str, Any]:
    """The attributes of ``obj`` named in ``columns``."""
    return {k: getattr(obj, k) for k in columns}


STATISTICS_COLUMNS = {
    "start": "date",
    "end": "date",
    "measure": "str",
    "band": "str",
    "value": "int",
}


def statistics(s: Statistics) -> Any:
    """Long form: one row per measure (members, admitted, …) and per band (age, party age, departure)."""
    rows: list[dict[str, Any]] = []
    for m in ("members", "official", "probationary", "admitted", "transferred_in", "women"):
        rows.append({"measure": m, "band": None, "value": getattr(s, m)})
    for measure, bands in (
        ("departed", s.departed),
        ("age", s.age_bands),
        ("party_age", s.party_age_bands),
    ):
        rows.extend({"measure": measure, "band": b, "value": v} for b, v in bands.items())
    for r in rows:
        r.update(start=s.start, end=s.end)
    return frame(rows, STATISTICS_COLUMNS)


ORGANIZATION_COLUMNS = {
    "as_of": "date",
    "id": "str",
    "kind": "str",
    "name": "str",
    "parent": "str",
    "depth": "int",
    "members": "int",
    "official": "int",
    "probationary": "int",
    "members_in_tree": "int",
}


def organizations(org: Organization, as_of: date) -> Any:
    """One row per organisation of the tree: its own members on ``as_of`` and those of its subtree."""
    rows: list[dict[str, Any]] = []

    def visit(o: Organization, parent: str | None, depth: int) -> int:
        official = sum(1 for m in o.members if m.is_official_on(as_of))
        total = sum(1 for m in o.members if m.is_member_on(as_of))
        row: dict[str, Any] = {
            "as_of": as_of,
            "id": o.id,
            "kind": o.kind.value,
            "name": o.name,
            "parent": parent,
            "depth": depth,
            "members": total,
            "official": official,
            "probationary": total - official,
        }
        rows.append(row)
        row["members_in_tree"] = total + sum(visit(c, o.id, depth + 1) for c in o.children)
        return int(row["members_in_tree"])

    visit(org, None, 0)
    return frame(rows, ORGANIZATION_COLUMNS)


MEMBER_COLUMNS = {
    "as_of": "date",
    "id": "str",
    "organization": "str",
    "gender": "str",
    "official": "bool",
    "admission_date": "date",
    "official_date": "date",
    "party_age": "int",
    "posts": "str",
}
PERSONAL_COLUMNS = {
    "full_name": "str",
    "birth_date": "date",
    "citizen_id": "str",
    "party_card_number": "str",
}


def members(org: Organization, as_of: date, *, personal: bool = False) -> Any:
    """One row per member on the roll on ``as_of``; names, birth dates and ID numbers only with ``personal=True``."""
    rows: list[dict[str, Any]] = []
    for o in org.walk():
        for m in o.members:
            if not m.is_member_on(as_of):
                continue
            row: dict[str, Any] = {
                "as_of": as_of,
                "id": m.id,
                "organization": o.id,
                "gender": m.gender,
                "official": m.is_official_on(as_of),
                "admission_date": m.admission_date,
                "official_date": m.official_date,
                "party_age": m.party_age_on(as_of),
                "posts": ",".join(p.title.value for p in m.posts if p.held_on(as_of)),
            }
            if personal:
                row.update(
                    full_name=m.full_name,
                    birth_date=m.birth_date,
                    citizen_id=m.citizen_id,
                    party_card_number=m.party_card_number,
                )
            rows.append(row)
    return frame(rows, {**MEMBER_COLUMNS, **(PERSONAL_COLUMNS if personal else {})})


STATISTICS_BY_ORG_COLUMNS = {
    "start": "date",
    "end": "date",
    "id": "str",
    "kind": "str",
    "parent": "str",
    "members": "int",
    "official": "int",
    "probationary": "int",
    "admitted": "int",
    "transferred_in": "int",
    "departed": "int",
    "women": "int",
}


def statistics_by_organization(org: Organization, start: date, end: date) -> DataFrame:
    """One row per organisation directly under ``org`` (and ``org`` itself first): its statistics."""
    from dangkiemtra.organization import statistics as stats

    rows = []
    for o, parent in ((org, None), *((c, org.id) for c in org.children)):
        s = stats(o, start, end)
        rows.append(
            {
                "start": start,
                "end": end,
                "id": o.id,
                "kind": o.kind.value,
                "parent": parent,
                "members": s.members,
                "official": s.official,
                "probationary": s.probationary,
                "admitted": s.admitted,
                "transferred_in": s.transferred_in,
                "departed": sum(s.departed.values()),
                "women": s.women,
            }
        )
    return frame(rows, STATISTICS_BY_ORG_COLUMNS)
