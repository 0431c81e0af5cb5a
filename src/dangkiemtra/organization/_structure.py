"""Structural checks of an organisation tree (ORG-03…ORG-07, ORG-10).

One pass over the members counts who is on the roll and who is official in each
organisation and everything below it; a second over the organisations makes the checks in
the order of :meth:`Organization.walk`. Each result keeps the facts of its explanation and
builds it when read (``_results``); the probation checks live in ``_probation``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Flag, Step, Term
from dangkiemtra.organization._probation import Probation
from dangkiemtra.organization._probation import probation_end as probation_end
from dangkiemtra.organization._results import CheckResult, StructureReport, deferred
from dangkiemtra.organization._tree import BodyKind, Organization, OrgKind
from dangkiemtra.rulebook import Rulebook, RuleValue

__all__ = ["CheckResult", "StructureReport", "check_structure", "probation_end"]


def _explained(of: tuple[tuple[Any, ...], str, dict[str, Any], tuple[Flag, ...]]) -> Explanation:
    """The steps of the rules read (``sources``, each with ``step()``), then the verdict."""
    sources, code, facts, flags = of
    return Explanation((*(s.step() for s in sources), Step.of(code, flags=flags, **facts)))


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


def _official_on(org: Organization, day: date) -> int:
    """:meth:`Organization.official_count_on`, inlined."""
    n = 0
    for o in org.walk():
        for m in o.members:
            dep = m.departure
            if (
                m.official_date is not None
                and m.official_date <= day
                and (m.joined_on or m.admission_date) <= day
                and (dep is None or day < dep.date)
            ):
                n += 1
    return n


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

    def add(
        rule_id: str,
        subject: str,
        ok: bool,
        sources: tuple[Any, ...],
        code: str,
        facts: dict[str, Any],
        flags: tuple[Flag, ...] = (),
    ) -> None:
        results.append(deferred(rule_id, subject, ok, _explained, (sources, code, facts, flags)))

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

    orgs = list(org.walk())
    tally = _tally(orgs, as_of)
    probation = Probation(as_of, rulebook, calendar)
    for o in orgs:
        on_roll, official_now = tally[id(o)]
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
            minimum = founding.as_int()
            facts = {"organization": o.id, "official": official_now, "minimum": minimum}
            add("ORG-03", o.id, official_now >= minimum, (founding,), "org.check.founding", facts)
        if o.kind.is_cell and chi_uy_min is not None and chi_uy_max is not None:
            body = o.body(BodyKind.CELL_COMMITTEE, as_of)
            official_then = _official_on(o, body.elected_on) if body else official_now
            needs = official_then >= chi_uy_min.as_int()
            size = body.size if body else 0
            ok = needs == (body is not None) and size <= chi_uy_max.as_int()
            facts = {
                "organization": o.id,
                "official": official_then,
                "threshold": chi_uy_min.as_int(),
                "required": Term("required" if needs else "not_required"),
                "size": size,
                "maximum": chi_uy_max.as_int(),
            }
            add("ORG-05", o.id, ok, (chi_uy_min, chi_uy_max), "org.check.chi_uy", facts)
        if o.kind.is_base and base_min is not None:
            counted = on_roll if threshold_choice.reading == "all_members" else official_now
            expected = OrgKind.BASE_COMMITTEE if counted >= base_min.as_int() else OrgKind.BASE_CELL
            exception = next((e for e in o.exceptions if e.rule_id == "ORG-04"), None)
            facts = {"organization": o.id, "members": counted, "threshold": base_min.as_int()}
            flags: tuple[Flag, ...] = ()
            if expected != o.kind and exception is not None:
                code = "org.check.kind_exception"
                facts["kind"] = Term(o.kind.value)
                flags = (Flag("exception", o.id, exception.decided_on.isoformat()),)
            else:
                code = "org.check.kind"
                facts["expected"] = Term(expected.value)
                facts["kind"] = Term(o.kind.value)
            ok = expected == o.kind or exception is not None
            add("ORG-04", o.id, ok, (base_min, threshold_choice), code, facts, flags)
        if o.kind is OrgKind.BASE_COMMITTEE and standing_min is not None:
            committee = o.body(BodyKind.COMMITTEE, as_of)
            standing = o.body(BodyKind.STANDING, as_of)
            size = committee.size if committee else 0
            ok = committee is not None and (standing is not None) == (size >= standing_min.as_int())
            facts = {
                "organization": o.id,
                "size": size,
                "threshold": standing_min.as_int(),
                "has_standing": standing is not None,
            }
            add("ORG-06", o.id, ok, (standing_min,), "org.check.standing", facts)
        if o.kind is OrgKind.BASE_COMMITTEE and ubkt_size is not None:
            ubkt = o.body(BodyKind.INSPECTION, as_of)
            lo, hi = ubkt_size.as_range()
            usize = ubkt.size if ubkt else 0
            facts = {"organization": o.id, "size": usize, "minimum": lo, "maximum": hi}
            add("ORG-07", o.id, lo <= usize <= hi, (ubkt_size,), "org.check.ubkt", facts)
        elif (
            o.kind not in (OrgKind.SUPERIOR, OrgKind.BASE_COMMITTEE)
            and o.body(BodyKind.INSPECTION) is not None
        ):
            facts = {"organization": o.id, "kind": Term(o.kind.value)}
            add("ORG-07", o.id, False, (), "org.check.no_ubkt", facts)
        for m in o.members:
            probation.check(m, results)
    return StructureReport(as_of, tuple(results))
