"""Limitation (TH) at its boundaries: the last day a new violation restarts it, the start from
discovery (HD 05), an end event known only by a bound, excluded periods that touch the limit."""

from __future__ import annotations

from datetime import date

import pytest

from dangkiemtra.discipline import Circumstance, Form, SubjectKind, Violation, check_limitation
from dangkiemtra.errors import RuleError

M = SubjectKind.OFFICIAL_MEMBER
KT, CC = Form.KHIEN_TRACH, Form.CANH_CAO


def cited(expl: object) -> set[tuple[str, str]]:
    return {(c.rule_id, c.source) for c in expl.citations}  # type: ignore[attr-defined]


# ── TH-06: a new violation restarts the period only while it runs ────────────────────────


def test_a_new_violation_on_the_last_day_of_the_limitation_restarts_it() -> None:
    # reprimand, QĐ 69 Art 4: 5 years from 2015-01-10 → the last day is 2020-01-10
    v = Violation("v", committed_on=date(2015, 1, 10), warranted=KT)
    on_last = check_limitation(
        v, M, concluded_on=date(2023, 1, 5), new_violations=[date(2020, 1, 10)]
    )
    assert (on_last.disciplinable, on_last.expires_on) == (True, date(2025, 1, 10))
    assert ("TH-06", "qd-69-2022") in cited(on_last.explanation)
    assert "discipline.limitation.reset" in on_last.explanation.codes


def test_a_new_violation_the_day_after_the_limitation_ended_does_not_revive_it() -> None:
    v = Violation("v", committed_on=date(2015, 1, 10), warranted=KT)
    after = check_limitation(
        v, M, concluded_on=date(2023, 1, 5), new_violations=[date(2020, 1, 11)]
    )
    assert (after.disciplinable, after.expires_on) == (False, date(2020, 1, 10))
    assert "discipline.limitation.reset" not in after.explanation.codes


def test_a_violation_on_the_start_day_itself_is_not_a_later_violation() -> None:
    v = Violation("v", committed_on=date(2015, 1, 10), warranted=KT)
    same = check_limitation(v, M, concluded_on=date(2019, 5, 5), new_violations=[date(2015, 1, 10)])
    assert same.expires_on == date(2020, 1, 10)
    assert "discipline.limitation.reset" not in same.explanation.codes


# ── TH-04: a continuing violation whose end is unknown runs from its discovery (HD 05) ───


def test_a_continuing_violation_without_an_end_runs_from_discovery_under_hd05() -> None:
    v = Violation(
        "v",
        committed_on=date(2015, 1, 1),
        continuing=True,
        discovered_on=date(2020, 6, 1),
        warranted=KT,
    )
    last = check_limitation(v, M, concluded_on=date(2025, 6, 1))
    assert (last.disciplinable, last.expires_on) == (True, date(2025, 6, 1))
    assert ("TH-04", "hd-05-2022-ubkttw") in cited(last.explanation)
    assert not check_limitation(v, M, concluded_on=date(2025, 6, 2)).disciplinable


def test_before_hd05_a_continuing_violation_without_an_end_runs_from_the_act() -> None:
    # QĐ 102 Art 3.1: from the violation (its end); discovery is not a start before HD 05
    v = Violation(
        "v",
        committed_on=date(2015, 1, 1),
        continuing=True,
        discovered_on=date(2020, 6, 1),
        warranted=KT,
    )
    c = check_limitation(v, M, concluded_on=date(2022, 11, 21))
    assert (c.disciplinable, c.expires_on) == (False, date(2020, 1, 1))
    assert ("TH-04", "qd-102-2017") in cited(c.explanation)


# ── TH-05: the conclusion era, with only the decision to inspect known ───────────────────


def test_an_inspection_decided_after_the_limit_settles_a_conclusion_era_case() -> None:
    # HD 02 era: the conclusion counts; it comes on or after the inspection decision, so an
    # inspection decided the day after the last day (2022-01-10) already decides "too late"
    v = Violation("v", committed_on=date(2017, 1, 10), warranted=KT)
    c = check_limitation(v, M, inspection_decided_on=date(2022, 1, 11))
    assert (c.disciplinable, c.expires_on, c.event) == (False, date(2022, 1, 10), "conclusion")
    assert not c.event_date_known
    assert "discipline.limitation.event_bound" in c.explanation.codes
    assert ("TH-05", "hd-02-2021-tw") in cited(c.explanation)


def test_an_inspection_decided_on_the_last_day_leaves_the_conclusion_needed() -> None:
    v = Violation("v", committed_on=date(2017, 1, 10), warranted=KT)
    with pytest.raises(RuleError):
        check_limitation(v, M, inspection_decided_on=date(2022, 1, 10))


# ── TH-07: excluded periods ──────────────────────────────────────────────────────────────


def test_an_excluded_period_starting_on_the_last_day_adds_its_days() -> None:
    # 5 years from 2018-03-01 → 2023-03-01; an illness from that very day for 10 days
    # (2023-03-01 … 2023-03-10) is inside the period on one day only: +1 day → 2023-03-02
    v = Violation("v", committed_on=date(2018, 3, 1), warranted=KT)
    ill = Circumstance("benh_nang", date(2023, 3, 1), date(2023, 3, 10))
    c = check_limitation(v, M, concluded_on=date(2023, 3, 2), not_counted=[ill])
    assert (c.disciplinable, c.expires_on, c.excluded_days) == (True, date(2023, 3, 2), 1)
    assert ("TH-07", "hd-05-2022-ubkttw") in cited(c.explanation)


def test_an_excluded_period_starting_the_day_after_the_limit_adds_nothing() -> None:
    v = Violation("v", committed_on=date(2018, 3, 1), warranted=KT)
    ill = Circumstance("benh_nang", date(2023, 3, 2), date(2023, 3, 10))
    c = check_limitation(v, M, concluded_on=date(2023, 3, 2), not_counted=[ill])
    assert (c.disciplinable, c.expires_on, c.excluded_days) == (False, date(2023, 3, 1), 0)


# ── TH-01: before any limitation, the answer names the day the first one came ────────────


def step(expl: object, code: str) -> object:
    return next(s for s in expl.steps if s.code == code)  # type: ignore[attr-defined]


def test_before_qd102_the_answer_says_the_limitation_starts_on_2017_11_15() -> None:
    v = Violation("v", committed_on=date(2001, 1, 1), warranted=CC)
    c = check_limitation(v, M, concluded_on=date(2017, 11, 14))
    assert (c.disciplinable, c.expires_on, c.event) == (True, None, "none")
    assert step(c.explanation, "discipline.limitation.none_yet").fact("since") == date(2017, 11, 15)  # type: ignore[attr-defined]


def test_before_qd07_an_organisation_has_no_limitation_until_2018_08_28() -> None:
    v = Violation("v", committed_on=date(2001, 1, 1), warranted=CC)
    c = check_limitation(v, SubjectKind.ORGANIZATION, concluded_on=date(2018, 8, 27))
    assert (c.disciplinable, c.expires_on) == (True, None)
    assert step(c.explanation, "discipline.limitation.none_yet").fact("since") == date(2018, 8, 28)  # type: ignore[attr-defined]


def test_before_hd05_no_period_is_excluded_and_the_answer_names_hd05s_day() -> None:
    v = Violation("v", committed_on=date(2017, 11, 20), warranted=KT)
    ill = Circumstance("benh_nang", date(2020, 1, 1), date(2020, 3, 31))
    c = check_limitation(v, M, concluded_on=date(2022, 11, 21), not_counted=[ill])
    assert (c.expires_on, c.excluded_days) == (date(2022, 11, 20), 0)
    since = step(c.explanation, "discipline.limitation.no_exclusion_rule").fact("since")  # type: ignore[attr-defined]
    assert since == date(2022, 11, 22)


# ── TH-02 by era: QĐ 102 → QĐ 69 → QĐ 212, each from its first day ───────────────────────


@pytest.mark.parametrize(
    ("concluded", "rule_id", "source"),
    [
        (date(2022, 7, 5), "TH-02", "qd-102-2017"),
        (date(2022, 7, 6), "TH-02", "qd-69-2022"),
        (date(2026, 8, 16), "TH-02", "qd-69-2022"),
        (date(2026, 8, 17), "TH-02-2026", "qd-212-2026"),
    ],
)
def test_the_ten_years_of_a_warning_are_cited_to_the_regulation_of_the_conclusion(
    concluded: date, rule_id: str, source: str
) -> None:
    # cảnh cáo: 10 years from 2016-08-17 → 2026-08-17, the day QĐ 212 takes effect
    v = Violation("v", committed_on=date(2016, 8, 17), warranted=CC)
    c = check_limitation(v, M, concluded_on=concluded)
    assert (c.disciplinable, c.expires_on, c.years) == (True, date(2026, 8, 17), 10)
    assert (rule_id, source) in cited(c.explanation)
