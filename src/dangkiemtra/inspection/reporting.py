"""KTGS reporting periods (kỳ báo cáo: monthly, Q1, 6, 9 months, annual, KTGS-06).

The cut-off is not known for party reports and is therefore an ambiguity with a flagged default.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._json import answer
from dangkiemtra.calendar import require_year
from dangkiemtra.errors import bad_argument
from dangkiemtra.explain import Explanation, Step, Term
from dangkiemtra.rulebook import Rulebook

__all__ = ["ReportingPeriod", "reporting_period"]


@attrs.frozen(repr=False)
class ReportingPeriod(_display.Answer):
    """A reporting period (kỳ báo cáo) and how its bounds were chosen."""

    kind: str
    year: int
    start: date
    end: date
    explanation: Explanation

    def to_json(self) -> dict[str, Any]:
        """The period as JSON (``reporting-period.schema.json``)."""
        return answer(
            "reporting-period",
            kind=self.kind,
            year=self.year,
            start=self.start.isoformat(),
            end=self.end.isoformat(),
            explanation=self.explanation.to_json(),
        )

    def _view_(self) -> _display.View:
        return _views.reporting_period(self)


_PERIOD_END_MONTH = {"q1": 3, "6_months": 6, "9_months": 9, "year": 12}


def reporting_period(
    kind: str,
    year: int,
    *,
    month: int | None = None,
    reading: str | None = None,
    refuse_ambiguous: bool = False,
    rulebook: Rulebook | None = None,
) -> ReportingPeriod:
    """The bounds of a KTGS reporting period (KTGS-06).

    ``kind`` is ``"month"`` (with ``month``), ``"q1"``, ``"6_months"``, ``"9_months"`` or
    ``"year"``. The party's cut-off is unknown: the default reading is the state
    convention (15th of the month before to the 14th), flagged; ``reading="calendar"``
    gives calendar bounds.

    >>> p = reporting_period("9_months", 2023)
    >>> p.start, p.end
    (datetime.date(2022, 12, 15), datetime.date(2023, 9, 14))
    >>> reporting_period("9_months", 2023, reading="calendar").end
    datetime.date(2023, 9, 30)
    """
    rulebook = rulebook or Rulebook.default()
    require_year(year)
    if kind == "month":
        if not isinstance(month, int) or not 1 <= month <= 12:
            raise bad_argument("month", "một tháng từ 1 đến 12", "a month from 1 to 12")
        last_month = month
        first_month = month
    elif kind in _PERIOD_END_MONTH:
        last_month = _PERIOD_END_MONTH[kind]
        first_month = 1
    else:
        raise bad_argument(
            "kind",
            "month, q1, 6_months, 9_months hoặc year",
            "month, q1, 6_months, 9_months or year",
        )
    snap = rulebook.at(date(year, last_month, 1))
    choice = snap.option("ktgs.report.cutoff", reading, refuse=refuse_ambiguous)
    steps = [choice.step()]
    if choice.reading == "state_15_14":
        rule = snap.get("ktgs.report.period_start_day")
        start_day = rule.as_int()
        steps.insert(0, rule.step())
        prev_year, prev_month = (year - 1, 12) if first_month == 1 else (year, first_month - 1)
        start = date(prev_year, prev_month, start_day)
        end = date(year, last_month, start_day - 1)
    else:
        start = date(year, first_month, 1)
        nxt = date(year + (last_month == 12), last_month % 12 + 1, 1)
        end = date.fromordinal(nxt.toordinal() - 1)
    steps.append(Step.of("ktgs.period", period=Term(kind), year=str(year), start=start, end=end))
    return ReportingPeriod(kind, year, start, end, Explanation(tuple(steps)))
