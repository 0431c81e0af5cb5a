"""Hypothesis into the public functions: extreme but well-typed arguments get the library's errors.

A date from year 1 to 9999 and whole numbers up to 10**30 either give an answer or a
:class:`~dangkiemtra.errors.DangKiemTraError` (which subclasses the matching built-in) whose
message is short, fixed and never holds the argument.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dangkiemtra as dk
import dangkiemtra.discipline as kl
import dangkiemtra.inspection as ins
import dangkiemtra.organization as og
import dangkiemtra.petitions as pe
import dangkiemtra.reception as rc
import dangkiemtra.supervision as su
from dangkiemtra.errors import DangKiemTraError, DataError
from dangkiemtra.rulebook import Rulebook

EDGE_DATES = [
    date.min,
    date(1, 1, 2),
    date(1999, 12, 31),
    date(2045, 12, 31),
    date(2046, 1, 1),
    date.max,
]
dates = st.one_of(st.sampled_from(EDGE_DATES), st.dates())
numbers = st.one_of(
    st.sampled_from([-(10**30), -1, 0, 1, 10**6, 2**63, 10**30]), st.integers(-(10**9), 10**9)
)
WORKING = dk.WorkingCalendar.default

CALLS: dict[str, Callable[[date, int], Any]] = {
    "is_working_day": lambda d, n: dk.is_working_day(d),
    "next_working_day": lambda d, n: dk.next_working_day(d),
    "add_working_days": lambda d, n: dk.add_working_days(d, n),
    "working_days_between": lambda d, n: dk.working_days_between(d, date(2023, 1, 1)),
    "calendar.info": lambda d, n: WORKING().info(d),
    "calendar.working_days": lambda d, n: list(WORKING().working_days(d, date(2016, 1, 1))),
    "WorkingCalendar": lambda d, n: dk.WorkingCalendar(Rulebook.default(), n, n),
    "rules_in_force": lambda d, n: Rulebook.default().at(d).in_force(),
    "deadline.days": lambda d, n: dk.deadline(d, dk.Duration(abs(n), "days")),
    "deadline.working_days": lambda d, n: dk.deadline(d, dk.Duration(abs(n), "working_days")),
    "deadline.months": lambda d, n: dk.deadline(d, dk.Duration(abs(n), "months")),
    "deadline.years": lambda d, n: dk.deadline(d, dk.Duration(abs(n), "years")),
    "Duration": lambda d, n: dk.Duration(n, "days"),
    "deadline_for_rule": lambda d, n: dk.deadline_for_rule(
        "org.probation.confirmation_working_days", d
    ),
    "probation_end": lambda d, n: og.probation_end(d),
    "legal_notice_deadline": lambda d, n: kl.legal_notice_deadline(d),
    "state_notice_deadline": lambda d, n: kl.state_notice_deadline(d),
    "hearing_required": lambda d, n: kl.hearing_required(d),
    "state_bar": lambda d, n: kl.state_bar(True, d),
    "severity": lambda d, n: kl.severity(kl.Form.KHIEN_TRACH, d),
    "passes": lambda d, n: kl.passes(n, 10, Fraction(1, 2), at_least=True),
    "notify_deadline": lambda d, n: rc.notify_deadline(d),
    "refusal_record_due": lambda d, n: rc.refusal_record_due(d),
    "online_announcement_due": lambda d, n: rc.online_announcement_due(d),
    "fixed_day_schedule": lambda d, n: rc.fixed_day_schedule(n % 40, n),
    "reply_deadline": lambda d, n: su.reply_deadline(d),
    "central_cadre_deadline": lambda d, n: pe.central_cadre_deadline(d),
    "information_report_chain": lambda d, n: pe.information_report_chain(d),
    "conclusion_categories": lambda d, n: pe.conclusion_categories(d),
    "reporting_period": lambda d, n: ins.reporting_period("year", n),
    "reporting_period.month": lambda d, n: ins.reporting_period("month", 2023, month=n),
}


@pytest.mark.parametrize("name", sorted(CALLS))
@settings(max_examples=max(20, settings().max_examples // 5))
@given(day=dates, n=numbers)
def test_extreme_arguments_get_the_librarys_own_short_errors(name: str, day: date, n: int) -> None:
    try:
        CALLS[name](day, n)
    except DangKiemTraError as err:
        message = str(err)
        assert isinstance(err, LookupError | ValueError)  # noqa: PT017
        assert len(message) < 400, name
        assert day.isoformat() not in message, name
        if abs(n) > 2100:
            assert str(n) not in message, name


def test_a_code_outside_the_catalogue_gets_a_short_error_not_the_catalogue() -> None:
    for build in (lambda: dk.Step("no.such.code"), lambda: dk.Term("x"), lambda: dk.Flag("x", "")):
        with pytest.raises(DataError) as err:
            build()
        assert len(str(err.value)) < 200
        assert "no.such" not in str(err.value)


def test_deadline_at_the_end_of_the_calendar_and_beyond() -> None:
    last = dk.deadline(date(2045, 12, 1), dk.Duration(1, "days"))
    assert last.due == date(2045, 12, 4)  # 2 December 2045 is a Saturday
    for start, duration in [
        (date(9999, 12, 31), dk.Duration(1, "days")),
        (date(2023, 1, 1), dk.Duration(10**30, "years")),
        (date(2023, 1, 1), dk.Duration(10**30, "months")),
        (date(2023, 1, 1), dk.Duration(10**30, "working_days")),
    ]:
        with pytest.raises(dk.RuleError) as err:
            dk.deadline(start, duration)
        assert "2045" in str(err.value) and str(10**30) not in str(err.value)
