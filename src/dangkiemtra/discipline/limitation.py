"""Limitation (thời hiệu xử lý kỷ luật, TH-01…TH-09): is a violation still disciplinable, and until when?

The rule is the one in force on the date of the event that must come before the limit runs
out: the decision to inspect (2017–2021, HD 04) or the conclusion that the violation warrants
discipline (from 2021-12-09, HD 02 / HD 08). Before QĐ 102 (members, 2017-11-15) and QĐ 07
(organisations, 2018-08-28) there was no limitation. Durations are 5 years (khiển trách) and
10 years (cảnh cáo, cách chức); khai trừ, giải tán and some categories have no limit. The
period starts when the violation ends, restarts at a new violation, and does not count the
periods HD 05 excludes (pregnancy, illness, missing, criminal proceedings). Year periods end
on the corresponding day (29 February → 28 February) and are never moved to a working day.

>>> from datetime import date
>>> from dangkiemtra.discipline.cases import Form, SubjectKind, Violation
>>> v = Violation("v1", committed_on=date(2017, 3, 1), warranted=Form.KHIEN_TRACH)
>>> c = check_limitation(v, SubjectKind.OFFICIAL_MEMBER, concluded_on=date(2022, 3, 2))
>>> c.disciplinable, c.expires_on
(False, datetime.date(2022, 3, 1))
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra.discipline.cases import Circumstance, Form, SubjectKind, Violation
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Flag, Step, Term
from dangkiemtra.periods import deadline_for_rule
from dangkiemtra.rulebook import Rulebook

__all__ = ["LimitationCheck", "check_limitation", "limitation_after_review"]

_SUBJECT = {
    SubjectKind.ORGANIZATION: "organization",
    SubjectKind.OFFICIAL_MEMBER: "member",
    SubjectKind.PROBATIONARY_MEMBER: "member",
}


@attrs.frozen(repr=False)
class LimitationCheck(_display.Answer):
    """The answer: disciplinable or not, when the limit runs out (``None``: no limit), why."""

    disciplinable: bool
    expires_on: date | None
    event: str
    event_date: date
    explanation: Explanation
    years: int | None = None
    period_end: date | None = None
    excluded_days: int = 0
    event_date_known: bool = True

    @property
    def flags(self) -> tuple[object, ...]:
        """The caveats of the explanation."""
        return self.explanation.flags

    def _view_(self) -> _display.View:
        return _views.limitation_check(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``limitation.schema.json``)."""
        return attrs_answer(self, "limitation")


def _overlap(a: date, b: date, c: date, d: date) -> int:
    lo, hi = max(a, c), min(b, d)
    return max(0, (hi - lo).days + 1)


def check_limitation(
    violation: Violation,
    subject: SubjectKind,
    *,
    concluded_on: date | None = None,
    inspection_decided_on: date | None = None,
    form: Form | None = None,
    new_violations: Iterable[date] = (),
    not_counted: Iterable[Circumstance] = (),
    rulebook: Rulebook | None = None,
) -> LimitationCheck:
    """Whether ``violation`` may still be disciplined, on the dates of the procedure given.

    Parameters
    ----------
    concluded_on, inspection_decided_on
        The dates of the conclusion and of the decision to inspect; which one counts depends
        on the era (TH-05). The era is that of ``concluded_on`` (or of the inspection decision
        when no conclusion is given).
    form
        The form the body voted or considers (default: ``violation.warranted``).
    new_violations
        Dates of later violations by the same subject (TH-06).
    not_counted
        Recorded periods (code, start, end) that the limitation does not count (TH-07).
    """
    rulebook = rulebook or Rulebook.default()
    form = form or violation.warranted
    if form is None:
        raise ValueError(
            "check_limitation needs the form warranted (the body votes a form first, TH-05)"
        )
    era_day = concluded_on or inspection_decided_on
    if era_day is None:
        raise ValueError(
            "check_limitation needs the conclusion date or the inspection decision date"
        )
    who = _SUBJECT[subject]
    snap = rulebook.at(era_day)
    steps: list[Step] = []
    try:
        end_rule = snap.get(f"discipline.limitation.end_event.{who}")
    except RuleError as err:
        step = Step.of(
            "discipline.limitation.none_yet",
            day=era_day,
            since=err.applies_from or era_day,
            kind=Term(subject.value),
        )
        return LimitationCheck(True, None, "none", era_day, Explanation.of(step))
    event = str(end_rule.value)
    exact = inspection_decided_on if event == "inspection_decision" else concluded_on
    # the decision to inspect comes before the conclusion: the known one bounds the missing one
    event_date = exact or (
        concluded_on if event == "inspection_decision" else inspection_decided_on
    )
    if event_date is None:  # pragma: no cover - era_day is one of the two
        raise RuleError(f"the limitation runs to '{event}': that date is needed", key=end_rule.key)
    steps.append(end_rule.step())
    steps.append(Step.of("discipline.limitation.event", event=Term(event), day=event_date))
    # no-limit forms and categories (TH-02, TH-03)
    no_forms = snap.get(f"discipline.limitation.{who}.no_limit_forms")
    no_cats = snap.get(f"discipline.limitation.{who}.no_limit_categories")
    if form.value in no_forms.as_codes():
        steps += [
            no_forms.step(),
            Step.of("discipline.limitation.no_limit_form", form=Term(form.value)),
        ]
        return LimitationCheck(True, None, event, event_date, Explanation(tuple(steps)))
    hit = [c for c in violation.categories if c in no_cats.as_codes()]
    if hit:
        steps += [
            no_cats.step(),
            Step.of("discipline.limitation.no_limit_category", category=Term(hit[0])),
        ]
        return LimitationCheck(True, None, event, event_date, Explanation(tuple(steps)))
    # start of the period (TH-04)
    start_rule = snap.get("discipline.limitation.start")
    if (
        violation.continuing
        and violation.ended_on is None
        and violation.discovered_on is not None
        and start_rule.value == "violation_end_or_discovery"
    ):
        start = violation.discovered_on
    else:
        start = violation.ended_on or violation.committed_on
    steps += [start_rule.step(), Step.of("discipline.limitation.start", start=start)]
    key = f"discipline.limitation.{who}.{form.value}"
    try:
        snap.get(key)
    except RuleError:
        raise RuleError(f"'{form.value}' is not a form for this subject", key=key) from None
    period = deadline_for_rule(key, start, as_of=era_day, rulebook=rulebook)
    expires = period.due
    steps.extend(period.explanation.steps)
    # a new violation restarts the period (TH-06)
    reset = snap.get("discipline.limitation.reset_on_new_violation")
    for new in sorted(d for d in new_violations if d > start):
        if reset.as_bool() and new <= expires:
            start = new
            period = deadline_for_rule(key, start, as_of=era_day, rulebook=rulebook)
            expires = period.due
            steps += [
                reset.step(),
                Step.of("discipline.limitation.reset", new=new, expires=expires),
            ]
    # periods not counted (TH-07), only those the era's guidance lists
    periods = [(c.code, c.start, c.end or event_date) for c in not_counted if c.start is not None]
    if periods:
        try:
            excluded = snap.get("discipline.limitation.not_counted")
            allowed = set(excluded.as_codes())
            steps.append(excluded.step())
        except RuleError as err:
            allowed = set()
            steps.append(
                Step.of(
                    "discipline.limitation.no_exclusion_rule", since=err.applies_from or era_day
                )
            )
        counted: set[tuple[date, date]] = set()
        grew = True
        while grew:
            grew = False
            for code, lo, hi in periods:
                if code in allowed and (lo, hi) not in counted and lo <= expires:
                    days = _overlap(start, expires, lo, hi)
                    if days:
                        counted.add((lo, hi))
                        expires = expires + timedelta(days=days)
                        steps.append(
                            Step.of(
                                "discipline.limitation.not_counted",
                                reason=Term(code),
                                days=days,
                                expires=expires,
                                flags=(
                                    Flag(
                                        "excluded_periods",
                                        "discipline.limitation.not_counted",
                                        "calendar_days_added",
                                    ),
                                ),
                            )
                        )
                        grew = True
    ok = event_date <= expires
    if exact is None:
        # only a bound is known: the decision to inspect is on or before the conclusion
        decided = ok if event == "inspection_decision" else not ok
        if not decided:
            raise RuleError(
                f"Thời hiệu lúc này tính đến '{event}': cần ngày đó vì nó quyết định kết quả / "
                f"the limitation runs to '{event}' in this era: that date is needed, since it "
                "decides the answer",
                key=end_rule.key,
            )
        steps.append(
            Step.of("discipline.limitation.event_bound", event=Term(event), bound=event_date)
        )
    steps.append(
        Step.of(
            "discipline.limitation.verdict",
            event=Term(event),
            day=event_date,
            expires=expires,
            disciplinable=ok,
        )
    )
    return LimitationCheck(
        ok,
        expires,
        event,
        event_date,
        Explanation(tuple(steps)),
        years=period.duration.amount,
        period_end=period.due,
        excluded_days=(expires - period.due).days,
        event_date_known=exact is not None,
    )


def limitation_after_review(
    check: LimitationCheck, reviewed_on: date, *, rulebook: Rulebook | None = None
) -> LimitationCheck:
    """The limitation when a superior upholds or changes the form: not recomputed (TH-08).

    The answer is the original check, with the rule that keeps it added to its explanation.
    """
    rule = (
        (rulebook or Rulebook.default())
        .at(reviewed_on)
        .get("discipline.limitation.recompute_on_review")
    )
    step = Step.of("discipline.limitation.review", day=reviewed_on, recomputed=rule.as_bool())
    return attrs.evolve(check, explanation=check.explanation + Explanation.of(rule.step(), step))
