"""The embedded reference organisation (tổ chức đảng mẫu), built to match the Lạng Sơn bloc report of 25-09-2023.

A synthetic but realistic **Đảng bộ Khối các cơ quan tỉnh Lạng Sơn** with 63 grassroots
organisations, 219 sub-grassroots organisations (10 partial committees holding 38 cells;
209 cells in all) and 4,144 members on 25 September 2023, with its 2023 inspection and
supervision programme. Names, dates and ID numbers are invented by the seeded script
``scripts/generate_reference.py``; the figures are those the bloc published on
25 September 2023. The data pass the library's own structural checks.

>>> from dangkiemtra.organization import counts
>>> org = reference_organization()
>>> counts(org, REFERENCE_AS_OF).members
4144
"""

from __future__ import annotations

import functools
from datetime import date
from importlib import resources
from types import MappingProxyType

from dangkiemtra.discipline.cases import DisciplineBook
from dangkiemtra.inspection import InspectionBook
from dangkiemtra.io import load_discipline, load_inspection, load_organization, load_petitions
from dangkiemtra.organization import Organization
from dangkiemtra.petitions import Petition

__all__ = [
    "REFERENCE_AS_OF",
    "REFERENCE_DECIMALS",
    "reference_discipline",
    "reference_inspection",
    "reference_organization",
    "reference_petitions",
]

#: The date of the seed report (Thông tin hoạt động, 25-09-2023).
REFERENCE_AS_OF = date(2023, 9, 25)

#: How the seed report rounds each percentage (57,58 % but 58,6 % and 66,7 %).
REFERENCE_DECIMALS = MappingProxyType(
    {
        "programmes": 1,
        "base_committees": 2,
        "base_inspection_commissions": 2,
        "base_cells_with_committee": 1,
        "sub_base_with_committee": 2,
    }
)

_ORG = "reference-organization.json"
_INSPECTION = "reference-inspection-2023.json"
_DISCIPLINE = "reference-discipline-2023.json"
_PETITIONS = "reference-petitions-2023.json"


def _read(name: str) -> bytes:
    return (resources.files("dangkiemtra.datasets") / "data" / name).read_bytes()


@functools.cache
def reference_organization() -> Organization:
    """The reference organisation tree, validated and built once."""
    return load_organization(_read(_ORG))


@functools.cache
def reference_inspection() -> InspectionBook:
    """Its 2023 programmes and activities, checked against the tree."""
    return load_inspection(_read(_INSPECTION), organization=reference_organization())


@functools.cache
def reference_discipline() -> DisciplineBook:
    """Its 2023 discipline records (5 members disciplined, 13 suspended), checked against the tree."""
    return load_discipline(_read(_DISCIPLINE), organization=reference_organization())


@functools.cache
def reference_petitions() -> tuple[Petition, ...]:
    """The 3 letters the bloc received in 2023 (senders invented and protected)."""
    rows: tuple[Petition, ...] = load_petitions(_read(_PETITIONS))
    return rows
