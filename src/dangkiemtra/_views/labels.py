"""Labels the views share: bilingual text, durations, dates, ratios, codes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from dangkiemtra import _format
from dangkiemtra._display import both, term
from dangkiemtra.explain import Explanation, Flag, Text

if TYPE_CHECKING:
    from dangkiemtra.periods import Duration


_UNITS = {
    "days": ("ngày", "days"),
    "working_days": ("ngày làm việc", "working days"),
    "months": ("tháng", "months"),
    "years": ("năm", "years"),
}


def T(vi: str, en: str) -> Text:  # noqa: N802  (reads like the Text it builds)
    """A bilingual label."""
    return Text(vi, en)


def yes_no(value: bool, vi: tuple[str, str], en: tuple[str, str]) -> Text:
    """``vi[0]``/``en[0]`` when ``value`` holds, else ``vi[1]``/``en[1]``."""
    return Text(vi[0] if value else vi[1], en[0] if value else en[1])


def en_plural(n: int, word: str) -> str:
    """``1 day``, ``2 days`` (English only: Vietnamese nouns do not inflect)."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def duration(d: Duration) -> Text:
    """``30 ngày làm việc`` / ``30 working days`` (``1 working day``)."""
    vi, en = _UNITS[d.unit.value]
    return Text(f"{d.amount} {vi}", en_plural(d.amount, en.removesuffix("s")))


def day(value: Any) -> Text:
    """A date in words, or a dash."""
    if value is None:
        return Text("—", "—")
    return both(lambda lang: _format.format_date(value, lang))


def ratio(done: int, planned: int, pct: Any) -> Text:
    """``19/33 = 57,58%``."""
    return both(
        lambda lang: (
            f"{_format.format_int(done, lang)}/{_format.format_int(planned, lang)}"
            f" = {_format.format_percent(pct, lang)}"
        )
    )


def codes(values: Iterable[str]) -> Text:
    """Codes as official terms, comma-separated (``—`` when none)."""
    items = [term(c) for c in values]
    if not items:
        return Text("—", "—")
    return Text(", ".join(t.vi for t in items), ", ".join(t.en for t in items))


def _flags(*explanations: Explanation) -> tuple[Flag, ...]:
    return tuple(dict.fromkeys(f for e in explanations for f in e.flags))
