"""Citizen-reception records (sổ tiếp công dân) as JSON: ``reception-record.schema.json``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from dangkiemtra._schemas import validate
from dangkiemtra.errors import Problem
from dangkiemtra.io._core import _Checker, _items, _load


def reception_problems(doc: Any) -> list[Problem]:
    """Every schema and semantic problem of a reception record (the days held are real days)."""
    problems = validate(doc, "reception-record")
    c = _Checker()
    for i, d in _items(doc, "days"):
        c.day(d, f"/days/{i}")
    return problems + c.problems


def load_reception_record(
    data: str | bytes | Mapping[str, Any],
) -> tuple[str, str, int, tuple[date, ...]]:
    """A reception record (``reception-record.schema.json``): holder, level, year and the days held."""
    out: tuple[str, str, int, tuple[date, ...]] = _load(
        data,
        reception_problems,
        lambda d: (
            d["holder"],
            d["level"],
            d["year"],
            tuple(date.fromisoformat(x) for x in d["days"]),
        ),
    )
    return out
