"""Explanations (giải trình): the steps, facts, citations and flags behind every answer.

Every answer of dangkiemtra carries an :class:`Explanation`: a tuple of
:class:`Step` values, each with a message code, the facts it used and the
citations that decided it, plus :class:`Flag` values wherever a value is not
confirmed or the law is ambiguous. ``str()`` renders Vietnamese with official
terms, ``render("en")`` English, ``to_json()`` a versioned trace
(``"format": "dangkiemtra.explanation/1"``), and Jupyter shows a table.

Explanations hold no personal data: facts are dates, counts, codes and
opaque identifiers, never names or ID numbers.

>>> from datetime import date
>>> e = Explanation.of(Step.of("period.due", due=date(2023, 9, 25)))
>>> print(e)
1. Hạn cuối: ngày 25 tháng 9 năm 2023.
>>> print(e.render("en"))
1. Due date: 25 September 2023.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from dangkiemtra import _display, _format
from dangkiemtra._messages import FLAGS, MESSAGES, PLURALS, TERMS
from dangkiemtra.errors import known

if TYPE_CHECKING:
    from dangkiemtra.rulebook._model import Citation

__all__ = [
    "FORMAT",
    "GENERIC_FLAGS",
    "Explanation",
    "Flag",
    "Percent",
    "Step",
    "Tally",
    "Term",
    "TermList",
    "Text",
    "split_flags",
]

#: Version tag of the JSON trace.
FORMAT = "dangkiemtra.explanation/1"
LANGS = ("vi", "en")


@attrs.frozen
class Term:
    """An official term, given by code and rendered in the reader's language (``chi_bo`` → chi bộ)."""

    code: str = attrs.field(
        validator=known(TERMS, "một thuật ngữ có trong danh mục", "a term of the catalogue")
    )

    def render(self, lang: str = "vi") -> str:
        """The term in ``lang``."""
        vi, en = TERMS[self.code]
        return vi if lang == "vi" else en


@attrs.frozen
class Text:
    """A bilingual text fact, e.g. a rule's description (never personal data)."""

    vi: str
    en: str

    def render(self, lang: str = "vi") -> str:
        """The text in ``lang``."""
        return self.vi if lang == "vi" else self.en


@attrs.frozen
class Percent:
    """A percentage already rounded to the places the report shows (``57.58`` → 57,58%)."""

    value: Decimal


@attrs.frozen
class TermList:
    """Terms joined as the language joins a list (``khiển trách, cảnh cáo và khai trừ``)."""

    terms: tuple[Term, ...]

    def render(self, lang: str = "vi") -> str:
        """The terms in ``lang``, joined by the CLDR list pattern (``a, b and c``)."""
        return _format.format_list([t.render(lang) for t in self.terms], lang)


@attrs.frozen
class Tally:
    """Counted terms (``2 cảnh cáo, 3 khiển trách`` / ``2 warnings and 3 reprimands``).

    English nouns take the form of the count's CLDR plural category; the plural of a
    term is its entry in the catalogue's ``PLURALS``.
    """

    items: tuple[tuple[int, Term], ...]

    def render(self, lang: str = "vi") -> str:
        """Each count with its term, joined by the CLDR list pattern."""
        parts = []
        for n, term in self.items:
            one = term.render(lang)
            other = PLURALS.get(term.code, one) if lang == "en" else one
            parts.append(_format.format_count(n, f"one=# {one};other=# {other}", lang))
        return _format.format_list(parts, lang)


FactValue: TypeAlias = date | bool | int | str | Decimal | Term | Text | Percent | TermList | Tally


def _render_fact(value: FactValue, lang: str) -> str:
    if isinstance(value, bool):
        return ("có" if value else "không") if lang == "vi" else ("yes" if value else "no")
    if isinstance(value, int):
        return _format.format_int(value, lang)
    if isinstance(value, date):
        return _format.format_date(value, lang)
    if isinstance(value, Decimal):
        return _format.format_decimal(value, lang)
    if isinstance(value, Percent):
        return _format.format_percent(value.value, lang)
    if isinstance(value, Term | Text | TermList | Tally):
        return value.render(lang)
    return str(value)


class _Template(string.Formatter):
    """``str.format`` with CLDR plurals and ordinals in the format spec.

    ``{n:plural:one=# day;other=# days}`` picks the form of ``n``'s plural category
    (``#`` is the number); ``{n:ordinal}`` writes ``21st`` (en) or ``21`` (vi, after "thứ");
    ``{n:count:unit}`` writes ``n`` and the term of the fact ``unit`` in the number's form
    (``1 working day``, ``5 working days``).
    """

    def __init__(self, lang: str, facts: Mapping[str, FactValue]) -> None:
        self.lang = lang
        self.facts = facts

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("count:") and isinstance(value, int):
            term = self.facts[format_spec.removeprefix("count:")]
            if not isinstance(term, Term):
                raise ValueError(f"{format_spec!r} must name a term fact")
            return Tally(((value, term),)).render(self.lang)
        if format_spec.startswith("plural:") and isinstance(value, int):
            return _format.format_count(value, format_spec.removeprefix("plural:"), self.lang)
        if format_spec == "ordinal" and isinstance(value, int):
            return _format.format_ordinal(value, self.lang)
        if format_spec:
            raise ValueError(f"unknown format {format_spec!r} for {type(value).__name__}")
        return _render_fact(value, self.lang)


def render_template(template: str, facts: Mapping[str, FactValue], lang: str = "vi") -> str:
    """A catalogue template filled with facts rendered in ``lang`` (plurals and ordinals by CLDR)."""
    return _Template(lang, facts).vformat(template, (), facts)


def _fact_json(value: FactValue) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"type": "bool", "value": value}
    if isinstance(value, int):
        return {"type": "int", "value": value}
    if isinstance(value, date):
        return {"type": "date", "value": value.isoformat()}
    if isinstance(value, Decimal):
        return {"type": "decimal", "value": str(value)}
    if isinstance(value, Percent):
        return {"type": "percent", "value": float(value.value)}
    if isinstance(value, Term):
        return {"type": "term", "value": value.code}
    if isinstance(value, Text):
        return {"type": "text", "value": value.vi, "value_en": value.en}
    if isinstance(value, TermList):
        return {"type": "terms", "value": [t.code for t in value.terms]}
    if isinstance(value, Tally):
        return {"type": "tally", "value": [{"count": n, "term": t.code} for n, t in value.items]}
    return {"type": "text", "value": value}


@attrs.frozen
class Flag:
    """A warning attached to an answer (lưu ý).

    ``code`` is one of ``unconfirmed`` (the value used is not confirmed from the text),
    ``carried_over`` (the successor's value is unknown; the predecessor's was used),
    ``projected`` (a year with no official holiday notice), ``ambiguous_default`` and
    ``ambiguous`` (the law is unclear; ``detail`` names the reading used, the cited default
    or the caller's choice), ``exception`` (a documented deviation).
    """

    code: str = attrs.field(
        validator=known(FLAGS, "một mã lưu ý có trong danh mục", "a flag code of the catalogue")
    )
    subject: str
    detail: str = ""

    def render(self, lang: str = "vi") -> str:
        """The flag as a sentence in ``lang``."""
        vi, en = FLAGS[self.code]
        return (vi if lang == "vi" else en).format(subject=self.subject, detail=self.detail)

    def to_json(self) -> dict[str, str]:
        """The flag as a JSON object."""
        return {"code": self.code, "subject": self.subject, "detail": self.detail}


#: Flags that only restate a value's confidence; every other flag names a specific concern.
GENERIC_FLAGS = frozenset({"unconfirmed"})


def split_flags(flags: Iterable[Flag]) -> tuple[tuple[Flag, ...], tuple[Flag, ...]]:
    """``(concerns, caveats)``: the specific flags, then the generic confidence caveats.

    An answer with nothing specific to say has no concern, whatever its caveats.
    """
    flags = tuple(flags)
    specific = tuple(f for f in flags if f.code not in GENERIC_FLAGS)
    generic = tuple(f for f in flags if f.code in GENERIC_FLAGS)
    return specific, generic


def _facts(items: Mapping[str, FactValue]) -> tuple[tuple[str, FactValue], ...]:
    return tuple(items.items())


@attrs.frozen
class Step:
    """One step of reasoning: a message code, its facts, its citations and flags."""

    code: str = attrs.field(
        validator=known(
            MESSAGES, "một mã thông điệp có trong danh mục", "a message code of the catalogue"
        )
    )
    facts: tuple[tuple[str, FactValue], ...] = ()
    citations: tuple[Citation, ...] = ()
    flags: tuple[Flag, ...] = ()

    @classmethod
    def of(
        cls,
        code: str,
        *,
        citations: Iterable[Citation] = (),
        flags: Iterable[Flag] = (),
        **facts: FactValue,
    ) -> Step:
        """A step from keyword facts: ``Step.of("period.due", due=d)``."""
        return cls(code, _facts(facts), tuple(citations), tuple(flags))

    def fact(self, name: str) -> FactValue:
        """The fact called ``name``."""
        for key, value in self.facts:
            if key == name:
                return value
        raise LookupError(name)

    def text(self, lang: str = "vi") -> str:
        """The step's sentence in ``lang``, without citations."""
        vi, en = MESSAGES[self.code]
        template = vi if lang == "vi" else en
        text = render_template(template, dict(self.facts), lang)
        # a sentence that opens with a term or a date starts with a capital ("Ngày 3 tháng 10 …");
        # one that opens with an identifier keeps it as written
        first = template[1 : template.find("}")].split(":")[0] if template.startswith("{") else ""
        if first and isinstance(dict(self.facts).get(first), date | Term | Text | TermList | Tally):
            text = text[:1].upper() + text[1:]
        return text

    def render(self, lang: str = "vi") -> str:
        """The sentence followed by its citations."""
        text = self.text(lang)
        if self.citations:
            label = "Căn cứ" if lang == "vi" else "Basis"
            text += f" ({label}: " + "; ".join(c.render(lang) for c in self.citations) + ")"
        return text

    def to_json(self) -> dict[str, Any]:
        """The step as part of the JSON trace."""
        return {
            "code": self.code,
            "facts": {k: _fact_json(v) for k, v in self.facts},
            "citations": [c.to_json() for c in self.citations],
            "flags": [f.to_json() for f in self.flags],
            "text_vi": self.text("vi"),
            "text_en": self.text("en"),
        }


def _unique(items: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(items))


@attrs.frozen(repr=False)
class Explanation(_display.Answer):
    """Why an answer is what it is: ordered steps, their citations and flags."""

    steps: tuple[Step, ...] = ()

    @classmethod
    def of(cls, *steps: Step | Explanation) -> Explanation:
        """Join steps and explanations in order."""
        flat: list[Step] = []
        for s in steps:
            flat.extend(s.steps if isinstance(s, Explanation) else (s,))
        return cls(tuple(flat))

    def __add__(self, other: Explanation) -> Explanation:
        return Explanation(self.steps + other.steps)

    @property
    def flags(self) -> tuple[Flag, ...]:
        """Every flag of every step, once each, in order."""
        return _unique(f for s in self.steps for f in s.flags)

    @property
    def concerns(self) -> tuple[Flag, ...]:
        """The specific concerns (a reading, a month end, a regime crossing …), once each, in order."""
        return split_flags(self.flags)[0]

    @property
    def caveats(self) -> tuple[Flag, ...]:
        """The generic confidence caveats of the values used (:data:`GENERIC_FLAGS`), grouped apart."""
        return split_flags(self.flags)[1]

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation of every step, once each, in order."""
        return _unique(c for s in self.steps for c in s.citations)

    @property
    def codes(self) -> tuple[str, ...]:
        """The message codes of the steps."""
        return tuple(s.code for s in self.steps)

    def render(self, lang: str = "vi", *, flags: bool = True) -> str:
        """The numbered steps, then (unless ``flags=False``) the flags, in ``lang`` (``"vi"`` or ``"en"``).

        The specific concerns come under their own heading ("Vấn đề cần lưu ý" / "Concerns"),
        the generic confidence caveats under another ("Lưu ý chung" / "General caveats"); a
        heading with nothing under it is left out.
        """
        if lang not in LANGS:
            raise ValueError(f"lang must be one of {LANGS}")
        lines = [f"{i}. {s.render(lang)}" for i, s in enumerate(self.steps, 1)]
        if flags:
            for heading, group in (("concerns", self.concerns), ("general_caveats", self.caveats)):
                if group:
                    lines.append(_display.word(heading, lang) + ":")
                    lines.extend(f"- {f.render(lang)}" for f in group)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render("vi")

    def to_json(self) -> dict[str, Any]:
        """The versioned JSON trace (``explanation.schema.json``)."""
        return {
            "format": FORMAT,
            "steps": [s.to_json() for s in self.steps],
            "flags": [f.to_json() for f in self.flags],
        }

    def _view_(self) -> _display.View:
        last = self.steps[-1].code if self.steps else None
        n, m = len(self.steps), len(self.flags)
        return _display.View(
            title=Text("Giải trình", "Explanation"),
            headline=Text(
                f"{n} bước, {m} lưu ý",
                f"{n} step{'s' * (n != 1)}, {m} caveat{'s' * (m != 1)}",
            ),
            summary=(("steps", n), ("last", last)),
            flags=self.flags,
            explanation=self,
            open_explanation=True,
        )
