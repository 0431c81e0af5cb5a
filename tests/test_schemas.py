"""The schemas: every pattern anchored, read the same by both validators, no trailing newline."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import fastjsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dangkiemtra._schemas import _validator, _validator_class, is_valid, python_pattern, schema
from dangkiemtra._schemas import schema_names as names
from dangkiemtra.io import (
    document_problems,
    dump_discipline,
    dump_organization,
    load_discipline,
    load_organization,
)
from dangkiemtra.testing import discipline_books, organizations


def _patterns(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("pattern"), str):
                yield item["pattern"]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


PATTERNS = sorted({p for n in names() for p in _patterns(schema(n))})


def test_every_pattern_is_anchored_at_both_ends() -> None:
    assert PATTERNS
    for p in PATTERNS:
        assert p.startswith("^"), p
        # a pattern that only checks a prefix (the rulebook's URLs) says so with a trailing .*
        assert p.endswith("$") or p == "^https?://", p


@pytest.mark.parametrize("pattern", [p for p in PATTERNS if p.endswith("$")])
@settings(max_examples=30)
@given(data=st.data())
def test_a_trailing_newline_never_matches(pattern: str, data: st.DataObject) -> None:
    body = pattern.removeprefix("^").removesuffix("$")
    value = data.draw(st.from_regex(re.compile(body, re.ASCII), fullmatch=True))
    assert python_pattern(pattern).search(value)
    for junk in (value + "\n", value + "\r\n", "\n" + value):
        assert not python_pattern(pattern).search(junk)
        tiny = {"type": "string", "pattern": pattern}
        fast = fastjsonschema.compile(tiny)
        with pytest.raises(fastjsonschema.JsonSchemaValueException):
            fast(junk)
        assert not _validator_class()(tiny).is_valid(junk)


def _newline_everywhere(doc: Any) -> Iterator[Any]:
    """Copies of ``doc`` with a newline after one string at a time."""
    paths: list[tuple[Any, ...]] = []
    stack: list[tuple[Any, tuple[Any, ...]]] = [(doc, ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            stack.extend((v, (*path, k)) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(node))
        elif isinstance(node, str):
            paths.append(path)
    for path in paths[:12]:
        copy = json.loads(json.dumps(doc))
        node = copy
        for p in path[:-1]:
            node = node[p]
        node[path[-1]] += "\n"
        yield copy


@settings(max_examples=8)
@given(organizations(max_members=2))
def test_fast_and_complete_agree_on_generated_and_mutated_organizations(org: Any) -> None:
    doc = dump_organization(org)
    assert is_valid(doc, "organization") and _validator("organization").is_valid(doc)
    for mutant in _newline_everywhere(doc):
        assert is_valid(mutant, "organization") == _validator("organization").is_valid(mutant)
        if not is_valid(mutant, "organization"):
            assert document_problems(mutant)
            with pytest.raises(ValueError, match="Invalid data"):
                load_organization(mutant)


@settings(max_examples=8)
@given(discipline_books())
def test_fast_and_complete_agree_on_generated_and_mutated_discipline(book: Any) -> None:
    doc = dump_discipline(book)
    assert is_valid(doc, "discipline") and _validator("discipline").is_valid(doc)
    for mutant in _newline_everywhere(doc):
        fast = is_valid(mutant, "discipline")
        assert fast == _validator("discipline").is_valid(mutant)
        if not fast:
            with pytest.raises(ValueError, match="Invalid data"):
                load_discipline(mutant)
