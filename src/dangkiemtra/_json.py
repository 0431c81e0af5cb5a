"""Shared helpers of the answers' ``to_json()``: the versioned format tag and numbers.

Every answer's JSON opens with ``"format": "dangkiemtra.<kind>/1"`` and validates against
``schemas/<kind>.schema.json``. Percentages and other decimals are JSON numbers.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

__all__ = ["answer", "attrs_answer", "iso", "number", "plain"]


def answer(kind: str, /, **fields: Any) -> dict[str, Any]:
    """``{"format": "dangkiemtra.<kind>/1", **fields}``.

    >>> answer("counts", members=3)
    {'format': 'dangkiemtra.counts/1', 'members': 3}
    """
    return {"format": f"dangkiemtra.{kind}/1", **fields}


def number(value: Decimal) -> float | int:
    """A decimal as a JSON number: ``Decimal("57.58")`` → ``57.58``, ``Decimal("3")`` → ``3``.

    >>> number(Decimal("57.58")), number(Decimal("100.0")), number(Decimal("3"))
    (57.58, 100.0, 3)
    """
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= 0:
        return int(value)
    return float(value)


def iso(day: date | None) -> str | None:
    """A date as ``YYYY-MM-DD``, ``None`` as ``null``."""
    return None if day is None else day.isoformat()


def plain(value: Any) -> Any:
    """A field value as JSON: dates as ISO text, decimals as numbers, fractions as ``"2/3"``,
    enums by value, answers and explanations by their own ``to_json()``, tuples as lists,
    other attrs records (an appeal level, a vote needed) as objects of their fields.

    >>> plain(Fraction(2, 3)), plain(Fraction(1))
    ('2/3', '1')
    """
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, Fraction):
        return str(value)
    if hasattr(value, "to_json"):
        return value.to_json()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if attrs.has(type(value)):
        return {f.name: plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    raise TypeError(f"no JSON form for {type(value).__name__}")


def attrs_answer(obj: Any, kind: str) -> dict[str, Any]:
    """An attrs answer as ``{"format": "dangkiemtra.<kind>/1", field: value …}``, fields in order."""
    return answer(kind, **{f.name: plain(getattr(obj, f.name)) for f in attrs.fields(type(obj))})
