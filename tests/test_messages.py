"""The message catalogue: every code rendered in both languages with counts 1, 2 and 21.

English must read as English: numbers take the noun form of their CLDR plural category
("1 calendar day", "21 calendar days"), ordinals their CLDR ordinal suffix ("21st"), and no
Vietnamese word or term code is left in an English sentence except proper names. Vietnamese
keeps its diacritics.
"""

from __future__ import annotations

import re
import string
import unicodedata
from datetime import date
from decimal import Decimal

import pytest

from dangkiemtra._messages import DOMAINS, FLAGS, MESSAGES, PLURALS, TERMS
from dangkiemtra.explain import (
    FactValue,
    Flag,
    Percent,
    Step,
    Tally,
    Term,
    TermList,
    Text,
    render_template,
)

# ── a sample value for every fact name, of the type the library passes ────────────────────

_INT = {
    "activities", "cadres", "cast", "days", "done", "eligible", "gap", "held", "instance",
    "late", "mandatory", "maximum", "members", "minimum", "n", "needed", "organizations",
    "overdue", "planned", "probationary", "processed", "result", "running", "size",
    "threshold", "visits", "votes", "window", "entered", "left", "changed", "options",
    "asked", "chi_uy_high", "counted", "high", "in_favour", "inspection_high", "inspection_low",
    "levels", "low", "met", "months", "not_checked", "people", "proposers",
}  # fmt: skip
_DATE = {
    "admitted", "as_of", "day", "due", "end", "expires", "filed", "first", "last", "latest",
    "new", "opened", "opens", "probation_end", "received", "session", "since", "start",
    "suggested", "valid_from", "before", "after", "until",
    "bound", "decided", "sentenced", "successor_from",
}  # fmt: skip
_BOOL = {
    "accepted", "allowed", "authorised", "central", "complex", "disciplinable", "frozen",
    "handled", "has_standing", "inside", "lawful", "managed", "ok", "reached", "recomputed",
    "remote", "serious", "used",
    "good_reason", "ground", "known", "passed", "within",
}  # fmt: skip
_TERM = {
    "alternative": "xoa_ten", "body": "ban_thuong_vu", "category": "chinh_tri_noi_bo",
    "event": "announcement", "expected": "dang_bo_co_so", "form": "khien_trach",
    "holder": "party_head", "kind": "chi_bo_co_so", "level": "district", "outcome": "xoa_ten",
    "per": "per_month", "period": "9_months", "reason": "benh_nang", "required": "required",
    "role": "decides", "rounding": "up", "state": "pending", "status": "status_open",
    "unit": "working_days_term", "warranted": "khai_tru",
    "decider": "cap_uy_cap_tren", "deputy": "deputy_if_needed", "final": "ban_thuong_vu_cap_tren",
    "standing": "standing_open", "tier": "dac_biet_phuc_tap",
}  # fmt: skip
_TEXT = {
    "description", "exact", "group", "programme", "reading", "document", "old", "successor_value",
}  # fmt: skip
#: identifiers and codes the caller supplies (ASCII in these samples)
_STR = {
    "actor", "cadre", "fact", "id", "key", "member", "month", "organization", "previous",
    "subject", "year", "fraction", "rule", "default",
}  # fmt: skip
#: the fact names whose type depends on the message ("term:<code>": a term of that code)
_BY_CODE: dict[tuple[str, str], str] = {
    ("period.month_end", "day"): "int",
    ("org.check.chi_uy", "official"): "int",
    ("org.check.founding", "official"): "int",
    ("org.count", "official"): "int",
    ("org.check.probation_end", "official"): "date",
    ("petition.register.total", "received"): "int",
    ("discipline.suspension.required", "required"): "bool",
    ("supervision.assign", "unit"): "str",
    ("supervision.counts", "unit"): "str",
    ("rule.value", "value"): "int",
    ("petition.denunciation.extensions", "allowed"): "int",
    ("discipline.criminal_sentence", "required"): "bool",
    ("reception.ad_hoc", "required"): "bool",
    ("org.elect.verdict", "official"): "int",
    ("membership.readmission", "event"): "date",
    ("discipline.appeal.path", "first"): "term:cap_uy_cap_tren",
    ("membership.transfer_kind", "kind"): "term:transfer_temporary",
    **{(f"rulebook.diff.{k}", "new"): "text" for k in ("value", "basis", "added", "removed")},
}


def _fact(code: str, name: str, count: int) -> FactValue:
    kind = _BY_CODE.get((code, name))
    if kind is not None and kind.startswith("term:"):
        return Term(kind.removeprefix("term:"))
    if kind == "int" or (kind is None and name in _INT):
        return count
    if kind == "date" or (kind is None and name in _DATE):
        return date(2023, 9, count)
    if kind == "bool" or (kind is None and name in _BOOL):
        return count % 2 == 1
    if kind == "str" or (kind is None and name in _STR):
        return f"x{count}"
    if name in _TERM:
        return Term(_TERM[name])
    if kind == "text" or name in _TEXT:
        return Text("văn bản", "a text")
    if name == "percent" or name == "rate":
        return Percent(Decimal("57.58"))
    if name == "forms":
        return TermList((Term("khien_trach"), Term("canh_cao"), Term("khai_tru")))
    if name == "detail":
        return Tally(((count, Term("canh_cao")), (3, Term("khien_trach"))))
    raise AssertionError(f"no sample for fact {name!r} of {code}")


def _names(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def _step(code: str, count: int) -> Step:
    vi, en = MESSAGES[code]
    facts = {n: _fact(code, n, count) for n in _names(vi) | _names(en)}
    for _, _name, spec, _ in string.Formatter().parse(en):
        if spec and spec.startswith("count:"):
            facts[spec.removeprefix("count:")] = Term(_TERM[spec.removeprefix("count:")])
    return Step(code, tuple(facts.items()))


#: proper names that keep their Vietnamese letters in English
_PROPER = ("Hùng", "Tết")
_SINGULAR = (
    "day", "month", "year", "member", "organisation", "activity", "decision", "suspension",
    "petition", "cadre", "supervision", "unit", "vote", "voter", "violation",
)  # fmt: skip
_ONE_PLURAL = re.compile(
    r"\b1 (?:[a-z]+ )?(?:"
    + "|".join(s[:-1] + "ies" if s.endswith("y") and s != "day" else s + "s" for s in _SINGULAR)
    + r")\b"
)
_MANY_SINGULAR = re.compile(r"\b(?:2|21) (?:[a-z]+ )?(?:" + "|".join(_SINGULAR) + r")\b")
_BAD_ORDINAL = re.compile(r"\b(?:\d*[02-9])?(?:1th|2th|3th)\b|\b\d*1[123](?:st|nd|rd)\b")


def _vietnamese_letters(text: str) -> list[str]:
    for name in _PROPER:
        text = text.replace(name, "")
    return [
        ch
        for ch in text
        if not ch.isascii() and "LATIN" in unicodedata.name(ch, "") and ch.isalpha()
    ]


def _check_english(code: str, text: str) -> None:
    assert not _vietnamese_letters(text), (code, text)
    assert not _ONE_PLURAL.search(text), (code, text)
    assert not _MANY_SINGULAR.search(text), (code, text)
    assert not _BAD_ORDINAL.search(text), (code, text)
    assert "(s)" not in text, (code, text)
    codes = [t for t in re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", text) if t in TERMS]
    assert not codes, (code, text)  # a term code left untranslated


@pytest.mark.parametrize("count", [1, 2, 21])
@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_renders_in_both_languages(code: str, count: int) -> None:
    step = _step(code, count)
    en = step.text("en")
    vi = step.text("vi")
    _check_english(code, en)
    assert "{" not in en and "{" not in vi
    assert unicodedata.is_normalized("NFC", vi)
    assert "plural:" not in vi and "#" not in vi
    assert "ngày ngày" not in vi.lower(), (code, vi)  # a date already reads "ngày 1 tháng 9 …"


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_vietnamese_templates_keep_their_diacritics(code: str) -> None:
    vi, en = MESSAGES[code]
    words = re.sub(r"\{[^}]*\}", "", vi)
    if re.search(r"[A-Za-z]{3,}", words):
        assert not words.isascii(), code  # a Vietnamese sentence written without diacritics
    assert vi != en, code


def test_english_terms_and_flags_are_english() -> None:
    for code, (vi, en) in TERMS.items():
        assert not _vietnamese_letters(en), (code, en)
        assert unicodedata.is_normalized("NFC", vi), code
    for code, (_, en) in FLAGS.items():
        assert not _vietnamese_letters(en), code
        assert Flag(code, "x", "y").render("en")
    for code in PLURALS:
        assert code in TERMS, code


def test_cardinal_plurals_follow_cldr() -> None:
    d = {n: Step.of("period.days", n=n, end=date(2024, 1, 1)).text("en") for n in (1, 2, 21)}
    assert d[1].startswith("A period of 1 calendar day:")
    assert d[2].startswith("A period of 2 calendar days:")
    assert d[21].startswith("A period of 21 calendar days:")
    m = Step.of("period.months", n=1, end=date(2024, 1, 1)).text("en")
    assert m.startswith("A period of 1 month:")
    assert (
        Step.of("period.days", n=1, end=date(2024, 1, 1))
        .text("vi")
        .startswith("Thời hạn 1 ngày theo lịch")
    )


def test_ordinals_follow_cldr() -> None:
    def nth(n: int, lang: str) -> str:
        return Step.of(
            "period.working_days", n=n, start=date(2024, 1, 1), end=date(2024, 2, 1)
        ).text(lang)

    assert "the 1st working day" in nth(1, "en")
    assert "the 2nd working day" in nth(2, "en")
    assert "the 3rd working day" in nth(3, "en")
    assert "the 11th working day" in nth(11, "en")
    assert "the 21st working day" in nth(21, "en")
    assert "the 22nd working day" in nth(22, "en")
    assert "1 working day," in nth(1, "en")
    assert "ngày làm việc thứ nhất" in nth(1, "vi")
    assert "ngày làm việc thứ 21" in nth(21, "vi")


def test_counted_terms_and_term_lists() -> None:
    tally = Tally(((2, Term("canh_cao")), (3, Term("khien_trach"))))
    assert tally.render("en") == "2 warnings and 3 reprimands"
    assert tally.render("vi") == "2 cảnh cáo và 3 khiển trách"
    assert Tally(((1, Term("canh_cao")),)).render("en") == "1 warning"
    forms = TermList((Term("khien_trach"), Term("canh_cao"), Term("khai_tru")))
    assert forms.render("en") == "reprimand, warning and expulsion"
    assert forms.render("vi") == "khiển trách, cảnh cáo và khai trừ"
    step = Step.of(
        "discipline.suspension.extended",
        n=1,
        days=1,
        unit=Term("working_days_term"),
        end=date(2024, 1, 1),
    )
    assert step.text("en").startswith("Extended once, 1 working day in all")
    assert step.text("vi").startswith("Gia hạn 1 lần, tổng cộng 1 ngày làm việc")


def test_a_bad_plural_spec_is_refused() -> None:
    with pytest.raises(ValueError, match="other"):
        render_template("{n:plural:one=# day}", {"n": 2}, "en")
    with pytest.raises(ValueError, match="unknown format"):
        render_template("{n:bogus}", {"n": 2}, "en")


def test_each_domain_module_stays_small_and_codes_are_defined_once() -> None:
    from pathlib import Path

    for module in DOMAINS:
        assert module.__file__ is not None
        assert len(Path(module.__file__).read_text("utf-8").splitlines()) <= 400, module
    total = sum(len(getattr(m, "MESSAGES", {})) for m in DOMAINS)
    assert total == len(MESSAGES)
