"""Appeals (AP) at their boundaries: filed on the last day of the window and the day after, on the
day of receipt and the day before, counted from receipt, the path for each deciding body."""

from __future__ import annotations

from datetime import date

from dangkiemtra.discipline import (
    Appeal,
    BodyRole,
    Decision,
    admissibility,
    appeal_window,
    resolution_deadline,
)
from dangkiemtra.discipline.appeals import appeal_path

# a warning by the higher inspection commission, signed, announced, then received on Monday
# 2 October 2023 (QĐ 22 era: 30 working days). Counting from Tuesday 3 October, with no day off
# in October–November 2023: 3–6 Oct (4), 9–13 (9), 16–20 (14), 23–27 (19), 30–31 (21),
# 1–3 Nov (24), 6–10 Nov (29), Monday 13 November (30).
D = Decision(
    "qd",
    BodyRole.UBKT_CAP_TREN,
    "canh_cao",
    signed_on=date(2023, 9, 20),
    announced_on=date(2023, 9, 25),
    received_on=date(2023, 10, 2),
)
LAST_DAY = date(2023, 11, 13)


def rules(expl: object) -> set[tuple[str, str]]:
    return {(c.rule_id, c.source) for c in expl.citations}  # type: ignore[attr-defined]


def test_the_window_runs_from_receipt_not_from_signing_or_announcement() -> None:
    w = appeal_window(D)
    assert (w.start, w.due, w.duration.amount, w.duration.unit.value) == (
        date(2023, 10, 2),
        LAST_DAY,
        30,
        "working_days",
    )
    assert ("AP-02", "qd-22-2021") in rules(w.explanation)


def test_without_receipt_the_window_runs_from_the_announcement() -> None:
    announced = Decision(
        "qd", BodyRole.UBKT_CAP_TREN, "canh_cao", date(2023, 9, 28), date(2023, 10, 2)
    )
    assert appeal_window(announced).due == LAST_DAY


def test_an_appeal_filed_on_the_last_day_of_the_window_is_accepted() -> None:
    c = admissibility(Appeal("a", "qd", filed_on=LAST_DAY), D)
    assert (c.accepted, c.reasons) == (True, ())
    assert c.explanation.codes[-1] == "discipline.appeal.verdict"


def test_an_appeal_filed_the_day_after_the_window_is_out_of_time() -> None:
    c = admissibility(Appeal("a", "qd", filed_on=date(2023, 11, 14)), D)
    assert (c.accepted, c.reasons) == (False, ("qua_thoi_han",))
    assert ("AP-03", "qd-22-2021") in rules(c.explanation)


def test_an_appeal_filed_on_the_day_of_receipt_is_accepted_and_the_day_before_is_not() -> None:
    assert admissibility(Appeal("a", "qd", filed_on=date(2023, 10, 2)), D).accepted
    before = admissibility(Appeal("a", "qd", filed_on=date(2023, 10, 1)), D)
    assert before.reasons == ("chua_nhan_quyet_dinh",)


def test_resolution_is_counted_from_the_appeals_receipt() -> None:
    # QĐ 30 Art 32.5.2.1: 90 working days from the receipt (5 June 2019), not the filing
    a = Appeal("a", "qd", filed_on=date(2019, 6, 3), received_on=date(2019, 6, 5))
    r = resolution_deadline(a)
    assert (r.start, r.duration.amount) == (date(2019, 6, 5), 90)
    assert ("AP-06", "qd-30-2016") in rules(r.explanation)
    assert resolution_deadline(Appeal("b", "qd", filed_on=date(2019, 6, 3))).start == date(
        2019, 6, 3
    )


# ── the path (AP-01, AP-05) ──────────────────────────────────────────────────────────────


def test_a_central_decisions_only_level_resolves_in_the_central_limit() -> None:
    d = Decision(
        "qd",
        BodyRole.BCH_TW,
        "khai_tru",
        date(2023, 5, 2),
        received_on=date(2023, 5, 4),
        central=True,
    )
    a = Appeal("a", "qd", filed_on=date(2023, 5, 10), received_on=date(2023, 5, 11))
    p = appeal_path(d, appeal=a)
    assert [(lv.body, lv.place) for lv in p.levels] == [("bch_tw", "final")]
    assert p.first.resolution is not None and p.first.resolution.duration.amount == 180


def test_a_first_level_below_the_final_resolves_in_the_lower_limit() -> None:
    a = Appeal("a", "qd", filed_on=date(2023, 10, 10), received_on=date(2023, 10, 11))
    p = appeal_path(D, appeal=a)
    assert [(lv.body, lv.place) for lv in p.levels] == [
        ("cap_uy_cap_tren", "first"),
        ("ubkt_tw", "final"),
    ]
    assert p.first.resolution is not None and p.first.resolution.duration.amount == 90


def test_a_grassroots_committees_decision_goes_straight_to_the_committee_above() -> None:
    d = Decision(
        "qd", BodyRole.DANG_UY_CO_SO, "canh_cao", date(2023, 9, 20), received_on=date(2023, 10, 2)
    )
    p = appeal_path(d)
    assert [(lv.body, lv.place) for lv in p.levels] == [
        ("cap_uy_cap_tren", "first"),
        ("ubkt_tw", "final"),
    ]


def test_a_cell_that_is_not_grassroots_is_appealed_to_its_grassroots_committee() -> None:
    d = Decision(
        "qd", BodyRole.CHI_BO, "canh_cao", date(2023, 9, 20), received_on=date(2023, 10, 2)
    )
    assert appeal_path(d).first.body == "dang_uy_co_so"
    assert appeal_path(d, cell_is_grassroots=True).first.body == "cap_uy_cap_tren"


def test_before_qd30_the_resolution_limits_are_reported_as_not_checked_since_2016_07_26() -> None:
    # signed under the Charter alone, received once QĐ 30 was in force
    d = Decision(
        "qd", BodyRole.DANG_UY_CO_SO, "canh_cao", date(2016, 7, 20), received_on=date(2016, 7, 27)
    )
    p = appeal_path(d)
    assert p.first.resolution_period is None
    since = {s.fact("since") for s in p.explanation.steps if s.code == "discipline.who.not_checked"}
    assert since == {date(2016, 7, 26)}
