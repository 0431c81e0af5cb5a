"""The views of the answer types: what each shows first, its key facts and its tables.

One function per answer class, called by the class's one-line ``_view_`` hook (see
:mod:`dangkiemtra._display`). Views pass only ids, dates, counts, codes and official
terms: never a name, an ID number or a letter's summary.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from dangkiemtra import _format
from dangkiemtra._display import Table, View, both, term
from dangkiemtra.explain import Explanation, Flag, Percent, Text

if TYPE_CHECKING:
    from dangkiemtra.discipline.appeals import AppealCheck, AppealPath, FinalLevel
    from dangkiemtra.discipline.authority import AuthorityAnswer, WhoDecides
    from dangkiemtra.discipline.cases import DisciplineBook
    from dangkiemtra.discipline.circumstances import ConsiderationStatus
    from dangkiemtra.discipline.consequences import CriminalSentenceAnswer, LapseAnswer
    from dangkiemtra.discipline.forms import FormsAnswer, SubstitutionCheck
    from dangkiemtra.discipline.limitation import LimitationCheck
    from dangkiemtra.discipline.procedure import EffectAnswer, FreezeAnswer
    from dangkiemtra.discipline.report import DisciplineReport
    from dangkiemtra.discipline.suspension import SuspensionTerm
    from dangkiemtra.discipline.votes import VoteResult
    from dangkiemtra.inspection import (
        ActivityTotals,
        Fulfilment,
        GroupIndicator,
        InspectionBook,
        ProgressReport,
        ReportingPeriod,
        UnitProgress,
    )
    from dangkiemtra.membership import AgeCheck, MembershipVote
    from dangkiemtra.organization import (
        CheckResult,
        Counts,
        Elections,
        Organization,
        Statistics,
        StructureReport,
    )
    from dangkiemtra.periods import Deadline, Duration
    from dangkiemtra.petitions import Acceptance, RegisterReport, RegisterRow, Screening
    from dangkiemtra.reception import Duty, ScheduledDay, YearCheck
    from dangkiemtra.rulebook._diff import RulebookDiff
    from dangkiemtra.supervision import SupervisionPlan

_UNITS = {
    "days": ("ngày", "days"),
    "working_days": ("ngày làm việc", "working days"),
    "months": ("tháng", "months"),
    "years": ("năm", "years"),
}


def T(vi: str, en: str) -> Text:  # noqa: N802  (reads like the Text it builds)
    """A bilingual label."""
    return Text(vi, en)


def yes_no(value: bool, vi: tuple[str, str], en: tuple[str, str]) -> Text:
    """``vi[0]``/``en[0]`` when ``value`` holds, else ``vi[1]``/``en[1]``."""
    return Text(vi[0] if value else vi[1], en[0] if value else en[1])


def en_plural(n: int, word: str) -> str:
    """``1 day``, ``2 days`` (English only: Vietnamese nouns do not inflect)."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def duration(d: Duration) -> Text:
    """``30 ngày làm việc`` / ``30 working days`` (``1 working day``)."""
    vi, en = _UNITS[d.unit.value]
    return Text(f"{d.amount} {vi}", en_plural(d.amount, en.removesuffix("s")))


def day(value: Any) -> Text:
    """A date in words, or a dash."""
    if value is None:
        return Text("—", "—")
    return both(lambda lang: _format.format_date(value, lang))


def ratio(done: int, planned: int, pct: Any) -> Text:
    """``19/33 = 57,58%``."""
    return both(
        lambda lang: (
            f"{_format.format_int(done, lang)}/{_format.format_int(planned, lang)}"
            f" = {_format.format_percent(pct, lang)}"
        )
    )


def codes(values: Iterable[str]) -> Text:
    """Codes as official terms, comma-separated (``—`` when none)."""
    items = [term(c) for c in values]
    if not items:
        return Text("—", "—")
    return Text(", ".join(t.vi for t in items), ", ".join(t.en for t in items))


def _flags(*explanations: Explanation) -> tuple[Flag, ...]:
    return tuple(dict.fromkeys(f for e in explanations for f in e.flags))


# ── periods, rulebook ────────────────────────────────────────────────────────────────────


def deadline(d: Deadline) -> View:
    """Due date first; start, period and rule key."""
    return View(
        title=T("Hạn cuối", "Due date"),
        headline=day(d.due),
        summary=(
            ("due", d.due),
            ("start", d.start),
            ("duration", str(d.duration)),
            ("rule", d.rule_key),
        ),
        facts=(
            (T("Mốc tính", "Counted from"), d.start),
            (T("Thời hạn", "Period"), duration(d.duration)),
            (T("Quy định", "Rule"), d.rule_key),
        ),
        flags=d.flags,
        explanation=d.explanation,
    )


def rulebook_diff(d: RulebookDiff) -> View:
    """Counts of changes first; documents in and out; the changed values with their citations."""
    n_in, n_out, n = len(d.documents_entered), len(d.documents_left), len(d.values)
    docs = [
        (T("có hiệu lực", "in force"), s.number, s.title_vi, s.in_force_from)
        for s in d.documents_entered
    ]
    docs += [
        (T("hết hiệu lực", "out of force"), s.number, s.title_vi, s.in_force_until)
        for s in d.documents_left
    ]

    def shown(v: Any) -> Any:
        return None if v is None else v.step().fact("value")

    kinds = {
        "value": T("giá trị mới", "new value"),
        "basis": T("căn cứ mới", "new basis"),
        "added": T("quy định mới", "new rule"),
        "removed": T("hết áp dụng", "no longer applies"),
    }
    rows = (
        (
            c.key,
            kinds[c.kind.value],
            shown(c.before),
            shown(c.after),
            Text(c.citation.render("vi"), c.citation.render("en")),
        )
        for c in d.values
        if c.kind.value != "basis"
    )
    tables = [
        Table.of(
            T("Văn bản", "Documents"),
            (T("Thay đổi", "Change"), T("Số", "Number"), T("Tên", "Title"), T("Ngày", "Date")),
            docs,
        ),
        Table.of(
            T("Quy định thay đổi giá trị", "Rules with a new value"),
            (
                T("Khóa", "Key"),
                T("Thay đổi", "Change"),
                T("Trước", "Before"),
                T("Sau", "After"),
                T("Căn cứ", "Basis"),
            ),
            rows,
        ),
    ]
    return View(
        title=T("So sánh quy định", "Rulebook diff"),
        headline=Text(
            f"{n} quy định thay đổi · {n_in} văn bản có hiệu lực · {n_out} hết hiệu lực",
            f"{en_plural(n, 'rule')} changed · {en_plural(n_in, 'document')} in force"
            f" · {n_out} out of force",
        ),
        summary=(
            ("before", d.before),
            ("after", d.after),
            ("entered", n_in),
            ("left", n_out),
            ("changed", n),
            ("options", len(d.options)),
        ),
        facts=(
            (T("Từ ngày", "From"), d.before),
            (T("Đến ngày", "To"), d.after),
            (T("Giá trị mới", "New values"), len(d.of_kind("value"))),
            (T("Chỉ đổi căn cứ", "New basis only"), len(d.of_kind("basis"))),
            (T("Quy định mới", "New rules"), len(d.of_kind("added"))),
            (T("Điểm chưa rõ thay đổi", "Unclear points changed"), len(d.options)),
        ),
        flags=d.flags,
        explanation=d.explanation,
        tables=tuple(t for t in tables if t.total),
    )


# ── organisation ─────────────────────────────────────────────────────────────────────────


def counts(c: Counts) -> View:
    """Members first; official, probationary; organisations by kind."""
    return View(
        title=T("Số lượng đảng viên, tổ chức đảng", "Members and organisations"),
        headline=both(
            lambda lang: (
                f"{_format.format_int(c.members, lang)} "
                + ("đảng viên" if lang == "vi" else "members")
            )
        ),
        summary=(
            ("as_of", c.as_of),
            ("members", c.members),
            ("official", c.official),
            ("probationary", c.probationary),
        ),
        facts=(
            (T("Ngày", "As of"), c.as_of),
            (T("Chính thức", "Official"), c.official),
            (T("Dự bị", "Probationary"), c.probationary),
            *((term(k), v) for k, v in c.organizations.items()),
        ),
        flags=c.explanation.flags,
        explanation=c.explanation,
    )


def statistics(s: Statistics) -> View:
    """Members on the last day first; movement over the period; age and party-age bands."""
    return View(
        title=T("Thống kê đảng viên", "Member statistics"),
        headline=both(
            lambda lang: (
                f"{_format.format_int(s.members, lang)} "
                + ("đảng viên" if lang == "vi" else "members")
            )
        ),
        summary=(
            ("start", s.start),
            ("end", s.end),
            ("members", s.members),
            ("admitted", s.admitted),
        ),
        facts=(
            (T("Từ ngày", "From"), s.start),
            (T("Đến ngày", "To"), s.end),
            (T("Chính thức", "Official"), s.official),
            (T("Dự bị", "Probationary"), s.probationary),
            (T("Kết nạp", "Admitted"), s.admitted),
            (T("Chuyển đến", "Transferred in"), s.transferred_in),
            (T("Ra khỏi danh sách", "Left the roll"), sum(s.departed.values())),
            (T("Nữ", "Women"), s.women),
        ),
        tables=(
            Table.of(
                T("Độ tuổi", "Age"), (T("Nhóm", "Band"), T("Số", "Members")), s.age_bands.items()
            ),
            Table.of(
                T("Tuổi đảng", "Party age"),
                (T("Nhóm", "Band"), T("Số", "Members")),
                s.party_age_bands.items(),
            ),
        ),
    )


_CHECK_TEXT = {
    (True, True): ("đạt", "passed"),
    (True, False): ("không đạt", "failed"),
    (False, True): ("không kiểm tra (chưa có quy định)", "not checked (no rule)"),
    (False, False): ("không kiểm tra (chưa có quy định)", "not checked (no rule)"),
}


def check_result(r: CheckResult) -> View:
    """``ORG-05 · c1: đạt``."""
    vi, en = _CHECK_TEXT[(r.checked, r.ok)]
    return View(
        title=T("Kiểm tra cơ cấu", "Structural check"),
        headline=Text(f"{r.rule_id} · {r.subject}: {vi}", f"{r.rule_id} · {r.subject}: {en}"),
        summary=(("rule", r.rule_id), ("subject", r.subject), ("ok", r.ok), ("checked", r.checked)),
        flags=r.explanation.flags,
        explanation=r.explanation,
        status=r.ok if r.checked else None,
    )


def structure_report(s: StructureReport) -> View:
    """``2.747 kiểm tra / 0 không đạt``; a table by rule and the failures only (bounded)."""
    made = [r for r in s.results if r.checked]
    failed = s.problems
    n, f, u = len(made), len(failed), len(s.unchecked)
    return View(
        title=T("Kiểm tra cơ cấu tổ chức", "Structure report"),
        headline=both(
            lambda lang: (
                f"{_format.format_int(n, lang)} "
                + (
                    f"kiểm tra / {_format.format_int(f, lang)} không đạt"
                    if lang == "vi"
                    else f"checks / {_format.format_int(f, lang)} failed"
                )
            )
        ),
        summary=(("as_of", s.as_of), ("checks", n), ("failed", f), ("unchecked", u)),
        facts=((T("Ngày", "As of"), s.as_of), (T("Không kiểm tra", "Not checked"), u)),
        flags=s.flags,
        tables=(
            Table.of(
                T("Theo quy định", "By rule"),
                (T("Quy định", "Rule"), T("Đạt", "Passed"), T("Không đạt", "Failed")),
                ((k, p, q) for k, (p, q) in s.by_rule().items()),
            ),
            Table.of(
                T("Không đạt", "Failures"),
                (T("Quy định", "Rule"), T("Đối tượng", "Subject"), T("Lý do", "Why")),
                ((r.rule_id, r.subject, _last_text(r.explanation)) for r in failed),
            ),
        ),
        status=s.ok,
    )


def elections(e: Elections) -> View:
    """What the organisation elects: secretary, deputy, committee, standing committee, commission."""
    deputy = {"yes": ("có", "yes"), "if_needed": ("nếu cần", "if needed"), "no": ("không", "no")}
    vi, en = deputy.get(e.deputy, (e.deputy, e.deputy))
    size = e.inspection_size
    return View(
        title=T("Bầu cử trong tổ chức đảng", "Elections"),
        headline=Text(
            f"{term(e.kind.value).vi}: {e.official} đảng viên chính thức",
            f"{term(e.kind.value).en}: {en_plural(e.official, 'full member')}",
        ),
        summary=(
            ("organization", e.organization),
            ("kind", e.kind),
            ("official", e.official),
            ("committee", e.committee),
            ("standing_committee", e.standing_committee),
        ),
        facts=(
            (T("Bí thư", "Secretary"), e.secretary),
            (T("Phó bí thư", "Deputy secretary"), Text(vi, en)),
            (T("Chi ủy tối đa", "Cell committee at most"), e.chi_uy_max),
            (T("Cấp ủy", "Committee"), e.committee),
            (T("Ban thường vụ", "Standing committee"), e.standing_committee),
            (T("Ủy viên thường vụ tối đa", "Standing members at most"), e.standing_max),
            (
                T("Ủy ban kiểm tra", "Inspection commission"),
                None
                if size is None
                else Text(f"{size[0]}–{size[1]} ủy viên", f"{size[0]}–{size[1]} members"),
            ),
            (T("Chưa kiểm tra", "Not checked"), codes(e.not_checked)),
        ),
        flags=e.explanation.flags,
        explanation=e.explanation,
    )


def _last_text(e: Explanation) -> Text | None:
    if not e.steps:
        return None
    last = e.steps[-1]
    return Text(last.text("vi"), last.text("en"))


# ── inspection ───────────────────────────────────────────────────────────────────────────


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


# ── petitions, reception, supervision ────────────────────────────────────────────────────


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


def supervision_plan(p: SupervisionPlan) -> View:
    """Cadres per unit; the cadres themselves are not listed (they are people)."""
    c = p.counts()
    return View(
        title=Text(f"Kế hoạch giám sát năm {p.year}", f"Supervision plan {p.year}"),
        headline=Text(
            f"{len(p.assignments)} cán bộ, {len(p.units)} đơn vị",
            f"{len(p.assignments)} cadres, {len(p.units)} units",
        ),
        summary=(("year", p.year), ("units", len(p.units)), ("cadres", len(p.assignments))),
        flags=p.explanation.flags,
        tables=(
            Table.of(
                T("Theo đơn vị", "By unit"),
                (T("Đơn vị", "Unit"), T("Số cán bộ", "Cadres")),
                c.items(),
            ),
        ),
        explanation=p.explanation,
    )


# ── membership ───────────────────────────────────────────────────────────────────────


def membership_vote(v: MembershipVote) -> View:
    """Passed or not, the votes in favour against the votes needed."""
    return View(
        title=T("Biểu quyết kết nạp, công nhận đảng viên", "Membership vote"),
        headline=yes_no(v.passed, ("Đạt", "Không đạt"), ("Passed", "Not passed")),
        summary=(("passed", v.passed), ("in_favour", v.in_favour), ("needed", v.needed)),
        facts=(
            (T("Tán thành", "In favour"), v.in_favour),
            (T("Số đảng viên chính thức", "Eligible"), v.eligible),
            (T("Số phiếu cần", "Votes needed"), v.needed),
            (T("Tỷ lệ", "Threshold"), str(v.fraction)),
        ),
        flags=v.explanation.flags,
        explanation=v.explanation,
        status=v.passed,
    )


def age_check(a: AgeCheck) -> View:
    """Within the admission age or not, in whole months."""
    return View(
        title=T("Tuổi đời khi kết nạp", "Admission age"),
        headline=yes_no(a.within, ("Đủ tuổi", "Không đủ điều kiện tuổi"), ("Within", "Outside")),
        summary=(("within", a.within), ("months", a.months)),
        facts=(
            (T("Tuổi (tháng)", "Age (months)"), a.months),
            (T("Tối thiểu (tháng)", "Lowest (months)"), a.low_months),
            (T("Tối đa (tháng)", "Highest (months)"), a.high_months),
        ),
        flags=a.explanation.flags,
        explanation=a.explanation,
        status=a.within,
    )


# ── discipline ───────────────────────────────────────────────────────────────────────────


def limitation_check(x: LimitationCheck) -> View:
    """Disciplinable or not, and until when."""
    facts: list[tuple[Text, Any]] = [
        (
            T("Thời hiệu hết", "Limitation ends"),
            x.expires_on or T("không có thời hiệu", "no limit"),
        ),
        (T("Mốc so sánh", "Event"), term(x.event)),
        (T("Ngày", "Event date"), x.event_date),
    ]
    if x.years is not None:
        facts += [
            (T("Thời hiệu", "Period"), Text(f"{x.years} năm", en_plural(x.years, "year"))),
            (T("Ngày cuối (chưa cộng thời gian loại trừ)", "Unrolled end"), x.period_end),
            (
                T("Thời gian không tính", "Not counted"),
                Text(f"{x.excluded_days} ngày", en_plural(x.excluded_days, "day")),
            ),
            (T("Ngày cuối (đã cộng)", "Rolled end"), x.expires_on),
        ]
    return View(
        title=T("Thời hiệu kỷ luật", "Limitation"),
        headline=yes_no(
            x.disciplinable,
            ("Còn thời hiệu kỷ luật", "Hết thời hiệu kỷ luật"),
            ("Still disciplinable", "Limitation has run out"),
        ),
        summary=(
            ("disciplinable", x.disciplinable),
            ("expires_on", x.expires_on),
            ("event", x.event),
            ("event_date", x.event_date),
        ),
        facts=tuple(facts),
        flags=x.explanation.flags,
        explanation=x.explanation,
        status=None,
    )


_ROLES = {
    "decides": ("quyết định", "decides"),
    "proposes": ("đề nghị cấp trên", "proposes to a higher body"),
    "forwards": ("chuyển cấp có thẩm quyền", "forwards"),
    "no_power": ("không có thẩm quyền", "has no power"),
}


def authority(a: AuthorityAnswer) -> View:
    """``chi bộ: quyết định khiển trách``."""
    vi, en = _ROLES.get(a.role, (a.role, a.role))
    b, f = term(a.body.value), term(a.form.value)
    return View(
        title=T("Thẩm quyền kỷ luật", "Authority"),
        headline=Text(f"{b.vi}: {vi} ({f.vi})", f"{b.en}: {en} ({f.en})"),
        summary=(("body", a.body), ("form", a.form), ("role", a.role)),
        flags=a.explanation.flags,
        explanation=a.explanation,
    )


def vote_result(v: VoteResult) -> View:
    """The form the vote reached, decided or proposed."""
    if v.outcome is None:
        head = T("Không kỷ luật", "No discipline")
    else:
        f = term(v.outcome.value)
        how = ("quyết định", "decided") if v.decided else ("đề nghị", "proposed")
        head = Text(f"{f.vi} ({how[0]})", f"{f.en} ({how[1]})")
    facts: tuple[tuple[Text, Any], ...] = (
        (T("Số thành viên biểu quyết", "Eligible"), v.eligible),
        (T("Số phiếu đã bỏ", "Votes cast"), v.cast),
    )
    if v.votes_needed is not None:
        facts += (
            (T("Số phiếu đạt", "Votes counted"), v.votes_counted),
            (T("Số phiếu cần", "Votes needed"), v.votes_needed),
            (T("Tỷ lệ", "Threshold"), str(v.threshold)),
        )
    return View(
        title=T("Kết quả biểu quyết", "Vote"),
        headline=head,
        summary=(
            ("outcome", v.outcome),
            ("decided", v.decided),
            ("needed", v.votes_needed),
            ("cast", v.cast),
        ),
        facts=facts,
        flags=v.explanation.flags,
        explanation=v.explanation,
    )


def who_decides(w: WhoDecides) -> View:
    """The first body that decides the form, then the others that may, propose or forward."""
    f = term(w.form.value)
    if w.decider is None:
        head = Text(f"Không cơ quan nào quyết định {f.vi}", f"No body may decide {f.en}")
    else:
        b = term(w.decider.value)
        head = Text(f"{b.vi} quyết định {f.vi}", f"{b.en} decides {f.en}")
    votes = (
        (
            term(v.body.value),
            term(v.purpose),
            str(v.fraction),
            T("ít nhất", "at least") if v.at_least else T("quá", "more than"),
            Text(v.citation.render("vi"), v.citation.render("en")),
        )
        for v in w.votes
    )
    return View(
        title=T("Thẩm quyền quyết định kỷ luật", "Who decides"),
        headline=head,
        summary=(("form", w.form), ("decider", w.decider), ("verifier", w.verifier)),
        facts=(
            (T("Có quyền quyết định", "May decide"), codes(b.value for b in w.deciders)),
            (T("Chỉ đề nghị", "Only propose"), codes(b.value for b in w.proposers)),
            (T("Chuyển cấp trên", "Forward"), codes(b.value for b in w.forwarders)),
            (T("Thẩm tra", "Verifies"), None if w.verifier is None else term(w.verifier.value)),
            (T("Chưa kiểm tra", "Not checked"), codes(b.value for b in w.not_checked)),
        ),
        tables=(
            Table.of(
                T("Biểu quyết cần", "Votes needed"),
                (
                    T("Cơ quan", "Body"),
                    T("Để", "To"),
                    T("Tỷ lệ", "Share"),
                    T("Mức", "Bar"),
                    T("Căn cứ", "Basis"),
                ),
                votes,
            ),
        ),
        flags=w.explanation.flags,
        explanation=w.explanation,
    )


def appeal_path(a: AppealPath) -> View:
    """The levels an appeal climbs, with the window and the time to resolve at each."""
    places = {
        "first": ("đầu tiên", "first"),
        "intermediate": ("trung gian", "intermediate"),
        "final": ("cuối cùng", "final"),
    }

    def period(p: tuple[int, str] | None) -> Text | None:
        if p is None:
            return None
        vi, en = _UNITS.get(p[1], (p[1], p[1]))
        return Text(f"{p[0]} {vi}", en_plural(p[0], en.removesuffix("s")))

    rows = (
        (
            term(lv.body),
            Text(*places.get(lv.place, (lv.place, lv.place))),
            None if lv.window is None else lv.window.due,
            lv.resolution.due if lv.resolution is not None else period(lv.resolution_period),
        )
        for lv in a.levels
    )
    first = term(a.levels[0].body) if a.levels else Text("—", "—")
    return View(
        title=T("Trình tự khiếu nại kỷ luật", "Appeal path"),
        headline=Text(
            f"{first.vi} → … → {term(a.final).vi}", f"{first.en} → … → {term(a.final).en}"
        ),
        summary=(("decision", a.decision), ("levels", len(a.levels)), ("final", a.final)),
        facts=((T("Cấp cuối cùng", "Final level"), term(a.final)),),
        tables=(
            Table.of(
                T("Các cấp", "Levels"),
                (
                    T("Cơ quan", "Body"),
                    T("Cấp", "Level"),
                    T("Hạn khiếu nại", "Appeal by"),
                    T("Thời hạn giải quyết", "Resolve within"),
                ),
                rows,
            ),
        ),
        flags=_flags(a.explanation, *(lv.window.explanation for lv in a.levels if lv.window)),
        explanation=a.explanation,
    )


def criminal_sentence(c: CriminalSentenceAnswer) -> View:
    """Whether a court sentence requires expulsion."""
    return View(
        title=T("Đảng viên bị kết án", "Criminal sentence"),
        headline=yes_no(
            c.expulsion_required,
            ("Phải khai trừ", "Không bắt buộc khai trừ"),
            ("Expulsion required", "Expulsion not required"),
        ),
        summary=(("expulsion_required", c.expulsion_required),),
        flags=c.explanation.flags,
        explanation=c.explanation,
    )


def appeal_check(a: AppealCheck) -> View:
    """Accepted or not, the reasons, and the window's last day."""
    return View(
        title=T("Khiếu nại kỷ luật", "Appeal"),
        headline=yes_no(
            a.accepted, ("Được xem xét", "Không được xem xét"), ("Accepted", "Not accepted")
        ),
        summary=(("accepted", a.accepted), ("reasons", a.reasons), ("window_due", a.window.due)),
        facts=(
            (T("Hạn khiếu nại", "Appeal window ends"), a.window.due),
            (T("Lý do", "Reasons"), codes(a.reasons)),
        ),
        flags=_flags(a.explanation, a.window.explanation),
        explanation=a.explanation,
        status=a.accepted,
    )


def final_level(f: FinalLevel) -> View:
    """The last body that can resolve the appeal."""
    return View(
        title=T("Cấp giải quyết khiếu nại cuối cùng", "Final level of appeal"),
        headline=term(f.body),
        summary=(("body", f.body),),
        flags=f.explanation.flags,
        explanation=f.explanation,
    )


def consideration_status(c: ConsiderationStatus) -> View:
    """Consider now, postponed, no discipline, exempt or mitigated."""
    labels = {
        "consider": ("Xem xét kỷ luật", "Consider"),
        "postponed": ("Chưa xem xét kỷ luật", "Postponed"),
        "no_discipline": ("Không kỷ luật", "No discipline"),
        "exempt_or_mitigate": ("Miễn hoặc giảm kỷ luật", "Exempt or mitigate"),
    }
    vi, en = labels.get(c.status, (c.status, c.status))
    return View(
        title=T("Tình trạng xem xét kỷ luật", "Consideration"),
        headline=Text(vi, en),
        summary=(("status", c.status),),
        flags=c.explanation.flags,
        explanation=c.explanation,
    )


def lapse(x: LapseAnswer) -> View:
    """The day a decision stops having effect."""
    return View(
        title=T("Chấm dứt hiệu lực quyết định kỷ luật", "Lapse of a decision"),
        headline=day(x.lapses_on)
        if x.lapses_on
        else T("Không tự chấm dứt", "Does not lapse on its own"),
        summary=(("lapses_on", x.lapses_on),),
        flags=x.explanation.flags,
        explanation=x.explanation,
    )


def forms(x: FormsAnswer) -> View:
    """The forms open, lightest first."""
    return View(
        title=T("Hình thức kỷ luật áp dụng được", "Forms open"),
        headline=codes(f.value for f in x.forms),
        summary=(("forms", tuple(f.value for f in x.forms)),),
        flags=x.explanation.flags,
        explanation=x.explanation,
    )


def substitution(x: SubstitutionCheck) -> View:
    """Whether an alternative form may be used."""
    return View(
        title=T("Thay thế hình thức kỷ luật", "Substitution"),
        headline=yes_no(
            x.allowed, ("Được thay thế", "Không được thay thế"), ("Allowed", "Not allowed")
        ),
        summary=(("allowed", x.allowed),),
        flags=x.explanation.flags,
        explanation=x.explanation,
        status=x.allowed,
    )


def effect(x: EffectAnswer) -> View:
    """The day a decision takes effect."""
    return View(
        title=T("Hiệu lực quyết định kỷ luật", "Effect of a decision"),
        headline=day(x.effective_on)
        if x.effective_on
        else T("Chưa có hiệu lực", "Not yet in effect"),
        summary=(("effective_on", x.effective_on), ("event", x.event)),
        facts=((T("Sự kiện", "Event"), term(x.event)),),
        flags=x.explanation.flags,
        explanation=x.explanation,
    )


def freeze(x: FreezeAnswer) -> View:
    """Whether the member is frozen, and from which acts."""
    return View(
        title=T("Hạn chế khi đang xem xét kỷ luật", "Freeze during discipline"),
        headline=yes_no(
            x.frozen, ("Đang bị hạn chế", "Không bị hạn chế"), ("Frozen", "Not frozen")
        ),
        summary=(("frozen", x.frozen), ("actions", x.actions)),
        facts=((T("Không được", "Barred from"), codes(x.actions)),),
        flags=x.explanation.flags,
        explanation=x.explanation,
    )


def suspension_term(x: SuspensionTerm) -> View:
    """The end of a suspension, the latest lawful end, lawful or not."""
    return View(
        title=T("Thời hạn đình chỉ sinh hoạt", "Suspension term"),
        headline=day(x.ends_on),
        summary=(("ends_on", x.ends_on), ("latest_end", x.latest_end), ("lawful", x.lawful)),
        facts=(
            (T("Hết hạn ban đầu", "Initial end"), x.base_end),
            (T("Muộn nhất", "Latest lawful end"), x.latest_end),
            (T("Đúng quy định", "Lawful"), x.lawful),
            (T("Theo thời gian tố tụng", "Follows the proceedings"), x.follows_proceedings),
        ),
        flags=x.explanation.flags,
        explanation=x.explanation,
        status=x.lawful,
    )


def discipline_report(r: DisciplineReport) -> View:
    """Members disciplined by form, suspended, and the cases that do not add up (by id)."""
    return View(
        title=Text(f"Báo cáo kỷ luật năm {r.year}", f"Discipline report {r.year}"),
        headline=Text(
            f"{r.disciplined_total} bị kỷ luật, {r.suspended} bị đình chỉ",
            f"{r.disciplined_total} disciplined, {r.suspended} suspended",
        ),
        summary=(
            ("year", r.year),
            ("as_of", r.as_of),
            ("disciplined", r.disciplined_total),
            ("suspended", r.suspended),
            ("inconsistent", len(r.inconsistent)),
        ),
        facts=(
            (T("Ngày", "As of"), r.as_of),
            *((term(k), v) for k, v in r.disciplined.items()),
            (T("Đình chỉ bắt buộc", "Mandatory suspensions"), r.mandatory),
            (T("Hồ sơ không khớp", "Inconsistent cases"), len(r.inconsistent)),
        ),
        flags=r.explanation.flags,
        explanation=r.explanation,
        tables=(
            Table.of(
                T("Hồ sơ không khớp", "Inconsistent cases"),
                (T("Mã", "Id"),),
                ((i,) for i in r.inconsistent),
            ),
        )
        if r.inconsistent
        else (),
        status=not r.inconsistent,
    )


# ── the caller's own records (inputs): compact, never a member's or a sender's identity ──


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
