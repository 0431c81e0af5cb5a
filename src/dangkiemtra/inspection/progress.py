"""An organisation's KTGS progress report: its own programmes' fulfilment and its tree's group indicators."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import attrs

from dangkiemtra import _analysis, _display, _plot, _views
from dangkiemtra._json import answer
from dangkiemtra.inspection.book import InspectionBook, Programme
from dangkiemtra.inspection.fulfilment import Fulfilment, fulfilment
from dangkiemtra.inspection.groups import Group, GroupIndicator, group_indicator
from dangkiemtra.organization import Organization

__all__ = ["ProgressReport", "progress_report"]


@attrs.frozen(repr=False)
class ProgressReport(_display.Answer):
    """An organisation's KTGS progress as of a date: its own programmes and its groups."""

    organization: str
    as_of: date
    programmes: tuple[tuple[Programme, tuple[Fulfilment, ...]], ...]
    groups: tuple[GroupIndicator, ...]

    def to_json(self) -> dict[str, Any]:
        """The report as JSON (``progress-report.schema.json``)."""
        return answer(
            "progress-report",
            organization=self.organization,
            as_of=self.as_of.isoformat(),
            programmes=[
                {
                    "id": p.id,
                    "title": p.title,
                    "body": p.body.value,
                    "targets": [f.to_json() for f in fs],
                }
                for p, fs in self.programmes
            ],
            groups=[g.to_json() for g in self.groups],
        )

    def _view_(self) -> _display.View:
        return _views.progress_report(self)

    def to_pandas(self, by: str = "indicator") -> _analysis.DataFrame:
        """A table: a row per programme target and per group (``by="unit"``: per unit); see docs/analysis.md."""
        return _analysis.progress_report(self, by)

    def plot(self) -> _analysis.Figure:
        """Quota progress by group against the plan (matplotlib figure)."""
        return _plot.progress(self)


def progress_report(
    org: Organization,
    book: InspectionBook,
    as_of: date,
    *,
    groups: Iterable[Group] = tuple(Group),
    decimals: Mapping[str, int] | None = None,
) -> ProgressReport:
    """The programmes of ``org`` itself and the group indicators of its tree, as of ``as_of``.

    ``decimals`` maps a group value or ``"programmes"`` to the places its percentages show
    (reports differ: the Lạng Sơn bloc report of 25-09-2023 prints 57,58 % but 58,6 %); defaults are 1 for programmes
    and 2 for groups.
    """
    places = dict(decimals or {})
    own = tuple(
        (p, fulfilment(book, p.id, as_of, decimals=places.get("programmes", 1)))
        for p in book.programmes
        if p.actor == org.id
    )
    inds = tuple(
        group_indicator(org, book, g, as_of, decimals=places.get(g.value, 2)) for g in groups
    )
    return ProgressReport(org.id, as_of, own, inds)
