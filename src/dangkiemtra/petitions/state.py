"""State denunciations (TCS, Luật Tố cáo 2011/2018), complaints (KN, Luật Khiếu nại) and Ho Chi Minh City's information reports (LOC, QĐ 1374).

Where a statute says plain "ngày" beside articles that say "ngày làm việc", the unit is an option
whose default (calendar days) is flagged (§H of the catalogue).
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Iterable
from datetime import date
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Step, Term
from dangkiemtra.periods import Deadline, Duration, Unit, deadline, deadline_for_rule
from dangkiemtra.petitions.cases import Petition, PetitionKind
from dangkiemtra.rulebook import Rulebook

__all__ = [
    "Acceptance",
    "Complexity",
    "complaint_deadlines",
    "denunciation_complexity",
    "information_report_chain",
    "state_acceptance",
    "state_deadlines",
]


class Complexity(enum.StrEnum):
    """How complex a state denunciation is (TCS-06: NĐ 31/2019 Art 3 cl. 2–3)."""

    ORDINARY = "thong_thuong"
    COMPLEX = "phuc_tap"
    ESPECIALLY_COMPLEX = "dac_biet_phuc_tap"


def denunciation_complexity(
    criteria: Iterable[str], as_of: date, *, rulebook: Rulebook | None = None
) -> tuple[Complexity, Explanation]:
    """The complexity tier that the criteria met give a state denunciation (TCS-06).

    One of NĐ 31/2019 Art 3 cl. 2's seven criteria makes a case complex; two or more make it
    especially complex (cl. 3). Codes that are not criteria are ignored and named in the step.

    >>> denunciation_complexity(["nhieu_dia_diem", "nhieu_noi_dung"], date(2023, 9, 1))[0]
    <Complexity.ESPECIALLY_COMPLEX: 'dac_biet_phuc_tap'>
    """
    snap = (rulebook or Rulebook.default()).at(as_of)
    listed = snap.get("petition.state.denunciation.complexity_criteria")
    threshold = snap.get("petition.state.denunciation.especially_complex_min_criteria")
    met = sorted({c for c in criteria if c in listed.as_codes()})
    if len(met) >= threshold.as_int():
        tier = Complexity.ESPECIALLY_COMPLEX
    elif met:
        tier = Complexity.COMPLEX
    else:
        tier = Complexity.ORDINARY
    step = Step.of(
        "petition.denunciation.complexity",
        met=len(met),
        threshold=threshold.as_int(),
        tier=Term(tier.value),
    )
    return tier, Explanation.of(listed.step(), threshold.step(), step)


def _tier(petition: Petition) -> Complexity:
    if petition.especially_complex:
        return Complexity.ESPECIALLY_COMPLEX
    return Complexity.COMPLEX if petition.complex else Complexity.ORDINARY


def state_deadlines(
    petition: Petition,
    *,
    reading: str | None = None,
    extended_on: date | None = None,
    extension_base: str | None = None,
    rulebook: Rulebook | None = None,
) -> dict[str, Deadline]:
    """The deadlines of a state denunciation (TCS-01, TCS-02, TCS-04, TCS-05): initial processing,
    notice of acceptance and resolution with the extensions its complexity allows.

    Under Luật Tố cáo 2018 an ordinary case has no extension, a complex one one, an especially
    complex one two, each of at most 30 days (Art 30 cl. 1–3). Under the 2011 Law every case may
    be extended once: 60 + 30 days, a complex one 90 + 60 days (Art 21). Extensions beyond what
    the tier allows are not counted, and the step says so.

    ``extended_on`` is the day the (first) extension was decided: the extension's length and
    the number allowed are those in force that day, so an extension decided after a new law
    took effect uses the new law's limits (the base period stays the one in force on acceptance).
    ``extension_base`` chooses whether an extension runs from the end as moved to a working day
    (``rolled_end``, the cited default) or before the move (``unrolled_end``); the choice is a
    flagged reading (option ``periods.extension_base``) whenever an extension is counted.
    """
    rulebook = rulebook or Rulebook.default()
    out: dict[str, Deadline] = {}
    key = (
        "petition.state.denunciation.initial_extended"
        if petition.complex or petition.especially_complex
        else "petition.state.denunciation.initial"
    )
    # no initial-processing period (nor the notice below) in the rulebook before Luật Tố cáo 2011/2018
    with contextlib.suppress(RuleError):
        out["initial"] = deadline_for_rule(
            key,
            petition.received_on,
            reading=_if_offered(key, petition.received_on, reading, rulebook),
            rulebook=rulebook,
        )
    if petition.accepted_on is not None:
        with contextlib.suppress(RuleError):
            out["acceptance_notice"] = deadline_for_rule(
                "petition.state.denunciation.acceptance_notice",
                petition.accepted_on,
                rulebook=rulebook,
            )
        tier = _tier(petition)
        limits_on = extended_on or petition.accepted_on
        snap = rulebook.at(limits_on)
        base = "petition.state.denunciation"
        res_key = (
            f"{base}.resolution.complex"
            if tier is not Complexity.ORDINARY
            else f"{base}.resolution"
        )
        ext_key = (
            f"{base}.extension.complex" if tier is not Complexity.ORDINARY else f"{base}.extension"
        )
        most_key = {
            Complexity.ORDINARY: f"{base}.max_extensions",
            Complexity.COMPLEX: f"{base}.max_extensions.complex",
            Complexity.ESPECIALLY_COMPLEX: f"{base}.max_extensions.especially_complex",
        }[tier]
        try:
            most = snap.get(most_key)
        except RuleError:  # no especially-complex tier before the 2018 Law: the complex one applies
            most = snap.get(f"{base}.max_extensions.complex")
        res = deadline_for_rule(res_key, petition.accepted_on, reading=reading, rulebook=rulebook)
        allowed = min(petition.extensions, most.as_int())
        tier_step = Step.of(
            "petition.denunciation.extensions",
            tier=Term(tier.value),
            asked=petition.extensions,
            allowed=most.as_int(),
            counted=allowed,
        )
        res = attrs.evolve(
            res, explanation=res.explanation + Explanation.of(most.step(), tier_step)
        )
        if allowed:
            base_choice = snap.option("periods.extension_base", extension_base)
            res = attrs.evolve(
                res, explanation=res.explanation + Explanation.of(base_choice.step())
            )
        for _ in range(allowed):
            from_day = res.due
            if base_choice.reading == "unrolled_end" and res.unrolled_end is not None:
                from_day = res.unrolled_end
            ext = deadline_for_rule(
                ext_key,
                from_day,
                as_of=limits_on,
                reading=reading,
                rulebook=rulebook,
            )
            res = attrs.evolve(
                ext, start=petition.accepted_on, explanation=res.explanation + ext.explanation
            )
        out["resolution"] = res
    return out


def _if_offered(key: str, day: date, reading: str | None, rulebook: Rulebook) -> str | None:
    """``reading`` if the rule ``key`` in force on ``day`` offers readings, else ``None``."""
    try:
        return reading if rulebook.at(day).get(key).option is not None else None
    except RuleError:
        return None


@attrs.frozen(repr=False)
class Acceptance(_display.Answer):
    """Whether a state complaint or denunciation is accepted, and the listed grounds that bar it."""

    accepted: bool
    grounds: tuple[str, ...]
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.acceptance(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``acceptance.schema.json``)."""
        return attrs_answer(self, "acceptance")


def state_acceptance(
    petition: Petition, grounds: Iterable[str], *, rulebook: Rulebook | None = None
) -> Acceptance:
    """Whether the state accepts ``petition`` given the ``grounds`` found (KN-05, TCS-08).

    A complaint is not accepted on any of the nine cases of Luật Khiếu nại 2011 Art 11; a
    denunciation is not handled when it was sent to several bodies including the competent one,
    or re-sent after guidance (Luật Tố cáo 2018 Art 24 cl. 3). Grounds the rule does not list are
    ignored. Read as of the receipt.

    >>> p = Petition("k", "khieu_nai", "nha_nuoc", received_on=date(2024, 3, 1))
    >>> state_acceptance(p, ["het_thoi_hieu"]).accepted
    False
    """
    rulebook = rulebook or Rulebook.default()
    key = (
        "petition.state.complaint.not_accepted"
        if petition.kind is PetitionKind.KHIEU_NAI
        else "petition.state.denunciation.not_handled"
    )
    rule = rulebook.at(petition.received_on).get(key)
    hit = tuple(g for g in rule.as_codes() if g in set(grounds))
    step = Step.of("petition.state.acceptance", accepted=not hit, n=len(hit))
    return Acceptance(not hit, hit, Explanation.of(rule.step(), step))


def _days(code: str) -> int:
    """``"d45"`` → 45 (the tables of KN-03 keep their values as codes)."""
    if not (code.startswith("d") and code[1:].isdigit()):
        raise RuleError(f"not a day count: {code!r}")
    return int(code[1:])


def complaint_deadlines(
    petition: Petition,
    *,
    decision_known_on: date | None = None,
    reading: str | None = None,
    refuse_ambiguous: bool = False,
    rulebook: Rulebook | None = None,
) -> dict[str, Deadline]:
    """The deadlines of an administrative complaint (KN-01…KN-03): filing, acceptance, resolution."""
    rulebook = rulebook or Rulebook.default()
    out: dict[str, Deadline] = {}
    if decision_known_on is not None:
        out["filing"] = deadline_for_rule(
            "petition.state.complaint.limitation", decision_known_on, rulebook=rulebook
        )
    out["acceptance"] = deadline_for_rule(
        "petition.state.complaint.acceptance", petition.received_on, rulebook=rulebook
    )
    if petition.accepted_on is not None:
        snap = rulebook.at(petition.accepted_on)
        key = (
            "petition.state.complaint.second"
            if petition.second_instance
            else "petition.state.complaint.first"
        )
        rule = snap.get(key)
        index = (2 if petition.remote else 0) + (1 if petition.complex else 0)
        amount = _days(rule.as_codes()[index])
        choice = snap.option("periods.day_unit.state", reading, refuse=refuse_ambiguous)
        unit = Unit.DAYS if choice.reading == "calendar_days" else Unit.WORKING_DAYS
        step = Step.of(
            "petition.complaint.table",
            instance=2 if petition.second_instance else 1,
            complex=petition.complex,
            remote=petition.remote,
            n=amount,
        )
        out["resolution"] = deadline(
            petition.accepted_on,
            Duration(amount, unit),
            rulebook=rulebook,
            extra_steps=(rule.step(), choice.step(), step),
            rule_key=key,
        )
    return out


def information_report_chain(
    reported_on: date,
    *,
    explained_on: date | None = None,
    office_reported_on: date | None = None,
    directed_on: date | None = None,
    rulebook: Rulebook | None = None,
    calendar: WorkingCalendar | None = None,
) -> dict[str, Deadline]:
    """QĐ 1374 (Ho Chi Minh City): after a press report, the explanation (10 working days), the office's
    report (7), the standing body's direction (10) and the conclusion of clear violations (45), each
    counted from the previous step's actual date when known (LOC-01)."""
    rulebook = rulebook or Rulebook.default()
    rule = rulebook.at(reported_on).get("local.hcmc.press_report_chain")
    steps = [int(c[1:]) for c in rule.as_codes()]
    names = ("explanation", "office_report", "direction", "conclusion")
    actual = (explained_on, office_reported_on, directed_on, None)
    out: dict[str, Deadline] = {}
    start = reported_on
    for name, n, done in zip(names, steps, actual, strict=True):
        d = deadline(
            start,
            Duration(n, Unit.WORKING_DAYS),
            as_of=reported_on,
            rulebook=rulebook,
            calendar=calendar,
            extra_steps=(rule.step(),),
            rule_key=rule.key,
        )
        out[name] = d
        start = done or d.due
    return out
