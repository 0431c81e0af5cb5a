"""A year's discipline figures as the party's reports state them, as of a date.

"Thi hành kỷ luật 05 đảng viên; đình chỉ sinh hoạt đảng đối với 13 đảng viên bị khởi tố, bắt
tạm giam" (seed 004): decisions that have taken effect in the year by the as-of date, by form,
each checked against its vote and the deciding body's authority; suspensions started in the
year, each checked against the mandatory cases and its lawful term.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import attrs

from dangkiemtra import _analysis, _display, _views
from dangkiemtra.discipline.authority import authority
from dangkiemtra.discipline.cases import DisciplineBook
from dangkiemtra.discipline.procedure import effective_date
from dangkiemtra.discipline.suspension import suspension_required, suspension_term
from dangkiemtra.discipline.votes import tally
from dangkiemtra.explain import Explanation, Step, Term
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

    def _view_(self) -> _display.View:
        return _views.discipline_report(self)

    def to_pandas(self) -> _analysis.DataFrame:
        """Long form: members disciplined by form, suspended, mandatory suspensions, inconsistent."""
        return _analysis.discipline_report(self)


def discipline_report(
    book: DisciplineBook, year: int, as_of: date, *, rulebook: Rulebook | None = None
) -> DisciplineReport:
    """The discipline figures of ``year`` as of ``as_of``."""
    rulebook = rulebook or Rulebook.default()
    forms: Counter[str] = Counter()
    bad: list[str] = []
    suspended = mandatory = 0
    sample: list[Step] = []
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
                    sample.extend(why.steps)
                    sample.extend(term.explanation.steps[-1:])
    steps = [
        *sample,
        Step.of(
            "discipline.report.disciplined",
            year=str(year),
            as_of=as_of,
            n=sum(forms.values()),
            detail=", ".join(f"{n} {Term(f).render('vi')}" for f, n in sorted(forms.items())),
        ),
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
