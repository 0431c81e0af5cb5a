"""A year's inspection and supervision programmes and activities as JSON: ``inspection.schema.json``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from dangkiemtra._schemas import validate
from dangkiemtra.errors import Problem
from dangkiemtra.inspection import Activity, InspectionBook, Programme, Target
from dangkiemtra.io._core import _Checker, _d, _get, _items, _load, _opt, _validated
from dangkiemtra.io._json import _p
from dangkiemtra.organization import Organization


def inspection_problems(doc: Any, organization: Organization | None = None) -> list[Problem]:
    """Every schema and semantic problem of an inspection document."""
    problems = validate(doc, "inspection")
    c = _Checker()
    known = {o.id for o in organization.walk()} if organization is not None else None
    prog_ids: set[Any] = set()
    for i, prog in _items(doc, "programmes"):
        ptr = f"/programmes/{i}"
        c.unique(_get(prog, "id"), f"{ptr}/id", "programme")
        if isinstance(_get(prog, "id"), str):
            prog_ids.add(prog["id"])
        c.day(_get(prog, "adopted_on"), f"{ptr}/adopted_on")
        if (
            known is not None
            and isinstance(_get(prog, "actor"), str)
            and prog["actor"] not in known
        ):
            c.problems.append(
                _p(
                    f"{ptr}/actor",
                    "reference.unknown",
                    "mã một tổ chức có trong cây",
                    "the id of an organisation in the tree",
                )
            )
    for i, act in _items(doc, "activities"):
        ptr = f"/activities/{i}"
        c.unique(_get(act, "id"), f"{ptr}/id", "activity")
        decided = c.day(_get(act, "decided_on"), f"{ptr}/decided_on")
        concluded = c.day(_get(act, "concluded_on"), f"{ptr}/concluded_on")
        c.order(
            decided,
            concluded,
            f"{ptr}/concluded_on",
            "ngày kết thúc không trước ngày quyết định",
            "a conclusion no earlier than the decision",
        )
        prog = _get(act, "programme")
        if isinstance(prog, str) and prog not in prog_ids:
            c.problems.append(
                _p(
                    f"{ptr}/programme",
                    "reference.unknown",
                    "mã một chương trình có trong tài liệu",
                    "the id of a programme in the document",
                )
            )
        if known is not None:
            refs = [(f"{ptr}/actor", _get(act, "actor"))]
            refs += [
                (f"{ptr}/subject_organizations/{j}", o)
                for j, o in _items(act, "subject_organizations")
            ]
            for rp, ref in refs:
                if isinstance(ref, str) and ref not in known:
                    c.problems.append(
                        _p(
                            rp,
                            "reference.unknown",
                            "mã một tổ chức có trong cây",
                            "the id of an organisation in the tree",
                        )
                    )
    return problems + c.problems


def load_inspection(
    data: str | bytes | Mapping[str, Any], *, organization: Organization | None = None
) -> InspectionBook:
    """A year's programmes and activities (``inspection.schema.json``).

    With ``organization``, every actor and subject must be an organisation of that tree.
    """
    book: InspectionBook = _load(data, lambda d: inspection_problems(d, organization), _book)
    return book


def _book(doc: Mapping[str, Any]) -> InspectionBook:
    return InspectionBook(
        year=doc["year"],
        programmes=tuple(
            Programme(
                p["id"],
                p["title"],
                p["actor"],
                p["body"],
                date.fromisoformat(p["adopted_on"]),
                tuple(Target(t["kind"], t["organizations"], t["members"]) for t in p["targets"]),
            )
            for p in doc["programmes"]
        ),
        activities=tuple(
            Activity(
                id=a["id"],
                actor=a["actor"],
                body=a["body"],
                kind=a["kind"],
                decided_on=date.fromisoformat(a["decided_on"]),
                concluded_on=_d(a.get("concluded_on")),
                subject_organizations=tuple(a["subject_organizations"]),
                subject_members=a["subject_members"],
                programme=a.get("programme"),
                topic=a.get("topic"),
            )
            for a in doc["activities"]
        ),
    )


@_validated(inspection_problems)
def dump_inspection(book: InspectionBook) -> dict[str, Any]:
    """The programmes and activities as a JSON document (``inspection.schema.json``)."""
    acts = []
    for a in book.activities:
        out: dict[str, Any] = {"id": a.id}
        _opt(out, "programme", a.programme)
        out.update(
            {
                "actor": a.actor,
                "body": a.body.value,
                "kind": a.kind.value,
                "decided_on": a.decided_on.isoformat(),
            }
        )
        _opt(out, "concluded_on", a.concluded_on and a.concluded_on.isoformat())
        out["subject_organizations"] = list(a.subject_organizations)
        out["subject_members"] = a.subject_members
        _opt(out, "topic", a.topic)
        acts.append(out)
    return {
        "format": "dangkiemtra.inspection/1",
        "year": book.year,
        "programmes": [
            {
                "id": p.id,
                "title": p.title,
                "actor": p.actor,
                "body": p.body.value,
                "adopted_on": p.adopted_on.isoformat(),
                "targets": [
                    {"kind": t.kind.value, "organizations": t.organizations, "members": t.members}
                    for t in p.targets
                ],
            }
            for p in book.programmes
        ],
        "activities": acts,
    }
