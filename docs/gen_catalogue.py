"""Writes the rule catalogue page from the rulebook: every parameter, its history, citation and confidence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dangkiemtra._messages import TERMS
from dangkiemtra.rulebook import Rulebook


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


#: Domains of the catalogue, by the first part of a rulebook key.
DOMAINS = (
    ("periods", "Counting periods", "Cách tính thời hạn"),
    ("org", "Party organisations and members", "Tổ chức đảng và đảng viên"),
    ("ktgs", "Inspection and supervision", "Kiểm tra, giám sát"),
    ("discipline", "Discipline", "Kỷ luật đảng"),
    ("petition", "Denunciations, complaints, recommendations", "Tố cáo, khiếu nại, kiến nghị"),
    ("tcp", "Denunciations, complaints, recommendations", "Tố cáo, khiếu nại, kiến nghị"),
    ("state", "Denunciations, complaints, recommendations", "Tố cáo, khiếu nại, kiến nghị"),
    ("reception", "Citizen reception", "Tiếp công dân"),
    ("local", "Citizen reception", "Tiếp công dân"),
    ("supervision", "Supervision by the Front", "Giám sát của Mặt trận"),
)

#: The dates of the "in force on" view: the Charter era, QĐ 22 (2021), the reference
#: report, QĐ 21 (2026) and the two-level local government (1 July 2026).
VIEW_DATES = (
    date(2016, 7, 1),
    date(2021, 7, 28),
    date(2023, 9, 25),
    date(2026, 5, 1),
    date(2026, 7, 1),
)


def _label(code: str, short: bool = False) -> str:
    """A code with its official term and English rendering, when it is one."""
    if code in TERMS:
        vi, en = TERMS[code]
        return vi if short else f"{vi} (*{en}*)"
    return f"`{code}`"


def _shown(value: object, unit: str | None = None, short: bool = False) -> str:
    if isinstance(value, tuple) and value and isinstance(value[0], int):
        text = f"{value[0]}–{value[1]}"
    elif isinstance(value, tuple):
        text = ", ".join(_label(str(c), short) for c in value) or "—"
    elif isinstance(value, bool):
        text = "yes / có" if value else "no / không"
    else:
        text = str(value)
    return text + (f" {unit}" if unit else "")


def _domain(key: str) -> tuple[str, str]:
    head = key.split(".", 1)[0]
    for prefix, en, vi in DOMAINS:
        if head == prefix:
            return en, vi
    return "Other", "Khác"


def write_catalogue(path: Path) -> None:
    rb = Rulebook.default()
    lines = [
        "# Rule catalogue",
        "",
        "Generated from the rulebook data at build time (`src/dangkiemtra/rulebook/data/*.toml`).",
        "Every value is dated and cited; a value that is not *confirmed* is flagged in every answer that uses it,",
        "and *carried over* marks a predecessor's value used because the successor's is unknown.",
        "Codes are shown with their official term and its English rendering.",
        "The rules in force on any other date: `dangkiemtra rules --as-of YYYY-MM-DD`.",
        "",
    ]
    order = {(en, vi): i for i, (_, en, vi) in enumerate(DOMAINS)}
    found: dict[tuple[str, str], list[str]] = {}
    for key in sorted(rb.parameters):
        found.setdefault(_domain(key), []).append(key)
    groups = dict(sorted(found.items(), key=lambda kv: order.get(kv[0], len(order))))
    lines += ["## In force on a date", ""]
    head = " | ".join(str(d) for d in VIEW_DATES)
    for (en, vi), keys in groups.items():
        lines += [f"### {en} ({vi})", "", f"| rule | {head} |", "|---|" + "---|" * len(VIEW_DATES)]
        for key in keys:
            param = rb.parameters[key]
            cells = []
            for day in VIEW_DATES:
                e = param.entry_on(day)
                cells.append("—" if e is None else _cell(_shown(e.value, e.unit, short=True)))
            lines.append(f"| `{key}` | " + " | ".join(cells) + " |")
        lines.append("")
    lines += ["## Parameters by domain", ""]
    for (en, vi), keys in groups.items():
        lines += [f"### {en} ({vi})", ""]
        for key in keys:
            param = rb.parameters[key]
            lines += [
                f"#### `{key}`",
                "",
                f"{param.description_vi}  ",
                f"*{param.description_en}* — unit: `{param.unit}`",
                "",
                "| from | until | value | citation | confidence | note |",
                "|---|---|---|---|---|---|",
            ]
            for e in param.history:
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
                    f"| {e.valid_from} | {e.valid_until or '…'} | {_cell(_shown(e.value, e.unit))} "
                    f"| {_cell(e.citation.render('vi'))} | {e.confidence.value} | {_cell(note)} |"
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
