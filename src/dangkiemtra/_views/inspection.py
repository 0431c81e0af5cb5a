"""The views of inspection answers: fulfilment, indicators, progress, activity, periods."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dangkiemtra import _format
from dangkiemtra._display import Table, View, both, term
from dangkiemtra._views.labels import T, _flags, ratio, yes_no
from dangkiemtra.explain import Percent, Text

if TYPE_CHECKING:
    from dangkiemtra.inspection import (
        ActivityTotals,
        Fulfilment,
        GroupIndicator,
        ProgressReport,
        ReportingPeriod,
        UnitProgress,
    )


def fulfilment(x: Fulfilment) -> View:
    """``done/planned = percent`` of one target."""
    by_orgs = bool(x.planned_organizations)
    done = x.done_organizations if by_orgs else x.done_members
    planned = x.planned_organizations if by_orgs else x.planned_members
    return View(
        title=T("Thực hiện chỉ tiêu chương trình", "Programme target"),
        headline=ratio(done, planned, x.percent),
        summary=(
            ("programme", x.programme),
            ("kind", x.kind),
            ("done", done),
            ("planned", planned),
            ("percent", x.percent),
        ),
        facts=(
            (T("Chương trình", "Programme"), x.programme),
            (T("Loại", "Kind"), term(x.kind.value)),
            (
                T("Tổ chức: kế hoạch / đã làm", "Organisations: planned / done"),
                f"{x.planned_organizations} / {x.done_organizations}",
            ),
            (
                T("Đảng viên: kế hoạch / đã làm", "Members: planned / done"),
                f"{x.planned_members} / {x.done_members}",
            ),
        ),
        flags=x.explanation.flags,
        explanation=x.explanation,
    )


def group_indicator(g: GroupIndicator) -> View:
    """``19/33 = 57,58%`` of a group; the units that acted and those that did not (bounded)."""
    tables: tuple[Table, ...] = ()
    if g.units:
        tables = (
            Table.of(
                T("Theo đơn vị (chưa thực hiện trước)", "By unit (not yet acted first)"),
                (
                    T("Đơn vị", "Unit"),
                    T("Có kế hoạch", "Has a plan"),
                    T("Kế hoạch", "Planned"),
                    T("Đã làm", "Done"),
                    T("Tỷ lệ", "Rate"),
                    T("Đã thực hiện", "Acted"),
                ),
                (
                    (
                        u.organization,
                        u.has_plan,
                        u.planned,
                        u.done,
                        Percent(u.percent),
                        yes_no(u.acted, ("có", "chưa"), ("yes", "not yet")),
                    )
                    for u in sorted(
                        g.units, key=lambda u: (not u.has_plan, u.acted, u.organization)
                    )
                ),
            ),
        )
    return View(
        title=Text(f"Chỉ tiêu nhóm: {g.label('vi')}", f"Group indicator: {g.label('en')}"),
        headline=ratio(g.done, g.planned, g.percent),
        summary=(
            ("group", g.group),
            ("done", g.done),
            ("planned", g.planned),
            ("percent", g.percent),
        ),
        facts=(
            (T("Đơn vị có kế hoạch", "Units with a plan"), g.planned),
            (T("Đã thực hiện", "Have acted"), g.done),
            (T("Tỷ lệ", "Rate"), Percent(g.percent)),
        ),
        flags=g.explanation.flags,
        explanation=g.explanation,
        tables=tables,
    )


def unit_progress(u: UnitProgress) -> View:
    """``done/planned = percent`` of one unit, and whether it acted."""
    return View(
        title=Text(f"Đơn vị {u.organization}", f"Unit {u.organization}"),
        headline=ratio(u.done, u.planned, u.percent),
        summary=(
            ("organization", u.organization),
            ("body", u.body),
            ("done", u.done),
            ("planned", u.planned),
            ("acted", u.acted),
        ),
        facts=(
            (T("Cơ quan", "Body"), term(u.body.value)),
            (T("Có kế hoạch", "Has a plan"), u.has_plan),
            (T("Số cuộc đã xong", "Activities concluded"), u.activities),
        ),
        status=u.acted if u.has_plan else None,
    )


def progress_report(p: ProgressReport) -> View:
    """The groups' ratios first; a table of programme targets and one of groups."""
    flags = _flags(
        *(f.explanation for _, fs in p.programmes for f in fs), *(g.explanation for g in p.groups)
    )
    head = " · ".join(f"{g.done}/{g.planned}" for g in p.groups)
    return View(
        title=Text(
            f"Tiến độ kiểm tra, giám sát: {p.organization}",
            f"Inspection progress: {p.organization}",
        ),
        headline=Text(head or "—", head or "—"),
        summary=(
            ("organization", p.organization),
            ("as_of", p.as_of),
            ("programmes", len(p.programmes)),
            ("groups", len(p.groups)),
        ),
        facts=((T("Ngày", "As of"), p.as_of),),
        flags=flags,
        tables=(
            Table.of(
                T("Chỉ tiêu theo nhóm", "Group indicators"),
                (
                    T("Nhóm", "Group"),
                    T("Đã thực hiện", "Done"),
                    T("Kế hoạch", "Planned"),
                    T("Tỷ lệ", "Rate"),
                    T("Chưa thực hiện", "Not yet acted"),
                ),
                (
                    (
                        Text(g.label("vi"), g.label("en")),
                        g.done,
                        g.planned,
                        Percent(g.percent),
                        g.planned - g.done,
                    )
                    for g in p.groups
                ),
            ),
            Table.of(
                T("Chương trình", "Programmes"),
                (
                    T("Chương trình", "Programme"),
                    T("Loại", "Kind"),
                    T("Kế hoạch", "Planned"),
                    T("Đã làm", "Done"),
                    T("Tỷ lệ", "Rate"),
                ),
                (
                    (
                        prog.id,
                        term(f.kind.value),
                        f.planned_organizations or f.planned_members,
                        f.done_organizations if f.planned_organizations else f.done_members,
                        Percent(f.percent),
                    )
                    for prog, fs in p.programmes
                    for f in fs
                ),
            ),
        ),
    )


def activity_totals(a: ActivityTotals) -> View:
    """``5 tổ chức, 14 đảng viên`` done of one kind."""
    return View(
        title=Text(f"Tổng hợp: {term(a.kind.value).vi}", f"Totals: {term(a.kind.value).en}"),
        headline=Text(
            f"{a.organizations} tổ chức, {a.members} đảng viên",
            f"{a.organizations} organisations, {a.members} members",
        ),
        summary=(
            ("kind", a.kind),
            ("activities", a.activities),
            ("organizations", a.organizations),
            ("members", a.members),
        ),
        facts=((T("Số cuộc", "Activities"), a.activities),),
        flags=a.explanation.flags,
        explanation=a.explanation,
    )


def reporting_period(r: ReportingPeriod) -> View:
    """``start – end`` of a reporting period."""
    return View(
        title=Text(
            f"Kỳ báo cáo {term(r.kind).vi} {r.year}", f"Reporting period {term(r.kind).en} {r.year}"
        ),
        headline=both(
            lambda lang: (
                f"{_format.format_date(r.start, lang)} – {_format.format_date(r.end, lang)}"
            )
        ),
        summary=(("kind", r.kind), ("year", r.year), ("start", r.start), ("end", r.end)),
        flags=r.explanation.flags,
        explanation=r.explanation,
    )
