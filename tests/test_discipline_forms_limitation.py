"""Forms (DF) and limitation (TH): legal cases across the eras, and properties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dangkiemtra.discipline import (
    Circumstance,
    Form,
    Subject,
    SubjectKind,
    Violation,
    check_limitation,
    check_substitution,
    forms_open_to,
    heaviest,
)

M, ORG, P = SubjectKind.OFFICIAL_MEMBER, SubjectKind.ORGANIZATION, SubjectKind.PROBATIONARY_MEMBER
KT, CC, CH, KTR, GT = Form.KHIEN_TRACH, Form.CANH_CAO, Form.CACH_CHUC, Form.KHAI_TRU, Form.GIAI_TAN


def sources(expl: object) -> set[str]:
    return {c.source for c in expl.citations}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("subject", "forms"),
    [
        (Subject("o", ORG), (KT, CC, GT)),
        (Subject("m", M, holds_post=True), (KT, CC, CH, KTR)),
        (Subject("m", M), (KT, CC, KTR)),  # no post: no removal from post
        (Subject("p", P), (KT, CC)),
    ],
)
def test_forms_by_subject(subject: Subject, forms: tuple[Form, ...]) -> None:
    answer = forms_open_to(subject, date(2023, 9, 25))
    assert answer.forms == forms
    assert answer.explanation.citations[0].source == "charter-2011"
    assert answer.explanation.citations[0].article == "35"


def test_forms_under_qd21_still_come_from_the_charter() -> None:
    # review C-09: the Charter was not amended in 2026; Art 35.2 stays the confirmed source
    answer = forms_open_to(Subject("p", P), date(2026, 5, 1))
    c = answer.explanation.citations[0]
    assert (c.source, c.article, c.clause, c.rule_id) == ("charter-2011", "35", "2", "DF-01")
    assert not any(f.code == "unconfirmed" for f in answer.explanation.flags)


def test_expulsion_cannot_be_replaced_by_striking_off() -> None:
    assert not check_substitution(KTR, "xoa_ten", date(2019, 1, 1)).allowed
    assert not check_substitution(KTR, "xin_ra", date(2023, 1, 1)).allowed
    assert not check_substitution(CH, "thoi_giu_chuc", date(2023, 1, 1)).allowed
    assert heaviest([KT, CH, CC], date(2023, 1, 1)) is CH


# ── limitation ────────────────────────────────────────────────────────────────────────────


def test_five_years_for_a_reprimand_run_to_the_conclusion() -> None:
    v = Violation("v", committed_on=date(2017, 3, 1), warranted=KT)
    late = check_limitation(v, M, concluded_on=date(2022, 3, 2))
    assert (late.disciplinable, late.expires_on, late.event) == (
        False,
        date(2022, 3, 1),
        "conclusion",
    )
    assert {"qd-102-2017", "hd-02-2021-tw"} <= sources(late.explanation)
    in_time = check_limitation(v, M, concluded_on=date(2022, 3, 1))
    assert in_time.disciplinable


def test_the_end_point_changed_from_the_inspection_decision_to_the_conclusion() -> None:
    # HD 04 (2018–2021): the limit must not have run out when the body decides to inspect
    v = Violation("v", committed_on=date(2014, 6, 10), warranted=KT)
    old = check_limitation(
        v, M, inspection_decided_on=date(2019, 6, 10), concluded_on=date(2019, 9, 1)
    )
    assert old.event == "inspection_decision" and old.disciplinable
    assert "hd-04-2018-ubkttw" in sources(old.explanation)
    # HD 02 (from 2021-12-09): the conclusion itself must come in time
    v2 = Violation("v2", committed_on=date(2017, 1, 10), warranted=KT)
    new = check_limitation(
        v2, M, inspection_decided_on=date(2022, 1, 10), concluded_on=date(2022, 2, 1)
    )
    assert new.event == "conclusion" and not new.disciplinable


def test_no_limitation_before_qd102_for_members_and_qd07_for_organisations() -> None:
    v = Violation("v", committed_on=date(2001, 1, 1), warranted=CC)
    assert check_limitation(v, M, concluded_on=date(2017, 11, 14)).expires_on is None
    assert check_limitation(v, M, concluded_on=date(2017, 11, 14)).disciplinable
    assert not check_limitation(
        v, M, concluded_on=date(2017, 11, 15), inspection_decided_on=date(2017, 11, 15)
    ).disciplinable
    org = check_limitation(v, ORG, concluded_on=date(2018, 5, 2))
    assert org.disciplinable and org.expires_on is None
    assert not check_limitation(v, ORG, concluded_on=date(2018, 8, 28)).disciplinable


@pytest.mark.parametrize(
    ("subject", "form", "categories"),
    [
        (M, KTR, ()),
        (ORG, GT, ()),
        (M, CC, ("chinh_tri_noi_bo",)),
        (M, KT, ("van_bang_khong_hop_phap",)),
        (ORG, KT, ("quoc_phong_an_ninh_doi_ngoai",)),
    ],
)
def test_no_limit_forms_and_categories(
    subject: SubjectKind, form: Form, categories: tuple[str, ...]
) -> None:
    v = Violation("v", committed_on=date(1995, 1, 1), warranted=form, categories=categories)
    c = check_limitation(v, subject, concluded_on=date(2023, 9, 25))
    assert c.disciplinable and c.expires_on is None


def test_diplomas_are_not_a_no_limit_category_for_organisations() -> None:
    v = Violation(
        "v", committed_on=date(2000, 1, 1), warranted=KT, categories=("van_bang_khong_hop_phap",)
    )
    assert not check_limitation(v, ORG, concluded_on=date(2023, 9, 25)).disciplinable


def test_a_leap_day_violation_runs_to_28_february() -> None:
    v = Violation("v", committed_on=date(2016, 2, 29), warranted=KT)
    c = check_limitation(
        v, M, concluded_on=date(2021, 3, 1), inspection_decided_on=date(2021, 2, 28)
    )
    assert c.expires_on == date(2021, 2, 28)
    assert c.disciplinable  # HD 04 era: the inspection decision came on the last day


def test_a_continuing_violation_runs_from_its_end() -> None:
    v = Violation("v", committed_on=date(2012, 1, 1), ended_on=date(2019, 6, 30), warranted=KT)
    assert check_limitation(v, M, concluded_on=date(2024, 6, 30)).disciplinable
    assert not check_limitation(v, M, concluded_on=date(2024, 7, 1)).disciplinable


def test_a_new_violation_restarts_the_limitation() -> None:
    v = Violation("v", committed_on=date(2015, 1, 10), warranted=KT)
    plain = check_limitation(v, M, concluded_on=date(2023, 1, 5))
    reset = check_limitation(v, M, concluded_on=date(2023, 1, 5), new_violations=[date(2019, 6, 1)])
    assert not plain.disciplinable
    assert reset.disciplinable and reset.expires_on == date(2024, 6, 1)
    # a new violation after the limit ran out does not revive it
    gone = check_limitation(v, M, concluded_on=date(2023, 1, 5), new_violations=[date(2020, 3, 1)])
    assert not gone.disciplinable


def test_periods_not_counted_from_hd05_only() -> None:
    v = Violation("v", committed_on=date(2017, 11, 20), warranted=KT)  # runs out 2022-11-20
    leave = Circumstance("thai_san_con_nho", date(2020, 1, 1), date(2020, 12, 31))  # 366 days
    before = check_limitation(v, M, concluded_on=date(2022, 11, 21), not_counted=[leave])
    assert not before.disciplinable  # HD 05 (2022-11-22) was not yet in force: nothing excluded
    assert "discipline.limitation.no_exclusion_rule" in before.explanation.codes
    after = check_limitation(v, M, concluded_on=date(2023, 6, 1), not_counted=[leave])
    assert after.expires_on == date(2023, 11, 21)
    assert after.disciplinable and "hd-05-2022-ubkttw" in sources(after.explanation)


def test_qd212_values_and_flags() -> None:
    v = Violation("v", committed_on=date(2021, 9, 1), warranted=CC)
    c = check_limitation(v, M, concluded_on=date(2026, 9, 1))
    assert c.disciplinable and c.expires_on == date(2031, 9, 1)
    assert "qd-212-2026" in sources(c.explanation)
    assert any(f.code == "carried_over" for f in c.explanation.flags)


violations = st.builds(
    Violation,
    st.just("v"),
    st.dates(date(2005, 1, 1), date(2024, 12, 31)),
    warranted=st.sampled_from([KT, CC]),
)
eras = st.dates(date(2021, 12, 9), date(2030, 12, 31))


@given(violations, eras, eras)
def test_limitation_is_monotonic_in_the_conclusion_date(v: Violation, a: date, b: date) -> None:
    lo, hi = sorted((a, b))
    assume(lo >= v.committed_on)
    if check_limitation(v, M, concluded_on=hi).disciplinable:
        assert check_limitation(v, M, concluded_on=lo).disciplinable


@given(
    violations,
    st.dates(date(2022, 11, 22), date(2030, 12, 31)),
    st.dates(date(2005, 1, 1), date(2030, 1, 1)),
    st.integers(0, 800),
    st.sampled_from(["thai_san_con_nho", "benh_nang", "mat_tich", "to_tung_hinh_su", "khac"]),
)
def test_excluded_periods_only_push_the_expiry_later(
    v: Violation, concluded: date, start: date, length: int, code: str
) -> None:
    assume(concluded >= v.committed_on)
    plain = check_limitation(v, M, concluded_on=concluded)
    period = Circumstance(code, start, start + timedelta(days=length))
    more = check_limitation(v, M, concluded_on=concluded, not_counted=[period])
    assert plain.expires_on is not None and more.expires_on is not None
    assert more.expires_on >= plain.expires_on
    assert more.disciplinable or not plain.disciplinable


def test_review_does_not_restart_the_limitation() -> None:
    from dangkiemtra.discipline import limitation_after_review

    v = Violation("v", committed_on=date(2018, 2, 1), warranted=KT)
    first = check_limitation(v, M, concluded_on=date(2023, 1, 10))
    reviewed = limitation_after_review(first, date(2023, 6, 1))
    assert (reviewed.disciplinable, reviewed.expires_on) == (first.disciplinable, first.expires_on)
    assert any(c.rule_id == "TH-08" for c in reviewed.explanation.citations)


def test_common_form_and_probationary_members() -> None:
    from dangkiemtra.discipline import common_form, probationary_unfit

    form, why = common_form([KT, CH, CC], date(2023, 1, 1))
    assert form is CH and any(c.rule_id == "DF-04" for c in why.citations)
    outcome, why = probationary_unfit(date(2026, 5, 1))
    assert outcome == "xoa_ten" and any(c.rule_id == "DF-02-2026" for c in why.citations)
