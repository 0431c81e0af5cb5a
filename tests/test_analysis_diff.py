"""Rulebook.diff: what changed between two dates, on the real transitions of 2026."""

from __future__ import annotations

from datetime import date

import pytest

from dangkiemtra import RulebookDiff
from dangkiemtra.rulebook import Rulebook
from dangkiemtra.rulebook._diff import ChangeKind

QD21 = date(2026, 4, 11)  # QĐ 21-QĐ/TW in force, QĐ 296 ends the day before
QD212 = date(2026, 8, 17)  # QĐ 212-QĐ/TW in force, QĐ 69 and QĐ 264 end the day before
DAY = date.resolution


def numbers(sources: tuple[object, ...]) -> list[str]:
    return sorted(s.number for s in sources)  # type: ignore[attr-defined]


def test_qd296_to_qd21_on_the_day_qd21_enters_into_force(rulebook: Rulebook) -> None:
    d = rulebook.diff(QD21 - DAY, QD21)
    assert isinstance(d, RulebookDiff)
    assert numbers(d.documents_entered) == ["21-QĐ/TW"]
    assert numbers(d.documents_left) == ["08-HD/TW", "296-QĐ/TW"]
    # QĐ 21's suspension: 90 days and one extension, 120 in all (SU-01-2026)
    by_key = {c.key: c for c in d}
    total = by_key["discipline.suspension.max_total"]
    assert total.kind is ChangeKind.VALUE
    assert total.before is not None and total.after is not None
    assert (total.before.value, total.after.value) == (180, 120)
    assert total.before.citation.source == "qd-296-2025"
    assert total.after.citation.source == "qd-21-2026"
    assert by_key["discipline.effect.event"].after.value == "signing"  # type: ignore[union-attr]
    # QĐ 21's four conclusions of a party denunciation are a new rule
    added = {c.key for c in d.of_kind("added")}
    assert "petition.party.conclusions" in added
    # a value carried over from QĐ 296 changes its basis, not its value
    announce = by_key["discipline.announce.days"]
    assert announce.kind is ChangeKind.BASIS
    assert announce.before.value == announce.after.value  # type: ignore[union-attr]
    # every value change cites both documents
    step = next(
        s
        for s in d.explanation.steps
        if dict(s.facts).get("key") == "discipline.suspension.max_total"
    )
    assert {c.source for c in step.citations} == {"qd-296-2025", "qd-21-2026"}


def test_the_day_before_qd21_nothing_changes(rulebook: Rulebook) -> None:
    d = rulebook.diff(QD21 - 2 * DAY, QD21 - DAY)
    assert not d.changed
    assert len(d) == 0 and d.documents_entered == () and d.documents_left == ()
    # and the day after neither
    assert not rulebook.diff(QD21, QD21 + DAY).changed


def test_qd69_to_qd212_on_the_day_qd212_enters_into_force(rulebook: Rulebook) -> None:
    d = rulebook.diff(QD212 - DAY, QD212)
    assert numbers(d.documents_entered) == ["212-QĐ/TW"]
    assert numbers(d.documents_left) == ["264-QĐ/TW", "69-QĐ/TW"]
    by_key = {c.key: c for c in d}
    aggravating = by_key["discipline.circumstances.aggravating"]
    assert aggravating.kind is ChangeKind.VALUE
    assert aggravating.after is not None and aggravating.after.citation.source == "qd-212-2026"
    assert by_key["discipline.circumstances.written_request_waives"].kind is ChangeKind.ADDED
    assert not rulebook.diff(QD212 - 2 * DAY, QD212 - DAY).changed


def test_a_diff_read_backwards_swaps_the_sides(rulebook: Rulebook) -> None:
    forward = rulebook.diff(QD21 - DAY, QD21)
    back = rulebook.diff(QD21, QD21 - DAY)
    assert forward.documents_entered == back.documents_left
    assert {c.key for c in forward.of_kind("added")} == {c.key for c in back.of_kind("removed")}


def test_an_unclear_point_comes_into_play_with_the_rule_that_needs_it(rulebook: Rulebook) -> None:
    # QĐ 30-QĐ/TW (26 July 2016) brings the party deadlines whose "ngày" is unclear
    d = rulebook.diff(date(2016, 7, 25), date(2016, 7, 26))
    entered = {o.option.key for o in d.options if o.entered}
    assert "periods.day_unit.party" in entered
    assert "rulebook.diff.option_in" in d.explanation.codes


def test_the_explanation_says_it_in_both_languages_with_flags(rulebook: Rulebook) -> None:
    d = rulebook.diff(QD21 - DAY, QD21)
    vi, en = d.explanation.render("vi"), d.explanation.render("en")
    assert "21-QĐ/TW" in vi and "180 ngày → 120 ngày" in vi
    assert "180 days → 120 days" in en
    # QĐ 21's carried-over values are flagged
    assert any(f.code == "carried_over" for f in d.flags)
    assert d == rulebook.diff(QD21 - DAY, QD21)  # pure


@pytest.mark.parametrize("day", [date(2011, 1, 19), date(2019, 7, 1), date(2025, 5, 30)])
def test_a_date_against_itself_changes_nothing(rulebook: Rulebook, day: date) -> None:
    assert not rulebook.diff(day, day).changed
