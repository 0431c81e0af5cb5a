"""Inspection and supervision programmes, activities and quota indicators (chương trình, chỉ tiêu KTGS).

Committees, standing committees, inspection commissions (UBKT) and cells adopt a yearly
programme of inspection and supervision (chương trình, kế hoạch kiểm tra, giám sát) with
planned targets (KTGS-01…KTGS-03); activities are then carried out and concluded. This
module computes, *as of* a date:

* the fulfilment of a programme (done / planned), by kind of activity;
* group indicators as the party's reports state them: how many units of a group that
  have a plan have carried out at least one inspection or supervision
  ("17/29 chi bộ cơ sở có chi ủy đã thực hiện kiểm tra hoặc giám sát");
* the reporting periods (monthly, Q1, 6, 9 months, annual, KTGS-06), whose cut-off is
  not known for party reports and is therefore an ambiguity with a flagged default.

No national quota exists (KTGS-03: unverified); targets are each organisation's own data.
An activity counts as done when it has concluded on or before the as-of date.

Percentages are rounded half up to the places the report shows:

>>> from decimal import Decimal
>>> percent(17, 29, 1), percent(19, 33, 2), percent(2, 3, 1)
(Decimal('58.6'), Decimal('57.58'), Decimal('66.7'))
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from dangkiemtra import _analysis, _display, _plot, _views
from dangkiemtra._format import (
    percent,  # re-exported: inspection.percent stays importable
    )
from dangkiemtra._json import answer, number
from dangkiemtra.calendar import require_year
from dangkiemtra.errors import bad_argument
from dangkiemtra.explain import Explanation, Percent, Step, Term, Text
from dangkiemtra.organization import BodyKind, Organization, OrgKind
from dangkiemtra.rulebook import Rulebook

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


# ── programme fulfilment ────────────────────────────────────────────────────────────────


@attrs.frozen(repr=False)
class Fulfilment(_display.Answer):
    """Done against planned for one target of one programme, as of a date."""

    programme: str
    kind: ActivityKind
    planned_organizations: int
    planned_members: int
    done_organizations: int
    done_members: int
    percent: Decimal
    explanation: Explanation

    def to_json(self) -> dict[str, Any]:
        """The fulfilment as JSON (``fulfilment.schema.json``)."""
        return answer(
            "fulfilment",
            programme=self.programme,
            kind=self.kind.value,
            planned_organizations=self.planned_organizations,
            planned_members=self.planned_members,
            done_organizations=self.done_organizations,
            done_members=self.done_members,
            percent=number(self.percent),
            explanation=self.explanation.to_json(),
        )

    def _view_(self) -> _display.View:
        return _views.fulfilment(self)


def _done_rule(as_of: date) -> Step:
    return Step.of("ktgs.done_rule", as_of=as_of)


def _programme_rule(as_of: date, rulebook: Rulebook | None) -> Step:
    """The yearly-programme rule (KTGS-03) in force on ``as_of``, as a cited step."""
    return (rulebook or Rulebook.default()).at(as_of).get("ktgs.programme.yearly").step()


def fulfilment(
    book: InspectionBook,
    programme_id: str,
    as_of: date,
    *,
    decimals: int = 1,
    rulebook: Rulebook | None = None,
) -> tuple[Fulfilment, ...]:
    """Each target of a programme: organisations and members done by ``as_of`` against the plan.

    The rate is measured on organisations (the unit the reports' targets use), or on
    members for a target that plans members only.
    """
    prog = book.programme(programme_id)
    out = []
    for target in prog.targets:
        acts = [
            a
            for a in book.activities
            if a.programme == prog.id and a.kind == target.kind and a.done_on(as_of)
        ]
        orgs = len({o for a in acts for o in a.subject_organizations})
        members = sum(a.subject_members for a in acts)
        if target.organizations:
            done, planned = orgs, target.organizations
        else:
            done, planned = members, target.members
        pct = percent(done, planned, decimals)
        steps = [
            _programme_rule(as_of, rulebook),
            Step.of(
                "ktgs.plan",
                actor=prog.actor,
                body=Term(prog.body.value),
                programme=Text(prog.title, prog.title),
                kind=Term(target.kind.value),
                organizations=target.organizations,
                members=target.members,
            ),
            _done_rule(as_of),
        ]
        if acts:
            last = max(a.concluded_on for a in acts if a.concluded_on is not None)
            steps.append(
                Step.of(
                    "ktgs.done",
                    as_of=as_of,
                    kind=Term(target.kind.value),
                    organizations=orgs,
                    members=members,
                    activities=len(acts),
                    last=last,
                )
            )
        else:
            steps.append(Step.of("ktgs.none_done", as_of=as_of, kind=Term(target.kind.value)))
        steps.append(Step.of("ktgs.ratio", done=done, planned=planned, percent=Percent(pct)))
        out.append(
            Fulfilment(
                prog.id,
                target.kind,
                target.organizations,
                target.members,
                orgs,
                members,
                pct,
                Explanation(tuple(steps)),
            )
        )
    return tuple(out)


# ── group indicators ────────────────────────────────────────────────────────────────────


class Group(enum.StrEnum):
    """The groups of units the party's KTGS reports count (the Lạng Sơn bloc report of 25-09-2023)."""

    BASE_COMMITTEES = "base_committees"
    BASE_INSPECTION_COMMISSIONS = "base_inspection_commissions"
    BASE_CELLS_WITH_COMMITTEE = "base_cells_with_committee"
    SUB_BASE_WITH_COMMITTEE = "sub_base_with_committee"


GROUP_LABELS: Mapping[Group, tuple[str, str]] = {
    Group.BASE_COMMITTEES: ("Đảng ủy cơ sở", "Grassroots committees"),
    Group.BASE_INSPECTION_COMMISSIONS: (
        "Ủy ban kiểm tra cơ sở",
        "Grassroots inspection commissions",
    ),
    Group.BASE_CELLS_WITH_COMMITTEE: (
        "Chi bộ cơ sở có chi ủy",
        "Grassroots cells with a cell committee",
    ),
    Group.SUB_BASE_WITH_COMMITTEE: (
        "Đảng bộ bộ phận và chi bộ dưới cơ sở có chi ủy",
        "Partial committees and sub-grassroots cells with a committee",
    ),
}


def group_units(org: Organization, group: Group, as_of: date) -> list[tuple[str, ActorBody]]:
    """The (organisation, body) pairs of ``group`` under ``org`` on ``as_of``."""
    units: list[tuple[str, ActorBody]] = []
    for o in org.walk():
        if group is Group.BASE_COMMITTEES and o.kind is OrgKind.BASE_COMMITTEE:
            units.append((o.id, ActorBody.COMMITTEE))
        elif group is Group.BASE_INSPECTION_COMMISSIONS and o.kind is OrgKind.BASE_COMMITTEE:
            if o.body(BodyKind.INSPECTION, as_of) is not None:
                units.append((o.id, ActorBody.INSPECTION))
        elif group is Group.BASE_CELLS_WITH_COMMITTEE and o.kind is OrgKind.BASE_CELL:
            if o.body(BodyKind.CELL_COMMITTEE, as_of) is not None:
                units.append((o.id, ActorBody.CELL))
        elif group is Group.SUB_BASE_WITH_COMMITTEE:
            if o.kind is OrgKind.PARTIAL_COMMITTEE:
                units.append((o.id, ActorBody.COMMITTEE))
            elif o.kind is OrgKind.CELL and o.body(BodyKind.CELL_COMMITTEE, as_of) is not None:
                units.append((o.id, ActorBody.CELL))
    return units


@attrs.frozen(repr=False)
class UnitProgress(_display.Answer):
    """One unit of a group indicator: its plan, what it has done by the date, and whether it acted.

    ``planned`` and ``done`` use the measure :func:`fulfilment` uses: organisations for a target
    that plans organisations, members for one that plans members only, summed over the unit's
    programmes for the year. ``acted`` is the group indicator's test: at least one activity
    concluded by the date. ``has_plan`` is false for a unit of the group without a programme
    (it is then outside the indicator's denominator).
    """

    organization: str
    body: ActorBody
    has_plan: bool
    planned: int
    done: int
    percent: Decimal
    activities: int
    acted: bool

    def _view_(self) -> _display.View:
        return _views.unit_progress(self)


@attrs.frozen(repr=False)
class GroupIndicator(_display.Answer):
    """``done / planned`` units of a group, as of a date, with its explanation.

    ``units`` holds every unit of the group on the date (with a plan or not), by id: which
    acted, and each unit's planned, done and percent.
    """

    group: Group
    done: int
    planned: int
    percent: Decimal
    explanation: Explanation
    units: tuple[UnitProgress, ...] = ()
    as_of: date | None = None

    def label(self, lang: str = "vi") -> str:
        """The group's name in ``lang``."""
        vi, en = GROUP_LABELS[self.group]
        return vi if lang == "vi" else en

    def to_json(self) -> dict[str, Any]:
        """The indicator as JSON (``group-indicator.schema.json``)."""
        return answer(
            "group-indicator",
            group=self.group.value,
            done=self.done,
            planned=self.planned,
            percent=number(self.percent),
            explanation=self.explanation.to_json(),
        )

    def _view_(self) -> _display.View:
        return _views.group_indicator(self)

    def to_pandas(self) -> _analysis.DataFrame:
        """A row per unit of the group: plan, planned, done, percent, activities, acted."""
        return _analysis.units((self,), self.as_of)

    def plot(self) -> _analysis.Figure:
        """Planned against done for each unit with a plan (matplotlib figure)."""
        return _plot.group_units(self)


def group_indicator(
    org: Organization,
    book: InspectionBook,
    group: Group,
    as_of: date,
    *,
    decimals: int = 2,
    rulebook: Rulebook | None = None,
) -> GroupIndicator:
    """How many units of ``group`` with a plan have done at least one inspection or supervision.

    The denominator is the units of the group (on ``as_of``) that have a programme for the
    book's year; the numerator those of them with at least one activity concluded by ``as_of``.
    """
    return indicator_of_units(
        book, group, group_units(org, group, as_of), as_of, decimals=decimals, rulebook=rulebook
    )


def indicator_of_units(
    book: InspectionBook,
    group: Group,
    units: Iterable[tuple[str, ActorBody]],
    as_of: date,
    *,
    decimals: int = 2,
    rulebook: Rulebook | None = None,
) -> GroupIndicator:
    """The indicator of :func:`group_indicator` over units already found (``(id, body)``).

    The roster path finds a group's units with its columnar engine and shares this count,
    so both paths give the same answer and the same explanation.
    """
    units = set(units)
    with_plan = {(p.actor, p.body) for p in book.programmes} & units
    done = {(a.actor, a.body) for a in book.activities if a.done_on(as_of)} & with_plan
    pct = percent(len(done), len(with_plan), decimals)
    per_unit = _unit_progress(book, sorted(units), with_plan, as_of, decimals)
    vi, en = GROUP_LABELS[group]
    steps = (
        _programme_rule(as_of, rulebook),
        Step.of(
            "ktgs.group",
            group=Text(vi, en),
            planned=len(with_plan),
            year=str(book.year),
            done=len(done),
            as_of=as_of,
        ),
        _done_rule(as_of),
        Step.of("ktgs.ratio", done=len(done), planned=len(with_plan), percent=Percent(pct)),
    )
    return GroupIndicator(
        group, len(done), len(with_plan), pct, Explanation(steps), per_unit, as_of
    )


def _unit_progress(
    book: InspectionBook,
    units: list[tuple[str, ActorBody]],
    with_plan: set[tuple[str, ActorBody]],
    as_of: date,
    decimals: int,
) -> tuple[UnitProgress, ...]:
    """Each unit's planned and done (the measure of :func:`fulfilment`) and whether it acted."""
    wanted = set(units)
    programmes: dict[tuple[str, ActorBody], list[Programme]] = {}
    for p in book.programmes:
        if (p.actor, p.body) in wanted:
            programmes.setdefault((p.actor, p.body), []).append(p)
    concluded: dict[tuple[str, ActorBody], list[Activity]] = {}
    for a in book.activities:
        if (a.actor, a.body) in wanted and a.done_on(as_of):
            concluded.setdefault((a.actor, a.body), []).append(a)
    out = []
    for unit in units:
        acts = concluded.get(unit, [])
        planned = done = 0
        for prog in programmes.get(unit, []):
            for target in prog.targets:
                hits = [a for a in acts if a.programme == prog.id and a.kind == target.kind]
                if target.organizations:
                    planned += target.organizations
                    done += len({o for a in hits for o in a.subject_organizations})
                else:
                    planned += target.members
                    done += sum(a.subject_members for a in hits)
        out.append(
            UnitProgress(
                organization=unit[0],
                body=unit[1],
                has_plan=unit in with_plan,
                planned=planned,
                done=done,
                percent=percent(done, planned, decimals),
                activities=len(acts),
                acted=bool(acts),
            )
        )
    return tuple(out)


@attrs.frozen(repr=False)
class ActivityTotals(_display.Answer):
    """Activities of one kind concluded in the book's year by a date: how many, of how many organisations and members."""

    kind: ActivityKind
    activities: int
    organizations: int
    members: int
    explanation: Explanation

    def to_json(self) -> dict[str, Any]:
        """The totals as JSON (``activity-totals.schema.json``)."""
        return answer(
            "activity-totals",
            kind=self.kind.value,
            activities=self.activities,
            organizations=self.organizations,
            members=self.members,
            explanation=self.explanation.to_json(),
        )
    def _view_(self) -> _display.View:
        return _views.activity_totals(self)


def activity_totals(book: InspectionBook, kind: ActivityKind, as_of: date) -> ActivityTotals:
    """Totals of ``kind`` done by ``as_of`` (e.g. inspections on signs of violation: "05 tổ chức, 14 đảng viên")."""
    acts = [a for a in book.activities if a.kind == kind and a.done_on(as_of)]
    orgs = len({o for a in acts for o in a.subject_organizations})
    members = sum(a.subject_members for a in acts)
    step = Step.of(
        "ktgs.activity_totals",
        kind=Term(kind.value),
        as_of=as_of,
        activities=len(acts),
        organizations=orgs,
        members=members,
    )
    return ActivityTotals(kind, len(acts), orgs, members, Explanation.of(_done_rule(as_of), step))


# ── reporting periods ───────────────────────────────────────────────────────────────────


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


# ── progress report ─────────────────────────────────────────────────────────────────────


@attrs.frozen(repr=False)
class ProgressReport(_display.Answer):
    """An organisation's KTGS progress as of a date: its own programmes and its groups."""

    organization: str
    as_of: date
    programmes: tuple[tuple[Programme, tuple[Fulfilment, ...]], ...]
    groups: tuple[GroupIndicator, ...]

    def to_json(self) -> dict[str, Any]:
        """The report as JSON (``progress-report.schema.json``)."""
        return answer(
            "progress-report",
            organization=self.organization,
            as_of=self.as_of.isoformat(),
            programmes=[
                {
                    "id": p.id,
                    "title": p.title,
                    "body": p.body.value,
                    "targets": [f.to_json() for f in fs],
                }
                for p, fs in self.programmes
            ],
            groups=[g.to_json() for g in self.groups],
        )

    def _view_(self) -> _display.View:
        return _views.progress_report(self)

    def to_pandas(self, by: str = "indicator") -> _analysis.DataFrame:
        """A table: a row per programme target and per group (``by="unit"``: per unit); see docs/analysis.md."""
        return _analysis.progress_report(self, by)

    def plot(self) -> _analysis.Figure:
        """Quota progress by group against the plan (matplotlib figure)."""
        return _plot.progress(self)


def progress_report(
    org: Organization,
    book: InspectionBook,
    as_of: date,
    *,
    groups: Iterable[Group] = tuple(Group),
    decimals: Mapping[str, int] | None = None,
) -> ProgressReport:
    """The programmes of ``org`` itself and the group indicators of its tree, as of ``as_of``.

    ``decimals`` maps a group value or ``"programmes"`` to the places its percentages show
    (reports differ: the Lạng Sơn bloc report of 25-09-2023 prints 57,58 % but 58,6 %); defaults are 1 for programmes
    and 2 for groups.
    """
    places = dict(decimals or {})
    own = tuple(
        (p, fulfilment(book, p.id, as_of, decimals=places.get("programmes", 1)))
        for p in book.programmes
        if p.actor == org.id
    )
    inds = tuple(
        group_indicator(org, book, g, as_of, decimals=places.get(g.value, 2)) for g in groups
    )
    return ProgressReport(org.id, as_of, own, inds)
