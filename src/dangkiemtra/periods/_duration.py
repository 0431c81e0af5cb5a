"""Periods and their answers: the unit, the duration, the due date and its readings."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

import attrs

from dangkiemtra import _display, _ics, _views
from dangkiemtra.errors import at_least
from dangkiemtra.explain import GENERIC_FLAGS, Explanation, Flag, split_flags
from dangkiemtra.rulebook import Counting

__all__ = ["GENERIC_FLAGS", "Alternative", "Deadline", "Duration", "Unit", "split_flags"]


class Unit(enum.StrEnum):
    """The unit of a period."""

    DAYS = "days"
    WORKING_DAYS = "working_days"
    MONTHS = "months"
    YEARS = "years"


@attrs.frozen
class Duration:
    """A length of time: ``Duration(30, Unit.WORKING_DAYS)``."""

    amount: int = attrs.field(validator=at_least(0))
    unit: Unit = attrs.field(converter=Unit)

    def __str__(self) -> str:
        return f"{self.amount} {self.unit.value}"


@attrs.frozen
class Alternative:
    """The due date under one reading of an ambiguous rule (một cách hiểu và kết quả của nó).

    ``is_default`` marks the rulebook's cited default; ``chosen`` the reading the answer used.
    """

    option: str
    reading: str
    due: date
    is_default: bool
    chosen: bool

    def to_json(self) -> dict[str, Any]:
        """The alternative as JSON."""
        return {
            "option": self.option,
            "reading": self.reading,
            "due": self.due.isoformat(),
            "is_default": self.is_default,
            "chosen": self.chosen,
        }


@attrs.frozen(repr=False)
class Deadline(_display.Answer):
    """A computed due date and why (hạn cuối và giải trình).

    ``due`` is the last day on which the act is in time (``unrolled_end`` the last day of the
    period before a day off moved it); ``explanation`` lists the
    steps and citations; ``flags`` every caveat (unconfirmed value, carried-over value,
    projected calendar year, ambiguous reading).
    """

    due: date
    start: date
    duration: Duration
    counting: Counting
    explanation: Explanation
    rule_key: str | None = None
    alternatives: tuple[Alternative, ...] = ()
    unrolled_end: date | None = None

    @property
    def flags(self) -> tuple[Flag, ...]:
        """The caveats of the explanation."""
        return self.explanation.flags

    @property
    def concerns(self) -> tuple[Flag, ...]:
        """The specific concerns of this answer (a reading, a month end, a crossing …)."""
        return self.explanation.concerns

    @property
    def caveats(self) -> tuple[Flag, ...]:
        """The generic confidence caveats of the values used, grouped apart."""
        return self.explanation.caveats

    @property
    def regime_crossing(self) -> bool:
        """Whether the period starts under one document and ends after its successor takes effect."""
        return any(f.code == "regime_crossing" for f in self.flags)

    def to_json(self) -> dict[str, Any]:
        """The deadline as JSON (``deadline.schema.json``)."""
        return {
            "format": "dangkiemtra.deadline/1",
            "due": self.due.isoformat(),
            "start": self.start.isoformat(),
            "duration": {"amount": self.duration.amount, "unit": self.duration.unit.value},
            "counting": attrs.asdict(self.counting),
            "rule_key": self.rule_key,
            "flags": [f.to_json() for f in self.flags],
            "explanation": self.explanation.to_json(),
            **(
                {"alternatives": [a.to_json() for a in self.alternatives]}
                if self.alternatives
                else {}
            ),
        }

    def _view_(self) -> _display.View:
        return _views.deadline(self)

    def to_ics(self, *, title: str | None = None, as_of: date | None = None) -> bytes:
        """A calendar file with one all-day event on the due date, the explanation as its description.

        ``DTSTAMP`` is ``as_of`` (default: the start), never the clock: the bytes are reproducible.
        """
        return _ics.calendar_bytes([_ics.deadline_event(self, title=title, as_of=as_of)])
