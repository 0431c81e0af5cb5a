"""Tables of answers for pandas (``to_pandas()``), behind the optional ``[analysis]`` extra.

pandas is imported on first use; without it every ``to_pandas()`` raises an
:class:`ImportError` that names the extra. Columns are documented in ``docs/analysis.md``;
dates are ``datetime64`` columns, counts ``int64``, percentages ``float64`` (57.58, not
"57.58"), yes/no ``bool``; codes stay codes (``"kiem_tra"``), and text that reads in a
language (citations, terms) follows the display language (:mod:`dangkiemtra.display`).
Personal data never enters a table unless the caller asks for it (``personal=True``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeAlias

from dangkiemtra._display import get_language

if TYPE_CHECKING:
    from dangkiemtra.discipline.report import DisciplineReport
    from dangkiemtra.inspection import GroupIndicator, ProgressReport
    from dangkiemtra.organization import Counts, Organization, Statistics, StructureReport
    from dangkiemtra.petitions import RegisterReport
    from dangkiemtra.rulebook._diff import RulebookDiff
    from dangkiemtra.supervision import SupervisionPlan

__all__ = ["EXTRA", "DataFrame", "Figure", "require"]

#: A ``pandas.DataFrame`` (typed loosely: pandas is an optional extra).
DataFrame: TypeAlias = Any
#: A ``matplotlib.figure.Figure`` (typed loosely: matplotlib is an optional extra).
Figure: TypeAlias = Any

#: The optional extra that brings pandas, matplotlib, openpyxl and icalendar.
EXTRA = "dangkiemtra[analysis]"


def require(module: str, feature: str) -> ModuleType:
    """Import ``module`` for ``feature``, or raise an ``ImportError`` that names the extra."""
    try:
        return importlib.import_module(module)
    except ImportError as err:
        top = module.split(".")[0]
        raise ImportError(
            f"{feature} cần gói '{top}': pip install '{EXTRA}' / "
            f"{feature} needs '{top}': pip install '{EXTRA}'",
            name=top,
        ) from err


def _pd() -> Any:
    return require("pandas", "to_pandas()")


def frame(rows: Sequence[Mapping[str, Any]], columns: Mapping[str, str]) -> DataFrame:
    """A DataFrame of ``rows`` with ``columns`` (name → dtype: int, float, bool, str, date)."""
    pd = _pd()
    data: dict[str, Any] = {}
    for name, kind in columns.items():
        values = [r.get(name) for r in rows]
        if kind == "date":
            data[name] = pd.Series(
                pd.to_datetime(pd.Series(values, dtype="object")), dtype="datetime64[ns]"
            )
        elif kind == "int":
            data[name] = pd.Series(values, dtype="int64")
        elif kind == "Int":  # counts that may be missing
            data[name] = pd.Series(values, dtype="Int64")
        elif kind == "float":
            data[name] = pd.Series(
                [None if v is None else float(v) for v in values], dtype="float64"
            )
        elif kind == "bool":
            data[name] = pd.Series(values, dtype="bool")
        else:
            data[name] = pd.Series(values, dtype="object").astype("string")
    return pd.DataFrame(data, columns=list(columns))


# ── inspection ───────────────────────────────────────────────────────────────────────────

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


# ── organisation ─────────────────────────────────────────────────────────────────────────

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


# ── petitions, discipline, supervision, rulebook ─────────────────────────────────────────

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


def supervision_plan(p: SupervisionPlan, *, cadres: bool = False) -> Any:
    """Cadres per unit; with ``cadres=True`` one row per assignment (cadre identifiers as given)."""
    if cadres:
        rows = [{"year": p.year, "cadre": c, "unit": u} for c, u in p.assignments]
        return frame(rows, {"year": "int", "cadre": "str", "unit": "str"})
    rows2 = [{"year": p.year, "unit": u, "cadres": n} for u, n in p.counts().items()]
    return frame(rows2, {"year": "int", "unit": "str", "cadres": "int"})


DIFF_COLUMNS = {
    "before_day": "date",
    "after_day": "date",
    "key": "str",
    "change": "str",
    "before": "str",
    "after": "str",
    "unit": "str",
    "before_source": "str",
    "after_source": "str",
    "rule_id": "str",
    "citation": "str",
    "confidence": "str",
}
DOCUMENT_COLUMNS = {
    "before_day": "date",
    "after_day": "date",
    "change": "str",
    "id": "str",
    "number": "str",
    "title": "str",
    "in_force_from": "date",
    "in_force_until": "date",
}


def _value_text(v: Any, lang: str) -> str | None:
    if v is None:
        return None
    from dangkiemtra._display import cell

    return cell(v.step().fact("value"), lang)


def rulebook_diff(d: RulebookDiff, what: str = "values") -> Any:
    """One row per changed value (``what="values"``) or per document in or out (``"documents"``)."""
    lang = get_language()
    if what == "documents":
        rows = [
            {
                "change": change,
                "id": s.id,
                "number": s.number,
                "title": s.title_vi if lang == "vi" else s.title_en,
                "in_force_from": s.in_force_from,
                "in_force_until": s.in_force_until,
            }
            for change, sources in (("entered", d.documents_entered), ("left", d.documents_left))
            for s in sources
        ]
        for r in rows:
            r.update(before_day=d.before, after_day=d.after)
        return frame(rows, DOCUMENT_COLUMNS)
    if what != "values":
        raise ValueError("what must be 'values' or 'documents'")
    rows = [
        {
            "before_day": d.before,
            "after_day": d.after,
            "key": c.key,
            "change": c.kind.value,
            "before": _value_text(c.before, lang),
            "after": _value_text(c.after, lang),
            "unit": c.side.unit,
            "before_source": c.before.citation.source if c.before else None,
            "after_source": c.after.citation.source if c.after else None,
            "rule_id": c.citation.rule_id,
            "citation": c.citation.render(lang),
            "confidence": c.side.confidence.value,
        }
        for c in d.values
    ]
    return frame(rows, DIFF_COLUMNS)


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
