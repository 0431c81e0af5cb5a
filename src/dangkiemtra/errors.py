"""Errors raised by dangkiemtra (lỗi).

One small hierarchy, each class also subclassing the matching built-in so that
callers who only know Python's exceptions still catch them:

* :class:`DangKiemTraError` — the root.
* :class:`DataError` (``ValueError``) — bad input. It lists **every** problem
  found at once, each with a JSON pointer, a code and what was expected, in
  Vietnamese and English. It never contains the bad value itself, so it is
  safe to log even when the input held personal data.
* :class:`RuleError` (``LookupError``) — no rule is in force for the date
  asked, or the rule does not apply to the case.
* :class:`AmbiguityError` (``ValueError``) — the law is unclear on a point and
  the caller asked to be refused rather than given the default reading.

>>> from dangkiemtra.errors import DataError, Problem
>>> err = DataError([Problem("/members/3/birth_date", "date.invalid",
...                          "một ngày có thật, dạng YYYY-MM-DD",
...                          "a real date, as YYYY-MM-DD")])
>>> print(err)
Dữ liệu không hợp lệ (1 lỗi) / Invalid data (1 problem):
- /members/3/birth_date: cần một ngày có thật, dạng YYYY-MM-DD / expected a real date, as YYYY-MM-DD [date.invalid]
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

__all__ = [
    "AmbiguityError",
    "DangKiemTraError",
    "DataError",
    "Problem",
    "RuleError",
]


class DangKiemTraError(Exception):
    """Base class of every error raised by dangkiemtra."""


@attrs.frozen
class Problem:
    """One problem in the input (một lỗi dữ liệu).

    Parameters
    ----------
    pointer
        JSON pointer (RFC 6901) to the bad field, ``""`` for the whole document.
    code
        A stable machine-readable code, e.g. ``"date.invalid"``.
    expected_vi, expected_en
        What was expected, in words a clerk understands. Never the value itself.
    """

    pointer: str
    code: str
    expected_vi: str
    expected_en: str

    def render(self) -> str:
        """The problem on one line, in both languages."""
        where = self.pointer or "/"
        return f"{where}: cần {self.expected_vi} / expected {self.expected_en} [{self.code}]"

    def to_json(self) -> dict[str, str]:
        """The problem as a JSON object."""
        return {
            "pointer": self.pointer,
            "code": self.code,
            "expected_vi": self.expected_vi,
            "expected_en": self.expected_en,
        }


class DataError(DangKiemTraError, ValueError):
    """Bad input: every problem found, with JSON pointers, never the values."""

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        unique = tuple(dict.fromkeys(problems))
        if not unique:
            raise ValueError("DataError needs at least one problem")
        self.problems = tuple(sorted(unique, key=lambda p: (p.pointer, p.code)))
        super().__init__(self._message())

    def _message(self) -> str:
        n = len(self.problems)
        head = f"Dữ liệu không hợp lệ ({n} lỗi) / Invalid data ({n} problem{'s' if n > 1 else ''}):"
        return "\n".join([head, *(f"- {p.render()}" for p in self.problems)])

    def __str__(self) -> str:
        return self._message()

    def pointers(self) -> tuple[str, ...]:
        """The JSON pointers of the problems, in order."""
        return tuple(p.pointer for p in self.problems)


class RuleError(DangKiemTraError, LookupError):
    """No rule is in force on the date asked, or the rule does not apply.

    Attributes
    ----------
    key
        The rulebook key (or rule ID) concerned.
    applies_from
        The first date the rule applies, when the date asked was too early.
    """

    def __init__(
        self,
        message: str,
        *,
        key: str = "",
        applies_from: date | None = None,
    ) -> None:
        super().__init__(message)
        self.key = key
        self.applies_from = applies_from

    def __str__(self) -> str:
        return str(self.args[0])


class AmbiguityError(DangKiemTraError, ValueError):
    """The law is ambiguous on a point and the caller chose to be refused.

    Attributes
    ----------
    option
        The name of the option whose reading is disputed.
    readings
        The readings the catalogue lists.
    """

    def __init__(self, message: str, *, option: str, readings: tuple[str, ...]) -> None:
        super().__init__(message)
        self.option = option
        self.readings = readings

    def __str__(self) -> str:
        return str(self.args[0])
