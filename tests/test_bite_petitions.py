"""Petitions at their boundaries: party screening, the congress window, state denunciations and
complaints, the register's statuses and counts (issue 12 §5, tests that bite).

Every expected date is counted by hand from the rule in the rulebook (review-2026-12.md wins);
the comments show the count.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
import pytest

from dangkiemtra import Rulebook, WorkingCalendar
from dangkiemtra.errors import RuleError
from dangkiemtra.petitions import (
    Complexity,
    Petition,
    Sender,
    central_cadre_deadline,
    complaint_deadlines,
    conclusion_categories,
    congress_window,
    denunciation_complexity,
    due_date,
    information_report_chain,
    party_deadline,
    register,
    screen_party,
    state_acceptance,
    state_deadlines,
    who_resolves,
)

NAMED = Sender(named=True)
CAL = WorkingCalendar.default()


def amended(key: str, value: int | str | tuple[str, ...]) -> Rulebook:
    """The default rulebook with every entry of ``key`` set to ``value`` (a caller's own rulebook)."""
    book = Rulebook.default()
    p = book.parameters[key]
    history = tuple(attrs.evolve(h, value=value) for h in p.history)
    return attrs.evolve(book, parameters={**book.parameters, key: attrs.evolve(p, history=history)})


def without_days_off(year: int) -> WorkingCalendar:
    """A caller's calendar in which ``year`` has no announced day off (every weekday worked)."""
    book = Rulebook.default()
    years = dict(book.calendar_years)
    years[year] = attrs.evolve(years[year], days_off=(), workdays=())
    return WorkingCalendar(attrs.evolve(book, calendar_years=years))


def party(received: date, **kw: object) -> Petition:
    kw.setdefault("sender", NAMED)
    return Petition("p", "to_cao", "dang", received_on=received, **kw)  # type: ignore[arg-type]


def rule_ids(explanation: object) -> set[str]:
    return {c.rule_id for c in explanation.citations}  # type: ignore[attr-defined]


# ── party screening (TCP-01, TCP-02) ────────────────────────────────────────────────────


def test_a_named_single_signed_specific_letter_is_handled_and_not_merely_information() -> None:
    s = screen_party(party(date(2023, 5, 2)))
    assert (s.handled, s.reasons, s.used_as_information) == (True, (), False)
    assert s.explanation.steps[-1].fact("handled") is True
    assert s.explanation.citations[0].rule_id == "TCP-01"
    assert s.explanation.citations[0].source == "qd-22-2021"


def test_a_letter_without_any_sender_is_only_anonymous() -> None:
    # no sender at all: none of the sender's defects (signers, signature, capacity) can be found
    s = screen_party(Petition("p", "to_cao", "dang", received_on=date(2023, 5, 2)))
    assert s.reasons == ("nac_danh",)
    assert s.used_as_information  # specific: used as information (TCP-02)
    assert s.explanation.steps[-1].fact("handled") is False


def test_one_signer_is_not_several_two_are() -> None:
    one = screen_party(party(date(2023, 5, 2), sender=Sender(named=True, signers=1)))
    two = screen_party(party(date(2023, 5, 2), sender=Sender(named=True, signers=2)))
    assert one.handled and not two.handled
    assert two.reasons == ("nhieu_nguoi_ky",)


def test_unsigned_and_incapable_senders_are_not_handled() -> None:
    unsigned = party(date(2023, 5, 2), sender=Sender(named=True, signed_personally=False))
    incapable = party(date(2023, 5, 2), sender=Sender(named=True, capable=False))
    assert screen_party(unsigned).reasons == ("khong_ky_ten_truc_tiep",)
    assert screen_party(incapable).reasons == ("mat_nang_luc_hanh_vi",)


def test_only_an_anonymous_and_specific_letter_is_used_as_information() -> None:
    vague_anonymous = Petition(
        "p", "to_cao", "dang", received_on=date(2023, 5, 2), sender=Sender(), specific=False
    )
    s = screen_party(vague_anonymous)
    assert s.reasons == ("nac_danh", "noi_dung_khong_cu_the")
    assert not s.used_as_information
    assert "TCP-02" not in rule_ids(s.explanation)  # the rule on anonymous letters is not engaged
    named_vague = screen_party(party(date(2023, 5, 2), specific=False))
    assert named_vague.reasons == ("noi_dung_khong_cu_the",)
    assert not named_vague.used_as_information


# ── party deadlines and the congress window (TCP-03, TCP-04, TCP-05) ────────────────────


def test_party_deadline_reads_the_callers_rulebook() -> None:
    book = amended("petition.party.resolution.province_and_below", 60)
    # from Monday 16 January 2023, Tết 20 and 23–26 January off: 17–19 and 27 January,
    # 30–31 January, February's 20, March's 23 working days, then 3–14 April and Monday 17
    # April is the 60th; the 90th: 18–28 April, 4–5 May (29 April–3 May off: Giỗ Tổ, 30/4,
    # 1/5 and the two days in lieu), 8–31 May and Thursday 1 June
    d = party_deadline(party(date(2023, 1, 16)), rulebook=book)
    assert d.due == date(2023, 4, 17)
    plain = party_deadline(party(date(2023, 1, 16)))
    assert plain.due == date(2023, 6, 1)
    assert plain.duration.amount == 90 and "TCP-03" in rule_ids(plain.explanation)


def test_qd164_central_cadres_180_days_and_60_more_when_extended() -> None:
    # team formed Wednesday 2 April 2025: 180 calendar days → Monday 29 September 2025
    d = central_cadre_deadline(date(2025, 4, 2), reading="calendar_days")
    assert (d.due, d.duration.amount) == (date(2025, 9, 29), 180)
    ext = central_cadre_deadline(date(2025, 4, 2), extended=True, reading="calendar_days")
    assert ext.due == date(2025, 11, 28) and ext.start == date(2025, 4, 2)  # + 60 days
    assert ext.explanation.steps[: len(d.explanation.steps)] == d.explanation.steps
    assert any(c.source == "qd-164-2024" for c in ext.explanation.citations)


def test_a_letter_received_on_the_opening_day_is_inside_the_window_the_day_after_is_not() -> None:
    opens = date(2020, 8, 3)  # Monday
    inside, why = congress_window(party(opens), opens, grassroots=True)
    assert inside and why.steps[-1].fact("gap") == 0
    after, why_after = congress_window(party(date(2020, 8, 4)), opens, grassroots=True)
    assert not after and why_after.steps[-1].fact("gap") == -1


def test_the_superior_window_is_thirty_working_days() -> None:
    opens = date(2020, 8, 3)
    # 23–26 June (4) + 29–30 June (2) + 23 working days of July + 3 August = 30
    on_the_limit = party(date(2020, 6, 22))
    assert congress_window(on_the_limit, opens, grassroots=False)[0]
    assert not congress_window(on_the_limit, opens, grassroots=True)[0]  # 30 > 25
    day_before = party(date(2020, 6, 19))  # Friday: 31 working days
    inside, why = congress_window(day_before, opens, grassroots=False)
    assert not inside and why.steps[-1].fact("window") == 30
    assert any(c.rule_id == "TCP-04" and c.source == "hd-07-2019-ubkttw" for c in why.citations)


def test_the_congress_window_reads_the_callers_rulebook_and_calendar() -> None:
    opens = date(2023, 9, 5)  # Tuesday after the National Day holiday (1 and 4 September off)
    # 28 July → 5 September: 31 July, 1–31 August (23), 5 September = 25 working days
    p = party(date(2023, 7, 28))
    assert congress_window(p, opens, grassroots=True)[0]
    # a calendar without the holiday counts 1 and 4 September as well: 27 > 25
    assert not congress_window(p, opens, grassroots=True, calendar=without_days_off(2023))[0]
    short = amended("petition.party.congress_window.grassroots", 20)
    assert not congress_window(p, opens, grassroots=True, rulebook=short)[0]


def test_the_resolver_is_read_as_of_the_date_asked() -> None:
    p = party(date(2023, 5, 2))
    body, why = who_resolves(p, managed_by_same_level_committee=True, as_of=date(2023, 5, 2))
    assert body == "ubkt" and "TCP-05" in rule_ids(why)
    with pytest.raises(RuleError):  # before QĐ 30-QĐ/TW (26 July 2016) no resolver rule exists
        who_resolves(p, managed_by_same_level_committee=True, as_of=date(2016, 7, 25))


def test_the_resolver_must_be_listed_in_the_callers_rulebook() -> None:
    book = amended("petition.party.resolvers", ("chi_bo_role", "ban_thuong_vu"))
    p = party(date(2023, 5, 2))
    assert who_resolves(p, managed_by_same_level_committee=False, rulebook=book)[0] == "chi_bo_role"
    with pytest.raises(RuleError):
        who_resolves(p, managed_by_same_level_committee=True, rulebook=book)


def test_qd21_conclusions_apply_from_its_first_day() -> None:
    assert conclusion_categories(date(2026, 4, 11)) == (
        "to_cao_sai",
        "khong_co_co_so",
        "dung_co_khuyet_diem",
        "dung_co_vi_pham",
    )
    with pytest.raises(RuleError):  # QĐ 21-QĐ/TW is in force from 11 April 2026
        conclusion_categories(date(2026, 4, 10))


# ── state denunciations (TCS-01, TCS-04, TCS-06, TCS-08) ────────────────────────────────


def test_one_criterion_makes_a_case_complex_two_especially_complex() -> None:
    day = date(2023, 9, 1)
    assert denunciation_complexity([], day)[0] is Complexity.ORDINARY
    one, why = denunciation_complexity(["nhieu_dia_diem", "nhieu_dia_diem", "khac"], day)
    assert one is Complexity.COMPLEX and why.steps[-1].fact("met") == 1
    two, why2 = denunciation_complexity(["nhieu_dia_diem", "yeu_to_nuoc_ngoai"], day)
    assert two is Complexity.ESPECIALLY_COMPLEX and why2.steps[-1].fact("threshold") == 2
    assert any(c.rule_id == "TCS-06" and c.source == "nd-31-2019" for c in why2.citations)


@pytest.mark.parametrize("flag", ["complex", "especially_complex"])
def test_a_complex_case_has_ten_working_days_of_initial_processing(flag: str) -> None:
    # from Tuesday 22 August 2023: 23–25, 28–31 August (7), 1 and 4 September off, 5–7 September
    p = Petition("d", "to_cao", "nha_nuoc", received_on=date(2023, 8, 22), **{flag: True})  # type: ignore[arg-type]
    d = state_deadlines(p)["initial"]
    assert d.due == date(2023, 9, 7) and d.duration.amount == 10
    assert "TCS-01" in rule_ids(d.explanation)


def test_an_extension_decided_under_the_2018_law_uses_its_limits() -> None:
    # accepted Monday 5 November 2018 under the 2011 Law: 60 days → Friday 4 January 2019
    p = Petition(
        "d",
        "to_cao",
        "nha_nuoc",
        received_on=date(2018, 10, 29),
        accepted_on=date(2018, 11, 5),
        extensions=1,
    )
    old = state_deadlines(p)["resolution"]
    # + the 2011 Law's one extension of 30 days: Sunday 3 February, in Tết (2–10 February) → 11th
    assert old.due == date(2019, 2, 11)
    new = state_deadlines(p, extended_on=date(2019, 1, 2))["resolution"]
    assert new.due == date(2019, 1, 4)  # the 2018 Law allows no extension of an ordinary case
    assert new.explanation.steps[-1].fact("counted") == 0
    assert any(c.source == "luat-to-cao-2018" for c in new.explanation.citations)


def test_an_extension_runs_from_the_moved_end_unless_the_unrolled_reading_is_chosen() -> None:
    # accepted Thursday 7 September 2023, complex: 30 days end Saturday 7 October → Monday 9 October
    p = Petition(
        "d",
        "to_cao",
        "nha_nuoc",
        received_on=date(2023, 9, 5),
        accepted_on=date(2023, 9, 7),
        complex=True,
        extensions=1,
    )
    rolled = state_deadlines(p)["resolution"]
    assert rolled.due == date(2023, 11, 8)  # 9 October + 30 days
    unrolled = state_deadlines(p, extension_base="unrolled_end")["resolution"]
    assert unrolled.due == date(2023, 11, 6)  # 7 October + 30 days (a Monday)


def test_acceptance_of_complaints_and_denunciations() -> None:
    k = Petition("k", "khieu_nai", "nha_nuoc", received_on=date(2024, 3, 1))
    late = state_acceptance(k, ["het_thoi_hieu", "khong_phai_can_cu"])
    assert (late.accepted, late.grounds) == (False, ("het_thoi_hieu",))
    assert late.explanation.steps[-1].fact("accepted") is False
    assert any(c.rule_id == "KN-05" and c.article == "11" for c in late.explanation.citations)
    fine = state_acceptance(k, ["khong_phai_can_cu"])
    assert (fine.accepted, fine.grounds) == (True, ())
    assert fine.explanation.steps[-1].fact("accepted") is True
    d = Petition("d", "to_cao", "nha_nuoc", received_on=date(2024, 3, 1))
    # a complaint's ground does not bar a denunciation; the denunciation's own grounds do
    assert state_acceptance(d, ["het_thoi_hieu"]).accepted
    again = state_acceptance(d, ["da_huong_dan_gui_lai"])
    assert not again.accepted and "TCS-08" in rule_ids(again.explanation)


# ── complaints (KN-03) and the HCMC chain (LOC-01) ──────────────────────────────────────


@pytest.mark.parametrize(
    ("second", "remote", "complex_", "days", "due"),
    [
        (False, False, False, 30, date(2024, 7, 3)),
        (False, False, True, 45, date(2024, 7, 18)),
        (False, True, False, 45, date(2024, 7, 18)),
        (False, True, True, 60, date(2024, 8, 2)),
        (True, True, True, 70, date(2024, 8, 12)),
    ],
)
def test_the_complaint_table_of_art_28_and_37(
    second: bool, remote: bool, complex_: bool, days: int, due: date
) -> None:
    # accepted Monday 3 June 2024; calendar days by default (periods.day_unit.state)
    p = Petition(
        "k",
        "khieu_nai",
        "nha_nuoc",
        received_on=date(2024, 5, 27),
        accepted_on=date(2024, 6, 3),
        second_instance=second,
        remote=remote,
        complex=complex_,
    )
    d = complaint_deadlines(p)["resolution"]
    assert (d.duration.amount, d.duration.unit.value, d.due) == (days, "days", due)
    assert any(c.rule_id == "KN-03" for c in d.explanation.citations)


def test_a_table_value_that_is_not_a_day_count_is_refused() -> None:
    book = amended("petition.state.complaint.first", ("x30", "d45", "d45", "d60"))
    p = Petition(
        "k", "khieu_nai", "nha_nuoc", received_on=date(2024, 5, 27), accepted_on=date(2024, 6, 3)
    )
    with pytest.raises(RuleError):
        complaint_deadlines(p, rulebook=book)


def test_the_chain_counts_from_the_actual_explanation_when_known() -> None:
    # reported Tuesday 1 August 2023: explanation due in 10 working days → 15 August
    plain = information_report_chain(date(2023, 8, 1))
    assert plain["explanation"].due == date(2023, 8, 15)
    assert plain["office_report"].due == date(2023, 8, 24)  # 7 working days from 15 August
    known = information_report_chain(date(2023, 8, 1), explained_on=date(2023, 8, 10))
    assert known["office_report"].due == date(2023, 8, 21)  # 7 working days from 10 August
    assert "LOC-01" in rule_ids(known["office_report"].explanation)


# ── the register (due_date, register) ───────────────────────────────────────────────────


def test_only_denunciations_and_state_complaints_have_a_governing_deadline() -> None:
    day = date(2023, 5, 2)
    for kind, system in [("khieu_nai", "dang"), ("kien_nghi", "dang"), ("kien_nghi", "nha_nuoc")]:
        assert due_date(Petition("x", kind, system, received_on=day)) is None


def test_the_party_deadline_in_the_register_is_extended_only_when_an_extension_was_granted() -> (
    None
):
    start = date(2023, 1, 16)
    plain = due_date(party(start))
    once = due_date(party(start, extensions=1))
    assert plain is not None and once is not None
    assert CAL.working_days_between(start, plain.due) == 90
    assert CAL.working_days_between(start, once.due) == 120
    own = due_date(
        party(start), rulebook=amended("petition.party.resolution.province_and_below", 60)
    )
    assert own is not None and CAL.working_days_between(start, own.due) == 60


def test_the_register_uses_resolution_once_accepted_and_the_earlier_limit_before() -> None:
    d = Petition("d", "to_cao", "nha_nuoc", received_on=date(2023, 8, 22))
    before = due_date(d)
    after = due_date(attrs.evolve(d, accepted_on=date(2023, 8, 28)))
    assert before is not None and before.due == date(2023, 8, 31)  # initial: 7 working days
    assert after is not None and after.due == date(2023, 9, 27)  # resolution: 30 days
    k = Petition("k", "khieu_nai", "nha_nuoc", received_on=date(2024, 5, 27))
    acceptance = due_date(k)
    resolution = due_date(attrs.evolve(k, accepted_on=date(2024, 6, 3)))
    assert acceptance is not None and acceptance.rule_key == "petition.state.complaint.acceptance"
    assert resolution is not None and resolution.due == date(2024, 7, 3)


def _complaint(pid: str, received: date, **kw: object) -> Petition:
    return Petition(pid, "khieu_nai", "nha_nuoc", received_on=received, **kw)  # type: ignore[arg-type]


def test_register_statuses_on_the_day_before_on_and_after_the_due_date() -> None:
    # received Monday 14 August 2023: acceptance within 10 working days → Monday 28 August
    p = _complaint("k", date(2023, 8, 14))
    rows = {day: register([p], day).rows[0] for day in (date(2023, 8, 25), date(2023, 8, 28))}
    assert rows[date(2023, 8, 25)].status == "open"
    assert rows[date(2023, 8, 28)].status == "due"
    late = register([p], date(2023, 8, 29)).rows[0]
    assert (late.status, late.overdue_working_days) == ("overdue", 1)
    assert late.explanation.steps[-1].fact("due") == date(2023, 8, 28)
    assert late.explanation.steps[-1].fact("late") == 1


def test_register_overdue_days_follow_the_callers_calendar() -> None:
    p = _complaint("k", date(2023, 8, 14))  # due 28 August
    # 29–31 August and 5 September; 1 and 4 September are the National Day holiday
    assert register([p], date(2023, 9, 5)).rows[0].overdue_working_days == 4
    own = register([p], date(2023, 9, 5), calendar=without_days_off(2023))
    assert own.rows[0].overdue_working_days == 6


def test_register_reads_the_callers_rulebook() -> None:
    book = amended("petition.state.complaint.acceptance", 5)
    p = _complaint("k", date(2023, 8, 14))  # 5 working days → Monday 21 August
    assert register([p], date(2023, 8, 21), rulebook=book).rows[0].status == "due"


def test_register_counts_received_by_the_date_and_closed_by_the_date() -> None:
    as_of = date(2023, 9, 5)
    ps = [
        _complaint("today", as_of),  # received on the day: in the register, open
        _complaint("tomorrow", date(2023, 9, 6)),  # received after: not in the register
        _complaint("closed_today", date(2023, 8, 1), closed_on=as_of),
        _complaint("closed_later", date(2023, 8, 14), closed_on=date(2023, 9, 6)),  # overdue
        Petition("kn", "kien_nghi", "nha_nuoc", received_on=date(2023, 8, 1)),  # no deadline
    ]
    r = register(ps, as_of)
    status = {row.id: row.status for row in r.rows}
    assert status == {
        "closed_today": "closed",
        "kn": "open",
        "closed_later": "overdue",
        "today": "open",
    }
    assert r.counts == {"open": 2, "due": 0, "overdue": 1, "closed": 1}
    assert (r.received, r.processed, r.rate) == (4, 1, Decimal("25.00"))
    no_due = next(row for row in r.rows if row.id == "kn")
    assert no_due.due is None and no_due.explanation.steps[-1].fact("due") == "—"
    assert r.explanation.steps[-1].fact("overdue") == 1
