"""Explanations: rendering in both languages, the JSON trace and its schema, HTML."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dangkiemtra._messages import FLAGS, MESSAGES, TERMS
from dangkiemtra._schemas import validate
from dangkiemtra.explain import Explanation, Flag, Percent, Step, Term
from dangkiemtra.periods import deadline_for_rule


def test_vietnamese_numbers_dates_and_percentages() -> None:
    step = Step.of("ktgs.ratio", done=4144, planned=5000, percent=Percent(Decimal("57.58")))
    assert step.text("vi") == "Tỷ lệ: 4.144/5.000 = 57,58% chỉ tiêu kế hoạch."
    assert step.text("en") == "Rate: 4,144/5,000 = 57.58% of the planned target."
    assert (
        Step.of("period.due", due=date(2023, 9, 25)).text() == "Hạn cuối: ngày 25 tháng 9 năm 2023."
    )


def test_every_message_and_flag_has_both_languages_and_the_same_fields() -> None:
    import string

    def names(template: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(template) if f}

    for table in (MESSAGES, FLAGS):
        for code, (vi, en) in table.items():
            assert names(vi) == names(en), code
    for code, (vi, en) in TERMS.items():
        assert vi and en, code


def test_unknown_codes_are_refused() -> None:
    with pytest.raises(ValueError):  # noqa: PT011
        Step.of("no.such.message")
    with pytest.raises(ValueError):  # noqa: PT011
        Term("no_such_term")
    with pytest.raises(ValueError):  # noqa: PT011
        Flag("no_such_flag", "x")


def test_trace_validates_against_the_schema_and_is_versioned() -> None:
    d = deadline_for_rule("tcp.resolution.central_cadres.days", date(2024, 7, 1))
    trace = d.explanation.to_json()
    assert trace["format"] == "dangkiemtra.explanation/1"
    assert validate(trace, "explanation") == []
    assert validate(d.to_json(), "deadline") == []
    assert any(f["code"] == "ambiguous_default" for f in trace["flags"])


def test_render_lists_caveats_and_html_escapes() -> None:
    e = Explanation.of(
        Step.of("period.due", due=date(2026, 1, 2), flags=(Flag("projected", "<2027>"),))
    )
    # a projected calendar year is a specific concern, not the generic confidence caveat
    assert "Vấn đề cần lưu ý:" in e.render("vi") and "Lưu ý chung" not in e.render("vi")
    assert "Concerns:" in e.render("en")
    assert "lưu ý" not in e.render("vi", flags=False)
    html = e._repr_html_()
    assert "&lt;2027&gt;" in html and "<2027>" not in html


def test_render_refuses_unknown_language() -> None:
    with pytest.raises(ValueError):  # noqa: PT011
        Explanation().render("fr")


def test_sentences_opening_with_a_term_or_date_are_capitalised_but_ids_are_not() -> None:
    assert (
        Step.of("calendar.working_day", day=date(2024, 5, 4)).text()
        == "Ngày 4 tháng 5 năm 2024 là ngày làm việc."
    )
    assert (
        Step.of(
            "discipline.vote.form",
            form=Term("khai_tru"),
            votes=3,
            running=3,
            needed=8,
            reached=False,
        )
        .text("en")
        .startswith("Expulsion: 3 votes")
    )
    step = Step.of(
        "org.count",
        organization="dbk-ls",
        members=1,
        official=1,
        probationary=0,
        as_of=date(2023, 1, 1),
    )
    assert step.text().startswith("dbk-ls:")
