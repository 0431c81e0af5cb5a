"""What changed in the rulebook between two dates (so sánh quy định giữa hai thời điểm).

The question every analyst asks when a new regulation lands: QĐ 21-QĐ/TW replaced
QĐ 296-QĐ/TW on 11 April 2026, QĐ 212-QĐ/TW replaced QĐ 69-QĐ/TW on 17 August 2026. A
:class:`RulebookDiff` lists the documents that entered or left force, every parameter
whose value, basis or confidence changed, and the ambiguous points (options) that came into
or went out of play, each with the citations of both sides.

>>> from datetime import date
>>> from dangkiemtra.rulebook import Rulebook
>>> d = Rulebook.default().diff(date(2026, 4, 10), date(2026, 4, 11))
>>> [s.number for s in d.documents_entered], [s.number for s in d.documents_left]
(['21-QĐ/TW'], ['08-HD/TW', '296-QĐ/TW'])
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from dangkiemtra import _analysis, _display, _views
from dangkiemtra._json import answer, plain
from dangkiemtra.explain import Explanation, Flag, Step, Text

if TYPE_CHECKING:
    from dangkiemtra.rulebook import Rulebook, RuleValue
    from dangkiemtra.rulebook._model import Citation, Option, Source

__all__ = ["ChangeKind", "OptionChange", "RulebookDiff", "ValueChange", "diff"]


class ChangeKind(enum.StrEnum):
    """How a parameter changed between the two dates."""

    ADDED = "added"  #: no value on the first date, one on the second
    REMOVED = "removed"  #: a value on the first date, none on the second
    VALUE = "value"  #: the value (or its unit) changed
    BASIS = "basis"  #: same value, but a new document, article, confidence or carry-over


@attrs.frozen
class ValueChange:
    """One parameter that changed: its value on each date (``None`` where it had none)."""

    key: str
    kind: ChangeKind
    before: RuleValue | None
    after: RuleValue | None

    @property
    def description(self) -> Text:
        """What the parameter is, in both languages."""
        side = self.after or self.before
        assert side is not None  # a change has at least one side
        return Text(side.description_vi, side.description_en)

    @property
    def side(self) -> RuleValue:
        """The value on the later date (the earlier one for a removed rule)."""
        side = self.after or self.before
        assert side is not None  # a change has at least one side
        return side

    @property
    def citation(self) -> Citation:
        """The citation of :attr:`side`."""
        return self.side.citation


@attrs.frozen
class OptionChange:
    """An ambiguous point that came into play (``entered``) or went out of it.

    An option is *in play* on a date when a parameter in force on that date relies on it.
    """

    option: Option
    entered: bool


def _shown(v: RuleValue | None, lang: str) -> str:
    if v is None:
        return "—"
    step = v.step()
    value = step.fact("value")
    if isinstance(value, Text):
        text = value.render(lang)
    else:
        from dangkiemtra import _format

        text = _format.format_int(int(value), lang) if isinstance(value, int) else str(value)
    unit = _UNITS.get(v.unit, ("", ""))[0 if lang == "vi" else 1]
    return f"{text} {unit}".strip()


#: How a parameter's unit reads after its value; units not listed read as nothing.
_UNITS = {
    "days": ("ngày", "days"),
    "working_days": ("ngày làm việc", "working days"),
    "months": ("tháng", "months"),
    "years": ("năm", "years"),
    "members": ("đảng viên", "members"),
    "range_members": ("đảng viên", "members"),
}


@attrs.frozen(repr=False)
class RulebookDiff(_display.Answer):
    """The changes in the rulebook from ``before`` to ``after``, cited and explained.

    Attributes
    ----------
    before, after
        The two dates compared (``before`` may be later than ``after``: the diff then reads
        backwards).
    documents_entered, documents_left
        Documents in force on ``after`` but not on ``before``, and the reverse.
    values
        Every parameter whose history entry differs on the two dates, by key.
    options
        Ambiguous points that came into or went out of play.
    explanation
        One step per change, citing both sides; flags of the values in force on ``after``.
    """

    before: date
    after: date
    documents_entered: tuple[Source, ...]
    documents_left: tuple[Source, ...]
    values: tuple[ValueChange, ...]
    options: tuple[OptionChange, ...]
    explanation: Explanation

    @property
    def flags(self) -> tuple[Flag, ...]:
        """The explanation's flags (values on ``after`` that are unconfirmed or carried over)."""
        return self.explanation.flags

    @property
    def changed(self) -> bool:
        """Whether anything changed at all."""
        return bool(self.documents_entered or self.documents_left or self.values or self.options)

    def of_kind(self, kind: ChangeKind | str) -> tuple[ValueChange, ...]:
        """The value changes of one kind (``"value"``, ``"basis"``, ``"added"``, ``"removed"``)."""
        k = ChangeKind(kind)
        return tuple(c for c in self.values if c.kind is k)

    def __iter__(self) -> Iterator[ValueChange]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def _view_(self) -> _display.View:
        return _views.rulebook_diff(self)

    def to_pandas(self, what: str = "values") -> _analysis.DataFrame:
        """A row per changed value (``what="documents"``: per document in or out)."""
        return _analysis.rulebook_diff(self, what)

    def to_json(self) -> dict[str, Any]:
        """The diff as JSON (``rulebook-diff.schema.json``): documents by id, each changed
        value with its value, first day and citation on both dates, the options in or out."""
        return answer(
            "rulebook-diff",
            before=self.before.isoformat(),
            after=self.after.isoformat(),
            documents_entered=[s.id for s in self.documents_entered],
            documents_left=[s.id for s in self.documents_left],
            values=[
                {
                    "key": c.key,
                    "change": c.kind.value,
                    "before": _side_json(c.before),
                    "after": _side_json(c.after),
                }
                for c in self.values
            ],
            options=[{"key": o.option.key, "entered": o.entered} for o in self.options],
            explanation=self.explanation.to_json(),
        )


def _side_json(v: RuleValue | None) -> dict[str, Any] | None:
    if v is None:
        return None
    return {
        "value": plain(v.value),
        "valid_from": v.valid_from.isoformat(),
        "citation": v.citation.to_json(),
    }


def _kind(before: RuleValue | None, after: RuleValue | None) -> ChangeKind:
    if before is None:
        return ChangeKind.ADDED
    if after is None:
        return ChangeKind.REMOVED
    if before.value != after.value or before.unit != after.unit:
        return ChangeKind.VALUE
    return ChangeKind.BASIS


def _doc_text(src: Source) -> Text:
    return Text(f"{src.number} ({src.title_vi})", f"{src.number} ({src.title_en})")


def diff(book: Rulebook, before: date, after: date) -> RulebookDiff:
    """The changes in ``book`` from ``before`` to ``after`` (see :meth:`Rulebook.diff`)."""
    snap_a, snap_b = book.at(before), book.at(after)
    entered = tuple(
        s
        for s in sorted(book.sources.values(), key=lambda s: s.id)
        if s.in_force_on(after) and not s.in_force_on(before)
    )
    left = tuple(
        s
        for s in sorted(book.sources.values(), key=lambda s: s.id)
        if s.in_force_on(before) and not s.in_force_on(after)
    )
    changes: list[ValueChange] = []
    for key, param in sorted(book.parameters.items()):
        ea, eb = param.entry_on(before), param.entry_on(after)
        if ea == eb:
            continue
        va = snap_a.get(key) if ea is not None else None
        vb = snap_b.get(key) if eb is not None else None
        changes.append(ValueChange(key, _kind(va, vb), va, vb))

    def in_play(day: date) -> set[str]:
        out = set()
        for param in book.parameters.values():
            entry = param.entry_on(day)
            if entry is not None and entry.option is not None:
                out.add(entry.option)
        return out

    play_a, play_b = in_play(before), in_play(after)
    options = tuple(
        OptionChange(book.options[k], entered=k in play_b)
        for k in sorted(play_a ^ play_b)
        if k in book.options
    )

    steps: list[Step] = [
        Step.of(
            "rulebook.diff.summary",
            before=before,
            after=after,
            entered=len(entered),
            left=len(left),
            changed=len(changes),
            options=len(options),
        )
    ]
    for s in entered:
        steps.append(
            Step.of(
                "rulebook.diff.document_in",
                document=_doc_text(s),
                since=s.in_force_from or after,
            )
        )
    for s in left:
        steps.append(
            Step.of(
                "rulebook.diff.document_out",
                document=_doc_text(s),
                until=s.in_force_until or before,
            )
        )
    for c in changes:
        cites = tuple(v.citation for v in (c.before, c.after) if v is not None)
        flags = c.after.flags if c.after is not None else ()
        steps.append(
            Step.of(
                f"rulebook.diff.{c.kind.value}",
                citations=tuple(dict.fromkeys(cites)),
                flags=flags,
                key=c.key,
                description=c.description,
                old=Text(_shown(c.before, "vi"), _shown(c.before, "en")),
                new=Text(_shown(c.after, "vi"), _shown(c.after, "en")),
            )
        )
    for o in options:
        steps.append(
            Step.of(
                "rulebook.diff.option_in" if o.entered else "rulebook.diff.option_out",
                citations=(o.option.citation,),
                key=o.option.key,
                description=Text(o.option.description_vi, o.option.description_en),
                default=o.option.default,
            )
        )
    return RulebookDiff(
        before=before,
        after=after,
        documents_entered=entered,
        documents_left=left,
        values=tuple(changes),
        options=options,
        explanation=Explanation(tuple(steps)),
    )
