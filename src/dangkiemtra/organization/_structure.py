"""Structural checks of an organisation tree (ORG-03…ORG-07, ORG-10).

One pass over the members counts who is on the roll and who is official in each
organisation and everything below it; a second over the organisations makes the checks in
the order of :meth:`Organization.walk`. Each result keeps the facts of its explanation and
builds it when read (``_results``); the probation checks live in ``_probation``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Step
from dangkiemtra.organization._org_checks import (
    Context,
    Found,
    Why,
    no_ubkt,
    org03,
    org04,
    org05,
    org06,
    org07,
)
from dangkiemtra.organization._probation import Probation
from dangkiemtra.organization._probation import probation_end as probation_end
from dangkiemtra.organization._results import CheckResult, Checks, StructureReport
from dangkiemtra.organization._tree import BodyKind, Organization, OrgKind
from dangkiemtra.rulebook import Rulebook, RuleValue

__all__ = ["CheckResult", "StructureReport", "check_structure", "probation_end"]


def _tally(orgs: list[Organization], day: date) -> dict[int, tuple[int, int]]:
    """``{id(org): (on the roll, official)}`` on ``day`` for each organisation and all below it."""
    own: dict[int, tuple[int, int]] = {}
    for o in orgs:
        n = official = 0
        for m in o.members:  # Member.is_member_on and is_official_on, inlined
            dep = m.departure
            if (m.joined_on or m.admission_date) <= day and (dep is None or day < dep.date):
                n += 1
                if m.official_date is not None and m.official_date <= day:
                    official += 1
        own[id(o)] = (n, official)
    total: dict[int, tuple[int, int]] = {}
    for o in reversed(orgs):  # the walk is depth first: every child comes before its parent here
        n, official = own[id(o)]
        for child in o.children:
            cn, co = total[id(child)]
            n, official = n + cn, official + co
        total[id(o)] = (n, official)
    return total


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
    results = Checks()
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

    context = Context(
        as_of,
        {},
        founding,
        base_min,
        threshold_choice,
        chi_uy_min,
        chi_uy_max,
        standing_min,
        ubkt_size,
    )
    checks: tuple[Callable[[Context, Organization], Found], ...] = (
        org03,
        org04,
        org05,
        org06,
        org07,
        no_ubkt,
    )
    why = {check: Why(check, context) for check in checks}

    def add(rule_id: str, o: Organization, check: Callable[[Context, Organization], Found]) -> None:
        results.add(rule_id, o.id, check(context, o)[0], why[check], o)

    def not_checked(rule_id: str, subject: str, *keys: str) -> None:
        """A check whose rule is not in force on the date: reported, never fatal."""
        for key in keys:
            if key in missing:
                err = missing[key]
                step = Step.of(
                    "org.check.no_rule", member=subject, key=key, day=err.applies_from or as_of
                )
                results.add_explained(rule_id, subject, True, Explanation.of(step), False)
                return

    orgs = list(org.walk())
    context.tally.update(_tally(orgs, as_of))
    probation = Probation(as_of, rulebook, calendar)
    for o in orgs:
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
            add("ORG-03", o, org03)
        if o.kind.is_cell and chi_uy_min is not None and chi_uy_max is not None:
            add("ORG-05", o, org05)
        if o.kind.is_base and base_min is not None:
            add("ORG-04", o, org04)
        if o.kind is OrgKind.BASE_COMMITTEE and standing_min is not None:
            add("ORG-06", o, org06)
        if o.kind is OrgKind.BASE_COMMITTEE and ubkt_size is not None:
            add("ORG-07", o, org07)
        elif (
            o.kind not in (OrgKind.SUPERIOR, OrgKind.BASE_COMMITTEE)
            and o.body(BodyKind.INSPECTION) is not None
        ):
            add("ORG-07", o, no_ubkt)
        probation.check(o.members, results)
    return StructureReport._of(as_of, results)
