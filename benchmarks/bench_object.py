"""The object path on about 100,000 members (issue #11 §1), a section of ``bench.py``.

The reference organisation's grassroots organisations are copied under its root (ids
suffixed per copy) into one JSON document. In a process of its own: ``load_organization``
and the complete path against orjson's parse of the same bytes (``json.loads`` without
orjson), ``check_structure`` with its verdicts read (``by_rule`` and ``problems``, what a
caller reads first; the ``results`` objects and their explanations are built when read, and
reading all of them is timed apart), and the resident bytes per member of the loaded tree.
Targets: load ≤ 4 ×, check ≤ 2 × the parse, ≤ 1.5 KiB per member.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any


def replicated_organization(copies: int) -> bytes:
    """The reference organisation's grassroots organisations ``copies`` times under its root,
    every id (and every post's organisation) suffixed ``-r00``, ``-r01`` …, as JSON bytes."""
    from dangkiemtra import datasets

    doc = json.loads(datasets._read("reference-organization.json"))
    root = doc["organization"]

    def copy(node: dict[str, Any], suffix: str) -> dict[str, Any]:
        out = {**node, "id": node["id"] + suffix}
        if "children" in node:
            out["children"] = [copy(c, suffix) for c in node["children"]]
        if "members" in node:
            out["members"] = [
                {
                    **m,
                    "id": m["id"] + suffix,
                    **(
                        {
                            "posts": [
                                {**p, "organization": p["organization"] + suffix}
                                for p in m["posts"]
                            ]
                        }
                        if "posts" in m
                        else {}
                    ),
                }
                for m in node["members"]
            ]
        return out

    children = [copy(c, f"-r{r:02d}") for r in range(copies) for c in root["children"]]
    doc["organization"] = {**root, "children": children}
    return json.dumps(doc, ensure_ascii=False).encode()


def child(path: str) -> None:
    """The object-path figures of one document, in a process of their own (resident memory)."""
    import gc
    import tracemalloc
    from pathlib import Path

    from dangkiemtra import REFERENCE_AS_OF
    from dangkiemtra.io import _typed, load_organization
    from dangkiemtra.io.organization import _load_complete
    from dangkiemtra.organization import check_structure

    try:
        import orjson

        parse: Callable[[bytes], Any] = orjson.loads
        baseline = "orjson"
    except ImportError:
        parse, baseline = json.loads, "json.loads"

    def rss() -> int:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * 4096

    def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
        """Best wall and best processor time of ``repeat`` runs."""
        wall, cpu = float("inf"), float("inf")
        for _ in range(repeat):
            t, c = time.perf_counter(), time.process_time()
            fn()
            wall, cpu = min(wall, time.perf_counter() - t), min(cpu, time.process_time() - c)
        return wall, cpu

    raw = Path(path).read_bytes()
    load_organization(datasets_reference())  # warm: schemas, decoder, calendar
    out: dict[str, Any] = {"bytes": len(raw), "baseline": baseline, "fast_path": _typed.available()}
    # first, while no tree was ever built here: what the loaded tree adds to the process
    gc.collect()
    before = rss()
    org = load_organization(raw)
    gc.collect()
    rss_delta = rss() - before
    del org
    gc.collect()
    # the parse and the load in the same state: only the bytes held, each result let go
    out["parse"] = timed(lambda: parse(raw), 3)
    out["load"] = timed(lambda: load_organization(raw), 3)
    out["complete"] = timed(lambda: _load_complete(raw), 1)
    org = load_organization(raw)
    out["members"] = sum(1 for _ in org.all_members())
    report = check_structure(org, REFERENCE_AS_OF)
    out["checks"] = len(report.results)
    del report

    def verdicts() -> None:
        report = check_structure(org, REFERENCE_AS_OF)
        report.by_rule()
        report.problems  # noqa: B018

    def every_result() -> None:
        for r in check_structure(org, REFERENCE_AS_OF).results:
            r.explanation  # noqa: B018

    out["check"] = timed(verdicts, 3)
    out["check_all"] = timed(every_result, 1)
    del org
    gc.collect()
    tracemalloc.start()
    org = load_organization(raw)
    gc.collect()
    out["traced"] = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    out["rss_delta"] = rss_delta
    print(json.dumps(out))


def datasets_reference() -> bytes:
    from dangkiemtra import datasets

    return datasets._read("reference-organization.json")


def run(copies: int, script: str) -> None:
    """load_organization and check_structure on ~100,000 members, as ratios to a bare parse."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix="dangkiemtra-object-") as folder:
        path = Path(folder) / "organization.json"
        path.write_bytes(replicated_organization(copies))
        cmd = [sys.executable, script, "--object-child", str(path)]
        done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"the object-path step failed:\n{done.stderr[-3000:]}")
    r = json.loads(done.stdout.strip().splitlines()[-1])
    n, (pw, pc) = r["members"], r["parse"]
    path_used = "typed fast path (msgspec)" if r["fast_path"] else "complete path (no msgspec)"
    print(
        f"object path: the reference organisation ×{copies}: {n:,} members, "
        f"{r['bytes'] / 2**20:.1f} MiB of JSON ({r['bytes'] / n:.0f} bytes per member); {path_used}"
    )
    print(
        f"  {r['baseline']} parse of the same bytes: {pw:.3f} s wall, {pc:.3f} s processor (baseline)"
    )
    for name, key, target in (
        ("load_organization", "load", 4),
        ("check_structure, its by_rule and problems", "check", 2),
        ("  every result and explanation read as well", "check_all", None),
        ("complete path of load_organization", "complete", None),
    ):
        w, c = r[key]
        aim = f" (target ≤ {target}×)" if target else ""
        print(
            f"  {name}: {w:.3f} s ({w / n * 1e6:.1f} µs per member) → {w / pw:.1f}× the parse{aim}; "
            f"processor {c / pc:.1f}×"
        )
    print(f"  checks made by check_structure: {r['checks']:,}")
    print(
        f"  resident per member: {r['traced'] / n:,.0f} bytes traced (tracemalloc) and "
        f"{r['rss_delta'] / n:,.0f} bytes of RSS growth for the loaded Organization (target ≤ 1,536)"
    )
