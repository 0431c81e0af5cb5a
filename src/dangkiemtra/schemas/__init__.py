"""The JSON Schemas (lược đồ JSON): the contract between dangkiemtra and other systems.

Every document the library reads or writes has a schema (JSON Schema 2020-12), named
after its kind and chosen by the document's own ``"format"`` field
(``"dangkiemtra.organization/1"`` → ``organization``). Each schema's ``$id`` is
``https://dangkiemtra.readthedocs.io/en/stable/schemas/<name>.schema.json`` (see the
decisions page); every ``$ref`` is resolved offline from the shipped files.

>>> "organization" in names()
True
>>> get("member")["title"]
'Party member (đảng viên)'
>>> validate({"format": "dangkiemtra.reception/1", "holder": "party_head",
...           "level": "province", "year": 2024, "days": ["2024-01-10"]})
'reception-record'
>>> validate({"format": "dangkiemtra.reception/1", "holder": "party_head",
...           "level": "province", "year": 2024, "days": ["2024-02-30"]})
Traceback (most recent call last):
...
dangkiemtra.errors.DataError: Dữ liệu không hợp lệ (1 lỗi) / Invalid data (1 problem):
- /days/0: cần một ngày có thật trong lịch / expected a real calendar date [date.invalid]

In a wheel the schema files sit in this package's folder; in a source checkout they are
read from the repository's ``schemas/`` folder, the only copy in git.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from typing import Any

from dangkiemtra import _schemas
from dangkiemtra.errors import DataError, Problem

__all__ = ["BASE_URI", "formats", "get", "names", "problems", "schema_for", "validate"]

#: The ``$id`` of every schema is this prefix followed by ``<name>.schema.json``.
BASE_URI = _schemas.BASE_URI


def names() -> tuple[str, ...]:
    """The names of the shipped schemas, sorted (``"common"``, ``"member"``, …)."""
    return _schemas.schema_names()


def get(name: str) -> dict[str, Any]:
    """A copy of schema ``name`` (``"member"`` for ``member.schema.json``).

    An unknown name is a :class:`~dangkiemtra.errors.DataError`, not a ``KeyError``.
    """
    if name not in names():
        raise DataError([_unknown()])
    return copy.deepcopy(dict(_schemas.schema(name)))


def _unknown() -> Problem:
    return Problem(
        "/name",
        "schema.unknown",
        "tên một lược đồ có sẵn: " + ", ".join(names()),
        "the name of a shipped schema: " + ", ".join(names()),
    )


@functools.cache
def _formats() -> Mapping[str, str]:
    found: dict[str, str] = {}
    for name in names():
        fmt = _schemas.schema(name).get("properties", {}).get("format", {})
        if isinstance(fmt, Mapping) and isinstance(fmt.get("const"), str):
            found[fmt["const"]] = name
    return found


def formats() -> dict[str, str]:
    """Each ``"format"`` value a document may carry, and the name of its schema."""
    return dict(_formats())


def schema_for(document: Any) -> str | None:
    """The name of the schema a parsed document's ``"format"`` names, or ``None``."""
    fmt = document.get("format") if isinstance(document, Mapping) else None
    return _formats().get(fmt) if isinstance(fmt, str) else None


def problems(document: str | bytes | Mapping[str, Any], name: str | None = None) -> list[Problem]:
    """Every problem of ``document`` against schema ``name`` (by default, the one its format names).

    ``document`` is JSON text or a parsed document. The checks are the loaders': the schema,
    then what it cannot say (real dates, dates in order, unique ids, references) for the
    documents the library loads. Problems come in document order, capped as in
    :class:`~dangkiemtra.errors.DataError`; ``[]`` when valid.
    """
    from dangkiemtra.io import _problems_against

    if name is not None and name not in names():
        return [_unknown()]
    return _problems_against(document, name, _formats())


def validate(document: str | bytes | Mapping[str, Any], name: str | None = None) -> str:
    """Check ``document`` and return the name of its schema; a :class:`~dangkiemtra.errors.DataError` otherwise.

    The schema is ``name``, or the one the document's ``"format"`` names; an unknown format
    is a problem at ``/format``.
    """
    found = problems(document, name)
    if found:
        raise DataError(found)
    chosen = name or schema_for(_parsed(document))
    assert chosen is not None  # a document without a known format has a problem
    return chosen


def _parsed(document: Any) -> Any:
    from dangkiemtra.io._json import _document

    return _document(document)
