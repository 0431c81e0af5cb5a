"""The views of petition answers: the register, screening, acceptance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dangkiemtra._display import Table, View, term
from dangkiemtra._views.labels import T, _flags, codes, ratio, yes_no
from dangkiemtra.explain import Text

if TYPE_CHECKING:
    from dangkiemtra.petitions import Acceptance, RegisterReport, RegisterRow, Screening


def register_row(r: RegisterRow) -> View:
    """A petition's status in the register."""
    return View(
        title=Text(f"Đơn {r.id}", f"Petition {r.id}"),
        headline=term(f"status_{r.status}"),
        summary=(
            ("id", r.id),
            ("status", r.status),
            ("due", r.due),
            ("overdue_working_days", r.overdue_working_days),
        ),
        facts=(
            (T("Hạn", "Due"), r.due),
            (T("Quá hạn (ngày làm việc)", "Overdue (working days)"), r.overdue_working_days),
        ),
        flags=r.explanation.flags,
        explanation=r.explanation,
        status=None if r.status in ("open", "closed") else False,
    )


def register_report(r: RegisterReport) -> View:
    """``processed/received = rate``; counts by status; overdue and due rows first (bounded)."""
    order = {"overdue": 0, "due": 1, "open": 2, "closed": 3}
    rows = sorted(r.rows, key=lambda x: (order.get(x.status, 4), x.due or r.as_of, x.id))
    return View(
        title=T("Sổ theo dõi đơn thư", "Petition register"),
        headline=ratio(r.processed, r.received, r.rate),
        summary=(
            ("as_of", r.as_of),
            ("received", r.received),
            ("processed", r.processed),
            ("rate", r.rate),
            ("overdue", r.counts.get("overdue", 0)),
        ),
        facts=(
            (T("Ngày", "As of"), r.as_of),
            *((term(f"status_{k}"), v) for k, v in r.counts.items()),
        ),
        flags=_flags(r.explanation, *(x.explanation for x in r.rows)),
        explanation=r.explanation,
        tables=(
            Table.of(
                T("Đơn thư", "Petitions"),
                (
                    T("Mã", "Id"),
                    T("Trạng thái", "Status"),
                    T("Hạn", "Due"),
                    T("Quá hạn (ngày làm việc)", "Overdue (working days)"),
                ),
                ((x.id, term(f"status_{x.status}"), x.due, x.overdue_working_days) for x in rows),
            ),
        ),
        status=r.counts.get("overdue", 0) == 0,
    )


def screening(s: Screening) -> View:
    """Handled as a denunciation or not, with the reasons."""
    return View(
        title=T("Phân loại đơn (Đảng)", "Party screening"),
        headline=yes_no(
            s.handled,
            ("Giải quyết theo tố cáo", "Không giải quyết theo tố cáo"),
            ("Resolved as a denunciation", "Not resolved as a denunciation"),
        ),
        summary=(
            ("handled", s.handled),
            ("reasons", s.reasons),
            ("used_as_information", s.used_as_information),
        ),
        facts=(
            (T("Lý do", "Reasons"), codes(s.reasons)),
            (T("Dùng làm thông tin", "Used as information"), s.used_as_information),
        ),
        flags=s.explanation.flags,
        explanation=s.explanation,
    )


def acceptance(a: Acceptance) -> View:
    """Accepted or not by the state, and the listed grounds that bar it."""
    return View(
        title=T("Thụ lý khiếu nại, tố cáo", "State acceptance"),
        headline=yes_no(a.accepted, ("Được thụ lý", "Không thụ lý"), ("Accepted", "Not accepted")),
        summary=(("accepted", a.accepted), ("grounds", a.grounds)),
        facts=((T("Căn cứ không thụ lý", "Grounds"), codes(a.grounds)),),
        flags=a.explanation.flags,
        explanation=a.explanation,
        status=a.accepted,
    )
