"""Benchmarks: each figure is printed with a ratio to a baseline measured in the same run.

Run with ``nox -s bench``. Targets (issue #3): ``add_working_days`` ≤ 0.5 µs per call and
100 % agreement with a day-by-day loop over 1,000,000 random sums; loading, validating and
building the reference organisation ≤ 0.2 s; ``import dangkiemtra`` ≤ 0.3 s; displaying a
report (HTML, ``to_pandas()``) costs less than building it (issue #8). Timings are
figures, not pass/fail tests: a slow machine prints slow figures.

Issue #11 adds ``add_working_days`` against a bare ``bisect`` over the same ordinals
(≤ 1.5 ×) and the synthetic national roster (about 5.6 million members in 52,000 grassroots
organisations, written to Parquet in a temporary folder): read, validated, every structural
check, counts and probation lists in ≤ 10 s and ≤ 4 GiB on 2 cores, and ≤ 3 × Polars' own bare
read and group-by of the same files. ``--only national`` runs one section.

Issue #11 §1, the object path on the reference organisation replicated to about 100,000
members (one JSON document, ids suffixed per copy): ``load_organization`` ≤ 4 × orjson's
parse of the same bytes (``json.loads`` when orjson is absent), ``check_structure`` ≤ 2 × it,
and ≤ 1.5 KiB resident per member; ``--only object``.
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

import bench_object


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


def bench_bisect(n_calls: int) -> None:
    """``add_working_days`` against a bare ``bisect`` over the same ordinals (target ≤ 1.5 ×)."""
    from bisect import bisect_right

    from dangkiemtra.calendar import WorkingCalendar

    cal = WorkingCalendar.default()
    rng = random.Random(2024)
    lo, hi = date(2016, 1, 1).toordinal(), date(2035, 12, 31).toordinal()
    cases = [(date.fromordinal(rng.randint(lo, hi)), rng.randint(1, 60)) for _ in range(n_calls)]
    days = list(cal.working_days(date(cal.first_year, 1, 1), date(cal.last_year, 12, 31)))
    ords = [d.toordinal() for d in days]

    def ours() -> None:
        add = cal.add_working_days
        for d, n in cases:
            add(d, n)

    def bare() -> None:
        for d, n in cases:
            days[bisect_right(ords, d.toordinal()) + n - 1]

    t_ours, t_bare = best_of(ours, 5) / n_calls, best_of(bare, 5) / n_calls
    print(
        f"add_working_days: {t_ours * 1e6:.3f} µs/call; bare bisect over the same ordinals: "
        f"{t_bare * 1e6:.3f} µs/call  → ratio {t_ours / t_bare:.2f}× (target ≤ 1.5×)"
    )


# ── the national roster (issue #11 §3) ───────────────────────────────────────────────────

_THREADS = "2"  # the machines have 2 cores: the engine is held to them


def _child(mode: str, folder: str, members: int, grassroots: int) -> None:
    """One measured step, in its own process so that its peak resident memory is its own."""
    import resource
    from pathlib import Path

    from dangkiemtra.calendar import WorkingCalendar
    from dangkiemtra.roster import Roster, pl
    from dangkiemtra.roster.synthetic import AS_OF, national_roster

    def cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    out: dict[str, float] = {}
    cpu0 = cpu()
    if mode == "generate":
        t = time.perf_counter()
        parts = national_roster(members=members, grassroots=grassroots)
        for part, tables in parts.items():
            for name, table in tables.items():
                (Path(folder) / name).mkdir(parents=True, exist_ok=True)
                table.write_parquet(Path(folder) / name / f"{part}.parquet")
        out["seconds"] = time.perf_counter() - t
    elif mode == "bare":
        t = time.perf_counter()
        tables = {
            name: pl.read_parquet(Path(folder) / name / "*.parquet")
            for name in ("organizations", "bodies", "exceptions", "members", "posts")
        }
        start = pl.coalesce("joined_on", "admission_date")
        roll = (start <= AS_OF) & (
            pl.col("departure_date").is_null() | (pl.lit(AS_OF) < pl.col("departure_date"))
        )
        per_org = (
            tables["members"]
            .group_by("organization")
            .agg(roll.sum(), (roll & (pl.col("official_date") <= AS_OF)).sum().alias("official"))
        )
        out["seconds"] = time.perf_counter() - t
        out["rows"] = per_org.height
    elif mode == "dask":
        from distributed import Client, LocalCluster

        from dangkiemtra.roster.cluster import check_partitions, summarize

        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)  # type: ignore[no-untyped-call]
        t = time.perf_counter()
        total, results = check_partitions(client, folder, AS_OF)
        out["seconds"] = time.perf_counter() - t

        def peak() -> float:
            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20

        workers = client.run(peak)
        client.close()  # type: ignore[no-untyped-call]
        cluster.close()
        times = sorted(r.seconds for r in results)
        sizes = sorted(r.table_bytes for r in results)
        out["parts"] = len(results)
        out["part_median_seconds"] = times[len(times) // 2]
        out["part_max_seconds"] = times[-1]
        out["part_max_gib"] = sizes[-1] / 2**30
        out["part_max_members"] = max(r.summary.members for r in results)
        out["worker_peak_gib"] = max(workers.values())
        single = summarize(Roster.read(folder).check_structure(AS_OF))
        out["equal"] = float(total == single)
    else:
        t = time.perf_counter()
        WorkingCalendar.default()  # built once per process (0.5–1 s): counted here
        out["calendar_seconds"] = time.perf_counter() - t
        roster = Roster.read(folder)
        out["read_validate_seconds"] = time.perf_counter() - t
        report = roster.check_structure(AS_OF)
        c = roster.counts(AS_OF)
        due, overdue = report.probation_due(), report.probation_overdue()
        by_rule = report.by_rule()
        out["seconds"] = time.perf_counter() - t
        out["members"] = c.members
        out["member_rows"] = roster.members.height
        out["organizations"] = roster.organizations.height
        out["checks"] = sum(p + f for p, f in by_rule.values())
        out["failed"] = sum(f for _, f in by_rule.values())
        out["due"], out["overdue"] = due.height, overdue.height
    out["cpu_seconds"] = cpu() - cpu0
    out["peak_rss_gib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    print(json.dumps(out))


def _run_child(mode: str, folder: str, members: int, grassroots: int) -> dict[str, float]:
    import os

    env = {**os.environ, "POLARS_MAX_THREADS": _THREADS}
    cmd = [sys.executable, __file__, "--child", mode, folder, str(members), str(grassroots)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if done.returncode:
        raise RuntimeError(f"the {mode} step failed:\n{done.stderr[-3000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def bench_national(members: int, grassroots: int) -> None:
    """The national roster: read + validated + every structural check + counts + probation
    lists (targets ≤ 10 s, ≤ 4 GiB peak resident, ≤ 3 × the engine's bare read and group-by)."""
    import os
    import tempfile

    with tempfile.TemporaryDirectory(prefix="dangkiemtra-national-") as folder:
        gen = _run_child("generate", folder, members, grassroots)
        bare = min(
            (_run_child("bare", folder, members, grassroots) for _ in range(3)),
            key=lambda r: r["seconds"],
        )
        ours = min(
            (_run_child("roster", folder, members, grassroots) for _ in range(3)),
            key=lambda r: r["seconds"],
        )
        try:
            import distributed  # noqa: F401
        except ImportError:
            dask = None
        else:
            dask = _run_child("dask", folder, members, grassroots)
    print(
        f"national roster: {int(ours['member_rows']):,} members in {int(ours['organizations']):,} "
        f"organisations (generated and written in {gen['seconds']:.1f} s)"
    )
    print(
        f"  read + validate + all structural checks + counts + probation lists: "
        f"{ours['seconds']:.2f} s (target ≤ 10 s; read + validate {ours['read_validate_seconds']:.2f} s, "
        f"of which the working calendar {ours['calendar_seconds']:.2f} s); "
        f"peak resident {ours['peak_rss_gib']:.2f} GiB (target ≤ 4 GiB)"
    )
    print(
        f"  {int(ours['checks']):,} checks made, {int(ours['failed']):,} failed; "
        f"probation due {int(ours['due']):,}, overdue {int(ours['overdue']):,}"
    )
    print(
        f"  Polars' bare read and group-by of the same files: {bare['seconds']:.2f} s, "
        f"peak {bare['peak_rss_gib']:.2f} GiB  → ratio {ours['seconds'] / bare['seconds']:.1f}× "
        f"(target ≤ 3×)"
    )
    if dask is not None:
        print(
            f"  Dask LocalCluster (2 worker processes, 1 thread each): {int(dask['parts'])} "
            f"province partitions in {dask['seconds']:.1f} s; per partition median "
            f"{dask['part_median_seconds']:.2f} s, largest {dask['part_max_seconds']:.2f} s and "
            f"{dask['part_max_gib'] * 1024:.0f} MiB of tables ({int(dask['part_max_members']):,} "
            f"members); worker peak resident {dask['worker_peak_gib']:.2f} GiB; "
            f"equal to the single-process answer: {bool(dask['equal'])}"
        )
    # on a shared machine wall time swells with other load; processor time does not
    print(
        f"  processor time (both cores): ours {ours['cpu_seconds']:.2f} s, bare "
        f"{bare['cpu_seconds']:.2f} s  → ratio {ours['cpu_seconds'] / bare['cpu_seconds']:.1f}×; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--object-child":
        bench_object.child(sys.argv[2])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer iterations")
    parser.add_argument(
        "--only",
        choices=("calendar", "reference", "import", "display", "object", "national"),
        help="one section",
    )
    args = parser.parse_args()
    calls, agree = (20_000, 20_000) if args.quick else (200_000, 1_000_000)
    national = (560_000, 5_200) if args.quick else (5_600_000, 52_000)
    if args.only in (None, "calendar"):
        bench_working_days(calls, agree)
        bench_bisect(calls)
    if args.only in (None, "reference"):
        bench_reference()
    if args.only in (None, "import"):
        bench_import()
    if args.only in (None, "display"):
        bench_display()
    if args.only in (None, "object"):
        bench_object.run(5 if args.quick else 24, __file__)
    if args.only in (None, "national"):
        bench_national(*national)


if __name__ == "__main__":
    main()
