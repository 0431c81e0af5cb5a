"""What ``dangkiemtra rules`` prints: values in force, unclear points and their readings, changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from dangkiemtra._messages import TERMS
from dangkiemtra.rulebook import Rulebook, RuleValue, describe_units

__all__ = ["print_diff", "print_readings", "print_values", "select"]

JsonPrinter = Callable[[Any], None]


def select(
    values: Sequence[RuleValue],
    *,
    key: str | None = None,
    source: str | None = None,
    rule_id: str | None = None,
) -> tuple[RuleValue, ...]:
    """The values whose key starts with ``key``, cited from ``source``, for catalogue ``rule_id``."""
    return tuple(
        v
        for v in values
        if (key is None or v.key.startswith(key))
        and (source is None or v.citation.source == source)
        and (rule_id is None or v.citation.rule_id.upper() == rule_id.upper())
    )


def _shown(v: RuleValue, lang: str) -> str:
    """The value as a reader sees it: ranges with a dash, codes as their terms in ``lang``."""
    if isinstance(v.value, tuple) and v.value and isinstance(v.value[0], int):
        return f"{v.value[0]}–{v.value[1]}"
    if isinstance(v.value, tuple):
        shown = [
            f"{TERMS[x][0 if lang == 'vi' else 1]} [{x}]" if x in TERMS else str(x) for x in v.value
        ]
        return ", ".join(shown) or "—"
    if isinstance(v.value, bool):
        return ("có" if v.value else "không") if lang == "vi" else ("yes" if v.value else "no")
    return str(v.value)


def print_values(
    book: Rulebook,
    values: Sequence[RuleValue],
    day: date,
    lang: str,
    as_json: bool,
    print_json: JsonPrinter,
) -> int:
    """The values in force on ``day``, each with its description, citation and dates."""
    if as_json:
        print_json(
            {
                "as_of": day.isoformat(),
                "parameters": describe_units(values),
                "sources_in_force": [s.id for s in book.at(day).sources_in_force()],
            }
        )
        return 0
    for v in values:
        desc = v.description_vi if lang == "vi" else v.description_en
        flags = "" if not v.flags else "  [" + ", ".join(f.code for f in v.flags) + "]"
        print(f"{v.key} = {_shown(v, lang)} ({v.unit}){flags}")
        print(f"    {desc}")
        until = v.valid_until.isoformat() if v.valid_until else "…"
        print(f"    {v.citation.render(lang)}, {v.valid_from.isoformat()} → {until}")
    return 0


def print_readings(
    book: Rulebook, prefix: str, lang: str, as_json: bool, print_json: JsonPrinter
) -> int:
    """Every unclear point (option) with its readings, the default first."""
    options = [o for k, o in sorted(book.options.items()) if k.startswith(prefix)]
    if as_json:
        print_json(
            [
                {
                    "key": o.key,
                    "description_vi": o.description_vi,
                    "description_en": o.description_en,
                    "default": o.default,
                    "readings": [
                        {
                            "name": r.name,
                            "description_vi": r.description_vi,
                            "description_en": r.description_en,
                        }
                        for r in o.readings
                    ],
                    "citation": o.citation.to_json(),
                    "confidence": o.confidence.value,
                }
                for o in options
            ]
        )
        return 0
    default_label = "mặc định" if lang == "vi" else "default"
    for o in options:
        print(f"{o.key}: {o.description_vi if lang == 'vi' else o.description_en}")
        for name in o.names:
            r = o.reading(name)
            mark = f" ({default_label})" if name == o.default else ""
            print(f"    - {name}{mark}: {r.description_vi if lang == 'vi' else r.description_en}")
        print(f"    {o.citation.render(lang)}")
    return 0 if options else 3


def print_diff(
    book: Rulebook, before: date, after: date, lang: str, as_json: bool, print_json: JsonPrinter
) -> int:
    """What changed between two dates: :meth:`Rulebook.diff`, as JSON or as its explanation."""
    diff = book.diff(before, after)
    if as_json:
        print_json(diff.to_json())
        return 0
    print(diff.explanation.render(lang))
    return 0
