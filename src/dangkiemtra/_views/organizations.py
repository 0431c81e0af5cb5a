"""The views of organisation answers: counts, statistics, structure checks, elections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dangkiemtra import _format
from dangkiemtra._display import Table, View, both, term
from dangkiemtra._views.labels import T, codes, en_plural
from dangkiemtra.explain import Explanation, Text

if TYPE_CHECKING:
    from dangkiemtra.organization import (
        CheckResult,
        Counts,
        Elections,
        Statistics,
        StructureReport,
    )


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
