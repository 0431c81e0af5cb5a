"""The message catalogue: every sentence an explanation can say, in Vietnamese and English.

Each domain's sentences live in the module beside its name (``periods``, ``discipline``,
``petitions`` …); this package merges them into the three tables the rest of the library reads:

- ``MESSAGES``: message code → ``(vi, en)`` templates whose ``{names}`` are a step's facts;
- ``FLAGS``: flag code → ``(vi, en)`` templates over ``{subject}`` and ``{detail}``;
- ``TERMS``: term code → ``(vi, en)`` official term and its English rendering;
- ``PLURALS``: term code → the English plural of a term that is counted (``reprimands``);
  the number picks singular or plural by its CLDR plural category.

Templates never take personal data: the facts are dates, counts, codes and opaque
identifiers. A code defined by two domains is an error at import, so that adding a
sentence to one domain can never silently replace another's.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import Any

from dangkiemtra._messages import (
    calendar,
    discipline,
    discipline_process,
    inspection,
    membership,
    organization,
    periods,
    petitions,
    reception,
    rulebook,
    supervision,
)

__all__ = ["DOMAINS", "FLAGS", "MESSAGES", "PLURALS", "TERMS"]

#: The domain modules, in the order their tables are merged.
DOMAINS: tuple[ModuleType, ...] = (
    rulebook,
    periods,
    calendar,
    organization,
    inspection,
    discipline,
    discipline_process,
    petitions,
    reception,
    supervision,
    membership,
)


def _merge(name: str, modules: Iterable[ModuleType]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for module in modules:
        table: dict[str, Any] = getattr(module, name, {})
        clash = merged.keys() & table.keys()
        if clash:
            raise RuntimeError(
                f"{name}: {sorted(clash)} defined twice (again in {module.__name__})"
            )
        merged.update(table)
    return merged


MESSAGES: dict[str, tuple[str, str]] = _merge("MESSAGES", DOMAINS)
FLAGS: dict[str, tuple[str, str]] = _merge("FLAGS", DOMAINS)
TERMS: dict[str, tuple[str, str]] = _merge("TERMS", DOMAINS)
PLURALS: dict[str, str] = _merge("PLURALS", DOMAINS)
