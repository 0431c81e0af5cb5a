"""Shared helpers of the answers' ``to_json()``: the versioned format tag and numbers.

Every answer's JSON opens with ``"format": "dangkiemtra.<kind>/1"`` and validates against
``schemas/<kind>.schema.json``. Percentages and other decimals are JSON numbers.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

__all__ = ["answer", "iso", "number"]


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
