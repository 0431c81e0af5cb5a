"""Inspection and supervision programmes, activities and quota indicators (chương trình, chỉ tiêu KTGS).

Committees, standing committees, inspection commissions (UBKT) and cells adopt a yearly
programme of inspection and supervision (chương trình, kế hoạch kiểm tra, giám sát) with
planned targets (KTGS-01…KTGS-03); activities are then carried out and concluded. This
package computes, *as of* a date:

* the fulfilment of a programme (done / planned), by kind of activity;
* group indicators as the party's reports state them: how many units of a group that
  have a plan have carried out at least one inspection or supervision
  ("17/29 chi bộ cơ sở có chi ủy đã thực hiện kiểm tra hoặc giám sát");
* the reporting periods (monthly, Q1, 6, 9 months, annual, KTGS-06), whose cut-off is
  not known for party reports and is therefore an ambiguity with a flagged default.

No national quota exists (KTGS-03: unverified); targets are each organisation's own data.
An activity counts as done when it has concluded on or before the as-of date.

One module per topic:

* :mod:`~dangkiemtra.inspection.book` — programmes, targets, activities, the book of a year;
* :mod:`~dangkiemtra.inspection.fulfilment` — programme fulfilment and activity totals;
* :mod:`~dangkiemtra.inspection.groups` — group indicators and their units;
* :mod:`~dangkiemtra.inspection.reporting` — reporting periods;
* :mod:`~dangkiemtra.inspection.progress` — an organisation's progress report.

Percentages are rounded half up to the places the report shows:

>>> from decimal import Decimal
>>> percent(17, 29, 1), percent(19, 33, 2), percent(2, 3, 1)
(Decimal('58.6'), Decimal('57.58'), Decimal('66.7'))
"""

from dangkiemtra._format import (
    percent,  # re-exported: inspection.percent stays importable
)
from dangkiemtra.inspection.book import (
    Activity,
    ActivityKind,
    ActorBody,
    InspectionBook,
    Programme,
    Target,
)
from dangkiemtra.inspection.fulfilment import (
    ActivityTotals,
    Fulfilment,
    activity_totals,
    fulfilment,
)
from dangkiemtra.inspection.groups import GROUP_LABELS as GROUP_LABELS
from dangkiemtra.inspection.groups import (
    Group,
    GroupIndicator,
    UnitProgress,
    group_indicator,
    indicator_of_units,
)
from dangkiemtra.inspection.groups import group_units as group_units
from dangkiemtra.inspection.progress import ProgressReport, progress_report
from dangkiemtra.inspection.reporting import ReportingPeriod, reporting_period

__all__ = [
    "Activity",
    "ActivityKind",
    "ActivityTotals",
    "ActorBody",
    "Fulfilment",
    "Group",
    "GroupIndicator",
    "InspectionBook",
    "Programme",
    "ProgressReport",
    "ReportingPeriod",
    "Target",
    "UnitProgress",
    "activity_totals",
    "fulfilment",
    "group_indicator",
    "indicator_of_units",
    "percent",
    "progress_report",
    "reporting_period",
]
