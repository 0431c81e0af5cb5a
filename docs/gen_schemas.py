"""Writes one page per JSON Schema of ``schemas/``: fields, types, descriptions (vi, en), an example."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dangkiemtra._examples import EXAMPLES
from dangkiemtra._schemas import schema, schema_names


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _type(prop: Mapping[str, Any]) -> str:
    """A field's type in words, with links to the schemas it refers to."""
    if "$ref" in prop:
        target, _, fragment = str(prop["$ref"]).partition("#")
        name = target.removesuffix(".schema.json")
        if not target:
            return f"`{fragment.rsplit('/', 1)[-1]}`"
        label = f"{name}" + (f" › {fragment.rsplit('/', 1)[-1]}" if fragment else "")
        return f"[{label}]({name}.md)"
    if "const" in prop:
        return f"`{json.dumps(prop['const'])}`"
    if "enum" in prop:
        return "one of " + ", ".join(f"`{v}`" for v in prop["enum"])
    if "anyOf" in prop:
        return " or ".join(_type(p) for p in prop["anyOf"])
    kind = prop.get("type", "any")
    if kind == "array":
        return f"array of {_type(prop.get('items', {}))}"
    if kind == "object" and isinstance(prop.get("additionalProperties"), Mapping):
        return f"object of {_type(prop['additionalProperties'])}"
    if isinstance(kind, list):
        return " or ".join(f"`{k}`" for k in kind)
    return f"`{kind}`"


def _shorten(value: Any, limit: int = 3) -> Any:
    if isinstance(value, list):
        return [_shorten(v, limit) for v in value[:limit]]
    if isinstance(value, dict):
        return {k: _shorten(v, limit) for k, v in value.items()}
    return value


def _page(name: str) -> list[str]:
    s = schema(name)
    lines = [
        f"# {s.get('title', name)}",
        "",
        f"`schemas/{name}.schema.json` — `$id` `{s.get('$id', '')}`",
        "",
        str(s.get("description", "")),
        "",
    ]
    if s.get("x-description-vi"):
        lines += [f"*{s['x-description-vi']}*", ""]
    props: Mapping[str, Any] = s.get("properties", {})
    if props:
        required = set(s.get("required", ()))
        lines += [
            "| field | type | required | description | mô tả |",
            "|---|---|---|---|---|",
        ]
        for field, prop in props.items():
            lines.append(
                f"| `{field}` | {_cell(_type(prop))} | {'yes' if field in required else 'no'} "
                f"| {_cell(str(prop.get('description', '')))} "
                f"| {_cell(str(prop.get('x-description-vi', prop.get('x-expected-vi', ''))))} |"
            )
        lines.append("")
    defs: Mapping[str, Any] = s.get("$defs", {})
    if defs:
        lines += ["## Definitions", ""]
        for key, d in defs.items():
            lines.append(f"- `{key}`: {_cell(_type(d))} {_cell(str(d.get('description', '')))}")
        lines.append("")
    if name in EXAMPLES:
        doc = _shorten(EXAMPLES[name]().to_json())
        lines += [
            "## Example",
            "",
            "Computed from the reference organisation or a small invented case; lists are cut to",
            "three items.",
            "",
            "```json",
            json.dumps(doc, ensure_ascii=False, indent=2),
            "```",
            "",
        ]
    return lines


def write_schema_pages(folder: Path) -> None:
    """``folder/index.md`` and one page per schema."""
    folder.mkdir(parents=True, exist_ok=True)
    names = schema_names()
    answers = [n for n in names if n in EXAMPLES]
    documents = [n for n in names if n not in EXAMPLES]
    index = [
        "# JSON Schemas",
        "",
        "The schemas are the contract with other systems (JSON Schema 2020-12). Every answer's",
        '`to_json()` opens with `"format": "dangkiemtra.<kind>/1"` and validates against',
        "`<kind>.schema.json`; the input documents are checked against theirs when loaded.",
        "",
        "## Answers",
        "",
        *(f"- [{schema(n).get('title', n)}]({n}.md)" for n in answers),
        "",
        "## Input documents and shared definitions",
        "",
        *(f"- [{schema(n).get('title', n)}]({n}.md)" for n in documents),
        "",
        "```{toctree}",
        ":hidden:",
        "",
        *names,
        "```",
        "",
    ]
    (folder / "index.md").write_text("\n".join(index), "utf-8")
    for name in names:
        (folder / f"{name}.md").write_text("\n".join(_page(name)), "utf-8")
