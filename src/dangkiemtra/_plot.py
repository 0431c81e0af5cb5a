"""Charts of answers with matplotlib (``plot()``), behind the optional ``[analysis]`` extra.

Each function returns a :class:`matplotlib.figure.Figure` without showing it (Jupyter shows
a returned figure; scripts call ``fig.savefig``). Labels follow the display language.
Nothing here reads the clock or writes a file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from dangkiemtra._analysis import require
from dangkiemtra._display import get_language
from dangkiemtra.errors import DangKiemTraError

if TYPE_CHECKING:
    from dangkiemtra.calendar import WorkingCalendar
    from dangkiemtra.discipline.cases import DisciplineCase
    from dangkiemtra.inspection import GroupIndicator, ProgressReport
    from dangkiemtra.organization import Organization

__all__ = ["calendar_year", "case_timeline", "group_units", "organization_sunburst", "progress"]

#: What a case's missing or out-of-range date raises: the date is then left off the time line.
_SKIP = (DangKiemTraError, ValueError, LookupError)
_PLANNED = "#9aa7b8"
_DONE = "#2e7dd1"
_MISSED = "#d9363e"


def _plt() -> Any:
    require("matplotlib", "plot()")
    return require("matplotlib.figure", "plot()")


def _figure(width: float, height: float) -> tuple[Any, Any]:
    mfig = _plt()
    fig = mfig.Figure(figsize=(width, height), layout="constrained")
    return fig, fig.add_subplot()


def _l(vi: str, en: str) -> str:
    return vi if get_language() == "vi" else en


def progress(report: ProgressReport) -> Any:
    """Quota progress by group: the plan as a grey bar, what is done as a blue bar, the rate as text."""
    groups = report.groups
    lang = get_language()
    fig, ax = _figure(8, 0.6 + 0.55 * max(len(groups), 1))
    labels = [g.label(lang) for g in groups]
    y = list(range(len(groups)))
    ax.barh(y, [g.planned for g in groups], color=_PLANNED, label=_l("Kế hoạch", "Planned"))
    ax.barh(y, [g.done for g in groups], height=0.5, color=_DONE, label=_l("Đã thực hiện", "Done"))
    for i, g in enumerate(groups):
        pct = f"{g.percent}".replace(".", "," if lang == "vi" else ".")
        ax.text(g.planned, i, f"  {g.done}/{g.planned} = {pct}%", va="center")
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlabel(_l("Số đơn vị", "Units"))
    ax.set_title(
        _l(
            f"Tiến độ kiểm tra, giám sát đến {report.as_of:%d/%m/%Y}",
            f"Progress to {report.as_of:%d %b %Y}",
        )
    )
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.3), ncol=2, frameon=False)
    ax.margins(x=0.25)
    return fig


def group_units(g: GroupIndicator) -> Any:
    """One bar per unit with a plan: planned against done (red where nothing is done yet)."""
    lang = get_language()
    units = sorted(
        (u for u in g.units if u.has_plan), key=lambda u: (u.done - u.planned, u.organization)
    )
    fig, ax = _figure(max(6, 0.22 * len(units) + 2), 4)
    x = list(range(len(units)))
    ax.bar(x, [u.planned for u in units], color=_PLANNED, label=_l("Kế hoạch", "Planned"))
    ax.bar(
        x,
        [u.done for u in units],
        width=0.5,
        color=[_DONE if u.acted else _MISSED for u in units],
        label=_l("Đã làm", "Done"),
    )
    ax.set_xticks(x, [u.organization for u in units], rotation=90, fontsize=7)
    ax.set_ylabel(_l("Tổ chức, đảng viên", "Organisations or members"))
    ax.set_title(f"{g.label(lang)}: {g.done}/{g.planned}")
    ax.legend()
    return fig


_KINDS = (
    ("working", "#e8edf3", "Ngày làm việc", "Working day"),
    ("weekend", "#b9c2cc", "Ngày nghỉ hằng tuần", "Weekend"),
    ("holiday", "#d9363e", "Ngày lễ, Tết", "Holiday"),
    ("swapped", "#f0a030", "Nghỉ bù, hoán đổi", "Swapped day off"),
    ("worked", "#2e7dd1", "Làm bù (thứ Bảy, Chủ nhật)", "Worked weekend day"),
)


def calendar_year(year: int, calendar: WorkingCalendar | None = None) -> Any:
    """A year's working days as a heat map: weeks across, weekdays down, a colour per kind of day."""
    from dangkiemtra.calendar import WorkingCalendar

    cal = calendar or WorkingCalendar.default()
    colors = require("matplotlib.colors", "plot()")
    patches = require("matplotlib.patches", "plot()")
    index = {k[0]: i for i, k in enumerate(_KINDS)}
    first = date(year, 1, 1)
    start = first - timedelta(days=first.weekday())
    weeks = (date(year, 12, 31) - start).days // 7 + 1
    grid: list[list[float]] = [[float("nan")] * weeks for _ in range(7)]
    projected = False
    day = first
    while day.year == year:
        info = cal.info(day)
        projected = projected or info.projected
        weekend = day.weekday() >= 5
        if info.working:
            kind = "worked" if weekend else "working"
        elif weekend:
            kind = "weekend"
        else:
            code = getattr(info.reason, "code", "")
            kind = "swapped" if code in ("nghi_bu", "hoan_doi") else "holiday"
        grid[day.weekday()][(day - start).days // 7] = index[kind]
        day = date.fromordinal(day.toordinal() + 1)  # the next cell of the heat map
    fig, ax = _figure(12, 2.6)
    cmap = colors.ListedColormap([k[1] for k in _KINDS])
    ax.imshow(grid, cmap=cmap, vmin=-0.5, vmax=len(_KINDS) - 0.5, aspect="equal")
    vi_days = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
    en_days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    ax.set_yticks(range(7), vi_days if get_language() == "vi" else en_days)
    months = [date(year, m, 1) for m in range(1, 13)]
    ax.set_xticks([(m - start).days // 7 for m in months], [f"{m.month}" for m in months])
    title = _l(f"Lịch làm việc năm {year}", f"Working calendar {year}")
    if projected:
        title += _l(" (dự kiến)", " (projected)")
    ax.set_title(title)
    lang = get_language()
    ax.legend(
        handles=[
            patches.Patch(color=c, label=vi if lang == "vi" else en) for _, c, vi, en in _KINDS
        ],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.25),
        ncol=len(_KINDS),
        frameon=False,
    )
    return fig


def case_timeline(case: DisciplineCase, *, reading: str | None = None) -> Any:
    """The dates of one case on a time line: violations, procedure, limitation, decision, appeal."""
    import dangkiemtra.discipline as kl

    lang = get_language()
    events: list[tuple[date, str, str]] = []  # (day, label, lane)

    def add(day: date | None, vi: str, en: str, lane: str) -> None:
        if day is not None:
            events.append((day, vi if lang == "vi" else en, lane))

    for v in case.violations:
        add(v.committed_on, f"Vi phạm {v.id}", f"Violation {v.id}", "facts")
        try:
            lim = kl.check_limitation(
                v,
                case.subject.kind,
                concluded_on=case.concluded_on,
                inspection_decided_on=case.inspection_decided_on,
            )
        except _SKIP:  # no rule in force for that date: nothing to draw
            lim = None
        if lim is not None and lim.expires_on is not None:
            add(lim.expires_on, f"Hết thời hiệu {v.id}", f"Limitation ends {v.id}", "limits")
    add(case.opened_on, "Mở hồ sơ", "Case opened", "procedure")
    add(case.inspection_decided_on, "Quyết định kiểm tra", "Inspection decided", "procedure")
    add(case.concluded_on, "Kết luận", "Concluded", "procedure")
    d = case.decision
    if d is not None:
        add(d.signed_on, "Ký quyết định", "Decision signed", "procedure")
        add(d.announced_on, "Công bố", "Announced", "procedure")
        with contextlib.suppress(*_SKIP):
            window = kl.appeal_window(d, reading=reading)
            add(window.due, "Hết hạn khiếu nại", "Appeal window ends", "limits")
    for a in case.appeals:
        add(a.filed_on, f"Khiếu nại {a.id}", f"Appeal {a.id}", "procedure")
        with contextlib.suppress(*_SKIP):
            add(
                kl.resolution_deadline(a).due,
                "Hạn giải quyết khiếu nại",
                "Appeal resolution due",
                "limits",
            )
        add(a.decided_on, "Giải quyết khiếu nại", "Appeal decided", "procedure")
    for s in case.suspensions:
        add(s.start, "Đình chỉ", "Suspended", "procedure")
        with contextlib.suppress(*_SKIP):
            add(kl.suspension_term(s).ends_on, "Hết đình chỉ", "Suspension ends", "limits")
    events.sort()
    lanes = {"facts": 3.2, "procedure": 1.6, "limits": 0.0}
    colour = {"facts": "#8e5bd0", "procedure": _DONE, "limits": _MISSED}
    mdates = require("matplotlib.dates", "plot()")
    fig, ax = _figure(10, 4.4)
    for lane, y in lanes.items():
        xs = [mdates.date2num(e[0]) for e in events if e[2] == lane]
        ax.scatter(xs, [y] * len(xs), color=colour[lane], zorder=3)
    merged: dict[tuple[date, str], list[str]] = {}  # one label per day and lane
    for day, label, lane in events:
        merged.setdefault((day, lane), []).append(label)
    span = max((events[-1][0] - events[0][0]).days, 1) if events else 1
    cluster: dict[str, tuple[date, float]] = {}  # lane → (first day of the cluster, next offset)
    for (day, lane), names in sorted(merged.items()):  # stack labels that would overlap
        first, offset = cluster.get(lane, (day, 6.0))
        if (day - first).days >= span * 0.12:
            first, offset = day, 6.0
        label = "\n".join((*names, f"{day:%d/%m/%Y}"))
        cluster[lane] = (first, offset + 9.0 * (len(names) + 1) + 4)
        ax.annotate(
            label,
            (mdates.date2num(day), lanes[lane]),
            xytext=(0, offset),
            textcoords="offset points",
            fontsize=7,
            ha="center",
            va="bottom",
        )
    ax.axhline(0, color="#8884", lw=0.5)
    ax.set_yticks(
        list(lanes.values()),
        [
            _l("Sự việc", "Facts"),
            _l("Thủ tục", "Procedure"),
            _l("Thời hạn", "Limits"),
        ],
    )
    ax.set_ylim(-0.4, 4.6)
    ax.margins(x=0.08)
    ax.xaxis_date()
    ax.set_title(_l(f"Hồ sơ {case.id}", f"Case {case.id}"))
    return fig


def organization_sunburst(org: Organization, as_of: date, *, depth: int = 3) -> Any:
    """The organisation tree as a sunburst: one ring per level, each wedge sized by its members."""
    size: dict[str, int] = {}

    def count(o: Organization) -> int:
        n = sum(1 for m in o.members if m.is_member_on(as_of)) + sum(count(c) for c in o.children)
        size[o.id] = n
        return n

    total = count(org)
    mfig = _plt()
    fig = mfig.Figure(figsize=(7, 7), layout="constrained")
    ax = fig.add_subplot(projection="polar")
    palette = ["#2e7dd1", "#2e9d4a", "#f0a030", "#8e5bd0", "#c0559a", "#3bb3c4", "#d9363e"]
    tau = 6.283185307179586

    def ring(o: Organization, start: float, span: float, level: int, colour: str) -> None:
        if level > depth or size[o.id] == 0:
            return
        alpha = 1.0 - 0.18 * level
        ax.bar(
            start + span / 2,
            1,
            width=span,
            bottom=level,
            color=colour,
            alpha=max(alpha, 0.3),
            edgecolor="white",
            linewidth=0.5,
            align="center",
        )
        if level <= 1 and span > 0.25:
            ax.text(start + span / 2, level + 0.5, o.id, ha="center", va="center", fontsize=7)
        offset = start
        kids: Sequence[Organization] = o.children
        for i, c in enumerate(kids):
            share = span * size[c.id] / size[o.id] if size[o.id] else 0.0
            ring(c, offset, share, level + 1, palette[i % len(palette)] if level == 0 else colour)
            offset += share

    ring(org, 0.0, tau, 0, "#9aa7b8")
    ax.set_axis_off()
    ax.set_title(
        _l(
            f"{org.id}: {total} đảng viên ngày {as_of:%d/%m/%Y}",
            f"{org.id}: {total} members on {as_of:%d %b %Y}",
        )
    )
    return fig
