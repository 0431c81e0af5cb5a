"""Petitions (đơn, thư): party and state denunciations and complaints, information reports, the register.

Every time limit is read from the rulebook as of the petition's own date: party denunciations
(TCP, QĐ 30/22/296/21 and QĐ 164), state denunciations (TCS, Luật Tố cáo 2011/2018) and
complaints (KN, Luật Khiếu nại), Ho Chi Minh City's information reports (LOC, QĐ 1374). Where a
statute says plain "ngày" beside articles that say "ngày làm việc", the unit is an option whose
default (calendar days) is flagged (§H of the catalogue).

The sender's identity is protected (Chỉ thị 27-CT/TW): name, address and ID number are hidden
from ``repr``, never enter an explanation, and are left out of JSON dumps unless the caller asks.

>>> from datetime import date
>>> p = Petition("d1", PetitionKind.TO_CAO, System.STATE, received_on=date(2023, 8, 25),
...              accepted_on=date(2023, 8, 28), sender=Sender(full_name="Người Gửi", named=True))
>>> p.sender
Sender(named=True, signers=1, signed_personally=True, capable=True)
>>> state_deadlines(p)["resolution"].due     # 30 days to 27 September 2023
datetime.date(2023, 9, 27)
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from dangkiemtra import _analysis, _display, _ics, _views
from dangkiemtra._format import percent
from dangkiemtra._json import answer, attrs_answer, number
from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Percent, Step, Term
from dangkiemtra.periods import Deadline, Duration, Unit, deadline, deadline_for_rule
from dangkiemtra.rulebook import Rulebook

__all__ = [
    "Acceptance",
    "Channel",
    "Complexity",
    "Petition",
    "PetitionKind",
    "RegisterReport",
    "RegisterRow",
    "Screening",
    "Sender",
    "System",
    "central_cadre_deadline",
    "complaint_deadlines",
    "conclusion_categories",
    "congress_window",
    "denunciation_complexity",
    "information_report_chain",
    "party_deadline",
    "register",
    "screen_party",
    "state_acceptance",
    "state_deadlines",
    "who_resolves",
]


class PetitionKind(enum.StrEnum):
    """What a letter is."""

    TO_CAO = "to_cao"
    KHIEU_NAI = "khieu_nai"
    KIEN_NGHI = "kien_nghi"
    PHAN_ANH = "phan_anh"
    THONG_TIN_PHAN_ANH = "thong_tin_phan_anh"


class System(enum.StrEnum):
    """Party rules or state law."""

    PARTY = "dang"
    STATE = "nha_nuoc"


class Channel(enum.StrEnum):
    """How the letter came."""

    DIRECT = "truc_tiep"
    POST = "buu_dien"
    ELECTRONIC = "dien_tu"
    RECEPTION = "tiep_cong_dan"
    PRESS = "bao_chi"
    FORWARDED = "chuyen_den"


@attrs.frozen
class Sender:
    """The sender (người gửi). Identity fields are protected: hidden from ``repr`` and explanations."""

    full_name: str | None = attrs.field(default=None, repr=False)
    address: str | None = attrs.field(default=None, repr=False)
    citizen_id: str | None = attrs.field(default=None, repr=False)
    named: bool = False
    signers: int = 1
    signed_personally: bool = True
    capable: bool = True


@attrs.frozen
class Petition:
    """A petition (đơn, thư) and the dates of its handling. ``summary`` may name people: hidden from ``repr``."""

    id: str
    kind: PetitionKind = attrs.field(converter=PetitionKind)
    system: System = attrs.field(converter=System)
    received_on: date = attrs.field(kw_only=True)
    channel: Channel = attrs.field(default=Channel.DIRECT, converter=Channel, kw_only=True)
    receiving_body: str = attrs.field(default="", kw_only=True)
    subject: str | None = attrs.field(default=None, kw_only=True)
    summary: str = attrs.field(default="", repr=False, kw_only=True)
    sender: Sender | None = attrs.field(default=None, kw_only=True)
    specific: bool = attrs.field(default=True, kw_only=True)
    facts: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    central: bool = attrs.field(default=False, kw_only=True)
    accepted_on: date | None = attrs.field(default=None, kw_only=True)
    extensions: int = attrs.field(default=0, kw_only=True)
    complex: bool = attrs.field(default=False, kw_only=True)
    especially_complex: bool = attrs.field(default=False, kw_only=True)
    remote: bool = attrs.field(default=False, kw_only=True)
    second_instance: bool = attrs.field(default=False, kw_only=True)
    closed_on: date | None = attrs.field(default=None, kw_only=True)

    @property
    def anonymous(self) -> bool:
        """No identifiable, named sender."""
        return self.sender is None or not self.sender.named


# ── party denunciations ─────────────────────────────────────────────────────────────────


@attrs.frozen(repr=False)
class Screening(_display.Answer):
    """Whether a letter is resolved as a party denunciation and, if not, whether it is still used."""

    handled: bool
    reasons: tuple[str, ...]
    used_as_information: bool
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.screening(self)
    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``screening.schema.json``)."""
        return attrs_answer(self, "screening")


def screen_party(petition: Petition, *, rulebook: Rulebook | None = None) -> Screening:
    """Which letters the Party does not resolve as denunciations, and which it still uses (TCP-01, TCP-02).

    >>> anon = Petition("x", "to_cao", "dang", received_on=date(2023, 3, 1), specific=True)
    >>> s = screen_party(anon)
    >>> s.handled, s.reasons, s.used_as_information
    (False, ('nac_danh',), True)
    """
    snap = (rulebook or Rulebook.default()).at(petition.received_on)
    rule = snap.get("petition.party.not_handled")
    listed = rule.as_codes()
    found: list[str] = []
    s = petition.sender
    if petition.anonymous:
        found.append("nac_danh")
    if s is not None and s.signers > 1:
        found.append("nhieu_nguoi_ky")
    if s is not None and not s.signed_personally:
        found.append("khong_ky_ten_truc_tiep")
    if s is not None and not s.capable:
        found.append("mat_nang_luc_hanh_vi")
    if not petition.specific:
        found.append("noi_dung_khong_cu_the")
    found += list(petition.facts)
    reasons = tuple(dict.fromkeys(c for c in found if c in listed))
    steps = [rule.step()]
    steps += [Step.of("petition.party.not_handled", reason=Term(c)) for c in reasons]
    used = False
    if petition.anonymous and petition.specific:
        anon = snap.get("petition.party.anonymous_specific_used")
        used = anon.as_bool()
        steps += [anon.step(), Step.of("petition.party.used_as_information", used=used)]
    steps.append(Step.of("petition.party.handled", handled=not reasons))
    return Screening(not reasons, reasons, used, Explanation(tuple(steps)))


def party_deadline(
    petition: Petition,
    *,
    extended: bool = False,
    reading: str | None = None,
    rulebook: Rulebook | None = None,
) -> Deadline:
    """The last day to resolve a party denunciation, from receipt by the competent organisation (TCP-03).

    With ``extended``, the extension (QĐ 30: 30 days; QĐ 22: 30 working days) is added.
    """
    rulebook = rulebook or Rulebook.default()
    key = (
        "petition.party.resolution.central"
        if petition.central
        else "petition.party.resolution.province_and_below"
    )
    base = deadline_for_rule(key, petition.received_on, rulebook=rulebook)
    if not extended:
        return base
    ext = deadline_for_rule(
        "petition.party.resolution.extension",
        base.due,
        as_of=petition.received_on,
        reading=reading,
        rulebook=rulebook,
    )
    return attrs.evolve(
        ext, start=petition.received_on, explanation=base.explanation + ext.explanation
    )


def central_cadre_deadline(
    team_decided_on: date,
    *,
    extended: bool = False,
    reading: str | None = None,
    refuse_ambiguous: bool = False,
    rulebook: Rulebook | None = None,
) -> Deadline:
    """QĐ 164: 180 days from the decision forming the team, + at most 60 (unit ambiguous, TCP-03)."""
    base = deadline_for_rule(
        "tcp.resolution.central_cadres.days",
        team_decided_on,
        reading=reading,
        refuse_ambiguous=refuse_ambiguous,
        rulebook=rulebook,
    )
    if not extended:
        return base
    ext = deadline_for_rule(
        "tcp.resolution.central_cadres.extension_days",
        base.due,
        as_of=team_decided_on,
        reading=reading,
        rulebook=rulebook,
    )
    return attrs.evolve(ext, start=team_decided_on, explanation=base.explanation + ext.explanation)


def congress_window(
    petition: Petition,
    congress_opens_on: date,
    *,
    grassroots: bool,
    rulebook: Rulebook | None = None,
    calendar: WorkingCalendar | None = None,
) -> tuple[bool, Explanation]:
    """Whether a congress-related denunciation falls in the window before the congress (TCP-04): then it is
    not resolved but handed to the new committee."""
    rulebook = rulebook or Rulebook.default()
    calendar = calendar or WorkingCalendar.default()
    key = (
        "petition.party.congress_window.grassroots"
        if grassroots
        else "petition.party.congress_window.superior"
    )
    rule = rulebook.at(petition.received_on).get(key)
    gap = calendar.working_days_between(petition.received_on, congress_opens_on)
    inside = 0 <= gap <= rule.as_int()
    step = Step.of(
        "petition.party.congress",
        received=petition.received_on,
        opens=congress_opens_on,
        gap=gap,
        window=rule.as_int(),
        inside=inside,
    )
    return inside, Explanation.of(rule.step(), step)


def who_resolves(
    petition: Petition,
    *,
    managed_by_same_level_committee: bool,
    as_of: date | None = None,
    rulebook: Rulebook | None = None,
) -> tuple[str, Explanation]:
    """Who resolves a party denunciation (TCP-05): the cell for a member active in it whom no committee
    manages; otherwise the inspection commission of the committee that manages the subject."""
    rule = (
        (rulebook or Rulebook.default())
        .at(as_of or petition.received_on)
        .get("petition.party.resolvers")
    )
    body = "ubkt" if managed_by_same_level_committee else "chi_bo_role"
    if body not in rule.as_codes():  # pragma: no cover - the data lists both
        raise RuleError(f"{body} is not a resolver", key=rule.key)
    step = Step.of(
        "petition.party.resolver", body=Term(body), managed=managed_by_same_level_committee
    )
    return body, Explanation.of(rule.step(), step)


def conclusion_categories(as_of: date, *, rulebook: Rulebook | None = None) -> tuple[str, ...]:
    """The four conclusions on each denounced content under QĐ 21 (TCP-06-2026); ``RuleError`` before it."""
    return (rulebook or Rulebook.default()).at(as_of).get("petition.party.conclusions").as_codes()


# ── state denunciations and complaints ──────────────────────────────────────────────────


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


# ── the register ────────────────────────────────────────────────────────────────────────


@attrs.frozen(repr=False)
class RegisterRow(_display.Answer):
    """One petition's state on the as-of date: ``closed``, ``open``, ``due`` (today) or ``overdue``."""

    id: str
    status: str
    due: date | None
    overdue_working_days: int
    explanation: Explanation
    kind: PetitionKind | None = None
    system: System | None = None
    received_on: date | None = None

    def _view_(self) -> _display.View:
        return _views.register_row(self)

    def to_json(self) -> dict[str, Any]:
        """The row as JSON (``register-row.schema.json``)."""
        return answer(
            "register-row",
            id=self.id,
            status=self.status,
            due=self.due.isoformat() if self.due else None,
            overdue_working_days=self.overdue_working_days,
            explanation=self.explanation.to_json(),
        )


@attrs.frozen(repr=False)
class RegisterReport(_display.Answer):
    """The register as of a date, with counts and the processed rate as the District 1 committee report of 07-11-2022 reports it."""

    as_of: date
    rows: tuple[RegisterRow, ...]
    received: int
    processed: int
    rate: Decimal
    counts: dict[str, int]
    explanation: Explanation

    def to_json(self) -> dict[str, Any]:
        """The register as JSON (``register-report.schema.json``); no sender data is ever included."""
        return answer(
            "register-report",
            as_of=self.as_of.isoformat(),
            received=self.received,
            processed=self.processed,
            rate=number(self.rate),
            counts=dict(self.counts),
            rows=[r.to_json() for r in self.rows],
            explanation=self.explanation.to_json(),
        )

    def _view_(self) -> _display.View:
        return _views.register_report(self)

    def to_pandas(self) -> _analysis.DataFrame:
        """A row per petition: kind, system, received, due, status, days overdue (no sender data)."""
        return _analysis.register_report(self)

    def to_ics(self, *, include_closed: bool = False) -> bytes:
        """A calendar file with an all-day event per due date (stamped with the as-of date)."""
        return _ics.calendar_bytes(_ics.register_events(self, include_closed=include_closed))


def due_date(petition: Petition, *, rulebook: Rulebook | None = None) -> Deadline | None:
    """The resolution deadline that governs a petition in the register, if one applies."""
    rulebook = rulebook or Rulebook.default()
    try:
        if petition.system is System.PARTY and petition.kind is PetitionKind.TO_CAO:
            return party_deadline(petition, extended=petition.extensions > 0, rulebook=rulebook)
        if petition.system is System.STATE and petition.kind is PetitionKind.TO_CAO:
            found = state_deadlines(petition, rulebook=rulebook)
            return found.get("resolution") or found.get("initial")
        if petition.system is System.STATE and petition.kind is PetitionKind.KHIEU_NAI:
            d = complaint_deadlines(petition, rulebook=rulebook)
            return d.get("resolution") or d["acceptance"]
    except RuleError:
        return None
    return None


def register(
    petitions: Iterable[Petition],
    as_of: date,
    *,
    decimals: int = 2,
    rulebook: Rulebook | None = None,
    calendar: WorkingCalendar | None = None,
) -> RegisterReport:
    """Which petitions received by ``as_of`` are open, due, overdue (by how many working days) or closed."""
    rulebook = rulebook or Rulebook.default()
    calendar = calendar or WorkingCalendar.default()
    rows = []
    for p in sorted(petitions, key=lambda p: (p.received_on, p.id)):
        if p.received_on > as_of:
            continue
        d = due_date(p, rulebook=rulebook)
        due = d.due if d else None
        if p.closed_on is not None and p.closed_on <= as_of:
            status, late = "closed", 0
        elif due is not None and as_of > due:
            status, late = "overdue", calendar.working_days_between(due, as_of)
        elif due is not None and as_of == due:
            status, late = "due", 0
        else:
            status, late = "open", 0
        step = Step.of(
            "petition.register.row",
            id=p.id,
            status=Term(f"status_{status}"),
            due=due or "—",
            late=late,
        )
        rows.append(
            RegisterRow(
                p.id,
                status,
                due,
                late,
                Explanation.of(step) if d is None else d.explanation + Explanation.of(step),
                kind=p.kind,
                system=p.system,
                received_on=p.received_on,
            )
        )
    counts = {
        s: sum(1 for r in rows if r.status == s) for s in ("open", "due", "overdue", "closed")
    }
    received, processed = len(rows), counts["closed"]
    rate = percent(processed, received, decimals)
    step = Step.of(
        "petition.register.total",
        as_of=as_of,
        received=received,
        processed=processed,
        rate=Percent(rate),
        overdue=counts["overdue"],
    )
    return RegisterReport(
        as_of, tuple(rows), received, processed, rate, counts, Explanation.of(step)
    )
