"""Procedure (PR), appeals (AP), suspension (SU), circumstances (MC), consequences (CQ, ST)."""

from __future__ import annotations

from datetime import date

import pytest

from dangkiemtra.discipline import (
    Appeal,
    AppealOutcome,
    BodyRole,
    Circumstance,
    Decision,
    DisciplineCase,
    Form,
    Subject,
    SubjectKind,
    Suspension,
    SuspensionKind,
    Violation,
    admissibility,
    announcement_deadline,
    appeal_window,
    consideration_status,
    effective_date,
    final_level,
    freeze,
    handover_deadline,
    lapse,
    legal_notice_deadline,
    may_suspend,
    recognised_circumstances,
    resolution_deadline,
    state_bar,
    state_duties,
    state_notice_deadline,
    suspension_required,
    suspension_term,
)
from dangkiemtra.errors import AmbiguityError, RuleError

M = SubjectKind.OFFICIAL_MEMBER


def dec(
    form: str,
    signed: date,
    announced: date | None = None,
    received: date | None = None,
    body: BodyRole = BodyRole.UBKT_CAP_TREN,
    central: bool = False,
) -> Decision:
    return Decision("qd", body, form, signed, announced, received, central)


# ── PR ────────────────────────────────────────────────────────────────────────────────────


def test_effect_on_announcement_then_on_signing_except_the_cell() -> None:
    before = effective_date(dec("canh_cao", date(2026, 4, 10), date(2026, 4, 14)))
    assert (before.effective_on, before.event) == (date(2026, 4, 14), "announcement")
    assert before.explanation.citations[0].article == "39"
    after = effective_date(dec("canh_cao", date(2026, 4, 11), date(2026, 4, 14)))
    assert (after.effective_on, after.event) == (date(2026, 4, 11), "signing")
    assert any(f.detail == "reported-low" for f in after.explanation.flags)
    cell = effective_date(dec("canh_cao", date(2026, 5, 4), date(2026, 5, 6), body=BodyRole.CHI_BO))
    assert cell.effective_on == date(2026, 5, 6)
    assert effective_date(dec("canh_cao", date(2025, 1, 3))).effective_on is None


def test_hand_over_and_announcement_deadlines_of_qd30() -> None:
    d = dec("canh_cao", date(2019, 4, 22), date(2019, 4, 25), body=BodyRole.CHI_BO)
    hand = handover_deadline(d)
    assert hand.due == date(2019, 5, 13)  # 10 working days: 29/4 swapped, 30/4 and 1/5 off
    assert any(f.code == "ambiguous_default" for f in hand.flags)
    assert handover_deadline(d, reading="calendar_days").due == date(
        2019, 5, 6
    )  # 5 May is a Sunday
    with pytest.raises(AmbiguityError):
        announcement_deadline(d, refuse_ambiguous=True)
    later = handover_deadline(
        dec("canh_cao", date(2023, 3, 1), date(2023, 3, 2), body=BodyRole.CHI_BO)
    )
    assert any(f.code == "carried_over" for f in later.flags)


def test_freeze_while_considered() -> None:
    case = DisciplineCase(
        "c",
        Subject("dv", M),
        (Violation("v", date(2022, 1, 1)),),
        opened_on=date(2023, 3, 1),
        decision=dec("canh_cao", date(2023, 5, 2), date(2023, 5, 5)),
    )
    assert freeze(case, date(2023, 4, 1)).frozen
    assert "bo_nhiem" in freeze(case, date(2023, 4, 1)).actions
    assert not freeze(case, date(2023, 5, 5)).frozen
    old = DisciplineCase("c", Subject("dv", M), (), opened_on=date(2016, 1, 1))
    assert not freeze(old, date(2017, 1, 1)).frozen


# ── AP ────────────────────────────────────────────────────────────────────────────────────


def test_appeal_window_by_era() -> None:
    qd30 = appeal_window(dec("canh_cao", date(2019, 1, 10), received=date(2019, 1, 15)))
    assert qd30.duration.unit.value == "working_days" and qd30.due == date(
        2019, 3, 5
    )  # Tết Kỷ Hợi 4–8/2
    assert any(c.source == "qd-30-2016" for c in qd30.explanation.citations)
    d296 = dec("canh_cao", date(2025, 7, 28), received=date(2025, 8, 1))
    default = appeal_window(d296)
    assert default.duration.unit.value == "working_days"
    assert any(f.code == "ambiguous_default" for f in default.flags)
    # '30 ngày' as calendar days ends on Sunday 31 August; 1–2 September are Quốc khánh
    assert appeal_window(d296, reading="calendar_days").due == date(2025, 9, 3)


def test_appeals_not_accepted() -> None:
    d = dec("canh_cao", date(2023, 3, 1), received=date(2023, 3, 3))
    late = admissibility(Appeal("a", "qd", filed_on=date(2023, 5, 2)), d)
    assert not late.accepted and late.reasons == ("qua_thoi_han",)
    early = admissibility(Appeal("a", "qd", filed_on=date(2023, 3, 2)), d)
    assert early.reasons == ("chua_nhan_quyet_dinh",)
    proxy = admissibility(Appeal("a", "qd", filed_on=date(2023, 3, 10), facts=("khieu_nai_ho",)), d)
    assert proxy.reasons == ("khieu_nai_ho",)
    assert admissibility(Appeal("a", "qd", filed_on=date(2023, 3, 10)), d).accepted


@pytest.mark.parametrize(
    ("form", "signed", "central", "body"),
    [
        ("canh_cao", date(2023, 1, 1), False, "ubkt_tw"),
        ("cach_chuc", date(2023, 1, 1), False, "ubkt_tw"),
        ("khai_tru", date(2023, 1, 1), False, "ban_bi_thu"),
        ("khai_tru", date(2023, 1, 1), True, "bch_tw"),
        ("khai_tru", date(2019, 1, 1), False, "bch_tw"),
    ],
)
def test_final_appeal_level(form: str, signed: date, central: bool, body: str) -> None:
    assert final_level(dec(form, signed, central=central)).body == body


def test_appeal_resolution_deadline_qd30() -> None:
    a = Appeal("a", "qd", filed_on=date(2019, 6, 3), received_on=date(2019, 6, 5))
    d = resolution_deadline(a)
    assert d.duration.amount == 90 and d.duration.unit.value == "working_days"
    assert resolution_deadline(a, central=True).duration.amount == 180


# ── SU ────────────────────────────────────────────────────────────────────────────────────


def test_suspension_under_qd21_90_plus_one_30() -> None:
    s = Suspension("s", "dv", SuspensionKind.PARTY_ACTIVITY, date(2026, 5, 4), ("tam_giam",), (30,))
    t = suspension_term(s)
    assert (t.base_end, t.ends_on, t.latest_end, t.lawful) == (
        date(2026, 8, 2),
        date(2026, 9, 1),
        date(2026, 9, 1),
        True,
    )
    twice = suspension_term(
        Suspension("s", "dv", SuspensionKind.PARTY_ACTIVITY, date(2026, 5, 4), (), (10, 10))
    )
    assert not twice.lawful


def test_suspension_under_qd22_is_in_calendar_days_up_to_180() -> None:
    s = Suspension("s", "dv", SuspensionKind.PARTY_ACTIVITY, date(2025, 5, 4), (), (90,))
    t = suspension_term(s)
    assert (t.base_end, t.latest_end, t.ends_on, t.lawful) == (
        date(2025, 8, 2),
        date(2025, 10, 31),
        date(2025, 10, 31),
        True,
    )


def test_suspension_under_qd30_is_in_working_days() -> None:
    t = suspension_term(Suspension("s", "dv", SuspensionKind.PARTY_ACTIVITY, date(2019, 3, 4)))
    assert t.base_end > date(2019, 7, 1)  # 90 working days, not 90 days
    assert any(c.source == "qd-30-2016" for c in t.explanation.citations)


def test_mandatory_suspension_and_who_suspends() -> None:
    assert suspension_required(("truy_to",), SuspensionKind.PARTY_ACTIVITY, date(2023, 9, 25))[0]
    assert not suspension_required(("khoi_to",), SuspensionKind.PARTY_ACTIVITY, date(2023, 9, 25))[
        0
    ]
    assert suspension_required(("khoi_to",), SuspensionKind.COMMITTEE_ACTIVITY, date(2023, 9, 25))[
        0
    ]
    member = Subject("dv", M, holds_post=True)
    assert not may_suspend(BodyRole.CHI_BO, member, date(2023, 9, 25))[0]
    assert may_suspend(BodyRole.BAN_THUONG_VU_CAP_TREN, member, date(2023, 9, 25))[0]
    notice = legal_notice_deadline(date(2023, 8, 31))
    assert notice.due == date(
        2023, 9, 5
    )  # 3 days end 3 September (Sunday); 4 September is a day off


# ── MC ────────────────────────────────────────────────────────────────────────────────────


def test_postponement_exemption_and_death() -> None:
    ill = Circumstance("benh_nang", date(2023, 5, 1), date(2023, 10, 1))
    assert consideration_status((ill,), date(2023, 9, 25)).status == "postponed"
    assert consideration_status((ill,), date(2023, 10, 2)).status == "consider"
    leave = Circumstance("thai_san_con_nho", date(2026, 1, 1), None, written_request=True)
    assert consideration_status((leave,), date(2026, 8, 16)).status == "postponed"
    assert (
        consideration_status((leave,), date(2026, 8, 17)).status == "consider"
    )  # QĐ 212: her written request
    innov = Circumstance("doi_moi_sang_tao")
    assert consideration_status((innov,), date(2023, 1, 1)).status == "exempt_or_mitigate"
    assert consideration_status((), date(2023, 1, 1), deceased=True).status == "no_discipline"
    serious = Violation("v", date(2020, 1, 1), very_serious=True)
    assert (
        consideration_status((), date(2023, 1, 1), deceased=True, violations=[serious]).status
        == "consider"
    )
    assert recognised_circumstances(["tu_giac_bao_cao", "bao_che", "x"], date(2023, 1, 1)) == (
        ("tu_giac_bao_cao", "mitigating"),
        ("bao_che", "aggravating"),
        ("x", "unknown"),
    )


# ── CQ, ST ────────────────────────────────────────────────────────────────────────────────


def test_lapse_after_twelve_months_and_its_exceptions() -> None:
    d = dec("canh_cao", date(2023, 3, 1), date(2023, 3, 10))
    assert lapse(d).lapses_on == date(2024, 3, 10)
    assert lapse(dec("khai_tru", date(2023, 3, 1), date(2023, 3, 10))).lapses_on is None
    upheld = Appeal(
        "a", "qd", date(2023, 3, 20), outcome=AppealOutcome.UPHELD, announced_on=date(2023, 8, 1)
    )
    assert lapse(d, appeal=upheld).lapses_on == date(2024, 8, 1)
    changed = Appeal(
        "a",
        "qd",
        date(2023, 3, 20),
        outcome=AppealOutcome.CHANGED,
        new_form=Form.KHIEN_TRACH,
        announced_on=date(2023, 8, 1),
    )
    assert lapse(d, appeal=changed).lapses_on == date(2024, 3, 10)  # time served counts
    assert lapse(d, new_violation_on=date(2023, 12, 1)).lapses_on is None
    assert (
        lapse(
            d, appeal=Appeal("a", "qd", date(2023, 3, 20), outcome=AppealOutcome.ANNULLED)
        ).lapses_on
        is None
    )


def test_state_side() -> None:
    assert state_bar(False, date(2021, 3, 1)).due == date(2022, 3, 1)
    assert state_bar(True, date(2021, 3, 1)).due == date(2023, 3, 1)
    (old,) = state_duties(dec("canh_cao", date(2019, 3, 1), date(2019, 3, 4)))
    assert old.duration.amount == 30 and old.duration.unit.value == "working_days"
    (new,) = state_duties(dec("canh_cao", date(2025, 7, 1), date(2025, 7, 2)))
    assert new.duration.amount == 5 and any(f.code == "ambiguous_default" for f in new.flags)
    assert state_notice_deadline(date(2025, 6, 2)).duration.amount == 5
    with pytest.raises(RuleError):
        state_notice_deadline(date(2025, 5, 29))
