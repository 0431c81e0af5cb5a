"""The demo report: the reference organisation's summary and its KTGS report as of a date."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from dangkiemtra._format import format_date, format_int, format_percent
from dangkiemtra.datasets import (
    REFERENCE_DECIMALS,
    reference_discipline,
    reference_inspection,
    reference_organization,
    reference_petitions,
)
from dangkiemtra.discipline.report import DisciplineReport, discipline_report
from dangkiemtra.explain import Explanation, Tally, Term
from dangkiemtra.inspection import (
    ActivityKind,
    ActivityTotals,
    ProgressReport,
    ReportingPeriod,
    activity_totals,
    progress_report,
    reporting_period,
)
from dangkiemtra.organization import Counts, OrgKind, StructureReport, check_structure, counts
from dangkiemtra.petitions import RegisterReport, register

__all__ = ["Demo", "build_demo", "render_demo"]


@attrs.frozen
class Demo:
    """Everything the demo shows."""

    name: str
    as_of: date
    counts: Counts
    cells_under_partial: int
    structure: StructureReport
    period: ReportingPeriod
    report: ProgressReport
    signs: ActivityTotals
    discipline: DisciplineReport
    letters: RegisterReport

    def to_json(self) -> dict[str, Any]:
        """The demo as one JSON document."""
        return {
            "format": "dangkiemtra.demo/1",
            "organization": self.name,
            "as_of": self.as_of.isoformat(),
            "counts": self.counts.to_json(),
            "cells_under_partial_committees": self.cells_under_partial,
            "structure": {
                "checks": len(self.structure.results) - len(self.structure.unchecked),
                "not_checked": len(self.structure.unchecked),
                "failed": [
                    {
                        "rule_id": r.rule_id,
                        "subject": r.subject,
                        "explanation": r.explanation.to_json(),
                    }
                    for r in self.structure.problems
                ],
                "by_rule": {
                    k: {"passed": p, "failed": f} for k, (p, f) in self.structure.by_rule().items()
                },
                "flags": [f.to_json() for f in self.structure.flags],
            },
            "reporting_period": {
                "kind": self.period.kind,
                "start": self.period.start.isoformat(),
                "end": self.period.end.isoformat(),
                "explanation": self.period.explanation.to_json(),
            },
            "inspection": self.report.to_json(),
            "signs_of_violation": {
                "organizations": self.signs.organizations,
                "members": self.signs.members,
                "explanation": self.signs.explanation.to_json(),
            },
            "letters": self.letters.to_json(),
            "discipline": {
                "disciplined": dict(self.discipline.disciplined),
                "suspended": self.discipline.suspended,
                "mandatory_suspensions": self.discipline.mandatory,
                "inconsistent_cases": list(self.discipline.inconsistent),
                "explanation": self.discipline.explanation.to_json(),
            },
        }


def build_demo(as_of: date) -> Demo:
    """Compute the demo for ``as_of`` on the embedded reference organisation."""
    org = reference_organization()
    book = reference_inspection()
    under_partial = sum(len(o.children) for o in org.walk() if o.kind is OrgKind.PARTIAL_COMMITTEE)
    # the cumulative period the as-of month reports on: Q1, 6 months, 9 months or the year
    period_kind = ("q1", "6_months", "9_months", "year")[(as_of.month - 1) // 3]
    return Demo(
        name=org.name,
        as_of=as_of,
        counts=counts(org, as_of),
        cells_under_partial=under_partial,
        structure=check_structure(org, as_of),
        period=reporting_period(period_kind, as_of.year),
        report=progress_report(org, book, as_of, decimals=REFERENCE_DECIMALS),
        signs=activity_totals(book, ActivityKind.ON_SIGNS_OF_VIOLATION, as_of),
        discipline=discipline_report(reference_discipline(), book.year, as_of),
        letters=register(reference_petitions(), as_of),
    )


_TEXT = {
    "vi": {
        "title": "{name}: công tác kiểm tra, giám sát đến {as_of}",
        "org": "I. Tổ chức đảng và đảng viên",
        "base": "Tổ chức cơ sở đảng: {n} ({committees} đảng bộ cơ sở, {cells} chi bộ cơ sở)",
        "sub": "Tổ chức đảng dưới cơ sở: {n} ({partial} đảng bộ bộ phận có {under} chi bộ; {cells} chi bộ)",
        "members": "Đảng viên: {n} ({official} chính thức, {probationary} dự bị)",
        "checks": "Kiểm tra cơ cấu tổ chức theo Điều lệ: {n} nội dung, {failed} không đạt; "
        "{unchecked} nội dung không kiểm tra được (trước ngày có quy định trong bộ quy tắc)",
        "period": "Kỳ báo cáo",
        "ktgs": "II. Kết quả thực hiện chương trình kiểm tra, giám sát năm {year}",
        "target": "{kind}: {done}/{planned} {unit}, đạt {percent} chỉ tiêu kế hoạch",
        "group": "{label}: {done}/{planned}, đạt {percent} chỉ tiêu kế hoạch",
        "orgs": "tổ chức",
        "mems": "đảng viên",
        "why": "Giải trình",
        "kl": "III. Kiểm tra khi có dấu hiệu vi phạm, thi hành kỷ luật, đình chỉ sinh hoạt đảng",
        "signs": "Kiểm tra khi có dấu hiệu vi phạm: {orgs} tổ chức, {members} đảng viên",
        "disciplined": "Thi hành kỷ luật {n} đảng viên ({detail})",
        "suspended": "Đình chỉ sinh hoạt đảng {n} đảng viên bị khởi tố, bắt tạm giam",
        "letters": "Tiếp nhận {n} đơn thư kiến nghị, phản ánh; đã xử lý xong {done}",
        "caveats": "Lưu ý chung",
    },
    "en": {
        "title": "{name}: inspection and supervision as of {as_of}",
        "org": "I. Party organisations and members",
        "base": "Grassroots organisations: {n} ({committees} grassroots committees, {cells} grassroots cells)",
        "sub": "Sub-grassroots organisations: {n} ({partial} partial committees holding {under} cells; {cells} cells)",
        "members": "Members: {n} ({official} official, {probationary} probationary)",
        "checks": "Structural checks under the Charter: {n} checks, {failed} failed; "
        "{unchecked} not made (dates before the rulebook's rules)",
        "period": "Reporting period",
        "ktgs": "II. The {year} inspection and supervision programme",
        "target": "{kind}: {done}/{planned} {unit}, {percent} of the planned target",
        "group": "{label}: {done}/{planned}, {percent} of the planned target",
        "orgs": "organisations",
        "mems": "members",
        "why": "Explanation",
        "kl": "III. Inspections on signs of violation, discipline, suspensions",
        "signs": "Inspections on signs of violation: {orgs} organisations, {members} members",
        "disciplined": "{n} members disciplined ({detail})",
        "suspended": "{n} members suspended from party activity after indictment or detention",
        "letters": "{n} letters (recommendations, reports) received; {done} closed",
        "caveats": "General caveats",
    },
}


def _indent(explanation: Explanation, lang: str) -> list[str]:
    return ["      " + line for line in explanation.render(lang, flags=False).splitlines()]


def render_demo(demo: Demo, lang: str = "vi") -> str:
    """The demo as text in ``lang`` (``"vi"`` or ``"en"``)."""
    t = _TEXT[lang]
    c = demo.counts
    kinds = c.organizations

    def n(value: int) -> str:
        return format_int(value, lang)

    lines = [
        t["title"].format(name=demo.name, as_of=format_date(demo.as_of, lang)),
        "",
        t["org"],
        "  - "
        + t["base"].format(
            n=n(kinds.get("dang_bo_co_so", 0) + kinds.get("chi_bo_co_so", 0)),
            committees=n(kinds.get("dang_bo_co_so", 0)),
            cells=n(kinds.get("chi_bo_co_so", 0)),
        ),
        "  - "
        + t["sub"].format(
            n=n(kinds.get("dang_bo_bo_phan", 0) + kinds.get("chi_bo", 0)),
            partial=n(kinds.get("dang_bo_bo_phan", 0)),
            under=n(demo.cells_under_partial),
            cells=n(kinds.get("chi_bo", 0)),
        ),
        "  - "
        + t["members"].format(
            n=n(c.members), official=n(c.official), probationary=n(c.probationary)
        ),
        *_indent(c.explanation, lang),
        "  - "
        + t["checks"].format(
            n=n(len(demo.structure.results) - len(demo.structure.unchecked)),
            failed=n(len(demo.structure.problems)),
            unchecked=n(len(demo.structure.unchecked)),
        ),
    ]
    for rule, (passed, failed) in demo.structure.by_rule().items():
        lines.append(f"      {rule}: {n(passed)} / {n(passed + failed)}")
    for r in demo.structure.problems:
        lines.extend(_indent(r.explanation, lang))
    lines += ["  - " + t["period"] + ":", *_indent(demo.period.explanation, lang), ""]
    lines.append(t["ktgs"].format(year=demo.report.as_of.year))
    k = 0
    for prog, targets in demo.report.programmes:
        for f in targets:
            k += 1
            measure_orgs = f.planned_organizations > 0
            kind = f.explanation.steps[1].fact("kind")
            kind_text = kind.render(lang) if hasattr(kind, "render") else str(kind)
            lines.append(f"  {k}. {prog.title}")
            lines.append(
                "     "
                + t["target"].format(
                    kind=kind_text,
                    done=n(f.done_organizations if measure_orgs else f.done_members),
                    planned=n(f.planned_organizations if measure_orgs else f.planned_members),
                    unit=t["orgs"] if measure_orgs else t["mems"],
                    percent=format_percent(f.percent, lang),
                )
            )
            lines.extend(_indent(f.explanation, lang))
    for g in demo.report.groups:
        k += 1
        lines.append(
            f"  {k}. "
            + t["group"].format(
                label=g.label(lang),
                done=n(g.done),
                planned=n(g.planned),
                percent=format_percent(g.percent, lang),
            )
        )
        lines.extend(_indent(g.explanation, lang))
    forms = demo.discipline.disciplined
    detail = Tally(tuple((c, Term(f)) for f, c in sorted(forms.items()))).render(lang)
    lines += [
        "",
        t["kl"],
        "  - " + t["signs"].format(orgs=n(demo.signs.organizations), members=n(demo.signs.members)),
        *_indent(demo.signs.explanation, lang),
        "  - " + t["disciplined"].format(n=n(demo.discipline.disciplined_total), detail=detail),
        *_indent(demo.discipline.decisions_explanation, lang),
        "  - " + t["suspended"].format(n=n(demo.discipline.suspended)),
        *_indent(demo.discipline.suspensions_explanation, lang),
        "  - " + t["letters"].format(n=n(demo.letters.received), done=n(demo.letters.processed)),
        *_indent(demo.letters.explanation, lang),
    ]
    caveats = dict.fromkeys(
        [
            *demo.counts.explanation.flags,
            *demo.structure.flags,
            *demo.period.explanation.flags,
            *(f for _, fs in demo.report.programmes for x in fs for f in x.explanation.flags),
            *(f for g in demo.report.groups for f in g.explanation.flags),
            *demo.discipline.explanation.flags,
        ]
    )
    if caveats:
        lines += ["", t["caveats"] + ":", *("  - " + f.render(lang) for f in caveats)]
    return "\n".join(lines)
