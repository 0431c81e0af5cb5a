"""The checks of one organisation (ORG-03…ORG-07), each able to say again why.

Each check is a function of the run's context and one organisation giving its verdict, the
rules it read, its message code and facts. :func:`~dangkiemtra.organization.check_structure`
keeps only the verdict; a :class:`Why` calls the same function again when the explanation
is read, so a result holds its organisation and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import attrs

from dangkiemtra.explain import Explanation, Flag, Step, Term
from dangkiemtra.organization._tree import BodyKind, Organization, OrgKind
from dangkiemtra.rulebook import OptionChoice, RuleValue

#: A check's verdict, the rules it read (each with ``step()``), its message code, facts, flags.
Found = tuple[bool, tuple[Any, ...], str, dict[str, Any], tuple[Flag, ...]]


@attrs.frozen
class Context:
    """What every check of one run reads: the date, the counts, the rules in force."""

    as_of: date
    tally: dict[int, tuple[int, int]]  # id(org) → (on the roll, official), the subtree's
    founding: RuleValue | None
    base_min: RuleValue | None
    threshold_choice: OptionChoice
    chi_uy_min: RuleValue | None
    chi_uy_max: RuleValue | None
    standing_min: RuleValue | None
    ubkt_size: RuleValue | None


def official_on(org: Organization, day: date) -> int:
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


def org03(c: Context, o: Organization) -> Found:
    assert c.founding is not None
    official, minimum = c.tally[id(o)][1], c.founding.as_int()
    facts = {"organization": o.id, "official": official, "minimum": minimum}
    return official >= minimum, (c.founding,), "org.check.founding", facts, ()


def org05(c: Context, o: Organization) -> Found:
    assert c.chi_uy_min is not None
    assert c.chi_uy_max is not None
    body = o.body(BodyKind.CELL_COMMITTEE, c.as_of)
    official = official_on(o, body.elected_on) if body else c.tally[id(o)][1]
    needs = official >= c.chi_uy_min.as_int()
    size = body.size if body else 0
    ok = needs == (body is not None) and size <= c.chi_uy_max.as_int()
    facts = {
        "organization": o.id,
        "official": official,
        "threshold": c.chi_uy_min.as_int(),
        "required": Term("required" if needs else "not_required"),
        "size": size,
        "maximum": c.chi_uy_max.as_int(),
    }
    return ok, (c.chi_uy_min, c.chi_uy_max), "org.check.chi_uy", facts, ()


def org04(c: Context, o: Organization) -> Found:
    assert c.base_min is not None
    on_roll, official = c.tally[id(o)]
    counted = on_roll if c.threshold_choice.reading == "all_members" else official
    threshold = c.base_min.as_int()
    expected = OrgKind.BASE_COMMITTEE if counted >= threshold else OrgKind.BASE_CELL
    exception = next((e for e in o.exceptions if e.rule_id == "ORG-04"), None)
    facts: dict[str, Any] = {"organization": o.id, "members": counted, "threshold": threshold}
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
    return ok, (c.base_min, c.threshold_choice), code, facts, flags


def org06(c: Context, o: Organization) -> Found:
    assert c.standing_min is not None
    committee = o.body(BodyKind.COMMITTEE, c.as_of)
    standing = o.body(BodyKind.STANDING, c.as_of)
    size = committee.size if committee else 0
    ok = committee is not None and (standing is not None) == (size >= c.standing_min.as_int())
    facts = {
        "organization": o.id,
        "size": size,
        "threshold": c.standing_min.as_int(),
        "has_standing": standing is not None,
    }
    return ok, (c.standing_min,), "org.check.standing", facts, ()


def org07(c: Context, o: Organization) -> Found:
    assert c.ubkt_size is not None
    ubkt = o.body(BodyKind.INSPECTION, c.as_of)
    lo, hi = c.ubkt_size.as_range()
    size = ubkt.size if ubkt else 0
    facts = {"organization": o.id, "size": size, "minimum": lo, "maximum": hi}
    return lo <= size <= hi, (c.ubkt_size,), "org.check.ubkt", facts, ()


def no_ubkt(c: Context, o: Organization) -> Found:
    facts = {"organization": o.id, "kind": Term(o.kind.value)}
    return False, (), "org.check.no_ubkt", facts, ()


class Why:
    """The explanation of one kind of check, built from the organisation when it is read."""

    __slots__ = ("check", "context")

    def __init__(self, check: Callable[[Context, Organization], Found], context: Context) -> None:
        self.check = check
        self.context = context

    def __call__(self, o: Organization) -> Explanation:
        _, sources, code, facts, flags = self.check(self.context, o)
        return Explanation((*(s.step() for s in sources), Step.of(code, flags=flags, **facts)))
