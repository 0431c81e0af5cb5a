"""Tables of answers for pandas (``to_pandas()``), behind the optional ``[analysis]`` extra.

pandas is imported on first use; without it every ``to_pandas()`` raises an
:class:`ImportError` that names the extra. Columns are documented in ``docs/analysis.md``;
dates are ``datetime64`` columns, counts ``int64``, percentages ``float64`` (57.58, not
"57.58"), yes/no ``bool``; codes stay codes (``"kiem_tra"``), and text that reads in a
language (citations, terms) follows the display language (:mod:`dangkiemtra.display`).
Personal data never enters a table unless the caller asks for it (``personal=True``).
"""

from __future__ import annotations

from dangkiemtra._analysis.discipline import DISCIPLINE_COLUMNS as DISCIPLINE_COLUMNS
from dangkiemtra._analysis.discipline import discipline_report as discipline_report
from dangkiemtra._analysis.frames import EXTRA as EXTRA
from dangkiemtra._analysis.frames import DataFrame as DataFrame
from dangkiemtra._analysis.frames import Figure as Figure
from dangkiemtra._analysis.frames import _pd as _pd
from dangkiemtra._analysis.frames import frame as frame
from dangkiemtra._analysis.frames import require as require
from dangkiemtra._analysis.inspection import PROGRESS_COLUMNS as PROGRESS_COLUMNS
from dangkiemtra._analysis.inspection import UNIT_COLUMNS as UNIT_COLUMNS
from dangkiemtra._analysis.inspection import progress_report as progress_report
from dangkiemtra._analysis.inspection import units as units
from dangkiemtra._analysis.organization import COUNTS_COLUMNS as COUNTS_COLUMNS
from dangkiemtra._analysis.organization import MEMBER_COLUMNS as MEMBER_COLUMNS
from dangkiemtra._analysis.organization import ORGANIZATION_COLUMNS as ORGANIZATION_COLUMNS
from dangkiemtra._analysis.organization import PERSONAL_COLUMNS as PERSONAL_COLUMNS
from dangkiemtra._analysis.organization import (
    STATISTICS_BY_ORG_COLUMNS as STATISTICS_BY_ORG_COLUMNS,
)
from dangkiemtra._analysis.organization import STATISTICS_COLUMNS as STATISTICS_COLUMNS
from dangkiemtra._analysis.organization import STRUCTURE_COLUMNS as STRUCTURE_COLUMNS
from dangkiemtra._analysis.organization import attrs_dict as attrs_dict
from dangkiemtra._analysis.organization import counts as counts
from dangkiemtra._analysis.organization import members as members
from dangkiemtra._analysis.organization import organizations as organizations
from dangkiemtra._analysis.organization import statistics as statistics
from dangkiemtra._analysis.organization import (
    statistics_by_organization as statistics_by_organization,
)
from dangkiemtra._analysis.organization import structure_report as structure_report
from dangkiemtra._analysis.petitions import REGISTER_COLUMNS as REGISTER_COLUMNS
from dangkiemtra._analysis.petitions import register_report as register_report
from dangkiemtra._analysis.rulebook import DIFF_COLUMNS as DIFF_COLUMNS
from dangkiemtra._analysis.rulebook import DOCUMENT_COLUMNS as DOCUMENT_COLUMNS
from dangkiemtra._analysis.rulebook import _value_text as _value_text
from dangkiemtra._analysis.rulebook import rulebook_diff as rulebook_diff
from dangkiemtra._analysis.supervision import supervision_plan as supervision_plan

__all__ = ["EXTRA", "DataFrame", "Figure", "require"]
