"""Petitions: party screening and deadlines, state denunciations and complaints, QĐ 1374, the register,
and whistle-blower protection."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dangkiemtra._schemas import validate
from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import AmbiguityError, DataError
from dangkiemtra.io import dump_petitions, load_petitions
from dangkiemtra.petitions import (
    Petition,
    Sender,
    central_cadre_deadline,
    complaint_deadlines,
    congress_window,
    information_report_chain,
    party_deadline,
    register,
    screen_party,
    state_deadlines,
)
from dangkiemtra.testing import names

NAMED = Sender(full_name="Lò Văn Tố", address="Bản Nà", named=True)


def party(received: date, **kw: object) -> Petition:
    return Petition("p", "to_cao", "dang", received_on=received, sender=NAMED, **kw)  # type: ignore[arg-type]


def test_letters_not_handled_as_party_denunciations() -> None:
    two = Petition(
        "p",
        "to_cao",
        "dang",
        received_on=date(2019, 5, 2),
        sender=Sender(full_name="A", named=True, signers=2),
    )
    s = screen_party(two)
    assert not s.handled and s.reasons == ("nhieu_nguoi_ky",)
    assert s.explanation.citations[0].source == "qd-30-2016"
    vague = screen_party(party(date(2023, 5, 2), specific=False))
    assert vague.reasons == ("noi_dung_khong_cu_the",) and not vague.used_as_information
    assert screen_party(party(date(2023, 5, 2))).handled


def test_anonymous_but_specific_letters_are_used_as_information() -> None:
    anon = Petition("p", "to_cao", "dang", received_on=date(2020, 3, 2), specific=True)
    s = screen_party(anon)
    assert (s.handled, s.reasons, s.used_as_information) == (False, ("nac_danh",), True)
    assert any(c.rule_id == "TCP-02" for c in s.explanation.citations)
    later = screen_party(
        Petition("p", "to_cao", "dang", received_on=date(2026, 5, 4), specific=True)
    )
    assert any(c.rule_id == "TCP-03-2026" for c in later.explanation.citations)


def test_qd21_list_adds_the_notice_of_non_consideration() -> None:
    p = party(date(2026, 5, 4), facts=("da_thong_bao_khong_xem_xet",))
    assert screen_party(p).reasons == ("da_thong_bao_khong_xem_xet",)
    assert screen_party(party(date(2025, 5, 4), facts=("da_thong_bao_khong_xem_xet",))).handled


def test_party_resolution_deadlines() -> None:
    d = party_deadline(party(date(2019, 1, 15)))
    assert d.duration.amount == 90 and d.duration.unit.value == "working_days"
    assert WorkingCalendar.default().working_days_between(date(2019, 1, 15), d.due) == 90
    assert party_deadline(party(date(2019, 1, 15), central=True)).duration.amount == 180
    ext = party_deadline(party(date(2023, 1, 16)), extended=True)
    assert WorkingCalendar.default().working_days_between(date(2023, 1, 16), ext.due) == 120
    later = party_deadline(party(date(2025, 8, 1)))
    assert any(f.code == "carried_over" for f in later.flags)


def test_central_cadres_qd164_both_readings() -> None:
    d = central_cadre_deadline(date(2024, 7, 1), reading="calendar_days")
    assert d.due == date(2024, 12, 30)
    ext = central_cadre_deadline(date(2024, 7, 1), extended=True, reading="calendar_days")
    assert ext.due == date(2025, 2, 28)  # + 60 days from 30 December 2024
    with pytest.raises(AmbiguityError):
        central_cadre_deadline(date(2024, 7, 1), refuse_ambiguous=True)


def test_congress_window_of_hd07() -> None:
    # 25 working days before a grassroots congress opening on Monday 3 August 2020
    inside, why = congress_window(party(date(2020, 6, 29)), date(2020, 8, 3), grassroots=True)
    assert inside and any(c.source == "hd-07-2019-ubkttw" for c in why.citations)
    outside, _ = congress_window(party(date(2020, 6, 26)), date(2020, 8, 3), grassroots=True)
    assert not outside


def test_state_denunciation_deadlines_across_2_september() -> None:
    p = Petition(
        "d",
        "to_cao",
        "nha_nuoc",
        received_on=date(2023, 8, 22),
        accepted_on=date(2023, 8, 28),
        extensions=0,
    )
    d = state_deadlines(p)
    assert d["initial"].due == date(2023, 8, 31)  # 7 working days: 23–25, 28–31 August
    assert d["acceptance_notice"].due == date(2023, 9, 6)  # 5 working days across 1 and 4 September
    assert d["resolution"].due == date(2023, 9, 27)  # 30 calendar days
    assert any(f.code == "ambiguous_default" for f in d["resolution"].flags)
    assert state_deadlines(p, reading="working_days")["resolution"].due > date(2023, 10, 1)
    twice = state_deadlines(
        Petition(
            "d",
            "to_cao",
            "nha_nuoc",
            received_on=date(2023, 8, 22),
            accepted_on=date(2023, 8, 28),
            extensions=2,
            especially_complex=True,
        )
    )["resolution"]
    assert twice.due == date(2023, 11, 27)  # 27/9 + 30 = 27/10, + 30 = 26/11 (Sunday) → 27/11


def test_the_2011_law_had_60_days_and_one_extension() -> None:
    p = Petition(
        "d",
        "to_cao",
        "nha_nuoc",
        received_on=date(2018, 3, 1),
        accepted_on=date(2018, 3, 5),
        extensions=2,
    )
    d = state_deadlines(p)["resolution"]
    assert d.due == date(
        2018, 6, 4
    )  # 60 days + one extension (the 2011 Law's cap): 3 June is a Sunday


def test_complaint_deadlines() -> None:
    p = Petition(
        "k",
        "khieu_nai",
        "nha_nuoc",
        received_on=date(2024, 1, 29),
        accepted_on=date(2024, 2, 6),
        complex=True,
    )
    d = complaint_deadlines(p, decision_known_on=date(2023, 11, 20))
    assert d["filing"].due == date(
        2024, 2, 19
    )  # 90 days end 18 February (Sunday), rolled to Monday
    assert d["acceptance"].due == date(
        2024, 2, 19
    )  # 10 working days across Tết Giáp Thìn (8–14 February)
    assert d["resolution"].duration.amount == 45
    remote = complaint_deadlines(attrs_evolve(p, remote=True, second_instance=True))["resolution"]
    assert remote.duration.amount == 70


def attrs_evolve(p: Petition, **kw: object) -> Petition:
    import attrs

    return attrs.evolve(p, **kw)  # type: ignore[arg-type]


def test_hcmc_press_report_chain() -> None:
    chain = information_report_chain(date(2023, 8, 30))
    assert chain["explanation"].due == date(2023, 9, 15)  # 10 working days across 1 and 4 September
    known = information_report_chain(date(2023, 8, 30), explained_on=date(2023, 9, 11))
    assert known["office_report"].start == date(2023, 9, 11)
    assert known["conclusion"].duration.amount == 45


def test_register_counts_and_overdue_days() -> None:
    ps = [
        party(date(2023, 1, 3), closed_on=date(2023, 2, 1)),
        Petition(
            "late", "to_cao", "nha_nuoc", received_on=date(2023, 6, 1), accepted_on=date(2023, 6, 5)
        ),
        Petition("open", "to_cao", "dang", received_on=date(2023, 9, 1), sender=NAMED),
        Petition("future", "kien_nghi", "dang", received_on=date(2023, 12, 1)),
    ]
    r = register(ps, date(2023, 9, 25))
    assert (r.received, r.processed, str(r.rate)) == (3, 1, "33.33")
    late = next(x for x in r.rows if x.id == "late")
    assert late.status == "overdue" and late.overdue_working_days > 0
    assert "33,33%" in str(r.explanation)


def test_seed000_rate_is_reported_with_two_decimals() -> None:
    ps = [
        Petition(
            f"p{i}",
            "phan_anh",
            "nha_nuoc",
            received_on=date(2020, 1, 2),
            closed_on=date(2020, 3, 1) if i < 2569 else None,
        )
        for i in range(2578)
    ]
    r = register(ps, date(2020, 12, 31))
    assert (r.received, r.processed, str(r.rate)) == (2578, 2569, "99.65")
    assert "2.569" in str(r.explanation) and "99,65%" in str(r.explanation)


petition_dates = st.dates(date(2019, 1, 1), date(2030, 6, 30))


@given(petition_dates, st.integers(0, 30), st.booleans(), st.integers(0, 2))
def test_a_deadline_is_never_before_the_receipt(
    received: date, lag: int, central: bool, ext: int
) -> None:
    p = Petition(
        "x",
        "to_cao",
        "nha_nuoc",
        received_on=received,
        accepted_on=received + timedelta(days=lag),
        extensions=ext,
        central=central,
    )
    for d in state_deadlines(p).values():
        assert d.due >= received
    assert party_deadline(party(received, central=central)).due >= received


@given(petition_dates, st.integers(0, 400), st.integers(0, 400))
def test_overdue_stays_overdue_until_closed(received: date, a: int, b: int) -> None:
    p = Petition("x", "to_cao", "nha_nuoc", received_on=received, accepted_on=received)
    lo, hi = sorted((a, b))
    first = register([p], received + timedelta(days=lo)).rows[0]
    second = register([p], received + timedelta(days=hi)).rows[0]
    if first.status == "overdue":
        assert (
            second.status == "overdue" and second.overdue_working_days >= first.overdue_working_days
        )
    closed = attrs_evolve(p, closed_on=received + timedelta(days=hi))
    assert register([closed], received + timedelta(days=hi)).rows[0].status == "closed"


# ── whistle-blower protection ─────────────────────────────────────────────────────────────


@settings(max_examples=40)
@given(
    names().map(lambda n: f"{n} Zqx"),  # a marker keeps generated secrets apart from ordinary words
    st.text(min_size=6, max_size=30, alphabet="abcdefghijklmnopqrstuvwxyzăâđêôơư ").map(
        lambda a: f"Xqz {a}"
    ),
    st.text(alphabet="0123456789", min_size=12, max_size=12),
    petition_dates,
    st.booleans(),
)
def test_a_senders_identity_never_leaks(
    name: str, address: str, cid: str, received: date, state: bool
) -> None:
    sender = Sender(full_name=name, address=address, citizen_id=cid, named=True)
    p = Petition(
        "x",
        "to_cao",
        "nha_nuoc" if state else "dang",
        received_on=received,
        sender=sender,
        accepted_on=received,
        summary=f"Tố cáo của {name}",
    )
    outputs = [
        repr(p),
        repr(sender),
        str(screen_party(p).explanation),
        screen_party(p).explanation.render("en"),
    ]
    for d in (state_deadlines(p) if state else {"party": party_deadline(p)}).values():
        outputs += [
            str(d.explanation),
            json.dumps(d.to_json(), ensure_ascii=False),
            d.explanation._repr_html_(),
        ]
    r = register([p], received + timedelta(days=100))
    outputs += [str(r.explanation), json.dumps(r.to_json(), ensure_ascii=False)]
    dumped = dump_petitions([p])
    outputs.append(json.dumps(dumped, ensure_ascii=False))
    bad = json.loads(json.dumps(dump_petitions([p], reveal_identity=True), ensure_ascii=False))
    bad["petitions"][0]["received_on"] = name
    bad["petitions"][0]["sender"]["citizen_id"] = cid + "9"
    try:
        load_petitions(bad)
    except DataError as err:
        outputs.append(str(err))
    text = "\n".join(outputs)
    for secret in (name, address.strip(), cid):
        if len(secret) >= 6:
            assert secret not in text


def test_identity_is_dumped_only_on_request_and_round_trips() -> None:
    p = party(date(2023, 3, 1), summary="Nội dung")
    hidden = dump_petitions([p])
    assert "full_name" not in json.dumps(hidden) and validate(hidden, "petitions") == []
    shown = dump_petitions([p], reveal_identity=True)
    assert validate(shown, "petitions") == [] and load_petitions(shown) == (p,)


def test_who_resolves_and_the_qd21_conclusions() -> None:
    from dangkiemtra.errors import RuleError
    from dangkiemtra.petitions import conclusion_categories, who_resolves

    assert (
        who_resolves(party(date(2023, 3, 1)), managed_by_same_level_committee=False)[0]
        == "chi_bo_role"
    )
    body, why = who_resolves(party(date(2023, 3, 1)), managed_by_same_level_committee=True)
    assert body == "ubkt" and why.citations[0].rule_id == "TCP-05"
    assert conclusion_categories(date(2026, 5, 1)) == (
        "to_cao_sai",
        "khong_co_co_so",
        "dung_co_khuyet_diem",
        "dung_co_vi_pham",
    )
    with pytest.raises(RuleError):
        conclusion_categories(date(2026, 4, 10))
