"""The rulebook's integrity checks: citations, histories, options, chains and calendars agree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dangkiemtra.errors import Problem
from dangkiemtra.rulebook._model import HistoryEntry

if TYPE_CHECKING:
    from dangkiemtra.rulebook._rulebook import Rulebook


def integrity_problems(book: Rulebook) -> list[Problem]:
    """Every integrity problem of a rulebook (empty when sound).

    Checks that every citation names an existing source, that every history is sorted
    and without overlap, that options named by entries exist and have their default
    among their readings, that calendar entries fall in their year and on the right
    kind of day, and that the replaced-by chains agree with the in-force dates.
    """
    problems: list[Problem] = []

    def bad(ptr: str, code: str, vi: str, en: str) -> None:
        problems.append(Problem(ptr, code, vi, en))

    for key, param in book.parameters.items():
        ptr = f"/parameters/{key}"
        previous: HistoryEntry | None = None
        for i, entry in enumerate(param.history):
            if entry.citation.source not in book.sources:
                bad(
                    f"{ptr}/history/{i}/source",
                    "rulebook.unknown_source",
                    "mã một văn bản có trong sources.toml",
                    "the id of a source in sources.toml",
                )
            if entry.valid_until is not None and entry.valid_until < entry.valid_from:
                bad(
                    f"{ptr}/history/{i}/valid_until",
                    "rulebook.reversed_dates",
                    "ngày kết thúc không trước ngày bắt đầu",
                    "an end no earlier than the start",
                )
            if previous is not None and (
                previous.valid_until is None or previous.valid_until >= entry.valid_from
            ):
                bad(
                    f"{ptr}/history/{i}/valid_from",
                    "rulebook.overlap",
                    "các mốc hiệu lực nối tiếp, không chồng lấn, theo thứ tự",
                    "entries in order, each starting after the previous one ends",
                )
            if entry.option is not None and entry.option not in book.options:
                bad(
                    f"{ptr}/history/{i}/option",
                    "rulebook.unknown_option",
                    "tên một lựa chọn có trong dữ liệu",
                    "the key of a declared option",
                )
            previous = entry
    for key, opt in book.options.items():
        if opt.default not in {r.name for r in opt.readings}:
            bad(
                f"/options/{key}/default",
                "rulebook.bad_default",
                "một trong các cách hiểu đã khai",
                "one of the declared readings",
            )
        if opt.citation.source not in book.sources:
            bad(
                f"/options/{key}/source",
                "rulebook.unknown_source",
                "mã một văn bản có trong sources.toml",
                "the id of a source in sources.toml",
            )
    for sid, src in book.sources.items():
        ptr = f"/sources/{sid}"
        for other in (*src.replaces, *((src.replaced_by,) if src.replaced_by else ())):
            if other not in book.sources:
                bad(
                    ptr,
                    "rulebook.unknown_source",
                    "văn bản thay thế/bị thay thế có trong danh mục",
                    "replaced/replacing documents in the register",
                )
        if src.replaced_by and src.replaced_by in book.sources:
            succ = book.sources[src.replaced_by]
            if src.in_force_until is None:
                bad(
                    f"{ptr}/in_force_until",
                    "rulebook.chain",
                    "ngày hết hiệu lực khi đã có văn bản thay thế",
                    "an end date, since it was replaced",
                )
            elif succ.in_force_from is not None and src.in_force_until >= succ.in_force_from:
                bad(
                    f"{ptr}/in_force_until",
                    "rulebook.chain",
                    "hết hiệu lực trước ngày văn bản thay thế có hiệu lực",
                    "to end before its successor takes effect",
                )
        if src.in_force_from and src.in_force_until and src.in_force_until < src.in_force_from:
            bad(
                f"{ptr}/in_force_until",
                "rulebook.reversed_dates",
                "ngày hết hiệu lực không trước ngày có hiệu lực",
                "an end no earlier than the start",
            )
    for year, cal in book.calendar_years.items():
        ptr = f"/calendar/{year}"
        for d in (*cal.days_off, *cal.workdays):
            if d.day.year != year:
                bad(
                    f"{ptr}/{d.day.isoformat()}",
                    "calendar.wrong_year",
                    f"một ngày trong năm {year}",
                    f"a day in {year}",
                )
            if d.citation.source not in book.sources:
                bad(
                    f"{ptr}/{d.day.isoformat()}/source",
                    "rulebook.unknown_source",
                    "mã một văn bản có trong sources.toml",
                    "the id of a source in sources.toml",
                )
        for d in cal.days_off:
            if d.day.weekday() >= 5:
                bad(
                    f"{ptr}/{d.day.isoformat()}",
                    "calendar.weekend_day_off",
                    "một ngày thường (thứ Hai đến thứ Sáu)",
                    "a weekday (Monday to Friday)",
                )
        for d in cal.workdays:
            if d.day.weekday() < 5:
                bad(
                    f"{ptr}/{d.day.isoformat()}",
                    "calendar.weekday_workday",
                    "một ngày thứ Bảy hoặc Chủ nhật",
                    "a Saturday or Sunday",
                )
        for n in cal.notices:
            if n not in book.sources:
                bad(
                    f"{ptr}/notices",
                    "rulebook.unknown_source",
                    "mã một văn bản có trong sources.toml",
                    "the id of a source in sources.toml",
                )
    return problems
