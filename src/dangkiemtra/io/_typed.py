"""The fast path of :func:`~dangkiemtra.io.load_organization`: a typed decoder (msgspec).

With msgspec installed (extra ``dangkiemtra[scale]``) a document given as text is decoded
straight into the types of ``_typed_structs``, which hold every constraint of
``organization.schema.json``, then checked and built in one pass. The path only ever
*accepts*: it answers ``None`` at the first thing it does not vouch for (a problem of any
kind, a key that might be given twice, msgspec missing), and the loader then runs the
complete validator, so every problem reported is the complete validator's own.

What the schema cannot say is checked as the complete path checks it (``io/organization``):
real dates in order, unique ids, members in cells only, each kind of body once, children
of an allowed kind, posts naming an organisation of the tree. A key given twice is found
by counting: every ``:`` of the text is a key's or lies inside free text, so the keys
decoded plus the colons of the free texts must be all of them.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Any

from dangkiemtra.organization import (
    Body,
    Departure,
    Member,
    Organization,
    OrgKind,
    Post,
    StructuralException,
)


def _allowed() -> dict[OrgKind, frozenset[OrgKind]]:
    """The kinds allowed under each kind: the complete path's own table."""
    from dangkiemtra.io.organization import _ALLOWED_CHILDREN

    return {k: frozenset(v) for k, v in _ALLOWED_CHILDREN.items()}


class _NotVouchedError(Exception):
    """Something the fast path does not vouch for: the complete validator decides."""


@functools.cache
def _decoding() -> tuple[Any, Any, tuple[type[BaseException], ...], re.Pattern[str]] | None:
    """msgspec's decoder, its ``UNSET``, its errors and the date pattern; ``None`` without msgspec."""
    try:
        import msgspec

        from dangkiemtra.io import _typed_structs
    except ImportError:
        return None
    decoder = _typed_structs.decoder()
    if decoder is None:  # pragma: no cover - the types no longer mirror the schema
        return None
    errors = (msgspec.MsgspecError, ValueError, TypeError, RecursionError)
    return decoder, msgspec.UNSET, errors, _typed_structs.DATE


def available() -> bool:
    """Whether the fast path can run (msgspec installed, types mirroring the schema)."""
    return _decoding() is not None


def load(data: str | bytes | bytearray) -> Organization | None:
    """The organisation of ``data`` when the fast path vouches for it, else ``None``."""
    found = _decoding()
    if found is None:
        return None
    decoder, unset, errors, date_pattern = found
    if isinstance(data, str):
        colons, escaped = data.count(":"), "u003a" in data or "u003A" in data
    else:
        colons, escaped = data.count(b":"), b"u003a" in data or b"u003A" in data
    if escaped:
        return None  # a colon written as \u003a would upset the count: let the complete path see
    try:
        doc = decoder.decode(data)
    except errors:
        return None
    build = _Build(unset, date_pattern)
    try:
        org = build.node(doc.organization, None)
    except _NotVouchedError:
        return None
    if build.keys + 2 != colons - build.colons or not build.refs <= build.org_ids:
        return None
    return org


class _Build:
    """One pass over the decoded tree: check, count keys, and build."""

    def __init__(self, unset: Any, date_pattern: re.Pattern[str]) -> None:
        self.allowed = _allowed()
        self.unset = unset
        self.date_pattern = date_pattern
        self.days: dict[str, date] = {}
        self.org_ids: set[str] = set()
        self.member_ids: set[str] = set()
        self.refs: set[str] = set()
        self.keys = 0
        self.colons = 0

    def day(self, text: str) -> date:
        d = self.days.get(text)
        if d is None:
            if not self.date_pattern.search(text):
                raise _NotVouchedError
            try:
                d = date.fromisoformat(text)
            except ValueError:
                raise _NotVouchedError from None
            self.days[text] = d
        return d

    def node(self, n: Any, allowed: frozenset[OrgKind] | None) -> Organization:
        unset = self.unset
        kind = n.kind
        if (allowed is not None and kind not in allowed) or n.id in self.org_ids:
            raise _NotVouchedError
        self.org_ids.add(n.id)
        self.colons += n.name.count(":")
        keys = 3
        bodies: tuple[Body, ...] = ()
        if n.bodies is not unset:
            keys += 1 + 3 * len(n.bodies)
            if len({b.kind for b in n.bodies}) != len(n.bodies):
                raise _NotVouchedError
            bodies = tuple(Body(b.kind, b.size, self.day(b.elected_on)) for b in n.bodies)
        exceptions: tuple[StructuralException, ...] = ()
        if n.exceptions is not unset:
            keys += 1 + 3 * len(n.exceptions)
            exceptions = tuple(
                StructuralException(e.rule_id, e.decision, self.day(e.decided_on))
                for e in n.exceptions
            )
            self.colons += sum(e.decision.count(":") for e in n.exceptions)
        members: tuple[Member, ...] = ()
        if n.members is not unset:
            keys += 1
            if n.members and not kind.is_cell:
                raise _NotVouchedError
            members = self.members(n.members)
        children: tuple[Organization, ...] = ()
        if n.children is not unset:
            keys += 1
            below = self.allowed[kind]
            children = tuple(self.node(c, below) for c in n.children)
        self.keys += keys
        return Organization(n.id, kind, n.name, bodies, children, members, exceptions)

    def members(self, raw: list[Any]) -> tuple[Member, ...]:
        """The members of one cell (the hot loop: names bound locally)."""
        unset, days, day, ids, refs = self.unset, self.days, self.day, self.member_ids, self.refs
        keys = colons = 0
        out = []
        for m in raw:
            if m.id in ids:
                raise _NotVouchedError
            ids.add(m.id)
            birth = days.get(m.birth_date) or day(m.birth_date)
            admitted = days.get(m.admission_date) or day(m.admission_date)
            if admitted < birth:
                raise _NotVouchedError
            keys += 5
            official = joined = departure = None
            if m.official_date is not unset:
                keys += 1
                official = days.get(m.official_date) or day(m.official_date)
                if official < admitted:
                    raise _NotVouchedError
            if m.joined_on is not unset:
                keys += 1
                joined = days.get(m.joined_on) or day(m.joined_on)
                if joined < admitted:
                    raise _NotVouchedError
            if m.departure is not unset:
                keys += 3
                left = day(m.departure.date)
                if left < (joined or admitted):
                    raise _NotVouchedError
                departure = Departure(m.departure.kind, left)
            posts: tuple[Post, ...] = ()
            if m.posts is not unset:
                keys += 1
                held = []
                for p in m.posts:
                    keys += 3
                    start = days.get(p.start) or day(p.start)
                    end = None
                    if p.until is not unset:
                        keys += 1
                        end = day(p.until)
                        if end < start:
                            raise _NotVouchedError
                    refs.add(p.organization)
                    held.append(Post(p.title, p.organization, start, end))
                posts = tuple(held)
            citizen_id = party_card_number = None
            if m.citizen_id is not unset:
                keys += 1
                citizen_id = m.citizen_id
            if m.party_card_number is not unset:
                keys += 1
                party_card_number = m.party_card_number
            colons += m.full_name.count(":")
            out.append(
                Member(
                    m.id,
                    m.full_name,
                    m.gender,
                    birth,
                    admitted,
                    official,
                    joined,
                    departure,
                    posts,
                    citizen_id,
                    party_card_number,
                )
            )
        self.keys += keys
        self.colons += colons
        return tuple(out)
