"""Every discipline rule ID of the catalogue is cited in the rulebook or listed, with a reason, as left out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dangkiemtra.rulebook import Rulebook

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "rules"
PATTERN = r"\b(?:DF|TH|AU|VO|PR|AP|SU|MC|CQ|ST)-\d{2}(?:-2026)?\b"
PETITION_PATTERN = r"\b(?:TCP|TCS|KN|Q11|TCD|LOC|MTTQ)-\d{2}(?:-2026)?\b"


REVIEW_PATTERN = r"^\| ((?:MEM|ELE|RAT|ORG|KTGS|TCS|KN|TCD|CAL)-\d{2}) \|"


def cited() -> set[str]:
    rb = Rulebook.default()
    return {e.citation.rule_id for p in rb.parameters.values() for e in p.history} | {
        o.citation.rule_id for o in rb.options.values()
    }


def left_out() -> set[str]:
    rows = (ROOT / "docs" / "rules-left-out.md").read_text("utf-8").splitlines()
    found = (re.match(r"\| ([A-Z]+-\d{2}(?:-2026)?) \| .+ \| .+ \|$", row) for row in rows)
    return {m.group(1) for m in found if m}


def test_left_out_rules_are_not_also_cited() -> None:
    assert left_out() and not (left_out() & cited())


@pytest.mark.skipif(
    not SHARED.is_dir(), reason="the project's shared/rules catalogue is not beside this checkout"
)
def test_every_discipline_rule_is_cited_or_left_out_with_a_reason() -> None:
    ids: set[str] = set()
    for name in ("discipline.md", "regime-2026.md"):
        ids |= set(re.findall(PATTERN, (SHARED / name).read_text("utf-8")))
    assert ids - cited() - left_out() == set()


@pytest.mark.skipif(
    not SHARED.is_dir(), reason="the project's shared/rules catalogue is not beside this checkout"
)
def test_every_petition_and_reception_rule_is_cited_or_left_out_with_a_reason() -> None:
    ids: set[str] = set()
    for name in ("inspection-complaints-organization.md", "regime-2026.md"):
        ids |= set(re.findall(PETITION_PATTERN, (SHARED / name).read_text("utf-8")))
    assert ids - cited() - left_out() == set()


@pytest.mark.skipif(
    not SHARED.is_dir(), reason="the project's shared/rules catalogue is not beside this checkout"
)
def test_every_new_rule_of_the_december_review_is_cited_or_left_out() -> None:
    text = (SHARED / "review-2026-12.md").read_text("utf-8")
    section = text[text.index("## 4. New rules") : text.index("## 5. What remains")]
    ids = set(re.findall(REVIEW_PATTERN, section, re.MULTILINE))
    assert len(ids) == 62  # the review's own count (§4.8)
    assert ids - cited() - left_out() == set()
