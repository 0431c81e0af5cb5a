"""Inspection and supervision at their boundaries: what counts as done by a date, group units,
quota indicators at their percentage, reporting periods (issue 12 §5, tests that bite).

An activity counts as done when it concluded on or before the as-of date (KTGS-03); a group's
denominator is its units with a programme, its numerator those of them that acted; the default
reporting cut-off is the state convention, 15th to 14th (KTGS-06, flagged).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dangkiemtra._format import percent
from dangkiemtra.errors import DataError
from dangkiemtra.inspection import (
    Activity,
    ActivityKind,
    ActorBody,
    Group,
    InspectionBook,
    Programme,
    Target,
    activity_totals,
    fulfilment,
    group_indicator,
    group_units,
    progress_report,
    reporting_period,
)
from dangkiemtra.organization import Body, BodyKind, Organization, OrgKind

AS_OF = date(2023, 9, 14)
ELECTED = date(2020, 6, 15)
K = ActivityKind
B = ActorBody


def org() -> Organization:
    """sup → bc1 (with an inspection commission) → bp → c1 (chi ủy from June 2023), c2;
    sup → bc2 (no commission), cs1 (grassroots cell with a chi ủy), cs2 (without)."""
    chi_uy = (Body(BodyKind.CELL_COMMITTEE, 3, date(2023, 6, 1)),)
    bp = Organization(
        "bp",
        OrgKind.PARTIAL_COMMITTEE,
        "bp",
        (Body(BodyKind.COMMITTEE, 5, ELECTED),),
        (Organization("c1", OrgKind.CELL, "c1", chi_uy), Organization("c2", OrgKind.CELL, "c2")),
    )
    bc1 = Organization(
        "bc1",
        OrgKind.BASE_COMMITTEE,
        "bc1",
        (Body(BodyKind.COMMITTEE, 9, ELECTED), Body(BodyKind.INSPECTION, 3, ELECTED)),
        (bp,),
    )
    bc2 = Organization(
        "bc2", OrgKind.BASE_COMMITTEE, "bc2", (Body(BodyKind.COMMITTEE, 7, ELECTED),)
    )
    cs1 = Organization(
        "cs1", OrgKind.BASE_CELL, "cs1", (Body(BodyKind.CELL_COMMITTEE, 3, ELECTED),)
    )
    cs2 = Organization("cs2", OrgKind.BASE_CELL, "cs2")
    return Organization("sup", OrgKind.SUPERIOR, "sup", (), (bc1, bc2, cs1, cs2))


def book() -> InspectionBook:
    adopted = date(2023, 1, 10)
    programmes = (
        Programme(
            "P1",
            "Chương trình 2023",
            "bc1",
            B.COMMITTEE,
            adopted,
            (Target(K.INSPECTION, organizations=4), Target(K.REGULAR_SUPERVISION, members=8)),
        ),
        Programme(
            "P2", "UBKT 2023", "bc1", B.INSPECTION, adopted, (Target(K.ON_SIGNS_OF_VIOLATION, 2),)
        ),
        Programme(
            "P3", "Chi bộ 1", "c1", B.CELL, adopted, (Target(K.THEMATIC_SUPERVISION, members=3),)
        ),
        Programme("P4", "Cấp trên", "sup", B.COMMITTEE, adopted, (Target(K.INSPECTION, 3),)),
        Programme("P5", "Bộ phận", "bp", B.COMMITTEE, adopted, (Target(K.INSPECTION, 1),)),
    )

    def act(
        aid: str, actor: str, body: B, kind: K, concluded: date | None, **kw: object
    ) -> Activity:
        return Activity(aid, actor, body, kind, date(2023, 2, 1), concluded, **kw)  # type: ignore[arg-type]

    activities = (
        act(
            "A1",
            "bc1",
            B.COMMITTEE,
            K.INSPECTION,
            date(2023, 4, 10),
            subject_organizations=("c1", "c2"),
            subject_members=2,
            programme="P1",
        ),
        # concluded on the as-of date: done
        act(
            "A2",
            "bc1",
            B.COMMITTEE,
            K.INSPECTION,
            AS_OF,
            subject_organizations=("c2", "bp"),
            subject_members=1,
            programme="P1",
        ),
        # concluded the day after: not yet done
        act(
            "A3",
            "bc1",
            B.COMMITTEE,
            K.INSPECTION,
            date(2023, 9, 15),
            subject_organizations=("cs9",),
            programme="P1",
        ),
        # another kind of the same programme
        act(
            "A4",
            "bc1",
            B.COMMITTEE,
            K.REGULAR_SUPERVISION,
            date(2023, 5, 2),
            subject_members=4,
            programme="P1",
        ),
        # the same kind outside the programme
        act(
            "A5",
            "bc1",
            B.COMMITTEE,
            K.INSPECTION,
            date(2023, 5, 3),
            subject_organizations=("x",),
            programme="P9",
        ),
        act(
            "A6",
            "c1",
            B.CELL,
            K.THEMATIC_SUPERVISION,
            date(2023, 7, 1),
            subject_members=2,
            programme="P3",
        ),
        # a unit without a programme acts: outside the denominator
        act("A7", "bc2", B.COMMITTEE, K.INSPECTION, date(2023, 6, 1), subject_organizations=("y",)),
        # still running
        act(
            "A8",
            "bc1",
            B.INSPECTION,
            K.ON_SIGNS_OF_VIOLATION,
            None,
            subject_members=1,
            programme="P2",
        ),
        act(
            "A9",
            "sup",
            B.COMMITTEE,
            K.INSPECTION,
            date(2023, 8, 1),
            subject_organizations=("bc1", "bc2"),
            programme="P4",
        ),
    )
    return InspectionBook(2023, programmes, activities)


# ── done by a date (book, fulfilment) ───────────────────────────────────────────────────


def test_an_activity_is_done_on_the_day_it_concludes() -> None:
    a2 = next(a for a in book().activities if a.id == "A2")
    assert a2.done_on(AS_OF) and not a2.done_on(date(2023, 9, 13))
    running = next(a for a in book().activities if a.id == "A8")
    assert not running.done_on(date(2030, 1, 1))
    assert book().programme("P3").actor == "c1"
    with pytest.raises(LookupError):
        book().programme("P0")


def test_fulfilment_counts_only_the_programmes_own_kind_done_by_the_date() -> None:
    inspection, supervision = fulfilment(book(), "P1", AS_OF)
    # A1 and A2 (concluded on the day) cover c1, c2, bp: 3 of 4 organisations
    assert (inspection.done_organizations, inspection.done_members) == (3, 3)
    assert inspection.percent == Decimal("75.0")
    # a target that plans members only is measured on members: A4's 4 of 8
    assert (supervision.done_members, supervision.percent) == (4, Decimal("50.0"))
    assert inspection.explanation.steps[-1].fact("done") == 3
    assert any(c.rule_id == "KTGS-03" for c in inspection.explanation.citations)
    day_before = fulfilment(book(), "P1", date(2023, 9, 13))[0]
    assert (day_before.done_organizations, day_before.percent) == (2, Decimal("50.0"))


def test_activity_totals_of_one_kind_by_the_date() -> None:
    t = activity_totals(book(), K.INSPECTION, AS_OF)
    # A1, A2, A5, A7, A9 (A3 concludes the next day): c1, c2, bp, x, y, bc1, bc2; 2 + 1 members
    assert (t.activities, t.organizations, t.members) == (5, 7, 3)
    assert t.explanation.steps[-1].fact("activities") == 5


# ── group units and indicators ──────────────────────────────────────────────────────────


def test_group_units_follow_kinds_and_bodies_on_the_date() -> None:
    o = org()
    assert group_units(o, Group.BASE_COMMITTEES, AS_OF) == [
        ("bc1", B.COMMITTEE),
        ("bc2", B.COMMITTEE),
    ]
    assert group_units(o, Group.BASE_INSPECTION_COMMISSIONS, AS_OF) == [("bc1", B.INSPECTION)]
    assert group_units(o, Group.BASE_CELLS_WITH_COMMITTEE, AS_OF) == [("cs1", B.CELL)]
    assert group_units(o, Group.SUB_BASE_WITH_COMMITTEE, AS_OF) == [
        ("bp", B.COMMITTEE),
        ("c1", B.CELL),
    ]
    # c1's chi ủy was elected on 1 June 2023: the day before it is not in the group
    assert group_units(o, Group.SUB_BASE_WITH_COMMITTEE, date(2023, 5, 31)) == [("bp", B.COMMITTEE)]


def test_a_group_indicator_counts_units_with_a_plan_that_acted() -> None:
    g = group_indicator(org(), book(), Group.BASE_COMMITTEES, AS_OF)
    assert (g.done, g.planned, g.percent) == (1, 1, Decimal("100.00"))  # bc2 acted without a plan
    units = {u.organization: u for u in g.units}
    assert not units["bc2"].has_plan and units["bc2"].acted
    bc1 = units["bc1"]
    # P1: 4 organisations + 8 members planned; done 3 organisations + 4 members; A5 (outside the
    # programme) is an activity of the unit but not part of its plan's done
    assert (bc1.planned, bc1.done, bc1.percent, bc1.activities) == (12, 7, Decimal("58.33"), 4)
    sub = group_indicator(org(), book(), Group.SUB_BASE_WITH_COMMITTEE, AS_OF)
    assert (sub.done, sub.planned, sub.percent) == (1, 2, Decimal("50.00"))  # c1 acted, bp not
    assert sub.label() == "Đảng bộ bộ phận và chi bộ dưới cơ sở có chi ủy"
    assert sub.label("en") == "Partial committees and sub-grassroots cells with a committee"


def test_a_running_activity_is_not_yet_an_act_of_its_unit() -> None:
    g = group_indicator(org(), book(), Group.BASE_INSPECTION_COMMISSIONS, AS_OF)
    assert (g.done, g.planned, g.percent) == (0, 1, Decimal("0.00"))
    (unit,) = g.units
    assert (unit.planned, unit.done, unit.activities, unit.acted) == (2, 0, 0, False)


def test_a_progress_report_holds_the_organisations_own_programmes_at_the_places_asked() -> None:
    r = progress_report(
        org(), book(), AS_OF, decimals={"programmes": 2, "sub_base_with_committee": 1}
    )
    assert [p.id for p, _ in r.programmes] == ["P4"]
    (target,) = r.programmes[0][1]
    assert target.percent == Decimal("66.67")  # 2 of 3 organisations, 2 places
    sub = next(g for g in r.groups if g.group is Group.SUB_BASE_WITH_COMMITTEE)
    assert sub.percent == Decimal("50.0")
    base = next(g for g in r.groups if g.group is Group.BASE_COMMITTEES)
    assert base.percent == Decimal("100.00")  # the default 2 places
    plain = progress_report(org(), book(), AS_OF)
    assert plain.programmes[0][1][0].percent == Decimal("66.7")  # the default 1 place


# ── reporting periods (KTGS-06) ─────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("kind", "month", "start", "end"),
    [
        ("month", 1, date(2023, 12, 15), date(2024, 1, 14)),
        ("month", 5, date(2024, 4, 15), date(2024, 5, 14)),
        ("month", 12, date(2024, 11, 15), date(2024, 12, 14)),
        ("q1", None, date(2023, 12, 15), date(2024, 3, 14)),
        ("6_months", None, date(2023, 12, 15), date(2024, 6, 14)),
        ("year", None, date(2023, 12, 15), date(2024, 12, 14)),
    ],
)
def test_the_state_cut_off_runs_from_the_15th_to_the_14th(
    kind: str, month: int | None, start: date, end: date
) -> None:
    p = reporting_period(kind, 2024, month=month)
    assert (p.start, p.end) == (start, end)
    assert any(f.code == "ambiguous_default" for f in p.explanation.flags)
    assert any(c.rule_id == "KTGS-06" for c in p.explanation.citations)


@pytest.mark.parametrize(
    ("kind", "month", "start", "end"),
    [
        ("month", 2, date(2024, 2, 1), date(2024, 2, 29)),
        ("month", 12, date(2024, 12, 1), date(2024, 12, 31)),
        ("6_months", None, date(2024, 1, 1), date(2024, 6, 30)),
        ("year", None, date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_calendar_bounds(kind: str, month: int | None, start: date, end: date) -> None:
    p = reporting_period(kind, 2024, month=month, reading="calendar")
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize("month", [0, 13, None, "3"])
def test_a_month_outside_1_to_12_is_refused(month: object) -> None:
    with pytest.raises(DataError):
        reporting_period("month", 2024, month=month)  # type: ignore[arg-type]


@given(
    done=st.integers(min_value=0, max_value=10**40),
    planned=st.integers(min_value=1, max_value=10**40),
    decimals=st.integers(min_value=0, max_value=4),
)
def test_a_percentage_is_exact_half_up_for_any_counts(
    done: int, planned: int, decimals: int
) -> None:
    # the indicators' rounding (half up, to the group's places) must hold however large the
    # counts; the oracle is decimal's own ROUND_HALF_UP with 200 digits, where no quotient of
    # counts below 10**40 can be rounded twice
    p = percent(done, planned, decimals)
    with localcontext(Context(prec=200)):
        want = (Decimal(done) * 100 / Decimal(planned)).quantize(
            Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP
        )
    assert p == want
    assert p.as_tuple().exponent == -decimals
