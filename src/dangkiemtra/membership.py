"""The membership lifecycle (đảng viên: kết nạp, công nhận chính thức, chuyển sinh hoạt, xóa tên).

The rules the December 2026 review added (MEM-01…MEM-18 of ``review-2026-12.md`` §4.1), each
read from the rulebook as of the date of the act it judges:

* admission: the applicant's age on the cell's vote, counted in months (MEM-01); introducers
  who worked with the applicant for 12 months (MEM-03); at least two thirds of the cell's
  official members (MEM-04) and, where there is one, of the grassroots committee (MEM-05);
  the competent committee's 60 working days to decide (MEM-06);
* recognition as official member: two thirds of the cell (MEM-10) and 30 working days for the
  committee (MEM-06);
* transfers: 60 working days to start an official transfer, 30 to present the letter (MEM-12,
  MEM-14); the temporary-transfer spans (MEM-15);
* striking off the rolls for dues unpaid for three months in a year (MEM-16); re-admission
  no earlier than 36 months after leaving or 60 after a record is expunged (MEM-11).

Votes are over **all** official members (or committee members), never those present, in whole
numbers: 8 of 12 is exactly two thirds and passes, 7 does not.

>>> from datetime import date
>>> admission_vote(12, 8, date(2024, 3, 1)).passed, admission_vote(12, 7, date(2024, 3, 1)).passed
(True, False)
>>> transfer_deadlines(date(2024, 1, 2))["start"].due
datetime.date(2024, 4, 2)
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from dangkiemtra import _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra.explain import Explanation, Step, Term
from dangkiemtra.periods import Deadline, deadline_for_rule
from dangkiemtra.rulebook import Rulebook

__all__ = [
    "AgeCheck",
    "MembershipVote",
    "admission_age",
    "admission_decision_due",
    "admission_vote",
    "readmission_earliest",
    "recognition_decision_due",
    "recognition_vote",
    "strike_off_for_dues",
    "temporary_transfer_kind",
    "transfer_deadlines",
]


@attrs.frozen(repr=False)
class MembershipVote(_display.Answer):
    """A vote on admission or recognition: the numbers that decided it, and whether it passed."""

    passed: bool
    in_favour: int
    eligible: int
    needed: int
    fraction: Fraction
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.membership_vote(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``membership-vote.schema.json``)."""
        return attrs_answer(self, "membership-vote")


def _at_least(eligible: int, fraction: Fraction) -> int:
    """The fewest votes that are at least ``fraction`` of ``eligible`` (whole numbers)."""
    return -(-(fraction.numerator * eligible) // fraction.denominator)


def _vote(
    key: str, eligible: int, in_favour: int, on: date, rulebook: Rulebook | None
) -> MembershipVote:
    rule = (rulebook or Rulebook.default()).at(on).get(key)
    fraction = rule.as_fraction()
    needed = _at_least(eligible, fraction)
    passed = eligible > 0 and in_favour >= needed
    step = Step.of(
        "membership.vote",
        in_favour=in_favour,
        eligible=eligible,
        needed=needed,
        fraction=str(fraction),
        passed=passed,
    )
    return MembershipVote(
        passed, in_favour, eligible, needed, fraction, Explanation.of(rule.step(), step)
    )


def admission_vote(
    official_members: int,
    in_favour: int,
    on: date,
    *,
    committee: bool = False,
    rulebook: Rulebook | None = None,
) -> MembershipVote:
    """Whether a cell's (or, with ``committee``, a grassroots committee's) admission vote passes.

    At least two thirds of the cell's official members (Điều lệ Điều 4 khoản 3, MEM-04), or of the
    grassroots committee's members (MEM-05), must agree.
    """
    key = "org.admission.committee_vote" if committee else "org.admission.cell_vote"
    return _vote(key, official_members, in_favour, on, rulebook)


def recognition_vote(
    official_members: int, in_favour: int, on: date, *, rulebook: Rulebook | None = None
) -> MembershipVote:
    """Whether the cell's vote to recognise a probationary member as official passes (MEM-10).

    >>> recognition_vote(9, 6, date(2024, 3, 1)).passed
    True
    """
    return _vote("org.probation.recognition_vote", official_members, in_favour, on, rulebook)


@attrs.frozen(repr=False)
class AgeCheck(_display.Answer):
    """The applicant's age in whole months on the vote, the bounds, and whether it is within them."""

    months: int
    low_months: int
    high_months: int
    within: bool
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.age_check(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``age-check.schema.json``)."""
        return attrs_answer(self, "age-check")


def admission_age(birth: date, vote_on: date, *, rulebook: Rulebook | None = None) -> AgeCheck:
    """Whether an applicant is from full 18 to full 60 years old on the cell's vote (MEM-01).

    Age is counted in months (tính theo tháng): full 18 years is 216 months, reached on the
    18th birthday. Full 60 years is reached on the 60th birthday and still admissible; over
    60 only a committee directly under the Centre decides.

    >>> admission_age(date(2006, 3, 2), date(2024, 3, 2)).within
    True
    >>> admission_age(date(2006, 3, 2), date(2024, 3, 1)).within
    False
    """
    rule = (rulebook or Rulebook.default()).at(vote_on).get("org.admission.age_years")
    low, high = rule.as_range()
    delta = relativedelta(vote_on, birth)
    months = delta.years * 12 + delta.months
    # "đủ 60 tuổi" is admissible; the day after the 60th birthday is over 60
    low_months, high_months = low * 12, high * 12
    over = months > high_months or (months == high_months and delta.days > 0)
    within = months >= low_months and not over
    step = Step.of("membership.age", months=months, low=low_months, high=high_months, within=within)
    return AgeCheck(months, low_months, high_months, within, Explanation.of(rule.step(), step))


def admission_decision_due(
    proposal_received: date, *, rulebook: Rulebook | None = None
) -> Deadline:
    """Last day for the competent committee to decide an admission (MEM-06: 60 working days)."""
    return deadline_for_rule(
        "org.admission.decision_working_days", proposal_received, rulebook=rulebook
    )


def recognition_decision_due(
    proposal_received: date, *, rulebook: Rulebook | None = None
) -> Deadline:
    """Last day for the competent committee to decide a recognition (MEM-06: 30 working days)."""
    return deadline_for_rule(
        "org.probation.recognition_decision_working_days", proposal_received, rulebook=rulebook
    )


def transfer_deadlines(
    effective_on: date,
    *,
    letter_issued_on: date | None = None,
    rulebook: Rulebook | None = None,
) -> dict[str, Deadline]:
    """The time limits of an official transfer of party membership (MEM-12, MEM-14).

    ``start``: 60 working days from the transfer or retirement decision taking effect (or a
    permanent move); ``present``: 30 working days from the letter's issue, when it is given.
    Lateness does not strike the member off: the committee considers the reasons.
    """
    out = {
        "start": deadline_for_rule(
            "org.transfer.start_working_days", effective_on, rulebook=rulebook
        )
    }
    if letter_issued_on is not None:
        out["present"] = deadline_for_rule(
            "org.transfer.present_working_days", letter_issued_on, rulebook=rulebook
        )
    return out


def temporary_transfer_kind(
    months: int, on: date, *, study: bool = False, rulebook: Rulebook | None = None
) -> tuple[str, Explanation]:
    """What an absence of ``months`` calls for (MEM-15): ``none``, ``temporary`` or ``official``.

    A move of residence or workplace of 3 months to under a year calls for a temporary transfer;
    full-time study in Vietnam of 3 months to 2 years likewise; shorter needs none, longer an
    official transfer.

    >>> temporary_transfer_kind(12, date(2020, 1, 1))[0], temporary_transfer_kind(24, date(2020, 1, 1), study=True)[0]
    ('official', 'temporary')
    """
    key = (
        "org.transfer.temporary.study_months"
        if study
        else "org.transfer.temporary.residence_months"
    )
    rule = (rulebook or Rulebook.default()).at(on).get(key)
    low, high = rule.as_range()
    # residence: up to but excluding one year; study: up to and including two years
    inside = low <= months <= high if study else low <= months < high
    kind = "temporary" if inside else ("none" if months < low else "official")
    step = Step.of(
        "membership.transfer_kind", months=months, low=low, high=high, kind=Term(f"transfer_{kind}")
    )
    return kind, Explanation.of(rule.step(), step)


def strike_off_for_dues(
    unpaid_months_in_year: int,
    on: date,
    *,
    good_reason: bool = False,
    rulebook: Rulebook | None = None,
) -> tuple[bool, Explanation]:
    """Whether unpaid dues are a ground to strike a member off the rolls (MEM-16).

    Three months in a year without good reason is a ground (the cell still decides).

    >>> strike_off_for_dues(3, date(2024, 12, 31))[0], strike_off_for_dues(2, date(2024, 12, 31))[0]
    (True, False)
    """
    rule = (rulebook or Rulebook.default()).at(on).get("org.dues.unpaid_months_strike_off")
    ground = unpaid_months_in_year >= rule.as_int() and not good_reason
    step = Step.of(
        "membership.dues",
        months=unpaid_months_in_year,
        threshold=rule.as_int(),
        good_reason=good_reason,
        ground=ground,
    )
    return ground, Explanation.of(rule.step(), step)


def readmission_earliest(
    left_on: date,
    as_of: date,
    *,
    expunged_on: date | None = None,
    rulebook: Rulebook | None = None,
) -> tuple[date, Explanation]:
    """The first day a former member may be re-admitted, by the rule in force on ``as_of`` (MEM-11).

    36 months after leaving; for a person once convicted, 60 months after the record is
    expunged if that is later. ``as_of`` is the day the re-admission is considered; before
    QĐ 294 (2025-07-01) the rulebook holds no such rule and ``RuleError`` says from when.

    >>> readmission_earliest(date(2022, 8, 31), date(2025, 9, 1))[0]
    datetime.date(2025, 8, 31)
    """
    snap = (rulebook or Rulebook.default()).at(as_of)
    leave = snap.get("org.readmission.months_after_leaving")
    first = left_on + relativedelta(months=leave.as_int())
    steps = [
        leave.step(),
        Step.of("membership.readmission", event=left_on, months=leave.as_int(), first=first),
    ]
    if expunged_on is not None:
        exp = snap.get("org.readmission.months_after_expunged")
        later = expunged_on + relativedelta(months=exp.as_int())
        steps += [
            exp.step(),
            Step.of("membership.readmission", event=expunged_on, months=exp.as_int(), first=later),
        ]
        first = max(first, later)
    return first, Explanation(tuple(steps))
