"""Vietnamese and English formatting of dates and numbers, through babel.

Babel is imported on first use, so that ``import dangkiemtra`` stays fast.
"""

from __future__ import annotations

import functools
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

__all__ = [
    "format_date",
    "format_decimal",
    "format_int",
    "format_percent",
    "percent",
    "round_half_up",
]

_LOCALES = {"vi": "vi_VN", "en": "en_GB"}


@functools.cache
def _babel() -> tuple[Any, Any]:
    from babel import dates, numbers

    return dates, numbers


def _locale(lang: str) -> str:
    return _LOCALES.get(lang, "vi_VN")


def format_date(day: date, lang: str = "vi") -> str:
    """``ngày 25 tháng 9 năm 2023`` (vi) or ``25 September 2023`` (en).

    >>> format_date(date(2023, 9, 25))
    'ngày 25 tháng 9 năm 2023'
    >>> format_date(date(2023, 9, 25), "en")
    '25 September 2023'
    """
    dates, _ = _babel()
    pattern = "'ngày' d 'tháng' M 'năm' y" if lang == "vi" else "d MMMM y"
    return str(dates.format_date(day, pattern, locale=_locale(lang)))


def format_int(n: int, lang: str = "vi") -> str:
    """``4.144`` (vi) or ``4,144`` (en).

    >>> format_int(4144), format_int(4144, "en")
    ('4.144', '4,144')
    """
    _, numbers = _babel()
    return str(numbers.format_decimal(n, locale=_locale(lang)))


def format_decimal(value: Decimal, lang: str = "vi") -> str:
    """A decimal with the digits it carries: ``57,58`` (vi) or ``57.58`` (en)."""
    _, numbers = _babel()
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return str(numbers.format_decimal(value, format=pattern, locale=_locale(lang)))


def format_percent(value: Decimal, lang: str = "vi") -> str:
    """A percentage already rounded to its places: ``57,58%`` (vi) or ``57.58%`` (en).

    >>> format_percent(Decimal("57.58")), format_percent(Decimal("58.6"), "en")
    ('57,58%', '58.6%')
    """
    return format_decimal(value, lang) + "%"


def round_half_up(value: Decimal, places: int) -> Decimal:
    """Round ``value`` half up to ``places`` decimals, as reports do (58,62 → 58,6).

    >>> round_half_up(Decimal(2) / Decimal(3) * 100, 1)
    Decimal('66.7')
    """
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def percent(done: int, planned: int, decimals: int) -> Decimal:
    """``done / planned`` as a percentage rounded half up to ``decimals`` places (0 when nothing planned).

    >>> percent(17, 29, 1), percent(19, 33, 2), percent(2, 3, 1), percent(0, 0, 1)
    (Decimal('58.6'), Decimal('57.58'), Decimal('66.7'), Decimal('0.0'))
    """
    if planned <= 0:
        return round_half_up(Decimal(0), decimals)
    return round_half_up(Decimal(done) * 100 / Decimal(planned), decimals)
