"""Hypothesis strategies for dangkiemtra's values, for callers' own tests.

Requires ``hypothesis`` (install ``dangkiemtra[test]``). Every strategy builds values that
the loaders accept: dates in order, unique ids, members in cells only.

>>> from hypothesis import given
>>> @given(organizations())
... def test_round_trip(org):
...     from dangkiemtra.io import dump_organization, load_organization
...     assert load_organization(dump_organization(org)) == org
>>> test_round_trip()
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import attrs

try:
    from hypothesis import strategies as st
except ImportError as err:  # pragma: no cover
    raise ImportError(
        "dangkiemtra.testing needs hypothesis: pip install 'dangkiemtra[test]'"
    ) from err

from dangkiemtra.inspection import (
    Activity,
    ActivityKind,
    ActorBody,
    InspectionBook,
    Programme,
    Target,
)
from dangkiemtra.organization import (
    Body,
    BodyKind,
    Departure,
    DepartureKind,
    Member,
    Organization,
    OrgKind,
    Post,
    PostTitle,
    StructuralException,
)

__all__ = ["dates", "inspection_books", "members", "names", "organizations"]

# Spans of the generated dates. They only keep invented data plausible; they are not rules
# (the rules live in the rulebook and the checks read them from there).
_ADULT = 18 * 366
_PROBATION_SPAN = 400
_TRANSFER_SPAN = 3000
_ROLL_SPAN = 5000
_POST_START_SPAN = 4000
_POST_SPAN = 2000
_ACTIVITY_SPAN = 120

#: Vietnamese letters (with diacritics) for invented names.
_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)


def dates(lo: date = date(1950, 1, 1), hi: date = date(2040, 12, 31)) -> st.SearchStrategy[date]:
    """Dates between ``lo`` and ``hi``."""
    return st.dates(min_value=lo, max_value=hi)


def names() -> st.SearchStrategy[str]:
    """Invented full names: two to four words of Vietnamese letters."""
    word = st.text(alphabet=_LETTERS, min_size=2, max_size=7).map(str.capitalize)
    return st.lists(word, min_size=2, max_size=4).map(" ".join)


@st.composite
def members(draw: Any, member_id: str = "dv1", org_ids: tuple[str, ...] = ("c1",)) -> Member:
    """A member with dates in order: birth < admission ≤ official; joining and leaving after."""
    birth = draw(dates(date(1940, 1, 1), date(2005, 12, 31)))
    admitted = draw(dates(birth + timedelta(days=_ADULT), date(2035, 12, 31)))
    official = draw(st.none() | dates(admitted, admitted + timedelta(days=_PROBATION_SPAN)))
    joined = draw(st.none() | dates(admitted, admitted + timedelta(days=_TRANSFER_SPAN)))
    departure = None
    if draw(st.booleans()):
        left = draw(dates(joined or admitted, (joined or admitted) + timedelta(days=_ROLL_SPAN)))
        departure = Departure(draw(st.sampled_from(list(DepartureKind))), left)
    posts = []
    for _ in range(draw(st.integers(0, 2))):
        start = draw(dates(admitted, admitted + timedelta(days=_POST_START_SPAN)))
        end = draw(st.none() | dates(start, start + timedelta(days=_POST_SPAN)))
        posts.append(
            Post(draw(st.sampled_from(list(PostTitle))), draw(st.sampled_from(org_ids)), start, end)
        )
    digits = st.text(alphabet="0123456789", min_size=12, max_size=12)
    return Member(
        id=member_id,
        full_name=draw(names()),
        gender=draw(st.sampled_from(["nam", "nu"])),
        birth_date=birth,
        admission_date=admitted,
        official_date=official,
        joined_on=joined,
        departure=departure,
        posts=tuple(posts),
        citizen_id=draw(st.none() | digits),
        party_card_number=draw(st.none() | st.text(alphabet="0123456789", min_size=6, max_size=12)),
    )


@st.composite
def organizations(draw: Any, max_cells: int = 4, max_members: int = 6) -> Organization:
    """A small tree: a superior committee, grassroots organisations, a partial committee, cells."""
    n_cells = draw(st.integers(1, max_cells))
    cell_ids = [f"cb{i}" for i in range(n_cells)]
    org_ids = ("dbk", "cs1", "bp1", "cs2", *cell_ids)
    counter = iter(range(10_000))

    def cell(cid: str, kind: OrgKind) -> Organization:
        people = tuple(
            draw(members(f"dv{next(counter)}", org_ids))
            for _ in range(draw(st.integers(0, max_members)))
        )
        bodies: tuple[Body, ...] = ()
        if draw(st.booleans()):
            bodies = (
                Body(
                    BodyKind.CELL_COMMITTEE, draw(st.integers(1, 7)), draw(dates(date(2015, 1, 1)))
                ),
            )
        return Organization(cid, kind, f"Chi bộ {cid}", bodies, (), people)

    half = len(cell_ids) // 2
    partial = Organization(
        "bp1",
        OrgKind.PARTIAL_COMMITTEE,
        "Đảng bộ bộ phận 1",
        (Body(BodyKind.COMMITTEE, 5, date(2022, 4, 20)),),
        tuple(cell(c, OrgKind.CELL) for c in cell_ids[:half]),
    )
    base = Organization(
        "cs1",
        OrgKind.BASE_COMMITTEE,
        "Đảng bộ cơ sở 1",
        (
            Body(BodyKind.COMMITTEE, draw(st.integers(3, 15)), date(2020, 6, 15)),
            Body(BodyKind.INSPECTION, draw(st.integers(1, 7)), date(2020, 6, 15)),
        ),
        (partial, *(cell(c, OrgKind.CELL) for c in cell_ids[half:])),
    )
    return Organization(
        "dbk", OrgKind.SUPERIOR, "Đảng bộ Khối", (), (base, cell("cs2", OrgKind.BASE_CELL))
    )


@st.composite
def inspection_books(draw: Any, org: Organization) -> InspectionBook:
    """Programmes and activities whose actors and subjects are organisations of ``org``."""
    ids = [o.id for o in org.walk()]
    year = draw(st.integers(2016, 2030))
    programmes = []
    activities = []
    for i in range(draw(st.integers(0, 4))):
        pid = f"p{i}"
        targets = tuple(
            Target(
                draw(st.sampled_from(list(ActivityKind))),
                draw(st.integers(0, 20)),
                draw(st.integers(0, 20)),
            )
            for _ in range(draw(st.integers(1, 3)))
        )
        programmes.append(
            Programme(
                pid,
                f"Chương trình {i}",
                draw(st.sampled_from(ids)),
                draw(st.sampled_from(list(ActorBody))),
                date(year, 1, 10),
                targets,
            )
        )
        for j in range(draw(st.integers(0, 3))):
            decided = draw(dates(date(year, 1, 1), date(year, 12, 31)))
            concluded = draw(st.none() | dates(decided, decided + timedelta(days=_ACTIVITY_SPAN)))
            activities.append(
                Activity(
                    id=f"a{i}-{j}",
                    actor=programmes[-1].actor,
                    body=programmes[-1].body,
                    kind=draw(st.sampled_from([t.kind for t in targets])),
                    decided_on=decided,
                    concluded_on=concluded,
                    subject_organizations=tuple(
                        draw(st.lists(st.sampled_from(ids), max_size=3, unique=True))
                    ),
                    subject_members=draw(st.integers(0, 10)),
                    programme=pid,
                    topic=draw(st.none() | st.just("chuyên đề")),
                )
            )
    return InspectionBook(year, tuple(programmes), tuple(activities))


# ── discipline records ───────────────────────────────────────────────────────────────────
from dangkiemtra.discipline import cases as _dc  # noqa: E402

_FORMS = list(_dc.Form)
# spans of generated dates (plausibility only, not rules)
_SIGN_SPAN = 200
_NOTICE_SPAN = 30
_APPEAL_SPAN = 90
_SUSPEND_SPAN = 100
_LIFT_SPAN = 300


@st.composite
def discipline_cases(draw: Any, case_id: str = "k1") -> _dc.DisciplineCase:
    """A discipline case with dates in order and a ballot that never exceeds its voters."""
    opened = draw(dates(date(2016, 1, 1), date(2030, 12, 31)))
    subject = _dc.Subject(
        draw(st.sampled_from(["dv1", "dv2", "cs1"])),
        draw(st.sampled_from(list(_dc.SubjectKind))),
        draw(st.booleans()),
        draw(st.sampled_from(list(_dc.CommitteeRelation))),
        draw(st.booleans()),
        draw(st.booleans()),
    )
    violations = []
    for j in range(draw(st.integers(1, 3))):
        start = draw(dates(date(2000, 1, 1), opened))
        violations.append(
            _dc.Violation(
                f"v{j}",
                start,
                draw(st.none() | dates(start, opened)),
                draw(st.none() | dates(start, opened)),
                draw(st.booleans()),
                tuple(
                    draw(
                        st.lists(
                            st.sampled_from(["chinh_tri_noi_bo", "khac"]), max_size=2, unique=True
                        )
                    )
                ),
                draw(st.none() | st.sampled_from(_FORMS)),
                draw(st.booleans()),
                draw(st.booleans()),
            )
        )
    eligible = draw(st.integers(1, 40))
    counts = draw(st.lists(st.integers(0, eligible), min_size=0, max_size=3))
    votes, left = [], eligible
    for form, n in zip(_FORMS, counts, strict=False):
        n = min(n, left)
        left -= n
        votes.append((form, n))
    ballot = draw(
        st.none()
        | st.just(
            _dc.Ballot(
                draw(st.sampled_from(list(_dc.BodyRole))),
                eligible,
                tuple(votes),
                draw(st.integers(0, left)),
                opened,
            )
        )
    )
    signed = draw(dates(opened, opened + timedelta(days=_SIGN_SPAN)))
    decision = draw(
        st.none()
        | st.just(
            _dc.Decision(
                "qd1",
                draw(st.sampled_from(list(_dc.BodyRole))),
                draw(st.sampled_from(_FORMS)),
                signed,
                draw(st.none() | dates(signed, signed + timedelta(days=_NOTICE_SPAN))),
                draw(st.none() | dates(signed, signed + timedelta(days=_NOTICE_SPAN))),
                draw(st.booleans()),
            )
        )
    )
    appeals: tuple[_dc.Appeal, ...] = ()
    if decision is not None and draw(st.booleans()):
        appeals = (
            _dc.Appeal(
                "a1",
                "qd1",
                draw(dates(signed, signed + timedelta(days=_APPEAL_SPAN))),
                outcome=draw(st.none() | st.sampled_from(list(_dc.AppealOutcome))),
                new_form=draw(st.none() | st.sampled_from(_FORMS)),
                facts=tuple(
                    draw(
                        st.lists(
                            st.sampled_from(["khieu_nai_ho", "qua_thoi_han"]),
                            max_size=2,
                            unique=True,
                        )
                    )
                ),
            ),
        )
    suspensions: tuple[_dc.Suspension, ...] = ()
    if draw(st.booleans()):
        start = draw(dates(opened, opened + timedelta(days=_SUSPEND_SPAN)))
        suspensions = (
            _dc.Suspension(
                f"s-{case_id}",
                subject.id,
                draw(st.sampled_from(list(_dc.SuspensionKind))),
                start,
                ("tam_giam",),
                tuple(draw(st.lists(st.integers(1, 60), max_size=2))),
                draw(st.none() | dates(start, start + timedelta(days=_LIFT_SPAN))),
            ),
        )
    circ = tuple(
        _dc.Circumstance(c, draw(st.none() | dates(opened, opened)), None)
        for c in draw(
            st.lists(st.sampled_from(["benh_nang", "tu_giac_bao_cao"]), max_size=2, unique=True)
        )
    )
    return _dc.DisciplineCase(
        case_id,
        subject,
        tuple(violations),
        opened,
        draw(st.none() | dates(opened, opened)),
        draw(st.none() | dates(opened, opened + timedelta(days=_SUSPEND_SPAN))),
        circ,
        ballot,
        decision,
        appeals,
        suspensions,
    )


def discipline_books() -> st.SearchStrategy[_dc.DisciplineBook]:
    """Sets of discipline cases with unique ids."""
    return st.lists(st.integers(0, 3), max_size=3, unique=True).flatmap(
        lambda ids: st.tuples(*(discipline_cases(f"k{i}") for i in ids)).map(
            lambda cs: _dc.DisciplineBook(tuple(cs))
        )
    )


__all__ += ["discipline_books", "discipline_cases"]


# ── organisations with structural failures planted (for the roster path's differential test) ──


@st.composite
def planted_organizations(draw: Any, max_cells: int = 4, max_members: int = 6) -> Organization:
    """:func:`organizations` with structural failures planted: an inspection commission where
    none may sit (ORG-07), a committee missing or a standing committee added (ORG-06), an
    oversized or missing cell committee (ORG-05), a documented exception (ORG-04)."""
    org = draw(organizations(max_cells, max_members))
    elected = date(2020, 6, 15)

    def plant(o: Organization) -> Organization:
        children = tuple(plant(c) for c in o.children)
        bodies = list(o.bodies)
        exceptions = o.exceptions
        choice = draw(st.integers(0, 5))
        if choice == 1 and o.kind is not OrgKind.SUPERIOR:
            if all(b.kind is not BodyKind.INSPECTION for b in bodies):
                bodies.append(Body(BodyKind.INSPECTION, draw(st.integers(1, 9)), elected))
        elif choice == 2 and o.kind is OrgKind.BASE_COMMITTEE:
            bodies = [b for b in bodies if b.kind is not BodyKind.COMMITTEE]
        elif choice == 3 and o.kind is OrgKind.BASE_COMMITTEE:
            bodies.append(Body(BodyKind.STANDING, draw(st.integers(1, 5)), elected))
        elif choice == 4 and o.kind.is_cell:
            bodies = [b for b in bodies if b.kind is not BodyKind.CELL_COMMITTEE]
            bodies.append(
                Body(
                    BodyKind.CELL_COMMITTEE, draw(st.integers(1, 12)), draw(dates(date(2012, 1, 1)))
                )
            )
        elif choice == 5 and o.kind.is_base:
            exceptions = (StructuralException("ORG-04", "Quyết định 1-QĐ/ĐU", elected),)
        return attrs.evolve(o, bodies=tuple(bodies), children=children, exceptions=exceptions)

    return plant(org)


__all__ += ["planted_organizations"]
