"""Readings and regime changes (issue 12 §2): readings the rule does not offer are errors, every
reading's result travels with the answer, and a period that outlives its document says so."""

from __future__ import annotations

from datetime import date

import pytest

from dangkiemtra._schemas import validate
from dangkiemtra.discipline.cases import Suspension
from dangkiemtra.discipline.suspension import suspension_term
from dangkiemtra.errors import RuleError
from dangkiemtra.periods import deadline_for_rule
from dangkiemtra.petitions import Petition, complaint_deadlines, state_deadlines


def test_a_reading_the_rule_in_force_does_not_offer_is_an_error_naming_the_offered_ones() -> None:
    with pytest.raises(RuleError, match=r"readings offered: none"):
        deadline_for_rule(
            "org.probation.confirmation_working_days", date(2023, 12, 20), reading="calendar_days"
        )
    # the appeal window offers readings only from QĐ 296 (2025-05-30)
    with pytest.raises(RuleError, match=r"none"):
        deadline_for_rule("discipline.appeal.window", date(2025, 5, 29), reading="calendar_days")
    d = deadline_for_rule("discipline.appeal.window", date(2025, 5, 30), reading="calendar_days")
    assert d.duration.amount == 30 and d.due == date(2025, 6, 30)  # 29 June is a Sunday
    with pytest.raises(RuleError, match=r"working_days"):
        deadline_for_rule("discipline.appeal.window", date(2025, 5, 30), reading="weeks")


def test_one_answer_carries_every_readings_result_with_the_default_marked() -> None:
    d = deadline_for_rule("discipline.appeal.window", date(2025, 6, 2))
    alts = {a.reading: a for a in d.alternatives}
    assert set(alts) == {"working_days", "calendar_days"}
    assert alts["working_days"].is_default and alts["working_days"].chosen
    assert alts["working_days"].due == d.due == date(2025, 7, 14)
    assert alts["calendar_days"].due == date(2025, 7, 2) and not alts["calendar_days"].chosen
    chosen = deadline_for_rule(
        "discipline.appeal.window", date(2025, 6, 2), reading="calendar_days"
    )
    assert chosen.due == date(2025, 7, 2)
    assert {a.reading for a in chosen.alternatives if a.chosen} == {"calendar_days"}
    assert {a.reading for a in chosen.alternatives if a.is_default} == {"working_days"}
    out = d.to_json()
    assert validate(out, "deadline") == [] and len(out["alternatives"]) == 2
    # an unambiguous rule has no alternatives
    assert (
        deadline_for_rule(
            "org.probation.confirmation_working_days", date(2023, 12, 20)
        ).alternatives
        == ()
    )


def test_a_complaint_received_the_day_before_nd_155_crosses_the_regime() -> None:
    before = complaint_deadlines(
        Petition("k", "khieu_nai", "nha_nuoc", received_on=date(2026, 6, 30))
    )["acceptance"]
    assert before.regime_crossing and before.due == date(2026, 7, 14)  # still 10 working days
    sources = {c.source for c in before.explanation.citations}
    assert {"tt-07-2013-ttcp", "nd-155-2026"} <= sources
    flag = next(f for f in before.flags if f.code == "regime_crossing")
    assert (flag.subject, flag.detail) == ("petition.state.complaint.acceptance", "nd-155-2026")
    inside = complaint_deadlines(
        Petition("k", "khieu_nai", "nha_nuoc", received_on=date(2026, 6, 10))
    )["acceptance"]
    assert inside.due == date(2026, 6, 24) and not inside.regime_crossing  # ends before the change
    after = complaint_deadlines(
        Petition("k", "khieu_nai", "nha_nuoc", received_on=date(2026, 7, 1))
    )["acceptance"]
    assert not after.regime_crossing


def test_an_extension_decided_after_the_change_uses_the_successors_limits() -> None:
    p = Petition(
        "d",
        "to_cao",
        "nha_nuoc",
        received_on=date(2018, 11, 1),
        accepted_on=date(2018, 11, 5),
        extensions=1,
        complex=True,
    )
    old = state_deadlines(p)["resolution"]
    new = state_deadlines(p, extended_on=date(2019, 1, 10))["resolution"]
    # 90 days to Sunday 3 February 2019, Tết 4–8 February: 11 February; then 60 (2011 Law) or 30 (2018 Law)
    assert old.due == date(2019, 4, 12)
    assert new.due == date(2019, 3, 13)
    assert ("luat-to-cao-2018", "30", "2") in {
        (c.source, c.article, c.clause) for c in new.explanation.citations
    }
    assert new.regime_crossing  # the 2011 base period ends after the 2018 Law took effect


def test_a_qd296_suspension_extended_under_qd21_gets_qd21s_120_day_cap() -> None:
    s = Suspension("s", "dv", "sinh_hoat_dang", start=date(2026, 3, 2), extensions=(30,))
    old = suspension_term(s)
    new = suspension_term(s, extended_on=date(2026, 5, 15))
    assert old.base_end == new.base_end == date(2026, 5, 31)  # 90 days, QĐ 296 carried over
    assert old.latest_end == date(2026, 8, 29)  # 180 days
    assert new.latest_end == date(2026, 6, 30)  # QĐ 21: 120 days in all
    assert new.ends_on == date(2026, 6, 30) and new.lawful
    longer = suspension_term(
        Suspension("s", "dv", "sinh_hoat_dang", start=date(2026, 3, 2), extensions=(31,)),
        extended_on=date(2026, 5, 15),
    )
    assert not longer.lawful  # a day past QĐ 21's cap
    assert any(f.code == "regime_crossing" for f in new.explanation.flags)
    assert {"qd-296-2025", "qd-21-2026"} <= {c.source for c in new.explanation.citations}


def test_an_extension_decided_under_the_same_text_adds_no_successor_step() -> None:
    s = Suspension("s", "dv", "sinh_hoat_dang", start=date(2023, 3, 1), extensions=(30,))
    t = suspension_term(s, extended_on=date(2023, 5, 20))
    assert not any(
        st.code == "discipline.suspension.successor_limits" for st in t.explanation.steps
    )
    assert not any(f.code == "regime_crossing" for f in t.explanation.flags)
    assert t.latest_end == suspension_term(s).latest_end


def test_the_successor_limits_step_cites_both_texts() -> None:
    s = Suspension("s", "dv", "sinh_hoat_dang", start=date(2026, 3, 2), extensions=(30,))
    t = suspension_term(s, extended_on=date(2026, 5, 15))
    step = next(
        st for st in t.explanation.steps if st.code == "discipline.suspension.successor_limits"
    )
    assert [c.source for c in step.citations] == ["qd-296-2025", "qd-21-2026"]
    assert [(f.code, f.subject) for f in step.flags] == [
        ("regime_crossing", "discipline.suspension.max_total")
    ]


def test_a_suspension_lifted_on_its_last_day_is_not_lifted_early() -> None:
    s = Suspension("s", "dv", "sinh_hoat_dang", start=date(2023, 3, 1))
    end = suspension_term(s).ends_on
    on_end = suspension_term(
        Suspension("s", "dv", "sinh_hoat_dang", start=date(2023, 3, 1), lifted_on=end)
    )
    assert not any(st.code == "discipline.suspension.lifted" for st in on_end.explanation.steps)
    early = suspension_term(
        Suspension("s", "dv", "sinh_hoat_dang", start=date(2023, 3, 1), lifted_on=date(2023, 4, 1))
    )
    assert early.ends_on == date(2023, 4, 1)
    assert any(st.code == "discipline.suspension.lifted" for st in early.explanation.steps)
