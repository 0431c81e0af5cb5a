"""Loading and dumping JSON (nạp và xuất dữ liệu): the only module that knows JSON.

Every loader validates against the JSON Schemas of ``schemas/`` (resolved offline) and
then checks what a schema cannot say (real calendar dates, dates in order, unique ids,
references that exist). It collects **every** problem and raises one
:class:`~dangkiemtra.errors.DataError` with a JSON pointer, a code and what was expected
for each, never the bad value, and builds nothing half-way. Nothing is coerced: a
full-width digit, an en dash in a date, ``2023-02-29``, ``19900101``, a float where a
whole number is expected, ``NaN`` or a key given twice are all errors.

>>> load_organization('{"format": "dangkiemtra.organization/1", "organization": '
...                   '{"id": "x", "kind": "chi_bo", "name": "Chi bộ A", "bodies": '
...                   '[{"kind": "chi_uy", "size": 3, "elected_on": "2023-02-29"}]}}')
Traceback (most recent call last):
...
dangkiemtra.errors.DataError: Dữ liệu không hợp lệ (1 lỗi) / Invalid data (1 problem):
- /organization/bodies/0/elected_on (x › bodies[0] › elected_on): cần một ngày có thật trong lịch / expected a real calendar date [date.invalid]
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, ParamSpec

import attrs

from dangkiemtra._schemas import at_position, safe_pointer, validate
from dangkiemtra.discipline import cases as dc
from dangkiemtra.errors import DataError, OmittedProblems, Problem, listed
from dangkiemtra.inspection import Activity, InspectionBook, Programme, Target
from dangkiemtra.organization import (
    Body,
    Departure,
    Member,
    Organization,
    OrgKind,
    Post,
    StructuralException,
)

__all__ = [
    "FORMATS",
    "document_problems",
    "dump_discipline",
    "dump_inspection",
    "dump_organization",
    "dump_petitions",
    "dump_supervision_plan",
    "load_discipline",
    "load_inspection",
    "load_organization",
    "load_petitions",
    "load_reception_record",
    "load_supervision_plan",
    "parse_json",
]

FORMATS = {
    "dangkiemtra.organization/1": "organization",
    "dangkiemtra.inspection/1": "inspection",
    "dangkiemtra.discipline/1": "discipline",
    "dangkiemtra.petitions/1": "petitions",
    "dangkiemtra.supervision-plan/1": "supervision-plan",
    "dangkiemtra.reception/1": "reception-record",
}
_KINDS = frozenset(k.value for k in OrgKind)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # always fullmatch: no trailing newline
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")  # common.schema.json#/$defs/id, fullmatch

_ALLOWED_CHILDREN = {
    OrgKind.SUPERIOR: {OrgKind.BASE_COMMITTEE, OrgKind.BASE_CELL},
    OrgKind.BASE_COMMITTEE: {OrgKind.PARTIAL_COMMITTEE, OrgKind.CELL},
    OrgKind.PARTIAL_COMMITTEE: {OrgKind.CELL},
    OrgKind.BASE_CELL: set(),
    OrgKind.CELL: set(),
}


def _p(ptr: str, code: str, vi: str, en: str) -> Problem:
    return Problem(ptr, code, vi, en)


# ── strict JSON ─────────────────────────────────────────────────────────────────────────

#: Containers nested deeper than this are refused before any validation (ours need about 12).
MAX_DEPTH = 64
#: Digits in a JSON integer beyond which it is refused rather than converted.
MAX_DIGITS = 100


class _Object(dict[str, Any]):
    """A JSON object that remembers the positions of keys given twice."""

    duplicates: tuple[tuple[str, int], ...] = ()


class _NotJson:
    """A value no schema of ours accepts: a fraction, an over-long number, a non-JSON Python value.

    A number with a fraction or exponent is kept as this opaque value, so ``3.0`` is never
    coerced to ``3``; so are a ``float`` or ``Decimal`` in a parsed Python document.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "<not JSON>"


_NOT_JSON = _NotJson()
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _no_constant(_: str) -> Any:
    raise ValueError("NaN and Infinity are not JSON")


class _LongNumberError(Exception):
    """An integer of more than :data:`MAX_DIGITS` digits (Python would refuse or crawl)."""


def _integer(text: str) -> int:
    if len(text) > MAX_DIGITS + 1:
        raise _LongNumberError
    return int(text)


def _too_deep() -> Problem:
    return _p(
        "",
        "json.too_deep",
        f"dữ liệu lồng nhau ít tầng hơn (tối đa {MAX_DEPTH} tầng)",
        f"less deeply nested data (at most {MAX_DEPTH} levels)",
    )


def _duplicate_problems(value: Any) -> list[Problem]:
    """A problem for every key given twice (walked only when the parser saw one)."""
    found: list[Problem] = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(value, ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            for key, position in getattr(node, "duplicates", ()):
                where, cut = safe_pointer(value, (*path, key))
                vi, en = at_position(
                    "mỗi trường chỉ xuất hiện một lần",
                    "each field at most once",
                    cut and position,
                )
                found.append(_p(where, "json.duplicate_key", vi, en))
            stack.extend((v, (*path, k)) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(node))
    return found


def parse_json(text: str | bytes | bytearray) -> Any:
    """Parse JSON strictly: no NaN or Infinity, no repeated keys, no over-long numbers.

    A number with a fraction or exponent is kept as an opaque value that no schema accepts,
    so ``3.0`` is never coerced to ``3``. A syntax error gives its line and column:

    >>> parse_json('{"a": 1, "b": }')
    Traceback (most recent call last):
    ...
    dangkiemtra.errors.DataError: Dữ liệu không hợp lệ (1 lỗi) / Invalid data (1 problem):
    - / (line 1, column 15): cần một tài liệu JSON đúng cú pháp (lỗi ở dòng 1, cột 15) / expected a well-formed JSON document (error at line 1, column 15) [json.syntax]
    """
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            raise DataError(
                [_p("", "json.encoding", "văn bản mã hóa UTF-8", "UTF-8 text")]
            ) from None
    if not isinstance(text, str):
        raise DataError([_p("", "json.type", "văn bản JSON", "JSON text")])
    repeated: list[bool] = []

    def pairs(items: list[tuple[str, Any]]) -> _Object:
        obj = _Object(items)
        if len(obj) != len(items):
            seen: set[str] = set()
            dupes = []
            for i, (k, _) in enumerate(items):
                if k in seen:
                    dupes.append((k, i + 1))
                seen.add(k)
            obj.duplicates = tuple(dupes)
            repeated.append(True)
        return obj

    try:
        value = json.loads(
            text,
            object_pairs_hook=pairs,
            parse_constant=_no_constant,
            parse_float=lambda _: _NOT_JSON,
            parse_int=_integer,
        )
    except RecursionError:
        raise DataError([_too_deep()]) from None
    except _LongNumberError:
        raise DataError(
            [
                _p(
                    "",
                    "json.number_too_long",
                    f"các số có nhiều nhất {MAX_DIGITS} chữ số",
                    f"numbers of at most {MAX_DIGITS} digits",
                )
            ]
        ) from None
    except json.JSONDecodeError as err:
        line, column = err.lineno, err.colno
        raise DataError(
            [
                Problem(
                    "",
                    "json.syntax",
                    f"một tài liệu JSON đúng cú pháp (lỗi ở dòng {line}, cột {column})",
                    f"a well-formed JSON document (error at line {line}, column {column})",
                    location=f"line {line}, column {column}",
                )
            ]
        ) from None
    except ValueError:
        raise DataError(
            [_p("", "json.syntax", "một tài liệu JSON đúng cú pháp", "a well-formed JSON document")]
        ) from None
    if repeated:
        raise DataError(_duplicate_problems(value))
    return value


def _document(data: Any) -> Any:
    if isinstance(data, str | bytes | bytearray):
        return parse_json(data)
    return data


_PLAIN_LEAVES = frozenset({str, int, bool, type(None), _NotJson})


def _scan(doc: Any) -> tuple[bool, bool]:
    """Whether ``doc`` nests too deep, and whether it is already plain JSON without surrogates.

    One pass, level by level, without building paths: the common case (a document parsed by
    :func:`parse_json`, or built of plain ``dict``, ``list``, ``str`` and ``int``) costs a
    few milliseconds even for the 4,144-member reference organisation.
    """
    plain = type(doc) in _PLAIN_LEAVES or type(doc) in (dict, _Object, list)
    level: list[Any] = [doc]
    depth = 0
    while level:
        depth += 1
        if depth > MAX_DEPTH:
            return True, False
        below: list[Any] = []
        for node in level:
            kind = type(node)
            values: Any
            if kind is dict or kind is _Object:
                if plain and not all(type(k) is str for k in node):
                    plain = False
                values = node.values()
            elif kind is list:
                values = node
            else:
                continue
            for v in values:
                t = type(v)
                if t is dict or t is _Object or t is list:
                    below.append(v)
                elif t is str:
                    if not v.isascii() and _SURROGATE.search(v):
                        plain = False
                elif t not in _PLAIN_LEAVES:
                    plain = False
        level = below
    return False, plain


def _prepare(doc: Any) -> tuple[Any, list[Problem]]:
    """A plain-JSON copy of ``doc`` for the validators, and the problems no schema can see.

    Refuses nesting deeper than :data:`MAX_DEPTH` (nothing else is then checked, so no
    validator ever recurses too deep), keys that are not strings, values that are not JSON
    (a ``date``, a tuple, a set …) and strings holding lone surrogates. A ``float`` or a
    ``Decimal`` becomes an opaque value the schema refuses where a whole number is expected.
    Nothing is coerced: the copy only lets both validators see the same plain types.
    """
    too_deep, plain = _scan(doc)
    if too_deep:
        return None, [_too_deep()]
    if plain:
        return doc, []
    problems: list[Problem] = []
    holder: list[Any] = [None]
    stack: list[tuple[Any, Any, Any, tuple[str | int, ...]]] = [(doc, holder, 0, ())]
    junk: list[tuple[str | int, ...]] = []
    surrogates: list[tuple[str | int, ...]] = []
    while stack:
        value, parent, slot, path = stack.pop()
        if len(path) > MAX_DEPTH:
            return None, [_too_deep()]
        if isinstance(value, str):
            parent[slot] = str(value)
            if not value.isascii() and _SURROGATE.search(value):
                surrogates.append(path)
        elif value is None or isinstance(value, bool):
            parent[slot] = value
        elif isinstance(value, int):
            parent[slot] = int(value)
        elif isinstance(value, _NotJson | float | Decimal | Fraction):
            parent[slot] = _NOT_JSON
        elif isinstance(value, Mapping):
            if not all(isinstance(k, str) for k in value):
                parent[slot] = _NOT_JSON
                junk.append(path)
                continue
            copy: dict[str, Any] = dict.fromkeys(value)
            parent[slot] = copy
            stack.extend((v, copy, k, (*path, k)) for k, v in value.items())
        elif isinstance(value, list):
            items: list[Any] = [None] * len(value)
            parent[slot] = items
            stack.extend((v, items, i, (*path, i)) for i, v in enumerate(value))
        else:
            parent[slot] = _NOT_JSON
            junk.append(path)
    clean = holder[0]
    for path in junk:
        where, position = safe_pointer(clean, path)
        vi, en = at_position(
            "một giá trị JSON (chuỗi, số nguyên, true/false, null, danh sách hoặc đối tượng có tên trường là chuỗi)",
            "a JSON value (a string, whole number, true/false, null, list, or object with string keys)",
            position,
        )
        problems.append(_p(where, "json.type", vi, en))
    for path in surrogates:
        where, position = safe_pointer(clean, path)
        vi, en = at_position(
            "văn bản Unicode hợp lệ (không có nửa cặp thay thế đơn lẻ)",
            "valid Unicode text (no lone surrogate)",
            position,
        )
        problems.append(_p(where, "text.surrogate", vi, en))
    return clean, problems


_ITEM_LABELS = {
    "members": "member",
    "programmes": "programme",
    "activities": "activity",
    "cases": "case",
    "violations": "violation",
    "appeals": "appeal",
    "suspensions": "suspension",
    "petitions": "petition",
    "children": "",
}


def _readable_id(node: Any) -> str | None:
    ident = node.get("id") if isinstance(node, Mapping) else None
    if isinstance(ident, str) and _ID.fullmatch(ident):
        return ident
    return None


def location(doc: Any, ptr: str) -> str:
    """The place ``ptr`` points at, read through ids: ``cs01 › cs01-cb01 › member dv00002 › birth_date``.

    Only ids (which the schema makes opaque codes) and field names are used, never a name;
    ``""`` when no id lies on the way.
    """
    parts = [p.replace("~1", "/").replace("~0", "~") for p in ptr.split("/")[1:]] if ptr else []
    words: list[str] = []
    used_id = False
    node = doc
    previous = ""
    for n, part in enumerate(parts):
        last = n == len(parts) - 1
        if isinstance(node, list):
            node = node[int(part)] if part.isdigit() and int(part) < len(node) else None
            ident = _readable_id(node)
            if ident is not None:
                words.append(f"{_ITEM_LABELS.get(previous, previous)} {ident}".strip())
                used_id = True
            else:
                words.append(f"{previous}[{part}]")
        elif isinstance(node, Mapping) and part in node:
            child = node[part]
            ident = _readable_id(child) if part == "organization" else None
            if ident is not None:
                words.append(ident)
                used_id = True
            elif last or not isinstance(child, list):
                words.append(part)
            node = child
        else:
            words.append(part)
            node = None
        previous = part
    return " › ".join(words) if used_id else ""


def _located(doc: Any, problems: list[Problem]) -> list[Problem]:
    found = listed(problems)
    return [
        attrs.evolve(p, location=location(doc, p.pointer))
        if not p.location and not isinstance(p, OmittedProblems)
        else p
        for p in found
    ]


def _examine(data: Any, check: Callable[[Any], list[Problem]]) -> tuple[Any, list[Problem]]:
    """Parse, prepare, and check ``data``: the plain document and its problems, in order, capped."""
    try:
        doc = _document(data)
    except DataError as err:
        return None, list(err.problems)
    doc, problems = _prepare(doc)
    if doc is None and problems:
        return None, problems
    try:
        problems += check(doc)
    except RecursionError:  # pragma: no cover - MAX_DEPTH keeps every check shallow
        return None, [_too_deep()]
    return doc, _located(doc, problems)


# ── semantic checks ─────────────────────────────────────────────────────────────────────


class _Checker:
    """Collects problems a schema cannot see, tolerating any shape of input."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.ids: dict[str, str] = {}

    def day(self, raw: Any, ptr: str) -> date | None:
        if not (isinstance(raw, str) and _ISO_DATE.fullmatch(raw)):
            return None  # the schema reports the form
        try:
            return date.fromisoformat(raw)
        except ValueError:
            self.problems.append(
                _p(ptr, "date.invalid", "một ngày có thật trong lịch", "a real calendar date")
            )
            return None

    def order(self, first: date | None, second: date | None, ptr: str, vi: str, en: str) -> None:
        if first is not None and second is not None and second < first:
            self.problems.append(_p(ptr, "date.order", vi, en))

    def unique(self, raw: Any, ptr: str, space: str) -> None:
        if isinstance(raw, str):
            key = f"{space}:{raw}"
            first = self.ids.get(key)
            if first is not None:
                self.problems.append(
                    _p(
                        ptr,
                        "id.duplicate",
                        f"một mã chưa dùng ở nơi khác (mã này đã dùng tại {first})",
                        f"an id not used elsewhere (this one is first used at {first})",
                    )
                )
            else:
                self.ids[key] = ptr


def _items(raw: Any, key: str) -> Iterator[tuple[int, Any]]:
    value = raw.get(key) if isinstance(raw, Mapping) else None
    if isinstance(value, list):
        yield from enumerate(value)


def _get(raw: Any, key: str) -> Any:
    return raw.get(key) if isinstance(raw, Mapping) else None


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


_CHECKS: dict[str, Callable[[Any], list[Problem]]] = {}


def _checks_for(kind: str) -> Callable[[Any], list[Problem]]:
    if not _CHECKS:
        _CHECKS.update(
            {
                "organization": organization_problems,
                "inspection": inspection_problems,
                "discipline": discipline_problems,
                "petitions": petition_problems,
                "supervision-plan": lambda d: _simple_problems(d, "supervision-plan"),
                "reception-record": lambda d: _simple_problems(d, "reception-record"),
            }
        )
    return _CHECKS[kind]


def _by_format(doc: Any) -> list[Problem]:
    fmt = _get(doc, "format")
    kind = FORMATS.get(fmt) if isinstance(fmt, str) else None
    if kind is not None:
        return _checks_for(kind)(doc)
    return [
        _p(
            "/format",
            "format.unknown",
            "một định dạng đã biết: " + ", ".join(FORMATS),
            "a known format: " + ", ".join(FORMATS),
        )
    ]


def _problems_against(data: Any, name: str | None, formats: Mapping[str, str]) -> list[Problem]:
    """The problems of ``data`` against schema ``name`` (or the one its format names), with the
    loaders' semantic checks where the library loads that kind (``dangkiemtra.schemas``)."""

    def check(doc: Any) -> list[Problem]:
        chosen = name
        if chosen is None:
            fmt = _get(doc, "format")
            chosen = formats.get(fmt) if isinstance(fmt, str) else None
        if chosen is None:
            return [
                _p(
                    "/format",
                    "format.unknown",
                    "một định dạng đã biết: " + ", ".join(formats),
                    "a known format: " + ", ".join(formats),
                )
            ]
        if chosen in FORMATS.values():
            return _checks_for(chosen)(doc)
        return validate(doc, chosen)

    return _examine(data, check)[1]


def document_problems(data: str | bytes | Mapping[str, Any]) -> list[Problem]:
    """Every problem of a document of any known format (``[]`` when valid).

    The problems are in document order, at most :data:`~dangkiemtra.errors.MAX_LISTED`,
    then an :class:`~dangkiemtra.errors.OmittedProblems` with the count of the rest; the
    order and the cap are those of :class:`~dangkiemtra.errors.DataError`, so a text and
    a JSON report list the same problems in the same order. It never raises.
    """
    return _examine(data, _by_format)[1]


# ── building ────────────────────────────────────────────────────────────────────────────


def _d(raw: str | None) -> date | None:
    return date.fromisoformat(raw) if raw is not None else None


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


def _load(
    data: str | bytes | Mapping[str, Any],
    check: Callable[[Any], list[Problem]],
    build: Callable[[Any], Any],
) -> Any:
    """Parse, check, and build only a document without problems; any other failure is a DataError."""
    doc, problems = _examine(data, check)
    if problems:
        raise DataError(problems)
    try:
        return build(doc)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError):
        # the checks passed but a value could not be built: still a DataError, never the value
        raise DataError(
            [_p("", "document.unbuildable", "một tài liệu hợp lệ", "a valid document")]
        ) from None


def load_organization(data: str | bytes | Mapping[str, Any]) -> Organization:
    """An organisation tree from JSON text or a parsed document (``organization.schema.json``)."""
    org: Organization = _load(data, organization_problems, lambda d: _node(d["organization"]))
    return org


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


# ── dumping ─────────────────────────────────────────────────────────────────────────────

_P = ParamSpec("_P")


def _validated(
    kind: str,
) -> Callable[[Callable[_P, dict[str, Any]]], Callable[_P, dict[str, Any]]]:
    """A dumper that checks what it writes: a value built wrongly in Python (a gender ``"male"``,
    a three-digit citizen ID) is a :class:`~dangkiemtra.errors.DataError`, never a
    schema-invalid document."""

    def wrap(dump: Callable[_P, dict[str, Any]]) -> Callable[_P, dict[str, Any]]:
        @functools.wraps(dump)
        def checked(*args: _P.args, **kwargs: _P.kwargs) -> dict[str, Any]:
            try:
                out = dump(*args, **kwargs)
            except (AttributeError, TypeError, ValueError, KeyError):
                raise DataError(
                    [
                        _p(
                            "",
                            "dump.unbuildable",
                            "các giá trị dựng đúng kiểu (ngày là date, mã là chuỗi …)",
                            "values of the right types (dates as date, codes as strings …)",
                        )
                    ]
                ) from None
            problems = _examine(out, _checks_for(kind))[1]
            if problems:
                raise DataError(problems)
            return out

        return checked

    return wrap


def _opt(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not None and value != [] and value != ():
        out[key] = value


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


@_validated("organization")
def dump_organization(org: Organization) -> dict[str, Any]:
    """The tree as a JSON document (valid against ``organization.schema.json``).

    The dump is the caller's own data and so includes members' personal fields.
    """
    return {"format": "dangkiemtra.organization/1", "organization": _dump_node(org)}


@_validated("inspection")
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


# ── discipline records ──────────────────────────────────────────────────────────────────


def discipline_problems(doc: Any, organization: Organization | None = None) -> list[Problem]:
    """Every schema and semantic problem of a discipline document."""
    problems = validate(doc, "discipline")
    c = _Checker()
    known = (
        {o.id for o in organization.walk()} | {m.id for m in organization.all_members()}
        if organization is not None
        else None
    )
    for i, case in _items(doc, "cases"):
        ptr = f"/cases/{i}"
        c.unique(_get(case, "id"), f"{ptr}/id", "case")
        opened = c.day(_get(case, "opened_on"), f"{ptr}/opened_on")
        inspected = c.day(_get(case, "inspection_decided_on"), f"{ptr}/inspection_decided_on")
        concluded = c.day(_get(case, "concluded_on"), f"{ptr}/concluded_on")
        c.order(
            opened,
            concluded,
            f"{ptr}/concluded_on",
            "ngày kết luận không trước ngày mở hồ sơ",
            "a conclusion no earlier than the opening",
        )
        c.order(
            inspected,
            concluded,
            f"{ptr}/concluded_on",
            "ngày kết luận không trước quyết định kiểm tra",
            "a conclusion no earlier than the inspection decision",
        )
        subject = _get(_get(case, "subject"), "id")
        if known is not None and isinstance(subject, str) and subject not in known:
            c.problems.append(
                _p(
                    f"{ptr}/subject/id",
                    "reference.unknown",
                    "mã một tổ chức hoặc đảng viên có trong cây",
                    "the id of an organisation or member in the tree",
                )
            )
        for j, v in _items(case, "violations"):
            vp = f"{ptr}/violations/{j}"
            c.unique(_get(v, "id"), f"{vp}/id", f"violation{i}")
            start = c.day(_get(v, "committed_on"), f"{vp}/committed_on")
            c.order(
                start,
                c.day(_get(v, "ended_on"), f"{vp}/ended_on"),
                f"{vp}/ended_on",
                "ngày chấm dứt vi phạm không trước ngày vi phạm",
                "an end no earlier than the start",
            )
            c.day(_get(v, "discovered_on"), f"{vp}/discovered_on")
        for j, circ in _items(case, "circumstances"):
            cp = f"{ptr}/circumstances/{j}"
            c.order(
                c.day(_get(circ, "start"), f"{cp}/start"),
                c.day(_get(circ, "end"), f"{cp}/end"),
                f"{cp}/end",
                "ngày kết thúc không trước ngày bắt đầu",
                "an end no earlier than the start",
            )
        vote = _get(case, "vote")
        c.day(_get(vote, "held_on"), f"{ptr}/vote/held_on")
        counts = [n for _, x in _items(vote, "votes") if isinstance(n := _get(x, "count"), int)]
        none = _get(vote, "none_votes")
        eligible = _get(vote, "eligible")
        if (
            isinstance(eligible, int)
            and sum(counts) + (none if isinstance(none, int) else 0) > eligible
        ):
            c.problems.append(
                _p(
                    f"{ptr}/vote/votes",
                    "ballot.too_many",
                    "tổng số phiếu không vượt số người có quyền biểu quyết",
                    "no more votes than eligible voters",
                )
            )
        dec = _get(case, "decision")
        signed = c.day(_get(dec, "signed_on"), f"{ptr}/decision/signed_on")
        for key in ("announced_on", "received_on"):
            c.order(
                signed,
                c.day(_get(dec, key), f"{ptr}/decision/{key}"),
                f"{ptr}/decision/{key}",
                "một ngày không trước ngày ký quyết định",
                "a date no earlier than the signing",
            )
        for j, ap in _items(case, "appeals"):
            pp = f"{ptr}/appeals/{j}"
            c.unique(_get(ap, "id"), f"{pp}/id", f"appeal{i}")
            for key in ("filed_on", "received_on", "decided_on", "announced_on"):
                c.day(_get(ap, key), f"{pp}/{key}")
        for j, su in _items(case, "suspensions"):
            sp = f"{ptr}/suspensions/{j}"
            c.unique(_get(su, "id"), f"{sp}/id", "suspension")
            c.order(
                c.day(_get(su, "start"), f"{sp}/start"),
                c.day(_get(su, "lifted_on"), f"{sp}/lifted_on"),
                f"{sp}/lifted_on",
                "ngày chấm dứt đình chỉ không trước ngày bắt đầu",
                "a lifting no earlier than the start",
            )
    return problems + c.problems


def _case(raw: Mapping[str, Any]) -> dc.DisciplineCase:
    def vio(v: Mapping[str, Any]) -> dc.Violation:
        return dc.Violation(
            id=v["id"],
            committed_on=date.fromisoformat(v["committed_on"]),
            ended_on=_d(v.get("ended_on")),
            discovered_on=_d(v.get("discovered_on")),
            continuing=v.get("continuing", False),
            categories=tuple(v.get("categories", ())),
            warranted=v.get("warranted"),
            in_higher_task=v.get("in_higher_task", False),
            very_serious=v.get("very_serious", False),
        )

    vote = raw.get("vote")
    dec = raw.get("decision")
    s = raw["subject"]
    return dc.DisciplineCase(
        id=raw["id"],
        subject=dc.Subject(
            s["id"],
            s["kind"],
            s.get("holds_post", False),
            s.get("committee", "none"),
            s.get("managed_by_higher", False),
            s.get("chi_uy_of_base_cell", False),
        ),
        violations=tuple(vio(v) for v in raw["violations"]),
        opened_on=date.fromisoformat(raw["opened_on"]),
        inspection_decided_on=_d(raw.get("inspection_decided_on")),
        concluded_on=_d(raw.get("concluded_on")),
        circumstances=tuple(
            dc.Circumstance(
                x["code"], _d(x.get("start")), _d(x.get("end")), x.get("written_request", False)
            )
            for x in raw.get("circumstances", ())
        ),
        ballot=dc.Ballot(
            vote["body"],
            vote["eligible"],
            tuple((dc.Form(x["form"]), x["count"]) for x in vote["votes"]),
            vote.get("none_votes", 0),
            _d(vote.get("held_on")),
        )
        if vote
        else None,
        decision=dc.Decision(
            dec["id"],
            dec["body"],
            dec["form"],
            date.fromisoformat(dec["signed_on"]),
            _d(dec.get("announced_on")),
            _d(dec.get("received_on")),
            dec.get("central", False),
        )
        if dec
        else None,
        appeals=tuple(
            dc.Appeal(
                a["id"],
                a["decision"],
                date.fromisoformat(a["filed_on"]),
                _d(a.get("received_on")),
                tuple(a.get("facts", ())),
                a.get("outcome"),
                a.get("new_form"),
                _d(a.get("decided_on")),
                _d(a.get("announced_on")),
            )
            for a in raw.get("appeals", ())
        ),
        suspensions=tuple(
            dc.Suspension(
                x["id"],
                x["subject"],
                x["kind"],
                date.fromisoformat(x["start"]),
                tuple(x.get("grounds", ())),
                tuple(x.get("extensions", ())),
                _d(x.get("lifted_on")),
            )
            for x in raw.get("suspensions", ())
        ),
    )


def load_discipline(
    data: str | bytes | Mapping[str, Any], *, organization: Organization | None = None
) -> dc.DisciplineBook:
    """Discipline records (``discipline.schema.json``) as a :class:`~dangkiemtra.discipline.cases.DisciplineBook`.

    With ``organization``, every subject must be an organisation or member of that tree.
    """
    book: dc.DisciplineBook = _load(
        data,
        lambda d: discipline_problems(d, organization),
        lambda d: dc.DisciplineBook(tuple(_case(c) for c in d["cases"])),
    )
    return book


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


@_validated("discipline")
def dump_discipline(book: dc.DisciplineBook) -> dict[str, Any]:
    """Discipline records as a JSON document (``discipline.schema.json``)."""
    cases = []
    for case in book.cases:
        s = case.subject
        subject: dict[str, Any] = {"id": s.id, "kind": s.kind.value}
        for key in ("holds_post", "managed_by_higher", "chi_uy_of_base_cell"):
            if getattr(s, key):
                subject[key] = True
        if s.committee.value != "none":
            subject["committee"] = s.committee.value
        out: dict[str, Any] = {"id": case.id, "subject": subject, "violations": []}
        for v in case.violations:
            vo: dict[str, Any] = {"id": v.id, "committed_on": v.committed_on.isoformat()}
            _opt(vo, "ended_on", _iso(v.ended_on))
            _opt(vo, "discovered_on", _iso(v.discovered_on))
            if v.continuing:
                vo["continuing"] = True
            _opt(vo, "categories", list(v.categories))
            _opt(vo, "warranted", v.warranted.value if v.warranted else None)
            if v.in_higher_task:
                vo["in_higher_task"] = True
            if v.very_serious:
                vo["very_serious"] = True
            out["violations"].append(vo)
        out["opened_on"] = case.opened_on.isoformat()
        _opt(out, "inspection_decided_on", _iso(case.inspection_decided_on))
        _opt(out, "concluded_on", _iso(case.concluded_on))
        circs = []
        for x in case.circumstances:
            co: dict[str, Any] = {"code": x.code}
            _opt(co, "start", _iso(x.start))
            _opt(co, "end", _iso(x.end))
            if x.written_request:
                co["written_request"] = True
            circs.append(co)
        _opt(out, "circumstances", circs)
        if case.ballot is not None:
            b = case.ballot
            bo: dict[str, Any] = {
                "body": b.body.value,
                "eligible": b.eligible,
                "votes": [{"form": f.value, "count": n} for f, n in b.votes],
            }
            if b.none_votes:
                bo["none_votes"] = b.none_votes
            _opt(bo, "held_on", _iso(b.held_on))
            out["vote"] = bo
        if case.decision is not None:
            d = case.decision
            do: dict[str, Any] = {
                "id": d.id,
                "body": d.body.value,
                "form": d.form.value,
                "signed_on": d.signed_on.isoformat(),
            }
            _opt(do, "announced_on", _iso(d.announced_on))
            _opt(do, "received_on", _iso(d.received_on))
            if d.central:
                do["central"] = True
            out["decision"] = do
        appeals = []
        for a in case.appeals:
            ao: dict[str, Any] = {
                "id": a.id,
                "decision": a.decision,
                "filed_on": a.filed_on.isoformat(),
            }
            _opt(ao, "received_on", _iso(a.received_on))
            _opt(ao, "facts", list(a.facts))
            _opt(ao, "outcome", a.outcome.value if a.outcome else None)
            _opt(ao, "new_form", a.new_form.value if a.new_form else None)
            _opt(ao, "decided_on", _iso(a.decided_on))
            _opt(ao, "announced_on", _iso(a.announced_on))
            appeals.append(ao)
        _opt(out, "appeals", appeals)
        sus: list[dict[str, Any]] = []
        for susp in case.suspensions:
            so: dict[str, Any] = {
                "id": susp.id,
                "subject": susp.subject,
                "kind": susp.kind.value,
                "start": susp.start.isoformat(),
            }
            _opt(so, "grounds", list(susp.grounds))
            _opt(so, "extensions", list(susp.extensions))
            _opt(so, "lifted_on", _iso(susp.lifted_on))
            sus.append(so)
        _opt(out, "suspensions", sus)
        cases.append(out)
    return {"format": "dangkiemtra.discipline/1", "cases": cases}


# ── petitions, supervision plans, reception records ────────────────────────────────────


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


def _simple_problems(doc: Any, name: str) -> list[Problem]:
    problems = validate(doc, name)
    c = _Checker()
    for i, d in _items(doc, "days"):
        c.day(d, f"/days/{i}")
    seen: set[str] = set()
    for i, a in _items(doc, "assignments"):
        cadre = _get(a, "cadre")
        if isinstance(cadre, str) and cadre in seen:
            c.problems.append(
                _p(
                    f"/assignments/{i}/cadre",
                    "assignment.overlap",
                    "mỗi cán bộ chỉ do một đơn vị giám sát",
                    "each cadre supervised by one unit only",
                )
            )
        if isinstance(cadre, str):
            seen.add(cadre)
        units = _get(doc, "units")
        unit = _get(a, "unit")
        if isinstance(units, list) and isinstance(unit, str) and unit not in units:
            c.problems.append(
                _p(
                    f"/assignments/{i}/unit",
                    "reference.unknown",
                    "một đơn vị có trong danh sách units",
                    "a unit listed in units",
                )
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


@_validated("petitions")
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
        for key in ("central", "complex", "remote", "second_instance"):
            if getattr(p, key):
                row[key] = True
        _opt(row, "accepted_on", p.accepted_on and p.accepted_on.isoformat())
        if p.extensions:
            row["extensions"] = p.extensions
        _opt(row, "closed_on", p.closed_on and p.closed_on.isoformat())
        rows.append(row)
    return {"format": "dangkiemtra.petitions/1", "petitions": rows}


def load_supervision_plan(data: str | bytes | Mapping[str, Any]) -> Any:
    """A supervision plan (``supervision-plan.schema.json``); overlapping assignments are refused."""
    from dangkiemtra.explain import Explanation
    from dangkiemtra.supervision import SupervisionPlan

    return _load(
        data,
        lambda d: _simple_problems(d, "supervision-plan"),
        lambda d: SupervisionPlan(
            d["year"],
            tuple(d["units"]),
            tuple((a["cadre"], a["unit"]) for a in d["assignments"]),
            Explanation(),
        ),
    )


@_validated("supervision-plan")
def dump_supervision_plan(plan: Any) -> dict[str, Any]:
    """A supervision plan as JSON."""
    return {
        "format": "dangkiemtra.supervision-plan/1",
        "year": plan.year,
        "units": list(plan.units),
        "assignments": [{"cadre": c, "unit": u} for c, u in plan.assignments],
    }


def load_reception_record(
    data: str | bytes | Mapping[str, Any],
) -> tuple[str, str, int, tuple[date, ...]]:
    """A reception record (``reception-record.schema.json``): holder, level, year and the days held."""
    out: tuple[str, str, int, tuple[date, ...]] = _load(
        data,
        lambda d: _simple_problems(d, "reception-record"),
        lambda d: (
            d["holder"],
            d["level"],
            d["year"],
            tuple(date.fromisoformat(x) for x in d["days"]),
        ),
    )
    return out
