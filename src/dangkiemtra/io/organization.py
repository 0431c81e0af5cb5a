"""Organisation trees (cây tổ chức đảng) as JSON: ``organization.schema.json``.

Beyond the schema: real dates in order, unique ids, members recorded in cells only, each
kind of body once, children of an allowed kind, posts that name an organisation of the tree.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from dangkiemtra._schemas import validate
from dangkiemtra.errors import Problem
from dangkiemtra.io import _typed
from dangkiemtra.io._core import _Checker, _d, _get, _items, _load, _opt, _validated
from dangkiemtra.io._json import _p
from dangkiemtra.organization import (
    Body,
    Departure,
    Member,
    Organization,
    OrgKind,
    Post,
    StructuralException,
)

_KINDS = frozenset(k.value for k in OrgKind)


_ALLOWED_CHILDREN = {
    OrgKind.SUPERIOR: {OrgKind.BASE_COMMITTEE, OrgKind.BASE_CELL},
    OrgKind.BASE_COMMITTEE: {OrgKind.PARTIAL_COMMITTEE, OrgKind.CELL},
    OrgKind.PARTIAL_COMMITTEE: {OrgKind.CELL},
    OrgKind.BASE_CELL: set(),
    OrgKind.CELL: set(),
}


def _check_member(
    c: _Checker, raw: Any, ptr: str, org_ids: set[str], posts: list[tuple[str, str]]
) -> None:
    c.unique(_get(raw, "id"), f"{ptr}/id", "member")
    birth = c.day(_get(raw, "birth_date"), f"{ptr}/birth_date")
    admitted = c.day(_get(raw, "admission_date"), f"{ptr}/admission_date")
    official = c.day(_get(raw, "official_date"), f"{ptr}/official_date")
    joined = c.day(_get(raw, "joined_on"), f"{ptr}/joined_on")
    c.order(
        birth,
        admitted,
        f"{ptr}/admission_date",
        "ngày vào Đảng sau ngày sinh",
        "an admission date after the birth date",
    )
    c.order(
        admitted,
        official,
        f"{ptr}/official_date",
        "ngày chính thức không trước ngày vào Đảng",
        "an official date no earlier than admission",
    )
    c.order(
        admitted,
        joined,
        f"{ptr}/joined_on",
        "ngày chuyển đến không trước ngày vào Đảng",
        "a transfer-in date no earlier than admission",
    )
    dep = _get(raw, "departure")
    left = c.day(_get(dep, "date"), f"{ptr}/departure/date")
    c.order(
        joined or admitted,
        left,
        f"{ptr}/departure/date",
        "ngày rời sinh hoạt không trước ngày vào sinh hoạt",
        "a departure no earlier than joining",
    )
    for i, post in _items(raw, "posts"):
        pp = f"{ptr}/posts/{i}"
        start = c.day(_get(post, "from"), f"{pp}/from")
        end = c.day(_get(post, "until"), f"{pp}/until")
        c.order(
            start,
            end,
            f"{pp}/until",
            "ngày thôi giữ chức không trước ngày bắt đầu",
            "an end no earlier than the start",
        )
        org = _get(post, "organization")
        if isinstance(org, str):
            posts.append((org, f"{pp}/organization"))


def _check_node(
    c: _Checker, raw: Any, ptr: str, org_ids: set[str], posts: list[tuple[str, str]], depth: int = 0
) -> None:
    c.unique(_get(raw, "id"), f"{ptr}/id", "org")
    kind_raw = _get(raw, "kind")
    kind = OrgKind(kind_raw) if isinstance(kind_raw, str) and kind_raw in _KINDS else None
    seen_bodies: set[str] = set()
    for i, body in _items(raw, "bodies"):
        c.day(_get(body, "elected_on"), f"{ptr}/bodies/{i}/elected_on")
        bkind = _get(body, "kind")
        if not isinstance(bkind, str):
            continue
        if bkind in seen_bodies:
            c.problems.append(
                _p(
                    f"{ptr}/bodies/{i}/kind",
                    "body.duplicate",
                    "mỗi loại cơ quan chỉ khai một lần",
                    "each kind of body once",
                )
            )
        seen_bodies.add(bkind)
    for i, exc in _items(raw, "exceptions"):
        c.day(_get(exc, "decided_on"), f"{ptr}/exceptions/{i}/decided_on")
    members = list(_items(raw, "members"))
    if members and kind is not None and not kind.is_cell:
        c.problems.append(
            _p(
                f"{ptr}/members",
                "members.not_in_cell",
                "đảng viên chỉ ghi ở chi bộ",
                "members recorded in cells only",
            )
        )
    for i, m in members:
        _check_member(c, m, f"{ptr}/members/{i}", org_ids, posts)
    for i, child in _items(raw, "children"):
        ckind = _get(child, "kind")
        if (
            kind is not None
            and isinstance(ckind, str)
            and ckind in _KINDS
            and OrgKind(ckind) not in _ALLOWED_CHILDREN[kind]
        ):
            c.problems.append(
                _p(
                    f"{ptr}/children/{i}/kind",
                    "children.kind",
                    "loại tổ chức được phép trực thuộc tổ chức này",
                    "a kind of organisation allowed under this one",
                )
            )
        _check_node(c, child, f"{ptr}/children/{i}", org_ids, posts, depth + 1)


def _org_ids(raw: Any) -> set[str]:
    ids: set[str] = set()
    stack = [raw]
    while stack:
        node = stack.pop()
        if isinstance(_get(node, "id"), str):
            ids.add(node["id"])
        stack.extend(child for _, child in _items(node, "children"))
    return ids


def organization_problems(doc: Any) -> list[Problem]:
    """Every schema and semantic problem of an organisation document."""
    problems = validate(doc, "organization")
    c = _Checker()
    root = _get(doc, "organization")
    ids = _org_ids(root)
    posts: list[tuple[str, str]] = []
    _check_node(c, root, "/organization", ids, posts)
    for org, ptr in posts:
        if org not in ids:
            c.problems.append(
                _p(
                    ptr,
                    "reference.unknown",
                    "mã một tổ chức có trong cây",
                    "the id of an organisation in the tree",
                )
            )
    return problems + c.problems


def _member(raw: Mapping[str, Any]) -> Member:
    dep = raw.get("departure")
    return Member(
        id=raw["id"],
        full_name=raw["full_name"],
        gender=raw["gender"],
        birth_date=date.fromisoformat(raw["birth_date"]),
        admission_date=date.fromisoformat(raw["admission_date"]),
        official_date=_d(raw.get("official_date")),
        joined_on=_d(raw.get("joined_on")),
        departure=Departure(dep["kind"], date.fromisoformat(dep["date"])) if dep else None,
        posts=tuple(
            Post(p["title"], p["organization"], date.fromisoformat(p["from"]), _d(p.get("until")))
            for p in raw.get("posts", ())
        ),
        citizen_id=raw.get("citizen_id"),
        party_card_number=raw.get("party_card_number"),
    )


def _node(raw: Mapping[str, Any]) -> Organization:
    return Organization(
        id=raw["id"],
        kind=raw["kind"],
        name=raw["name"],
        bodies=tuple(
            Body(b["kind"], b["size"], date.fromisoformat(b["elected_on"]))
            for b in raw.get("bodies", ())
        ),
        children=tuple(_node(c) for c in raw.get("children", ())),
        members=tuple(_member(m) for m in raw.get("members", ())),
        exceptions=tuple(
            StructuralException(e["rule_id"], e["decision"], date.fromisoformat(e["decided_on"]))
            for e in raw.get("exceptions", ())
        ),
    )


def load_organization(data: str | bytes | Mapping[str, Any]) -> Organization:
    """An organisation tree from JSON text or a parsed document (``organization.schema.json``).

    Text goes first through the typed decoder when msgspec is installed (``_typed``); it
    builds the same tree, and leaves any document it does not vouch for to the complete
    validator, whose problems are the only ones ever reported.
    """
    if isinstance(data, str | bytes | bytearray):
        fast = _typed.load(data)
        if fast is not None:
            return fast
    return _load_complete(data)


def _load_complete(data: str | bytes | Mapping[str, Any]) -> Organization:
    """The complete path: strict JSON, the schema, the semantic checks, then the build."""
    org: Organization = _load(data, organization_problems, lambda d: _node(d["organization"]))
    return org


def _dump_member(m: Member) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": m.id,
        "full_name": m.full_name,
        "gender": m.gender,
        "birth_date": m.birth_date.isoformat(),
    }
    _opt(out, "citizen_id", m.citizen_id)
    _opt(out, "party_card_number", m.party_card_number)
    out["admission_date"] = m.admission_date.isoformat()
    _opt(out, "official_date", m.official_date and m.official_date.isoformat())
    _opt(out, "joined_on", m.joined_on and m.joined_on.isoformat())
    if m.departure is not None:
        out["departure"] = {"kind": m.departure.kind.value, "date": m.departure.date.isoformat()}
    posts = []
    for p in m.posts:
        post = {"title": p.title.value, "organization": p.organization, "from": p.start.isoformat()}
        _opt(post, "until", p.end and p.end.isoformat())
        posts.append(post)
    _opt(out, "posts", posts)
    return out


def _dump_node(o: Organization) -> dict[str, Any]:
    out: dict[str, Any] = {"id": o.id, "kind": o.kind.value, "name": o.name}
    _opt(
        out,
        "bodies",
        [
            {"kind": b.kind.value, "size": b.size, "elected_on": b.elected_on.isoformat()}
            for b in o.bodies
        ],
    )
    _opt(
        out,
        "exceptions",
        [
            {"rule_id": e.rule_id, "decision": e.decision, "decided_on": e.decided_on.isoformat()}
            for e in o.exceptions
        ],
    )
    _opt(out, "children", [_dump_node(c) for c in o.children])
    _opt(out, "members", [_dump_member(m) for m in o.members])
    return out


@_validated(organization_problems)
def dump_organization(org: Organization) -> dict[str, Any]:
    """The tree as a JSON document (valid against ``organization.schema.json``).

    The dump is the caller's own data and so includes members' personal fields.
    """
    return {"format": "dangkiemtra.organization/1", "organization": _dump_node(org)}
