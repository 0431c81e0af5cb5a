"""Group indicators as the party's reports state them ("17/29 chi bộ cơ sở có chi ủy đã thực hiện kiểm tra hoặc giám sát").

How many units of a group that have a plan have carried out at least one inspection or supervision.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from dangkiemtra import _analysis, _display, _plot, _views
from dangkiemtra._format import percent
from dangkiemtra._json import answer, number
from dangkiemtra.explain import Explanation, Percent, Step, Text
from dangkiemtra.inspection.book import Activity, ActorBody, InspectionBook, Programme
from dangkiemtra.inspection.fulfilment import _done_rule, _programme_rule
from dangkiemtra.organization import BodyKind, Organization, OrgKind
from dangkiemtra.rulebook import Rulebook

__all__ = [
    "GROUP_LABELS",
    "Group",
    "GroupIndicator",
    "UnitProgress",
    "group_indicator",
    "group_units",
    "indicator_of_units",
]


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
