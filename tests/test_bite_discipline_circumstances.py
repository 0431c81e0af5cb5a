"""Circumstances (MC-03) at their boundaries: a postponement on its first and last day and the
days around them, the day it started as the answer's fact, QĐ 212's written request for
maternity only."""

from __future__ import annotations

from datetime import date

import pytest

from dangkiemtra.discipline import Circumstance, consideration_status

ILL = Circumstance("benh_nang", date(2023, 5, 1), date(2023, 10, 1))


@pytest.mark.parametrize(
    ("day", "status"),
    [
        (date(2023, 4, 30), "consider"),
        (date(2023, 5, 1), "postponed"),  # the first day of the in-patient treatment
        (date(2023, 10, 1), "postponed"),  # the last day
        (date(2023, 10, 2), "consider"),
    ],
)
def test_serious_illness_postpones_from_its_first_to_its_last_day(day: date, status: str) -> None:
    assert consideration_status((ILL,), day).status == status


def test_the_postponement_names_the_day_it_started_and_cites_the_regulation() -> None:
    s = consideration_status((ILL,), date(2023, 9, 25))
    (step,) = [x for x in s.explanation.steps if x.code == "discipline.mc.postponed"]
    assert step.fact("since") == date(2023, 5, 1)
    c = s.explanation.citations[0]
    assert (c.rule_id, c.source, c.article, c.clause) == ("MC-03", "qd-69-2022", "2", "14")


def test_a_written_request_waives_only_the_maternity_postponement_under_qd212() -> None:
    ill = Circumstance("benh_nang", date(2026, 8, 1), None, written_request=True)
    assert consideration_status((ill,), date(2026, 9, 1)).status == "postponed"
    leave = Circumstance("thai_san_con_nho", date(2026, 8, 1), None, written_request=True)
    assert consideration_status((leave,), date(2026, 9, 1)).status == "consider"


def test_a_recorded_circumstance_without_dates_postpones_nothing() -> None:
    undated = Circumstance("benh_nang")
    assert consideration_status((undated,), date(2023, 9, 25)).status == "consider"
