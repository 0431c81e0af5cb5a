"""Benchmarks: each figure is printed with a ratio to a baseline measured in the same run.

Run with ``nox -s bench``. Targets (issue #3): ``add_working_days`` ≤ 0.5 µs per call and
100 % agreement with a day-by-day loop over 1,000,000 random sums; loading, validating and
building the reference organisation ≤ 0.2 s; ``import dangkiemtra`` ≤ 0.3 s; displaying a
report (HTML, ``to_pandas()``) costs less than building it (issue #8). Timings are
figures, not pass/fail tests: a slow machine prints slow figures.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """The best wall time of ``repeat`` runs of ``fn``, in seconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def bench_working_days(n_calls: int, n_agree: int) -> None:
    import holidays

    from dangkiemtra.calendar import WorkingCalendar

    cal = WorkingCalendar.default()
    rng = random.Random(2023)
    lo, hi = date(2016, 1, 1).toordinal(), date(2035, 12, 31).toordinal()
    cases = [(date.fromordinal(rng.randint(lo, hi)), rng.randint(1, 60)) for _ in range(n_calls)]

    def ours() -> None:
        add = cal.add_working_days
        for d, n in cases:
            add(d, n)

    def loop() -> None:
        is_wd = cal.is_working_day
        for d, n in cases[: n_calls // 10]:
            day, left = d, n
            while left:
                day += timedelta(1)
                if is_wd(day):
                    left -= 1

    vn = holidays.country_holidays("VN", years=range(2016, 2037))

    def package() -> None:
        for d, n in cases[: n_calls // 10]:
            vn.get_nth_working_day(d, n)

    t_ours = best_of(ours, 3) / n_calls
    t_loop = best_of(loop, 3) / (n_calls // 10)
    t_pkg = best_of(package, 1) / (n_calls // 10)
    print(f"add_working_days: {t_ours * 1e6:.3f} µs/call (target ≤ 0.5 µs)")
    print(f"  day-by-day loop: {t_loop * 1e6:.3f} µs/call  → ours is {t_loop / t_ours:.1f}× faster")
    print(
        f"  holidays get_nth_working_day: {t_pkg * 1e6:.3f} µs/call  → ours is {t_pkg / t_ours:.1f}× faster"
    )

    agree = 0
    is_wd = cal.is_working_day
    for _ in range(n_agree):
        d, n = date.fromordinal(rng.randint(lo, hi)), rng.randint(1, 60)
        day, left = d, n
        while left:
            day += timedelta(1)
            if is_wd(day):
                left -= 1
        agree += cal.add_working_days(d, n) == day
    print(
        f"  agreement with the loop: {agree:,}/{n_agree:,} = {agree / n_agree:.2%} (target 100 %)"
    )


def bench_reference() -> None:
    from dangkiemtra import datasets
    from dangkiemtra.io import load_organization

    raw = datasets._read("reference-organization.json")
    load_organization(raw)  # warm caches (schema compilation, calendar)
    t_load = best_of(lambda: load_organization(raw), 5)
    t_json = best_of(lambda: json.loads(raw), 5)
    print(f"load + validate + build of the reference organisation: {t_load:.3f} s (target ≤ 0.2 s)")
    print(f"  bare json.loads of the same bytes: {t_json:.3f} s  → ratio {t_load / t_json:.1f}×")


def bench_import() -> None:
    def run(code: str) -> float:
        best = float("inf")
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            best = min(best, time.perf_counter() - t)
        return best

    t_pkg = run("import dangkiemtra")
    t_base = run("pass")
    t_json = run("import json, datetime")
    net = t_pkg - t_base
    print(f"import dangkiemtra: {net:.3f} s over a bare interpreter (target ≤ 0.3 s)")
    print(
        f"  bare interpreter start: {t_base:.3f} s; import json, datetime: {t_json - t_base:.3f} s"
        f"  → ratio {net / max(t_json - t_base, 1e-4):.1f}×"
    )


def bench_display() -> None:
    """HTML and ``to_pandas()`` of the reference reports, each as a ratio to building the report."""
    import dangkiemtra as dk

    org, book, day = dk.reference_organization(), dk.reference_inspection(), dk.REFERENCE_AS_OF

    def progress() -> object:
        return dk.progress_report(org, book, day, decimals=dk.REFERENCE_DECIMALS)

    def structure() -> object:
        return dk.check_structure(org, day)

    for name, build in (("progress report", progress), ("structure report", structure)):
        report: Any = build()
        t_build = best_of(build, 3)
        t_html = best_of(report._repr_html_, 5)
        t_repr = best_of(functools.partial(repr, report), 5)
        print(f"{name}: built in {t_build * 1e3:.1f} ms")
        print(
            f"  _repr_html_: {t_html * 1e3:.2f} ms → {t_html / t_build:.2f}× the build (target < 1)"
        )
        print(f"  repr: {t_repr * 1e3:.2f} ms → {t_repr / t_build:.3f}× the build")
        try:
            import pandas  # noqa: F401
        except ImportError:
            print("  to_pandas(): skipped (pip install 'dangkiemtra[analysis]')")
            continue
        report.to_pandas()  # warm the pandas import
        t_pd = best_of(report.to_pandas, 5)
        print(f"  to_pandas(): {t_pd * 1e3:.2f} ms → {t_pd / t_build:.2f}× the build (target < 1)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer iterations")
    args = parser.parse_args()
    calls, agree = (20_000, 20_000) if args.quick else (200_000, 1_000_000)
    bench_working_days(calls, agree)
    bench_reference()
    bench_import()
    bench_display()


if __name__ == "__main__":
    main()
