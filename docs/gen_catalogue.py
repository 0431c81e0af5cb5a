"""Writes the rule catalogue page from the rulebook: every parameter, its history, citation and confidence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dangkiemtra.rulebook import Rulebook


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def write_catalogue(path: Path) -> None:
    rb = Rulebook.default()
    lines = [
        "# Rule catalogue",
        "",
        "Generated from the rulebook data at build time (`src/dangkiemtra/rulebook/data/*.toml`).",
        "Every value is dated and cited; a value that is not *confirmed* is flagged in every answer that uses it,",
        "and *carried over* marks a predecessor's value used because the successor's is unknown.",
        "",
        "## Parameters",
        "",
    ]
    for key, param in sorted(rb.parameters.items()):
        lines += [
            f"### `{key}`",
            "",
            f"{param.description_vi}  ",
            f"*{param.description_en}* — unit: `{param.unit}`",
            "",
        ]
        lines += [
            "| from | until | value | citation | confidence | note |",
            "|---|---|---|---|---|---|",
        ]
        for e in param.history:
            if isinstance(e.value, tuple) and e.value and isinstance(e.value[0], int):
                value = f"{e.value[0]}–{e.value[1]}"
            elif isinstance(e.value, tuple):
                value = ", ".join(f"`{c}`" for c in e.value) or "—"
            else:
                value = str(e.value)
            if e.unit:
                value += f" ({e.unit})"
            note = "; ".join(
                x
                for x in (
                    ("carried over" if e.carried_over else ""),
                    e.note,
                    (f"option `{e.option}`" if e.option else ""),
                )
                if x
            )
            lines.append(
                f"| {e.valid_from} | {e.valid_until or '…'} | {value} | {_cell(e.citation.render('vi'))} "
                f"| {e.confidence.value} | {_cell(note)} |"
            )
        lines.append("")
    lines += ["## Ambiguities (options)", ""]
    for key, opt in sorted(rb.options.items()):
        lines += [
            f"### `{key}`",
            "",
            f"{opt.description_vi}  ",
            f"*{opt.description_en}*",
            "",
            f"Basis: {opt.citation.render('vi')} ({opt.confidence.value}). Default: `{opt.default}`.",
            "",
        ]
        lines += [f"- `{r.name}`: {r.description_vi} / {r.description_en}" for r in opt.readings]
        lines.append("")
    lines += [
        "## Documents",
        "",
        "| id | number | issuer | in force | replaced by | confidence |",
        "|---|---|---|---|---|---|",
    ]
    for sid, src in sorted(
        rb.sources.items(), key=lambda kv: (kv[1].kind, kv[1].in_force_from or date.min)
    ):
        span = f"{src.in_force_from or '?'} → {src.in_force_until or '…'}"
        lines.append(
            f"| `{sid}` | {_cell(src.number)} | {_cell(src.issuer)} | {span} | {src.replaced_by or ''} "
            f"| {src.confidence.value} |"
        )
    lines += ["", "## Calendar notices, 2016–2026", ""]
    for year, cal in rb.calendar_years.items():
        lines += [f"### {year}", "", "| date | weekday | kind | basis |", "|---|---|---|---|"]
        for d in (*cal.days_off, *cal.workdays):
            lines.append(
                f"| {d.day} | {d.day.strftime('%a')} | {d.term.render('vi')} | {_cell(d.citation.render('vi'))} |"
            )
        for day, reason in cal.package_disagreements:
            lines.append(f"| {day} | | *differs from `holidays`* | {_cell(reason)} |")
        lines.append("")
    path.write_text("\n".join(lines) + "\n", "utf-8")
