"""Circumstances and exemptions (MC-01…MC-04): what a caller records, and what it changes.

Mitigating and aggravating circumstances are recorded and cited for the competent body to
weigh; the library never computes a form from them (MC-02 library note). What the rules do
change is whether discipline is considered now: pregnancy, a child under 12 months, serious
illness or being missing postpone it; a deceased member is concluded on but not disciplined
unless the violation is particularly serious; exemption cases allow exemption or mitigation.

>>> from datetime import date
>>> from dangkiemtra.discipline.cases import Circumstance
>>> s = consideration_status((Circumstance("benh_nang", date(2023, 5, 1), None),), date(2023, 9, 25))
>>> s.status
'postponed'
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import attrs

from dangkiemtra import _display, _views
from dangkiemtra._json import attrs_answer
from dangkiemtra.discipline.cases import Circumstance, Violation
from dangkiemtra.explain import Explanation, Step, Term
from dangkiemtra.rulebook import Rulebook

__all__ = ["ConsiderationStatus", "consideration_status", "recognised_circumstances"]


@attrs.frozen(repr=False)
class ConsiderationStatus(_display.Answer):
    """``consider``, ``postponed``, ``no_discipline`` (deceased) or ``exempt_or_mitigate``."""

    status: str
    explanation: Explanation

    def _view_(self) -> _display.View:
        return _views.consideration_status(self)

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON (``consideration.schema.json``)."""
        return attrs_answer(self, "consideration")


def _active(c: Circumstance, day: date) -> bool:
    return c.start is not None and c.start <= day and (c.end is None or day <= c.end)


def consideration_status(
    circumstances: Iterable[Circumstance],
    as_of: date,
    *,
    violations: Iterable[Violation] = (),
    deceased: bool = False,
    rulebook: Rulebook | None = None,
) -> ConsiderationStatus:
    """May discipline be considered on ``as_of``, given the recorded circumstances (MC-03)?"""
    snap = (rulebook or Rulebook.default()).at(as_of)
    items = list(circumstances)
    if deceased:
        rule = snap.get("discipline.circumstances.deceased")
        serious = any(v.very_serious for v in violations)
        step = Step.of("discipline.mc.deceased", serious=serious)
        return ConsiderationStatus(
            "consider" if serious else "no_discipline", Explanation.of(rule.step(), step)
        )
    postponed = snap.get("discipline.circumstances.postponed")
    try:
        waiver = snap.get("discipline.circumstances.written_request_waives").as_codes()
    except LookupError:
        waiver = ()
    for c in items:
        waived = c.written_request and c.code in waiver
        if c.code in postponed.as_codes() and _active(c, as_of) and not waived:
            step = Step.of("discipline.mc.postponed", reason=Term(c.code), since=c.start or as_of)
            return ConsiderationStatus("postponed", Explanation.of(postponed.step(), step))
    try:
        exempted = snap.get("discipline.circumstances.exempted")
    except LookupError:
        exempted = None
    if exempted is not None:
        for c in items:
            if c.code in exempted.as_codes():
                step = Step.of("discipline.mc.exempt", reason=Term(c.code))
                return ConsiderationStatus(
                    "exempt_or_mitigate", Explanation.of(exempted.step(), step)
                )
    return ConsiderationStatus(
        "consider", Explanation.of(Step.of("discipline.mc.consider", day=as_of))
    )


def recognised_circumstances(
    codes: Iterable[str], as_of: date, *, rulebook: Rulebook | None = None
) -> tuple[tuple[str, str], ...]:
    """Each code with ``mitigating``, ``aggravating`` or ``unknown`` under the rules of ``as_of`` (MC-01, MC-02)."""
    snap = (rulebook or Rulebook.default()).at(as_of)
    mit = snap.get("discipline.circumstances.mitigating").as_codes()
    agg = snap.get("discipline.circumstances.aggravating").as_codes()
    out = []
    for code in codes:
        kind = "mitigating" if code in mit else "aggravating" if code in agg else "unknown"
        out.append((code, kind))
    return tuple(out)
