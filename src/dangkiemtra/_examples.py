"""One worked example of every answer type, keyed by its JSON kind (``dangkiemtra.<kind>/1``).

The schema pages of the documentation print each example's JSON, and the tests check that
every example validates against its schema. The examples are the reference organisation's
figures (the Lạng Sơn bloc report of 25-09-2023) or small invented cases; none holds personal data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

__all__ = ["EXAMPLES", "example"]

_DAY = date(2023, 9, 25)


def _org() -> Any:
    from dangkiemtra.datasets import reference_organization

    return reference_organization()


def _book() -> Any:
    from dangkiemtra.datasets import reference_inspection

    return reference_inspection()


def _decision(**kw: Any) -> Any:
    from dangkiemtra.discipline.cases import BodyRole, Decision

    fields = {"signed_on": date(2023, 1, 10), "received_on": date(2023, 1, 12)} | kw
    return Decision("qd1", BodyRole.CHI_BO, "canh_cao", **fields)


def _member() -> Any:
    from dangkiemtra.discipline.cases import Subject, SubjectKind

    return Subject("dv1", SubjectKind.OFFICIAL_MEMBER, holds_post=True)


def _deadline() -> Any:
    from dangkiemtra.periods import deadline_for_rule

    return deadline_for_rule("org.probation.confirmation_working_days", date(2023, 12, 20))


def _counts() -> Any:
    from dangkiemtra.organization import counts

    return counts(_org(), _DAY)


def _statistics() -> Any:
    from dangkiemtra.organization import statistics

    return statistics(_org(), date(2023, 1, 1), _DAY)


def _structure() -> Any:
    from dangkiemtra.datasets import reference_organization
    from dangkiemtra.organization import check_structure

    return check_structure(reference_organization().children[0], _DAY)


def _check() -> Any:
    return _structure().results[0]


def _fulfilment() -> Any:
    from dangkiemtra.inspection import fulfilment

    return fulfilment(_book(), _book().programmes[0].id, _DAY)[0]


def _group() -> Any:
    from dangkiemtra.inspection import Group, group_indicator

    return group_indicator(_org(), _book(), Group.BASE_COMMITTEES, _DAY)


def _totals() -> Any:
    from dangkiemtra.inspection import ActivityKind, activity_totals

    return activity_totals(_book(), ActivityKind.ON_SIGNS_OF_VIOLATION, _DAY)


def _period() -> Any:
    from dangkiemtra.inspection import reporting_period

    return reporting_period("9_months", 2023)


def _progress() -> Any:
    from dangkiemtra.inspection import progress_report

    return progress_report(_org(), _book(), _DAY)


def _register() -> Any:
    from dangkiemtra.datasets import reference_petitions
    from dangkiemtra.petitions import register

    return register(reference_petitions(), _DAY)


def _screening() -> Any:
    from dangkiemtra.petitions import Petition, screen_party

    return screen_party(
        Petition("x", "to_cao", "dang", received_on=date(2023, 3, 1), specific=True)
    )


def _duty() -> Any:
    from dangkiemtra.reception import reception_duty

    return reception_duty("party_head", "commune", date(2026, 1, 5))


def _schedule_day() -> Any:
    from dangkiemtra.reception import fixed_day_schedule

    return next(d for d in fixed_day_schedule(10, 2026) if not d.working)


def _year_check() -> Any:
    from dangkiemtra.reception import check_year

    return check_year([date(2026, m, 10) for m in range(1, 12)], "party_head", "commune", 2026)


def _rotation() -> Any:
    from dangkiemtra.supervision import assign

    first = assign(["c1", "c2", "c3", "c4"], ["A", "B"], 2024)
    return assign(["c1", "c2", "c3", "c4"], ["A", "B"], 2025, previous=first)


def _discipline_report() -> Any:
    from dangkiemtra.datasets import reference_discipline
    from dangkiemtra.discipline.report import discipline_report

    return discipline_report(reference_discipline(), 2023, _DAY)


def _appeal() -> Any:
    from dangkiemtra.discipline.appeals import admissibility
    from dangkiemtra.discipline.cases import Appeal

    return admissibility(Appeal("a1", "qd1", filed_on=date(2023, 2, 1)), _decision())


def _final_level() -> Any:
    from dangkiemtra.discipline.appeals import final_level

    return final_level(_decision())


def _authority() -> Any:
    from dangkiemtra.discipline.authority import authority
    from dangkiemtra.discipline.cases import BodyRole, Form

    return authority(BodyRole.CHI_BO, _member(), Form.CANH_CAO, _DAY)


def _consideration() -> Any:
    from dangkiemtra.discipline.cases import Circumstance
    from dangkiemtra.discipline.circumstances import consideration_status

    return consideration_status((Circumstance("benh_nang", date(2023, 5, 1), None),), _DAY)


def _lapse() -> Any:
    from dangkiemtra.discipline.consequences import lapse

    return lapse(_decision(signed_on=date(2023, 3, 1), announced_on=date(2023, 3, 10)))


def _forms() -> Any:
    from dangkiemtra.discipline.forms import forms_open_to

    return forms_open_to(_member(), _DAY)


def _substitution() -> Any:
    from dangkiemtra.discipline.cases import Form
    from dangkiemtra.discipline.forms import check_substitution

    return check_substitution(Form.KHAI_TRU, "xoa_ten", _DAY)


def _limitation() -> Any:
    from dangkiemtra.discipline.cases import Form, SubjectKind, Violation
    from dangkiemtra.discipline.limitation import check_limitation

    v = Violation("v1", committed_on=date(2017, 3, 1), warranted=Form.KHIEN_TRACH)
    return check_limitation(v, SubjectKind.OFFICIAL_MEMBER, concluded_on=date(2022, 3, 2))


def _effect() -> Any:
    from dangkiemtra.discipline.procedure import effective_date

    return effective_date(_decision(signed_on=date(2023, 3, 1), announced_on=date(2023, 3, 10)))


def _freeze() -> Any:
    from dangkiemtra.datasets import reference_discipline
    from dangkiemtra.discipline.procedure import freeze

    return freeze(reference_discipline().cases[0], date(2023, 2, 1))


def _suspension() -> Any:
    from dangkiemtra.discipline.cases import Suspension
    from dangkiemtra.discipline.suspension import suspension_term

    s = Suspension(
        "s1",
        "dv1",
        "sinh_hoat_dang",
        start=date(2026, 5, 4),
        grounds=("tam_giam",),
        extensions=(30,),
    )
    return suspension_term(s)


def _vote() -> Any:
    from dangkiemtra.discipline.cases import Ballot, BodyRole, Form
    from dangkiemtra.discipline.votes import tally

    ballot = Ballot(
        BodyRole.CHI_BO, 12, ((Form.KHAI_TRU, 3), (Form.CACH_CHUC, 2), (Form.CANH_CAO, 2))
    )
    return tally(ballot, _member(), _DAY)


def _elections() -> Any:
    from dangkiemtra.organization import elections

    return elections(_org().children[0], _DAY)


def _acceptance() -> Any:
    from dangkiemtra.petitions import Petition, state_acceptance

    p = Petition("k", "khieu_nai", "nha_nuoc", received_on=date(2024, 3, 1))
    return state_acceptance(p, ["het_thoi_hieu"])


def _criminal_sentence() -> Any:
    from dangkiemtra.discipline.consequences import criminal_sentence

    return criminal_sentence(date(2023, 5, 4))


def _who_decides() -> Any:
    from dangkiemtra.discipline.authority import who_decides
    from dangkiemtra.discipline.cases import Form

    return who_decides(_member(), Form.KHAI_TRU, _DAY)


def _appeal_path() -> Any:
    from dangkiemtra.discipline.appeals import appeal_path

    return appeal_path(_decision())


def _membership_vote() -> Any:
    from dangkiemtra.membership import recognition_vote

    return recognition_vote(9, 6, date(2024, 3, 1))


def _age_check() -> Any:
    from dangkiemtra.membership import admission_age

    return admission_age(date(2006, 3, 2), date(2024, 3, 1))


def _report() -> Any:
    from dangkiemtra._demo import build_demo

    return build_demo(_DAY)


def _explanation() -> Any:
    return _deadline().explanation


def _rulebook_diff() -> Any:
    from dangkiemtra.rulebook import Rulebook

    return Rulebook.default().diff(date(2026, 4, 10), date(2026, 4, 11))  # QĐ 296 → QĐ 21


#: JSON kind → a function computing one example answer of that kind.
EXAMPLES: dict[str, Callable[[], Any]] = {
    "explanation": _explanation,
    "rulebook-diff": _rulebook_diff,
    "deadline": _deadline,
    "counts": _counts,
    "statistics": _statistics,
    "check-result": _check,
    "structure-report": _structure,
    "fulfilment": _fulfilment,
    "group-indicator": _group,
    "activity-totals": _totals,
    "reporting-period": _period,
    "progress-report": _progress,
    "screening": _screening,
    "register-row": lambda: _register().rows[0],
    "register-report": _register,
    "reception-duty": _duty,
    "reception-day": _schedule_day,
    "reception-year-check": _year_check,
    "supervision-rotation": _rotation,
    "discipline-report": _discipline_report,
    "appeal-check": _appeal,
    "appeal-final-level": _final_level,
    "authority": _authority,
    "consideration": _consideration,
    "lapse": _lapse,
    "forms": _forms,
    "substitution": _substitution,
    "limitation": _limitation,
    "effect": _effect,
    "freeze": _freeze,
    "suspension-term": _suspension,
    "vote-result": _vote,
    "elections": _elections,
    "acceptance": _acceptance,
    "criminal-sentence": _criminal_sentence,
    "who-decides": _who_decides,
    "appeal-path": _appeal_path,
    "membership-vote": _membership_vote,
    "age-check": _age_check,
    "report": _report,
}


def example(kind: str) -> Any:
    """The example answer of ``kind``."""
    return EXAMPLES[kind]()
