"""The view of a rulebook diff (:mod:`dangkiemtra.rulebook`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dangkiemtra._display import Table, View
from dangkiemtra._views.labels import T, en_plural
from dangkiemtra.explain import Text

if TYPE_CHECKING:
    from dangkiemtra.rulebook._diff import RulebookDiff


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
