"""Discipline case values (hồ sơ kỷ luật): subjects, violations, ballots, decisions, appeals, suspensions.

Frozen values a caller records; the rules that judge them live in the sibling modules and
read every number through the rulebook. Subjects are identified by opaque ids only: no
names, no ID numbers.
"""

from __future__ import annotations

import enum
from datetime import date

import attrs

from dangkiemtra import _display, _views
from dangkiemtra.errors import at_least

__all__ = [
    "Appeal",
    "AppealOutcome",
    "Ballot",
    "BodyRole",
    "Circumstance",
    "CommitteeRelation",
    "Decision",
    "DisciplineCase",
    "Form",
    "Subject",
    "SubjectKind",
    "Suspension",
    "SuspensionKind",
    "Violation",
]


class Form(enum.StrEnum):
    """Forms of party discipline (DF-01)."""

    KHIEN_TRACH = "khien_trach"
    CANH_CAO = "canh_cao"
    CACH_CHUC = "cach_chuc"
    KHAI_TRU = "khai_tru"
    GIAI_TAN = "giai_tan"


class SubjectKind(enum.StrEnum):
    """Who is disciplined."""

    ORGANIZATION = "to_chuc"
    OFFICIAL_MEMBER = "dang_vien_chinh_thuc"
    PROBATIONARY_MEMBER = "dang_vien_du_bi"

    @property
    def is_member(self) -> bool:
        """A member, official or probationary."""
        return self is not SubjectKind.ORGANIZATION


class CommitteeRelation(enum.StrEnum):
    """A member's committee seat relative to the deciding body."""

    NONE = "none"
    SAME_LEVEL = "same_level"
    LOWER_LEVEL = "lower_level"


class BodyRole(enum.StrEnum):
    """Bodies that take part in discipline (AU-01…AU-10), named by role, never by 'huyện'."""

    CHI_BO = "chi_bo_role"
    CHI_UY = "chi_uy_role"
    DANG_UY_BO_PHAN = "dang_uy_bo_phan"
    BAN_THUONG_VU_CO_SO = "ban_thuong_vu_co_so"
    UBKT_CO_SO = "ubkt_co_so"
    DANG_UY_CO_SO = "dang_uy_co_so"
    CAP_UY_CAP_TREN = "cap_uy_cap_tren"
    BAN_THUONG_VU_CAP_TREN = "ban_thuong_vu_cap_tren"
    UBKT_CAP_TREN = "ubkt_cap_tren"
    BCH_TW = "bch_tw"

    @property
    def is_inspection_commission(self) -> bool:
        """An inspection commission (ủy ban kiểm tra)."""
        return self in (BodyRole.UBKT_CO_SO, BodyRole.UBKT_CAP_TREN)


@attrs.frozen
class Subject:
    """The organisation or member concerned, by opaque id, with the facts authority turns on.

    Attributes
    ----------
    holds_post
        The member holds a post (cách chức needs one, DF-01).
    committee
        The member's committee seat relative to the deciding body.
    managed_by_higher
        A cadre managed by a higher committee.
    chi_uy_of_base_cell
        A chi ủy member of a chi bộ cơ sở (AU-02).
    """

    id: str
    kind: SubjectKind = attrs.field(converter=SubjectKind)
    holds_post: bool = False
    committee: CommitteeRelation = attrs.field(
        default=CommitteeRelation.NONE, converter=CommitteeRelation
    )
    managed_by_higher: bool = False
    chi_uy_of_base_cell: bool = False


@attrs.frozen
class Violation:
    """A violation (vi phạm): when it happened or ended, the categories it falls in, the form it warrants."""

    id: str
    committed_on: date
    ended_on: date | None = None
    discovered_on: date | None = None
    continuing: bool = False
    categories: tuple[str, ...] = ()
    warranted: Form | None = attrs.field(default=None, converter=attrs.converters.optional(Form))
    in_higher_task: bool = False
    very_serious: bool = False


@attrs.frozen
class Circumstance:
    """A recorded circumstance (tình tiết, trường hợp) with the period it covers, if any."""

    code: str
    start: date | None = None
    end: date | None = None
    written_request: bool = False


@attrs.frozen
class Ballot:
    """A secret-ballot tally (phiếu biểu quyết) by a body of ``eligible`` voters.

    ``eligible`` is the denominator of the thresholds: all official members of a cell, or all
    members of a committee or commission (VO-02), not those present.
    """

    body: BodyRole = attrs.field(converter=BodyRole)
    eligible: int = attrs.field(validator=at_least(1))
    votes: tuple[tuple[Form, int], ...] = ()
    none_votes: int = 0
    held_on: date | None = None

    def count(self, form: Form) -> int:
        """Votes cast for ``form``."""
        return sum(n for f, n in self.votes if f == form)


@attrs.frozen
class Decision:
    """A disciplinary decision (quyết định kỷ luật)."""

    id: str
    body: BodyRole = attrs.field(converter=BodyRole)
    form: Form = attrs.field(converter=Form)
    signed_on: date
    announced_on: date | None = None
    received_on: date | None = None
    central: bool = False


class AppealOutcome(enum.StrEnum):
    """What an appeal decision did."""

    UPHELD = "upheld"
    CHANGED = "changed"
    ANNULLED = "annulled"


@attrs.frozen
class Appeal:
    """A disciplinary appeal (khiếu nại kỷ luật) and, once decided, its outcome."""

    id: str
    decision: str
    filed_on: date
    received_on: date | None = None
    facts: tuple[str, ...] = ()
    outcome: AppealOutcome | None = attrs.field(
        default=None, converter=attrs.converters.optional(AppealOutcome)
    )
    new_form: Form | None = attrs.field(default=None, converter=attrs.converters.optional(Form))
    decided_on: date | None = None
    announced_on: date | None = None


class SuspensionKind(enum.StrEnum):
    """What is suspended (SU-01)."""

    PARTY_ACTIVITY = "sinh_hoat_dang"
    COMMITTEE_ACTIVITY = "sinh_hoat_cap_uy"
    ORGANIZATION = "hoat_dong_to_chuc"


@attrs.frozen
class Suspension:
    """A suspension (đình chỉ) from ``start``, with its grounds and any extensions (in days)."""

    id: str
    subject: str
    kind: SuspensionKind = attrs.field(converter=SuspensionKind)
    start: date
    grounds: tuple[str, ...] = ()
    extensions: tuple[int, ...] = ()
    lifted_on: date | None = None


@attrs.frozen
class DisciplineCase:
    """A whole case: subject, violations, the dates of the procedure, the vote and what followed."""

    id: str
    subject: Subject
    violations: tuple[Violation, ...]
    opened_on: date
    inspection_decided_on: date | None = None
    concluded_on: date | None = None
    circumstances: tuple[Circumstance, ...] = ()
    ballot: Ballot | None = None
    decision: Decision | None = None
    appeals: tuple[Appeal, ...] = ()
    suspensions: tuple[Suspension, ...] = ()


@attrs.frozen(repr=False)
class DisciplineBook(_display.Answer):
    """A set of discipline cases (``discipline.schema.json``)."""

    cases: tuple[DisciplineCase, ...]

    def _view_(self) -> _display.View:
        return _views.discipline_book(self)


__all__ += ["DisciplineBook"]
