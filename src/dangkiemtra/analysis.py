"""Tables, charts and calendar files for analysts (phân tích), with ``pip install dangkiemtra[analysis]``.

The answers themselves carry the common cases: ``report.to_pandas()``, ``report.plot()``,
``deadline.to_ics()``. This module adds what starts from an organisation, a year or a case
rather than from one answer:

* :func:`counts_by_organization`, :func:`statistics_by_organization` and
  :func:`members_table` (non-personal columns unless ``personal=True``);
* :func:`plot_calendar` (a year's working days), :func:`plot_case` (the dates of one
  discipline case), :func:`plot_organization` (the tree as a sunburst sized by members);
* :func:`deadlines_to_ics` (several deadlines in one calendar file).

Without the extra each raises an :class:`ImportError` naming ``dangkiemtra[analysis]``.
Columns and their types are listed in ``docs/analysis.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from dangkiemtra import _analysis, _ics, _plot
from dangkiemtra._analysis import EXTRA, DataFrame, Figure

if TYPE_CHECKING:
    from dangkiemtra.calendar import WorkingCalendar
    from dangkiemtra.discipline.cases import DisciplineCase
    from dangkiemtra.organization import Organization
    from dangkiemtra.periods import Deadline

__all__ = [
    "EXTRA",
    "counts_by_organization",
    "deadlines_to_ics",
    "members_table",
    "plot_calendar",
    "plot_case",
    "plot_organization",
    "statistics_by_organization",
]


def counts_by_organization(org: Organization, as_of: date) -> DataFrame:
    """One row per organisation of the tree: id, kind, name, parent, depth, own and subtree members."""
    return _analysis.organizations(org, as_of)


def statistics_by_organization(org: Organization, start: date, end: date) -> DataFrame:
    """The annual-report statistics of ``org`` and of each organisation directly under it."""
    return _analysis.statistics_by_organization(org, start, end)


def members_table(org: Organization, as_of: date, *, personal: bool = False) -> DataFrame:
    """The members on the roll on ``as_of``: ids, organisation, gender, dates, posts.

    Names, birth dates, citizen ID and party card numbers are personal data: they are
    added only with ``personal=True``.
    """
    return _analysis.members(org, as_of, personal=personal)


def plot_calendar(year: int, calendar: WorkingCalendar | None = None) -> Figure:
    """The working-day calendar of ``year`` as a heat map (holidays, swapped days, worked weekends)."""
    return _plot.calendar_year(year, calendar)


def plot_case(case: DisciplineCase, *, reading: str | None = None) -> Figure:
    """The dates of one discipline case on a time line (limitation, appeal window, deadlines)."""
    return _plot.case_timeline(case, reading=reading)


def plot_organization(org: Organization, as_of: date, *, depth: int = 3) -> Figure:
    """The organisation tree as a sunburst, each wedge sized by its members on ``as_of``."""
    return _plot.organization_sunburst(org, as_of, depth=depth)


def deadlines_to_ics(
    deadlines: Iterable[Deadline] | Mapping[str, Deadline],
    *,
    as_of: date | None = None,
    name: str | None = None,
) -> bytes:
    """One calendar file with an all-day event per deadline (titles from a mapping's keys).

    Deterministic: ``DTSTAMP`` comes from ``as_of`` (or each deadline's start), never the clock.
    """
    return _ics.deadlines(deadlines, as_of=as_of, name=name)
