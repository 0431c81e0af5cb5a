"""Periods and deadlines: Civil Code cases, rule-keyed deadlines, ambiguity, properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import AmbiguityError, RuleError
from dangkiemtra.periods import Duration, Unit, deadline, deadline_for_rule, fraction_of
from dangkiemtra.rulebook import Counting, Rulebook


def sources(d: object) -> set[str]:
    return {c.source for c in d.explanation.citations}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("start", "duration", "due", "month_end"),
    [
        # Art 148(4): no 31 February, so the last day of February
        (date(2023, 1, 31), Duration(1, Unit.MONTHS), date(2023, 2, 28), True),
        (date(2024, 1, 31), Duration(1, Unit.MONTHS), date(2024, 2, 29), True),
        # a leap day plus one year ends on 28 February
        (date(2024, 2, 29), Duration(1, Unit.YEARS), date(2025, 2, 28), True),
        # 12 months of probation from a ceremony on 15 March 2022
        (date(2022, 3, 15), Duration(12, Unit.MONTHS), date(2023, 3, 15), False),
        # 30 calendar days ending on Saturday 14 February 2026 roll past Tết to Monday 23rd
        (date(2026, 1, 15), Duration(30, Unit.DAYS), date(2026, 2, 23), False),
        # 10 working days across Tết 2023 (20, 23–26 January off)
        (date(2023, 1, 16), Duration(10, Unit.WORKING_DAYS), date(2023, 2, 6), False),
        # across the 2026 swap: Friday 2 January off, Saturday 10 January worked
        (date(2025, 12, 31), Duration(5, Unit.WORKING_DAYS), date(2026, 1, 9), False),
        (date(2025, 12, 31), Duration(6, Unit.WORKING_DAYS), date(2026, 1, 10), False),
        # across the 2 September 2023 break (1 and 4 September off)
        (date(2023, 8, 30), Duration(2, Unit.WORKING_DAYS), date(2023, 9, 5), False),
    ],
)
def test_civil_code_cases(start: date, duration: Duration, due: date, month_end: bool) -> None:
    d = deadline(start, duration)
    assert d.due == due
    assert ("period.month_end" in d.explanation.codes) is month_end
    assert "blds-2015" in sources(d)
    assert d.explanation.citations[0].rule_id == "CAL-05"


def test_roll_is_explained_with_the_holiday(calendar: WorkingCalendar) -> None:
    d = deadline(date(2026, 1, 15), Duration(30, Unit.DAYS))
    roll = next(s for s in d.explanation.steps if s.code == "period.roll")
    assert roll.fact("end") == date(2026, 2, 14)
    assert roll.citations[0].article == "148" and roll.citations[0].clause == "5"
    text = d.explanation.render("vi")
    assert "ngày 23 tháng 2 năm 2026" in text


def test_before_2017_the_2005_code_counts() -> None:
    d = deadline(date(2016, 3, 31), Duration(1, Unit.MONTHS))
    # 30 April 2016 is a Saturday; 2 and 3 May were nghỉ bù for 30/4 and 1/5
    assert d.due == date(2016, 5, 4)
    assert "blds-2005" in sources(d) and "tb-4659-2015" not in sources(d)


def test_a_rule_may_count_the_first_day() -> None:
    d = deadline(
        date(2023, 3, 1), Duration(10, Unit.DAYS), counting=Counting(first_day_counted=True)
    )
    assert d.due == date(2023, 3, 10)
    assert "period.first_day_included" in d.explanation.codes


def test_a_rule_may_refuse_to_roll() -> None:
    d = deadline(
        date(2023, 3, 1), Duration(3, Unit.DAYS), counting=Counting(roll_to_working_day=False)
    )
    assert d.due == date(2023, 3, 4)  # a Saturday, kept
    assert "period.no_roll" in d.explanation.codes


def test_probation_confirmation_deadline_is_cited() -> None:
    d = deadline_for_rule("org.probation.confirmation_working_days", date(2023, 12, 20))
    assert d.due == date(2024, 2, 1)
    assert "qd-24-2021" in sources(d)
    assert d.rule_key == "org.probation.confirmation_working_days"


def test_rule_deadline_after_qd208_is_carried_over() -> None:
    d = deadline_for_rule("org.admission.ceremony_working_days", date(2026, 8, 3))
    assert "qd-208-2026" in sources(d)
    assert {f.code for f in d.flags} >= {"carried_over", "unconfirmed"}


def test_unit_of_ngay_is_ambiguous_for_qd164() -> None:
    start = date(2024, 7, 1)
    default = deadline_for_rule("tcp.resolution.central_cadres.days", start)
    assert default.duration.unit is Unit.WORKING_DAYS
    assert any(
        f.code == "ambiguous_default" and f.subject == "periods.day_unit.party"
        for f in default.flags
    )
    other = deadline_for_rule("tcp.resolution.central_cadres.days", start, reading="calendar_days")
    assert other.duration.unit is Unit.DAYS
    assert other.due == date(2024, 12, 30)  # 180 days: Saturday 28 December → Monday 30
    assert other.due < default.due
    with pytest.raises(AmbiguityError):
        deadline_for_rule("tcp.resolution.central_cadres.days", start, refuse_ambiguous=True)


def test_rule_before_it_existed() -> None:
    with pytest.raises(RuleError) as err:
        deadline_for_rule("tcp.resolution.central_cadres.days", date(2024, 6, 5))
    assert err.value.applies_from == date(2024, 6, 6)


def test_non_period_rule_is_refused() -> None:
    with pytest.raises(RuleError):
        deadline_for_rule("org.cell.chi_uy_min_official_members", date(2023, 1, 1))


def test_extension_of_a_third_rounds_down_by_default() -> None:
    snap = Rulebook.default().at(date(2024, 5, 1))
    rule = snap.get("ktgs.thematic_supervision.extension_fraction")
    assert fraction_of(20, rule, snap.option("ktgs.extension_rounding"))[0] == 6
    assert fraction_of(25, rule, snap.option("ktgs.extension_rounding", "up"))[0] == 9
    assert fraction_of(45, rule, snap.option("ktgs.extension_rounding"))[0] == 15


def test_deadline_json_has_due_flags_and_explanation() -> None:
    d = deadline_for_rule("tcp.resolution.central_cadres.days", date(2024, 7, 1))
    out = d.to_json()
    assert date.fromisoformat(out["due"]) == d.due
    assert WorkingCalendar.default().working_days_between(date(2024, 7, 1), d.due) == 180
    assert out["explanation"]["format"] == "dangkiemtra.explanation/1"
    # QĐ 164's 180 days are confirmed (review §3.1); only the unit of "ngày" stays a reading
    assert {f["code"] for f in out["flags"]} == {"ambiguous_default"}


starts = st.dates(min_value=date(2016, 1, 1), max_value=date(2030, 12, 31))
units = st.sampled_from(list(Unit))
# amounts within the calendar's range (to 2045) for every unit
amounts = st.integers(0, 120)
durations = st.builds(Duration, amounts, units).filter(
    lambda d: d.unit is not Unit.YEARS or d.amount <= 10
)


@given(starts, durations)
def test_due_is_never_before_the_start_and_is_a_working_day(
    start: date, duration: Duration
) -> None:
    d = deadline(start, duration)
    assert d.due >= start
    assert WorkingCalendar.default().is_working_day(d.due)


@given(starts, units, amounts, amounts)
def test_due_is_monotonic_in_the_amount(start: date, unit: Unit, a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    if unit is Unit.YEARS:
        lo, hi = lo % 11, hi % 11
        lo, hi = sorted((lo, hi))
    assert deadline(start, Duration(lo, unit)).due <= deadline(start, Duration(hi, unit)).due


@given(starts, starts, units, st.integers(0, 10))
def test_due_is_monotonic_in_the_start(a: date, b: date, unit: Unit, n: int) -> None:
    lo, hi = sorted((a, b))
    assert deadline(lo, Duration(n, unit)).due <= deadline(hi, Duration(n, unit)).due


@given(starts, st.integers(1, 300))
def test_working_day_periods_count_exactly_n(start: date, n: int) -> None:
    cal = WorkingCalendar.default()
    d = deadline(start, Duration(n, Unit.WORKING_DAYS))
    assert cal.working_days_between(start, d.due) == n


def test_end_day_option_for_status_periods() -> None:
    # cách chức on 10 March 2023: barred for one year (CQ-02, Charter Art 40.3)
    default = deadline_for_rule("discipline.cach_chuc.bar_years", date(2023, 3, 10))
    assert default.due == date(2024, 3, 10)  # a Sunday: a status period is not rolled
    assert any(
        f.code == "ambiguous_default" and f.subject == "periods.end_day" for f in default.flags
    )
    other = deadline_for_rule(
        "discipline.cach_chuc.bar_years", date(2023, 3, 10), reading="anniversary_excluded"
    )
    assert other.due == date(2024, 3, 9)
    with pytest.raises(AmbiguityError):
        deadline_for_rule(
            "discipline.cach_chuc.bar_years", date(2023, 3, 10), refuse_ambiguous=True
        )


@pytest.mark.parametrize(
    ("announced", "source", "confidence"),
    [
        (date(2019, 5, 6), "qd-30-2016", "confirmed"),
        (date(2021, 9, 1), "qd-22-2021", "inferred"),
        (date(2023, 5, 6), "qd-69-2022", "confirmed"),
        (date(2026, 9, 1), "qd-212-2026", "reported-low"),
    ],
)
def test_lapse_of_discipline_by_era(announced: date, source: str, confidence: str) -> None:
    d = deadline_for_rule("discipline.lapse.months", announced)
    assert d.due == announced.replace(year=announced.year + 1)
    rule_step = d.explanation.steps[0]
    assert rule_step.citations[0].source == source
    assert confidence == "confirmed" or any(f.detail == confidence for f in d.flags)


def test_period_boundaries_that_mutants_missed() -> None:
    from dangkiemtra.explain import Term

    # a status period ending on a Sunday in the calendar's last year: said, not moved
    d = deadline(
        date(2044, 12, 4), Duration(28, Unit.DAYS), counting=Counting(roll_to_working_day=False)
    )
    assert d.due == date(2045, 1, 1)
    assert [s.code for s in d.explanation.steps if s.code.startswith("period.no_roll")] == [
        "period.no_roll"
    ]
    # beyond the calendar a status period needs no calendar at all
    far = deadline(
        date(2040, 3, 1), Duration(10, Unit.YEARS), counting=Counting(roll_to_working_day=False)
    )
    assert far.due == date(2050, 3, 1)
    # a roll across Tết names the holiday, not "weekend"
    t = deadline(date(2026, 1, 17), Duration(30, Unit.DAYS))  # 16 February 2026 is a Tết day off
    roll = next(s for s in t.explanation.steps if s.code == "period.roll")
    assert dict(roll.facts)["reason"] != Term("weekend")


def test_a_period_ending_on_the_last_day_of_its_text_does_not_cross() -> None:
    from dangkiemtra.petitions import Petition, complaint_deadlines

    p = Petition("k", "khieu_nai", "nha_nuoc", received_on=date(2026, 6, 16))
    a = complaint_deadlines(p)["acceptance"]
    assert a.due == date(2026, 6, 30) and not a.regime_crossing
    b = complaint_deadlines(Petition("k", "khieu_nai", "nha_nuoc", received_on=date(2026, 6, 17)))[
        "acceptance"
    ]
    assert b.due == date(2026, 7, 1) and b.regime_crossing
