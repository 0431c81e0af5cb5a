"""Votes (biểu quyết, VO-01…VO-04): tally a secret ballot with its thresholds and cumulation.

Thresholds are over **all** eligible voters (the cell's official members, the committee's
members), not those present: more than half to decide or propose khiển trách, cảnh cáo,
cách chức; at least two thirds of the proposing body to propose khai trừ. If no form reaches
its threshold, votes are added from the heaviest form down (cộng dồn) and the first form whose
running total reaches *its own* threshold is the outcome. Arithmetic is in whole numbers.

A cell of 12 official members votes 3 khai trừ, 2 cách chức, 2 cảnh cáo: no form has a
majority alone, but 3 + 2 + 2 = 7 > 6 at cảnh cáo, which the cell decides itself:

>>> from datetime import date
>>> from dangkiemtra.discipline.cases import Ballot, BodyRole, Form, Subject, SubjectKind
>>> b = Ballot(BodyRole.CHI_BO, 12, ((Form.KHAI_TRU, 3), (Form.CACH_CHUC, 2), (Form.CANH_CAO, 2)))
>>> r = tally(b, Subject("dv1", SubjectKind.OFFICIAL_MEMBER, holds_post=True), date(2023, 9, 25))
>>> r.outcome, r.decided
(<Form.CANH_CAO: 'canh_cao'>, True)
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra.discipline.authority import authority
from dangkiemtra.discipline.cases import Ballot, Form, Subject
from dangkiemtra.discipline.forms import forms_open_to, severity
from dangkiemtra.errors import DataError, Problem
from dangkiemtra.explain import Explanation, Flag, Step, Term
from dangkiemtra.rulebook import Rulebook

__all__ = ["VoteResult", "passes", "tally"]


@attrs.frozen(repr=False)
class VoteResult(_display.Answer):
    """The form the vote reached (``None``: no discipline), and whether the body decided or proposed it."""

    outcome: Form | None
    decided: bool
    explanation: Explanation
    eligible: int = 0
    cast: int = 0
    votes_counted: int = 0
    votes_needed: int | None = None
    threshold: Fraction | None = None

    def _view_(self) -> _display.View:
        return _views.vote_result(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``vote-result.schema.json``)."""
        return attrs_answer(self, "vote-result")


def passes(votes: int, eligible: int, fraction: Fraction, *, at_least: bool) -> bool:
    """``votes`` reach ``fraction`` of ``eligible``: strictly more (a majority) or at least (⅔).

    >>> passes(7, 12, Fraction(1, 2), at_least=False), passes(6, 12, Fraction(1, 2), at_least=False)
    (True, False)
    >>> passes(8, 12, Fraction(2, 3), at_least=True)
    True
    """
    lhs, rhs = votes * fraction.denominator, fraction.numerator * eligible
    return lhs >= rhs if at_least else lhs > rhs


def tally(
    ballot: Ballot,
    subject: Subject,
    as_of: date,
    *,
    in_higher_task: bool = False,
    authorised_to_admit: bool = False,
    rulebook: Rulebook | None = None,
) -> VoteResult:
    """Tally ``ballot`` for ``subject`` on ``as_of``: the outcome, decided or proposed, and why."""
    rulebook = rulebook or Rulebook.default()
    total = sum(n for _, n in ballot.votes) + ballot.none_votes
    if total > ballot.eligible or any(n < 0 for _, n in ballot.votes):
        raise DataError(
            [
                Problem(
                    "/votes",
                    "ballot.too_many",
                    "tổng số phiếu không vượt số người có quyền biểu quyết",
                    "no more votes than eligible voters",
                )
            ]
        )
    open_forms = forms_open_to(subject, as_of, rulebook=rulebook).forms
    bad = [i for i, (f, _) in enumerate(ballot.votes) if f not in open_forms]
    if bad:
        raise DataError(
            [
                Problem(
                    f"/votes/{i}",
                    "ballot.form_not_open",
                    "một hình thức kỷ luật áp dụng được cho đối tượng này",
                    "a form open to this subject",
                )
                for i in bad
            ]
        )
    snap = rulebook.at(as_of)
    majority = snap.get("discipline.vote.majority")
    expulsion = snap.get("discipline.vote.expulsion_proposal")
    cumulation = snap.get("discipline.vote.cumulation")
    steps = [
        majority.step(),
        expulsion.step(),
        cumulation.step(),
        Step.of(
            "discipline.vote.eligible",
            body=Term(ballot.body.value),
            eligible=ballot.eligible,
            cast=total,
        ),
    ]
    ordered = sorted(open_forms, key=lambda f: severity(f, as_of, rulebook=rulebook), reverse=True)
    running = 0
    for form in ordered:
        n = ballot.count(form)
        running = running + n if cumulation.as_bool() else n
        auth = authority(
            ballot.body,
            subject,
            form,
            as_of,
            in_higher_task=in_higher_task,
            authorised_to_admit=authorised_to_admit,
            rulebook=rulebook,
        )
        decides = auth.decides
        if form is Form.KHAI_TRU and not decides:
            fraction, at_least, rule = expulsion.as_fraction(), True, expulsion
        else:
            fraction, at_least, rule = majority.as_fraction(), False, majority
        flags = (
            (Flag("unconfirmed", "discipline.vote.giai_tan", "unverified"),)
            if form is Form.GIAI_TAN
            else ()
        )
        ok = passes(running, ballot.eligible, fraction, at_least=at_least)
        steps.append(
            Step.of(
                "discipline.vote.form",
                form=Term(form.value),
                votes=n,
                running=running,
                needed=_needed(ballot.eligible, fraction, at_least),
                reached=ok,
                citations=(rule.citation,),
                flags=flags,
            )
        )
        if ok:
            steps.append(
                Step.of(
                    "discipline.vote.outcome",
                    form=Term(form.value),
                    role=Term("decides" if decides else "proposes"),
                    body=Term(ballot.body.value),
                )
            )
            return VoteResult(
                form,
                decides,
                Explanation(tuple(steps)),
                eligible=ballot.eligible,
                cast=total,
                votes_counted=running,
                votes_needed=_needed(ballot.eligible, fraction, at_least),
                threshold=fraction,
            )
    steps.append(Step.of("discipline.vote.none"))
    return VoteResult(None, False, Explanation(tuple(steps)), eligible=ballot.eligible, cast=total)


def _needed(eligible: int, fraction: Fraction, at_least: bool) -> int:
    """The fewest votes that reach the threshold."""
    exact = fraction * eligible
    whole = exact.numerator // exact.denominator
    if at_least:
        return whole if whole == exact else whole + 1
    return whole + 1
