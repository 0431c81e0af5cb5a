"""The announced public-sector calendar: cited days off and weekend days worked (CAL-01…04)."""

from __future__ import annotations

from datetime import date

import attrs

from dangkiemtra.explain import Term
from dangkiemtra.rulebook._model import Citation, Confidence


@attrs.frozen
class CalendarDay:
    """A cited calendar entry: a weekday off or a weekend day worked."""

    day: date
    kind: str
    citation: Citation
    confidence: Confidence
    for_day: date | None = None

    @property
    def term(self) -> Term:
        """The kind of day as an official term."""
        return Term(self.kind)


@attrs.frozen
class CalendarYear:
    """One year's announced public-sector calendar (CAL-01…04)."""

    year: int
    confidence: Confidence
    notices: tuple[str, ...]
    days_off: tuple[CalendarDay, ...]
    workdays: tuple[CalendarDay, ...]
    package_disagreements: tuple[tuple[date, str], ...] = ()
