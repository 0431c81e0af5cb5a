"""Every answer as versioned JSON: a ``to_json()`` per answer type, each valid against its schema.

Checked on the reference organisation's figures (one example per kind) and on
Hypothesis-generated organisations, programmes and discipline books.
"""

from __future__ import annotations

import importlib
import inspect
import json
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dangkiemtra._examples import EXAMPLES
from dangkiemtra._report import build_report
from dangkiemtra._schemas import schema, schema_names, validate
from dangkiemtra.discipline.report import discipline_report
from dangkiemtra.errors import DataError, RuleError
from dangkiemtra.explain import Explanation
from dangkiemtra.inspection import progress_report
from dangkiemtra.organization import check_structure, counts, statistics
from dangkiemtra.testing import dates, discipline_books, inspection_books, organizations

_PUBLIC = (
    "dangkiemtra.organization",
    "dangkiemtra.membership",
    "dangkiemtra.inspection",
    "dangkiemtra.periods",
    "dangkiemtra.petitions",
    "dangkiemtra.reception",
    "dangkiemtra.supervision",
    "dangkiemtra.discipline.appeals",
    "dangkiemtra.discipline.authority",
    "dangkiemtra.discipline.circumstances",
    "dangkiemtra.discipline.consequences",
    "dangkiemtra.discipline.forms",
    "dangkiemtra.discipline.limitation",
    "dangkiemtra.discipline.procedure",
    "dangkiemtra.discipline.report",
    "dangkiemtra.discipline.suspension",
    "dangkiemtra.discipline.votes",
    "dangkiemtra._report",
    "dangkiemtra.rulebook._diff",
)


def _answer_types() -> list[type]:
    """Every public attrs class that carries an explanation: an answer."""
    found = []
    for name in _PUBLIC:
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            # defined in the module, or in a private part of it once it is a package
            home = cls.__module__ == name or cls.__module__.startswith(name + ".")
            if not home or not attrs.has(cls):
                continue
            if any(f.name == "explanation" for f in attrs.fields(cls)) or name.endswith("_report"):
                found.append(cls)
    return found


def _valid(doc: dict[str, Any]) -> None:
    kind = doc["format"].removeprefix("dangkiemtra.").removesuffix("/1")
    assert doc["format"] == f"dangkiemtra.{kind}/1"
    assert validate(doc, kind) == [], kind
    json.dumps(doc, allow_nan=False)  # plain JSON: no Decimal, date or NaN left


@pytest.mark.parametrize("cls", _answer_types(), ids=lambda c: c.__name__)
def test_every_answer_type_has_versioned_json_with_an_example(cls: type) -> None:
    assert callable(getattr(cls, "to_json", None)), cls
    kinds = {k: type(f()) for k, f in EXAMPLES.items()}
    assert cls in kinds.values(), f"no example of {cls.__name__} in _examples.EXAMPLES"


@pytest.mark.parametrize("kind", sorted(EXAMPLES))
def test_each_example_validates_against_its_schema(kind: str) -> None:
    answer = EXAMPLES[kind]()
    doc = answer.to_json()
    assert doc["format"] == f"dangkiemtra.{kind}/1"
    _valid(doc)
    # the contract is strict: an unknown field or a missing one is refused
    assert validate({**doc, "surprise": 1}, kind)
    missing = dict(doc)
    missing.pop(next(k for k in doc if k != "format"))
    assert validate(missing, kind)


def test_every_answer_schema_describes_its_fields_in_both_languages() -> None:
    for kind in EXAMPLES:
        if kind == "explanation":
            continue
        s = schema(kind)
        assert s["$id"].endswith(f"/{kind}.schema.json")
        assert s["description"] and s["x-description-vi"], kind
        for name, prop in s["properties"].items():
            assert prop.get("description") and prop.get("x-description-vi"), (kind, name)
    assert set(EXAMPLES) <= set(schema_names())


def test_percentages_are_numbers() -> None:
    progress = EXAMPLES["progress-report"]().to_json()
    assert progress["groups"][0]["percent"] == 57.58 or isinstance(
        progress["groups"][0]["percent"], float
    )
    report = EXAMPLES["report"]().to_json()
    assert [g["percent"] for g in report["inspection"]["groups"]] == [57.58, 48.48, 58.6, 11.84]
    assert report["letters"]["rate"] == 66.67
    steps = report["inspection"]["groups"][0]["explanation"]["steps"]
    facts = [f for s in steps for f in s["facts"].values() if f["type"] == "percent"]
    assert facts and all(isinstance(f["value"], float) for f in facts)


def test_decimal_places_survive_as_numbers() -> None:
    from dangkiemtra._json import number

    assert number(Decimal("100.0")) == 100.0 and isinstance(number(Decimal("100.0")), float)
    assert number(Decimal("7")) == 7 and isinstance(number(Decimal("7")), int)


def test_answers_carry_no_personal_data() -> None:
    from dangkiemtra.datasets import reference_organization

    text = json.dumps(EXAMPLES["report"]().to_json(), ensure_ascii=False)
    for m in list(reference_organization().all_members())[:300]:
        assert m.full_name not in text
        assert m.citizen_id is None or m.citizen_id not in text


# ── generated inputs ───────────────────────────────────────────────────────────────────


@settings(max_examples=10)
@given(org=organizations(), day=dates(date(2017, 1, 1), date(2030, 12, 31)))
def test_organisation_answers_validate_for_any_tree(org: Any, day: date) -> None:
    _valid(counts(org, day).to_json())
    structure = check_structure(org, day)
    _valid(structure.to_json())
    _valid(structure.to_json(all_results=True))
    _valid(statistics(org, date(day.year, 1, 1), day).to_json())


@settings(max_examples=10)
@given(data=st.data())
def test_progress_and_report_validate_for_any_programme(data: st.DataObject) -> None:
    org = data.draw(organizations())
    book = data.draw(inspection_books(org))
    day = data.draw(dates(date(max(book.year, 2020), 1, 1), date(max(book.year, 2020) + 1, 3, 31)))
    _valid(progress_report(org, book, day).to_json())
    _valid(build_report(org, day, inspection=book).to_json())


@settings(max_examples=10)
@given(book=discipline_books(), year=st.integers(2022, 2027))
def test_discipline_report_validates_for_any_book(book: Any, year: int) -> None:
    try:
        answer = discipline_report(book, year, date(year, 12, 31))
    except (DataError, RuleError):
        return  # a generated case the domain refuses (tested in the discipline tests)
    _valid(answer.to_json())


def test_an_empty_explanation_is_still_a_valid_trace() -> None:
    assert validate(Explanation().to_json(), "explanation") == []
