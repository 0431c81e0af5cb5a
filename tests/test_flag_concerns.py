"""Flags that name the concern (issue 12 §3): each assumption its own flag, generic confidence
caveats grouped apart, and every entry of the catalogue's "unverified, ambiguous or conflicting"
sections mapped to the named flag an answer relying on it carries."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from dangkiemtra._messages import FLAGS
from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.discipline.cases import Circumstance, Form, SubjectKind, Violation
from dangkiemtra.discipline.limitation import check_limitation
from dangkiemtra.periods import Duration, Unit, deadline, deadline_for_rule
from dangkiemtra.petitions import Petition, state_deadlines
from dangkiemtra.rulebook import Rulebook

SHARED = Path(__file__).resolve().parents[2] / "shared" / "rules"

#: (file, section heading, entry number) → (flag code, subject); ``None``: nothing in the library
#: relies on the point (no value is encoded), with the reason.
CONCERNS: dict[tuple[str, int], tuple[str, str] | str] = {
    ("discipline.md", 1): ("carried_over", "discipline.appeal.resolution.below_central"),
    ("discipline.md", 2): ("ambiguous_default", "periods.day_unit.party"),
    ("discipline.md", 3): ("unconfirmed", "discipline.appeal.final_level"),
    ("discipline.md", 4): ("unconfirmed", "discipline.authority.cap_tren_co_so"),
    ("discipline.md", 5): ("unconfirmed", "discipline.authority.dang_uy_co_so"),
    ("discipline.md", 6): ("unconfirmed", "discipline.vote.giai_tan"),
    ("discipline.md", 7): ("unconfirmed", "discipline.vote.majority"),
    ("discipline.md", 8): ("carried_over", "discipline.handover.cell_days"),
    ("discipline.md", 9): ("unconfirmed", "discipline.circumstances.aggravating"),
    ("discipline.md", 10): ("carried_over", "discipline.suspension.duration"),
    ("discipline.md", 11): ("unconfirmed", "state.bar.months.light"),
    ("discipline.md", 12): ("ambiguous_default", "periods.day_unit.party"),
    ("discipline.md", 13): ("roll_by_analogy", "petition.party.resolution.extension"),
    ("discipline.md", 14): ("ambiguous_default", "periods.end_day"),
    ("discipline.md", 15): ("regime_crossing", "discipline.suspension.duration"),
    ("discipline.md", 16): ("unconfirmed", "discipline.suspension.max_total"),
    ("inspection-complaints-organization.md", 1): (
        "carried_over",
        "petition.party.resolution.central",
    ),
    ("inspection-complaints-organization.md", 2): "no inspection-team duration is encoded",
    ("inspection-complaints-organization.md", 3): ("unconfirmed", "ktgs.programme.yearly"),
    ("inspection-complaints-organization.md", 4): ("ambiguous_default", "ktgs.report.cutoff"),
    ("inspection-complaints-organization.md", 5): ("unconfirmed", "org.ubkt.size.grassroots"),
    ("inspection-complaints-organization.md", 6): ("ambiguous_default", "periods.day_unit.state"),
    ("inspection-complaints-organization.md", 7): ("unconfirmed", "calendar.2026-11-24"),
    ("inspection-complaints-organization.md", 8): ("unconfirmed", "calendar.2020-04-02"),
    ("inspection-complaints-organization.md", 9): (
        "unconfirmed",
        "org.admission.ceremony_working_days",
    ),
    ("inspection-complaints-organization.md", 10): "congress terms are not computed",
    ("inspection-complaints-organization.md", 11): ("unconfirmed", "local.hcmc.press_report_chain"),
    ("inspection-complaints-organization.md", 12): ("unconfirmed", "supervision.mttq.reply"),
    ("inspection-complaints-organization.md", 13): "party-committee mergers are not modelled",
    (
        "inspection-complaints-organization.md",
        14,
    ): "naming collisions are documentation (sources.toml notes)",
    ("inspection-complaints-organization.md", 15): ("unconfirmed", "reception.state_head"),
    ("inspection-complaints-organization.md", 16): ("unconfirmed", "reception.state_head"),
}
#: subjects that are neither a rulebook key nor an option: synthetic subjects of a flag
SYNTHETIC = {"discipline.vote.giai_tan", "calendar.2026-11-24", "calendar.2020-04-02"}


def _entries(name: str, heading: str) -> set[int]:
    text = (SHARED / name).read_text("utf-8")
    start = text.index(heading)
    nxt = text.find("\n## ", start + 1)
    section = text[start : nxt if nxt > 0 else None]
    return {int(n) for n in re.findall(r"^(\d+)\. ", section, re.MULTILINE)}


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared catalogue is not beside this checkout")
def test_every_unverified_entry_of_the_catalogue_is_mapped() -> None:
    d = _entries("discipline.md", "## 12. Unverified")
    j = _entries("inspection-complaints-organization.md", "## J. Ambiguities")
    expected = {("discipline.md", n) for n in d} | {
        ("inspection-complaints-organization.md", n) for n in j
    }
    assert set(CONCERNS) == expected


@pytest.mark.parametrize("entry", sorted(CONCERNS))
def test_each_mapped_concern_is_a_flag_the_library_raises(entry: tuple[str, int]) -> None:
    target = CONCERNS[entry]
    if isinstance(target, str):
        return  # nothing encoded relies on it (the reason is in the table)
    code, subject = target
    assert code in FLAGS
    rb = Rulebook.default()
    if subject in SYNTHETIC:
        return
    if subject in rb.options:
        return  # an option: every answer using it carries its ambiguity flag
    history = rb.parameter(subject).history
    if code == "unconfirmed":
        assert any(not e.confidence.is_confirmed for e in history)
    elif code == "carried_over":
        assert any(e.carried_over for e in history)
    elif code == "regime_crossing":
        assert len(history) > 1
    elif code == "roll_by_analogy":
        assert rb.source(history[-1].citation.source).kind == "party"


def test_a_confirmed_answer_has_no_specific_concern() -> None:
    d = deadline_for_rule("org.probation.confirmation_working_days", date(2023, 12, 20))
    assert d.concerns == () and d.caveats == ()


def test_generic_caveats_are_grouped_apart_from_concerns() -> None:
    d = deadline_for_rule("petition.party.resolution.extension", date(2025, 8, 1))
    assert {f.code for f in d.caveats} == {"unconfirmed"}
    assert "unconfirmed" not in {f.code for f in d.concerns}
    assert "carried_over" in {f.code for f in d.concerns}


def test_a_month_period_on_a_missing_day_is_named() -> None:
    d = deadline(date(2023, 1, 31), Duration(1, Unit.MONTHS))
    assert [(f.code, f.detail) for f in d.concerns] == [("month_end", "2023-02-28")]
    assert deadline(date(2023, 1, 28), Duration(1, Unit.MONTHS)).concerns == ()


def test_excluded_periods_are_named() -> None:
    v = Violation("v", committed_on=date(2018, 1, 10), warranted=Form.KHIEN_TRACH)
    ill = Circumstance("benh_nang", start=date(2022, 12, 1), end=date(2022, 12, 31))
    c = check_limitation(
        v, SubjectKind.OFFICIAL_MEMBER, concluded_on=date(2023, 1, 20), not_counted=(ill,)
    )
    assert c.excluded_days == 31 and c.expires_on == date(2023, 2, 10)
    assert "excluded_periods" in {f.code for f in c.explanation.flags}


def test_a_party_deadline_moved_past_a_day_off_says_it_is_by_analogy() -> None:
    # 90 working days never end on a day off; a 30-day party extension (calendar reading) may
    d = deadline_for_rule(
        "petition.party.resolution.extension", date(2016, 9, 1), reading="calendar_days"
    )
    assert d.unrolled_end == date(2016, 10, 1) and d.due == date(2016, 10, 3)  # Saturday → Monday
    assert ("roll_by_analogy", "qd-30-2016") in {(f.code, f.detail) for f in d.flags}
    state = deadline_for_rule(
        "petition.state.complaint.limitation", date(2024, 1, 8)
    )  # a statute: no analogy
    assert state.due != state.unrolled_end and "roll_by_analogy" not in {
        f.code for f in state.flags
    }


def test_the_extension_base_is_a_named_reading() -> None:
    r = Petition(
        "d",
        "to_cao",
        "nha_nuoc",
        received_on=date(2023, 9, 1),
        accepted_on=date(2023, 9, 1),
        extensions=1,
        complex=True,
    )
    on_rolled = state_deadlines(r)[
        "resolution"
    ]  # 1 October (Sunday) → 2 October, + 30 → 1 November
    on_unrolled = state_deadlines(r, extension_base="unrolled_end")["resolution"]  # 1 October + 30
    assert on_rolled.due == date(2023, 11, 1) and on_unrolled.due == date(2023, 10, 31)
    assert ("ambiguous_default", "periods.extension_base") in {
        (f.code, f.subject) for f in on_rolled.flags
    }
    assert ("ambiguous", "periods.extension_base") in {
        (f.code, f.subject) for f in on_unrolled.flags
    }
    plain = state_deadlines(
        Petition(
            "d", "to_cao", "nha_nuoc", received_on=date(2023, 9, 1), accepted_on=date(2023, 9, 1)
        )
    )
    assert "periods.extension_base" not in {
        f.subject for f in plain["resolution"].flags
    }  # no extension


def test_a_calendar_day_from_an_unconfirmed_notice_is_flagged() -> None:
    info = WorkingCalendar.default().info(date(2026, 11, 24))
    assert not info.working
    assert ("unconfirmed", "calendar.2026-11-24") in {
        (f.code, f.subject) for f in info.step().flags
    }
