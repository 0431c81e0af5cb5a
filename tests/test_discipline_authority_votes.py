"""Authority (AU) and votes (VO): who decides, thresholds over all voters, cumulation."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dangkiemtra.discipline import (
    Ballot,
    BodyRole,
    CommitteeRelation,
    Form,
    Subject,
    SubjectKind,
    authority,
    decidable_forms,
    forms_open_to,
    severity,
    tally,
)
from dangkiemtra.discipline.authority import _MEMBER_KEY
from dangkiemtra.errors import DataError
from dangkiemtra.rulebook import Rulebook

M, ORG, P = SubjectKind.OFFICIAL_MEMBER, SubjectKind.ORGANIZATION, SubjectKind.PROBATIONARY_MEMBER
KT, CC, CH, KTR, GT = Form.KHIEN_TRACH, Form.CANH_CAO, Form.CACH_CHUC, Form.KHAI_TRU, Form.GIAI_TAN
D = date(2023, 9, 25)
MEMBER = Subject("dv1", M, holds_post=True)


def role(
    body: BodyRole,
    subject: Subject,
    form: Form,
    day: date = D,
    *,
    in_higher_task: bool = False,
    authorised_to_admit: bool = False,
    dissolution_level: bool = False,
) -> str:
    return authority(
        body,
        subject,
        form,
        day,
        in_higher_task=in_higher_task,
        authorised_to_admit=authorised_to_admit,
        dissolution_level=dissolution_level,
    ).role


def test_the_cell_decides_reprimand_and_warning_and_proposes_the_rest() -> None:
    assert [role(BodyRole.CHI_BO, MEMBER, f) for f in (KT, CC, CH, KTR)] == [
        "decides",
        "decides",
        "proposes",
        "proposes",
    ]
    a = authority(BodyRole.CHI_BO, MEMBER, CC, D)
    assert any(c.source == "qd-22-2021" and c.article == "11" for c in a.explanation.citations)


def test_a_committee_member_violating_a_higher_task_is_only_proposed_by_the_cell() -> None:
    cadre = Subject("dv2", M, holds_post=True, committee=CommitteeRelation.LOWER_LEVEL)
    assert role(BodyRole.CHI_BO, cadre, KT, in_higher_task=True) == "proposes"
    assert role(BodyRole.CHI_BO, cadre, KT) == "decides"


def test_cell_committee_has_no_power_and_partial_committee_forwards() -> None:
    assert role(BodyRole.CHI_UY, MEMBER, KT) == "no_power"
    assert role(BodyRole.DANG_UY_BO_PHAN, MEMBER, KT) == "forwards"


def test_grassroots_standing_committee_and_ubkt_gained_power_with_qd22() -> None:
    for body in (BodyRole.BAN_THUONG_VU_CO_SO, BodyRole.UBKT_CO_SO):
        assert role(body, MEMBER, KT, date(2021, 7, 27)) == "proposes"
        assert role(body, MEMBER, KT, date(2021, 7, 28)) == "decides"
        assert role(body, MEMBER, CH, date(2023, 1, 1)) == "proposes"
    later = authority(BodyRole.UBKT_CO_SO, MEMBER, KT, date(2025, 7, 1))
    assert any(f.code == "carried_over" for f in later.explanation.flags)


def test_an_inspection_commission_only_proposes_for_same_level_committee_members() -> None:
    same = Subject("dv3", M, holds_post=True, committee=CommitteeRelation.SAME_LEVEL)
    assert role(BodyRole.UBKT_CO_SO, same, KT) == "proposes"
    assert role(BodyRole.UBKT_CAP_TREN, same, CH) == "proposes"
    assert role(BodyRole.BAN_THUONG_VU_CAP_TREN, same, KTR) == "proposes"
    assert role(BodyRole.CAP_UY_CAP_TREN, same, KTR) == "decides"


def test_grassroots_committee_expels_only_when_authorised_to_admit() -> None:
    assert role(BodyRole.DANG_UY_CO_SO, MEMBER, KTR) == "proposes"
    assert role(BodyRole.DANG_UY_CO_SO, MEMBER, KTR, authorised_to_admit=True) == "decides"
    higher = Subject("dv4", M, holds_post=True, managed_by_higher=True)
    assert role(BodyRole.DANG_UY_CO_SO, higher, KTR, authorised_to_admit=True) == "proposes"
    lower = Subject("dv5", M, holds_post=True, committee=CommitteeRelation.LOWER_LEVEL)
    assert role(BodyRole.DANG_UY_CO_SO, lower, CH) == "decides"
    assert role(BodyRole.DANG_UY_CO_SO, MEMBER, CH) == "proposes"


def test_organisations() -> None:
    org = Subject("cs1", ORG)
    assert role(BodyRole.CAP_UY_CAP_TREN, org, CC) == "decides"
    assert role(BodyRole.UBKT_CAP_TREN, org, KT) == "decides"
    assert role(BodyRole.CAP_UY_CAP_TREN, org, GT) == "proposes"
    assert role(BodyRole.CAP_UY_CAP_TREN, org, GT, dissolution_level=True) == "decides"
    assert role(BodyRole.CHI_BO, org, KT) == "no_power"


def test_a_form_not_open_is_never_decided() -> None:
    assert role(BodyRole.BCH_TW, Subject("p", P), KTR) == "no_power"
    assert role(BodyRole.BCH_TW, Subject("m", M), CH) == "no_power"  # no post


KEYS = _MEMBER_KEY  # the rulebook key of each body
subjects = st.builds(
    Subject,
    st.just("x"),
    st.sampled_from([M, P]),
    st.booleans(),
    st.sampled_from(list(CommitteeRelation)),
    st.booleans(),
    st.booleans(),
)


@given(
    st.sampled_from(list(BodyRole)),
    subjects,
    st.sampled_from([KT, CC, CH, KTR]),
    st.dates(date(2021, 7, 28), date(2030, 1, 1)),
    st.booleans(),
    st.booleans(),
)
def test_a_body_never_decides_outside_its_authority(
    body: BodyRole, subject: Subject, form: Form, day: date, higher: bool, admit: bool
) -> None:
    a = authority(body, subject, form, day, in_higher_task=higher, authorised_to_admit=admit)
    if a.decides:
        assert form.value in Rulebook.default().at(day).get(KEYS[body]).as_codes()
        assert form in forms_open_to(subject, day).forms


# ── votes ─────────────────────────────────────────────────────────────────────────────────


def test_cumulation_reaches_a_warning_the_cell_decides() -> None:
    b = Ballot(BodyRole.CHI_BO, 12, ((KTR, 3), (CH, 2), (CC, 2)))
    r = tally(b, MEMBER, D)
    assert (r.outcome, r.decided) == (CC, True)
    assert any(c.rule_id == "VO-03" for c in r.explanation.citations)


def test_expulsion_proposal_needs_two_thirds_of_all_official_members() -> None:
    assert tally(Ballot(BodyRole.CHI_BO, 12, ((KTR, 8), (CC, 4))), MEMBER, D).outcome is KTR
    r = tally(Ballot(BodyRole.CHI_BO, 12, ((KTR, 7), (CC, 5))), MEMBER, D)
    assert (r.outcome, r.decided) == (
        CH,
        False,
    )  # 7 < 8 for khai trừ; cumulated 7 > 6 at cách chức: proposed


def test_a_deciding_committee_needs_a_simple_majority_for_expulsion() -> None:
    r = tally(Ballot(BodyRole.BAN_THUONG_VU_CAP_TREN, 9, ((KTR, 5), (CC, 4))), MEMBER, D)
    assert (r.outcome, r.decided) == (KTR, True)


def test_half_is_not_more_than_half() -> None:
    r = tally(Ballot(BodyRole.CHI_BO, 12, ((KT, 6),), none_votes=6), MEMBER, D)
    assert r.outcome is None and r.explanation.codes[-1] == "discipline.vote.none"


def test_bad_ballots_are_data_errors() -> None:
    with pytest.raises(DataError):
        tally(Ballot(BodyRole.CHI_BO, 5, ((KT, 4), (CC, 3))), MEMBER, D)
    with pytest.raises(DataError) as err:
        tally(Ballot(BodyRole.CHI_BO, 9, ((KTR, 5),)), Subject("p", P), D)
    assert err.value.pointers() == ("/votes/0",)


@given(
    st.integers(3, 40).flatmap(
        lambda n: st.tuples(st.just(n), st.lists(st.integers(0, n), min_size=4, max_size=4))
    ),
    st.sampled_from([BodyRole.CHI_BO, BodyRole.BAN_THUONG_VU_CAP_TREN, BodyRole.UBKT_CO_SO]),
)
def test_cumulation_stays_within_the_votes(data: tuple[int, list[int]], body: BodyRole) -> None:
    n, raw = data
    votes, left = [], n
    for form, k in zip((KTR, CH, CC, KT), raw, strict=True):
        k = min(k, left)
        left -= k
        votes.append((form, k))
    r = tally(Ballot(body, n, tuple(votes)), MEMBER, D)
    voted = [f for f, k in votes if k > 0]
    if r.outcome is not None:
        # never heavier than the heaviest form that got a vote
        assert severity(r.outcome, D) <= max(severity(f, D) for f in voted)
        # a form that alone has more than half is never beaten by a lighter outcome
        for f, k in votes:
            if k * 2 > n and f is not KTR:
                assert severity(r.outcome, D) >= severity(f, D)
        # a decided outcome is within the body's authority
        if r.decided:
            assert r.outcome in decidable_forms(body, MEMBER, D)
    else:
        assert all(k * 2 <= n for _, k in votes)


@pytest.mark.parametrize("eligible", [0, -3, True, 2.5])
def test_a_ballot_needs_a_whole_number_of_voters_and_the_error_hides_the_value(
    eligible: object,
) -> None:
    # VO-02: the threshold's denominator is every member of the body, at least one
    with pytest.raises(DataError) as err:
        Ballot(BodyRole.CHI_BO, eligible, ())  # type: ignore[arg-type]
    assert err.value.pointers() == ("/eligible",)
    assert err.value.problems[0].code == "number.range"
    assert repr(eligible) not in str(err.value)
