"""Loading and dumping: round trips, schema agreement, every problem at once, junk input."""

from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dangkiemtra._schemas import is_valid, schema_dir, schema_names, validate
from dangkiemtra.errors import MAX_LISTED, DataError, OmittedProblems
from dangkiemtra.io import (
    document_problems,
    dump_discipline,
    dump_inspection,
    dump_organization,
    load_discipline,
    load_inspection,
    load_organization,
    parse_json,
)
from dangkiemtra.organization import Organization
from dangkiemtra.testing import discipline_books, inspection_books, organizations

SMALL: dict[str, Any] = {
    "format": "dangkiemtra.organization/1",
    "organization": {
        "id": "cs1",
        "kind": "dang_bo_co_so",
        "name": "Đảng bộ cơ sở 1",
        "bodies": [{"kind": "uy_ban_kiem_tra", "size": 3, "elected_on": "2020-06-15"}],
        "children": [
            {
                "id": "cb1",
                "kind": "chi_bo",
                "name": "Chi bộ 1",
                "members": [
                    {
                        "id": "dv1",
                        "full_name": "Lương Thị Hoa",
                        "gender": "nu",
                        "birth_date": "1985-03-02",
                        "citizen_id": "020185000123",
                        "admission_date": "2010-05-19",
                        "official_date": "2011-05-19",
                        "posts": [{"title": "bi_thu", "organization": "cb1", "from": "2022-04-20"}],
                    }
                ],
            }
        ],
    },
}
MEMBER = "/organization/children/0/members/0"


def doc() -> dict[str, Any]:
    return copy.deepcopy(SMALL)


def test_schemas_are_shipped_and_named() -> None:
    assert {
        "common",
        "rulebook",
        "member",
        "organization",
        "inspection",
        "explanation",
        "deadline",
    } <= set(schema_names())
    assert schema_dir().is_dir()


def test_small_document_loads_and_dumps_back() -> None:
    org = load_organization(json.dumps(SMALL))
    assert org.children[0].members[0].official_date == date(2011, 5, 19)
    assert dump_organization(org) == SMALL


@settings(max_examples=60)
@given(organizations())
def test_organization_round_trip(org: Organization) -> None:
    dumped = dump_organization(org)
    assert validate(dumped, "organization") == []
    assert load_organization(dumped) == org
    assert load_organization(json.dumps(dumped, ensure_ascii=False)) == org


@settings(max_examples=40)
@given(organizations(max_members=2).flatmap(lambda o: st.tuples(st.just(o), inspection_books(o))))
def test_inspection_round_trip(pair: tuple[Organization, Any]) -> None:
    org, book = pair
    dumped = dump_inspection(book)
    assert validate(dumped, "inspection") == []
    assert load_inspection(dumped, organization=org) == book


def test_every_problem_is_reported_at_once_with_pointers() -> None:
    d = doc()
    m = d["organization"]["children"][0]["members"][0]
    m["birth_date"] = "１９８５-03-02"  # full-width digits
    m["admission_date"] = "2023-02-29"  # no such day
    m["citizen_id"] = "02018500012"  # 11 digits
    m["gender"] = "x"
    del m["full_name"]
    d["organization"]["bodies"][0]["elected_on"] = "2020–06–15"  # en dashes
    with pytest.raises(DataError) as err:
        load_organization(d)
    assert set(err.value.pointers()) == {
        f"{MEMBER}/birth_date",
        f"{MEMBER}/admission_date",
        f"{MEMBER}/citizen_id",
        f"{MEMBER}/gender",
        f"{MEMBER}/full_name",
        "/organization/bodies/0/elected_on",
    }
    text = str(err.value)
    for value in ("１９８５", "02018500012", "2020–06–15", "Lương Thị Hoa"):
        assert value not in text


def test_dates_out_of_order_are_refused() -> None:
    d = doc()
    m = d["organization"]["children"][0]["members"][0]
    m["official_date"] = "2009-01-01"
    m["departure"] = {"kind": "chuyen_di", "date": "2001-01-01"}
    with pytest.raises(DataError) as err:
        load_organization(d)
    assert {p.code for p in err.value.problems} == {"date.order"}
    assert set(err.value.pointers()) == {f"{MEMBER}/official_date", f"{MEMBER}/departure/date"}


def test_structure_rules_of_the_tree() -> None:
    d = doc()
    d["organization"]["members"] = d["organization"]["children"][0]["members"]
    d["organization"]["children"][0]["children"] = [
        {"id": "cs9", "kind": "dang_bo_co_so", "name": "X"}
    ]
    d["organization"]["children"][0]["members"][0]["posts"][0]["organization"] = "nowhere"
    with pytest.raises(DataError) as err:
        load_organization(d)
    codes = {p.code for p in err.value.problems}
    assert {"members.not_in_cell", "children.kind", "reference.unknown", "id.duplicate"} <= codes


def test_inspection_references_are_checked_against_the_tree() -> None:
    org = load_organization(SMALL)
    book = {
        "format": "dangkiemtra.inspection/1",
        "year": 2023,
        "programmes": [
            {
                "id": "p",
                "title": "T",
                "actor": "ghost",
                "body": "ban_chap_hanh",
                "adopted_on": "2023-01-10",
                "targets": [{"kind": "kiem_tra", "organizations": 1, "members": 0}],
            }
        ],
        "activities": [
            {
                "id": "a",
                "programme": "q",
                "actor": "cs1",
                "body": "ban_chap_hanh",
                "kind": "kiem_tra",
                "decided_on": "2023-05-01",
                "concluded_on": "2023-04-01",
                "subject_organizations": ["cb1", "zz"],
                "subject_members": 0,
            }
        ],
    }
    with pytest.raises(DataError) as err:
        load_inspection(book, organization=org)
    assert set(err.value.pointers()) == {
        "/programmes/0/actor",
        "/activities/0/programme",
        "/activities/0/concluded_on",
        "/activities/0/subject_organizations/1",
    }


JUNK: list[Any] = [
    None,
    True,
    1.5,
    -1,
    10**30,
    "",
    " ",
    "１２",
    "ⅷ",
    "2023–01–01",
    "2023—01—01",
    "😀",
    "2023-02-29",
    "19900101",
    "1990-1-1",
    [],
    {},
    [[[]]],
    {"a": {"b": {}}},
    "x" * 5000,
]
FIELDS = [
    "/organization/id",
    "/organization/kind",
    "/organization/name",
    "/organization/bodies/0/size",
    "/organization/bodies/0/elected_on",
    f"{MEMBER}/id",
    f"{MEMBER}/birth_date",
    f"{MEMBER}/admission_date",
    f"{MEMBER}/official_date",
    f"{MEMBER}/citizen_id",
    f"{MEMBER}/gender",
    f"{MEMBER}/posts/0/from",
    f"{MEMBER}/posts",
    "/organization/children",
    "/format",
    "/organization",
]


def _set(d: dict[str, Any], ptr: str, value: Any) -> None:
    parts = ptr.strip("/").split("/")
    node: Any = d
    for p in parts[:-1]:
        node = node[int(p)] if isinstance(node, list) else node[p]
    last = parts[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def _resolves(d: Any, ptr: str) -> bool:
    node = d
    for p in [x for x in ptr.split("/")[1:] if x]:
        p = p.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and p.isdigit() and int(p) < len(node):
            node = node[int(p)]
        elif isinstance(node, dict) and p in node:
            node = node[p]
        else:
            return False
    return True


@given(st.sampled_from(FIELDS), st.sampled_from(JUNK))
def test_junk_gives_only_data_errors_with_pointers_and_no_values(field: str, junk: Any) -> None:
    d = doc()
    _set(d, field, junk)
    for data in (d, json.dumps(d, ensure_ascii=False)):
        try:
            load_organization(data)
        except DataError as err:
            for p in err.problems:
                # a pointer names a field of the document, or a required field that is missing
                assert _resolves(d, p.pointer) or p.code == "schema.required", p
            if isinstance(junk, str) and len(junk) >= 2 and junk not in str(SMALL):
                assert junk not in str(err)  # noqa: PT017
        else:
            # only values that are in fact valid may load
            assert validate(d, "organization") == []


@given(st.sampled_from(FIELDS), st.sampled_from(JUNK))
def test_fast_and_complete_validators_agree(field: str, junk: Any) -> None:
    d = doc()
    _set(d, field, junk)
    from dangkiemtra._schemas import _validator

    complete = not any(True for _ in _validator("organization").iter_errors(d))
    assert is_valid(d, "organization") == complete


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('{"format": "dangkiemtra.organization/1", "format": "x"}', "json.duplicate_key"),
        ('{"a": NaN}', "json.syntax"),
        ("[" * 100_000, "json.too_deep"),
        ('{"a":' * 100_000, "json.too_deep"),
        ("{", "json.syntax"),
        ('{"a": 1' + "0" * 5000 + "}", "json.number_too_long"),
        (b"\xff\xfe", "json.encoding"),
    ],
)
def test_strict_json(text: str | bytes, code: str) -> None:
    with pytest.raises(DataError) as err:
        parse_json(text)
    assert err.value.problems[0].code == code


def test_deep_but_parseable_nesting_is_a_data_error() -> None:
    deep: dict[str, Any] = {"id": "x", "kind": "chi_bo", "name": "X"}
    for i in range(3000):
        deep = {"id": f"n{i}", "kind": "dang_bo_bo_phan", "name": "X", "children": [deep]}
    with pytest.raises(DataError):
        load_organization({"format": "dangkiemtra.organization/1", "organization": deep})
    with pytest.raises(DataError):
        load_organization("[" * 80 + "]" * 80)


def test_floats_are_never_coerced_to_whole_numbers() -> None:
    text = json.dumps(SMALL).replace('"size": 3', '"size": 3.0')
    with pytest.raises(DataError) as err:
        load_organization(text)
    assert err.value.pointers() == ("/organization/bodies/0/size",)


def test_document_problems_detects_the_format() -> None:
    assert document_problems(json.dumps(SMALL)) == []
    assert document_problems(b'{"format": "other"}')[0].code == "format.unknown"
    assert document_problems(b"[1, 2")[0].code == "json.syntax"


@settings(max_examples=60)
@given(discipline_books())
def test_discipline_round_trip(book: Any) -> None:
    dumped = dump_discipline(book)
    assert validate(dumped, "discipline") == []
    assert load_discipline(dumped) == book


# ── hardening (issue 10) and errors a clerk can act on (issue 9) ─────────────────────────


@pytest.mark.parametrize(
    "field",
    [
        f"{MEMBER}/citizen_id",
        f"{MEMBER}/id",
        f"{MEMBER}/birth_date",
        "/organization/id",
        f"{MEMBER}/posts/0/organization",
    ],
)
def test_a_trailing_newline_is_refused_and_never_echoed(field: str) -> None:
    d = doc()
    parts = field.strip("/").split("/")
    node: Any = d
    for p in parts[:-1]:
        node = node[int(p)] if isinstance(node, list) else node[p]
    node[parts[-1]] += "\n"
    for data in (d, json.dumps(d)):
        with pytest.raises(DataError) as err:
            load_organization(data)
        assert field in err.value.pointers()
        assert "020185000123" not in str(err.value)


def test_an_undeclared_key_is_reported_by_position_never_by_its_text() -> None:
    d = doc()
    m = d["organization"]["children"][0]["members"][0]
    m["Lương Thị Hoa 020185000123"] = "x"
    m["ghi chú"] = 1
    for data in (d, json.dumps(d, ensure_ascii=False)):
        with pytest.raises(DataError) as err:
            load_organization(data)
        (problem,) = err.value.problems
        assert problem.pointer == MEMBER
        assert "field no. 9, 10 is not declared" in problem.expected_en
        out = str(err.value) + repr(err.value) + json.dumps(err.value.to_json())
        assert "Lương" not in out and "020185000123" not in out and "ghi" not in out


def test_a_repeated_undeclared_key_is_not_named_either() -> None:
    text = json.dumps(SMALL).replace('"id": "dv1",', '"id": "dv1", "Bí Mật": 1, "Bí Mật": 2,')
    with pytest.raises(DataError) as err:
        load_organization(text)
    assert err.value.problems[0].code == "json.duplicate_key"
    assert err.value.pointers() == (MEMBER,)
    assert "field no. 3" in err.value.problems[0].expected_en
    assert "Bí Mật" not in str(err.value)


def test_a_parsed_document_nested_a_thousand_deep_is_a_data_error() -> None:
    deep: Any = "x"
    for _ in range(1_500):
        deep = {"a": deep}
    cyclic: dict[str, Any] = {"format": "dangkiemtra.organization/1"}
    cyclic["organization"] = cyclic
    bads: list[Any] = [deep, [deep], cyclic]
    for bad in bads:
        (problem,) = document_problems(bad)
        assert problem.code == "json.too_deep"
        with pytest.raises(DataError):
            load_organization(bad)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (3.0, "schema.type"),
        (Decimal("3"), "schema.type"),
        (Fraction(3), "schema.type"),
        ((3,), "json.type"),
        (date(2020, 1, 1), "json.type"),
        ("\ud800", "text.surrogate"),
    ],
)
def test_python_values_that_are_not_json_are_refused_not_coerced(value: Any, code: str) -> None:
    d = doc()
    d["organization"]["bodies"][0]["size"] = value
    with pytest.raises(DataError) as err:
        load_organization(d)
    assert code in {p.code for p in err.value.problems}
    assert err.value.pointers()[0] == "/organization/bodies/0/size"


def test_strict_dates_never_hold_the_value_in_the_message() -> None:
    for bad in ("2023-02-29", "2023-01-01\n", "２０２３-01-01", "20230101", "2023-W01-1"):
        d = doc()
        d["organization"]["children"][0]["members"][0]["birth_date"] = bad
        with pytest.raises(DataError) as err:
            load_organization(d)
        assert err.value.pointers() == (f"{MEMBER}/birth_date",)
        assert bad.strip() not in str(err.value)


def test_problems_are_capped_with_the_count_of_the_rest_in_document_order() -> None:
    d = doc()
    members = d["organization"]["children"][0]["members"]
    for i in range(1_500):
        m = copy.deepcopy(members[0])
        m["id"] = f"dv{i + 2}"
        m["gender"] = "male"
        members.append(m)
    problems = document_problems(d)
    assert len(problems) == MAX_LISTED + 1
    assert isinstance(problems[-1], OmittedProblems) and problems[-1].count == 500
    pointers = [p.pointer for p in problems[:-1]]
    assert pointers[:3] == [f"/organization/children/0/members/{i}/gender" for i in (1, 2, 3)]
    with pytest.raises(DataError) as err:
        load_organization(d)
    assert err.value.omitted == 500
    assert "500 more problems" in str(err.value)
    assert "Invalid data (1,500 problems)" in str(err.value)
    assert err.value.to_json()["omitted"] == 500
    assert [p.pointer for p in err.value.problems] == [p.pointer for p in problems]


def test_a_million_undeclared_keys_give_one_short_problem() -> None:
    d = doc()
    d["organization"].update({f"k{i}": i for i in range(200_000)})
    (problem,) = document_problems(d)
    assert problem.pointer == "/organization"
    assert "and 199,990 more" in problem.expected_en
    assert len(problem.render()) < 400


def test_each_problem_has_a_location_built_from_ids_never_names() -> None:
    d = doc()
    d["organization"]["children"][0]["members"][0]["birth_date"] = "2023-02-29"
    d["organization"]["bodies"][0]["size"] = 0
    (first, second) = document_problems(d)
    assert first.location == "cs1 › bodies[0] › size"
    assert second.location == "cs1 › cb1 › member dv1 › birth_date"
    assert "cs1 › cb1 › member dv1 › birth_date" in str(DataError([second]))
    assert second.to_json()["location"] == "cs1 › cb1 › member dv1 › birth_date"


def test_a_duplicate_id_says_where_it_was_first_used() -> None:
    d = doc()
    members = d["organization"]["children"][0]["members"]
    members.append(copy.deepcopy(members[0]))
    (problem,) = document_problems(d)
    assert problem.code == "id.duplicate"
    assert problem.pointer == "/organization/children/0/members/1/id"
    assert f"first used at {MEMBER}/id" in problem.expected_en


def test_a_syntax_error_gives_line_and_column() -> None:
    (problem,) = document_problems(b'{\n  "format": "dangkiemtra.organization/1",\n  "x": tru\n}')
    assert problem.code == "json.syntax"
    assert problem.location == "line 3, column 8"
    assert "line 3, column 8" in problem.expected_en


@pytest.mark.parametrize(
    ("change", "pointer"),
    [
        (lambda m: setattr_frozen(m, "gender", "male"), f"{MEMBER}/gender"),
        (lambda m: setattr_frozen(m, "citizen_id", "123"), f"{MEMBER}/citizen_id"),
        (lambda m: setattr_frozen(m, "birth_date", "1985-03-02"), ""),
    ],
)
def test_dumpers_refuse_to_write_what_the_schema_forbids(change: Any, pointer: str) -> None:
    org = load_organization(SMALL)
    member = org.children[0].members[0]
    bad_member = change(member)
    bad = attrs.evolve(org, children=(attrs.evolve(org.children[0], members=(bad_member,)),))
    with pytest.raises(DataError) as err:
        dump_organization(bad)
    assert err.value.pointers()[0] == pointer
    assert "020185000123" not in str(err.value)


def setattr_frozen(member: Any, name: str, value: Any) -> Any:
    return attrs.evolve(member, **{name: value})
