"""The views of membership answers: admission votes, the age check."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dangkiemtra._display import View
from dangkiemtra._views.labels import T, yes_no

if TYPE_CHECKING:
    from dangkiemtra.membership import AgeCheck, MembershipVote


def membership_vote(v: MembershipVote) -> View:
    """Passed or not, the votes in favour against the votes needed."""
    return View(
        title=T("Biểu quyết kết nạp, công nhận đảng viên", "Membership vote"),
        headline=yes_no(v.passed, ("Đạt", "Không đạt"), ("Passed", "Not passed")),
        summary=(("passed", v.passed), ("in_favour", v.in_favour), ("needed", v.needed)),
        facts=(
            (T("Tán thành", "In favour"), v.in_favour),
            (T("Số đảng viên chính thức", "Eligible"), v.eligible),
            (T("Số phiếu cần", "Votes needed"), v.needed),
            (T("Tỷ lệ", "Threshold"), str(v.fraction)),
        ),
        flags=v.explanation.flags,
        explanation=v.explanation,
        status=v.passed,
    )


def age_check(a: AgeCheck) -> View:
    """Within the admission age or not, in whole months."""
    return View(
        title=T("Tuổi đời khi kết nạp", "Admission age"),
        headline=yes_no(a.within, ("Đủ tuổi", "Không đủ điều kiện tuổi"), ("Within", "Outside")),
        summary=(("within", a.within), ("months", a.months)),
        facts=(
            (T("Tuổi (tháng)", "Age (months)"), a.months),
            (T("Tối thiểu (tháng)", "Lowest (months)"), a.low_months),
            (T("Tối đa (tháng)", "Highest (months)"), a.high_months),
        ),
        flags=a.explanation.flags,
        explanation=a.explanation,
        status=a.within,
    )
