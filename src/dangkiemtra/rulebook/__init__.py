"""The rulebook (bộ quy tắc): every time limit, threshold and choice, dated and cited.

Logic never holds a bare number: it asks the rulebook for a key *as of* a date and
gets a :class:`RuleValue` carrying the value, the citation (document, article,
clause, catalogue rule ID), the confidence and the flags to attach to the answer.

The data are TOML files under ``dangkiemtra/rulebook/data`` (``sources.toml``,
``parameters.toml``, ``calendar.toml``), reviewable by a legal expert without
reading Python, validated against ``schemas/rulebook.schema.json`` when loaded.

>>> from datetime import date
>>> rb = Rulebook.default()
>>> v = rb.at(date(2023, 9, 25)).get("org.cell.chi_uy_min_official_members")
>>> v.value, v.citation.render("vi")
(9, 'khoản 4 Điều 24, Điều lệ Đảng 2011 [ORG-05]')

Asking before a rule existed is an error that says when it applies:

>>> rb.at(date(2010, 1, 1)).get("org.probation.months")
Traceback (most recent call last):
...
dangkiemtra.errors.RuleError: Quy định 'org.probation.months' chỉ áp dụng từ ngày 19 tháng 1 năm 2011 / The rule 'org.probation.months' applies only from 19 January 2011
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Mapping
from datetime import date
from fractions import Fraction
from importlib import resources
from typing import Any

import attrs

from dangkiemtra import _format
from dangkiemtra._messages import TERMS
from dangkiemtra._schemas import validate
from dangkiemtra.errors import AmbiguityError, DataError, Problem, RuleError
from dangkiemtra.explain import Flag, Step, Term, Text
from dangkiemtra.rulebook._diff import RulebookDiff
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

__all__ = [
    "CalendarDay",
    "CalendarYear",
    "Citation",
    "Confidence",
    "Counting",
    "HistoryEntry",
    "Option",
    "OptionChoice",
    "Parameter",
    "Reading",
    "RuleValue",
    "Rulebook",
    "RulebookDiff",
    "Snapshot",
    "Source",
    "Value",
]

DATA_FILES = (
    "sources.toml",
    "parameters.toml",
    "discipline.toml",
    "petitions.toml",
    "calendar.toml",
)


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


@attrs.frozen
class CalendarDay:
    """A cited calendar entry: a weekday off or a weekend day worked."""

    day: date
    kind: str
    citation: Citation
    confidence: Confidence
    for_day: date | None = None

    @property
    def term(self) -> Term:
        """The kind of day as an official term."""
        return Term(self.kind)


@attrs.frozen
class CalendarYear:
    """One year's announced public-sector calendar (CAL-01…04)."""

    year: int
    confidence: Confidence
    notices: tuple[str, ...]
    days_off: tuple[CalendarDay, ...]
    workdays: tuple[CalendarDay, ...]
    package_disagreements: tuple[tuple[date, str], ...] = ()


@attrs.frozen
class Rulebook:
    """All sources, parameters, options and calendar years, validated and checked."""

    sources: Mapping[str, Source]
    parameters: Mapping[str, Parameter]
    options: Mapping[str, Option]
    calendar_years: Mapping[int, CalendarYear]

    @classmethod
    def default(cls) -> Rulebook:
        """The rulebook shipped with the package (loaded once, immutable)."""
        return _default_rulebook()

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

    rulebook: Rulebook
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


def integrity_problems(book: Rulebook) -> list[Problem]:
    """Every integrity problem of a rulebook (empty when sound).

    Checks that every citation names an existing source, that every history is sorted
    and without overlap, that options named by entries exist and have their default
    among their readings, that calendar entries fall in their year and on the right
    kind of day, and that the replaced-by chains agree with the in-force dates.
    """
    problems: list[Problem] = []

    def bad(ptr: str, code: str, vi: str, en: str) -> None:
        problems.append(Problem(ptr, code, vi, en))

    for key, param in book.parameters.items():
        ptr = f"/parameters/{key}"
        previous: HistoryEntry | None = None
        for i, entry in enumerate(param.history):
            if entry.citation.source not in book.sources:
                bad(
                    f"{ptr}/history/{i}/source",
                    "rulebook.unknown_source",
                    "mã một văn bản có trong sources.toml",
                    "the id of a source in sources.toml",
                )
            if entry.valid_until is not None and entry.valid_until < entry.valid_from:
                bad(
                    f"{ptr}/history/{i}/valid_until",
                    "rulebook.reversed_dates",
                    "ngày kết thúc không trước ngày bắt đầu",
                    "an end no earlier than the start",
                )
            if previous is not None and (
                previous.valid_until is None or previous.valid_until >= entry.valid_from
            ):
                bad(
                    f"{ptr}/history/{i}/valid_from",
                    "rulebook.overlap",
                    "các mốc hiệu lực nối tiếp, không chồng lấn, theo thứ tự",
                    "entries in order, each starting after the previous one ends",
                )
            if entry.option is not None and entry.option not in book.options:
                bad(
                    f"{ptr}/history/{i}/option",
                    "rulebook.unknown_option",
                    "tên một lựa chọn có trong dữ liệu",
                    "the key of a declared option",
                )
            previous = entry
    for key, opt in book.options.items():
        if opt.default not in {r.name for r in opt.readings}:
            bad(
                f"/options/{key}/default",
                "rulebook.bad_default",
                "một trong các cách hiểu đã khai",
                "one of the declared readings",
            )
        if opt.citation.source not in book.sources:
            bad(
                f"/options/{key}/source",
                "rulebook.unknown_source",
                "mã một văn bản có trong sources.toml",
                "the id of a source in sources.toml",
            )
    for sid, src in book.sources.items():
        ptr = f"/sources/{sid}"
        for other in (*src.replaces, *((src.replaced_by,) if src.replaced_by else ())):
            if other not in book.sources:
                bad(
                    ptr,
                    "rulebook.unknown_source",
                    "văn bản thay thế/bị thay thế có trong danh mục",
                    "replaced/replacing documents in the register",
                )
        if src.replaced_by and src.replaced_by in book.sources:
            succ = book.sources[src.replaced_by]
            if src.in_force_until is None:
                bad(
                    f"{ptr}/in_force_until",
                    "rulebook.chain",
                    "ngày hết hiệu lực khi đã có văn bản thay thế",
                    "an end date, since it was replaced",
                )
            elif succ.in_force_from is not None and src.in_force_until >= succ.in_force_from:
                bad(
                    f"{ptr}/in_force_until",
                    "rulebook.chain",
                    "hết hiệu lực trước ngày văn bản thay thế có hiệu lực",
                    "to end before its successor takes effect",
                )
        if src.in_force_from and src.in_force_until and src.in_force_until < src.in_force_from:
            bad(
                f"{ptr}/in_force_until",
                "rulebook.reversed_dates",
                "ngày hết hiệu lực không trước ngày có hiệu lực",
                "an end no earlier than the start",
            )
    for year, cal in book.calendar_years.items():
        ptr = f"/calendar/{year}"
        for d in (*cal.days_off, *cal.workdays):
            if d.day.year != year:
                bad(
                    f"{ptr}/{d.day.isoformat()}",
                    "calendar.wrong_year",
                    f"một ngày trong năm {year}",
                    f"a day in {year}",
                )
            if d.citation.source not in book.sources:
                bad(
                    f"{ptr}/{d.day.isoformat()}/source",
                    "rulebook.unknown_source",
                    "mã một văn bản có trong sources.toml",
                    "the id of a source in sources.toml",
                )
        for d in cal.days_off:
            if d.day.weekday() >= 5:
                bad(
                    f"{ptr}/{d.day.isoformat()}",
                    "calendar.weekend_day_off",
                    "một ngày thường (thứ Hai đến thứ Sáu)",
                    "a weekday (Monday to Friday)",
                )
        for d in cal.workdays:
            if d.day.weekday() < 5:
                bad(
                    f"{ptr}/{d.day.isoformat()}",
                    "calendar.weekday_workday",
                    "một ngày thứ Bảy hoặc Chủ nhật",
                    "a Saturday or Sunday",
                )
        for n in cal.notices:
            if n not in book.sources:
                bad(
                    f"{ptr}/notices",
                    "rulebook.unknown_source",
                    "mã một văn bản có trong sources.toml",
                    "the id of a source in sources.toml",
                )
    return problems


def _read_data_files() -> dict[str, str]:
    folder = resources.files("dangkiemtra.rulebook") / "data"
    return {name: (folder / name).read_text("utf-8") for name in DATA_FILES}


@functools.cache
def _default_rulebook() -> Rulebook:
    return Rulebook.from_toml(_read_data_files())


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
