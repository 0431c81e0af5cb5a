"""A minimal comparison of the rulebook on two dates, for ``dangkiemtra rules --diff A B``.

STOP-GAP: ``Rulebook.diff(a, b)`` (branch h8) is the library's answer to "what changed";
until it is merged the command line uses this small function, which lists the documents
that entered or left force and the values that appeared, disappeared or changed, each
with the citation on both sides. Once ``Rulebook.diff`` is available, ``cli._cmd_rules``
should call it and this module can go.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dangkiemtra.rulebook import Rulebook, RuleValue

__all__ = ["diff_summary"]


def _value(v: RuleValue | None) -> dict[str, Any] | None:
    if v is None:
        return None
    value: Any = list(v.value) if isinstance(v.value, tuple) else v.value
    return {
        "value": value,
        "valid_from": v.valid_from.isoformat(),
        "citation": v.citation.to_json(),
    }


def diff_summary(book: Rulebook, before: date, after: date) -> dict[str, Any]:
    """Documents in and out of force and every value that differs between two dates."""
    a, b = book.at(before), book.at(after)
    docs_a = {s.id for s in a.sources_in_force()}
    docs_b = {s.id for s in b.sources_in_force()}
    values_a = {v.key: v for v in a.in_force()}
    values_b = {v.key: v for v in b.in_force()}
    changes = []
    for key in sorted(values_a.keys() | values_b.keys()):
        va, vb = values_a.get(key), values_b.get(key)
        if (
            va is not None
            and vb is not None
            and va.value == vb.value
            and va.citation == vb.citation
        ):
            continue
        kind = "added" if va is None else "removed" if vb is None else "changed"
        changes.append({"key": key, "change": kind, "before": _value(va), "after": _value(vb)})
    return {
        "before": before.isoformat(),
        "after": after.isoformat(),
        "documents_entered": sorted(docs_b - docs_a),
        "documents_left": sorted(docs_a - docs_b),
        "values": changes,
    }
