"""Group indicators carry their units: who planned, who acted, each unit's planned/done/percent."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import dangkiemtra as dk
from dangkiemtra.inspection import percent
from dangkiemtra.testing import inspection_books, organizations

DAY = dk.REFERENCE_AS_OF


def test_seed_004_base_committees_19_of_33_by_unit() -> None:
    org, book = dk.reference_organization(), dk.reference_inspection()
    g = dk.group_indicator(org, book, dk.Group.BASE_COMMITTEES, DAY)
    planned = [u for u in g.units if u.has_plan]
    assert (g.done, g.planned) == (19, 33)
    assert len(planned) == 33
    assert sum(u.acted for u in planned) == 19
    assert all(isinstance(u, dk.UnitProgress) for u in g.units)
    assert all(isinstance(u.percent, Decimal) for u in g.units)
    # a unit whose only concluded activity ends on day X: acted on X, not on the day before
    single = next(u for u in planned if u.activities == 1)
    act = next(
        a
        for a in book.activities
        if (a.actor, a.body) == (single.organization, single.body) and a.done_on(DAY)
    )
    assert act.concluded_on is not None
    on_the_day = dk.group_indicator(org, book, dk.Group.BASE_COMMITTEES, act.concluded_on)
    day_before = dk.group_indicator(
        org, book, dk.Group.BASE_COMMITTEES, act.concluded_on - date.resolution
    )

    def unit(g: dk.GroupIndicator) -> dk.UnitProgress:
        return next(u for u in g.units if u.organization == single.organization)

    assert unit(on_the_day).acted and unit(on_the_day).activities >= 1
    assert not unit(day_before).acted


def test_unit_numbers_use_the_fulfilment_measure() -> None:
    org, book = dk.reference_organization(), dk.reference_inspection()
    g = dk.group_indicator(org, book, dk.Group.BASE_COMMITTEES, DAY)
    cs01 = next(u for u in g.units if u.organization == "cs01")
    prog = next(p for p in book.programmes if p.actor == "cs01" and p.body is cs01.body)
    fs = dk.fulfilment(book, prog.id, DAY, decimals=2)
    assert cs01.planned == sum(f.planned_organizations or f.planned_members for f in fs)
    assert cs01.done == sum(
        f.done_organizations if f.planned_organizations else f.done_members for f in fs
    )
    assert cs01.percent == percent(cs01.done, cs01.planned, 2)


@settings(max_examples=40)
@given(
    organizations(max_members=2).flatmap(lambda o: st.tuples(st.just(o), inspection_books(o))),
    st.sampled_from(dk.Group),
)
def test_units_add_up_to_the_indicator(
    pair: tuple[dk.Organization, dk.InspectionBook], group: dk.Group
) -> None:
    org, book = pair
    g = dk.group_indicator(org, book, group, date(book.year, 9, 25))
    with_plan = [u for u in g.units if u.has_plan]
    assert len(with_plan) == g.planned
    assert sum(u.acted for u in with_plan) == g.done
    assert all(u.acted == (u.activities > 0) for u in g.units)
    assert len({(u.organization, u.body) for u in g.units}) == len(g.units)
