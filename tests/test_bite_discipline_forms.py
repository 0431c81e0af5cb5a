"""Forms (DF): the ordinal of each form, the substitutions DF-03 bars and only those, the post
condition of cách chức and nothing else."""

from __future__ import annotations

from datetime import date

import pytest

from dangkiemtra.discipline import (
    Form,
    Subject,
    SubjectKind,
    check_substitution,
    forms_open_to,
    heaviest,
    severity,
)
from dangkiemtra.errors import RuleError

KT, CC, CH, KTR, GT = Form.KHIEN_TRACH, Form.CANH_CAO, Form.CACH_CHUC, Form.KHAI_TRU, Form.GIAI_TAN
D = date(2023, 9, 25)


def test_severity_is_the_ordinal_of_df02() -> None:
    # QĐ 22 Art 15.3.1 order: 1 khiển trách, 2 cảnh cáo, 3 cách chức, 4 khai trừ (giải tán 5)
    assert [severity(f, D) for f in (KT, CC, CH, KTR, GT)] == [1, 2, 3, 4, 5]
    assert [severity(f, date(2019, 1, 1)) for f in (KT, KTR)] == [1, 4]  # QĐ 30 Art 38.1.2


def test_the_heaviest_of_nothing_is_nothing() -> None:
    assert heaviest([], D) is None
    assert heaviest([CC], D) is CC


@pytest.mark.parametrize(
    ("warranted", "alternative", "allowed"),
    [
        (KTR, "xoa_ten", False),
        (KTR, "xin_ra", False),
        (CH, "thoi_giu_chuc", False),
        # DF-03 says nothing of a warning or a reprimand: no substitute is barred for them
        (CC, "xoa_ten", True),
        (CC, "thoi_giu_chuc", True),
        (KT, "xin_ra", True),
    ],
)
def test_df03_bars_exactly_the_substitutions_it_names(
    warranted: Form, alternative: str, allowed: bool
) -> None:
    c = check_substitution(warranted, alternative, D)
    assert c.allowed is allowed
    (verdict,) = [s for s in c.explanation.steps if s.code == "discipline.forms.substitute"]
    assert verdict.fact("allowed") is allowed
    assert c.explanation.citations[0].rule_id == "DF-03"


def test_df03_is_read_from_qd30_and_not_before_it() -> None:
    c = check_substitution(KTR, "xoa_ten", date(2016, 7, 26))
    assert not c.allowed and c.explanation.citations[0].source == "qd-30-2016"
    with pytest.raises(RuleError):
        check_substitution(KTR, "xoa_ten", date(2016, 7, 25))


@pytest.mark.parametrize(
    "subject",
    [Subject("o", SubjectKind.ORGANIZATION), Subject("p", SubjectKind.PROBATIONARY_MEMBER)],
)
def test_the_post_condition_is_only_about_cach_chuc(subject: Subject) -> None:
    # an organisation and a probationary member have no cách chức to remove: no such step
    answer = forms_open_to(subject, D)
    assert "discipline.forms.no_post" not in answer.explanation.codes
    assert CH not in answer.forms


def test_a_member_without_a_post_is_told_why_cach_chuc_is_missing() -> None:
    answer = forms_open_to(Subject("m", SubjectKind.OFFICIAL_MEMBER), D)
    assert answer.forms == (KT, CC, KTR)
    assert "discipline.forms.no_post" in answer.explanation.codes
