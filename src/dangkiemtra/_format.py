"""Vietnamese and English formatting of dates and numbers, through babel.

Babel is imported on first use, so that ``import dangkiemtra`` stays fast.
"""

from __future__ import annotations

import functools
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

__all__ = [
    "format_count",
    "format_date",
    "format_decimal",
    "format_int",
    "format_list",
    "format_ordinal",
    "format_percent",
    "ordinal_category",
    "percent",
    "plural_category",
    "round_half_up",
]

_LOCALES = {"vi": "vi_VN", "en": "en_GB"}


@functools.cache
def _babel() -> tuple[Any, Any]:
    from babel import dates, numbers

    return dates, numbers


@functools.cache
def _cldr(lang: str) -> Any:
    from babel import Locale

    return Locale.parse(_locale(lang))


#: How each CLDR ordinal category is written (``#`` is the number): 1st, 2nd, 3rd, 4th, 11th,
#: 21st in English; thứ nhất, thứ 2, thứ 21 in Vietnamese (the template writes "thứ").
_ORDINAL_FORMS = {
    "en": {"one": "#st", "two": "#nd", "few": "#rd", "other": "#th"},
    "vi": {"one": "nhất", "other": "#"},
}


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
    # in whole numbers, so that no count is too large for the decimal context (28 digits)
    # and no intermediate rounding can move a tie: half up is floor((2n + m) / 2m)
    n = abs(done) * 100 * 10**decimals
    q = (2 * n + planned) // (2 * planned)
    sign = "-" if done < 0 and q else ""
    return Decimal(f"{sign}{q}E-{decimals}")


def plural_category(n: int, lang: str = "vi") -> str:
    """The CLDR plural category of ``n`` in ``lang`` (``one``, ``other`` …), through babel.

    >>> plural_category(1, "en"), plural_category(2, "en"), plural_category(21, "en")
    ('one', 'other', 'other')
    """
    return str(_cldr(lang).plural_form(n))


def ordinal_category(n: int, lang: str = "vi") -> str:
    """The CLDR ordinal category of ``n`` in ``lang`` (``one``, ``two``, ``few``, ``other``).

    >>> [ordinal_category(n, "en") for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23)]
    ['one', 'two', 'few', 'other', 'other', 'other', 'other', 'one', 'two', 'few']
    """
    return str(_cldr(lang).ordinal_form(n))


def _forms(spec: str) -> dict[str, str]:
    forms: dict[str, str] = {}
    for part in spec.split(";"):
        category, sep, text = part.partition("=")
        if not sep:
            raise ValueError(f"a plural form must read category=text, not {part!r}")
        forms[category.strip()] = text
    if "other" not in forms:
        raise ValueError("plural forms need an 'other' form")
    return forms


def format_count(n: int, spec: str, lang: str = "vi") -> str:
    """``n`` with the noun form its CLDR plural category takes; ``#`` is the number.

    ``spec`` lists the forms as ``category=text`` separated by ``;``, ``other`` required.

    >>> format_count(1, "one=# calendar day;other=# calendar days", "en")
    '1 calendar day'
    >>> format_count(21, "one=# calendar day;other=# calendar days", "en")
    '21 calendar days'
    >>> format_count(1000, "other=# ngày", "vi")
    '1.000 ngày'
    """
    forms = _forms(spec)
    text = forms.get(plural_category(n, lang), forms["other"])
    return text.replace("#", format_int(n, lang))


def format_ordinal(n: int, lang: str = "vi") -> str:
    """``n`` as an ordinal by its CLDR ordinal category: ``21st`` (en), ``nhất``/``21`` (vi).

    >>> [format_ordinal(n, "en") for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th']
    >>> format_ordinal(1), format_ordinal(21)
    ('nhất', '21')
    """
    forms = _ORDINAL_FORMS["en" if lang == "en" else "vi"]
    text = forms.get(ordinal_category(n, lang), forms["other"])
    return text.replace("#", format_int(n, lang))


def format_list(items: list[str], lang: str = "vi") -> str:
    """Items joined by the CLDR list pattern: ``a, b and c`` (en), ``a, b và c`` (vi).

    >>> format_list(["a", "b", "c"], "en"), format_list(["a", "b", "c"]), format_list([], "en")
    ('a, b and c', 'a, b và c', '')
    """
    if not items:
        return ""
    from babel.lists import format_list as babel_list

    return str(babel_list(items, locale=_locale(lang)))
