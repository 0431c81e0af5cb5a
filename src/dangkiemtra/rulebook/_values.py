"""A rule's value on a date and the reading chosen for an unclear point, each able to explain itself."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from fractions import Fraction
from typing import Any

import attrs

from dangkiemtra._messages import TERMS
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Flag, Step, Term, Text
from dangkiemtra.rulebook._model import Citation, Confidence, Counting, Option, Value


@attrs.frozen
class RuleValue:
    """A parameter's value in force on a date, with everything needed to explain it."""

    key: str
    value: Value
    unit: str
    description_vi: str
    description_en: str
    valid_from: date
    valid_until: date | None
    citation: Citation
    confidence: Confidence
    carried_over: bool
    counting: Counting | None
    option: str | None
    note: str

    @property
    def flags(self) -> tuple[Flag, ...]:
        """``unconfirmed`` unless the value is confirmed; ``carried_over`` where it was."""
        flags = []
        if not self.confidence.is_confirmed:
            flags.append(Flag("unconfirmed", self.key, self.confidence.value))
        if self.carried_over:
            flags.append(Flag("carried_over", self.key))
        return tuple(flags)

    def as_int(self) -> int:
        """The value as a whole number (``RuleError`` when it is not one)."""
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise RuleError(f"'{self.key}' is not a number", key=self.key)
        return self.value

    def as_bool(self) -> bool:
        """The value as a flag."""
        if not isinstance(self.value, bool):
            raise RuleError(f"'{self.key}' is not a yes/no value", key=self.key)
        return self.value

    def as_range(self) -> tuple[int, int]:
        """The value as an inclusive range ``(low, high)``."""
        v = self.value
        if not (isinstance(v, tuple) and len(v) == 2 and all(isinstance(x, int) for x in v)):
            raise RuleError(f"'{self.key}' is not a range", key=self.key)
        return (int(v[0]), int(v[1]))

    def as_codes(self) -> tuple[str, ...]:
        """The value as a list of codes (``("khien_trach", "canh_cao")``)."""
        v = self.value
        if not (isinstance(v, tuple) and all(isinstance(x, str) for x in v)):
            raise RuleError(
                f"'{self.key}' is not a list of codes", key=self.key
            )  # pragma: no cover
        return tuple(str(x) for x in v)

    def as_fraction(self) -> Fraction:
        """The value as a fraction (``"1/3"``)."""
        if not isinstance(self.value, str):
            raise RuleError(f"'{self.key}' is not a fraction", key=self.key)
        return Fraction(self.value)

    def step(self) -> Step:
        """A ``rule.value`` step that cites this value and carries its flags."""
        shown: Text | int
        if isinstance(self.value, tuple) and (not self.value or isinstance(self.value[0], str)):
            vi = ", ".join(Term(c).render("vi") if c in TERMS else str(c) for c in self.value)
            en = ", ".join(Term(c).render("en") if c in TERMS else str(c) for c in self.value)
            shown = Text(vi or "không có", en or "none")
        elif isinstance(self.value, tuple):
            shown = Text(f"{self.value[0]}–{self.value[1]}", f"{self.value[0]}–{self.value[1]}")
        elif isinstance(self.value, bool):
            shown = Text("có" if self.value else "không", "yes" if self.value else "no")
        elif isinstance(self.value, int):
            shown = self.value
        elif self.value in TERMS:
            shown = Text(Term(self.value).render("vi"), Term(self.value).render("en"))
        else:
            shown = Text(self.value, self.value)
        return Step.of(
            "rule.value",
            citations=(self.citation,),
            flags=self.flags,
            description=Text(self.description_vi, self.description_en),
            value=shown,
            valid_from=self.valid_from,
        )


@attrs.frozen
class OptionChoice:
    """The reading used for an ambiguous point, and whether the caller chose it."""

    option: Option
    reading: str
    is_default: bool

    @property
    def flags(self) -> tuple[Flag, ...]:
        """Always a flag: the law is unclear whichever reading is used.

        ``ambiguous_default`` when the cited default was used, ``ambiguous`` when the caller chose.
        """
        code = "ambiguous_default" if self.is_default else "ambiguous"
        return (Flag(code, self.option.key, self.reading),)

    def step(self) -> Step:
        """A ``rule.option`` step citing where the ambiguity lies."""
        reading = self.option.reading(self.reading)
        return Step.of(
            "rule.option",
            citations=(self.option.citation,),
            flags=self.flags,
            description=Text(self.option.description_vi, self.option.description_en),
            reading=Text(reading.description_vi, reading.description_en),
        )


def describe_units(values: Iterable[RuleValue]) -> list[dict[str, Any]]:
    """Rule values as JSON objects (used by ``dangkiemtra rules --json``)."""
    out = []
    for v in values:
        value: Any = list(v.value) if isinstance(v.value, tuple) else v.value  # range or codes
        out.append(
            {
                "key": v.key,
                "value": value,
                "unit": v.unit,
                "valid_from": v.valid_from.isoformat(),
                "valid_until": v.valid_until.isoformat() if v.valid_until else None,
                "citation": v.citation.to_json(),
                "confidence": v.confidence.value,
                "carried_over": v.carried_over,
                "flags": [f.to_json() for f in v.flags],
            }
        )
    return out
