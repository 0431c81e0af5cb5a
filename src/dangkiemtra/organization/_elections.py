"""What an organisation elects given its members on a date (ORG-05…ORG-07, ORG-11, ORG-13, ELE-04)."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Step, Term
from dangkiemtra.organization._tree import BodyKind, Organization, OrgKind
from dangkiemtra.rulebook import Rulebook, RuleValue


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
    >>> from dangkiemtra.organization import Member
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
