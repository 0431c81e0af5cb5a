"""The shared validation core of the loaders and dumpers (lõi kiểm tra dùng chung).

``_examine`` parses and prepares a document (``_json``), runs the schema and the semantic
checks of its kind, then orders, caps and locates the problems; ``_load`` builds a value
only from a document without problems; ``_validated`` makes a dumper check what it
writes; ``_Checker`` collects what a schema cannot see (real dates, dates in order,
unique ids), tolerating any shape of input; :func:`location` reads a pointer through ids.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from typing import Any, ParamSpec

import attrs

from dangkiemtra.errors import DataError, OmittedProblems, Problem, listed
from dangkiemtra.io._json import _document, _p, _prepare, _too_deep

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # always fullmatch: no trailing newline
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")  # common.schema.json#/$defs/id, fullmatch


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


def _d(raw: str | None) -> date | None:
    return date.fromisoformat(raw) if raw is not None else None


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


_P = ParamSpec("_P")


def _validated(
    check: Callable[[Any], list[Problem]],
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
            problems = _examine(out, check)[1]
            if problems:
                raise DataError(problems)
            return out

        return checked

    return wrap


def _opt(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not None and value != [] and value != ():
        out[key] = value


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None
