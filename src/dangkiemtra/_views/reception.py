"""The views of citizen-reception answers: duty, scheduled days, the year's check."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dangkiemtra._display import View, term
from dangkiemtra._views.labels import T, day, en_plural, yes_no
from dangkiemtra.explain import Text

if TYPE_CHECKING:
    from dangkiemtra.reception import Duty, ScheduledDay, YearCheck


def duty(d: Duty) -> View:
    """``2 ngày / tháng`` of reception."""
    per = term(f"per_{d.per}") if d.per else None
    head = (
        Text(f"{d.count} ngày / {per.vi}", f"{en_plural(d.count, 'day')} a {per.en}")
        if per
        else T("Không có nghĩa vụ định kỳ", "No periodic duty")
    )
    return View(
        title=Text(
            f"Tiếp công dân: {term(d.holder).vi}, {term(d.level).vi}",
            f"Citizen reception: {term(d.holder).en}, {term(d.level).en}",
        ),
        headline=head,
        summary=(("holder", d.holder), ("level", d.level), ("count", d.count), ("per", d.per)),
        flags=d.explanation.flags,
        explanation=d.explanation,
    )


def scheduled_day(s: ScheduledDay) -> View:
    """A fixed reception day, and the working day suggested when it is a day off."""
    return View(
        title=T("Ngày tiếp công dân", "Reception day"),
        headline=day(s.day),
        summary=(("day", s.day), ("working", s.working), ("suggested", s.suggested)),
        facts=(
            (T("Ngày làm việc", "Working day"), s.working),
            (T("Đề nghị", "Suggested"), s.suggested),
        ),
        flags=s.explanation.flags,
        explanation=s.explanation,
        status=s.working,
    )


def year_check(y: YearCheck) -> View:
    """The months that fell short of the reception duty."""
    return View(
        title=Text(f"Kiểm tra tiếp công dân năm {y.year}", f"Reception check {y.year}"),
        headline=yes_no(y.ok, ("Đủ", "Thiếu"), ("Met", "Short")),
        summary=(("year", y.year), ("ok", y.ok), ("short", y.short)),
        facts=((T("Tháng thiếu", "Short months"), ", ".join(map(str, y.short)) or "—"),),
        flags=y.explanation.flags,
        explanation=y.explanation,
        status=y.ok,
    )
