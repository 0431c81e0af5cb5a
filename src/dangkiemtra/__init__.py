"""dangkiemtra: the Party's inspection, supervision and discipline rules as dated, cited code.

Công tác kiểm tra, giám sát, kỷ luật đảng: every time limit and threshold is read from a
dated, cited rulebook; every answer is computed *as of* a date the caller gives and
explains itself in Vietnamese and English, with a flag wherever the value used is not
confirmed or the law is ambiguous.

>>> from datetime import date
>>> import dangkiemtra as dk
>>> d = dk.deadline(date(2023, 1, 19), dk.Duration(1, dk.Unit.WORKING_DAYS))
>>> d.due   # across Tết Quý Mão
datetime.date(2023, 1, 27)
"""

from dangkiemtra import discipline, display, membership, schemas
from dangkiemtra.calendar import (
    DayInfo,
    WorkingCalendar,
    add_working_days,
    is_working_day,
    next_working_day,
    working_days_between,
)
from dangkiemtra.datasets import (
    REFERENCE_AS_OF,
    REFERENCE_DECIMALS,
    reference_discipline,
    reference_inspection,
    reference_organization,
    reference_petitions,
)
from dangkiemtra.errors import AmbiguityError, DangKiemTraError, DataError, Problem, RuleError
from dangkiemtra.explain import Explanation, Flag, Percent, Step, Term, Text
from dangkiemtra.inspection import (
    Activity,
    ActivityKind,
    ActorBody,
    Fulfilment,
    Group,
    GroupIndicator,
    InspectionBook,
    Programme,
    ProgressReport,
    ReportingPeriod,
    Target,
    UnitProgress,
    fulfilment,
    group_indicator,
    progress_report,
    reporting_period,
)
from dangkiemtra.io import (
    document_problems,
    dump_discipline,
    dump_inspection,
    dump_organization,
    dump_petitions,
    dump_supervision_plan,
    load_discipline,
    load_inspection,
    load_organization,
    load_petitions,
    load_reception_record,
    load_supervision_plan,
)
from dangkiemtra.organization import (
    Body,
    BodyKind,
    CheckResult,
    Counts,
    Departure,
    DepartureKind,
    Elections,
    Member,
    Organization,
    OrgKind,
    Post,
    PostTitle,
    Statistics,
    StructuralException,
    StructureReport,
    check_structure,
    counts,
    elections,
    probation_end,
    statistics,
)
from dangkiemtra.periods import Deadline, Duration, Unit, deadline, deadline_for_rule
from dangkiemtra.petitions import Petition, PetitionKind, RegisterReport, Sender, System, register
from dangkiemtra.reception import fixed_day_schedule, reception_duty
from dangkiemtra.rulebook import (
    Citation,
    Confidence,
    Counting,
    OptionChoice,
    Rulebook,
    RulebookDiff,
    RuleValue,
    Snapshot,
    Source,
)
from dangkiemtra.supervision import SupervisionPlan, assign


def _version() -> str:
    """The installed version: pyproject.toml is its only source, read through the package metadata."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dangkiemtra")
    except PackageNotFoundError:  # pragma: no cover - an uninstalled checkout
        return "0+unknown"


__version__ = _version()

__all__ = [
    "REFERENCE_AS_OF",
    "REFERENCE_DECIMALS",
    "Activity",
    "ActivityKind",
    "ActorBody",
    "AmbiguityError",
    "Body",
    "BodyKind",
    "CheckResult",
    "Citation",
    "Confidence",
    "Counting",
    "Counts",
    "DangKiemTraError",
    "DataError",
    "DayInfo",
    "Deadline",
    "Departure",
    "DepartureKind",
    "Duration",
    "Elections",
    "Explanation",
    "Flag",
    "Fulfilment",
    "Group",
    "GroupIndicator",
    "InspectionBook",
    "Member",
    "OptionChoice",
    "OrgKind",
    "Organization",
    "Percent",
    "Petition",
    "PetitionKind",
    "Post",
    "PostTitle",
    "Problem",
    "Programme",
    "ProgressReport",
    "RegisterReport",
    "ReportingPeriod",
    "RuleError",
    "RuleValue",
    "Rulebook",
    "RulebookDiff",
    "Sender",
    "Snapshot",
    "Source",
    "Statistics",
    "Step",
    "StructuralException",
    "StructureReport",
    "SupervisionPlan",
    "System",
    "Target",
    "Term",
    "Text",
    "Unit",
    "UnitProgress",
    "WorkingCalendar",
    "__version__",
    "add_working_days",
    "assign",
    "check_structure",
    "counts",
    "deadline",
    "deadline_for_rule",
    "discipline",
    "display",
    "document_problems",
    "dump_discipline",
    "dump_inspection",
    "dump_organization",
    "dump_petitions",
    "dump_supervision_plan",
    "elections",
    "fixed_day_schedule",
    "fulfilment",
    "group_indicator",
    "is_working_day",
    "load_discipline",
    "load_inspection",
    "load_organization",
    "load_petitions",
    "load_reception_record",
    "load_supervision_plan",
    "membership",
    "next_working_day",
    "probation_end",
    "progress_report",
    "reception_duty",
    "reference_discipline",
    "reference_inspection",
    "reference_organization",
    "reference_petitions",
    "register",
    "reporting_period",
    "schemas",
    "statistics",
    "working_days_between",
]
