"""The values of inspection and supervision a caller records: programmes, targets, activities, the book of a year (KTGS-01…KTGS-03).

Subject members are counted, never named.
"""

from __future__ import annotations

import enum
from datetime import date

import attrs

from dangkiemtra import _display, _views

__all__ = ["Activity", "ActivityKind", "ActorBody", "InspectionBook", "Programme", "Target"]


class ActorBody(enum.StrEnum):
    """The body that conducts inspection or supervision."""

    COMMITTEE = "ban_chap_hanh"
    STANDING = "ban_thuong_vu"
    INSPECTION = "uy_ban_kiem_tra"
    CELL = "chi_bo_body"


class ActivityKind(enum.StrEnum):
    """Kinds of inspection and supervision (KTGS-01)."""

    INSPECTION = "kiem_tra"
    ON_SIGNS_OF_VIOLATION = "kiem_tra_dau_hieu_vi_pham"
    OF_KTGS_WORK = "kiem_tra_thuc_hien_nhiem_vu_ktgs"
    OF_DISCIPLINE_ENFORCEMENT = "kiem_tra_thi_hanh_ky_luat"
    OF_FINANCE = "kiem_tra_tai_chinh"
    REGULAR_SUPERVISION = "giam_sat_thuong_xuyen"
    THEMATIC_SUPERVISION = "giam_sat_chuyen_de"


@attrs.frozen
class Target:
    """A planned target: so many organisations and members for one kind of activity."""

    kind: ActivityKind = attrs.field(converter=ActivityKind)
    organizations: int = 0
    members: int = 0


@attrs.frozen
class Programme:
    """A yearly programme or plan of inspection and supervision of one body."""

    id: str
    title: str
    actor: str
    body: ActorBody = attrs.field(converter=ActorBody)
    adopted_on: date
    targets: tuple[Target, ...]


@attrs.frozen
class Activity:
    """One inspection or supervision: who, what kind, of whom, decided and concluded when.

    Subject members are counted, never named.
    """

    id: str
    actor: str
    body: ActorBody = attrs.field(converter=ActorBody)
    kind: ActivityKind = attrs.field(converter=ActivityKind)
    decided_on: date
    concluded_on: date | None = None
    subject_organizations: tuple[str, ...] = ()
    subject_members: int = 0
    programme: str | None = None
    topic: str | None = None

    def done_on(self, day: date) -> bool:
        """Concluded on or before ``day``."""
        return self.concluded_on is not None and self.concluded_on <= day


@attrs.frozen(repr=False)
class InspectionBook(_display.Answer):
    """A year's programmes and activities."""

    year: int
    programmes: tuple[Programme, ...]
    activities: tuple[Activity, ...]

    def programme(self, programme_id: str) -> Programme:
        """The programme with ``programme_id`` (``LookupError`` if absent)."""
        for p in self.programmes:
            if p.id == programme_id:
                return p
        raise LookupError(programme_id)

    def _view_(self) -> _display.View:
        return _views.inspection_book(self)
