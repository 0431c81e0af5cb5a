"""Party organisations and members (tổ chức đảng, đảng viên): the tree, counts and structural checks.

The tree runs from a superior-of-grassroots committee (đảng bộ cấp trên trực tiếp cơ sở)
through grassroots organisations (đảng bộ cơ sở, chi bộ cơ sở) and partial committees
(đảng bộ bộ phận) to cells (chi bộ). Members belong to cells. Counts are computed *as of*
a date from admission, official, transfer and departure dates (ORG-10).

Structural checks read every threshold through the rulebook (ORG-03…ORG-07, ORG-10) and
explain themselves. Names, birth dates, citizen IDs and party card numbers are personal
data: they are left out of reprs and never appear in explanations or errors.

>>> from datetime import date
>>> m = Member("dv-1", full_name="Nguyễn Văn A", gender="nam", birth_date=date(1980, 1, 1),
...            admission_date=date(2022, 10, 3), citizen_id="020080000001")
>>> m
Member(id='dv-1', gender='nam', admission_date=datetime.date(2022, 10, 3), official_date=None, joined_on=None, departure=None, posts=())
>>> m.is_probationary_on(date(2023, 9, 25))
True
"""

from __future__ import annotations

from dangkiemtra.organization._counting import (
    AGE_BANDS as AGE_BANDS,
)
from dangkiemtra.organization._counting import (
    PARTY_AGE_BANDS as PARTY_AGE_BANDS,
)
from dangkiemtra.organization._counting import (
    Counts,
    Statistics,
    counts,
    statistics,
)
from dangkiemtra.organization._elections import Elections, elections
from dangkiemtra.organization._structure import (
    CheckResult,
    StructureReport,
    check_structure,
    probation_end,
)
from dangkiemtra.organization._tree import (
    Body,
    BodyKind,
    Departure,
    DepartureKind,
    Member,
    Organization,
    OrgKind,
    Post,
    PostTitle,
    StructuralException,
)

__all__ = [
    "Body",
    "BodyKind",
    "CheckResult",
    "Counts",
    "Departure",
    "DepartureKind",
    "Member",
    "OrgKind",
    "Organization",
    "Post",
    "PostTitle",
    "Statistics",
    "StructuralException",
    "StructureReport",
    "check_structure",
    "counts",
    "probation_end",
    "statistics",
]


__all__ += ["Elections", "elections"]

# The classes keep the public path as their module, as before the split (the answer-type
# enumeration tests and pickles find them here).
for _cls in (
    Body,
    BodyKind,
    CheckResult,
    Counts,
    Departure,
    DepartureKind,
    Elections,
    Member,
    OrgKind,
    Organization,
    Post,
    PostTitle,
    Statistics,
    StructuralException,
    StructureReport,
):
    _cls.__module__ = __name__
del _cls
