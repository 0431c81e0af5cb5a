"""Suspension (SU) at its limits: an extension that ends on the maximum and one day past it,
QĐ 21's single extension, limits read on the day an extension is decided, criminal grounds that
follow the proceedings, and lifting before the end."""

from __future__ import annotations

from datetime import date

from dangkiemtra.discipline import Suspension, SuspensionKind, suspension_term

PARTY = SuspensionKind.PARTY_ACTIVITY


def susp(
    start: date, grounds: tuple[str, ...] = (), ext: tuple[int, ...] = (), **kw: date
) -> Suspension:
    return Suspension("s", "dv", PARTY, start, grounds, ext, **kw)


def rules(expl: object) -> set[tuple[str, str]]:
    return {(c.rule_id, c.source) for c in expl.citations}  # type: ignore[attr-defined]


# ── QĐ 22 Art 31.1: 90 days, at most 180 in all (calendar days) ──────────────────────────


def test_an_extension_ending_on_the_180th_day_is_lawful_and_one_day_more_is_not() -> None:
    # from 4 May 2025: day 90 is 2 August, day 180 is 31 October
    on_max = suspension_term(susp(date(2025, 5, 4), ext=(90,)))
    assert (on_max.ends_on, on_max.latest_end, on_max.lawful) == (
        date(2025, 10, 31),
        date(2025, 10, 31),
        True,
    )
    assert ("SU-03", "qd-22-2021") in rules(on_max.explanation)
    over = suspension_term(susp(date(2025, 5, 4), ext=(91,)))
    assert (over.ends_on, over.lawful) == (date(2025, 11, 1), False)


def test_several_extensions_are_lawful_under_qd22_while_the_total_keeps_within_180() -> None:
    t = suspension_term(susp(date(2025, 5, 4), ext=(30, 30, 30)))
    assert (t.ends_on, t.lawful) == (date(2025, 10, 31), True)


# ── QĐ 21 (SU-01-2026): 90 days plus one extension of at most 30 ─────────────────────────


def test_qd21_one_extension_to_day_120_is_lawful_and_day_121_is_not() -> None:
    # from 4 May 2026: day 90 is 2 August, day 120 is 1 September
    on_max = suspension_term(susp(date(2026, 5, 4), ext=(30,)))
    assert (on_max.ends_on, on_max.latest_end, on_max.lawful) == (
        date(2026, 9, 1),
        date(2026, 9, 1),
        True,
    )
    assert ("SU-01-2026", "qd-21-2026") in rules(on_max.explanation)
    over = suspension_term(susp(date(2026, 5, 4), ext=(31,)))
    assert (over.ends_on, over.lawful) == (date(2026, 9, 2), False)


# ── the limits on an extension are those in force the day it is decided ──────────────────


def test_an_extension_decided_under_qd21_uses_qd21s_limits() -> None:
    # started under QĐ 296 on 1 March 2026 (day 90: 30 May); extended by 60 days to 29 July.
    # QĐ 296 would allow up to day 180 (28 August); QĐ 21, in force when the extension was
    # decided (1 May 2026), allows 120 days: 29 June
    s = susp(date(2026, 3, 1), ext=(60,))
    later = suspension_term(s, extended_on=date(2026, 5, 1))
    assert (later.base_end, later.ends_on, later.latest_end, later.lawful) == (
        date(2026, 5, 30),
        date(2026, 7, 29),
        date(2026, 6, 29),
        False,
    )
    assert "discipline.suspension.successor_limits" in later.explanation.codes
    assert any(f.code == "regime_crossing" for f in later.explanation.flags)
    same = suspension_term(s, extended_on=date(2026, 4, 1))
    assert (same.latest_end, same.lawful) == (date(2026, 8, 28), True)
    assert "discipline.suspension.successor_limits" not in same.explanation.codes


def test_an_extension_day_without_an_extension_changes_nothing() -> None:
    t = suspension_term(susp(date(2026, 3, 1)), extended_on=date(2026, 5, 1))
    assert (t.ends_on, t.latest_end) == (date(2026, 5, 30), date(2026, 8, 28))
    assert "discipline.suspension.successor_limits" not in t.explanation.codes


# ── QĐ 22 Art 31.2: detention or prosecution follows the proceedings' own term ───────────


def test_a_detained_member_stays_suspended_to_the_end_of_the_proceedings() -> None:
    # from 1 March 2023: day 90 is 30 May; 100 days more is 7 September, past day 180
    # (28 August), yet lawful while the detention runs to 7 September
    s = susp(date(2023, 3, 1), ("tam_giam",), (100,))
    t = suspension_term(s, proceedings_end=date(2023, 9, 7))
    assert (t.ends_on, t.latest_end, t.lawful, t.follows_proceedings) == (
        date(2023, 9, 7),
        date(2023, 9, 7),
        True,
        True,
    )
    short = suspension_term(s, proceedings_end=date(2023, 9, 6))
    assert (short.latest_end, short.lawful) == (date(2023, 9, 6), False)
    unknown = suspension_term(s)
    assert (unknown.latest_end, unknown.lawful) == (date(2023, 9, 7), True)
    assert ("SU-03", "qd-22-2021") in rules(t.explanation)


def test_other_grounds_stay_within_the_general_maximum() -> None:
    t = suspension_term(susp(date(2023, 3, 1), ("vi_pham_khac",), (100,)))
    assert (t.ends_on, t.latest_end, t.lawful, t.follows_proceedings) == (
        date(2023, 9, 7),
        date(2023, 8, 28),
        False,
        False,
    )


# ── lifting ──────────────────────────────────────────────────────────────────────────────


def test_a_suspension_lifted_the_day_before_its_end_ends_that_day() -> None:
    early = suspension_term(susp(date(2023, 3, 1), lifted_on=date(2023, 5, 29)))
    assert (early.base_end, early.ends_on) == (date(2023, 5, 30), date(2023, 5, 29))
    assert "discipline.suspension.lifted" in early.explanation.codes
    on_end = suspension_term(susp(date(2023, 3, 1), lifted_on=date(2023, 5, 30)))
    assert on_end.ends_on == date(2023, 5, 30)
    assert "discipline.suspension.lifted" not in on_end.explanation.codes
