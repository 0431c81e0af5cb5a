"""Forms of discipline (hình thức kỷ luật, DF-01…DF-04): which are open, their order, what may not replace them.

>>> from datetime import date
>>> from dangkiemtra.discipline.cases import Subject, SubjectKind
>>> forms_open_to(Subject("dv1", SubjectKind.PROBATIONARY_MEMBER), date(2023, 9, 25)).forms
(<Form.KHIEN_TRACH: 'khien_trach'>, <Form.CANH_CAO: 'canh_cao'>)

Removal from post (cách chức) is open only to a member who holds a post:

>>> forms_open_to(Subject("dv2", SubjectKind.OFFICIAL_MEMBER), date(2023, 9, 25)).forms
(<Form.KHIEN_TRACH: 'khien_trach'>, <Form.CANH_CAO: 'canh_cao'>, <Form.KHAI_TRU: 'khai_tru'>)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra.discipline.cases import Form, Subject, SubjectKind
from dangkiemtra.explain import Explanation, Step, Term, TermList
from dangkiemtra.rulebook import Rulebook

__all__ = [
    "FormsAnswer",
    "SubstitutionCheck",
    "check_substitution",
    "forms_open_to",
    "heaviest",
    "severity",
]

_FORMS_KEY = {
    SubjectKind.ORGANIZATION: "discipline.forms.organization",
    SubjectKind.OFFICIAL_MEMBER: "discipline.forms.official_member",
    SubjectKind.PROBATIONARY_MEMBER: "discipline.forms.probationary_member",
}


@attrs.frozen(repr=False)
class FormsAnswer(_display.Answer):
    """The forms open to a subject on a date, lightest first."""

    forms: tuple[Form, ...]
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.forms(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``forms.schema.json``)."""
        return attrs_answer(self, "forms")


def forms_open_to(
    subject: Subject, as_of: date, *, rulebook: Rulebook | None = None
) -> FormsAnswer:
    """The forms of discipline open to ``subject`` on ``as_of`` (DF-01).

    Cách chức is open only to a member who holds a post ("nếu có chức vụ").
    """
    snap = (rulebook or Rulebook.default()).at(as_of)
    rule = snap.get(_FORMS_KEY[subject.kind])
    forms = tuple(Form(c) for c in rule.as_codes())
    steps = [rule.step()]
    if Form.CACH_CHUC in forms and not subject.holds_post:
        forms = tuple(f for f in forms if f is not Form.CACH_CHUC)
        steps.append(Step.of("discipline.forms.no_post", subject=subject.id))
    steps.append(
        Step.of(
            "discipline.forms.open",
            subject=subject.id,
            kind=Term(subject.kind.value),
            forms=TermList(tuple(Term(f.value) for f in forms)),
        )
    )
    return FormsAnswer(forms, Explanation(tuple(steps)))


def severity(form: Form, as_of: date, *, rulebook: Rulebook | None = None) -> int:
    """The rank of ``form`` in the order of severity (1 = lightest), DF-02."""
    order = (rulebook or Rulebook.default()).at(as_of).get("discipline.forms.severity_order")
    return order.as_codes().index(form.value) + 1


def heaviest(
    forms: Iterable[Form], as_of: date, *, rulebook: Rulebook | None = None
) -> Form | None:
    """The heaviest of ``forms`` (one common form for several violations, PR-04-2026), or ``None``."""
    items = list(forms)
    if not items:
        return None
    return max(items, key=lambda f: severity(f, as_of, rulebook=rulebook))


@attrs.frozen(repr=False)
class SubstitutionCheck(_display.Answer):
    """Whether ``alternative`` may be used instead of the warranted form."""

    allowed: bool
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.substitution(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``substitution.schema.json``)."""
        return attrs_answer(self, "substitution")


def check_substitution(
    warranted: Form, alternative: str, as_of: date, *, rulebook: Rulebook | None = None
) -> SubstitutionCheck:
    """May ``alternative`` (xóa tên, xin ra, thôi giữ chức) replace the warranted form? (DF-03).

    >>> check_substitution(Form.KHAI_TRU, "xoa_ten", date(2023, 9, 25)).allowed
    False
    """
    rule = (rulebook or Rulebook.default()).at(as_of).get("discipline.forms.no_substitute")
    barred = (
        (warranted is Form.KHAI_TRU and alternative in ("xoa_ten", "xin_ra"))
        or (warranted is Form.CACH_CHUC and alternative == "thoi_giu_chuc")
    ) and alternative in rule.as_codes()
    step = Step.of(
        "discipline.forms.substitute",
        warranted=Term(warranted.value),
        alternative=Term(alternative),
        allowed=not barred,
    )
    return SubstitutionCheck(not barred, Explanation.of(rule.step(), step))


def common_form(
    forms: Iterable[Form], as_of: date, *, rulebook: Rulebook | None = None
) -> tuple[Form, Explanation]:
    """The one form for several violations considered together: the heaviest (DF-04, PR-04-2026).

    >>> common_form([Form.KHIEN_TRACH, Form.CANH_CAO], date(2023, 9, 25))[0]
    <Form.CANH_CAO: 'canh_cao'>
    """
    rulebook = rulebook or Rulebook.default()
    items = list(forms)
    form = heaviest(items, as_of, rulebook=rulebook)
    if form is None:
        raise ValueError("common_form needs at least one form")
    rule = rulebook.at(as_of).get("discipline.forms.one_violation_one_form")
    step = Step.of("discipline.forms.common", n=len(items), form=Term(form.value))
    return form, Explanation.of(rule.step(), step)


def probationary_unfit(as_of: date, *, rulebook: Rulebook | None = None) -> tuple[str, Explanation]:
    """What becomes of a probationary member no longer fit to be a member: struck off, not expelled (DF-03).

    A disciplined probationary member is still reviewed for official membership when probation ends.

    >>> probationary_unfit(date(2023, 9, 25))[0]
    'xoa_ten'
    """
    rule = (rulebook or Rulebook.default()).at(as_of).get("discipline.forms.probationary_unfit")
    outcome = str(rule.value)
    step = Step.of("discipline.forms.probationary", outcome=Term(outcome))
    return outcome, Explanation.of(rule.step(), step)
