"""Programme fulfilment (done / planned, by kind of activity) and activity totals, as of a date.

An activity counts as done when it has concluded on or before the as-of date.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._format import percent
from dangkiemtra._json import answer, number
from dangkiemtra.explain import Explanation, Percent, Step, Term, Text
from dangkiemtra.inspection.book import ActivityKind, InspectionBook
from dangkiemtra.rulebook import Rulebook

__all__ = ["ActivityTotals", "Fulfilment", "activity_totals", "fulfilment"]


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
