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

import enum
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from dangkiemtra import _analysis, _display, _views
from dangkiemtra._json import answer, attrs_answer
from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Flag, Step, Term
from dangkiemtra.periods import Duration, Unit, deadline
from dangkiemtra.rulebook import Counting, Rulebook, RuleValue

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


# ── counts and statistics ───────────────────────────────────────────────────────────────


@attrs.frozen(repr=False)
class Counts(_display.Answer):
    """Members and organisations under an organisation on a date, with the explanation."""

    as_of: date
    members: int
    official: int
    probationary: int
    organizations: dict[str, int]
    explanation: Explanation

    def to_json(self) -> dict[str, Any]:
        """The counts as JSON (``counts.schema.json``)."""
        return answer(
            "counts",
            as_of=self.as_of.isoformat(),
            members=self.members,
            official=self.official,
            probationary=self.probationary,
            organizations=dict(self.organizations),
            explanation=self.explanation.to_json(),
        )

    def _view_(self) -> _display.View:
        return _views.counts(self)

    def to_pandas(self) -> _analysis.DataFrame:
        """One row: date, members, official, probationary, then a column per kind of organisation."""
        return _analysis.counts(self)


def counts(org: Organization, as_of: date) -> Counts:
    """Members (official, probationary) and sub-organisations by kind under ``org`` on ``as_of``.

    Members are counted from their own dates (ORG-10): on the roll from admission (or
    transfer in) until departure; official from the recognised end of probation.
    """
    official = probationary = 0
    for m in org.all_members():
        if m.is_member_on(as_of):
            if m.is_official_on(as_of):
                official += 1
            else:
                probationary += 1
    kinds = Counter(o.kind.value for o in org.walk() if o is not org)
    step = Step.of(
        "org.count",
        organization=org.id,
        members=official + probationary,
        official=official,
        probationary=probationary,
        as_of=as_of,
    )
    return Counts(
        as_of,
        official + probationary,
        official,
        probationary,
        dict(sorted(kinds.items())),
        Explanation.of(step),
    )


#: Age bands of annual party reports: (label, lowest age, highest age inclusive).
AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("18-30", 18, 30),
    ("31-40", 31, 40),
    ("41-50", 41, 50),
    ("51-60", 51, 60),
    ("61-70", 61, 70),
    ("71+", 71, 200),
)
#: Party-age bands (tuổi đảng) of annual reports.
PARTY_AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("0-9", 0, 9),
    ("10-19", 10, 19),
    ("20-29", 20, 29),
    ("30-39", 30, 39),
    ("40-49", 40, 49),
    ("50+", 50, 200),
)


@attrs.frozen(repr=False)
class Statistics(_display.Answer):
    """The statistics annual party reports use, for a period ``start``–``end``."""

    start: date
    end: date
    members: int
    official: int
    probationary: int
    admitted: int
    transferred_in: int
    departed: dict[str, int]
    women: int
    age_bands: dict[str, int]
    party_age_bands: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        """The statistics as JSON (``statistics.schema.json``)."""
        out = attrs.asdict(self)
        out["start"], out["end"] = self.start.isoformat(), self.end.isoformat()
        return answer("statistics", **out)

    def _view_(self) -> _display.View:
        return _views.statistics(self)

    def to_pandas(self) -> _analysis.DataFrame:
        """Long form: a row per measure and per band (age, party age, departure)."""
        return _analysis.statistics(self)


def _band(value: int, bands: Sequence[tuple[str, int, int]]) -> str | None:
    return next((label for label, lo, hi in bands if lo <= value <= hi), None)


def statistics(
    org: Organization,
    start: date,
    end: date,
    *,
    age_bands: Sequence[tuple[str, int, int]] = AGE_BANDS,
    party_age_bands: Sequence[tuple[str, int, int]] = PARTY_AGE_BANDS,
) -> Statistics:
    """Movement over ``start``–``end`` (both included) and composition on ``end``.

    The bands are report conventions, not law: pass your own to match a report form.
    """
    admitted = transferred_in = women = official = probationary = 0
    departed: Counter[str] = Counter()
    ages: Counter[str] = Counter()
    party_ages: Counter[str] = Counter()
    for m in org.all_members():
        if start <= m.admission_date <= end:
            admitted += 1
        if (
            m.joined_on is not None
            and m.joined_on != m.admission_date
            and start <= m.joined_on <= end
        ):
            transferred_in += 1
        if m.departure is not None and start <= m.departure.date <= end:
            departed[m.departure.kind.value] += 1
        if m.is_member_on(end):
            if m.is_official_on(end):
                official += 1
            else:
                probationary += 1
            women += m.gender == "nu"
            band = _band(m.age_on(end), age_bands)
            if band:
                ages[band] += 1
            pband = _band(m.party_age_on(end), party_age_bands)
            if pband:
                party_ages[pband] += 1
    return Statistics(
        start,
        end,
        official + probationary,
        official,
        probationary,
        admitted,
        transferred_in,
        dict(sorted(departed.items())),
        women,
        {label: ages[label] for label, _, _ in age_bands},
        {label: party_ages[label] for label, _, _ in party_age_bands},
    )


# ── structural checks ───────────────────────────────────────────────────────────────────


@attrs.frozen(repr=False)
class CheckResult(_display.Answer):
    """The outcome of one structural check on one organisation or member.

    ``checked`` is false when no rule of the rulebook covers the date concerned: the
    check was not made, and ``ok`` is then true (nothing was found wrong).
    """

    rule_id: str
    subject: str
    ok: bool
    explanation: Explanation
    checked: bool = True

    def to_json(self) -> dict[str, Any]:
        """The check as JSON (``check-result.schema.json``)."""
        return answer(
            "check-result",
            rule_id=self.rule_id,
            subject=self.subject,
            ok=self.ok,
            checked=self.checked,
            explanation=self.explanation.to_json(),
        )

    def _view_(self) -> _display.View:
        return _views.check_result(self)


@attrs.frozen(repr=False)
class StructureReport(_display.Answer):
    """Every structural check of a tree on a date."""

    as_of: date
    results: tuple[CheckResult, ...]

    @property
    def problems(self) -> tuple[CheckResult, ...]:
        """The checks that failed."""
        return tuple(r for r in self.results if not r.ok)

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return not self.problems

    @property
    def flags(self) -> tuple[Flag, ...]:
        """Every caveat of every check, once each."""
        return tuple(dict.fromkeys(f for r in self.results for f in r.explanation.flags))

    @property
    def unchecked(self) -> tuple[CheckResult, ...]:
        """The checks no rule in the rulebook covered."""
        return tuple(r for r in self.results if not r.checked)

    def by_rule(self) -> dict[str, tuple[int, int]]:
        """``{rule_id: (passed, failed)}`` of the checks made."""
        out: dict[str, list[int]] = {}
        for r in self.results:
            if not r.checked:
                continue
            out.setdefault(r.rule_id, [0, 0])[0 if r.ok else 1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(out.items())}

    def to_json(self, *, all_results: bool = False) -> dict[str, Any]:
        """The report as JSON (``structure-report.schema.json``): the checks made and not made,
        passed and failed by rule, every failed check in full (every check with ``all_results``)."""
        shown = self.results if all_results else self.problems
        return answer(
            "structure-report",
            as_of=self.as_of.isoformat(),
            checks=len(self.results) - len(self.unchecked),
            not_checked=len(self.unchecked),
            by_rule={k: {"passed": p, "failed": f} for k, (p, f) in self.by_rule().items()},
            results=[r.to_json() for r in shown],
            flags=[f.to_json() for f in self.flags],
        )
    def _view_(self) -> _display.View:
        return _views.structure_report(self)

    def to_pandas(self, *, failures_only: bool = False) -> _analysis.DataFrame:
        """A row per check: rule ID, subject, checked, ok, citation, flags; see docs/analysis.md."""
        return _analysis.structure_report(self, failures_only)


def probation_end(admission: date, *, rulebook: Rulebook | None = None) -> tuple[date, Explanation]:
    """The day probation ends: 12 months from the admission ceremony (ORG-10, Điều lệ Điều 5).

    The end of probation is a status date, not a deadline for an act: it is not moved to a
    working day. A ceremony on 31 August ends probation on the last day of the next August:

    >>> probation_end(date(2023, 8, 31))[0]
    datetime.date(2024, 8, 31)
    >>> probation_end(date(2023, 2, 28))[0]
    datetime.date(2024, 2, 28)
    """
    rulebook = rulebook or Rulebook.default()
    rule = rulebook.at(admission).get("org.probation.months")
    d = deadline(
        admission,
        Duration(rule.as_int(), Unit.MONTHS),
        counting=Counting(roll_to_working_day=False),
        rulebook=rulebook,
        extra_steps=(rule.step(),),
        rule_key=rule.key,
    )
    # the last day of the 12 months is the period's end; becoming official is that day
    return d.due, d.explanation


def check_structure(
    org: Organization,
    as_of: date,
    *,
    rulebook: Rulebook | None = None,
    calendar: WorkingCalendar | None = None,
    threshold_reading: str | None = None,
) -> StructureReport:
    """Check the tree under ``org`` on ``as_of`` against ORG-03…ORG-07 and ORG-10.

    Parameters
    ----------
    threshold_reading
        Reading of the ambiguous 30-member threshold (option
        ``org.base.threshold_counts_probationary``); ``None`` for the cited default.
    """
    rulebook = rulebook or Rulebook.default()
    calendar = calendar or WorkingCalendar.default()
    snap = rulebook.at(as_of)
    results: list[CheckResult] = []
    missing: dict[str, RuleError] = {}

    def rule(key: str) -> RuleValue | None:
        try:
            return snap.get(key)
        except RuleError as err:
            missing[key] = err
            return None

    founding = rule("org.founding.min_official_members")
    base_min = rule("org.base.dang_bo_min_members")
    threshold_choice = snap.option("org.base.threshold_counts_probationary", threshold_reading)
    chi_uy_min = rule("org.cell.chi_uy_min_official_members")
    chi_uy_max = rule("org.cell.chi_uy_max_size")
    standing_min = rule("org.base.standing_committee_min_committee_size")
    ubkt_size = rule("org.ubkt.size.grassroots")

    def add(rule_id: str, subject: str, ok: bool, *steps: Step) -> None:
        results.append(CheckResult(rule_id, subject, ok, Explanation(tuple(steps))))

    def not_checked(rule_id: str, subject: str, *keys: str) -> None:
        """A check whose rule is not in force on the date: reported, never fatal."""
        for key in keys:
            if key in missing:
                err = missing[key]
                step = Step.of(
                    "org.check.no_rule", member=subject, key=key, day=err.applies_from or as_of
                )
                results.append(
                    CheckResult(rule_id, subject, True, Explanation.of(step), checked=False)
                )
                return

    for o in org.walk():
        members_now = [m for m in o.all_members() if m.is_member_on(as_of)]
        official_now = sum(1 for m in members_now if m.is_official_on(as_of))
        if o.kind.is_cell and founding is None:
            not_checked("ORG-03", o.id, "org.founding.min_official_members")
        if o.kind.is_cell and (chi_uy_min is None or chi_uy_max is None):
            not_checked(
                "ORG-05", o.id, "org.cell.chi_uy_min_official_members", "org.cell.chi_uy_max_size"
            )
        if o.kind.is_base and base_min is None:
            not_checked("ORG-04", o.id, "org.base.dang_bo_min_members")
        if o.kind is OrgKind.BASE_COMMITTEE and standing_min is None:
            not_checked("ORG-06", o.id, "org.base.standing_committee_min_committee_size")
        if o.kind is OrgKind.BASE_COMMITTEE and ubkt_size is None:
            not_checked("ORG-07", o.id, "org.ubkt.size.grassroots")
        if o.kind.is_cell and founding is not None:
            ok = official_now >= founding.as_int()
            add(
                "ORG-03",
                o.id,
                ok,
                founding.step(),
                Step.of(
                    "org.check.founding",
                    organization=o.id,
                    official=official_now,
                    minimum=founding.as_int(),
                ),
            )
        if o.kind.is_cell and chi_uy_min is not None and chi_uy_max is not None:
            body = o.body(BodyKind.CELL_COMMITTEE, as_of)
            at = body.elected_on if body else as_of
            official_then = o.official_count_on(at)
            needs = official_then >= chi_uy_min.as_int()
            size = body.size if body else 0
            ok = needs == (body is not None) and size <= chi_uy_max.as_int()
            add(
                "ORG-05",
                o.id,
                ok,
                chi_uy_min.step(),
                chi_uy_max.step(),
                Step.of(
                    "org.check.chi_uy",
                    organization=o.id,
                    official=official_then,
                    threshold=chi_uy_min.as_int(),
                    required=Term("required" if needs else "not_required"),
                    size=size,
                    maximum=chi_uy_max.as_int(),
                ),
            )
        if o.kind.is_base and base_min is not None:
            counted = (
                len(members_now) if threshold_choice.reading == "all_members" else official_now
            )
            expected = OrgKind.BASE_COMMITTEE if counted >= base_min.as_int() else OrgKind.BASE_CELL
            exception = next((e for e in o.exceptions if e.rule_id == "ORG-04"), None)
            if expected != o.kind and exception is not None:
                verdict = Step.of(
                    "org.check.kind_exception",
                    organization=o.id,
                    members=counted,
                    threshold=base_min.as_int(),
                    kind=Term(o.kind.value),
                    flags=(Flag("exception", o.id, exception.decided_on.isoformat()),),
                )
            else:
                verdict = Step.of(
                    "org.check.kind",
                    organization=o.id,
                    members=counted,
                    threshold=base_min.as_int(),
                    expected=Term(expected.value),
                    kind=Term(o.kind.value),
                )
            ok = expected == o.kind or exception is not None
            add("ORG-04", o.id, ok, base_min.step(), threshold_choice.step(), verdict)
        if o.kind is OrgKind.BASE_COMMITTEE and standing_min is not None:
            committee = o.body(BodyKind.COMMITTEE, as_of)
            standing = o.body(BodyKind.STANDING, as_of)
            size = committee.size if committee else 0
            ok = committee is not None and (standing is not None) == (size >= standing_min.as_int())
            add(
                "ORG-06",
                o.id,
                ok,
                standing_min.step(),
                Step.of(
                    "org.check.standing",
                    organization=o.id,
                    size=size,
                    threshold=standing_min.as_int(),
                    has_standing=standing is not None,
                ),
            )
        if o.kind is OrgKind.BASE_COMMITTEE and ubkt_size is not None:
            ubkt = o.body(BodyKind.INSPECTION, as_of)
            lo, hi = ubkt_size.as_range()
            usize = ubkt.size if ubkt else 0
            add(
                "ORG-07",
                o.id,
                lo <= usize <= hi,
                ubkt_size.step(),
                Step.of("org.check.ubkt", organization=o.id, size=usize, minimum=lo, maximum=hi),
            )
        elif (
            o.kind not in (OrgKind.SUPERIOR, OrgKind.BASE_COMMITTEE)
            and o.body(BodyKind.INSPECTION) is not None
        ):
            add(
                "ORG-07",
                o.id,
                False,
                Step.of("org.check.no_ubkt", organization=o.id, kind=Term(o.kind.value)),
            )
        for m in o.members:
            results.extend(_check_probation(m, as_of, rulebook, calendar))
    return StructureReport(as_of, tuple(results))


def _check_probation(
    m: Member, as_of: date, rulebook: Rulebook, calendar: WorkingCalendar
) -> list[CheckResult]:
    if not m.is_member_on(as_of):
        return []
    try:
        return _probation_results(m, as_of, rulebook, calendar)
    except RuleError as err:
        step = Step.of("org.check.no_rule", member=m.id, key=err.key, day=err.applies_from or as_of)
        return [CheckResult("ORG-10", m.id, True, Explanation.of(step), checked=False)]


def _probation_results(
    m: Member, as_of: date, rulebook: Rulebook, calendar: WorkingCalendar
) -> list[CheckResult]:
    end, why = probation_end(m.admission_date, rulebook=rulebook)
    out: list[CheckResult] = []
    if m.official_date is not None:
        ok = m.official_date == end
        step = Step.of(
            "org.check.probation_end",
            member=m.id,
            admitted=m.admission_date,
            probation_end=end,
            official=m.official_date,
        )
        out.append(CheckResult("ORG-10", m.id, ok, why + Explanation.of(step)))
    elif end <= as_of:
        rule = rulebook.at(end).get("org.probation.confirmation_working_days")
        due = calendar.add_working_days(end, rule.as_int())
        state = "overdue" if as_of > due else "pending"
        step = Step.of(
            "org.check.confirmation_due",
            member=m.id,
            probation_end=end,
            due=due,
            as_of=as_of,
            state=Term(state),
        )
        out.append(
            CheckResult("ORG-10", m.id, state == "pending", Explanation.of(rule.step(), step))
        )
    return out


# ── what an organisation elects (issue 12 §1; ORG-05, ORG-06, ORG-07, ORG-11, ORG-13, ELE-04) ──


@attrs.frozen(repr=False)
class Elections(_display.Answer):
    """What an organisation elects given its members on a date.

    ``deputy`` is ``"yes"``, ``"if_needed"`` or ``"no"``; ``chi_uy_max`` the largest cell committee
    allowed, or ``None`` when the cell elects none; ``standing_committee`` whether the committee elects
    one (``None`` when the committee's size is not known and decides it); ``standing_max`` the
    most standing members the rulebook allows; ``inspection_size`` the size of the inspection
    commission for the level, or ``None`` where the organisation has none or no rule covers it
    (then named in ``not_checked``).
    """

    organization: str
    kind: OrgKind
    official: int
    secretary: bool
    deputy: str
    chi_uy_max: int | None
    committee: bool
    standing_committee: bool | None
    standing_max: int | None
    inspection_size: tuple[int, int] | None
    not_checked: tuple[str, ...]
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.elections(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``elections.schema.json``)."""
        return attrs_answer(self, "elections")


def elections(
    org: Organization,
    as_of: date,
    *,
    committee_size: int | None = None,
    commune_under_province: bool = False,
    rulebook: Rulebook | None = None,
) -> Elections:
    """What ``org`` elects at a congress on ``as_of``, from its official members that day.

    * a cell with at least 9 official members elects a cell committee (chi ủy, at most 7 by the
      implementing regulations), and from it a secretary and a deputy; with fewer, a secretary
      and, if needed, a deputy (Charter Art 24.4, ORG-05, ELE-04);
    * a party committee (đảng bộ) elects its committee, the committee its secretary and deputies;
      a grassroots committee of 9 or more elects a standing committee (ORG-06), of at most a third
      of the committee where the rulebook says so (ORG-11, from QĐ 208);
    * the inspection commission: a grassroots committee 3–5 members (ORG-07, unverified); a
      commune or ward committee directly under a province after the 2025 reform 3–7 (HD 17,
      ORG-13: ``commune_under_province``); a cell has none.

    ``committee_size`` is the size of the committee to be elected; when it is not given and the
    organisation has a committee, its size is used; when neither is known, whether a standing
    committee is elected is left open (``None``) and the condition is stated. Facts that cannot
    change the answer are never asked for.

    >>> from datetime import date
    >>> def member(i: int) -> Member:
    ...     return Member(f"m{i}", "Đảng Viên", "nam", date(1980, 1, 1), date(2010, 1, 1), date(2011, 1, 1))
    >>> cell = Organization("cb", "chi_bo", "Chi bộ 1", members=tuple(member(i) for i in range(9)))
    >>> e = elections(cell, date(2025, 3, 1))
    >>> e.secretary, e.deputy, e.chi_uy_max, e.inspection_size
    (True, 'yes', 7, None)
    >>> elections(attrs.evolve(cell, members=cell.members[:8]), date(2025, 3, 1)).deputy
    'if_needed'
    """
    rulebook = rulebook or Rulebook.default()
    snap = rulebook.at(as_of)
    steps: list[Step] = []
    skipped: list[str] = []

    def rule(key: str) -> RuleValue | None:
        try:
            value = snap.get(key)
        except RuleError as err:
            skipped.append(key)
            steps.append(
                Step.of("org.check.no_rule", member=org.id, key=key, day=err.applies_from or as_of)
            )
            return None
        steps.append(value.step())
        return value

    official = org.official_count_on(as_of)
    deputy = "no"
    chi_uy: int | None = None
    committee = False
    standing: bool | None = None
    standing_max: int | None = None
    inspection: tuple[int, int] | None = None
    if org.kind.is_cell:
        threshold = rule("org.cell.chi_uy_min_official_members")
        if threshold is not None and official >= threshold.as_int():
            deputy = "yes"
            biggest = rule("org.cell.chi_uy_max_size")
            chi_uy = biggest.as_int() if biggest is not None else None
        elif threshold is not None:
            deputy = "if_needed"
    else:
        committee = True
        deputy = "yes"
        size = committee_size
        if size is None:
            body = org.body(BodyKind.COMMITTEE, as_of)
            size = body.size if body else None
        if org.kind in (OrgKind.BASE_COMMITTEE, OrgKind.SUPERIOR):
            least = rule("org.base.standing_committee_min_committee_size")
            if least is not None and size is not None:
                standing = size >= least.as_int()
            if standing and size is not None:
                try:
                    share = snap.get("org.base.standing_committee_max_fraction")
                    steps.append(share.step())
                    frac = share.as_fraction()
                    standing_max = size * frac.numerator // frac.denominator
                except RuleError:
                    pass  # no rule on the share before QĐ 208: nothing to bound
        else:
            standing = False
        if commune_under_province:
            inspection_rule = rule("org.ubkt.size.commune_under_province")
            inspection = inspection_rule.as_range() if inspection_rule else None
        elif org.kind is OrgKind.BASE_COMMITTEE:
            inspection_rule = rule("org.ubkt.size.grassroots")
            inspection = inspection_rule.as_range() if inspection_rule else None
        elif org.kind is OrgKind.SUPERIOR:
            skipped.append("org.ubkt.size")
            steps.append(Step.of("org.elect.no_size", organization=org.id))
    steps.append(
        Step.of(
            "org.elect.verdict",
            organization=org.id,
            official=official,
            deputy=Term(f"deputy_{deputy}"),
            chi_uy_high=chi_uy or 0,
            standing=Term(
                "standing_open"
                if standing is None
                else ("required" if standing else "not_required")
            ),
            inspection_low=inspection[0] if inspection else 0,
            inspection_high=inspection[1] if inspection else 0,
        )
    )
    return Elections(
        org.id,
        org.kind,
        official,
        True,
        deputy,
        chi_uy,
        committee,
        standing,
        standing_max,
        inspection,
        tuple(skipped),
        Explanation(tuple(steps)),
    )


__all__ += ["Elections", "elections"]
