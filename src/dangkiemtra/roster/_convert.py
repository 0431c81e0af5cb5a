"""Between the object path and the tables: an :class:`Organization` as rows, and back."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from dangkiemtra.organization import (
    Body,
    Departure,
    Member,
    Organization,
    Post,
    StructuralException,
)
from dangkiemtra.roster._engine import pl
from dangkiemtra.roster._tables import TABLES, empty_table


def _frame(name: str, rows: dict[str, list[Any]]) -> pl.DataFrame:
    if not next(iter(rows.values())):
        return empty_table(name)
    return pl.DataFrame(rows, schema=empty_table(name).schema)


def _append(rows: dict[str, list[Any]], **values: Any) -> None:
    for k, v in values.items():
        rows[k].append(v)


def organization_tables(org: Organization) -> dict[str, pl.DataFrame]:
    """The five tables of ``org``'s tree, organisations in walk order, members in roll order.

    The tables hold the caller's own data and so include members' personal fields.
    """
    cols: dict[str, dict[str, list[Any]]] = {
        name: {c.name: [] for c in columns} for name, columns in TABLES.items()
    }
    o_rows, b_rows, e_rows = cols["organizations"], cols["bodies"], cols["exceptions"]
    m_rows, p_rows = cols["members"], cols["posts"]
    stack: list[tuple[Organization, str | None]] = [(org, None)]
    while stack:
        o, parent = stack.pop()
        o_rows["id"].append(o.id)
        o_rows["parent"].append(parent)
        o_rows["kind"].append(o.kind.value)
        o_rows["name"].append(o.name)
        for b in o.bodies:
            _append(
                b_rows, organization=o.id, kind=b.kind.value, size=b.size, elected_on=b.elected_on
            )
        for e in o.exceptions:
            _append(
                e_rows,
                organization=o.id,
                rule_id=e.rule_id,
                decision=e.decision,
                decided_on=e.decided_on,
            )
        for m in o.members:
            row: dict[str, Any] = {
                "id": m.id,
                "organization": o.id,
                "full_name": m.full_name or None,
                "gender": m.gender,
                "birth_date": m.birth_date,
                "citizen_id": m.citizen_id,
                "party_card_number": m.party_card_number,
                "admission_date": m.admission_date,
                "official_date": m.official_date,
                "joined_on": m.joined_on,
                "departure_kind": m.departure.kind.value if m.departure else None,
                "departure_date": m.departure.date if m.departure else None,
            }
            for k, v in row.items():
                m_rows[k].append(v)
            for p in m.posts:
                _append(
                    p_rows,
                    member=m.id,
                    title=p.title.value,
                    organization=p.organization,
                    until=p.end,
                )
                p_rows["from"].append(p.start)
        stack.extend((c, o.id) for c in reversed(o.children))
    return {name: _frame(name, rows) for name, rows in cols.items()}


def _grouped(df: pl.DataFrame, key: str) -> Mapping[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in df.iter_rows(named=True):
        out[row[key]].append(row)
    return out


def build_organizations(
    tables: Mapping[str, pl.DataFrame], roots: Iterable[str]
) -> list[Organization]:
    """The object trees under ``roots`` from validated tables (row order kept).

    A member without ``full_name`` gets the empty name: the tables may leave names out.
    """
    orgs = tables["organizations"]
    children = _grouped(orgs.filter(pl.col("parent").is_not_null()), "parent")
    by_id = {r["id"]: r for r in orgs.iter_rows(named=True)}
    bodies = _grouped(tables["bodies"], "organization")
    exceptions = _grouped(tables["exceptions"], "organization")
    members = _grouped(tables["members"], "organization")
    posts = _grouped(tables["posts"], "member")

    def member(r: Mapping[str, Any]) -> Member:
        dep = r["departure_kind"]
        return Member(
            id=r["id"],
            full_name=r["full_name"] or "",
            gender=r["gender"],
            birth_date=r["birth_date"],
            admission_date=r["admission_date"],
            official_date=r["official_date"],
            joined_on=r["joined_on"],
            departure=Departure(dep, r["departure_date"]) if dep else None,
            posts=tuple(
                Post(p["title"], p["organization"], p["from"], p["until"])
                for p in posts.get(r["id"], ())
            ),
            citizen_id=r["citizen_id"],
            party_card_number=r["party_card_number"],
        )

    def node(org_id: str) -> Organization:
        r = by_id[org_id]
        return Organization(
            id=org_id,
            kind=r["kind"],
            name=r["name"],
            bodies=tuple(
                Body(b["kind"], b["size"], b["elected_on"]) for b in bodies.get(org_id, ())
            ),
            children=tuple(node(c["id"]) for c in children.get(org_id, ())),
            members=tuple(member(m) for m in members.get(org_id, ())),
            exceptions=tuple(
                StructuralException(e["rule_id"], e["decision"], e["decided_on"])
                for e in exceptions.get(org_id, ())
            ),
        )

    return [node(r) for r in roots]
