"""Tables of rulebook changes: values and documents."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dangkiemtra._analysis.frames import frame
from dangkiemtra._display import get_language

if TYPE_CHECKING:
    from dangkiemtra.rulebook._diff import RulebookDiff


DIFF_COLUMNS = {
    "before_day": "date",
    "after_day": "date",
    "key": "str",
    "change": "str",
    "before": "str",
    "after": "str",
    "unit": "str",
    "before_source": "str",
    "after_source": "str",
    "rule_id": "str",
    "citation": "str",
    "confidence": "str",
}
DOCUMENT_COLUMNS = {
    "before_day": "date",
    "after_day": "date",
    "change": "str",
    "id": "str",
    "number": "str",
    "title": "str",
    "in_force_from": "date",
    "in_force_until": "date",
}


def _value_text(v: Any, lang: str) -> str | None:
    if v is None:
        return None
    from dangkiemtra._display import cell

    return cell(v.step().fact("value"), lang)


def rulebook_diff(d: RulebookDiff, what: str = "values") -> Any:
    """One row per changed value (``what="values"``) or per document in or out (``"documents"``)."""
    lang = get_language()
    if what == "documents":
        rows = [
            {
                "change": change,
                "id": s.id,
                "number": s.number,
                "title": s.title_vi if lang == "vi" else s.title_en,
                "in_force_from": s.in_force_from,
                "in_force_until": s.in_force_until,
            }
            for change, sources in (("entered", d.documents_entered), ("left", d.documents_left))
            for s in sources
        ]
        for r in rows:
            r.update(before_day=d.before, after_day=d.after)
        return frame(rows, DOCUMENT_COLUMNS)
    if what != "values":
        raise ValueError("what must be 'values' or 'documents'")
    rows = [
        {
            "before_day": d.before,
            "after_day": d.after,
            "key": c.key,
            "change": c.kind.value,
            "before": _value_text(c.before, lang),
            "after": _value_text(c.after, lang),
            "unit": c.side.unit,
            "before_source": c.before.citation.source if c.before else None,
            "after_source": c.after.citation.source if c.after else None,
            "rule_id": c.citation.rule_id,
            "citation": c.citation.render(lang),
            "confidence": c.side.confidence.value,
        }
        for c in d.values
    ]
    return frame(rows, DIFF_COLUMNS)
