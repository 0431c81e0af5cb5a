"""Deadlines as iCalendar files (``to_ics()``), with icalendar, behind the ``[analysis]`` extra.

One all-day event per due date (``DTSTART;VALUE=DATE``, ``DTEND`` the next day), the
explanation with its citations in the description. The file is deterministic: ``DTSTAMP``
is the as-of date at midnight UTC (the deadline's start when no as-of date is given), the
``UID`` a hash of the rule, the dates and the explanation; nothing reads the clock, so the
same deadlines give the same bytes on every run. ``PRODID``, ``VERSION`` 2.0, ``CALSCALE``
and ``METHOD:PUBLISH`` make Outlook and Google Calendar accept it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from dangkiemtra._analysis import require
from dangkiemtra._display import get_language

if TYPE_CHECKING:
    from dangkiemtra.periods import Deadline
    from dangkiemtra.petitions import RegisterReport

__all__ = ["PRODID", "calendar_bytes", "deadline_event", "deadlines", "register_events"]

PRODID = "-//dangkiemtra//dangkiemtra//VI"


def _exclusive_end(day: date) -> date:
    """An all-day event's DTEND: the next day, DTEND being exclusive (RFC 5545 §3.6.1)."""
    return date.fromordinal(day.toordinal() + 1)


def _ical() -> Any:
    return require("icalendar", "to_ics()")


def _uid(*parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{digest[:32]}@dangkiemtra"


def _stamp(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


def deadline_event(d: Deadline, *, title: str | None = None, as_of: date | None = None) -> Any:
    """One all-day event on ``d.due``, the explanation in its description."""
    ical = _ical()
    lang = get_language()
    rule = d.rule_key or ""
    if title is None:
        what = "thời hạn" if lang == "vi" else "deadline"
        if rule:
            from dangkiemtra.rulebook import Rulebook

            param = Rulebook.default().parameters.get(rule)
            what = (
                rule
                if param is None
                else (param.description_vi if lang == "vi" else param.description_en)
            )
        title = f"Hạn cuối: {what}" if lang == "vi" else f"Due: {what}"
    trace = json.dumps(d.explanation.to_json(), sort_keys=True, ensure_ascii=False)
    event = ical.Event()
    event.add("uid", _uid(rule, d.start.isoformat(), d.due.isoformat(), title, trace))
    event.add("dtstamp", _stamp(as_of or d.start))
    event.add("dtstart", d.due)
    event.add("dtend", _exclusive_end(d.due))
    event.add("summary", title)
    event.add("description", d.explanation.render(lang))
    event.add("transp", "TRANSPARENT")
    if rule:
        event.add("categories", [rule])
    return event


def calendar_bytes(events: Iterable[Any], *, name: str | None = None) -> bytes:
    """A VCALENDAR holding ``events``, serialised."""
    ical = _ical()
    cal = ical.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("x-wr-calname", name)
    for e in events:
        cal.add_component(e)
    data: bytes = cal.to_ical()
    return data


def deadlines(
    items: Iterable[Deadline] | Mapping[str, Deadline],
    *,
    as_of: date | None = None,
    name: str | None = None,
) -> bytes:
    """One event per deadline (titled by the mapping's keys when a mapping is given)."""
    if isinstance(items, Mapping):
        events = [deadline_event(d, title=str(k), as_of=as_of) for k, d in items.items()]
    else:
        events = [deadline_event(d, as_of=as_of) for d in items]
    return calendar_bytes(events, name=name)


def register_events(r: RegisterReport, *, include_closed: bool = False) -> list[Any]:
    """One event per petition due date in the register (closed ones only on request)."""
    ical = _ical()
    lang = get_language()
    out = []
    for row in r.rows:
        if row.due is None or (row.status == "closed" and not include_closed):
            continue
        title = f"Hạn giải quyết đơn {row.id}" if lang == "vi" else f"Petition {row.id} due"
        trace = json.dumps(row.explanation.to_json(), sort_keys=True, ensure_ascii=False)
        e = ical.Event()
        e.add("uid", _uid("register", row.id, row.due.isoformat(), trace))
        e.add("dtstamp", _stamp(r.as_of))
        e.add("dtstart", row.due)
        e.add("dtend", _exclusive_end(row.due))
        e.add("summary", title)
        e.add("description", row.explanation.render(lang))
        e.add("categories", [row.status])
        e.add("transp", "TRANSPARENT")
        out.append(e)
    return out
