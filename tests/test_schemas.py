"""The schemas: every pattern anchored, read the same by both validators, no trailing newline."""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import fastjsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dangkiemtra as dk
from dangkiemtra import schemas as public
from dangkiemtra._schemas import _validator, _validator_class, is_valid, python_pattern, schema
from dangkiemtra._schemas import schema_names as names
from dangkiemtra.errors import DataError
from dangkiemtra.io import (
    document_problems,
    dump_discipline,
    dump_organization,
    load_discipline,
    load_organization,
)
from dangkiemtra.testing import discipline_books, organizations
from test_io import SMALL


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


# ── the public module and the $id convention ─────────────────────────────────────────────

ROOT = Path(__file__).resolve().parents[1]


def test_every_schema_file_follows_the_id_convention() -> None:
    files = sorted((ROOT / "schemas").iterdir())
    assert files
    for path in files:
        assert path.name.endswith(".schema.json"), path.name
        text = path.read_text("utf-8")
        doc = json.loads(text)
        assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema", path.name
        # run scripts/set_schema_ids.py to give a new schema its $id
        assert doc["$id"] == public.BASE_URI + path.name, path.name
        assert "dangkiemtra.invalid" not in text, path.name
        for ref in re.findall(r'"\$ref"\s*:\s*"([^"]*)"', text):
            assert not ref.startswith(("http:", "https:", "urn:")), (path.name, ref)


def test_the_id_script_is_idempotent_and_fixes_an_old_id() -> None:
    spec = importlib.util.spec_from_file_location("set_ids", ROOT / "scripts" / "set_schema_ids.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.BASE_URI == public.BASE_URI
    assert script.main(["--check"]) == 0
    old = '{\n  "$schema": "x",\n  "$id": "https://dangkiemtra.invalid/schemas/a.schema.json",\n'
    old += '  "$ref": "https://dangkiemtra.invalid/schemas/common.schema.json#/$defs/id"\n}'
    new = json.loads(script.fixed("a.schema.json", old))
    assert new["$id"] == public.BASE_URI + "a.schema.json"
    assert new["$ref"] == "common.schema.json#/$defs/id"


def test_public_schemas_list_get_and_formats() -> None:
    assert public.names() == names()
    assert {"organization", "member", "common", "explanation"} <= set(public.names())
    member = public.get("member")
    member["title"] = "changed"
    assert public.get("member")["title"] != "changed"  # a copy: the shipped schema is intact
    assert public.formats()["dangkiemtra.organization/1"] == "organization"
    assert public.formats()["dangkiemtra.reception/1"] == "reception-record"
    assert public.formats()["dangkiemtra.explanation/1"] == "explanation"
    with pytest.raises(DataError) as err:
        public.get("nope")
    assert err.value.problems[0].code == "schema.unknown"


def test_public_validate_chooses_by_format_and_raises_the_loaders_error() -> None:
    org = load_organization(json.dumps(SMALL))
    good = dump_organization(org)
    assert public.validate(good) == "organization"
    assert public.validate(json.dumps(good).encode()) == "organization"
    bad = json.loads(json.dumps(good))
    bad["organization"]["children"][0]["members"][0]["birth_date"] = "2023-02-29"
    with pytest.raises(DataError) as from_schemas:
        public.validate(bad)
    with pytest.raises(DataError) as from_loader:
        load_organization(bad)
    assert from_schemas.value.problems == from_loader.value.problems
    assert public.problems(bad) == list(from_loader.value.problems)
    with pytest.raises(DataError) as err:
        public.validate({"format": "dangkiemtra.nothing/1"})
    assert err.value.pointers() == ("/format",)
    with pytest.raises(DataError) as err:
        public.validate(b"{")
    assert err.value.problems[0].code == "json.syntax"
    assert public.problems(good, "nope")[0].code == "schema.unknown"


def test_public_validate_checks_answers_too() -> None:
    trace = dk.deadline(date(2023, 1, 19), dk.Duration(1, "working_days")).explanation.to_json()
    assert public.validate(trace) == "explanation"
    trace["steps"][0]["code"] = "Not A Code\n"
    with pytest.raises(DataError) as err:
        public.validate(trace)
    assert err.value.pointers() == ("/steps/0/code",)


def test_the_private_module_stays_importable() -> None:
    from dangkiemtra._schemas import schema as private_schema
    from dangkiemtra._schemas import validate as private_validate

    assert private_schema("member")["title"] == public.get("member")["title"]
    assert private_validate(dump_organization(load_organization(SMALL)), "organization") == []
