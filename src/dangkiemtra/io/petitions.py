"""Petition registers (sổ đơn thư) as JSON: ``petitions.schema.json``.

Senders' names, addresses and ID numbers are written only when the caller asks
(whistle-blower protection, Chỉ thị 27-CT/TW).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from dangkiemtra._schemas import validate
from dangkiemtra.errors import Problem
from dangkiemtra.io._core import _Checker, _d, _get, _items, _load, _opt, _validated


def petition_problems(doc: Any) -> list[Problem]:
    """Every schema and semantic problem of a petition register."""
    problems = validate(doc, "petitions")
    c = _Checker()
    for i, p in _items(doc, "petitions"):
        ptr = f"/petitions/{i}"
        c.unique(_get(p, "id"), f"{ptr}/id", "petition")
        received = c.day(_get(p, "received_on"), f"{ptr}/received_on")
        for key in ("accepted_on", "closed_on"):
            c.order(
                received,
                c.day(_get(p, key), f"{ptr}/{key}"),
                f"{ptr}/{key}",
                "một ngày không trước ngày nhận đơn",
                "a date no earlier than the receipt",
            )
    return problems + c.problems


def _petition(raw: Mapping[str, Any]) -> Any:
    from dangkiemtra.petitions import Petition, Sender

    s = raw.get("sender")
    sender = (
        Sender(
            s.get("full_name"),
            s.get("address"),
            s.get("citizen_id"),
            s["named"],
            s.get("signers", 1),
            s.get("signed_personally", True),
            s.get("capable", True),
        )
        if s is not None
        else None
    )
    return Petition(
        raw["id"],
        raw["kind"],
        raw["system"],
        received_on=date.fromisoformat(raw["received_on"]),
        channel=raw.get("channel", "truc_tiep"),
        receiving_body=raw.get("receiving_body", ""),
        subject=raw.get("subject"),
        summary=raw.get("summary", ""),
        sender=sender,
        specific=raw.get("specific", True),
        facts=tuple(raw.get("facts", ())),
        central=raw.get("central", False),
        accepted_on=_d(raw.get("accepted_on")),
        extensions=raw.get("extensions", 0),
        complex=raw.get("complex", False),
        especially_complex=raw.get("especially_complex", False),
        remote=raw.get("remote", False),
        second_instance=raw.get("second_instance", False),
        closed_on=_d(raw.get("closed_on")),
    )


def load_petitions(data: str | bytes | Mapping[str, Any]) -> tuple[Any, ...]:
    """A petition register (``petitions.schema.json``) as a tuple of :class:`~dangkiemtra.petitions.Petition`."""
    out: tuple[Any, ...] = _load(
        data, petition_problems, lambda d: tuple(_petition(p) for p in d["petitions"])
    )
    return out


@_validated(petition_problems)
def dump_petitions(petitions: Any, *, reveal_identity: bool = False) -> dict[str, Any]:
    """A petition register as JSON. Senders' names, addresses and ID numbers are left out unless
    ``reveal_identity`` is true (whistle-blower protection, Chỉ thị 27-CT/TW)."""
    rows = []
    for p in petitions:
        row: dict[str, Any] = {
            "id": p.id,
            "kind": p.kind.value,
            "system": p.system.value,
            "channel": p.channel.value,
            "received_on": p.received_on.isoformat(),
        }
        _opt(row, "receiving_body", p.receiving_body or None)
        _opt(row, "subject", p.subject)
        if reveal_identity:
            _opt(row, "summary", p.summary or None)
        if p.sender is not None:
            s = p.sender
            so: dict[str, Any] = {
                "named": s.named,
                "signers": s.signers,
                "signed_personally": s.signed_personally,
                "capable": s.capable,
            }
            if reveal_identity:
                _opt(so, "full_name", s.full_name)
                _opt(so, "address", s.address)
                _opt(so, "citizen_id", s.citizen_id)
            row["sender"] = so
        row["specific"] = p.specific
        _opt(row, "facts", list(p.facts))
        for key in ("central", "complex", "especially_complex", "remote", "second_instance"):
            if getattr(p, key):
                row[key] = True
        _opt(row, "accepted_on", p.accepted_on and p.accepted_on.isoformat())
        if p.extensions:
            row["extensions"] = p.extensions
        _opt(row, "closed_on", p.closed_on and p.closed_on.isoformat())
        rows.append(row)
    return {"format": "dangkiemtra.petitions/1", "petitions": rows}
