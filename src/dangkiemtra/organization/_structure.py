"""Structural checks of an organisation and the probation end (ORG-03…ORG-07, ORG-10)."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from dangkiemtra import _analysis, _display, _views
from dangkiemtra._json import answer
from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Flag, Step, Term
from dangkiemtra.organization._tree import BodyKind, Member, Organization, OrgKind
from dangkiemtra.periods import Duration, Unit, deadline
from dangkiemtra.rulebook import Counting, Rulebook, RuleValue


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
