"""The views of the caller's own records (inputs): compact, never a member's or a sender's identity."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dangkiemtra import _format
from dangkiemtra._display import Table, View, both, term
from dangkiemtra._views.labels import T
from dangkiemtra.explain import Text

if TYPE_CHECKING:
    from dangkiemtra.discipline.cases import DisciplineBook
    from dangkiemtra.inspection import (
        InspectionBook,
    )
    from dangkiemtra.organization import (
        Organization,
    )


def organization(o: Organization) -> View:
    """The tree in numbers: organisations and recorded members; the units directly under it."""
    orgs = sum(1 for _ in o.walk())
    recorded = sum(len(x.members) for x in o.walk())
    return View(
        title=Text(f"Tổ chức đảng {o.id}", f"Party organisation {o.id}"),
        headline=both(
            lambda lang: (
                f"{_format.format_int(orgs, lang)} "
                + ("tổ chức, " if lang == "vi" else "organisations, ")
                + f"{_format.format_int(recorded, lang)} "
                + ("đảng viên đã ghi nhận" if lang == "vi" else "members on record")
            )
        ),
        summary=(
            ("id", o.id),
            ("kind", o.kind),
            ("children", len(o.children)),
            ("organizations", orgs),
            ("members_recorded", recorded),
        ),
        facts=((T("Loại", "Kind"), term(o.kind.value)), (T("Tên", "Name"), o.name)),
        tables=(
            Table.of(
                T("Trực thuộc", "Directly under it"),
                (
                    T("Mã", "Id"),
                    T("Loại", "Kind"),
                    T("Tên", "Name"),
                    T("Đảng viên đã ghi nhận", "Members on record"),
                ),
                (
                    (c.id, term(c.kind.value), c.name, sum(len(x.members) for x in c.walk()))
                    for c in o.children
                ),
            ),
        ),
    )


def inspection_book(b: InspectionBook) -> View:
    """A year's programmes and activities, counted by kind."""
    kinds: dict[str, list[int]] = {}
    for a in b.activities:
        row = kinds.setdefault(a.kind.value, [0, 0])
        row[0] += 1
        row[1] += a.concluded_on is not None
    return View(
        title=Text(f"Sổ kiểm tra, giám sát năm {b.year}", f"Inspection book {b.year}"),
        headline=Text(
            f"{len(b.programmes)} chương trình, {len(b.activities)} cuộc",
            f"{len(b.programmes)} programmes, {len(b.activities)} activities",
        ),
        summary=(
            ("year", b.year),
            ("programmes", len(b.programmes)),
            ("activities", len(b.activities)),
        ),
        tables=(
            Table.of(
                T("Theo loại", "By kind"),
                (T("Loại", "Kind"), T("Số cuộc", "Activities"), T("Đã kết luận", "Concluded")),
                ((term(k), n, done) for k, (n, done) in sorted(kinds.items())),
            ),
        ),
    )


def discipline_book(b: DisciplineBook) -> View:
    """The number of cases, decided and appealed (subjects by id only)."""
    decided = sum(1 for c in b.cases if c.decision is not None)
    appealed = sum(1 for c in b.cases if c.appeals)
    return View(
        title=T("Hồ sơ kỷ luật", "Discipline cases"),
        headline=Text(f"{len(b.cases)} hồ sơ", f"{len(b.cases)} cases"),
        summary=(("cases", len(b.cases)), ("decided", decided), ("appealed", appealed)),
        facts=(
            (T("Đã có quyết định", "Decided"), decided),
            (T("Có khiếu nại", "Appealed"), appealed),
        ),
    )
