"""The views of discipline answers: limitation, authority, votes, appeals, forms, effects, reports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dangkiemtra._display import Table, View, term
from dangkiemtra._views.labels import _UNITS, T, _flags, codes, day, en_plural, yes_no
from dangkiemtra.explain import Text

if TYPE_CHECKING:
    from dangkiemtra.discipline.appeals import AppealCheck, AppealPath, FinalLevel
    from dangkiemtra.discipline.authority import AuthorityAnswer, WhoDecides
    from dangkiemtra.discipline.circumstances import ConsiderationStatus
    from dangkiemtra.discipline.consequences import CriminalSentenceAnswer, LapseAnswer
    from dangkiemtra.discipline.forms import FormsAnswer, SubstitutionCheck
    from dangkiemtra.discipline.limitation import LimitationCheck
    from dangkiemtra.discipline.procedure import EffectAnswer, FreezeAnswer
    from dangkiemtra.discipline.report import DisciplineReport
    from dangkiemtra.discipline.suspension import SuspensionTerm
    from dangkiemtra.discipline.votes import VoteResult


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
