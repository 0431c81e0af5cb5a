"""A year's discipline figures as the party's reports state them, as of a date.

"Thi hành kỷ luật 05 đảng viên; đình chỉ sinh hoạt đảng đối với 13 đảng viên bị khởi tố, bắt
tạm giam" (the Lạng Sơn bloc report of 25-09-2023): decisions that have taken effect in the year by the as-of date, by form,
each checked against its vote and the deciding body's authority; suspensions started in the
year, each checked against the mandatory cases and its lawful term.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import attrs

from dangkiemtra import _analysis, _display, _views
from dangkiemtra._json import answer
from dangkiemtra.discipline.authority import authority
from dangkiemtra.discipline.cases import DisciplineBook
from dangkiemtra.discipline.procedure import effective_date
from dangkiemtra.discipline.suspension import suspension_required, suspension_term
from dangkiemtra.discipline.votes import tally
from dangkiemtra.explain import Explanation, Step, Tally, Term
from dangkiemtra.rulebook import Rulebook

__all__ = ["DisciplineReport", "discipline_report"]


@attrs.frozen(repr=False)
class DisciplineReport(_display.Answer):
    """Members disciplined by form, members suspended, and the cases that do not add up."""

    year: int
    as_of: date
    disciplined: dict[str, int]
    suspended: int
    mandatory: int
    inconsistent: tuple[str, ...]
    explanation: Explanation

    @property
    def disciplined_total(self) -> int:
        """All decisions in effect, whatever the form."""
        return sum(self.disciplined.values())

    @property
    def decisions_explanation(self) -> Explanation:
        """The steps about the decisions: one decision's effect and authority, then the total."""
        codes = self.explanation.codes
        end = codes.index("discipline.report.disciplined") + 1
        return Explanation(self.explanation.steps[:end])

    @property
    def suspensions_explanation(self) -> Explanation:
        """The steps about the suspensions: one suspension's grounds and term, then the total."""
        codes = self.explanation.codes
        end = codes.index("discipline.report.disciplined") + 1
        return Explanation(self.explanation.steps[end:])

    def to_json(self) -> dict[str, Any]:
        """The figures as JSON (``discipline-report.schema.json``)."""
        return answer(
            "discipline-report",
            year=self.year,
            as_of=self.as_of.isoformat(),
            disciplined=dict(self.disciplined),
            disciplined_total=self.disciplined_total,
            suspended=self.suspended,
            mandatory_suspensions=self.mandatory,
            inconsistent_cases=list(self.inconsistent),
            explanation=self.explanation.to_json(),
        )

    def _view_(self) -> _display.View:
        return _views.discipline_report(self)

    def to_pandas(self) -> _analysis.DataFrame:
        """Long form: members disciplined by form, suspended, mandatory suspensions, inconsistent."""
        return _analysis.discipline_report(self)


def discipline_report(
    book: DisciplineBook, year: int, as_of: date, *, rulebook: Rulebook | None = None
) -> DisciplineReport:
    """The discipline figures of ``year`` as of ``as_of``."""
    forms: Counter[str] = Counter()
    bad: list[str] = []
    suspended = mandatory = 0
    sample: list[Step] = []  # one decision's steps, shown with the decisions' total
    sample_suspension: list[Step] = []  # one suspension's, shown with the suspensions' total
    for case in book.cases:
        d = case.decision
        if d is not None:
            effect = effective_date(d, rulebook=rulebook)
            if (
                effect.effective_on is not None
                and effect.effective_on.year == year
                and effect.effective_on <= as_of
            ):
                forms[d.form.value] += 1
                auth = authority(d.body, case.subject, d.form, d.signed_on, rulebook=rulebook)
                vote_ok = True
                if case.ballot is not None:
                    vote_ok = (
                        tally(case.ballot, case.subject, d.signed_on, rulebook=rulebook).outcome
                        is d.form
                    )
                if not (auth.decides and vote_ok):
                    bad.append(case.id)
                if not sample:
                    sample.extend(effect.explanation.steps)
                    sample.extend(auth.explanation.steps[-1:])
        for s in case.suspensions:
            if s.start.year == year and s.start <= as_of:
                suspended += 1
                required, why = suspension_required(s.grounds, s.kind, s.start, rulebook=rulebook)
                mandatory += required
                term = suspension_term(s, rulebook=rulebook)
                if not term.lawful:
                    bad.append(case.id)
                if suspended == 1:
                    sample_suspension.extend(why.steps)
                    sample_suspension.extend(term.explanation.steps[-1:])
    steps = [
        *sample,
        Step.of(
            "discipline.report.disciplined",
            year=str(year),
            as_of=as_of,
            n=sum(forms.values()),
            detail=Tally(tuple((n, Term(f)) for f, n in sorted(forms.items()))),
        ),
        *sample_suspension,
        Step.of(
            "discipline.report.suspended",
            year=str(year),
            as_of=as_of,
            n=suspended,
            mandatory=mandatory,
        ),
    ]
    return DisciplineReport(
        year,
        as_of,
        dict(sorted(forms.items())),
        suspended,
        mandatory,
        tuple(bad),
        Explanation(tuple(steps)),
    )
