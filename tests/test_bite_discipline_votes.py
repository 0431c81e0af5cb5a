"""Votes (VO) at their thresholds: a majority of all voters and one vote short, two thirds exactly
and one short, the votes needed for odd and even bodies, ballots that do not add up."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from dangkiemtra.discipline import Ballot, BodyRole, Form, Subject, SubjectKind, tally
from dangkiemtra.discipline.votes import passes
from dangkiemtra.errors import DataError

M = SubjectKind.OFFICIAL_MEMBER
KT, CC, CH, KTR = Form.KHIEN_TRACH, Form.CANH_CAO, Form.CACH_CHUC, Form.KHAI_TRU
D = date(2023, 9, 25)
MEMBER = Subject("dv1", M, holds_post=True)
HALF, TWO_THIRDS = Fraction(1, 2), Fraction(2, 3)


def rules(expl: object) -> set[tuple[str, str]]:
    return {(c.rule_id, c.source) for c in expl.citations}  # type: ignore[attr-defined]


# ── VO-02: more than half of all eligible voters ─────────────────────────────────────────


@pytest.mark.parametrize(
    ("votes", "eligible", "ok"),
    [(7, 12, True), (6, 12, False), (5, 9, True), (4, 9, False), (2, 3, True), (1, 2, False)],
)
def test_a_majority_is_strictly_more_than_half(votes: int, eligible: int, ok: bool) -> None:
    assert passes(votes, eligible, HALF, at_least=False) is ok


@pytest.mark.parametrize(
    ("votes", "eligible", "ok"),
    [(8, 12, True), (7, 12, False), (6, 9, True), (5, 9, False), (7, 10, True), (6, 10, False)],
)
def test_two_thirds_is_at_least_two_thirds(votes: int, eligible: int, ok: bool) -> None:
    assert passes(votes, eligible, TWO_THIRDS, at_least=True) is ok


def test_a_cell_of_nine_decides_a_warning_with_five_and_not_with_four() -> None:
    # QĐ 22 Art 15.3.1: more than half of the 9 official members = 5
    five = tally(Ballot(BodyRole.CHI_BO, 9, ((CC, 5),), none_votes=4), MEMBER, D)
    assert (five.outcome, five.decided, five.votes_needed, five.votes_counted) == (CC, True, 5, 5)
    assert (five.cast, five.eligible, five.threshold) == (9, 9, HALF)
    assert ("VO-02", "qd-22-2021") in rules(five.explanation)
    four = tally(Ballot(BodyRole.CHI_BO, 9, ((CC, 4),), none_votes=5), MEMBER, D)
    assert four.outcome is None and four.votes_needed is None


def test_a_cell_of_twelve_proposes_expulsion_with_eight_and_not_with_seven_alone() -> None:
    # two thirds of 12 = 8 exactly; 7 for khai trừ alone with no lighter vote reaches nothing
    eight = tally(Ballot(BodyRole.CHI_BO, 12, ((KTR, 8),), none_votes=4), MEMBER, D)
    assert (eight.outcome, eight.decided, eight.votes_needed, eight.threshold) == (
        KTR,
        False,
        8,
        TWO_THIRDS,
    )
    seven = tally(Ballot(BodyRole.CHI_BO, 12, ((KTR, 7),), none_votes=5), MEMBER, D)
    # cumulated from the heaviest: 7 > 6 at cách chức, which the cell only proposes
    assert (seven.outcome, seven.decided, seven.votes_needed) == (CH, False, 7)


def test_a_cell_of_ten_needs_seven_for_expulsion() -> None:
    # 2/3 of 10 = 6.67: at least 7
    seven = tally(Ballot(BodyRole.CHI_BO, 10, ((KTR, 7),), none_votes=3), MEMBER, D)
    assert (seven.outcome, seven.votes_needed) == (KTR, 7)
    six = tally(Ballot(BodyRole.CHI_BO, 10, ((KTR, 6),), none_votes=4), MEMBER, D)
    assert six.outcome is CH and six.votes_needed == 6  # 6 > 5 at cách chức


def test_votes_are_cumulated_from_the_heaviest_form_down_to_the_first_that_reaches() -> None:
    # 4 + 3 of 12: neither alone reaches 7; cumulated 7 at cảnh cáo
    r = tally(Ballot(BodyRole.CHI_BO, 12, ((CH, 4), (CC, 3))), MEMBER, D)
    assert (r.outcome, r.votes_counted, r.votes_needed) == (CC, 7, 7)
    assert ("VO-03", "qd-22-2021") in rules(r.explanation)


def test_a_deciding_committee_expels_by_a_majority_of_all_its_members() -> None:
    # the standing committee decides khai trừ: more than half, not two thirds (VO-02)
    r = tally(Ballot(BodyRole.BAN_THUONG_VU_CAP_TREN, 11, ((KTR, 6),), none_votes=5), MEMBER, D)
    assert (r.outcome, r.decided, r.votes_needed, r.threshold) == (KTR, True, 6, HALF)


# ── ballots that do not add up ───────────────────────────────────────────────────────────


def test_every_eligible_voter_casting_a_ballot_is_accepted() -> None:
    r = tally(Ballot(BodyRole.CHI_BO, 5, ((KT, 3),), none_votes=2), MEMBER, D)
    assert r.outcome is KT and r.cast == 5


def test_one_ballot_more_than_the_eligible_voters_is_refused() -> None:
    with pytest.raises(DataError):
        tally(Ballot(BodyRole.CHI_BO, 5, ((KT, 4),), none_votes=2), MEMBER, D)


def test_a_form_with_no_votes_is_a_valid_entry_but_a_negative_count_is_not() -> None:
    r = tally(Ballot(BodyRole.CHI_BO, 5, ((KTR, 0), (KT, 3))), MEMBER, D)
    assert r.outcome is KT
    with pytest.raises(DataError):
        tally(Ballot(BodyRole.CHI_BO, 5, ((KTR, -1), (KT, 3))), MEMBER, D)


def test_a_ballot_counts_the_votes_of_one_form_only() -> None:
    b = Ballot(BodyRole.CHI_BO, 12, ((KTR, 3), (CH, 2), (CC, 2), (CC, 1)))
    assert [b.count(f) for f in (KTR, CH, CC, KT)] == [3, 2, 3, 0]
