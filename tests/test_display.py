"""Every public answer shows itself: a compact repr, a parseable HTML view, no personal data.

The list of answer types is *enumerated* from the public ``__all__`` of the package and its
domain modules: an attrs class that carries an ``explanation`` (or is a report) must display
itself and must have a sample below, so an answer type added later fails here until it does.
"""

from __future__ import annotations

import contextlib
import html.parser
import importlib
from collections.abc import Callable
from datetime import date
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dangkiemtra as dk
import dangkiemtra.discipline as kl
from dangkiemtra import _display, _format, display
from dangkiemtra.inspection import ActivityKind, activity_totals
from dangkiemtra.membership import AgeCheck, MembershipVote, admission_age, recognition_vote
from dangkiemtra.organization import elections
from dangkiemtra.petitions import Sender, register, screen_party, state_acceptance
from dangkiemtra.reception import check_year, fixed_day_schedule, reception_duty
from dangkiemtra.supervision import assign
from dangkiemtra.testing import dates, discipline_books, organizations

MODULES = (
    "dangkiemtra",
    "dangkiemtra.discipline",
    "dangkiemtra.inspection",
    "dangkiemtra.organization",
    "dangkiemtra.membership",
    "dangkiemtra.periods",
    "dangkiemtra.petitions",
    "dangkiemtra.reception",
    "dangkiemtra.supervision",
    "dangkiemtra.rulebook",
    "dangkiemtra.explain",
)
REPORT_NAMES = ("Report", "Diff", "Statistics", "Plan")


def answer_types() -> set[type]:
    """Public attrs classes that carry an explanation or are reports."""
    out: set[type] = set()
    for name in MODULES:
        mod = importlib.import_module(name)
        for attr in getattr(mod, "__all__", ()):
            obj = getattr(mod, attr)
            if not (isinstance(obj, type) and attrs.has(obj)):
                continue
            fields = {f.name for f in attrs.fields(obj)}
            if "explanation" in fields or obj.__name__.endswith(REPORT_NAMES):
                out.add(obj)
    out.add(dk.Explanation)
    return out


DAY = dk.REFERENCE_AS_OF
ORG = dk.reference_organization()
BOOK = dk.reference_inspection()
DECISION = kl.Decision(
    "qd", kl.BodyRole.CHI_BO, "canh_cao", date(2023, 3, 1), date(2023, 3, 10), date(2023, 3, 12)
)
MEMBER = kl.Subject("dv1", kl.SubjectKind.OFFICIAL_MEMBER)
CASE = kl.DisciplineCase(
    "k1",
    MEMBER,
    (kl.Violation("v", date(2022, 12, 1), warranted="canh_cao"),),
    opened_on=date(2023, 1, 10),
    decision=DECISION,
)
SENDER_NAME = "Trần Thị Bí Mật"
LETTER = dk.Petition(
    "l1",
    "to_cao",
    "dang",
    received_on=date(2023, 8, 1),
    sender=Sender(
        full_name=SENDER_NAME, address="Số 9 Ngõ Kín", citizen_id="079300001234", named=True
    ),
    summary="Ông Nguyễn Văn Kín nhận hối lộ",
)

#: One real answer of each type, built by the library's own functions.
SAMPLES: dict[type, Callable[[], Any]] = {
    dk.Deadline: lambda: dk.deadline(date(2023, 1, 19), dk.Duration(1, dk.Unit.WORKING_DAYS)),
    dk.Explanation: lambda: (
        dk.deadline(date(2023, 1, 19), dk.Duration(1, dk.Unit.WORKING_DAYS)).explanation
    ),
    dk.Counts: lambda: dk.counts(ORG, DAY),
    dk.Statistics: lambda: dk.statistics(ORG, date(2023, 1, 1), DAY),
    dk.CheckResult: lambda: dk.check_structure(ORG, DAY).results[0],
    dk.StructureReport: lambda: dk.check_structure(ORG, DAY),
    dk.Fulfilment: lambda: dk.fulfilment(BOOK, BOOK.programmes[0].id, DAY)[0],
    dk.GroupIndicator: lambda: dk.group_indicator(ORG, BOOK, dk.Group.BASE_COMMITTEES, DAY),
    dk.ProgressReport: lambda: dk.progress_report(ORG, BOOK, DAY, decimals=dk.REFERENCE_DECIMALS),
    dk.ReportingPeriod: lambda: dk.reporting_period("9_months", 2023),
    dk.RegisterReport: lambda: register((*dk.reference_petitions(), LETTER), DAY),
    dk.RulebookDiff: lambda: dk.Rulebook.default().diff(date(2026, 4, 10), date(2026, 4, 11)),
    dk.SupervisionPlan: lambda: assign([f"c{i}" for i in range(7)], ["A", "B"], 2024),
    kl.AppealCheck: lambda: kl.admissibility(kl.Appeal("a", "qd", date(2023, 3, 20)), DECISION),
    kl.FinalLevel: lambda: kl.final_level(DECISION),
    kl.AuthorityAnswer: lambda: kl.authority(kl.BodyRole.CHI_BO, MEMBER, kl.Form.CANH_CAO, DAY),
    kl.ConsiderationStatus: lambda: kl.consideration_status(
        (kl.Circumstance("benh_nang", date(2023, 5, 1)),), DAY
    ),
    kl.LapseAnswer: lambda: kl.lapse(DECISION),
    kl.FormsAnswer: lambda: kl.forms_open_to(MEMBER, DAY),
    kl.SubstitutionCheck: lambda: kl.check_substitution(kl.Form.KHAI_TRU, "xoa_ten", DAY),
    kl.LimitationCheck: lambda: kl.check_limitation(
        kl.Violation("v", date(2017, 3, 1), warranted="khien_trach"),
        kl.SubjectKind.OFFICIAL_MEMBER,
        concluded_on=date(2022, 3, 2),
    ),
    kl.EffectAnswer: lambda: kl.effective_date(DECISION),
    kl.FreezeAnswer: lambda: kl.freeze(CASE, date(2023, 2, 1)),
    kl.DisciplineReport: lambda: kl.discipline_report(dk.reference_discipline(), 2023, DAY),
    kl.SuspensionTerm: lambda: kl.suspension_term(
        kl.Suspension("s", "dv1", "sinh_hoat_dang", date(2026, 5, 4), extensions=(30,))
    ),
    kl.VoteResult: lambda: kl.tally(
        kl.Ballot(kl.BodyRole.CHI_BO, 12, ((kl.Form.KHAI_TRU, 3), (kl.Form.CANH_CAO, 8))),
        MEMBER,
        date(2023, 3, 6),
    ),
    AgeCheck: lambda: admission_age(date(2006, 3, 2), date(2024, 3, 1)),
    MembershipVote: lambda: recognition_vote(9, 6, date(2024, 3, 1)),
    kl.WhoDecides: lambda: kl.who_decides(MEMBER, kl.Form.KHAI_TRU, DAY),
    kl.AppealPath: lambda: kl.appeal_path(DECISION),
    kl.CriminalSentenceAnswer: lambda: kl.criminal_sentence(date(2023, 5, 4)),
}
# answer types public in their own modules
_more: dict[str, Callable[[], Any]] = {
    "Screening": lambda: screen_party(LETTER),
    "RegisterRow": lambda: register((LETTER,), DAY).rows[0],
    "Duty": lambda: reception_duty("party_head", "province", DAY),
    "ScheduledDay": lambda: fixed_day_schedule(10, 2026)[0],
    "YearCheck": lambda: check_year([date(2026, 1, 10)], "party_head", "province", 2026),
    "ActivityTotals": lambda: activity_totals(BOOK, ActivityKind.ON_SIGNS_OF_VIOLATION, DAY),
    "Elections": lambda: elections(ORG.children[0], DAY),
    "Acceptance": lambda: state_acceptance(
        dk.Petition("k", "khieu_nai", "nha_nuoc", received_on=date(2024, 3, 1)), ["het_thoi_hieu"]
    ),
}
for _name, _make in _more.items():
    for _mod in MODULES:
        _cls = getattr(importlib.import_module(_mod), _name, None)
        if isinstance(_cls, type):
            SAMPLES[_cls] = _make
            break


class _Parser(html.parser.HTMLParser):
    """Collects text and checks that every opened tag is closed in order."""

    VOID = frozenset({"br", "hr", "img", "meta", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, _ in attrs_:
            assert name not in ("class",) or tag == "div"
            assert not name.startswith("on"), "no JavaScript"
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(markup: str) -> _Parser:
    p = _Parser()
    p.feed(markup)
    p.close()
    assert p.stack == [], f"unclosed tags {p.stack}"
    assert "script" not in p.tags and "link" not in p.tags and "style" not in p.tags
    return p


def test_every_answer_type_displays_itself_and_has_a_sample() -> None:
    types = answer_types()
    assert len(types) >= 25
    missing = sorted(t.__name__ for t in types if not issubclass(t, _display.Answer))
    assert missing == [], "answer types without a display"
    unsampled = sorted(t.__name__ for t in types if t not in SAMPLES)
    assert unsampled == [], "answer types without a sample in this test"


def type_name(t: object) -> str:
    return t.__name__ if isinstance(t, type) else str(t)


@pytest.mark.parametrize("cls", sorted(SAMPLES, key=type_name), ids=type_name)
def test_repr_is_compact_and_html_parses_with_the_answer(cls: type) -> None:
    answer: Any = SAMPLES[cls]()
    assert type_name(type(answer)) == cls.__name__
    text = repr(answer)
    assert len(text) <= _display.REPR_LIMIT
    assert text.startswith(cls.__name__ + "(") and "flags=" in text
    view: _display.View = answer._view_()
    assert f"flags={len(view.flags)}" in text
    # never the explanation's steps
    explanation = getattr(answer, "explanation", None)
    for step in explanation.steps if explanation is not None else ():
        assert step.text("vi") not in text and step.text("en") not in text
    for lang in ("vi", "en"):
        with display.language(lang):
            markup = answer._repr_html_()
        parsed = parse(markup)
        body = "".join(parsed.text)
        assert view.headline.render(lang) in body, "the answer is shown"
        assert markup.find("<details") in (
            -1,
            *range(markup.index(view.headline.render(lang)), len(markup)),
        )
        assert "text-align:left" in markup
        assert len(markup) < 100_000, "bounded"
        for secret in (SENDER_NAME, "Số 9 Ngõ Kín", "079300001234", "Nguyễn Văn Kín"):
            assert secret not in markup and secret not in text


def test_the_explanation_is_collapsed_with_its_citations() -> None:
    d = dk.deadline_for_rule("discipline.appeal.window", date(2025, 8, 1))
    markup = d._repr_html_()
    assert "<details " in markup and "<details open" not in markup
    text = "".join(parse(markup).text)
    assert d.explanation.citations
    for c in d.explanation.citations:
        assert c.render("vi") in text
    # flags as short badges
    assert "quy định chưa rõ" in markup
    with display.language("en"):
        assert "ambiguous" in d._repr_html_()


def test_a_report_of_thousands_of_checks_shows_a_summary_and_failures_only() -> None:
    report = dk.check_structure(ORG, DAY)
    assert len(report.results) > 2000
    markup = report._repr_html_()
    assert len(markup) < 20_000
    assert "2.747 kiểm tra / 0 không đạt" in markup
    with display.language("en"):
        assert "2,747 checks / 0 failed" in report._repr_html_()


def test_a_table_shows_at_most_max_rows_and_counts_the_rest() -> None:
    rows = [(str(i),) for i in range(_display.MAX_ROWS + 7)]
    t = _display.Table.of(dk.Text("a", "a"), (dk.Text("x", "x"),), rows)
    assert len(t.rows) == _display.MAX_ROWS and t.total == _display.MAX_ROWS + 7
    assert "7 more rows" in _display.table_html(t, "en")


def test_language_changes_rendering_only() -> None:
    d1 = SAMPLES[dk.GroupIndicator]()
    vi = d1._repr_html_()
    with display.language("en"):
        en = d1._repr_html_()
        assert display.get_language() == "en"
        d2 = SAMPLES[dk.GroupIndicator]()
    assert display.get_language() == "vi"
    assert d1 == d2 and repr(d1) == repr(d2) and d1.to_json() == d2.to_json()
    assert "19/33 = 57,58%" in vi and "19/33 = 57.58%" in en
    display.set_language("en")
    try:
        assert d1._repr_html_() == en
    finally:
        display.set_language("vi")
    with pytest.raises(ValueError, match="lang"):
        display.set_language("fr")


def test_a_regime_crossing_is_a_badge() -> None:
    d = dk.Rulebook.default().diff(date(2026, 4, 10), date(2026, 4, 11))
    assert "qua thời điểm thay văn bản" in d._repr_html_()
    plain = dk.deadline(date(2023, 1, 19), dk.Duration(1, dk.Unit.WORKING_DAYS))
    assert "qua thời điểm thay văn bản" not in plain._repr_html_()


# ── Hypothesis: the repr bound and no personal data, whatever the input ──────────────────


@settings(max_examples=60)
@given(
    dates(date(2006, 1, 1), date(2035, 12, 31)),
    st.one_of(
        st.tuples(st.integers(0, 300), st.sampled_from([dk.Unit.DAYS, dk.Unit.WORKING_DAYS])),
        st.tuples(st.integers(0, 60), st.just(dk.Unit.MONTHS)),
        st.tuples(st.integers(0, 8), st.just(dk.Unit.YEARS)),
    ),
)
def test_deadline_repr_is_bounded(start: date, period: tuple[int, dk.Unit]) -> None:
    d = dk.deadline(start, dk.Duration(*period))
    assert len(repr(d)) <= _display.REPR_LIMIT
    parse(d._repr_html_())


@settings(max_examples=30)
@given(organizations(), dates(date(2017, 1, 1), date(2027, 12, 31)))
def test_organisation_answers_are_bounded_and_leak_nothing(org: dk.Organization, day: date) -> None:
    secrets = [m.full_name for m in org.all_members()]
    secrets += [x for m in org.all_members() for x in (m.citizen_id, m.party_card_number) if x]
    answers: list[Any] = [
        dk.counts(org, day),
        dk.statistics(org, date(day.year, 1, 1), day),
        dk.check_structure(org, day),
    ]
    answers += [*answers[-1].results[:5], org]  # the organisation itself displays compactly too
    for a in answers:
        text, markup = repr(a), a._repr_html_()
        assert len(text) <= _display.REPR_LIMIT
        parse(markup)
        for s in secrets:
            if len(s) >= 6:
                assert s not in text and s not in markup


@settings(max_examples=30)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet="abcdefghij0123456789-", min_size=1, max_size=80),
            st.sampled_from(["to_cao", "khieu_nai"]),
            st.sampled_from(["dang", "nha_nuoc"]),
            dates(date(2020, 1, 1), date(2026, 6, 30)),
        ),
        max_size=12,
        unique_by=lambda t: t[0],
    )
)
def test_register_repr_is_bounded_for_any_ids(rows: list[tuple[str, str, str, date]]) -> None:
    petitions = [dk.Petition(i, k, s, received_on=d) for i, k, s, d in rows]
    report = register(petitions, date(2026, 7, 1))
    assert len(repr(report)) <= _display.REPR_LIMIT
    for r in report.rows:
        assert len(repr(r)) <= _display.REPR_LIMIT
    parse(report._repr_html_())


def test_the_callers_records_display_compactly() -> None:
    for record in (ORG, BOOK, dk.reference_discipline()):
        text = repr(record)
        assert len(text) <= _display.REPR_LIMIT, text
        parse(record._repr_html_())
    assert repr(ORG).startswith("Organization(id='dbk-ls'")
    markup = ORG._repr_html_()
    assert not any(m.full_name in markup for m in ORG.all_members())


@settings(max_examples=40)
@given(discipline_books(), dates(date(2017, 1, 1), date(2027, 12, 31)))
def test_discipline_answers_are_bounded_for_any_case(book: kl.DisciplineBook, day: date) -> None:
    answers: list[Any] = [book]
    with contextlib.suppress(dk.DangKiemTraError):  # no suspension rule before 28 July 2021
        answers.append(kl.discipline_report(book, day.year, day))
    for case in book.cases[:3]:
        with contextlib.suppress(dk.DangKiemTraError, ValueError):
            answers.append(kl.freeze(case, day))
        for v in case.violations[:2]:
            with contextlib.suppress(dk.DangKiemTraError, ValueError):
                answers.append(
                    kl.check_limitation(v, case.subject.kind, concluded_on=case.concluded_on)
                )
        if case.decision is not None:
            with contextlib.suppress(dk.DangKiemTraError, ValueError):
                answers.append(kl.lapse(case.decision))
    for a in answers:
        assert len(repr(a)) <= _display.REPR_LIMIT
        parse(a._repr_html_())


def test_colours_read_on_light_and_dark_themes() -> None:
    """Text inherits the theme's colour; only the status colours and translucent fills are set."""
    import re

    allowed_text = {"inherit", *_display._STATUS.values()}
    for make in SAMPLES.values():
        markup = make()._repr_html_()
        for value in re.findall(r"(?<![-\w])color:([^;\"]+)", markup):
            assert value in allowed_text, value
        for value in re.findall(r"background:([^;\"]+)", markup):
            assert re.fullmatch(r"#[0-9a-f]{6}22", value), "fills are translucent"
        assert "font-family:inherit" in markup and "text-align:right" not in markup


def test_limitation_and_vote_views_show_the_typed_fields() -> None:
    """The limitation's years, unrolled and rolled end; the votes needed and cast."""
    lim = SAMPLES[kl.LimitationCheck]()
    assert lim.years == 5 and lim.period_end is not None
    with display.language("en"):
        text = "".join(parse(lim._repr_html_()).text)
    assert "5 years" in text and "Unrolled end" in text and "Rolled end" in text
    assert _format.format_date(lim.period_end, "en") in text
    assert _format.format_date(lim.expires_on, "en") in text
    vote = SAMPLES[kl.VoteResult]()
    assert vote.votes_needed == 7 and vote.cast == 11
    with display.language("en"):
        text = "".join(parse(vote._repr_html_()).text)
    assert "Votes needed7" in text and "Votes cast11" in text and "Threshold1/2" in text
    assert "needed=7" in repr(vote) and "cast=11" in repr(vote)


def test_the_rulebook_and_the_calendar_print_short() -> None:
    from datetime import date

    import dangkiemtra as dk

    rb = dk.Rulebook.default()
    for value in (rb, rb.at(date(2026, 4, 11)), dk.WorkingCalendar.default()):
        assert len(repr(value)) <= 300, type(value).__name__
    assert repr(rb).startswith(f"Rulebook({len(rb.sources)} documents, {len(rb.parameters)} ")
    assert repr(rb.at(date(2026, 4, 11))) == "Snapshot(day=datetime.date(2026, 4, 11))"
