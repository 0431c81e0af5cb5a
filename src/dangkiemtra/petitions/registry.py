"""The register of petitions (sổ đơn thư): each petition's governing deadline and state as of a date."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from dangkiemtra import _analysis, _display, _ics, _views
from dangkiemtra._format import percent
from dangkiemtra._json import answer, number
from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import RuleError
from dangkiemtra.explain import Explanation, Percent, Step, Term
from dangkiemtra.periods import Deadline
from dangkiemtra.petitions.cases import Petition, PetitionKind, System
from dangkiemtra.petitions.party import party_deadline
from dangkiemtra.petitions.state import complaint_deadlines, state_deadlines
from dangkiemtra.rulebook import Rulebook

__all__ = ["RegisterReport", "RegisterRow", "due_date", "register"]


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
