"""A small mutation tester: flip comparison, arithmetic and boolean operators, run the tests.

Each mutant changes one operator of one module (``<`` ↔ ``<=``, ``>`` ↔ ``>=``, ``==`` ↔ ``!=``,
``+`` ↔ ``-``, ``*`` → ``//``, ``and`` ↔ ``or``, ``not x`` → ``x``) in a copy of ``src/`` and
``schemas/`` under a temporary directory, then runs the module's test files against that copy
(``PYTHONPATH`` comes before the editable install). A mutant is *killed* when the tests fail.
The score per module is killed / mutants run.

Usage::

    python scripts/mutation.py                       # the default modules, every mutant
    python scripts/mutation.py --max 20 periods/_deadline   # at most 20 mutants, evenly spread
    python scripts/mutation.py --jobs 2 calendar            # two mutants tested at once

The repository is never modified; the copies are deleted at the end.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "dangkiemtra"

_PERIODS_TESTS = (
    "tests/test_bite_periods.py",
    "tests/test_periods.py",
    "tests/test_readings_regimes.py",
    "tests/test_flag_concerns.py",
    "tests/test_period_laws.py",
)
_ROSTER_TESTS = ("tests/test_roster.py", "tests/test_roster_cli.py", "tests/test_roster_engine.py")
_ORGANIZATION_TESTS = (
    "tests/test_organization.py",
    "tests/test_question_answers.py",
    "tests/test_bite_organization.py",
)

#: module (relative to the package) → the test files that exercise it
MODULES: dict[str, tuple[str, ...]] = {
    "periods/_deadline": _PERIODS_TESTS,
    "periods/_rules": _PERIODS_TESTS,
    "periods/_duration": _PERIODS_TESTS,
    "calendar": (
        "tests/test_bite_calendar.py",
        "tests/test_calendar.py",
        "tests/test_review_2026_12.py",
        "tests/test_flag_concerns.py",
    ),
    "membership": ("tests/test_review_2026_12.py",),
    "petitions/party": (
        "tests/test_petitions.py",
        "tests/test_petitions_fidelity.py",
        "tests/test_readings_regimes.py",
        "tests/test_flag_concerns.py",
        "tests/test_bite_petitions.py",
    ),
    "petitions/state": (
        "tests/test_petitions.py",
        "tests/test_petitions_fidelity.py",
        "tests/test_readings_regimes.py",
        "tests/test_flag_concerns.py",
        "tests/test_bite_petitions.py",
    ),
    "petitions/registry": (
        "tests/test_petitions.py",
        "tests/test_petitions_fidelity.py",
        "tests/test_readings_regimes.py",
        "tests/test_flag_concerns.py",
        "tests/test_bite_petitions.py",
    ),
    "reception": (
        "tests/test_bite_reception.py",
        "tests/test_reception_supervision.py",
        "tests/test_review_2026_12.py",
    ),
    "supervision": ("tests/test_bite_reception.py", "tests/test_reception_supervision.py"),
    "inspection/fulfilment": ("tests/test_reference.py", "tests/test_bite_inspection.py"),
    "inspection/groups": ("tests/test_reference.py", "tests/test_bite_inspection.py"),
    "inspection/reporting": ("tests/test_reference.py", "tests/test_bite_inspection.py"),
    "inspection/progress": ("tests/test_reference.py", "tests/test_bite_inspection.py"),
    "organization/_structure": (
        *_ORGANIZATION_TESTS,
        "tests/test_lazy_checks.py",
        "tests/test_check_columns.py",
    ),
    "organization/_org_checks": (*_ORGANIZATION_TESTS, "tests/test_lazy_checks.py"),
    "organization/_probation": (
        *_ORGANIZATION_TESTS,
        "tests/test_lazy_checks.py",
        "tests/test_check_columns.py",
    ),
    "organization/_results": (
        *_ORGANIZATION_TESTS,
        "tests/test_lazy_checks.py",
        "tests/test_check_columns.py",
    ),
    "io/_typed": ("tests/test_typed_loader.py",),
    "roster/_engine": _ROSTER_TESTS,
    "roster/_table_checks": _ROSTER_TESTS,
    "roster/_tables": _ROSTER_TESTS,
    "roster/_checks": _ROSTER_TESTS,
    "organization/_tree": _ORGANIZATION_TESTS,
    "organization/_counting": _ORGANIZATION_TESTS,
    "organization/_elections": _ORGANIZATION_TESTS,
    "discipline/limitation": (
        "tests/test_discipline_forms_limitation.py",
        "tests/test_question_answers.py",
        "tests/test_flag_concerns.py",
        "tests/test_bite_discipline_limitation.py",
    ),
    "discipline/votes": (
        "tests/test_discipline_authority_votes.py",
        "tests/test_question_answers.py",
        "tests/test_bite_discipline_votes.py",
    ),
    "discipline/authority": (
        "tests/test_discipline_authority_votes.py",
        "tests/test_question_answers.py",
        "tests/test_bite_discipline_authority.py",
    ),
    "discipline/appeals": (
        "tests/test_discipline_procedure.py",
        "tests/test_question_answers.py",
        "tests/test_bite_discipline_appeals.py",
    ),
    "discipline/suspension": (
        "tests/test_discipline_procedure.py",
        "tests/test_review_2026_12.py",
        "tests/test_readings_regimes.py",
        "tests/test_bite_discipline_suspension.py",
    ),
    "discipline/consequences": (
        "tests/test_discipline_procedure.py",
        "tests/test_review_2026_12.py",
        "tests/test_bite_discipline_consequences.py",
    ),
    "discipline/procedure": (
        "tests/test_discipline_procedure.py",
        "tests/test_procedure_crossing.py",
        "tests/test_bite_discipline_procedure.py",
    ),
    "discipline/forms": (
        "tests/test_discipline_forms_limitation.py",
        "tests/test_bite_discipline_forms.py",
    ),
    "discipline/circumstances": (
        "tests/test_discipline_procedure.py",
        "tests/test_flag_concerns.py",
        "tests/test_bite_discipline_circumstances.py",
    ),
    "discipline/report": ("tests/test_reference.py", "tests/test_bite_discipline_report.py"),
    "discipline/cases": (
        "tests/test_discipline_procedure.py",
        "tests/test_bite_discipline_votes.py",
    ),
    "inspection/book": ("tests/test_reference.py", "tests/test_bite_inspection.py"),
    "petitions/cases": ("tests/test_petitions.py", "tests/test_bite_petitions.py"),
}

_COMPARE: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
}
_ARITH: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.FloorDiv,
    ast.FloorDiv: ast.Mult,
}
_BOOL: dict[type[ast.boolop], type[ast.boolop]] = {ast.And: ast.Or, ast.Or: ast.And}


def _sites(tree: ast.Module) -> list[tuple[int, str]]:
    """Every mutation site of ``tree``: (index of the node in ``ast.walk`` order, kind)."""
    sites: list[tuple[int, str]] = []
    for i, node in enumerate(ast.walk(tree)):
        if isinstance(node, ast.Compare):
            sites += [(i, f"cmp{j}") for j, op in enumerate(node.ops) if type(op) in _COMPARE]
        elif isinstance(node, ast.BinOp) and type(node.op) in _ARITH:
            if not _is_string_format(node):
                sites.append((i, "arith"))
        elif isinstance(node, ast.BoolOp):
            sites.append((i, "bool"))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            sites.append((i, "not"))
    return sites


def _is_string_format(node: ast.BinOp) -> bool:
    """``"a" + "b"`` and f-string concatenation are text, not arithmetic."""
    return any(
        isinstance(n, ast.Constant | ast.JoinedStr) and isinstance(getattr(n, "value", ""), str)
        for n in (node.left, node.right)
    )


class _Mutate(ast.NodeTransformer):
    def __init__(self, index: int, kind: str) -> None:
        self.index, self.kind, self.description = index, kind, ""
        self._targets: dict[int, ast.AST] = {}

    def run(self, tree: ast.Module) -> ast.Module:
        node = list(ast.walk(tree))[self.index]
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Compare):
            j = int(self.kind[3:])
            old = node.ops[j]
            node.ops[j] = _COMPARE[type(old)]()
            self.description = f"line {line}: {type(old).__name__} → {type(node.ops[j]).__name__}"
        elif isinstance(node, ast.BinOp):
            old_op = node.op
            node.op = _ARITH[type(old_op)]()
            self.description = f"line {line}: {type(old_op).__name__} → {type(node.op).__name__}"
        elif isinstance(node, ast.BoolOp):
            old_b = node.op
            node.op = _BOOL[type(old_b)]()
            self.description = f"line {line}: {type(old_b).__name__} → {type(node.op).__name__}"
        elif isinstance(node, ast.UnaryOp):
            self._targets[id(node)] = node.operand
            self.description = f"line {line}: not removed"
            tree = self.visit(tree)
        return ast.fix_missing_locations(tree)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        replacement = self._targets.get(id(node))
        self.generic_visit(node)
        return replacement if replacement is not None else node


def mutants(source: str) -> Iterator[tuple[str, str]]:
    """``(description, mutated source)`` for every site of ``source``."""
    for index, kind in _sites(ast.parse(source)):
        tree = ast.parse(source)
        m = _Mutate(index, kind)
        out = m.run(tree)
        yield m.description, ast.unparse(out)


def _spread(items: list[tuple[str, str]], most: int | None) -> list[tuple[str, str]]:
    if most is None or len(items) <= most:
        return items
    step = len(items) / most
    return [items[int(k * step)] for k in range(most)]


def _run_tests(copy: Path, tests: tuple[str, ...], timeout: int) -> bool:
    """Whether the tests pass against the copy (``True``: the mutant survived)."""
    env = {**os.environ, "PYTHONPATH": str(copy / "src"), "HYPOTHESIS_PROFILE": "default"}
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-x",
        "-q",
        "-p",
        "no:cacheprovider",
        "--no-header",
        *tests,
    ]
    try:
        done = subprocess.run(
            cmd, cwd=ROOT, env=env, capture_output=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return False  # a mutant that hangs the tests is detected
    return done.returncode == 0


def _score_module(
    module: str, copies: list[Path], most: int | None, timeout: int, show: bool
) -> tuple[int, int] | None:
    """Run every mutant of ``module``, one per copy at a time; ``None`` if the tests fail."""
    path = f"{module}.py"
    original = (PACKAGE / path).read_text("utf-8")
    tests = MODULES[module]
    first = copies[0] / "src" / "dangkiemtra" / path
    # the unparsed original must pass, or nothing can be learnt from the module
    first.write_text(ast.unparse(ast.parse(original)), "utf-8")
    passes = _run_tests(copies[0], tests, timeout)
    first.write_text(original, "utf-8")
    if not passes:
        return None
    batch = _spread(list(mutants(original)), most)
    free = list(copies)

    def one(item: tuple[str, str]) -> bool:
        copy = free.pop()
        target = copy / "src" / "dangkiemtra" / path
        try:
            target.write_text(item[1], "utf-8")
            survived = _run_tests(copy, tests, timeout)
        finally:
            target.write_text(original, "utf-8")
            free.append(copy)
        if survived and show:
            print(f"  survived {module} {item[0]}", flush=True)
        return not survived

    with ThreadPoolExecutor(max_workers=len(copies)) as pool:
        killed = sum(pool.map(one, batch))
    return killed, len(batch)


def main(argv: list[str] | None = None) -> int:
    """Run the mutants and print the score per module."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "modules", nargs="*", help="modules (e.g. periods/_deadline, discipline/votes); default all"
    )
    parser.add_argument(
        "--max", type=int, default=None, help="at most this many mutants per module"
    )
    parser.add_argument("--timeout", type=int, default=300, help="seconds per test run")
    parser.add_argument("--jobs", type=int, default=1, help="mutants tested at once")
    parser.add_argument("--show-survivors", action="store_true")
    args = parser.parse_args(argv)
    chosen = args.modules or list(MODULES)
    unknown = [m for m in chosen if m not in MODULES]
    if unknown:
        parser.error(f"unknown modules: {unknown}; known: {sorted(MODULES)}")
    results: list[tuple[str, int, int]] = []
    with tempfile.TemporaryDirectory(prefix="dangkiemtra-mutants-") as tmp:
        copies = []
        for k in range(max(1, args.jobs)):
            copy = Path(tmp) / str(k)
            shutil.copytree(ROOT / "src", copy / "src")
            shutil.copytree(ROOT / "schemas", copy / "schemas")
            copies.append(copy)
        for module in chosen:
            scored = _score_module(module, copies, args.max, args.timeout, args.show_survivors)
            if scored is None:
                print(f"{module}: the tests fail on the unmutated module; skipped", flush=True)
                continue
            killed, run = scored
            results.append((module, killed, run))
            score = 100.0 * killed / run if run else 100.0
            print(f"{module}: {killed}/{run} mutants killed ({score:.0f} %)", flush=True)
    total_killed = sum(k for _, k, _ in results)
    total = sum(n for _, _, n in results)
    if total:
        print(f"all: {total_killed}/{total} ({100.0 * total_killed / total:.0f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
