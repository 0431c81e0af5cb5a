"""Flags grouped on every answer: the specific concerns under their own heading, the generic
confidence caveats (``unconfirmed``) under another, so that an answer with nothing specific to
say shows no concerns heading (issue 12 §3)."""

from __future__ import annotations

from datetime import date

import pytest

from dangkiemtra._display import explanation_html
from dangkiemtra.explain import GENERIC_FLAGS, Explanation, Flag, Step, split_flags
from dangkiemtra.periods import deadline_for_rule

HEADINGS = {
    "vi": ("Vấn đề cần lưu ý:", "Lưu ý chung:"),
    "en": ("Concerns:", "General caveats:"),
}


def _flag_lines(text: str) -> list[str]:
    """The lines after the numbered steps: headings and the flags under them."""
    return [line for line in text.splitlines() if not line[:1].isdigit()]


def test_only_unconfirmed_is_generic() -> None:
    assert {"unconfirmed"} == GENERIC_FLAGS
    a, b = Flag("unconfirmed", "x"), Flag("projected", "2027")
    assert split_flags((a, b, a)) == ((b,), (a, a))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_answer_with_only_an_unconfirmed_value_shows_no_concerns_heading(lang: str) -> None:
    # the appeal window of QĐ 22/2021 (AP-02) is an inferred value; nothing else is in doubt
    d = deadline_for_rule("discipline.appeal.window", date(2025, 3, 3))
    assert [f.code for f in d.explanation.flags] == ["unconfirmed"]
    assert d.explanation.concerns == () and d.concerns == ()
    assert d.explanation.caveats == d.caveats == d.flags
    concerns, general = HEADINGS[lang]
    lines = _flag_lines(d.explanation.render(lang))
    assert lines == [general, "- " + d.flags[0].render(lang)]
    html = explanation_html(d.explanation, lang)
    assert f">{general.rstrip(':')}<" in html and concerns.rstrip(":") not in html


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_regime_crossing_is_a_concern_and_the_unconfirmed_value_a_general_caveat(
    lang: str,
) -> None:
    # an organisation's warning-level limitation (QĐ 69/2022, TH-02) started on 3 March 2025
    # ends on 3 March 2035, after QĐ 212/2026 took effect: a crossing; its value is secondary
    d = deadline_for_rule("discipline.limitation.organization.canh_cao", date(2025, 3, 3))
    assert d.due == date(2035, 3, 3)
    assert [f.code for f in d.concerns] == ["regime_crossing"]
    assert [f.code for f in d.caveats] == ["unconfirmed"]
    concerns, general = HEADINGS[lang]
    lines = _flag_lines(d.explanation.render(lang))
    assert lines == [
        concerns,
        "- " + d.concerns[0].render(lang),
        general,
        "- " + d.caveats[0].render(lang),
    ]
    html = explanation_html(d.explanation, lang)
    assert html.index(f">{concerns.rstrip(':')}<") < html.index(f">{general.rstrip(':')}<")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_ambiguous_default_alone_shows_only_the_concerns_heading(lang: str) -> None:
    d = deadline_for_rule("discipline.cach_chuc.bar_years", date(2025, 3, 3))
    assert [f.code for f in d.concerns] == ["ambiguous_default"] and d.caveats == ()
    concerns, general = HEADINGS[lang]
    lines = _flag_lines(d.explanation.render(lang))
    assert lines == [concerns, "- " + d.concerns[0].render(lang)]
    html = explanation_html(d.explanation, lang)
    assert f">{concerns.rstrip(':')}<" in html and general.rstrip(":") not in html


def test_no_flags_no_heading_and_flags_false_hides_both() -> None:
    e = Explanation.of(Step.of("period.due", due=date(2026, 1, 2)))
    assert e.render("vi") == "1. Hạn cuối: ngày 2 tháng 1 năm 2026."
    f = Explanation.of(
        Step.of(
            "period.due",
            due=date(2026, 1, 2),
            flags=(Flag("projected", "2027"), Flag("unconfirmed", "x")),
        )
    )
    assert f.render("en", flags=False) == "1. Due date: 2 January 2026."
    assert "Lưu ý" not in f.render("vi", flags=False)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_report_lists_its_concerns_apart_from_its_general_caveats(lang: str) -> None:
    from dangkiemtra._demo import build_demo
    from dangkiemtra._report_render import render_markdown, render_text

    r = build_demo(date(2023, 9, 25))
    concerns, general = HEADINGS[lang]
    # the threshold and cut-off readings, and the probation ending on 28 February 2013
    assert [f.code for f in split_flags(r.flags)[0]] == [
        "ambiguous_default",
        "month_end",
        "ambiguous_default",
    ]
    tail = render_text(r, lang).split("\n\n" + concerns + "\n", 1)[1]
    listed, rest = tail.split("\n\n" + general + "\n", 1)
    # the three concerns, one line each, and under the general heading only confidence caveats
    assert len(listed.splitlines()) == 3
    assert all(line.startswith("  - ") for line in listed.splitlines())
    confidence = "độ tin cậy" if lang == "vi" else "it was not checked against the text"
    assert rest.splitlines() and all(confidence in line for line in rest.splitlines())
    assert not any(confidence in line for line in listed.splitlines())
    md = render_markdown(r, lang)
    assert md.index(f"## {concerns.rstrip(':')}\n") < md.index(f"## {general.rstrip(':')}\n")
