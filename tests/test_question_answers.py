"""Answers shaped like the questions (issue 12 §1): who decides, the whole appeal path, what an
organisation elects; the numbers that decided an answer as typed fields; facts that cannot change
an answer are not demanded; rules not in force are "not checked" and never stop the rest."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import attrs
import pytest

from dangkiemtra.discipline.appeals import appeal_path
from dangkiemtra.discipline.authority import who_decides
from dangkiemtra.discipline.cases import (
    Appeal,
    Ballot,
    BodyRole,
    CommitteeRelation,
    Decision,
    Form,
    Subject,
    SubjectKind,
    Violation,
)
from dangkiemtra.discipline.limitation import check_limitation
from dangkiemtra.discipline.votes import tally
from dangkiemtra.errors import RuleError
from dangkiemtra.organization import Body, Member, Organization, check_structure, elections

MEMBER = Subject("dv1", SubjectKind.OFFICIAL_MEMBER, holds_post=True)


def test_who_decides_a_members_expulsion() -> None:
    w = who_decides(MEMBER, Form.KHAI_TRU, date(2023, 9, 25))
    assert w.decider is BodyRole.BAN_THUONG_VU_CAP_TREN
    assert BodyRole.CHI_BO in w.proposers and BodyRole.DANG_UY_CO_SO in w.proposers
    assert w.forwarders == (BodyRole.DANG_UY_BO_PHAN,)
    assert w.verifier is BodyRole.BAN_THUONG_VU_CAP_TREN  # AU-09 from QĐ 22
    propose, decide = w.votes
    assert (propose.body, propose.fraction, propose.at_least) == (
        BodyRole.CHI_BO,
        Fraction(2, 3),
        True,
    )
    assert (decide.fraction, decide.at_least) == (Fraction(1, 2), False)
    assert (propose.citation.source, propose.citation.article) == ("qd-22-2021", "15")
    assert w.not_checked == ()
    rule_ids = {c.rule_id for c in w.explanation.citations}
    assert {"AU-09", "VO-02", "AU-02"} <= rule_ids


def test_who_decides_a_warning_the_cell_decides_itself() -> None:
    w = who_decides(MEMBER, Form.CANH_CAO, date(2023, 9, 25))
    assert w.decider is BodyRole.CHI_BO and w.proposers == () and w.verifier is None
    assert [v.purpose for v in w.votes] == ["decide"]


def test_who_decides_for_a_higher_task_the_cell_only_proposes() -> None:
    s = attrs.evolve(MEMBER, committee=CommitteeRelation.LOWER_LEVEL)
    w = who_decides(s, Form.KHIEN_TRACH, date(2023, 9, 25), in_higher_task=True)
    assert w.decider is not BodyRole.CHI_BO and w.proposers[0] is BodyRole.CHI_BO


def test_who_decides_before_qd30_reports_what_it_cannot_check() -> None:
    w = who_decides(MEMBER, Form.KHAI_TRU, date(2015, 3, 1))
    assert BodyRole.DANG_UY_BO_PHAN in w.not_checked  # its rule starts 2016-07-26
    assert w.decider is not None  # the other bodies were still answered
    assert w.votes == () and w.verifier is None  # VO-02 and AU-09 are not in force yet


def test_the_whole_appeal_path_of_a_cell_decision() -> None:
    d = Decision(
        "qd",
        BodyRole.CHI_BO,
        "canh_cao",
        signed_on=date(2023, 1, 10),
        received_on=date(2023, 1, 12),
    )
    a = Appeal("a", "qd", filed_on=date(2023, 2, 20), received_on=date(2023, 2, 21))
    p = appeal_path(d, appeal=a)
    assert [(lv.body, lv.place) for lv in p.levels] == [
        ("dang_uy_co_so", "first"),
        ("cap_uy_cap_tren", "intermediate"),
        ("ubkt_tw", "final"),
    ]
    assert p.first.window is not None and p.first.window.due == date(2023, 3, 2)
    assert p.first.resolution is not None and p.first.resolution.duration.amount == 90
    assert p.levels[-1].resolution_period == (180, "working_days")
    assert {"AP-01", "AP-05", "AP-02"} <= {c.rule_id for c in p.explanation.citations}


def test_appeal_path_of_an_inspection_commission_decision_starts_at_its_committee() -> None:
    d = Decision(
        "qd",
        BodyRole.UBKT_CAP_TREN,
        "khai_tru",
        signed_on=date(2023, 5, 2),
        received_on=date(2023, 5, 4),
    )
    p = appeal_path(d)
    assert p.first.body == "cap_uy_cap_tren" and p.final == "ban_bi_thu"
    assert len(p.levels) == 2
    before = appeal_path(
        attrs.evolve(d, signed_on=date(2021, 7, 27), received_on=date(2021, 7, 27))
    )
    assert before.final == "bch_tw"  # the Charter's chain before QĐ 22
    central = appeal_path(attrs.evolve(d, central=True))
    assert [lv.place for lv in central.levels] == ["final"] and central.first.body == "bch_tw"


def member(i: int, official: bool = True) -> Member:
    return Member(
        f"m{i}",
        "Đảng Viên",
        "nam",
        date(1980, 1, 1),
        date(2010, 1, 1),
        date(2011, 1, 1) if official else None,
    )


@pytest.mark.parametrize(("n", "deputy", "chi_uy"), [(8, "if_needed", None), (9, "yes", 7)])
def test_what_a_cell_elects_at_the_nine_member_threshold(
    n: int, deputy: str, chi_uy: int | None
) -> None:
    cell = Organization("cb", "chi_bo", "Chi bộ", members=tuple(member(i) for i in range(n)))
    e = elections(cell, date(2025, 3, 1))
    assert (e.secretary, e.deputy, e.chi_uy_max, e.standing_committee, e.inspection_size) == (
        True,
        deputy,
        chi_uy,
        None,
        None,
    )
    assert "ORG-05" in {c.rule_id for c in e.explanation.citations}


def test_probationary_members_do_not_count_for_a_chi_uy() -> None:
    cell = Organization(
        "cb",
        "chi_bo",
        "Chi bộ",
        members=(*(member(i) for i in range(8)), member(9, official=False)),
    )
    assert elections(cell, date(2025, 3, 1)).deputy == "if_needed"


def test_what_a_grassroots_committee_elects() -> None:
    org = Organization(
        "cs", "dang_bo_co_so", "Đảng bộ", bodies=(Body("ban_chap_hanh", 9, date(2020, 6, 1)),)
    )
    e = elections(org, date(2025, 3, 1))
    assert e.committee and e.standing_committee is True and e.inspection_size == (3, 5)
    assert elections(org, date(2025, 3, 1), committee_size=8).standing_committee is False
    bare = Organization("cs", "dang_bo_co_so", "Đảng bộ")
    assert (
        elections(bare, date(2025, 3, 1)).standing_committee is None
    )  # decided by a size not known
    assert elections(org, date(2026, 8, 1), committee_size=15).standing_max == 5  # ⅓ (QĐ 208)
    assert elections(org, date(2025, 3, 1), committee_size=15).standing_max is None


def test_a_commune_committee_under_a_province_after_the_2025_reform() -> None:
    org = Organization("xa", "dang_bo_co_so", "Đảng bộ xã")
    assert elections(org, date(2025, 6, 6), commune_under_province=True).inspection_size == (3, 7)
    early = elections(org, date(2025, 6, 5), commune_under_province=True)
    assert (
        early.inspection_size is None
        and "org.ubkt.size.commune_under_province" in early.not_checked
    )


def test_check_structure_reports_rules_not_in_force_as_not_checked() -> None:
    cell = Organization("cb", "chi_bo", "Chi bộ", members=tuple(member(i) for i in range(5)))
    report = check_structure(cell, date(2015, 6, 1))  # QĐ 29's committee size starts 2016-07-25
    # ORG-05 (no committee size before QĐ 29) and ORG-10 (admitted 2010, before the 2011 Charter)
    assert {r.rule_id for r in report.unchecked} == {"ORG-05", "ORG-10"}
    assert any(r.rule_id == "ORG-03" and r.checked for r in report.results)


def test_typed_numbers_on_limitation_and_votes() -> None:
    v = Violation("v", committed_on=date(2016, 2, 29), warranted=Form.KHIEN_TRACH)
    c = check_limitation(v, SubjectKind.OFFICIAL_MEMBER, concluded_on=date(2023, 1, 5))
    assert (c.years, c.period_end, c.excluded_days) == (5, date(2021, 2, 28), 0)
    b = Ballot(BodyRole.CHI_BO, 12, ((Form.KHAI_TRU, 8),))
    r = tally(b, MEMBER, date(2023, 9, 25))
    assert (r.eligible, r.cast, r.votes_counted, r.votes_needed, r.threshold) == (
        12,
        8,
        8,
        8,
        Fraction(2, 3),
    )
    under = tally(Ballot(BodyRole.CHI_BO, 12, ((Form.KHAI_TRU, 7),)), MEMBER, date(2023, 9, 25))
    assert under.outcome is not Form.KHAI_TRU


def test_a_missing_date_that_cannot_change_the_answer_is_not_demanded() -> None:
    # HD 04 era: the decision to inspect counts; it comes before the conclusion
    v = Violation("v", committed_on=date(2016, 1, 10), warranted=Form.CANH_CAO)
    c = check_limitation(v, SubjectKind.OFFICIAL_MEMBER, concluded_on=date(2020, 5, 5))
    assert c.disciplinable and not c.event_date_known
    late = Violation("v", committed_on=date(2012, 1, 10), warranted=Form.KHIEN_TRACH)
    with pytest.raises(RuleError, match="decides the answer"):
        check_limitation(late, SubjectKind.OFFICIAL_MEMBER, concluded_on=date(2020, 5, 5))


def test_votes_cast_count_the_blank_no_discipline_votes() -> None:
    b = Ballot(BodyRole.CHI_BO, 12, ((Form.CANH_CAO, 7),), none_votes=3)
    r = tally(b, MEMBER, date(2023, 9, 25))
    assert (r.outcome, r.cast, r.votes_counted, r.votes_needed) == (Form.CANH_CAO, 10, 7, 7)
    six = tally(
        Ballot(BodyRole.CHI_BO, 12, ((Form.CANH_CAO, 6),), none_votes=6), MEMBER, date(2023, 9, 25)
    )
    assert six.outcome is None and six.cast == 12  # exactly half is not more than half


@pytest.mark.parametrize(
    ("eligible", "form", "votes", "needed", "reached"),
    [
        (13, Form.CANH_CAO, 7, 7, True),  # more than half of 13 is 7
        (13, Form.CANH_CAO, 6, 7, False),
        (10, Form.KHAI_TRU, 7, 7, True),  # two thirds of 10 is 6.67: 7
        (10, Form.KHAI_TRU, 6, 7, False),
        (9, Form.KHAI_TRU, 6, 6, True),  # exactly two thirds
    ],
)
def test_votes_needed_at_the_threshold(
    eligible: int, form: Form, votes: int, needed: int, reached: bool
) -> None:
    r = tally(Ballot(BodyRole.CHI_BO, eligible, ((form, votes),)), MEMBER, date(2023, 9, 25))
    step = next(
        s
        for s in r.explanation.steps
        if s.code == "discipline.vote.form" and dict(s.facts)["votes"] == votes
    )
    assert dict(step.facts)["needed"] == needed and dict(step.facts)["reached"] is reached
    if reached:
        assert r.votes_needed == needed and r.outcome is form


def test_an_appeal_on_the_last_day_of_its_window_is_in_time_the_day_after_is_not() -> None:
    from dangkiemtra.discipline.appeals import admissibility, appeal_window, resolution_deadline

    d = Decision(
        "qd",
        BodyRole.CHI_BO,
        "canh_cao",
        signed_on=date(2023, 1, 10),
        received_on=date(2023, 1, 12),
    )
    last = appeal_window(d).due
    assert last == date(2023, 3, 2)
    on_time = admissibility(Appeal("a", "qd", filed_on=last), d)
    late = admissibility(Appeal("a", "qd", filed_on=date(2023, 3, 3)), d)
    assert on_time.accepted and on_time.reasons == ()
    assert not late.accepted and late.reasons == ("qua_thoi_han",)
    verdict = next(s for s in late.explanation.steps if s.code == "discipline.appeal.verdict")
    assert dict(verdict.facts)["accepted"] is False
    # filed on the day the decision was received: not "before receiving it"
    same_day = admissibility(Appeal("a", "qd", filed_on=date(2023, 1, 12)), d)
    early = admissibility(Appeal("a", "qd", filed_on=date(2023, 1, 11)), d)
    assert same_day.accepted and "chua_nhan_quyet_dinh" in early.reasons
    # the resolution runs from the appeal's receipt when known, else from its filing
    a = Appeal("a", "qd", filed_on=date(2023, 2, 1), received_on=date(2023, 2, 6))
    assert resolution_deadline(a).start == date(2023, 2, 6)
    assert resolution_deadline(attrs.evolve(a, received_on=None)).start == date(2023, 2, 1)
