"""The inspection and supervision report on an organisation's own files, as of a date.

``dangkiemtra report ORG.json [--inspection F] [--discipline F] [--petitions F] --as-of D``
builds a :class:`Report`: the organisation's counts and structural checks, the reporting
period, the programme's progress, inspections on signs of violation, discipline and the
letters received. Only the organisation is required; a section whose file is not given is
left out. ``demo`` is the same report on the embedded reference organisation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import attrs

from dangkiemtra.discipline.cases import DisciplineBook
from dangkiemtra.discipline.report import DisciplineReport, discipline_report
from dangkiemtra.explain import Explanation, Flag
from dangkiemtra.inspection import (
    ActivityKind,
    ActivityTotals,
    InspectionBook,
    ProgressReport,
    ReportingPeriod,
    activity_totals,
    progress_report,
    reporting_period,
)
from dangkiemtra.organization import (
    Counts,
    Organization,
    OrgKind,
    StructureReport,
    check_structure,
    counts,
)
from dangkiemtra.petitions import Petition, RegisterReport, register

__all__ = ["FORMAT", "Report", "build_report", "cumulative_period"]

#: Version tag of the report's JSON.
FORMAT = "dangkiemtra.report/1"


@attrs.frozen
class Report:
    """Everything the report shows; sections whose data were not given are ``None``."""

    name: str  # the organisation's name: a proper name, shown as written
    organization: str
    as_of: date
    year: int
    counts: Counts
    cells_under_partial: int
    structure: StructureReport
    period: ReportingPeriod
    inspection: ProgressReport | None = None
    signs: ActivityTotals | None = None
    discipline: DisciplineReport | None = None
    letters: RegisterReport | None = None

    @property
    def flags(self) -> tuple[Flag, ...]:
        """Every caveat of every section, once each, in the order the sections come."""
        explanations: list[Explanation] = [self.counts.explanation, self.period.explanation]
        if self.inspection is not None:
            explanations += [f.explanation for _, fs in self.inspection.programmes for f in fs]
            explanations += [g.explanation for g in self.inspection.groups]
        if self.discipline is not None:
            explanations.append(self.discipline.explanation)
        if self.letters is not None:
            explanations.append(self.letters.explanation)
        flags = [*explanations[0].flags, *self.structure.flags]
        flags += [f for e in explanations[1:] for f in e.flags]
        return tuple(dict.fromkeys(flags))

    def to_json(self) -> dict[str, Any]:
        """The report as one JSON document (``report.schema.json``)."""
        return {
            "format": FORMAT,
            "organization": self.organization,
            "name": self.name,
            "as_of": self.as_of.isoformat(),
            "counts": self.counts.to_json(),
            "cells_under_partial_committees": self.cells_under_partial,
            "structure": self.structure.to_json(),
            "reporting_period": self.period.to_json(),
            "inspection": None if self.inspection is None else self.inspection.to_json(),
            "signs_of_violation": None if self.signs is None else self.signs.to_json(),
            "discipline": None if self.discipline is None else self.discipline.to_json(),
            "letters": None if self.letters is None else self.letters.to_json(),
            "flags": [f.to_json() for f in self.flags],
        }


def cumulative_period(as_of: date) -> str:
    """The cumulative period a report made in ``as_of``'s month covers: Q1, 6 or 9 months, year."""
    return ("q1", "6_months", "9_months", "year")[(as_of.month - 1) // 3]


def build_report(
    org: Organization,
    as_of: date,
    *,
    inspection: InspectionBook | None = None,
    discipline: DisciplineBook | None = None,
    petitions: Sequence[Petition] | None = None,
    decimals: Mapping[str, int] | None = None,
) -> Report:
    """The report on ``org`` and whichever of its books are given, as of ``as_of``.

    Raises :class:`~dangkiemtra.errors.RuleError` when ``as_of`` is before a rule the
    report needs.
    """
    year = inspection.year if inspection is not None else as_of.year
    under_partial = sum(len(o.children) for o in org.walk() if o.kind is OrgKind.PARTIAL_COMMITTEE)
    return Report(
        name=org.name,
        organization=org.id,
        as_of=as_of,
        year=year,
        counts=counts(org, as_of),
        cells_under_partial=under_partial,
        structure=check_structure(org, as_of),
        period=reporting_period(cumulative_period(as_of), as_of.year),
        inspection=None
        if inspection is None
        else progress_report(org, inspection, as_of, decimals=decimals),
        signs=None
        if inspection is None
        else activity_totals(inspection, ActivityKind.ON_SIGNS_OF_VIOLATION, as_of),
        discipline=None if discipline is None else discipline_report(discipline, year, as_of),
        letters=None if petitions is None else register(tuple(petitions), as_of),
    )
