"""State denunciations and complaints after the December 2026 review: complexity tiers (C-02, C-03,
TCS-06), the 2011 Law's initial handling (TCS-05), acceptance conditions (KN-05, TCS-08) and the
seven-working-day acceptance of NĐ 155/2026 (C-01)."""

from __future__ import annotations

from datetime import date

import pytest

from dangkiemtra.petitions import (
    Complexity,
    Petition,
    complaint_deadlines,
    denunciation_complexity,
    state_acceptance,
    state_deadlines,
)


def denunciation(accepted: date, **kw: object) -> Petition:
    return Petition("d", "to_cao", "nha_nuoc", received_on=accepted, accepted_on=accepted, **kw)  # type: ignore[arg-type]


def cited(d: object) -> set[tuple[str, str, str]]:
    return {(c.source, c.article, c.clause) for c in d.explanation.citations}  # type: ignore[attr-defined]


def test_an_ordinary_denunciation_under_the_2018_law_has_no_extension() -> None:
    d = state_deadlines(denunciation(date(2023, 8, 28), extensions=1))["resolution"]
    assert d.due == date(2023, 9, 27)  # 30 days; the asked extension is not counted
    assert ("luat-to-cao-2018", "30", "1") in cited(d)
    step = next(s for s in d.explanation.steps if s.code == "petition.denunciation.extensions")
    assert dict(step.facts)["allowed"] == 0 and dict(step.facts)["counted"] == 0


def test_a_complex_denunciation_gets_one_extension_an_especially_complex_one_two() -> None:
    one = state_deadlines(denunciation(date(2023, 8, 28), extensions=2, complex=True))["resolution"]
    assert one.due == date(2023, 10, 27)  # 27/9 + 30 days
    assert ("luat-to-cao-2018", "30", "2") in cited(one)
    two = state_deadlines(denunciation(date(2023, 8, 28), extensions=2, especially_complex=True))
    assert two["resolution"].due == date(2023, 11, 27)  # 26/11 is a Sunday
    assert ("luat-to-cao-2018", "30", "3") in cited(two["resolution"])
    three = state_deadlines(denunciation(date(2023, 8, 28), extensions=3, especially_complex=True))
    assert three["resolution"].due == date(2023, 11, 27)  # a third extension is never counted


def test_the_2011_law_complex_tier_is_90_plus_60_days() -> None:
    d = state_deadlines(denunciation(date(2018, 3, 5), extensions=2, complex=True))["resolution"]
    # 90 days end Sunday 3 June → 4 June; one extension of 60 days → Friday 3 August
    assert d.due == date(2018, 8, 3)
    ordinary = state_deadlines(denunciation(date(2018, 3, 5), extensions=1))["resolution"]
    assert ordinary.due == date(2018, 6, 4)  # 60 + 30 days, 3 June a Sunday


def test_the_law_changes_on_1_january_2019() -> None:
    last = state_deadlines(denunciation(date(2018, 12, 31)))["resolution"]
    first = state_deadlines(denunciation(date(2019, 1, 1)))["resolution"]
    assert last.duration.amount == 60 and last.due == date(2019, 3, 1)
    assert first.duration.amount == 30 and first.due == date(2019, 1, 31)
    assert ("luat-to-cao-2011", "21", "") in cited(last)


def test_the_2011_law_initial_handling_is_10_days_15_for_several_places() -> None:
    p = Petition("d", "to_cao", "nha_nuoc", received_on=date(2018, 5, 2))
    assert state_deadlines(p)["initial"].due == date(2018, 5, 14)  # 12 May is a Saturday
    wide = state_deadlines(
        Petition("d", "to_cao", "nha_nuoc", received_on=date(2018, 5, 2), complex=True)
    )
    assert wide["initial"].due == date(2018, 5, 17)
    assert ("luat-to-cao-2011", "20", "") in cited(wide["initial"])


@pytest.mark.parametrize(
    ("criteria", "tier"),
    [
        ((), Complexity.ORDINARY),
        (("nhieu_dia_diem",), Complexity.COMPLEX),
        (("nhieu_dia_diem", "khong_phai_tieu_chi"), Complexity.COMPLEX),
        (("nhieu_dia_diem", "chung_cu_mau_thuan"), Complexity.ESPECIALLY_COMPLEX),
    ],
)
def test_complexity_tiers_of_nd_31_2019(criteria: tuple[str, ...], tier: Complexity) -> None:
    got, why = denunciation_complexity(criteria, date(2019, 5, 28))
    assert got is tier
    assert ("nd-31-2019", "3", "3") in {(c.source, c.article, c.clause) for c in why.citations}


def test_complexity_criteria_start_with_nd_31_2019() -> None:
    from dangkiemtra.errors import RuleError

    with pytest.raises(RuleError):
        denunciation_complexity(("nhieu_dia_diem",), date(2019, 5, 27))


def test_a_complaint_is_accepted_in_7_working_days_from_1_july_2026() -> None:
    before = complaint_deadlines(
        Petition("k", "khieu_nai", "nha_nuoc", received_on=date(2026, 6, 30))
    )
    after = complaint_deadlines(
        Petition("k", "khieu_nai", "nha_nuoc", received_on=date(2026, 7, 1))
    )
    assert before["acceptance"].duration.amount == 10
    assert before["acceptance"].due == date(2026, 7, 14)
    assert after["acceptance"].duration.amount == 7
    assert after["acceptance"].due == date(2026, 7, 10)
    assert ("nd-155-2026", "10", "") in cited(after["acceptance"])
    assert ("tt-07-2013-ttcp", "5", "1") in cited(before["acceptance"])


def test_acceptance_conditions_of_complaints_and_denunciations() -> None:
    k = Petition("k", "khieu_nai", "nha_nuoc", received_on=date(2024, 3, 1))
    assert state_acceptance(k, ()).accepted
    barred = state_acceptance(k, ["toa_an_da_thu_ly", "khong_phai_can_cu"])
    assert not barred.accepted and barred.grounds == ("toa_an_da_thu_ly",)
    assert ("luat-khieu-nai-2011", "11") in {
        (c.source, c.article) for c in barred.explanation.citations
    }
    t = Petition("t", "to_cao", "nha_nuoc", received_on=date(2024, 3, 1))
    assert not state_acceptance(t, ["da_huong_dan_gui_lai"]).accepted
    assert state_acceptance(
        t, ["het_thoi_hieu"]
    ).accepted  # a complaint ground, not a denunciation one


def test_the_complexity_tier_of_a_denunciation_survives_json() -> None:
    from dangkiemtra import dump_petitions, load_petitions

    p = Petition("t1", "to_cao", "nha_nuoc", received_on=date(2023, 3, 1), especially_complex=True)
    doc = dump_petitions((p,))
    assert (
        doc["petitions"][0]["especially_complex"] is True and "complex" not in doc["petitions"][0]
    )
    (back,) = load_petitions(doc)
    assert back.especially_complex and not back.complex
