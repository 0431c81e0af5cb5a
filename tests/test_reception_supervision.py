"""Reception duties and schedules; Fatherland Front supervision replies and rotating plans."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dangkiemtra.errors import DataError
from dangkiemtra.io import dump_supervision_plan, load_reception_record, load_supervision_plan
from dangkiemtra.reception import check_year, fixed_day_schedule, notify_deadline, reception_duty
from dangkiemtra.supervision import assign, distribute_visits, reply_deadline


@pytest.mark.parametrize(
    ("holder", "level", "day", "count", "per", "source"),
    [
        ("party_head", "province", date(2020, 5, 1), 1, "month", "qd-11-2019"),
        ("party_head", "district", date(2024, 5, 1), 1, "month", "qd-11-2019"),
        (
            "party_head",
            "district",
            date(2025, 11, 23),
            0,
            None,
            "kl-215-2025",
        ),  # the district level is gone
        ("party_head", "commune", date(2025, 12, 1), 2, "month", "kl-215-2025"),
        ("state_head", "commune", date(2026, 6, 30), 1, "week", "luat-tiep-cong-dan-2013"),
        ("state_head", "commune", date(2026, 7, 1), 2, "month", "luat-136-2025"),
        ("state_head", "district", date(2025, 6, 30), 2, "month", "luat-tiep-cong-dan-2013"),
        ("state_head", "district", date(2025, 7, 1), 0, None, "luat-tiep-cong-dan-2013"),
    ],
)
def test_reception_duties_by_era(
    holder: str, level: str, day: date, count: int, per: str | None, source: str
) -> None:
    duty = reception_duty(holder, level, day)
    assert (duty.count, duty.per) == (count, per)
    assert duty.explanation.citations[0].source == source


def test_fixed_day_schedule_warns_and_suggests_but_never_moves() -> None:
    days = fixed_day_schedule(10, 2026)
    assert len(days) == 12 and all(d.day.day == 10 for d in days)
    off = [d for d in days if not d.working]
    assert [(d.day, d.suggested) for d in off] == [
        (date(2026, 5, 10), date(2026, 5, 11)),
        (date(2026, 10, 10), date(2026, 10, 12)),
    ]
    assert days[0].working  # Saturday 10 January 2026 was a worked Saturday
    tet = fixed_day_schedule(17, 2026)[1]
    assert not tet.working and tet.suggested == date(2026, 2, 23)  # Tết Bính Ngọ
    assert "Tết Nguyên đán" in str(tet.explanation)
    assert fixed_day_schedule(31, 2023)[1].day == date(2023, 2, 28)


def test_a_recorded_year_against_the_duty() -> None:
    held = [d.suggested for d in fixed_day_schedule(10, 2024)]
    assert check_year(held, "party_head", "province", 2024).ok
    commune = check_year(held, "party_head", "commune", 2024)
    assert commune.short == tuple(range(1, 13))  # 2 days a month are needed


def test_notice_to_the_sender_within_ten_working_days() -> None:
    assert notify_deadline(date(2023, 8, 28)).due == date(2023, 9, 13)  # 1 and 4 September off


def test_front_supervision_reply() -> None:
    assert reply_deadline(date(2023, 1, 10)).due == date(2023, 2, 14)  # 20 working days across Tết
    assert reply_deadline(date(2023, 1, 10), complex_case=True).duration.amount == 30


def test_seed003_plan_104_cadres_five_units_527_supervisions() -> None:
    cadres = [f"cb{i:03d}" for i in range(104)]
    plan = assign(cadres, ["MTTQ", "CCB", "HLHPN", "DTN", "HND"], 2020)
    assert sorted(plan.counts().values()) == [20, 21, 21, 21, 21]
    per_unit, why = distribute_visits(plan, 527)
    assert sum(per_unit.values()) == 527 and max(per_unit.values()) - min(per_unit.values()) <= 6
    assert len(why.steps) == 5


units = st.lists(st.sampled_from(list("ABCDEFG")), min_size=1, max_size=6, unique=True)
cadre_sets = st.lists(
    st.from_regex(r"c[0-9]{1,3}", fullmatch=True), min_size=1, max_size=60, unique=True
)


@given(cadre_sets, units, st.integers(2016, 2030), st.integers(1, 4))
def test_rotation_never_repeats_a_pair_in_consecutive_years(
    cadres: list[str], us: list[str], year: int, years: int
) -> None:
    plan = assign(cadres, us, year)
    for k in range(1, years + 1):
        nxt = assign(cadres, us, year + k, previous=plan)
        assert {c for c, _ in nxt.assignments} == set(cadres)  # everyone, exactly once
        assert len(nxt.assignments) == len(cadres)
        if len(us) >= 2:
            assert all(nxt.unit_of(c) != plan.unit_of(c) for c in cadres)
        counts = nxt.counts().values()
        assert max(counts) - min(counts) <= 1  # balanced
        assert nxt == assign(cadres, us, year + k, previous=plan)  # deterministic
        plan = nxt


def test_plan_io_refuses_overlaps() -> None:
    plan = assign(["c1", "c2"], ["A", "B"], 2024)
    doc = dump_supervision_plan(plan)
    assert load_supervision_plan(doc).assignments == plan.assignments
    doc["assignments"].append({"cadre": "c1", "unit": "B"})
    with pytest.raises(DataError) as err:
        load_supervision_plan(doc)
    assert err.value.problems[0].code == "assignment.overlap"
    rec = {
        "format": "dangkiemtra.reception/1",
        "holder": "party_head",
        "level": "province",
        "year": 2024,
        "days": ["2024-01-10", "2024-02-30"],
    }
    with pytest.raises(DataError) as err2:
        load_reception_record(rec)
    assert err2.value.pointers() == ("/days/1",)


def test_nd154_online_sessions_and_refusals() -> None:
    from dangkiemtra.calendar import WorkingCalendar
    from dangkiemtra.errors import RuleError
    from dangkiemtra.reception import online_announcement_due, refusal_record_due

    due, why = online_announcement_due(date(2026, 9, 7))
    assert WorkingCalendar.default().working_days_between(due, date(2026, 9, 7)) == 5
    assert why.citations[0].source == "nd-154-2026"
    assert refusal_record_due(date(2026, 8, 20)).due == date(
        2026, 8, 24
    )  # Saturday 22 August is worked
    with pytest.raises(RuleError):
        online_announcement_due(date(2026, 6, 30))
