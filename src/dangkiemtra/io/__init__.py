"""Loading and dumping JSON (nạp và xuất dữ liệu): the only package that knows JSON.

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

One module per document kind, mirroring ``schemas/``: :mod:`~dangkiemtra.io.organization`,
:mod:`~dangkiemtra.io.inspection`, :mod:`~dangkiemtra.io.discipline`,
:mod:`~dangkiemtra.io.petitions`, :mod:`~dangkiemtra.io.supervision` and
:mod:`~dangkiemtra.io.reception`, over one shared validation core (``_json``: strict
JSON; ``_core``: checks, ordering, locations, building). Every public name is here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from dangkiemtra._schemas import validate
from dangkiemtra.errors import Problem
from dangkiemtra.io._core import _examine, _get
from dangkiemtra.io._json import _p, parse_json
from dangkiemtra.io.discipline import discipline_problems, dump_discipline, load_discipline
from dangkiemtra.io.inspection import dump_inspection, inspection_problems, load_inspection
from dangkiemtra.io.organization import dump_organization, load_organization, organization_problems
from dangkiemtra.io.petitions import dump_petitions, load_petitions, petition_problems
from dangkiemtra.io.reception import load_reception_record, reception_problems
from dangkiemtra.io.supervision import (
    dump_supervision_plan,
    load_supervision_plan,
    supervision_problems,
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


_CHECKS: dict[str, Callable[[Any], list[Problem]]] = {
    "organization": organization_problems,
    "inspection": inspection_problems,
    "discipline": discipline_problems,
    "petitions": petition_problems,
    "supervision-plan": supervision_problems,
    "reception-record": reception_problems,
}


def _checks_for(kind: str) -> Callable[[Any], list[Problem]]:
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
