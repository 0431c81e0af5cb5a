"""How answers show themselves: a compact ``repr`` and a Jupyter ``_repr_html_``.

Every public answer class is decorated with :func:`answer` and gives one small hook,
``_view_(self) -> View``: the answer in a few words (the headline), the key dates and
numbers, the flags, the explanation and, for reports, bounded tables. This module turns a
:class:`View` into

* a ``repr`` of at most :data:`REPR_LIMIT` characters, language-neutral (ISO dates, codes):
  the type, the answer and the number of flags, never the explanation's steps and never
  personal data (the hooks only pass ids, dates, counts and codes);
* an HTML block for Jupyter: the answer first in large type, the key facts, the flags as
  badges, tables capped at :data:`MAX_ROWS` rows, and the explanation in a collapsed
  ``<details>`` table with its citations. Inline styles only, left-aligned, colours that
  read on light and dark themes (``currentColor``, translucent fills).

The display language (:func:`set_language`, :func:`language`) is the one piece of mutable
module state in the library: it changes how answers are *rendered*, never what they are
(see ``docs/decisions.md``). It lives in a :class:`contextvars.ContextVar`, so a
``with language("en"):`` block is safe in threads and async code.
"""

from __future__ import annotations

import contextlib
import contextvars
import enum
import html
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from dangkiemtra import _format

if TYPE_CHECKING:
    from dangkiemtra.explain import Explanation, FactValue, Flag, Text

__all__ = [
    "MAX_ROWS",
    "REPR_LIMIT",
    "Answer",
    "Table",
    "View",
    "both",
    "get_language",
    "language",
    "set_language",
    "term",
]

#: The longest ``repr`` an answer prints.
REPR_LIMIT = 300
#: The most rows an HTML table shows; the rest are counted, not drawn.
MAX_ROWS = 50
#: The most explanation steps an HTML view draws.
MAX_STEPS = 100
LANGS = ("vi", "en")

_LANG: contextvars.ContextVar[str] = contextvars.ContextVar(
    "dangkiemtra_display_lang", default="vi"
)


def _check(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}")
    return lang


def set_language(lang: str) -> None:
    """Render answers in ``lang`` (``"vi"``, the default, or ``"en"``) from now on.

    Only the display changes: answers, their equality, JSON and explanations are the same.
    """
    _LANG.set(_check(lang))


def get_language() -> str:
    """The display language in use."""
    return _LANG.get()


@contextlib.contextmanager
def language(lang: str) -> Iterator[None]:
    """Render answers in ``lang`` inside a ``with`` block, then restore the previous language."""
    token = _LANG.set(_check(lang))
    try:
        yield
    finally:
        _LANG.reset(token)


# ── the view a hook returns ──────────────────────────────────────────────────────────────


def both(render: Callable[[str], str]) -> Text:
    """A bilingual text from a function of the language: ``both(lambda l: format_date(d, l))``."""
    from dangkiemtra.explain import Text

    return Text(render("vi"), render("en"))


def term(code: str) -> Text:
    """An official term by code, or the code itself when the catalogue has no such term."""
    from dangkiemtra._messages import TERMS
    from dangkiemtra.explain import Text

    vi, en = TERMS.get(code, (code, code))
    return Text(vi, en)


Cell = Any  # a FactValue, a Text or None (drawn as "—")


@attrs.frozen
class Table:
    """A bounded table of a report: column headers, rows, and how many rows there are in all."""

    title: Text
    columns: tuple[Text, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: int | None = None

    @classmethod
    def of(
        cls, title: Text, columns: Iterable[Text], rows: Iterable[Iterable[Cell]], *, limit: int = 0
    ) -> Table:
        """A table of at most ``limit`` (default :data:`MAX_ROWS`) of ``rows``, counting the rest."""
        cap = limit or MAX_ROWS
        kept: list[tuple[Cell, ...]] = []
        total = 0
        for row in rows:
            total += 1
            if len(kept) < cap:
                kept.append(tuple(row))
        return cls(title, tuple(columns), tuple(kept), total)


@attrs.frozen
class View:
    """What an answer shows: its headline, summary fields, facts, flags, tables, explanation.

    ``summary`` feeds the ``repr`` (short, language-neutral ``name=value`` pairs); ``status``
    colours the headline (``True`` good, ``False`` bad, ``None`` neutral).
    """

    title: Text
    headline: Text
    summary: tuple[tuple[str, Any], ...] = ()
    facts: tuple[tuple[Text, Cell], ...] = ()
    flags: tuple[Flag, ...] = ()
    explanation: Explanation | None = None
    tables: tuple[Table, ...] = ()
    status: bool | None = None
    open_explanation: bool = False


class Answer:
    """Base of the answer classes: a compact ``repr`` and ``_repr_html_`` from the ``_view_`` hook.

    A class declares ``@attrs.frozen(repr=False)`` and ``class X(_display.Answer)`` and defines
    ``def _view_(self) -> View``.
    """

    __slots__ = ()

    def _view_(self) -> View:
        raise NotImplementedError  # pragma: no cover

    def __repr__(self) -> str:
        return _repr(self._view_(), type(self).__name__)

    def _repr_html_(self) -> str:
        """The answer as an HTML block for Jupyter, in the display language."""
        return render_html(self._view_())


# ── repr ─────────────────────────────────────────────────────────────────────────────────


def _short(value: Any) -> str:
    if value is None:
        return "None"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return repr(value.value)
    if isinstance(value, Decimal | int):
        return str(value)
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:59] + "…"
        return repr(text)
    from dangkiemtra.explain import Percent, Term, Text

    if isinstance(value, Percent):
        return f"{value.value}%"
    if isinstance(value, Term):
        return repr(value.code)
    if isinstance(value, Text):
        return _short(value.en)
    if isinstance(value, tuple | list):
        inner = ", ".join(_short(v) for v in value[:5])
        more = f", …+{len(value) - 5}" if len(value) > 5 else ""
        return f"({inner}{more})"
    return _short(str(value))


def _repr(view: View, name: str) -> str:
    parts = [f"{k}={_short(v)}" for k, v in view.summary]
    parts.append(f"flags={len(view.flags)}")
    text = f"{name}({', '.join(parts)})"
    if len(text) > REPR_LIMIT:
        text = text[: REPR_LIMIT - 2] + "…)"
    return text


# ── HTML ─────────────────────────────────────────────────────────────────────────────────

_WRAP = (
    "text-align:left;font-family:inherit;line-height:1.45;max-width:72em;"
    "padding:.4em .2em;color:inherit"
)
_MUTED = "opacity:.72;font-size:.85em"
_HEAD = "font-size:1.6em;font-weight:600;margin:.1em 0 .3em 0"
_TABLE = "border-collapse:collapse;text-align:left;margin:.3em 0;font-size:.92em"
_CELL = "text-align:left;padding:.1em .8em .1em 0;border-bottom:1px solid #8884"
_TH = _CELL + ";font-weight:600"
_BADGE = (
    "display:inline-block;margin:0 .35em .25em 0;padding:0 .55em;border-radius:.8em;"
    "font-size:.8em;border:1px solid {c};background:{bg};color:inherit"
)
_STATUS = {True: "#2e9d4a", False: "#d9363e"}

#: Badge labels by flag code: (vi, en, colour).
_BADGES: dict[str, tuple[str, str, str]] = {
    "unconfirmed": ("chưa xác nhận", "unconfirmed", "#d08a00"),
    "carried_over": ("giữ giá trị văn bản trước", "carried over", "#d08a00"),
    "projected": ("lịch dự kiến", "projected calendar", "#3b82c4"),
    "ambiguous": ("quy định chưa rõ", "ambiguous", "#8e5bd0"),
    "ambiguous_default": ("quy định chưa rõ", "ambiguous", "#8e5bd0"),
    "exception": ("ngoại lệ", "exception", "#7a7a7a"),
    "crossing": ("qua thời điểm thay văn bản", "regime crossing", "#c0559a"),
}

_WORDS = {
    "explanation": ("Giải trình", "Explanation"),
    "steps": ("bước", "steps"),
    "basis": ("Căn cứ", "Basis"),
    "step": ("Bước", "Step"),
    "concerns": ("Vấn đề cần lưu ý", "Concerns"),
    "general_caveats": ("Lưu ý chung", "General caveats"),
    "more": ("… và {n} dòng nữa (tổng {total})", "… and {n} more rows ({total} in all)"),
    "more_steps": ("… và {n} bước nữa", "… and {n} more steps"),
}


def word(key: str, lang: str) -> str:
    """A word of the display chrome in ``lang``."""
    vi, en = _WORDS[key]
    return vi if lang == "vi" else en


def cell(value: Cell, lang: str) -> str:
    """A value as display text in ``lang`` (``None`` as a dash)."""
    from dangkiemtra.explain import Text, _render_fact

    if value is None:
        return "—"
    if isinstance(value, Text):
        return value.render(lang)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, float):
        return _format.format_decimal(Decimal(str(round(value, 2))), lang)
    fact: FactValue = value
    return _render_fact(fact, lang)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _crossing(explanation: Explanation | None) -> bool:
    """Whether the explanation cites a document and the one that replaced it (a regime change)."""
    if explanation is None:
        return False
    from dangkiemtra.rulebook import Rulebook

    sources = Rulebook.default().sources
    cited = {c.source for c in explanation.citations}
    return any(s in sources and (sources[s].replaced_by in cited) for s in cited if s in sources)


def badges(flags: Iterable[Flag], explanation: Explanation | None, lang: str) -> str:
    """The flags as short badges, one per kind with a count; the full sentences as a tooltip."""
    grouped: dict[str, list[str]] = {}
    for f in flags:
        key = f.code if f.code in _BADGES else "exception"
        grouped.setdefault(_BADGES[key][0 if lang == "vi" else 1], []).append(f.render(lang))
    colours = {(v[0] if lang == "vi" else v[1]): v[2] for v in _BADGES.values()}
    out = []
    for label, sentences in grouped.items():
        c = colours[label]
        count = f" ×{len(sentences)}" if len(sentences) > 1 else ""
        tip = "\n".join(sentences[:20])
        out.append(
            f'<span title="{_e(tip)}" style="{_BADGE.format(c=c, bg=c + "22")}">'
            f"{_e(label)}{count}</span>"
        )
    if _crossing(explanation):
        vi, en, c = _BADGES["crossing"]
        out.append(
            f'<span style="{_BADGE.format(c=c, bg=c + "22")}">{_e(vi if lang == "vi" else en)}</span>'
        )
    return f'<div style="margin:.2em 0">{"".join(out)}</div>' if out else ""


def table_html(table: Table, lang: str) -> str:
    """One bounded table."""
    head = "".join(f'<th style="{_TH}">{_e(c.render(lang))}</th>' for c in table.columns)
    body = "".join(
        "<tr>" + "".join(f'<td style="{_CELL}">{_e(cell(v, lang))}</td>' for v in row) + "</tr>"
        for row in table.rows
    )
    total = table.total if table.total is not None else len(table.rows)
    more = ""
    if total > len(table.rows):
        more = (
            f'<div style="{_MUTED}">'
            + _e(word("more", lang).format(n=total - len(table.rows), total=total))
            + "</div>"
        )
    return (
        f'<div style="margin-top:.5em"><div style="font-weight:600">{_e(table.title.render(lang))}'
        f'</div><table style="{_TABLE}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>{more}</div>"
    )


def explanation_html(explanation: Explanation, lang: str, *, open_: bool = False) -> str:
    """The explanation as a ``<details>`` table of steps and citations, then its concerns and caveats."""
    steps = explanation.steps
    rows = "".join(
        f'<tr><td style="{_CELL}">{i}</td><td style="{_CELL}">{_e(s.text(lang))}</td>'
        f'<td style="{_CELL}">{_e("; ".join(c.render(lang) for c in s.citations))}</td></tr>'
        for i, s in enumerate(steps[:MAX_STEPS], 1)
    )
    if len(steps) > MAX_STEPS:
        rows += (
            f'<tr><td style="{_CELL}" colspan="3">'
            f"{_e(word('more_steps', lang).format(n=len(steps) - MAX_STEPS))}</td></tr>"
        )
    caveats = ""
    groups = (("concerns", explanation.concerns), ("general_caveats", explanation.caveats))
    for heading, group in groups:
        if group:
            items = "".join(f"<li>{_e(f.render(lang))}</li>" for f in group[:MAX_ROWS])
            caveats += (
                f'<div style="font-weight:600;margin-top:.3em">{_e(word(heading, lang))}</div>'
                f'<ul style="margin:.1em 0 .2em 1.2em;padding:0">{items}</ul>'
            )
    unit = word("steps", lang) if len(steps) != 1 or lang == "vi" else "step"
    summary = f"{word('explanation', lang)} ({len(steps)} {unit})"
    return (
        f'<details{" open" if open_ else ""} style="margin-top:.5em">'
        f'<summary style="cursor:pointer">{_e(summary)}</summary>'
        f'<table style="{_TABLE}"><thead><tr><th style="{_TH}">#</th>'
        f'<th style="{_TH}">{_e(word("step", lang))}</th>'
        f'<th style="{_TH}">{_e(word("basis", lang))}</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>{caveats}</details>"
    )


def render_html(view: View, lang: str | None = None) -> str:
    """A view as one self-contained HTML block."""
    lang = _check(lang or get_language())
    colour = f";color:{_STATUS[view.status]}" if view.status is not None else ""
    facts = "".join(
        f'<tr><th style="{_TH};font-weight:400;{_MUTED}">{_e(k.render(lang))}</th>'
        f'<td style="{_CELL}">{_e(cell(v, lang))}</td></tr>'
        for k, v in view.facts
    )
    out = [
        f'<div class="dangkiemtra-answer" lang="{lang}" style="{_WRAP}">',
        f'<div style="{_MUTED}">{_e(view.title.render(lang))}</div>',
        f'<div style="{_HEAD}{colour}">{_e(view.headline.render(lang))}</div>',
        badges(view.flags, view.explanation, lang),
    ]
    if facts:
        out.append(f'<table style="{_TABLE}"><tbody>{facts}</tbody></table>')
    out.extend(table_html(t, lang) for t in view.tables)
    if view.explanation is not None and view.explanation.steps:
        out.append(explanation_html(view.explanation, lang, open_=view.open_explanation))
    out.append("</div>")
    return "".join(out)
