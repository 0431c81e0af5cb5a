"""Authority (thẩm quyền thi hành kỷ luật, AU-01…AU-10): may this body decide this form, or only propose?

Bodies are named by role, never by "huyện": from 2025-07-01 the district level is gone and the
superior-of-grassroots committee takes its place (AU-02 note). Every list of forms a body may
decide is dated, cited data; much of the matrix above the cell is *inferred* or carried over,
and the answer says so.

>>> from datetime import date
>>> from dangkiemtra.discipline.cases import BodyRole, Form, Subject, SubjectKind
>>> member = Subject("dv1", SubjectKind.OFFICIAL_MEMBER, holds_post=True)
>>> authority(BodyRole.CHI_BO, member, Form.CANH_CAO, date(2023, 9, 25)).role
'decides'
>>> authority(BodyRole.CHI_BO, member, Form.KHAI_TRU, date(2023, 9, 25)).role
'proposes'

The grassroots standing committee gained its power only with QĐ 22 (28 July 2021):

>>> authority(BodyRole.BAN_THUONG_VU_CO_SO, member, Form.KHIEN_TRACH, date(2021, 7, 27)).role
'proposes'
>>> authority(BodyRole.BAN_THUONG_VU_CO_SO, member, Form.KHIEN_TRACH, date(2021, 7, 28)).role
'decides'
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra.discipline.cases import BodyRole, CommitteeRelation, Form, Subject, SubjectKind
from dangkiemtra.discipline.forms import forms_open_to
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Step, Term
from dangkiemtra.rulebook import Citation, Rulebook, RuleValue, Snapshot

__all__ = ["AuthorityAnswer", "authority", "decidable_forms"]

_MEMBER_KEY = {
    BodyRole.CHI_BO: "discipline.authority.chi_bo",
    BodyRole.CHI_UY: "discipline.authority.chi_uy",
    BodyRole.DANG_UY_BO_PHAN: "discipline.authority.dang_uy_bo_phan",
    BodyRole.BAN_THUONG_VU_CO_SO: "discipline.authority.ban_thuong_vu_co_so",
    BodyRole.UBKT_CO_SO: "discipline.authority.ubkt_co_so",
    BodyRole.DANG_UY_CO_SO: "discipline.authority.dang_uy_co_so",
    BodyRole.CAP_UY_CAP_TREN: "discipline.authority.cap_tren_co_so",
    BodyRole.BAN_THUONG_VU_CAP_TREN: "discipline.authority.cap_tren_co_so",
    BodyRole.UBKT_CAP_TREN: "discipline.authority.cap_tren_co_so",
    BodyRole.BCH_TW: "discipline.authority.central",
}


@attrs.frozen(repr=False)
class AuthorityAnswer(_display.Answer):
    """``role`` is ``decides``, ``proposes``, ``forwards`` or ``no_power``."""

    body: BodyRole
    form: Form
    role: str
    explanation: Explanation

    @property
    def decides(self) -> bool:
        """The body may decide this form itself."""
        return self.role == "decides"

    def _view_(self) -> _display.View:
        return _views.authority(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``authority.schema.json``)."""
        return attrs_answer(self, "authority")


def _answer(body: BodyRole, form: Form, role: str, steps: list[Step]) -> AuthorityAnswer:
    steps.append(
        Step.of(
            "discipline.authority.verdict",
            body=Term(body.value),
            form=Term(form.value),
            role=Term(role),
        )
    )
    return AuthorityAnswer(body, form, role, Explanation(tuple(steps)))


def _list(snap: Snapshot, key: str, steps: list[Step]) -> tuple[str, ...]:
    rule: RuleValue = snap.get(key)
    steps.append(rule.step())
    return rule.as_codes()


def authority(
    body: BodyRole,
    subject: Subject,
    form: Form,
    as_of: date,
    *,
    in_higher_task: bool = False,
    authorised_to_admit: bool = False,
    dissolution_level: bool = False,
    rulebook: Rulebook | None = None,
) -> AuthorityAnswer:
    """Whether ``body`` decides ``form`` for ``subject`` on ``as_of``, or may only propose.

    Parameters
    ----------
    in_higher_task
        The violation concerns a task assigned by a higher level (AU-02).
    authorised_to_admit
        A grassroots committee authorised to admit members (it may then expel, AU-04).
    dissolution_level
        For an organisation: the body is the committee one level above the directly superior
        one, which decides dissolution (AU-08, inferred).
    """
    rulebook = rulebook or Rulebook.default()
    snap = rulebook.at(as_of)
    steps: list[Step] = []
    open_forms = forms_open_to(subject, as_of, rulebook=rulebook)
    steps.extend(open_forms.explanation.steps)
    if form not in open_forms.forms:
        return _answer(body, form, "no_power", steps)
    if subject.kind is SubjectKind.ORGANIZATION:
        return _organization(body, form, snap, steps, dissolution_level)
    forms = _list(snap, _MEMBER_KEY[body], steps)
    if body is BodyRole.CHI_UY:
        return _answer(body, form, "no_power", steps)
    if body is BodyRole.DANG_UY_BO_PHAN:
        return _answer(body, form, "forwards", steps)
    if body is BodyRole.CHI_BO:
        higher = snap.get("discipline.authority.chi_bo.higher_task_only_proposes")
        special = subject.committee is not CommitteeRelation.NONE or subject.managed_by_higher
        if higher.as_bool() and in_higher_task and special:
            steps.append(higher.step())
            return _answer(body, form, "proposes", steps)
    if body.is_inspection_commission and subject.committee is CommitteeRelation.SAME_LEVEL:
        steps.append(Step.of("discipline.authority.same_level", subject=subject.id))
        return _answer(body, form, "proposes", steps)
    if body is BodyRole.DANG_UY_CO_SO:
        if form is Form.CACH_CHUC and subject.committee is not CommitteeRelation.LOWER_LEVEL:
            steps.append(Step.of("discipline.authority.lower_committee_only", subject=subject.id))
            return _answer(body, form, "proposes", steps)
        if form is Form.KHAI_TRU and not (
            authorised_to_admit
            and subject.committee is not CommitteeRelation.SAME_LEVEL
            and not subject.managed_by_higher
        ):
            steps.append(
                Step.of(
                    "discipline.authority.expulsion_condition",
                    subject=subject.id,
                    authorised=authorised_to_admit,
                )
            )
            return _answer(body, form, "proposes", steps)
    if (
        body is BodyRole.BAN_THUONG_VU_CAP_TREN
        and subject.committee is CommitteeRelation.SAME_LEVEL
        and form in (Form.CACH_CHUC, Form.KHAI_TRU)
    ):
        steps.append(Step.of("discipline.authority.full_committee", subject=subject.id))
        return _answer(body, form, "proposes", steps)
    return _answer(body, form, "decides" if form.value in forms else "proposes", steps)


def _organization(
    body: BodyRole, form: Form, snap: Snapshot, steps: list[Step], dissolution_level: bool
) -> AuthorityAnswer:
    if body in (BodyRole.CHI_BO, BodyRole.CHI_UY, BodyRole.DANG_UY_BO_PHAN):
        return _answer(body, form, "no_power", steps)
    if body is BodyRole.BCH_TW:
        _list(snap, "discipline.authority.central", steps)
        return _answer(body, form, "decides", steps)
    forms = _list(snap, "discipline.authority.organization.superior", steps)
    if form is Form.GIAI_TAN:
        inspection = body.is_inspection_commission
        return _answer(
            body, form, "decides" if dissolution_level and not inspection else "proposes", steps
        )
    return _answer(body, form, "decides" if form.value in forms else "proposes", steps)


def decidable_forms(
    body: BodyRole, subject: Subject, as_of: date, **kwargs: bool
) -> tuple[Form, ...]:
    """Every form ``body`` may decide for ``subject`` on ``as_of``."""
    open_forms = forms_open_to(subject, as_of).forms
    return tuple(f for f in open_forms if authority(body, subject, f, as_of, **kwargs).decides)  # type: ignore[arg-type]


# ── who decides: one answer for the whole question (issue 12 §1) ──────────────────────────

#: Bodies from the cell up, in the order a case climbs; at each level the standing committee,
#: then the inspection commission, then the full committee.
_LADDER = (
    BodyRole.CHI_BO,
    BodyRole.CHI_UY,
    BodyRole.DANG_UY_BO_PHAN,
    BodyRole.BAN_THUONG_VU_CO_SO,
    BodyRole.UBKT_CO_SO,
    BodyRole.DANG_UY_CO_SO,
    BodyRole.BAN_THUONG_VU_CAP_TREN,
    BodyRole.UBKT_CAP_TREN,
    BodyRole.CAP_UY_CAP_TREN,
    BodyRole.BCH_TW,
)


@attrs.frozen
class VoteNeeded:
    """The vote a body needs for its part: the share of all its eligible members, cited."""

    body: BodyRole
    purpose: str
    fraction: Fraction
    at_least: bool
    citation: Citation


@attrs.frozen(repr=False)
class WhoDecides(_display.Answer):
    """Who decides ``form`` for ``subject`` on a date, who may only propose, who verifies, the votes.

    ``decider`` is the first body that decides as the case climbs (at each level the standing
    committee, the inspection commission, the committee; ``None``: no body may); ``deciders`` every body
    that may; ``proposers`` the bodies below it that may only propose; ``forwarders`` the bodies
    that pass the case on without a vote. ``verifier`` must verify the violation itself before
    deciding on a proposal (AU-09, from QĐ 22); ``None`` when no rule says so on the date.
    ``not_checked`` names the bodies whose rule is not in force on the date.
    """

    form: Form
    decider: BodyRole | None
    deciders: tuple[BodyRole, ...]
    proposers: tuple[BodyRole, ...]
    forwarders: tuple[BodyRole, ...]
    verifier: BodyRole | None
    votes: tuple[VoteNeeded, ...]
    not_checked: tuple[BodyRole, ...]
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.who_decides(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``who-decides.schema.json``)."""
        return attrs_answer(self, "who-decides")


def who_decides(
    subject: Subject,
    form: Form,
    as_of: date,
    *,
    in_higher_task: bool = False,
    authorised_to_admit: bool = False,
    dissolution_level: bool = False,
    rulebook: Rulebook | None = None,
) -> WhoDecides:
    """Who decides ``form`` for ``subject`` on ``as_of``, as one answer (AU-01…AU-10, VO-02, AU-09).

    Every body's part is read from the rulebook; a body whose rule is not in force on the date
    is reported in ``not_checked`` and the others are still answered.

    >>> from dangkiemtra.discipline.cases import SubjectKind
    >>> member = Subject("dv1", SubjectKind.OFFICIAL_MEMBER, holds_post=True)
    >>> w = who_decides(member, Form.KHAI_TRU, date(2023, 9, 25))
    >>> w.decider.value, [b.value for b in w.proposers][:1], w.verifier.value
    ('ban_thuong_vu_cap_tren', ['chi_bo_role'], 'ban_thuong_vu_cap_tren')
    >>> [(v.body.value, str(v.fraction), v.at_least) for v in w.votes]
    [('chi_bo_role', '2/3', True), ('ban_thuong_vu_cap_tren', '1/2', False)]
    """
    rulebook = rulebook or Rulebook.default()
    snap = rulebook.at(as_of)
    answers: list[AuthorityAnswer] = []
    skipped: list[BodyRole] = []
    for body in _LADDER:
        try:
            answers.append(
                authority(
                    body,
                    subject,
                    form,
                    as_of,
                    in_higher_task=in_higher_task,
                    authorised_to_admit=authorised_to_admit,
                    dissolution_level=dissolution_level,
                    rulebook=rulebook,
                )
            )
        except RuleError:
            skipped.append(body)
    deciders = tuple(a.body for a in answers if a.decides)
    decider = deciders[0] if deciders else None
    # the bodies the case climbs through before the first that decides (answers keep _LADDER order)
    below = answers[: next((i for i, a in enumerate(answers) if a.decides), len(answers))]
    proposers = tuple(a.body for a in below if a.role == "proposes")
    forwarders = tuple(a.body for a in below if a.role == "forwards")
    steps: list[Step] = []
    verifier: BodyRole | None = None
    if decider is not None and proposers:
        try:
            verify = snap.get("discipline.authority.beyond_competence_proposes")
            steps.append(verify.step())
            verifier = decider if verify.as_bool() else None
        except RuleError as err:
            steps.append(
                Step.of(
                    "discipline.who.not_checked",
                    rule=_verify_key(),
                    since=err.applies_from or as_of,
                )
            )
    votes: list[VoteNeeded] = []
    try:
        majority = snap.get("discipline.vote.majority")
        expulsion = snap.get("discipline.vote.expulsion_proposal")
        steps += [majority.step(), expulsion.step()]
        if proposers and form is Form.KHAI_TRU:
            votes.append(
                VoteNeeded(
                    proposers[0], "propose", expulsion.as_fraction(), True, expulsion.citation
                )
            )
        elif proposers:
            votes.append(
                VoteNeeded(
                    proposers[0], "propose", majority.as_fraction(), False, majority.citation
                )
            )
        if decider is not None:
            votes.append(
                VoteNeeded(decider, "decide", majority.as_fraction(), False, majority.citation)
            )
    except RuleError as err:
        steps.append(
            Step.of(
                "discipline.who.not_checked",
                rule="discipline.vote",
                since=err.applies_from or as_of,
            )
        )
    steps.append(
        Step.of(
            "discipline.who.verdict",
            form=Term(form.value),
            decider=Term(decider.value) if decider else Term("no_power"),
            proposers=len(proposers),
            not_checked=len(skipped),
        )
    )
    explanation = Explanation.of(*(a.explanation for a in answers), *steps)
    return WhoDecides(
        form,
        decider,
        deciders,
        proposers,
        forwarders,
        verifier,
        tuple(votes),
        tuple(skipped),
        explanation,
    )


def _verify_key() -> str:
    """The rulebook key of the verification duty (AU-09)."""
    return "discipline.authority.beyond_competence_proposes"


__all__ += ["VoteNeeded", "WhoDecides", "who_decides"]
