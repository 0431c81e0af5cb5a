"""JSON Schemas of ``schemas/``: finding them, resolving ``$ref`` offline, turning errors into Problems.

The schemas live once in git, in the repository's ``schemas/`` folder. A wheel carries
them inside the package (``dangkiemtra/schemas``); an editable install reads them from
the checkout. Every ``$ref`` is resolved from those files: nothing is ever fetched.

Validation has two paths. The fast one runs the schema compiled to Python by
``fastjsonschema`` (about thirty times faster on the 4,144-member reference organisation)
and answers "valid" or "not". Only when a document is not valid does the complete one
run: ``jsonschema``'s Draft 2020-12 validator with a :class:`referencing.Registry`,
which lists **every** error with its path. The test suite checks that both agree.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from dangkiemtra.errors import Problem

__all__ = [
    "BASE_URI",
    "expected_for",
    "is_valid",
    "pointer",
    "schema",
    "schema_dir",
    "schema_names",
    "validate",
]

BASE_URI = "https://dangkiemtra.invalid/schemas/"


def schema_dir() -> Traversable:
    """The folder of the JSON Schemas, inside the wheel or in the source checkout."""
    packaged = resources.files("dangkiemtra") / "schemas"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "schemas"
    if checkout.is_dir():
        return checkout
    raise RuntimeError("dangkiemtra is installed without its schemas/ folder")  # pragma: no cover


@functools.cache
def _all_schemas() -> Mapping[str, Mapping[str, Any]]:
    found: dict[str, Mapping[str, Any]] = {}
    for entry in schema_dir().iterdir():
        if entry.name.endswith(".schema.json"):
            found[entry.name.removesuffix(".schema.json")] = json.loads(entry.read_text("utf-8"))
    return found


def schema_names() -> tuple[str, ...]:
    """Names of the shipped schemas, e.g. ``("common", "member", …)``."""
    return tuple(sorted(_all_schemas()))


def schema(name: str) -> Mapping[str, Any]:
    """The schema called ``name`` (``"member"`` for ``member.schema.json``)."""
    return _all_schemas()[name]


@functools.cache
def _validator(name: str) -> Any:
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    registry: Registry[Any] = Registry().with_resources(
        (BASE_URI + f"{n}.schema.json", Resource.from_contents(s))
        for n, s in _all_schemas().items()
    )
    return Draft202012Validator(schema(name), registry=registry)


@functools.cache
def _fast(name: str) -> Any:
    import fastjsonschema

    schemas = _all_schemas()

    def local(uri: str) -> Mapping[str, Any]:
        if not uri.startswith(BASE_URI):
            raise LookupError(f"no offline copy of {uri}")
        return schemas[uri.removeprefix(BASE_URI).removesuffix(".schema.json")]

    return fastjsonschema.compile(dict(schema(name)), handlers={"https": local})


def is_valid(instance: Any, name: str) -> bool:
    """Whether ``instance`` is valid against schema ``name`` (fast path)."""
    import fastjsonschema

    try:
        _fast(name)(instance)
    except fastjsonschema.JsonSchemaValueException:
        return False
    return True


def pointer(path: Sequence[str | int]) -> str:
    """RFC 6901 JSON pointer of ``path``."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


_TYPE_WORDS = {
    "string": ("một chuỗi chữ", "a string"),
    "integer": ("một số nguyên", "a whole number"),
    "number": ("một số", "a number"),
    "object": ("một đối tượng JSON", "a JSON object"),
    "array": ("một danh sách", "a list"),
    "boolean": ("true hoặc false", "true or false"),
    "null": ("null", "null"),
}


def expected_for(keyword: str, value: Any, subschema: Mapping[str, Any]) -> tuple[str, str]:
    """What a schema keyword expects, in Vietnamese and English, from the schema alone."""
    if isinstance(subschema, Mapping) and "x-expected-vi" in subschema:
        return subschema["x-expected-vi"], subschema["x-expected-en"]
    if keyword == "type":
        kinds = [value] if isinstance(value, str) else list(value)
        vi = " hoặc ".join(_TYPE_WORDS.get(k, (k, k))[0] for k in kinds)
        en = " or ".join(_TYPE_WORDS.get(k, (k, k))[1] for k in kinds)
        return vi, en
    if keyword == "enum":
        allowed = ", ".join(json.dumps(v, ensure_ascii=False) for v in value)
        return f"một trong các giá trị: {allowed}", f"one of: {allowed}"
    if keyword == "const":
        shown = json.dumps(value, ensure_ascii=False)
        return f"đúng giá trị {shown}", f"exactly {shown}"
    if keyword == "minimum":
        return f"một số không nhỏ hơn {value}", f"a number of at least {value}"
    if keyword == "maximum":
        return f"một số không lớn hơn {value}", f"a number of at most {value}"
    if keyword == "minLength":
        return f"ít nhất {value} ký tự", f"at least {value} characters"
    if keyword == "maxLength":
        return f"nhiều nhất {value} ký tự", f"at most {value} characters"
    if keyword == "minItems":
        return f"ít nhất {value} phần tử", f"at least {value} items"
    if keyword == "maxItems":
        return f"nhiều nhất {value} phần tử", f"at most {value} items"
    if keyword == "additionalProperties":
        return (
            "không có trường này (trường không được khai báo)",
            "no such field (it is not declared)",
        )
    if keyword == "required":
        return "trường bắt buộc này", "this required field"
    if keyword == "uniqueItems":
        return "các phần tử không trùng nhau", "items without repeats"
    if keyword in ("oneOf", "anyOf"):
        return "một trong các dạng được phép", "one of the allowed forms"
    if keyword == "pattern":
        return "đúng dạng quy định", "the prescribed form"
    return "đúng quy định của lược đồ", "what the schema prescribes"


def _problems(error: Any) -> Iterator[Problem]:
    path = list(error.absolute_path)
    keyword = error.validator
    if keyword == "required":
        instance = error.instance if isinstance(error.instance, Mapping) else {}
        for field in error.validator_value:
            if field not in instance:
                vi, en = expected_for("required", field, {})
                yield Problem(pointer([*path, field]), "schema.required", vi, en)
        return
    if keyword == "additionalProperties" and isinstance(error.instance, Mapping):
        declared = set(error.schema.get("properties", {}))
        vi, en = expected_for(keyword, None, {})
        for field in error.instance:
            if field not in declared:
                yield Problem(pointer([*path, field]), "schema.additionalProperties", vi, en)
        return
    vi, en = expected_for(keyword, error.validator_value, error.schema)
    yield Problem(pointer(path), f"schema.{keyword}", vi, en)


def validate(instance: Any, name: str) -> list[Problem]:
    """Every problem of ``instance`` against schema ``name``; an empty list when valid."""
    if is_valid(instance, name):
        return []
    problems: list[Problem] = []
    for error in _validator(name).iter_errors(instance):
        problems.extend(_problems(error))
    return problems
