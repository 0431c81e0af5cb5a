"""JSON Schemas of ``schemas/``: finding them, resolving ``$ref`` offline, turning errors into Problems.

The schemas live once in git, in the repository's ``schemas/`` folder. A wheel carries
them inside the package (``dangkiemtra/schemas``); an editable install reads them from
the checkout. Every ``$ref`` is resolved from those files: nothing is ever fetched.

Validation has two paths. The fast one runs the schema compiled to Python by
``fastjsonschema`` (about thirty times faster on the 4,144-member reference organisation)
and answers "valid" or "not". Only when a document is not valid does the complete one
run: ``jsonschema``'s Draft 2020-12 validator with a :class:`referencing.Registry`,
which lists **every** error with its path. The test suite checks that both agree.

Patterns are ECMA-262 regular expressions anchored ``^…$``, where ``$`` matches only at
the very end. Python's ``$`` also matches before a final newline, so both paths compile
every pattern with ``$`` read as ``\\Z`` (what ``fastjsonschema`` does itself): a value
with a trailing newline never matches.

A field the schema does not declare is reported by its position in its object, never by
its key (the key may be a name or an ID number).
"""

from __future__ import annotations

import functools
import json
import re
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
    "python_pattern",
    "safe_pointer",
    "schema",
    "schema_dir",
    "schema_names",
    "validate",
]

#: Every schema's ``$id`` is this prefix and its file name (docs/decisions.md);
#: ``scripts/set_schema_ids.py`` applies the convention to new schemas.
BASE_URI = "https://dangkiemtra.readthedocs.io/en/stable/schemas/"


def schema_dir() -> Traversable:
    """The folder of the JSON Schemas, inside the wheel or in the source checkout."""
    packaged = resources.files("dangkiemtra") / "schemas"
    if (packaged / "common.schema.json").is_file():
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


_DOLLAR = re.compile(r"(?<!\\)\$")  # an unescaped $, as fastjsonschema finds it


@functools.cache
def python_pattern(pattern: str) -> re.Pattern[str]:
    """An ECMA-262 ``pattern`` compiled for Python, ``$`` read as the very end (``\\Z``).

    >>> bool(python_pattern("^[0-9]{12}$").search("020080000001\\n"))
    False
    """
    return re.compile(_DOLLAR.sub(r"\\Z", pattern))


def _pattern_keyword(validator: Any, patrn: str, instance: Any, subschema: Any) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError

    if validator.is_type(instance, "string") and not python_pattern(patrn).search(instance):
        yield ValidationError("does not match the pattern")


@functools.cache
def _validator_class() -> Any:
    from jsonschema import Draft202012Validator, validators

    return validators.extend(Draft202012Validator, {"pattern": _pattern_keyword})


def _without_dialect(contents: Mapping[str, Any]) -> dict[str, Any]:
    # jsonschema picks a validator class by "$schema" when it follows a $ref into another
    # resource; without it, the class with the anchored pattern keyword is kept throughout.
    return {k: v for k, v in contents.items() if k != "$schema"}


@functools.cache
def _validator(name: str) -> Any:
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    resources = []
    for n, s in _all_schemas().items():
        resource = DRAFT202012.create_resource(_without_dialect(s))
        resources.append((BASE_URI + f"{n}.schema.json", resource))
        own = s.get("$id")
        if isinstance(own, str) and own != BASE_URI + f"{n}.schema.json":
            resources.append((own, resource))  # a schema not yet given its stable $id
    registry: Registry[Any] = Registry().with_resources(resources)
    return _validator_class()(_without_dialect(schema(name)), registry=registry)


@functools.cache
def _fast(name: str) -> Any:
    import fastjsonschema

    schemas = _all_schemas()

    def local(uri: str) -> Mapping[str, Any]:
        name = uri.rsplit("/", 1)[-1].split("#", 1)[0].removesuffix(".schema.json")
        if name not in schemas:
            raise LookupError("no offline copy of a schema")
        return schemas[name]

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


def _collect_names(node: Any, out: set[str]) -> None:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            props = item.get("properties")
            if isinstance(props, Mapping):
                out.update(props)
            req = item.get("required")
            if isinstance(req, list):
                out.update(r for r in req if isinstance(r, str))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


@functools.cache
def vocabulary() -> frozenset[str]:
    """Every field name some shipped schema declares: the only keys a pointer may show."""
    names: set[str] = set()
    for s in _all_schemas().values():
        _collect_names(s, names)
    return frozenset(names)


def _child(node: Any, part: str | int) -> Any:
    if isinstance(node, Mapping) and isinstance(part, str):
        return node.get(part)
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return None


def _position(node: Any, key: str) -> int:
    if isinstance(node, Mapping):
        for i, k in enumerate(node):
            if k == key:
                return i + 1
    return 0


def safe_pointer(root: Any, path: Sequence[str | int]) -> tuple[str, int]:
    """The pointer of ``path`` cut before the first key no schema declares, and that key's position.

    The position (1-based) is 0 when every key of the path is declared.
    """
    names = vocabulary()
    node = root
    for i, part in enumerate(path):
        if isinstance(part, str) and part not in names:
            return pointer(path[:i]), _position(node, part)
        node = _child(node, part)
    return pointer(path), 0


def at_position(vi: str, en: str, position: int) -> tuple[str, str]:
    """``vi`` and ``en`` with the position of an undeclared field they concern."""
    if not position:
        return vi, en
    return (
        f"{vi} (ở trường thứ {position} của đối tượng này)",
        f"{en} (in field no. {position} of this object)",
    )


def _positions(found: list[int]) -> tuple[str, str]:
    shown = [str(n) for n in found[:10]]
    rest = len(found) - len(shown)
    if rest:
        return ", ".join(shown) + f" và {rest:,} trường khác".replace(",", "."), (
            ", ".join(shown) + f" and {rest:,} more"
        )
    return ", ".join(shown), ", ".join(shown)


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


def _problems(error: Any, root: Any) -> Iterator[Problem]:
    path = list(error.absolute_path)
    where, position = safe_pointer(root, path)
    keyword = error.validator
    if keyword == "required" and not position:
        instance = error.instance if isinstance(error.instance, Mapping) else {}
        for field in error.validator_value:
            if field not in instance:
                vi, en = expected_for("required", field, {})
                yield Problem(pointer([*path, field]), "schema.required", vi, en)
        return
    if keyword == "additionalProperties" and isinstance(error.instance, Mapping) and not position:
        # one problem per object, naming the undeclared fields by position, never by key
        declared = set(error.schema.get("properties", {}))
        found = [i + 1 for i, field in enumerate(error.instance) if field not in declared]
        vi, en = _positions(found)
        yield Problem(
            where,
            "schema.additionalProperties",
            f"không có trường nào ngoài các trường được khai báo (trường thứ {vi} không được khai báo)",
            f"no field other than the declared ones (field no. {en} is not declared)",
        )
        return
    vi, en = expected_for(keyword, error.validator_value, error.schema)
    vi, en = at_position(vi, en, position)
    yield Problem(where, f"schema.{keyword}", vi, en)


def validate(instance: Any, name: str) -> list[Problem]:
    """Every problem of ``instance`` against schema ``name``; an empty list when valid.

    ``instance`` must already be plain JSON (``dict``, ``list``, ``str``, ``int``, ``bool``,
    ``None``): :func:`dangkiemtra.io.document_problems` prepares any other input.
    """
    if is_valid(instance, name):
        return []
    problems: list[Problem] = []
    for error in _validator(name).iter_errors(instance):
        problems.extend(_problems(error, instance))
    if not problems:  # the fast path refused what the complete one accepts: never let it through
        problems.append(Problem("", "schema.invalid", *expected_for("", None, {})))
    return problems
