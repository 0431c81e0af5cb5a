"""Party denunciations (TCP, QĐ 30/22/296/21 and QĐ 164): screening, deadlines, the congress window, the resolver."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Step, Term
from dangkiemtra.periods import Deadline, deadline_for_rule
from dangkiemtra.petitions.cases import Petition
from dangkiemtra.rulebook import Rulebook

__all__ = [
    "Screening",
    "central_cadre_deadline",
    "conclusion_categories",
    "congress_window",
    "party_deadline",
    "screen_party",
    "who_resolves",
]


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
