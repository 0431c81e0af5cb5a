"""The report as text, Markdown or CSV, in Vietnamese or English.

The three renderings walk the same outline: sections of lines, each line with its own
explanation (the steps that produced *that* figure) and, for CSV, its figures.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from decimal import Decimal

import attrs

from dangkiemtra._format import format_int
from dangkiemtra._messages.cli import REPORT
from dangkiemtra._report import Report
from dangkiemtra.explain import (
    Explanation,
    FactValue,
    Percent,
    Tally,
    Term,
    render_template,
    split_flags,
)

__all__ = ["render", "render_csv", "render_markdown", "render_text"]


@attrs.frozen
class _Line:
    key: str  # a stable id for CSV: "members", "programme:<id>:<kind>", "group:<group>" …
    text: str
    explanation: Explanation = attrs.field(factory=Explanation)
    details: tuple[str, ...] = ()
    done: int | None = None
    planned: int | None = None
    percent: Decimal | None = None


@attrs.frozen
class _Section:
    key: str
    heading: str
    lines: tuple[_Line, ...]


def _t(code: str, lang: str, **facts: FactValue) -> str:
    vi, en = REPORT[code]
    return render_template(vi if lang == "vi" else en, facts, lang)


def _organisation(r: Report, lang: str) -> _Section:
    kinds = r.counts.organizations
    committees, base_cells = kinds.get("dang_bo_co_so", 0), kinds.get("chi_bo_co_so", 0)
    partial, cells = kinds.get("dang_bo_bo_phan", 0), kinds.get("chi_bo", 0)
    structure = r.structure
    made = len(structure.results) - len(structure.unchecked)
    failed = len(structure.problems)
    lines = (
        _Line(
            "base",
            _t("base", lang, n=committees + base_cells, committees=committees, cells=base_cells),
            done=committees + base_cells,
        ),
        _Line(
            "sub",
            _t(
                "sub",
                lang,
                n=partial + cells,
                partial=partial,
                under=r.cells_under_partial,
                cells=cells,
            ),
            done=partial + cells,
        ),
        _Line(
            "members",
            _t(
                "members",
                lang,
                n=r.counts.members,
                official=r.counts.official,
                probationary=r.counts.probationary,
            ),
            r.counts.explanation,
            done=r.counts.members,
        ),
        _Line(
            "structure",
            _t("checks", lang, n=made, failed=failed, unchecked=len(structure.unchecked)),
            Explanation.of(*(p.explanation for p in structure.problems)),
            tuple(
                f"{rule}: {format_int(p, lang)}/{format_int(p + f, lang)}"
                for rule, (p, f) in structure.by_rule().items()
            ),
            done=made - failed,
            planned=made,
        ),
        _Line("period", _t("period", lang) + ":", r.period.explanation),
    )
    return _Section("organization", _t("org", lang), lines)


def _inspection(r: Report, lang: str) -> _Section:
    heading = _t("ktgs", lang, year=str(r.year))
    if r.inspection is None:
        return _Section("inspection", heading, (_Line("none", _t("no_inspection", lang)),))
    lines: list[_Line] = []
    for prog, targets in r.inspection.programmes:
        for f in targets:
            by_orgs = f.planned_organizations > 0
            done = f.done_organizations if by_orgs else f.done_members
            planned = f.planned_organizations if by_orgs else f.planned_members
            code = "target_orgs" if by_orgs else "target_members"
            text = _t(
                code,
                lang,
                kind=Term(f.kind.value),
                done=done,
                planned=planned,
                percent=Percent(f.percent),
            )
            lines.append(
                _Line(
                    f"programme:{prog.id}:{f.kind.value}",
                    text,
                    f.explanation,
                    (prog.title,),
                    done,
                    planned,
                    f.percent,
                )
            )
    for g in r.inspection.groups:
        text = _t(
            "group",
            lang,
            label=g.label(lang),
            done=g.done,
            planned=g.planned,
            percent=Percent(g.percent),
        )
        lines.append(
            _Line(f"group:{g.group.value}", text, g.explanation, (), g.done, g.planned, g.percent)
        )
    return _Section("inspection", heading, tuple(lines))


def _discipline(r: Report, lang: str) -> _Section:
    lines: list[_Line] = []
    if r.signs is not None:
        s = r.signs
        text = _t("signs", lang, orgs=s.organizations, members=s.members)
        lines.append(_Line("signs_of_violation", text, s.explanation, done=s.organizations))
    d = r.discipline
    if d is None:
        lines.append(_Line("discipline", _t("no_discipline", lang)))
    else:
        tally = Tally(tuple((n, Term(form)) for form, n in sorted(d.disciplined.items())))
        text = (
            _t("disciplined", lang, n=d.disciplined_total, detail=tally)
            if d.disciplined_total
            else _t("none_disciplined", lang)
        )
        lines.append(_Line("disciplined", text, d.decisions_explanation, done=d.disciplined_total))
        lines.append(
            _Line(
                "suspended",
                _t("suspended", lang, n=d.suspended),
                d.suspensions_explanation,
                done=d.suspended,
            )
        )
    if r.letters is None:
        lines.append(_Line("letters", _t("no_letters", lang)))
    else:
        x = r.letters
        text = _t("letters", lang, n=x.received, done=x.processed)
        lines.append(_Line("letters", text, x.explanation, (), x.processed, x.received, x.rate))
    return _Section("discipline", _t("kl", lang), tuple(lines))


def outline(r: Report, lang: str) -> tuple[str, tuple[_Section, ...]]:
    """The title and the sections of the report in ``lang``."""
    title = _t("title", lang, name=r.name, as_of=r.as_of)
    return title, (_organisation(r, lang), _inspection(r, lang), _discipline(r, lang))


def _steps(e: Explanation, lang: str) -> list[str]:
    return e.render(lang, flags=False).splitlines() if e.steps else []


def render_text(r: Report, lang: str = "vi") -> str:
    """The report as indented plain text."""
    title, sections = outline(r, lang)
    out = [title]
    for s in sections:
        out += ["", s.heading]
        numbered = s.key == "inspection"
        for i, line in enumerate(s.lines, 1):
            if numbered and line.details:
                out.append(f"  {i}. {line.details[0]}")
                out.append(f"     {line.text}")
            elif numbered and line.done is not None:
                out.append(f"  {i}. {line.text}")
            else:
                out.append(f"  - {line.text}")
                out += [f"      {d}" for d in line.details]
            out += ["      " + x for x in _steps(line.explanation, lang)]
    for heading, group in zip(("concerns", "caveats"), split_flags(r.flags), strict=True):
        if group:
            out += ["", _t(heading, lang) + ":", *(f"  - {f.render(lang)}" for f in group)]
    return "\n".join(out)


def render_markdown(r: Report, lang: str = "vi") -> str:
    """The report as Markdown: a heading per section, a bullet per line, its steps nested."""
    title, sections = outline(r, lang)
    out = [f"# {title}"]
    for s in sections:
        out += ["", f"## {s.heading}", ""]
        for line in s.lines:
            lead = f"**{line.details[0]}**: " if s.key == "inspection" and line.details else ""
            out.append(f"- {lead}{line.text}")
            if s.key != "inspection":
                out += [f"  - {d}" for d in line.details]
            out += ["   " + x for x in _steps(line.explanation, lang)]
    for heading, group in zip(("concerns", "caveats"), split_flags(r.flags), strict=True):
        if group:
            out += ["", f"## {_t(heading, lang)}", "", *(f"- {f.render(lang)}" for f in group)]
    return "\n".join(out) + "\n"


def _csv_rows(r: Report, lang: str) -> Iterator[list[str]]:
    yield ["section", "key", "text", "done", "planned", "percent", "as_of"]
    _, sections = outline(r, lang)
    for s in sections:
        for line in s.lines:
            yield [
                s.key,
                line.key,
                line.text,
                "" if line.done is None else str(line.done),
                "" if line.planned is None else str(line.planned),
                "" if line.percent is None else str(line.percent),
                r.as_of.isoformat(),
            ]


def render_csv(r: Report, lang: str = "vi") -> str:
    """The report's figures as CSV, one row per line (numbers in ``.`` decimal notation)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(_csv_rows(r, lang))
    return buffer.getvalue()


def render(r: Report, fmt: str = "text", lang: str = "vi") -> str:
    """The report in ``fmt`` (``text``, ``md`` or ``csv``); JSON is :meth:`Report.to_json`."""
    renderers = {"text": render_text, "md": render_markdown, "csv": render_csv}
    return renderers[fmt](r, lang)
