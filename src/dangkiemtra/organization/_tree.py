"""The organisation tree: kinds, posts, members, bodies and organisations (ORG-10)."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import date

import attrs
from dateutil.relativedelta import relativedelta

from dangkiemtra import _display, _views


class OrgKind(enum.StrEnum):
    """Kinds of party organisation (ORG-02)."""

    SUPERIOR = "dang_bo_cap_tren_co_so"
    BASE_COMMITTEE = "dang_bo_co_so"
    BASE_CELL = "chi_bo_co_so"
    PARTIAL_COMMITTEE = "dang_bo_bo_phan"
    CELL = "chi_bo"

    @property
    def is_base(self) -> bool:
        """A grassroots organisation (tổ chức cơ sở đảng)."""
        return self in (OrgKind.BASE_COMMITTEE, OrgKind.BASE_CELL)

    @property
    def is_cell(self) -> bool:
        """A cell of either kind: members are recorded here."""
        return self in (OrgKind.BASE_CELL, OrgKind.CELL)


class BodyKind(enum.StrEnum):
    """Elected bodies of an organisation."""

    COMMITTEE = "ban_chap_hanh"
    STANDING = "ban_thuong_vu"
    INSPECTION = "uy_ban_kiem_tra"
    CELL_COMMITTEE = "chi_uy"


class DepartureKind(enum.StrEnum):
    """Why a member left the roll."""

    TRANSFERRED_OUT = "chuyen_di"
    DECEASED = "tu_tran"
    EXPELLED = "khai_tru"
    STRUCK_OFF = "xoa_ten"
    RESIGNED = "xin_ra"


class PostTitle(enum.StrEnum):
    """Party posts a member may hold."""

    SECRETARY = "bi_thu"
    DEPUTY_SECRETARY = "pho_bi_thu"
    CELL_COMMITTEE_MEMBER = "chi_uy_vien"
    COMMITTEE_MEMBER = "cap_uy_vien"
    STANDING_MEMBER = "uy_vien_ban_thuong_vu"
    INSPECTION_CHAIR = "chu_nhiem_ubkt"
    INSPECTION_MEMBER = "uy_vien_ubkt"


@attrs.frozen
class Post:
    """A post held from ``start`` to ``end`` (inclusive; ``None`` while held)."""

    title: PostTitle = attrs.field(converter=PostTitle)
    organization: str
    start: date
    end: date | None = None

    def held_on(self, day: date) -> bool:
        """Whether the post is held on ``day``."""
        return self.start <= day and (self.end is None or day <= self.end)


@attrs.frozen
class Departure:
    """A member's leaving the roll: the reason and the date."""

    kind: DepartureKind = attrs.field(converter=DepartureKind)
    date: date


@attrs.frozen
class Member:
    """A party member (đảng viên). Personal fields are hidden from ``repr``."""

    id: str
    full_name: str = attrs.field(repr=False)
    gender: str
    birth_date: date = attrs.field(repr=False)
    admission_date: date
    official_date: date | None = None
    joined_on: date | None = None
    departure: Departure | None = None
    posts: tuple[Post, ...] = ()
    citizen_id: str | None = attrs.field(default=None, repr=False)
    party_card_number: str | None = attrs.field(default=None, repr=False)

    @property
    def roll_start(self) -> date:
        """The first day on this organisation's roll."""
        return self.joined_on or self.admission_date

    def is_member_on(self, day: date) -> bool:
        """On the roll on ``day``: joined, not yet departed."""
        if day < self.roll_start:
            return False
        return self.departure is None or day < self.departure.date

    def is_official_on(self, day: date) -> bool:
        """An official member (đảng viên chính thức) on ``day``."""
        return (
            self.is_member_on(day) and self.official_date is not None and self.official_date <= day
        )

    def is_probationary_on(self, day: date) -> bool:
        """A probationary member (đảng viên dự bị) on ``day``."""
        return self.is_member_on(day) and not self.is_official_on(day)

    def age_on(self, day: date) -> int:
        """Age in whole years on ``day``."""
        return relativedelta(day, self.birth_date).years

    def party_age_on(self, day: date) -> int:
        """Whole years since admission (tuổi đảng) on ``day``."""
        return relativedelta(day, self.admission_date).years


@attrs.frozen
class Body:
    """An elected body (cấp ủy, ban thường vụ, ủy ban kiểm tra, chi ủy) and its size."""

    kind: BodyKind = attrs.field(converter=BodyKind)
    size: int
    elected_on: date


@attrs.frozen
class StructuralException:
    """A documented deviation from a structural rule, decided by the competent committee."""

    rule_id: str
    decision: str
    decided_on: date


@attrs.frozen(repr=False)
class Organization(_display.Answer):
    """A party organisation and everything under it."""

    id: str
    kind: OrgKind = attrs.field(converter=OrgKind)
    name: str
    bodies: tuple[Body, ...] = ()
    children: tuple[Organization, ...] = ()
    members: tuple[Member, ...] = attrs.field(default=(), repr=False)
    exceptions: tuple[StructuralException, ...] = ()

    def walk(self) -> Iterator[Organization]:
        """This organisation and every one below it, depth first."""
        stack = [self]
        while stack:
            org = stack.pop()
            yield org
            stack.extend(reversed(org.children))

    def find(self, org_id: str) -> Organization | None:
        """The organisation with ``org_id`` in this tree, if any."""
        return next((o for o in self.walk() if o.id == org_id), None)

    def body(self, kind: BodyKind, on: date | None = None) -> Body | None:
        """The body of ``kind`` (elected on or before ``on`` when given)."""
        for b in self.bodies:
            if b.kind == kind and (on is None or b.elected_on <= on):
                return b
        return None

    def all_members(self) -> Iterator[Member]:
        """Every member recorded in this tree (past and present)."""
        for org in self.walk():
            yield from org.members

    def members_on(self, day: date) -> list[Member]:
        """The members on the roll on ``day``."""
        return [m for m in self.all_members() if m.is_member_on(day)]

    def official_count_on(self, day: date) -> int:
        """Official members on ``day``."""
        return sum(1 for m in self.all_members() if m.is_official_on(day))

    def _view_(self) -> _display.View:
        return _views.organization(self)
