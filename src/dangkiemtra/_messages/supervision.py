"""Sentences about rotating supervision plans (supervision)."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    "supervision.assign": (
        "Năm {year}: cán bộ {cadre} do {unit} giám sát (năm trước: {previous}).",
        "{year}: cadre {cadre} is supervised by {unit} (previous year: {previous}).",
    ),
    "supervision.counts": (
        "{unit}: {cadres} cán bộ, {visits} lượt giám sát.",
        "{unit}: {cadres:plural:one=# cadre;other=# cadres}, "
        "{visits:plural:one=# supervision;other=# supervisions}.",
    ),
}
