"""Strict JSON (JSON chặt chẽ): parsing text, and preparing any document for the validators.

No NaN or Infinity, no key given twice, no over-long number, no fraction where a whole
number is expected (a fraction is kept as an opaque value no schema accepts), at most
:data:`MAX_DEPTH` levels of nesting, no lone surrogate, nothing but JSON types in a
document parsed by the caller. A syntax error gives its line and column.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from dangkiemtra._schemas import at_position, safe_pointer
from dangkiemtra.errors import DataError, Problem


def _p(ptr: str, code: str, vi: str, en: str) -> Problem:
    return Problem(ptr, code, vi, en)


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
