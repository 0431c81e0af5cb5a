"""The view of a deadline (:mod:`dangkiemtra.periods`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dangkiemtra._display import View
from dangkiemtra._views.labels import T, day, duration

if TYPE_CHECKING:
    from dangkiemtra.periods import Deadline


def deadline(d: Deadline) -> View:
    """Due date first; start, period and rule key."""
    return View(
        title=T("Hạn cuối", "Due date"),
        headline=day(d.due),
        summary=(
            ("due", d.due),
            ("start", d.start),
            ("duration", str(d.duration)),
            ("rule", d.rule_key),
        ),
        facts=(
            (T("Mốc tính", "Counted from"), d.start),
            (T("Thời hạn", "Period"), duration(d.duration)),
            (T("Quy định", "Rule"), d.rule_key),
        ),
        flags=d.flags,
        explanation=d.explanation,
    )
