"""The December 2026 review (shared/rules/review-2026-12.md): its corrections, the confidence it
raises, and its new rules, each at its boundaries and with the citation it must carry."""

from __future__ import annotations

from datetime import date

import pytest

from dangkiemtra.calendar import WorkingCalendar, holiday_name, year_name
from dangkiemtra.discipline.cases import Suspension
from dangkiemtra.discipline.consequences import criminal_sentence
from dangkiemtra.discipline.suspension import suspension_term
from dangkiemtra.errors import RuleError
from dangkiemtra.membership import (
    admission_age,
    admission_decision_due,
    admission_vote,
    readmission_earliest,
    recognition_decision_due,
    recognition_vote,
    strike_off_for_dues,
    temporary_transfer_kind,
    transfer_deadlines,
)
from dangkiemtra.reception import (
    ad_hoc_required,
    answer_deadline,
    may_delegate,
    public_unit_duty,
    reception_board_every_working_day,
    representatives,
)
from dangkiemtra.rulebook import Rulebook


def where(key: str, day: date) -> tuple[str, str, str, str, str]:
    v = Rulebook.default().at(day).get(key)
    c = v.citation
    return (c.source, c.article, c.clause, c.point, v.confidence.value)


# ── §2 corrections: article, clause and point exactly ─────────────────────────────────────
@pytest.mark.parametrize(
    ("key", "day", "expected"),
    [
        (
            "periods.first_day_counted",
            date(2017, 1, 1),
            ("blds-2015", "147", "2", "", "confirmed"),
        ),  # C-10
        (
            "periods.month_end_rounding",
            date(2017, 1, 1),
            ("blds-2015", "148", "3", "", "confirmed"),
        ),  # C-11
        (
            "periods.first_day_counted",
            date(2016, 12, 31),
            ("blds-2005", "152", "", "", "confirmed-secondary"),
        ),  # C-12
        (
            "periods.month_end_rounding",
            date(2016, 12, 31),
            ("blds-2005", "153", "3", "", "confirmed"),
        ),  # C-13
        (
            "periods.roll_to_working_day",
            date(2016, 12, 31),
            ("blds-2005", "153", "5", "", "confirmed"),
        ),  # C-13
        (
            "petition.state.denunciation.acceptance_notice",
            date(2019, 1, 1),
            ("luat-to-cao-2018", "29", "3", "", "confirmed"),
        ),  # C-14
        (
            "petition.state.denunciation.extension",
            date(2019, 1, 1),
            ("luat-to-cao-2018", "30", "2", "", "confirmed"),
        ),  # C-15
        (
            "petition.state.anonymous_used",
            date(2019, 1, 1),
            ("luat-to-cao-2018", "25", "2", "", "confirmed"),
        ),  # C-16
        (
            "discipline.suspension.organization_max",
            date(2021, 7, 28),
            ("qd-22-2021", "31", "1", "", "confirmed"),
        ),  # C-17
        (
            "discipline.suspension.max_extensions",
            date(2021, 7, 27),
            ("qd-30-2016", "40", "", "", "confirmed"),
        ),  # C-18
        (
            "discipline.suspension.max_extensions",
            date(2021, 7, 28),
            ("qd-22-2021", "31", "1", "", "confirmed"),
        ),  # C-18
        (
            "discipline.hearing_required",
            date(2011, 1, 19),
            ("charter-2011", "39", "3", "", "confirmed"),
        ),  # C-19
        (
            "discipline.authority.dang_uy_bo_phan",
            date(2016, 7, 26),
            ("qd-30-2016", "36", "", "", "confirmed-secondary"),
        ),  # C-20
        (
            "discipline.authority.dang_uy_bo_phan",
            date(2021, 7, 28),
            ("qd-22-2021", "11", "1.2", "", "confirmed-secondary"),
        ),  # C-20
        (
            "org.admission.ceremony_working_days",
            date(2025, 1, 19),
            ("qd-24-2021", "", "4.1", "", "confirmed"),
        ),  # C-21, C-06
        (
            "org.admission.ceremony_working_days",
            date(2025, 1, 20),
            ("qd-232-2025", "", "4.1", "", "confirmed-secondary"),
        ),  # C-06
        (
            "org.probation.confirmation_working_days",
            date(2025, 1, 19),
            ("qd-24-2021", "", "4.2.1", "", "confirmed"),
        ),  # C-22
        (
            "org.probation.confirmation_working_days",
            date(2016, 7, 25),
            ("qd-29-2016", "", "4.2", "a", "confirmed"),
        ),  # §3.1
        (
            "reception.state_head",
            date(2014, 7, 1),
            ("luat-tiep-cong-dan-2013", "12", "5", "", "confirmed"),
        ),  # C-23
        (
            "reception.online_notice",
            date(2026, 7, 1),
            ("nd-154-2026", "23", "1", "", "confirmed"),
        ),  # C-24
        (
            "reception.refusal_record",
            date(2026, 7, 1),
            ("nd-154-2026", "4", "3", "", "confirmed"),
        ),  # C-25
        (
            "petition.state.complaint.acceptance",
            date(2026, 6, 30),
            ("tt-07-2013-ttcp", "5", "1", "", "confirmed"),
        ),  # C-26
        (
            "petition.state.complaint.acceptance",
            date(2026, 7, 1),
            ("nd-155-2026", "10", "", "", "confirmed"),
        ),  # C-01
        (
            "discipline.vote.majority",
            date(2021, 7, 28),
            ("qd-22-2021", "15", "3.1", "", "confirmed-secondary"),
        ),  # C-27
        (
            "discipline.forms.official_member",
            date(2026, 8, 1),
            ("charter-2011", "35", "2", "", "confirmed"),
        ),  # C-09
        (
            "petition.party.congress_window.grassroots",
            date(2024, 11, 17),
            ("hd-07-2019-ubkttw", "", "II.1", "1.1", "confirmed"),
        ),  # C-08
        (
            "petition.party.congress_window.grassroots",
            date(2024, 11, 18),
            ("hd-08-2024-ubkttw", "", "", "", "unverified"),
        ),  # C-08
        (
            "discipline.appeal.final_level",
            date(2025, 2, 2),
            ("qd-22-2021", "22", "", "", "confirmed"),
        ),  # §3.1
        (
            "discipline.limitation.member.khien_trach",
            date(2022, 7, 6),
            ("qd-69-2022", "4", "", "", "confirmed"),
        ),  # §3.1
        (
            "tcp.resolution.central_cadres.days",
            date(2024, 6, 6),
            ("qd-164-2024", "", "", "", "confirmed"),
        ),  # §3.1
        (
            "org.cell.chi_uy_min_official_members",
            date(2011, 1, 19),
            ("charter-2011", "24", "4", "", "confirmed"),
        ),  # §3.1
    ],
)
def test_corrected_citations_and_raised_confidence(
    key: str, day: date, expected: tuple[str, str, str, str, str]
) -> None:
    assert where(key, day) == expected


def test_corrected_values() -> None:
    rb = Rulebook.default()
    # C-01: 10 working days to 30 June 2026, 7 from 1 July
    assert rb.at(date(2026, 6, 30)).get("petition.state.complaint.acceptance").value == 10
    assert rb.at(date(2026, 7, 1)).get("petition.state.complaint.acceptance").value == 7
    # C-05: the QĐ 30 lapse rule speaks of members only
    assert rb.at(date(2021, 7, 27)).get("discipline.lapse.excluded_forms").value == ("khai_tru",)
    assert rb.at(date(2021, 7, 28)).get("discipline.lapse.excluded_forms").carried_over
    # C-02: ordinary, complex, especially complex under the 2018 Law
    counts = [
        rb.at(date(2019, 1, 1)).get(f"petition.state.denunciation.max_extensions{s}").value
        for s in ("", ".complex", ".especially_complex")
    ]
    assert counts == [0, 1, 2]
    # C-03: the 2011 Law's complex tier
    assert (
        rb.at(date(2018, 12, 31)).get("petition.state.denunciation.resolution.complex").value == 90
    )
    assert (
        rb.at(date(2018, 12, 31)).get("petition.state.denunciation.extension.complex").value == 60
    )
    # HD 06's rule lapsed on 2022-11-21; later eras carry it over
    assert (
        not rb.at(date(2022, 11, 21)).get("discipline.limitation.recompute_on_review").carried_over
    )
    assert rb.at(date(2022, 11, 22)).get("discipline.limitation.recompute_on_review").carried_over


# ── §4.1 membership lifecycle ─────────────────────────────────────────────────────────────
def test_admission_vote_at_exactly_two_thirds() -> None:
    on = date(2024, 3, 1)
    assert admission_vote(12, 8, on).passed and not admission_vote(12, 7, on).passed
    v = admission_vote(10, 7, on)  # 2/3 of 10 = 6.67: 7 needed
    assert (v.needed, v.passed) == (7, True) and not admission_vote(10, 6, on).passed
    assert admission_vote(9, 6, on, committee=True).passed
    assert not admission_vote(0, 0, on).passed
    c = v.explanation.citations[0]
    assert (c.source, c.article, c.clause, c.rule_id) == ("charter-2011", "4", "3", "MEM-04")
    r = recognition_vote(9, 5, on)
    assert not r.passed and r.needed == 6 and r.explanation.citations[0].rule_id == "MEM-10"


def test_admission_age_is_counted_in_months_from_18_to_60() -> None:
    birth = date(2006, 3, 2)
    assert not admission_age(birth, date(2024, 3, 1)).within
    assert admission_age(birth, date(2024, 3, 2)).within
    old = date(1964, 3, 2)
    assert admission_age(old, date(2024, 3, 2)).within  # full 60 on the birthday
    assert not admission_age(old, date(2024, 3, 3)).within
    assert admission_age(birth, date(2024, 3, 2)).months == 216
    with pytest.raises(RuleError):
        admission_age(birth, date(2016, 7, 24))  # before QĐ 29: not in the rulebook


def test_committee_decisions_on_admission_and_recognition() -> None:
    assert admission_decision_due(date(2024, 1, 2)).due == date(2024, 4, 2)  # 60 wd across Tết
    d = recognition_decision_due(date(2024, 1, 2))
    assert d.duration.amount == 30
    assert {c.rule_id for c in d.explanation.citations} >= {"MEM-06"}


def test_transfer_time_limits() -> None:
    t = transfer_deadlines(date(2024, 1, 2), letter_issued_on=date(2024, 5, 6))
    assert t["start"].duration.amount == 60 and t["present"].duration.amount == 30
    c = t["start"].explanation.citations[0]
    assert (c.source, c.clause, c.point, c.rule_id) == ("qd-24-2021", "6.3.1", "a", "MEM-12")
    assert temporary_transfer_kind(2, date(2020, 1, 1))[0] == "none"
    assert temporary_transfer_kind(3, date(2020, 1, 1))[0] == "temporary"
    assert temporary_transfer_kind(11, date(2020, 1, 1))[0] == "temporary"
    assert temporary_transfer_kind(12, date(2020, 1, 1))[0] == "official"
    assert temporary_transfer_kind(24, date(2020, 1, 1), study=True)[0] == "temporary"
    assert temporary_transfer_kind(25, date(2020, 1, 1), study=True)[0] == "official"


def test_dues_and_readmission() -> None:
    assert strike_off_for_dues(3, date(2024, 12, 31))[0]
    assert not strike_off_for_dues(2, date(2024, 12, 31))[0]
    assert not strike_off_for_dues(3, date(2024, 12, 31), good_reason=True)[0]
    first, _ = readmission_earliest(
        date(2022, 8, 31), date(2025, 9, 1), expunged_on=date(2021, 1, 15)
    )
    assert first == date(2026, 1, 15)  # 60 months after expunging, later than 36 after leaving
    with pytest.raises(RuleError):
        readmission_earliest(date(2020, 1, 1), date(2025, 6, 30))  # before QĐ 294


def test_criminal_sentence_requires_expulsion_flagged() -> None:
    a = criminal_sentence(date(2023, 5, 4))
    assert a.expulsion_required
    assert any(f.code == "unconfirmed" and f.detail == "unverified" for f in a.explanation.flags)
    assert a.explanation.citations[0].rule_id == "MEM-18"
    assert criminal_sentence(date(2026, 4, 11)).explanation.citations[0].rule_id == "PR-03-2026"


# ── SU-03: suspension while criminal proceedings run ──────────────────────────────────────
def test_a_detained_member_stays_suspended_as_long_as_the_proceedings() -> None:
    s = Suspension(
        "s",
        "dv",
        "sinh_hoat_dang",
        start=date(2022, 1, 10),
        grounds=("tam_giam",),
        extensions=(90, 60),
    )
    t = suspension_term(s, proceedings_end=date(2022, 12, 31))
    assert t.follows_proceedings and t.lawful and t.latest_end == date(2022, 12, 31)
    assert ("qd-22-2021", "31", "2") in {
        (c.source, c.article, c.clause) for c in t.explanation.citations
    }
    late = suspension_term(s, proceedings_end=date(2022, 6, 30))
    assert not late.lawful  # 90 + 150 days run past the proceedings' term
    plain = suspension_term(attrs_evolve(s, grounds=("can_tro",)))
    assert not plain.follows_proceedings and not plain.lawful  # 240 days > 180


def attrs_evolve(s: Suspension, **kw: object) -> Suspension:
    import attrs

    return attrs.evolve(s, **kw)  # type: ignore[arg-type]


# ── §4.6 citizen reception ────────────────────────────────────────────────────────────────
def test_reception_rules_of_the_law_and_of_2026() -> None:
    on = date(2024, 5, 6)
    assert ad_hoc_required(["dong_nguoi", "khac"], on)[:2] == (True, ("dong_nguoi",))
    assert not ad_hoc_required([], on)[0]
    assert [representatives(n, on)[0] for n in (4, 5, 10, 11)] == [None, (1, 2), (1, 2), (3, 5)]
    assert answer_deadline(date(2024, 5, 6)).duration.amount == 10
    assert answer_deadline(date(2024, 5, 6), relayed=True).duration.amount == 5
    assert public_unit_duty(date(2026, 7, 1)).count == 1
    with pytest.raises(RuleError):
        public_unit_duty(date(2026, 6, 30))
    assert reception_board_every_working_day(date(2026, 7, 1))[0]
    assert not may_delegate(date(2026, 7, 1))[0]


# ── CAL-06, CAL-08: lunar names ───────────────────────────────────────────────────────────
def test_lunar_names_even_on_a_weekend() -> None:
    assert holiday_name(date(2026, 2, 17)).vi == "Mùng 1 Tết Bính Ngọ"  # type: ignore[union-attr]
    assert holiday_name(date(2026, 2, 16)).vi.startswith("Ngày cuối tháng Chạp")  # type: ignore[union-attr]
    assert holiday_name(date(2026, 4, 26)).vi.startswith("Giỗ Tổ")  # type: ignore[union-attr]  # a Sunday
    assert holiday_name(date(2025, 2, 2)).vi == "Mùng 5 Tết Ất Tỵ"  # type: ignore[union-attr]  # a Sunday
    assert holiday_name(date(2026, 4, 27)) is None  # the observed Monday has no lunar name
    info = WorkingCalendar.default().info(date(2026, 4, 26))
    assert info.holiday is not None and info.holiday.vi.startswith("Giỗ Tổ")
    assert [year_name(date(y, 6, 1)).vi for y in (2024, 2025, 2026, 2027)] == [
        "Giáp Thìn",
        "Ất Tỵ",
        "Bính Ngọ",
        "Đinh Mùi",
    ]
    assert year_name(date(2025, 1, 28)).vi == "Giáp Thìn"


def test_holiday_day_counts_by_labour_code() -> None:
    rb = Rulebook.default()
    assert rb.at(date(2020, 12, 31)).get("calendar.holidays.national_day_days").value == 1
    assert rb.at(date(2021, 1, 1)).get("calendar.holidays.national_day_days").value == 2
    assert rb.at(date(2021, 1, 1)).get("calendar.holidays.tet_days").value == 5


def test_membership_boundaries_and_typed_numbers() -> None:
    a = admission_age(date(2006, 3, 2), date(2024, 8, 15))
    assert (a.months, a.low_months, a.high_months, a.within) == (221, 216, 720, True)
    assert readmission_earliest(date(2022, 8, 31), date(2025, 9, 1))[0] == date(2025, 8, 31)
    assert readmission_earliest(date(2022, 8, 31), date(2025, 9, 1), expunged_on=date(2019, 1, 1))[
        0
    ] == date(2025, 8, 31)  # 60 months after expunging is earlier than 36 after leaving
    assert temporary_transfer_kind(3, date(2020, 1, 1), study=True)[0] == "temporary"
    assert temporary_transfer_kind(2, date(2020, 1, 1), study=True)[0] == "none"
    assert strike_off_for_dues(4, date(2024, 12, 31))[0]


def test_posting_and_connection_test_days_count_back_in_working_days() -> None:
    from dangkiemtra.reception import connection_test_due, schedule_posting_due

    assert schedule_posting_due(date(2024, 5, 10))[0] == date(
        2024, 5, 4
    )  # Saturday 4 May 2024 was worked
    due, why = connection_test_due(date(2026, 9, 7))
    assert due == date(2026, 9, 4)  # 1 working day before; 1–2 September are days off
    assert why.citations[0].rule_id == "TCD-15"
    with pytest.raises(RuleError):
        connection_test_due(date(2026, 6, 30))
