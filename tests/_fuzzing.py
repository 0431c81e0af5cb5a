"""Mutation fuzzing of the loaders, ``document_problems`` and ``dangkiemtra validate``.

In the spirit of python-stdnum's robustness tests (every junk input gets the library's own
error, nothing else) and of cattrs' error groups (every problem reported at once): copies
of the embedded datasets are mutated (a key deleted, a value retyped, junk injected: None,
full-width digits, 'ⅷ', en dashes, emoji, lone surrogates, trailing newlines, 2023-02-29,
huge numbers, deep nesting, duplicate keys, truncation, bad encodings, undeclared keys
named after a person) and fed to every loader, to ``document_problems`` and to the CLI.

For each document the run counts:

* **foreign** exceptions: anything but :class:`~dangkiemtra.errors.DataError`;
* **accepted junk**: a document a loader accepted although the schema (checked by an
  independent oracle) forbids it, or although it holds junk no field accepts;
* **disagreements** between the fast validator (``fastjsonschema``) and the complete one
  (``jsonschema``);
* **leaks**: a marked secret (a name, a citizen ID, a birth date planted in the document,
  as a value or as a key) found in any output: the error's text, repr and JSON, the CLI's
  standard output and error, the repr of what was loaded.

The size of a run is ``DANGKIEMTRA_FUZZ_DOCS`` documents per loader; without it, 10,000
under the ``slow`` Hypothesis profile (``nox -s slow``) and a few dozen otherwise.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import io
import json
import os
import random
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from dangkiemtra import cli
from dangkiemtra import io as dio
from dangkiemtra._schemas import _validator, is_valid, schema
from dangkiemtra.datasets import _read
from dangkiemtra.errors import DataError
from dangkiemtra.io import _json

#: The planted secrets: none may ever appear in an output.
SECRETS = ("Nguyễn Thị Bí Mật", "079123456789", "1961-07-04")
_JUNK_STRINGS = (
    "",
    " ",
    "１２３",
    "２０２３-０１-０１",
    "ⅷ",
    "2023–01–01",
    "2023—01—01",
    "😀",
    "\ud800",
    "a\udfffb",
    "2023-02-29",
    "19900101",
    "1990-1-1",
    "x" * 3000,
    "\u200b",
    "nam\n",
)
_JUNK_VALUES: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    -1,
    10**30,
    2**63,
    -(10**20),
    [],
    {},
    [[[]]],
    {"a": {"b": {}}},
)
_PYTHON_ONLY: tuple[Any, ...] = (
    1.5,
    3.0,
    float("nan"),
    Decimal("3"),
    Decimal("2.5"),
    date(2023, 1, 1),
    (1, 2),
    {1, 2},
    b"bytes",
    object(),
)
#: Fields a secret is planted in by preference (the library hides them).
_PERSONAL = frozenset(
    {"full_name", "citizen_id", "party_card_number", "birth_date", "address", "summary"}
)
#: Fields shown by design: ids (opaque codes, the readable location is built from them) and
#: the names of organisations, programmes and documents, which are not personal data.
_NOT_SECRET = frozenset({"id", "name", "title", "topic", "decision", "receiving_body"})
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def fuzz_size() -> int:
    """Documents per loader: ``DANGKIEMTRA_FUZZ_DOCS``, else 10,000 under the slow profile, else 30."""
    if os.environ.get("DANGKIEMTRA_FUZZ_DOCS"):
        return int(os.environ["DANGKIEMTRA_FUZZ_DOCS"])
    return 10_000 if os.environ.get("HYPOTHESIS_PROFILE") == "slow" else 30


# ── base documents, cut from the embedded datasets ──────────────────────────────────────


def _organization() -> dict[str, Any]:
    """Two grassroots organisations of the reference tree, two cells each, three members a cell."""
    doc: dict[str, Any] = json.loads(_read("reference-organization.json"))
    root = doc["organization"]
    kept: list[dict[str, Any]] = []
    for child in root["children"]:
        if child.get("children") and not kept:
            child = dict(child)
            cells = []
            for cell in child["children"][:2]:
                cell = dict(cell)
                if "members" in cell:
                    cell["members"] = cell["members"][:2]
                cells.append(cell)
            child["children"] = cells
            kept.append(child)
    root["children"] = [*kept, *[c for c in root["children"] if not c.get("children")][:1]]
    ids = {n["id"] for n in _walk(root)}
    for node in _walk(root):
        for m in node.get("members", ()):
            posts = [p for p in m.get("posts", ()) if p["organization"] in ids]
            if posts:
                m["posts"] = posts
            else:
                m.pop("posts", None)
    return doc


def _walk(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("children", ()):
        yield from _walk(child)


def _inspection() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(_read("reference-inspection-2023.json"))
    doc["programmes"] = doc["programmes"][:3]
    ids = {p["id"] for p in doc["programmes"]}
    doc["activities"] = [a for a in doc["activities"] if a.get("programme") in ids][:4]
    return doc


def base_documents() -> dict[str, dict[str, Any]]:
    """A valid document of each kind, cut from the embedded datasets where there is one."""
    return {
        "organization": _organization(),
        "inspection": _inspection(),
        "discipline": json.loads(_read("reference-discipline-2023.json")),
        "petitions": json.loads(_read("reference-petitions-2023.json")),
        "supervision-plan": {
            "format": "dangkiemtra.supervision-plan/1",
            "year": 2024,
            "units": ["mttq-xa", "hoi-nong-dan", "doan-thanh-nien"],
            "assignments": [
                {"cadre": "cb001", "unit": "mttq-xa"},
                {"cadre": "cb002", "unit": "hoi-nong-dan"},
                {"cadre": "cb003", "unit": "doan-thanh-nien"},
            ],
        },
        "reception-record": {
            "format": "dangkiemtra.reception/1",
            "holder": "party_head",
            "level": "province",
            "year": 2024,
            "days": ["2024-01-10", "2024-02-15", "2024-03-15"],
        },
    }


LOADERS: dict[str, Callable[[Any], Any]] = {
    "organization": dio.load_organization,
    "inspection": dio.load_inspection,
    "discipline": dio.load_discipline,
    "petitions": dio.load_petitions,
    "supervision-plan": dio.load_supervision_plan,
    "reception-record": dio.load_reception_record,
}
SCHEMAS = {
    "organization": "organization",
    "inspection": "inspection",
    "discipline": "discipline",
    "petitions": "petitions",
    "supervision-plan": "supervision-plan",
    "reception-record": "reception-record",
}


# ── mutations ───────────────────────────────────────────────────────────────────────────


@attrs.define
class Mutant:
    """A mutated document: as Python data, or as text/bytes, and whether it is surely junk."""

    data: Any
    junk: bool  # holds something no field of any schema accepts
    python_only: bool = False
    text: str | bytes | None = None
    how: str = ""
    text_junk: bool = False


def _paths(doc: Any) -> list[tuple[str | int, ...]]:
    out: list[tuple[str | int, ...]] = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(doc, ())]
    while stack:
        node, path = stack.pop()
        out.append(path)
        if isinstance(node, dict):
            stack.extend((v, (*path, k)) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(node))
    return out


def _get(doc: Any, path: tuple[str | int, ...]) -> Any:
    for p in path:
        doc = doc[p]
    return doc


def _deep(n: int) -> Any:
    value: Any = "x"
    for i in range(n):
        value = [value] if i % 2 else {"k": value}
    return value


def _cycle() -> Any:
    d: dict[str, Any] = {}
    d["self"] = d
    return d


def mutate(base: dict[str, Any], rng: random.Random) -> Mutant:
    """One random mutation of ``base`` (never changes ``base``)."""
    doc = copy.deepcopy(base)
    paths = [p for p in _paths(doc) if p]
    path = rng.choice(paths)
    parent = _get(doc, path[:-1])
    key = path[-1]
    old = parent[key]
    op = rng.randrange(16)
    if op > 12 and isinstance(old, str):
        op = 3  # trailing newlines are the commonest junk of all: try them often
    junk = False
    python_only = False
    if op == 0:  # delete
        del parent[key]
    elif op == 1:  # retype
        parent[key] = rng.choice(_JUNK_VALUES)
    elif op == 2:  # a junk string
        new = rng.choice(_JUNK_STRINGS)
        parent[key] = new
        junk = "\ud800" in new or "\udfff" in new
    elif op == 3 and isinstance(old, str):  # a trailing newline or other look-alike suffix
        suffix = rng.choice(("\n", "\n", "\n", "\r\n", " ", "\u00a0", "\n\n"))
        parent[key] = old + suffix  # the oracle decides: free text may end in a newline
    elif op == 4 and isinstance(old, str) and _ISO.fullmatch(old):  # an impossible date
        parent[key] = rng.choice(("2023-02-29", "2023-13-01", "2023-04-31", "0000-01-01"))
        junk = True
    elif op == 5:  # Python values that are not JSON (floats and Decimals included)
        parent[key] = rng.choice(_PYTHON_ONLY)
        python_only = junk = True
    elif op == 6:  # deep nesting, or a cycle
        parent[key] = _deep(rng.choice((70, 1_000, 3_000))) if rng.random() < 0.9 else _cycle()
        python_only = True
        junk = True
    elif op == 7 and isinstance(parent, dict):  # an undeclared key that holds a secret
        parent[rng.choice((*SECRETS, "x\ud800y", "ghi_chu"))] = rng.choice(("a", 1, None))
        junk = True
    elif op == 8 and isinstance(parent, dict):  # many undeclared keys (amplification)
        for i in range(rng.choice((5, 1_200))):
            parent[f"{SECRETS[i % 3]} {i}"] = i
        junk = True
    elif op == 9:  # a secret in a personal field, or where no string is expected
        personal = [p for p in paths if p[-1] in _PERSONAL]
        target = rng.choice(personal) if personal and rng.random() < 0.7 else path
        # ids, references, codes and dates are shown by design: only junk goes there
        shown = isinstance(_get(doc, target), str) or target[-1] in _NOT_SECRET
        if target[-1] in _PERSONAL or not shown:
            _get(doc, target[:-1])[target[-1]] = rng.choice(SECRETS)
    elif op == 10 and isinstance(old, int) and not isinstance(old, bool):  # huge numbers
        parent[key] = rng.choice((10**30, -(10**30), 2**64, old + 10**7))
    elif op == 11 and isinstance(old, list) and old:  # repeat an item (duplicate ids)
        old.append(copy.deepcopy(old[0]))
    else:  # a key that no schema declares, plainly named
        if isinstance(parent, dict):
            parent["extra"] = 1
            junk = True
        else:
            parent[key] = None
    mutant = Mutant(doc, junk, python_only, how=f"op {op} at {path!r}")
    if not python_only:
        mutant.text = _as_text(doc, rng)
        if isinstance(mutant.text, bytes) and mutant.text[:1] in (b"\xff", b"\xfe"):
            mutant.text_junk = True  # UTF-16: not UTF-8 text
    return mutant


def _as_text(doc: Any, rng: random.Random) -> str | bytes:
    """``doc`` as JSON text, sometimes broken: a key given twice, truncated, badly encoded."""
    text = json.dumps(doc, ensure_ascii=rng.random() < 0.5)
    op = rng.randrange(8)
    if op == 0:  # a key given twice
        text = text.replace('"id": ', '"id": "dup", "id": ', 1)
    elif op == 1 and len(text) > 2:  # truncated
        text = text[: rng.randrange(1, len(text) - 1)]
    elif op == 2:
        try:
            return text.encode(rng.choice(("utf-16", "utf-8-sig", "cp1258")))
        except UnicodeEncodeError:
            return b"\xff\xfe" + text.encode("utf-16-le", "surrogatepass")
    elif op == 3:
        return text.encode("utf-8", "surrogatepass")  # lone surrogates as (invalid) UTF-8
    elif op == 4:
        text = text + "\n" + text[:10]  # trailing garbage
    return text


# ── the oracle: an independent reading of the schema ────────────────────────────────────


_VERDICTS: dict[tuple[str, str], tuple[bool, bool, bool]] = {}


def verdicts(doc: Any, name: str) -> tuple[bool, bool, bool]:
    """The fast validator's, the complete validator's and the oracle's verdicts on ``doc``.

    Remembered for the last few hundred documents: a document's data and text forms are
    usually the same document.
    """
    key = (name, json.dumps(doc, default=repr, ensure_ascii=True))
    found = _VERDICTS.get(key)
    if found is None:
        if len(_VERDICTS) > 500:
            _VERDICTS.clear()
        found = (is_valid(doc, name), bool(_validator(name).is_valid(doc)), oracle_valid(doc, name))
        _VERDICTS[key] = found
    return found


def oracle_valid(doc: Any, name: str) -> bool:
    """Whether ``doc`` is valid, read by a validator built independently of the library's.

    Every pattern of ``schemas/`` is anchored ``^…$`` (a test checks it), so it is read as
    a ``re.fullmatch`` of its body: Python's ``$`` plays no part. A whole number is an
    ``int`` (``3.0`` is not).
    """
    return bool(_oracle(name).is_valid(doc))


@functools.cache
def _oracle(name: str) -> Any:
    from jsonschema import Draft202012Validator, validators
    from jsonschema.exceptions import ValidationError

    def pattern(v: Any, patrn: str, instance: Any, _s: Any) -> Iterator[ValidationError]:
        body = patrn.removeprefix("^").removesuffix("$")
        if v.is_type(instance, "string") and not re.fullmatch(body, instance):
            yield ValidationError("pattern")

    def integer(_checker: Any, instance: Any) -> bool:
        return isinstance(instance, int) and not isinstance(instance, bool)

    checker = Draft202012Validator.TYPE_CHECKER.redefine("integer", integer)
    cls = validators.extend(Draft202012Validator, {"pattern": pattern}, type_checker=checker)
    registry = _validator(name)._registry
    strip = {k: v for k, v in schema(name).items() if k != "$schema"}
    return cls(strip, registry=registry)


# ── the run ─────────────────────────────────────────────────────────────────────────────


@attrs.define
class Tally:
    """The counts of a run."""

    documents: int = 0
    calls: int = 0
    foreign: Counter[str] = attrs.field(factory=Counter)
    accepted_junk: int = 0
    disagreements: int = 0
    leaks: int = 0
    outputs: int = 0
    examples: list[str] = attrs.field(factory=list)

    def note(self, what: str) -> None:
        if len(self.examples) < 10:
            self.examples.append(what)

    def line(self) -> str:
        return (
            f"{self.documents:,} documents, {self.calls:,} calls, {self.outputs:,} outputs: "
            f"{sum(self.foreign.values())} foreign exceptions, {self.accepted_junk} accepted "
            f"junk, {self.disagreements} validator disagreements, {self.leaks} leaks"
        )


def _leaked(text: str) -> bool:
    return any(s in text for s in SECRETS)


def _error_outputs(err: DataError) -> list[str]:
    return [
        str(err),
        repr(err),
        json.dumps(err.to_json(), ensure_ascii=False),
        *(repr(p) for p in err.problems),
    ]


def _run_cli(args: list[str], tally: Tally) -> list[str]:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(args)
        out.flush()
        err.flush()
    except Exception as exc:
        tally.foreign[f"cli:{type(exc).__name__}"] += 1
        tally.note(f"cli {type(exc).__name__}")
        return []
    if code not in (0, 1):
        tally.foreign[f"cli:exit{code}"] += 1
    raw_out = out.buffer.getvalue()
    raw_err = err.buffer.getvalue()
    return [raw_out.decode("utf-8"), raw_err.decode("utf-8")]


def _check_call(
    kind: str, data: Any, mutant: Mutant, tally: Tally, load: Callable[[Any], Any]
) -> None:
    tally.calls += 1
    outputs: list[str] = []
    try:
        result = load(data)
    except DataError as err:
        outputs = _error_outputs(err)
    except Exception as exc:
        tally.foreign[f"{kind}:{type(exc).__name__}"] += 1
        tally.note(f"{kind} {type(exc).__name__}")
        return
    else:
        prepared = _prepared(data)
        junk = mutant.junk or (data is mutant.text and mutant.text_junk)
        if junk or prepared is None or not verdicts(prepared, SCHEMAS[kind])[2]:
            tally.accepted_junk += 1
            tally.note(f"{kind} accepted junk: {mutant.how}")
        outputs = [repr(result)]
    _count_outputs(outputs, tally, kind)


def _count_outputs(outputs: list[str], tally: Tally, kind: str) -> None:
    tally.outputs += len(outputs)
    if any(_leaked(o) for o in outputs):
        tally.leaks += 1
        tally.note(f"{kind} leak")


def _prepared(data: Any) -> Any:
    try:
        doc = _json._document(data)
    except DataError:
        return None
    clean, problems = _json._prepare(doc)
    return None if problems else clean


def run(n: int, seed: int = 2026) -> dict[str, Tally]:
    """Mutate ``n`` documents of each kind and feed them to everything; the tallies by kind."""
    rng = random.Random(seed)
    tallies: dict[str, Tally] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.json"
        for kind, base in base_documents().items():
            assert dio.document_problems(base) == [], kind
            tally = tallies.setdefault(kind, Tally())
            load = LOADERS[kind]
            for i in range(n):
                mutant = mutate(base, rng)
                tally.documents += 1
                _check_call(kind, mutant.data, mutant, tally, load)
                if mutant.text is not None:
                    _check_call(kind, mutant.text, mutant, tally, load)
                # document_problems never raises, and agrees with the loader
                data = mutant.text if mutant.text is not None else mutant.data
                tally.calls += 1
                try:
                    problems = dio.document_problems(data)
                except Exception as exc:
                    tally.foreign[f"document_problems:{type(exc).__name__}"] += 1
                    tally.note(f"document_problems {type(exc).__name__}")
                    problems = []
                else:
                    _count_outputs([repr(problems)], tally, kind)
                # the two validators agree on what the library validates
                prepared = _prepared(data)
                if prepared is not None:
                    tally.calls += 1
                    fast, complete, oracle = verdicts(prepared, SCHEMAS[kind])
                    if not fast == complete == oracle:
                        tally.disagreements += 1
                        tally.note(f"{kind} disagreement")
                # the command line, on a file
                if mutant.text is not None:
                    raw = mutant.text
                    path.write_bytes(
                        raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass")
                    )
                    args = ["validate", str(path)] + (["--json"] if i % 2 else [])
                    tally.calls += 1
                    _count_outputs(_run_cli(args, tally), tally, kind)

    return tallies
