"""The typed fast path of ``load_organization`` agrees with the complete validator (issue #11 §1).

The fast path (msgspec, extra ``dangkiemtra[scale]``) may only *accept*: whatever it builds,
the complete path (strict JSON, ``jsonschema``, the semantic checks) accepts and builds
equal; whatever it does not vouch for goes to the complete path, so the problems reported
are always the complete validator's. Checked on the reference organisation, on generated
organisations (with failures planted), on every mutation of the fuzzing generators, and on
hand-made near misses; and without msgspec the loader gives the same answers.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import _fuzzing
from dangkiemtra import datasets
from dangkiemtra.errors import DataError
from dangkiemtra.io import _typed, dump_organization, load_organization
from dangkiemtra.io import organization as io_org
from dangkiemtra.testing import organizations, planted_organizations

pytest.importorskip("msgspec")

REFERENCE = datasets._read("reference-organization.json").decode()


def _complete(data: Any) -> Any:
    """The complete path's answer: the tree, or the problems."""
    try:
        return io_org._load_complete(data)
    except DataError as err:
        return err.problems


def _agree(data: Any) -> bool:
    """Assert the fast path agrees with the complete one on ``data``; whether it vouched."""
    fast = _typed.load(data)
    complete = _complete(data)
    if fast is not None:
        assert fast == complete, "the fast path built what the complete one did not"
    try:
        loaded: Any = load_organization(data)
    except DataError as err:
        loaded = err.problems
    assert loaded == complete
    return fast is not None


def test_the_types_mirror_the_schema() -> None:
    from dangkiemtra.io import _typed_structs

    assert _typed_structs.mirrors_schema()
    assert _typed.available()


def test_the_reference_organisation_is_vouched_for_and_built_alike() -> None:
    assert _agree(REFERENCE)
    assert _agree(REFERENCE.encode())
    assert _agree(bytearray(REFERENCE.encode()))
    doc = json.loads(REFERENCE)
    assert _agree(json.dumps(doc, ensure_ascii=False))  # raw UTF-8 letters, not \\u escapes
    assert load_organization(doc) == _typed.load(REFERENCE)  # a parsed document: complete path


@given(st.one_of(organizations(), planted_organizations()), st.booleans())
def test_generated_organisations_are_vouched_for_and_built_alike(org: Any, ascii_: bool) -> None:
    text = json.dumps(dump_organization(org), ensure_ascii=ascii_)
    assert _agree(text), "a valid document the fast path did not vouch for"
    assert _typed.load(text) == org


def test_every_mutated_document_agrees() -> None:
    base = _fuzzing.base_documents()["organization"]
    rng = random.Random(11)
    vouched = 0
    for _ in range(max(300, _fuzzing.fuzz_size())):
        mutant = _fuzzing.mutate(base, rng)
        if mutant.text is None:
            continue
        vouched += _agree(mutant.text)
        if isinstance(mutant.text, str):
            _agree(mutant.text.encode("utf-8", "surrogatepass"))
    assert vouched, "some mutations (a trailing space in a name …) leave a valid document"


def _reference() -> dict[str, Any]:
    """A small valid tree cut from the reference organisation (two cells of two members …)."""
    doc: dict[str, Any] = _fuzzing.base_documents()["organization"]
    return doc


def _cell(doc: dict[str, Any]) -> dict[str, Any]:
    cell: dict[str, Any] = doc["organization"]["children"][0]["children"][0]
    return cell


def _text(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False)


NEAR_MISSES = {
    "a key given twice": lambda t: t.replace('"id": ', '"id": "dup", "id": ', 1),
    "a member's key given twice": lambda t: t.replace(
        '"gender": "nam"', '"gender": "nu", "gender": "nam"', 1
    ),
    "a name given twice, the first with a colon": lambda t: t.replace(
        '"name": ', '"name": "A: b", "name": ', 1
    ),
    "an escaped colon in a name": lambda t: t.replace('"name": "', '"name": "x\\u003a', 1),
    "an escaped key": lambda t: t.replace('"name": ', '"n\\u0061me": ', 1),
    "a trailing newline in a date": lambda t: t.replace('-15"', '-15\\n"', 1),
    "a trailing newline in an id": lambda t: t.replace('"cs01"', '"cs01\\n"', 1),
    "a size as 3.0": lambda t: t.replace('"size": 3', '"size": 3.0', 1),
    "a size as true": lambda t: t.replace('"size": 3', '"size": true', 1),
    "a size of 10**30": lambda t: t.replace('"size": 3', '"size": ' + "1" + "0" * 30, 1),
    "NaN": lambda t: t.replace('"size": 3', '"size": NaN', 1),
    "a null where a date may be left out": lambda t: t.replace(
        '"official_date": "', '"official_date": null, "x": "', 1
    ),
    "a lone surrogate": lambda t: t.replace('"name": "', '"name": "\\ud800', 1),
    "a byte-order mark": lambda t: "\ufeff" + t,
    "trailing junk": lambda t: t + " x",
    "an impossible date": lambda t: t.replace('"2020-06-15"', '"2023-02-29"', 1),
    "year zero": lambda t: t.replace('"2020-06-15"', '"0000-06-15"', 1),
    "a full-width digit": lambda t: t.replace('"2020-06-15"', '"２020-06-15"', 1),
    "an undeclared key": lambda t: t.replace('"name": ', '"ghi_chu": 1, "name": ', 1),
}


VALID_NEAR_MISSES = ("an escaped key", "an escaped colon in a name")


@pytest.mark.parametrize("how", sorted(NEAR_MISSES))
def test_near_misses_go_to_the_complete_validator(how: str) -> None:
    text = NEAR_MISSES[how](_text(_reference()))
    assert text != _text(_reference())
    vouched = _agree(text)
    if how in VALID_NEAR_MISSES:
        return  # a valid document written otherwise: either path may take it, both build alike
    assert not vouched
    with pytest.raises(DataError):
        load_organization(text)


def _semantic(change: str) -> str:
    doc = _reference()
    cell = _cell(doc)
    member = cell["members"][0]
    if change == "admission before birth":
        member["admission_date"] = "1900-01-01"
    elif change == "official before admission":
        member["official_date"] = "1900-01-01"
    elif change == "transfer before admission":
        member["joined_on"] = "1900-01-01"
    elif change == "departure before joining":
        member["departure"] = {"kind": "chuyen_di", "date": "1900-01-01"}
    elif change == "post ends before it starts":
        member["posts"] = [
            {
                "title": "bi_thu",
                "organization": cell["id"],
                "from": "2022-04-20",
                "until": "2022-04-19",
            }
        ]
    elif change == "post names no organisation of the tree":
        member["posts"] = [{"title": "bi_thu", "organization": "nowhere", "from": "2022-04-20"}]
    elif change == "a member id twice":
        cell["members"][1]["id"] = member["id"]
    elif change == "an organisation id twice":
        cell["id"] = doc["organization"]["id"]
    elif change == "members outside a cell":
        doc["organization"]["members"] = [member]
    elif change == "a body kind twice":
        cell["bodies"] = cell["bodies"] * 2
    elif change == "a child of a kind not allowed":
        cell["children"] = [{"id": "under-a-cell", "kind": "chi_bo", "name": "Chi bộ con"}]
    elif change == "an impossible exception date":
        cell["exceptions"] = [
            {"rule_id": "ORG-04", "decision": "QĐ: 1", "decided_on": "2023-02-30"}
        ]
    return _text(doc)


SEMANTIC = (
    "admission before birth",
    "official before admission",
    "transfer before admission",
    "departure before joining",
    "post ends before it starts",
    "post names no organisation of the tree",
    "a member id twice",
    "an organisation id twice",
    "members outside a cell",
    "a body kind twice",
    "a child of a kind not allowed",
    "an impossible exception date",
)


@pytest.mark.parametrize("change", SEMANTIC)
def test_what_the_schema_cannot_see_goes_to_the_complete_validator(change: str) -> None:
    text = _semantic(change)
    assert not _agree(text)
    with pytest.raises(DataError):
        load_organization(text)


def test_colons_in_free_text_are_counted_not_refused() -> None:
    doc = _reference()
    cell = _cell(doc)
    cell["name"] = "Chi bộ: Văn phòng 1 : 2"
    cell["members"][0]["full_name"] = "A: B"
    cell["exceptions"] = [
        {"rule_id": "ORG-04", "decision": "QĐ: 1-QĐ/ĐU", "decided_on": "2023-03-01"},
        {"rule_id": "ORG-05", "decision": "QĐ 2-QĐ/ĐU", "decided_on": "2023-03-02"},
    ]
    assert _agree(_text(doc))
    assert _agree(json.dumps(doc))  # \\u escapes for the letters, colons as they are


def test_without_the_fast_path_the_answers_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [REFERENCE, _semantic("a member id twice"), NEAR_MISSES["a key given twice"](REFERENCE)]
    with_fast = [_complete(t) if _typed.load(t) is None else load_organization(t) for t in texts]
    monkeypatch.setattr(_typed, "_decoding", lambda: None)
    assert not _typed.available()
    assert _typed.load(REFERENCE) is None
    assert [_complete(t) for t in texts] == with_fast
    assert load_organization(REFERENCE) == with_fast[0]


def test_without_msgspec_the_loader_takes_the_complete_path() -> None:
    code = (
        "import sys; sys.modules['msgspec'] = None\n"
        "from dangkiemtra import datasets\n"
        "from dangkiemtra.io import _typed, load_organization\n"
        "assert not _typed.available()\n"
        "org = load_organization(datasets._read('reference-organization.json'))\n"
        "print(sum(1 for _ in org.all_members()))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(done.stdout) == sum(1 for _ in load_organization(REFERENCE).all_members())


@pytest.mark.parametrize("escape", ["\\u003a", "\\u003A"])
def test_an_escaped_colon_cannot_hide_a_key_given_twice(escape: str) -> None:
    # one colon too many (the repeated key), one colon too few in the text (the escaped one):
    # the count alone would balance, so an escaped colon always goes to the complete path
    text = _text(_reference()).replace('"name": "', f'"name": "x{escape}', 1)
    text = text.replace('"gender": "nam"', '"gender": "nu", "gender": "nam"', 1)
    for data in (text, text.encode()):
        assert not _agree(data)
        with pytest.raises(DataError) as err:
            load_organization(data)
        assert "json.duplicate_key" in {p.code for p in err.value.problems}


def test_dates_equal_at_every_order_boundary_are_vouched_for() -> None:
    # the complete checks refuse only a date *before* the one it follows: equal days are valid
    doc = _reference()
    cell = _cell(doc)
    day = "2020-06-15"
    same = {"birth_date": day, "admission_date": day, "official_date": day, "joined_on": day}
    cell["members"][0].update(same, departure={"kind": "chuyen_di", "date": day})
    cell["members"][1].update(
        posts=[{"title": "bi_thu", "organization": cell["id"], "from": day, "until": day}]
    )
    text = _text(doc)
    assert _agree(text)
    org = load_organization(text)
    member = next(m for m in org.all_members() if m.id == cell["members"][0]["id"])
    assert member.departure is not None and member.departure.date == member.birth_date
