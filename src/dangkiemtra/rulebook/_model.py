"""Values of the rulebook: sources, citations, dated parameters, options."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import TypeAlias

import attrs

__all__ = [
    "Citation",
    "Confidence",
    "Counting",
    "HistoryEntry",
    "Option",
    "Parameter",
    "Reading",
    "Source",
    "Value",
]

#: A parameter's value: a number, a flag, a code, an inclusive range of numbers, or a list of codes.
Value: TypeAlias = int | bool | str | tuple[int, int] | tuple[str, ...]


class Confidence(enum.StrEnum):
    """How sure the rulebook is of a value (độ tin cậy): checked against the text itself or not."""

    CONFIRMED = "confirmed"
    CONFIRMED_SECONDARY = "confirmed-secondary"
    REPORTED_LOW = "reported-low"
    INFERRED = "inferred"
    UNVERIFIED = "unverified"

    @property
    def is_confirmed(self) -> bool:
        """Only ``confirmed`` values are used without a flag."""
        return self is Confidence.CONFIRMED


@attrs.frozen
class Source:
    """A legal or party document (văn bản), as printed and dated.

    ``in_force_until`` is the last day in force (inclusive), ``None`` while in force.
    """

    id: str
    number: str
    issuer: str
    title_vi: str
    title_en: str
    kind: str
    signed: date | None
    in_force_from: date | None
    in_force_until: date | None = None
    replaces: tuple[str, ...] = ()
    replaced_by: str | None = None
    url: str | None = None
    confidence: Confidence = Confidence.CONFIRMED
    note: str = ""

    def in_force_on(self, day: date) -> bool:
        """Whether the document is in force on ``day``."""
        if self.in_force_from is None or day < self.in_force_from:
            return False
        return self.in_force_until is None or day <= self.in_force_until


@attrs.frozen
class Citation:
    """A pointer into a source: article, clause, point, and the catalogue rule ID."""

    source: str
    rule_id: str
    number: str = ""
    article: str = ""
    clause: str = ""
    point: str = ""
    note: str = ""

    def render(self, lang: str = "vi") -> str:
        """``Điều 24 khoản 4, 296-QĐ/TW [ORG-05]`` (vi) or ``Art. 24(4), 296-QĐ/TW [ORG-05]`` (en)."""
        where = self.locator_vi() if lang == "vi" else self.locator_en()
        doc = self.number or self.source
        text = f"{where}, {doc}" if where else doc
        return f"{text} [{self.rule_id}]"

    def to_json(self) -> dict[str, str]:
        """The citation as a JSON object (empty parts left out)."""
        full = attrs.asdict(self)
        return {k: v for k, v in full.items() if v}

    def locator_vi(self) -> str:
        """``Điều 24 khoản 4`` style locator, empty when none is known."""
        parts = []
        if self.point:
            parts.append(f"điểm {self.point}")
        if self.clause:
            parts.append(f"khoản {self.clause}")
        if self.article:
            parts.append(f"Điều {self.article}")
        return " ".join(parts)

    def locator_en(self) -> str:
        """``Art. 24(4)(a)`` style locator, empty when none is known."""
        if not self.article:
            return f"item {self.clause}" if self.clause else ""
        text = f"Art. {self.article}"
        if self.clause:
            text += f"({self.clause})"
        if self.point:
            text += f"({self.point})"
        return text


@attrs.frozen
class Counting:
    """How a period is counted (cách tính thời hạn), per BLDS 2015 Art 147–148 unless a rule says otherwise."""

    first_day_counted: bool = False
    roll_to_working_day: bool = True
    month_end_rounding: bool = True


@attrs.frozen
class HistoryEntry:
    """One dated value of a parameter: in force from ``valid_from`` to ``valid_until`` (inclusive)."""

    valid_from: date
    valid_until: date | None
    value: Value
    citation: Citation
    confidence: Confidence
    carried_over: bool = False
    counting: Counting | None = None
    option: str | None = None
    note: str = ""
    unit: str | None = None

    def covers(self, day: date) -> bool:
        """Whether this entry is in force on ``day``."""
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


@attrs.frozen
class Parameter:
    """A dated, cited rule value (tham số) with a stable dotted key."""

    key: str
    unit: str
    description_vi: str
    description_en: str
    history: tuple[HistoryEntry, ...]

    def entry_on(self, day: date) -> HistoryEntry | None:
        """The history entry in force on ``day``, if any."""
        for entry in self.history:
            if entry.covers(day):
                return entry
        return None


@attrs.frozen
class Reading:
    """One reading of an ambiguous text (một cách hiểu)."""

    name: str
    description_vi: str
    description_en: str


@attrs.frozen
class Option:
    """A named choice where the law is ambiguous, with a cited default reading."""

    key: str
    description_vi: str
    description_en: str
    readings: tuple[Reading, ...]
    default: str
    citation: Citation
    confidence: Confidence

    def reading(self, name: str) -> Reading:
        """The reading called ``name``; ``KeyError`` is never raised to callers (see Rulebook)."""
        for r in self.readings:
            if r.name == name:
                return r
        raise LookupError(name)

    @property
    def names(self) -> tuple[str, ...]:
        """Names of the readings, default first."""
        rest = tuple(r.name for r in self.readings if r.name != self.default)
        return (self.default, *rest)


def freeze_mapping(items: Mapping[str, object]) -> Mapping[str, object]:
    """A read-only view of ``items``."""
    return MappingProxyType(dict(items))
