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

from collections.abc import Callable, Collection, Iterable
from datetime import date
from typing import Any

import attrs

__all__ = [
    "AmbiguityError",
    "DangKiemTraError",
    "DataError",
    "OmittedProblems",
    "Problem",
    "RuleError",
]


class DangKiemTraError(Exception):
    """Base class of every error raised by dangkiemtra."""


#: At most this many problems are listed; the rest are counted (issue 9's rule).
MAX_LISTED = 1000


@attrs.frozen
class Problem:
    """One problem in the input (một lỗi dữ liệu).

    Parameters
    ----------
    pointer
        JSON pointer (RFC 6901) to the bad field, ``""`` for the whole document. It is
        built from the schema's own field names and list positions only: a field the
        schema does not declare is never named (its key may hold personal data); the
        pointer stops at the object that holds it and the text gives its position.
    code
        A stable machine-readable code, e.g. ``"date.invalid"``.
    expected_vi, expected_en
        What was expected, in words a clerk understands. Never the value itself.
    location
        The same place read through ids (``cs01 › cs01-cb01 › member dv00002 ›
        birth_date``), never through names; ``""`` when the document has no ids there.
    """

    pointer: str
    code: str
    expected_vi: str
    expected_en: str
    location: str = ""

    def render(self) -> str:
        """The problem on one line, in both languages."""
        where = self.pointer or "/"
        if self.location:
            where = f"{where} ({self.location})"
        return f"{where}: cần {self.expected_vi} / expected {self.expected_en} [{self.code}]"

    def to_json(self) -> dict[str, Any]:
        """The problem as a JSON object."""
        return {
            "pointer": self.pointer,
            "location": self.location,
            "code": self.code,
            "expected_vi": self.expected_vi,
            "expected_en": self.expected_en,
        }


@attrs.frozen
class OmittedProblems(Problem):
    """The last line of a long list: how many more problems were found but not listed."""

    count: int = 0

    @classmethod
    def of(cls, count: int) -> OmittedProblems:
        """The marker for ``count`` problems left out."""
        vi = f"{count:,}".replace(",", ".")
        en = f"{count:,}"
        return cls(
            "",
            "problems.omitted",
            f"sửa các lỗi trên trước: còn {vi} lỗi khác không liệt kê",
            f"the problems above fixed first: {en} more are not listed",
            count=count,
        )

    def render(self) -> str:
        """The marker on one line, in both languages."""
        vi = f"{self.count:,}".replace(",", ".")
        return f"… còn {vi} lỗi khác / {self.count:,} more problems [{self.code}]"

    def to_json(self) -> dict[str, Any]:
        """The marker as a JSON object, with the count."""
        return {**super().to_json(), "omitted": self.count}


def _order(problem: Problem) -> tuple[tuple[int, int, str], ...]:
    """Document order: list positions compare as numbers (``/2`` before ``/10``)."""
    parts = problem.pointer.split("/")[1:] if problem.pointer else []
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def listed(problems: Iterable[Problem]) -> list[Problem]:
    """Problems without repeats, in document order, at most :data:`MAX_LISTED`, then the count of the rest."""
    omitted = 0
    plain: list[Problem] = []
    for p in problems:
        if isinstance(p, OmittedProblems):
            omitted += p.count
        else:
            plain.append(p)
    unique = sorted(dict.fromkeys(plain), key=lambda p: (_order(p), p.code))
    if len(unique) > MAX_LISTED:
        omitted += len(unique) - MAX_LISTED
        unique = unique[:MAX_LISTED]
    return [*unique, OmittedProblems.of(omitted)] if omitted else unique


class DataError(DangKiemTraError, ValueError):
    """Bad input: every problem found, with JSON pointers, never the values.

    Problems are listed in document order, at most :data:`MAX_LISTED` of them; beyond
    that, a last :class:`OmittedProblems` gives the count of the rest.
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        found = listed(problems)
        if not found:
            raise ValueError("DataError needs at least one problem")
        self.problems = tuple(found)
        super().__init__(self._message())

    @property
    def omitted(self) -> int:
        """How many problems were found beyond those listed."""
        last = self.problems[-1]
        return last.count if isinstance(last, OmittedProblems) else 0

    def _message(self) -> str:
        n = sum(1 for p in self.problems if not isinstance(p, OmittedProblems)) + self.omitted
        shown = f"{n:,}"
        head = (
            f"Dữ liệu không hợp lệ ({shown.replace(',', '.')} lỗi) / "
            f"Invalid data ({shown} problem{'s' if n > 1 else ''}):"
        )
        return "\n".join([head, *(f"- {p.render()}" for p in self.problems)])

    def __str__(self) -> str:
        return self._message()

    def pointers(self) -> tuple[str, ...]:
        """The JSON pointers of the problems, in order (the count of omitted ones excepted)."""
        return tuple(p.pointer for p in self.problems if not isinstance(p, OmittedProblems))

    def to_json(self) -> dict[str, Any]:
        """The problems as JSON: ``{"problems": [...], "omitted": n}``, in the order of the text."""
        return {
            "problems": [p.to_json() for p in self.problems if not isinstance(p, OmittedProblems)],
            "omitted": self.omitted,
        }


def known(table: Collection[Any], what_vi: str, what_en: str) -> Callable[[Any, Any, Any], None]:
    """An attrs validator: the value is a key of ``table``, else a short :class:`DataError`.

    Unlike ``attrs.validators.in_`` it never prints the table (tens of thousands of
    characters) nor the value.

    >>> import attrs
    >>> @attrs.frozen
    ... class Tag:
    ...     code: str = attrs.field(validator=known({"a", "b"}, "một mã", "a code"))
    >>> Tag("zz")
    Traceback (most recent call last):
    ...
    dangkiemtra.errors.DataError: Dữ liệu không hợp lệ (1 lỗi) / Invalid data (1 problem):
    - /code: cần một mã / expected a code [code.unknown]
    """

    def check(_instance: Any, attribute: Any, value: Any) -> None:
        try:
            ok = value in table
        except TypeError:  # an unhashable value
            ok = False
        if not ok:
            raise DataError([Problem(f"/{attribute.name}", "code.unknown", what_vi, what_en)])

    return check


def bad_argument(name: str, expected_vi: str, expected_en: str) -> DataError:
    """A :class:`DataError` for a function's argument ``name``: short, fixed, never the value."""
    return DataError([Problem(f"/{name}", "argument.invalid", expected_vi, expected_en)])


def at_least(bound: int) -> Callable[[Any, Any, Any], None]:
    """An attrs validator: a whole number of at least ``bound``, else a short :class:`DataError`."""

    def check(_instance: Any, attribute: Any, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < bound:
            raise DataError(
                [
                    Problem(
                        f"/{attribute.name}",
                        "number.range",
                        f"một số nguyên không nhỏ hơn {bound}",
                        f"a whole number of at least {bound}",
                    )
                ]
            )

    return check


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
