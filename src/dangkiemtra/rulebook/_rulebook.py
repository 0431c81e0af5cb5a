"""The rulebook and its snapshot as of a date, loaded from the TOML data and checked."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from datetime import date
from importlib import resources
from typing import Any

import attrs

from dangkiemtra import _format
from dangkiemtra._schemas import validate
from dangkiemtra.errors import AmbiguityError, DataError, Problem, RuleError
from dangkiemtra.rulebook._calendar import CalendarDay, CalendarYear
from dangkiemtra.rulebook._diff import RulebookDiff
from dangkiemtra.rulebook._integrity import integrity_problems
from dangkiemtra.rulebook._model import (
    Citation,
    Confidence,
    Counting,
    HistoryEntry,
    Option,
    Parameter,
    Reading,
    Source,
    Value,
)
from dangkiemtra.rulebook._values import OptionChoice, RuleValue

DATA_FILES = (
    "sources.toml",
    "parameters.toml",
    "discipline.toml",
    "petitions.toml",
    "calendar.toml",
)


@attrs.frozen(repr=False)
class Rulebook:
    """All sources, parameters, options and calendar years, validated and checked.

    Its repr counts what it holds (the contents are a notebook cell's worth of megabytes).
    """

    sources: Mapping[str, Source]
    parameters: Mapping[str, Parameter]
    options: Mapping[str, Option]
    calendar_years: Mapping[int, CalendarYear]

    @classmethod
    def default(cls) -> Rulebook:
        """The rulebook shipped with the package (loaded once, immutable)."""
        return _default_rulebook()

    def __repr__(self) -> str:
        years = sorted(self.calendar_years)
        span = f", calendar notices {years[0]}–{years[-1]}" if years else ""
        return (
            f"Rulebook({len(self.sources)} documents, {len(self.parameters)} parameters, "
            f"{len(self.options)} options{span})"
        )

    @classmethod
    def from_toml(cls, texts: Mapping[str, str]) -> Rulebook:
        """Build a rulebook from TOML texts keyed by file name; ``DataError`` lists every problem."""
        documents: dict[str, Any] = {}
        problems: list[Problem] = []
        for name, text in texts.items():
            try:
                documents[name] = tomllib.loads(text)
            except tomllib.TOMLDecodeError:
                problems.append(
                    Problem(
                        f"/{name}",
                        "toml.syntax",
                        "một tệp TOML đúng cú pháp",
                        "a well-formed TOML file",
                    )
                )
        for name, doc in documents.items():
            problems.extend(
                attrs.evolve(p, pointer=f"/{name}{p.pointer}")
                for p in validate(_jsonable(doc), "rulebook")
            )
        if problems:
            raise DataError(problems)
        book = _build(documents)
        problems = integrity_problems(book)
        if problems:
            raise DataError(problems)
        return book

    def at(self, day: date) -> Snapshot:
        """The rules in force on ``day``."""
        return Snapshot(self, day)

    def diff(self, before: date, after: date) -> RulebookDiff:
        """What changed from ``before`` to ``after``: documents, values, unclear points.

        See :class:`~dangkiemtra.rulebook._diff.RulebookDiff`; every change cites both sides.
        """
        from dangkiemtra.rulebook._diff import diff

        return diff(self, before, after)

    def source(self, source_id: str) -> Source:
        """The source called ``source_id`` (``RuleError`` if unknown)."""
        try:
            return self.sources[source_id]
        except KeyError:
            raise RuleError(f"Unknown source '{source_id}'", key=source_id) from None

    def parameter(self, key: str) -> Parameter:
        """The parameter called ``key`` (``RuleError`` if unknown)."""
        try:
            return self.parameters[key]
        except KeyError:
            raise RuleError(
                f"Không có quy định '{key}' / No rule '{key}' in the rulebook", key=key
            ) from None

    def option(self, key: str) -> Option:
        """The option called ``key`` (``RuleError`` if unknown)."""
        try:
            return self.options[key]
        except KeyError:
            raise RuleError(f"No option '{key}' in the rulebook", key=key) from None


@attrs.frozen
class Snapshot:
    """The rulebook as of one date: what an answer computed *as of* that date may use."""

    rulebook: Rulebook = attrs.field(repr=False)
    day: date

    def get(self, key: str) -> RuleValue:
        """The value of ``key`` in force on this snapshot's date.

        Raises
        ------
        RuleError
            When ``key`` is unknown, not yet in force (the message says from when) or
            no longer in force.
        """
        param = self.rulebook.parameter(key)
        entry = param.entry_on(self.day)
        if entry is None:
            first = param.history[0].valid_from
            if self.day < first:
                raise RuleError(
                    f"Quy định '{key}' chỉ áp dụng từ {_format.format_date(first, 'vi')} / "
                    f"The rule '{key}' applies only from {_format.format_date(first, 'en')}",
                    key=key,
                    applies_from=first,
                )
            raise RuleError(
                f"Quy định '{key}' không còn hiệu lực vào {_format.format_date(self.day, 'vi')} / "
                f"The rule '{key}' is not in force on {_format.format_date(self.day, 'en')}",
                key=key,
            )
        return RuleValue(
            key=key,
            value=entry.value,
            unit=entry.unit or param.unit,
            description_vi=param.description_vi,
            description_en=param.description_en,
            valid_from=entry.valid_from,
            valid_until=entry.valid_until,
            citation=entry.citation,
            confidence=entry.confidence,
            carried_over=entry.carried_over,
            counting=entry.counting,
            option=entry.option,
            note=entry.note,
        )

    def option(self, key: str, reading: str | None = None, *, refuse: bool = False) -> OptionChoice:
        """The reading to use for the ambiguous point ``key``.

        Parameters
        ----------
        reading
            The reading the caller chose; ``None`` for the cited default.
        refuse
            With no reading chosen, raise :class:`AmbiguityError` instead of using the default.
        """
        opt = self.rulebook.option(key)
        if reading is None:
            if refuse:
                raise AmbiguityError(
                    f"Quy định chưa rõ ('{key}'): hãy chọn một cách hiểu {opt.names} / "
                    f"The rule is ambiguous ('{key}'): choose one of {opt.names}",
                    option=key,
                    readings=opt.names,
                )
            return OptionChoice(opt, opt.default, is_default=True)
        if reading not in opt.names:
            raise RuleError(
                f"'{reading}' không phải cách hiểu của '{key}' / '{reading}' is not a reading of "
                f"'{key}' (expected one of {opt.names})",
                key=key,
            )
        return OptionChoice(opt, reading, is_default=reading == opt.default)

    def in_force(self) -> tuple[RuleValue, ...]:
        """Every parameter in force on this date, by key."""
        out = []
        for key, param in sorted(self.rulebook.parameters.items()):
            if param.entry_on(self.day) is not None:
                out.append(self.get(key))
        return tuple(out)

    def sources_in_force(self) -> tuple[Source, ...]:
        """Every document in force on this date."""
        return tuple(s for s in self.rulebook.sources.values() if s.in_force_on(self.day))


# ── loading ──────────────────────────────────────────────────────────────────────────────


def _jsonable(value: Any) -> Any:
    """TOML values with dates as ISO strings, for schema validation."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def _citation(raw: Mapping[str, Any], numbers: Mapping[str, str]) -> Citation:
    return Citation(
        source=raw["source"],
        rule_id=raw["rule_id"],
        number=numbers.get(raw["source"], ""),
        article=raw.get("article", ""),
        clause=raw.get("clause", ""),
        point=raw.get("point", ""),
    )


def _value(raw: Any) -> Value:
    if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
        return tuple(raw)
    if isinstance(raw, list):
        return (int(raw[0]), int(raw[1]))
    return raw  # type: ignore[no-any-return]


def _build(documents: Mapping[str, Mapping[str, Any]]) -> Rulebook:
    sources: dict[str, Source] = {}
    for doc in documents.values():
        for raw in doc.get("source", []):
            sources[raw["id"]] = Source(
                id=raw["id"],
                number=raw["number"],
                issuer=raw["issuer"],
                title_vi=raw["title_vi"],
                title_en=raw["title_en"],
                kind=raw["kind"],
                signed=raw.get("signed"),
                in_force_from=raw.get("in_force_from"),
                in_force_until=raw.get("in_force_until"),
                replaces=tuple(raw.get("replaces", ())),
                replaced_by=raw.get("replaced_by"),
                url=raw.get("url"),
                confidence=Confidence(raw["confidence"]),
                note=raw.get("note", ""),
            )
    numbers = {k: _short_number(s) for k, s in sources.items()}
    parameters: dict[str, Parameter] = {}
    options: dict[str, Option] = {}
    years: dict[int, CalendarYear] = {}
    for doc in documents.values():
        for raw in doc.get("parameter", []):
            history = tuple(
                HistoryEntry(
                    valid_from=e["valid_from"],
                    valid_until=e.get("valid_until"),
                    value=_value(e["value"]),
                    citation=_citation(e, numbers),
                    confidence=Confidence(e["confidence"]),
                    carried_over=e.get("carried_over", False),
                    counting=Counting(**e["counting"]) if "counting" in e else None,
                    option=e.get("option"),
                    note=e.get("note", ""),
                    unit=e.get("unit"),
                )
                for e in raw["history"]
            )
            parameters[raw["key"]] = Parameter(
                raw["key"], raw["unit"], raw["description_vi"], raw["description_en"], history
            )
        for raw in doc.get("option", []):
            options[raw["key"]] = Option(
                key=raw["key"],
                description_vi=raw["description_vi"],
                description_en=raw["description_en"],
                readings=tuple(
                    Reading(r["name"], r["description_vi"], r["description_en"])
                    for r in raw["readings"]
                ),
                default=raw["default"],
                citation=_citation(raw, numbers),
                confidence=Confidence(raw["confidence"]),
            )
        for raw in doc.get("year", []):
            years[raw["year"]] = _calendar_year(raw, numbers)
    return Rulebook(sources, parameters, options, dict(sorted(years.items())))


def _calendar_year(raw: Mapping[str, Any], numbers: Mapping[str, str]) -> CalendarYear:
    confidence = Confidence(raw["confidence"])

    def day(e: Mapping[str, Any]) -> CalendarDay:
        rule = "CAL-02" if e["kind"] in ("nghi_bu", "hoan_doi", "lam_bu") else "CAL-01"
        citation = _citation({**e, "rule_id": rule}, numbers)
        return CalendarDay(
            day=e["date"],
            kind=e["kind"],
            citation=citation,
            confidence=Confidence(e.get("confidence", confidence.value)),
            for_day=e.get("for"),
        )

    return CalendarYear(
        year=raw["year"],
        confidence=confidence,
        notices=tuple(raw["notices"]),
        days_off=tuple(sorted((day(e) for e in raw["days_off"]), key=lambda d: d.day)),
        workdays=tuple(sorted((day(e) for e in raw["workdays"]), key=lambda d: d.day)),
        package_disagreements=tuple(
            (d["date"], d["reason"]) for d in raw.get("package_disagreements", ())
        ),
    )


def _short_number(source: Source) -> str:
    """How a citation names its document: ``296-QĐ/TW``, ``Bộ luật Dân sự 91/2015/QH13``."""
    if source.kind == "state" and len(source.title_vi) <= 40:
        return f"{source.title_vi} {source.number}"
    return source.number


def _read_data_files() -> dict[str, str]:
    folder = resources.files("dangkiemtra.rulebook") / "data"
    return {name: (folder / name).read_text("utf-8") for name in DATA_FILES}


@functools.cache
def _default_rulebook() -> Rulebook:
    return Rulebook.from_toml(_read_data_files())
