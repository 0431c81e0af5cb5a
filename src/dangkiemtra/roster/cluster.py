"""Rosters beyond one machine: the per-organisation checks mapped over partitions with Dask.

A roster folder may keep each table as a folder of Parquet parts, one per province
(``members/p01.parquet``, ``members/p02.parquet``, …; see
:meth:`~dangkiemtra.roster.Roster.read`). Every structural check, count and probation
figure is a function of one organisation's own subtree, so a partition that holds whole
trees (each root with everything below it) can be checked on its own and the answers added
up. :func:`check_partitions` sends one task per part to a ``dask.distributed`` cluster (a
``LocalCluster``, dask-jobqueue or Kubernetes: see ``docs/scale.md``); each worker reads its
part, validates it, checks it and sends back only the figures.

Needs the optional extra ``dangkiemtra[dask]``; without it, importing this module raises
:class:`ImportError` naming the extra.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path

import attrs

try:
    import distributed
except ImportError as err:  # pragma: no cover - exercised by a test that hides dask
    raise ImportError(
        "dangkiemtra.roster.cluster needs Dask (dask.distributed): pip install 'dangkiemtra[dask]'"
    ) from err

from dangkiemtra.roster._roster import Roster, RosterReport

__all__ = ["PartitionResult", "RosterSummary", "check_partitions", "partitions", "summarize"]


@attrs.frozen
class PartitionResult:
    """The figures of one partition, and what checking it cost."""

    part: str
    summary: RosterSummary
    seconds: float
    table_bytes: int


@attrs.frozen
class RosterSummary:
    """What ``dangkiemtra roster check --json`` reports, in a form that adds up over parts."""

    as_of: date
    members: int
    official: int
    probationary: int
    organizations: Mapping[str, int]
    by_rule: Mapping[str, tuple[int, int]]
    failed: tuple[tuple[str, str], ...]
    probation_due: int
    probation_overdue: int

    def __add__(self, other: RosterSummary) -> RosterSummary:
        if other.as_of != self.as_of:
            raise ValueError("summaries of different days do not add up")
        rules = sorted(set(self.by_rule) | set(other.by_rule))
        zero = (0, 0)
        return RosterSummary(
            self.as_of,
            self.members + other.members,
            self.official + other.official,
            self.probationary + other.probationary,
            dict(sorted((Counter(self.organizations) + Counter(other.organizations)).items())),
            {
                r: (
                    self.by_rule.get(r, zero)[0] + other.by_rule.get(r, zero)[0],
                    self.by_rule.get(r, zero)[1] + other.by_rule.get(r, zero)[1],
                )
                for r in rules
            },
            tuple(sorted(self.failed + other.failed)),
            self.probation_due + other.probation_due,
            self.probation_overdue + other.probation_overdue,
        )


def summarize(report: RosterReport) -> RosterSummary:
    """The summary of a single-process report (to compare with a partitioned run)."""
    c = report.roster.counts(report.as_of)
    return RosterSummary(
        report.as_of,
        c.members,
        c.official,
        c.probationary,
        dict(sorted(c.organizations.items())),
        report.by_rule(),
        tuple(sorted(report.problems.iter_rows())),
        report.probation_due().height,
        report.probation_overdue().height,
    )


def partitions(folder: str | Path) -> list[str]:
    """The parts of a partitioned roster folder (the names of ``organizations/*.parquet``)."""
    return sorted(p.stem for p in (Path(folder) / "organizations").glob("*.parquet"))


def check_part(
    folder: str, part: str, as_of: date, threshold_reading: str | None = None
) -> PartitionResult:
    """Read, validate and check one part (the task a worker runs)."""
    t = time.perf_counter()
    roster = Roster.read(folder, part=part)
    report = roster.check_structure(as_of, threshold_reading=threshold_reading)
    summary = summarize(report)
    size = sum(int(t.estimated_size()) for t in roster.tables.values()) + int(
        report.organization_results.estimated_size() + report.probation.estimated_size()
    )
    return PartitionResult(part, summary, time.perf_counter() - t, size)


def check_partitions(
    client: distributed.Client,
    folder: str | Path,
    as_of: date,
    *,
    parts: Iterable[str] | None = None,
    threshold_reading: str | None = None,
) -> tuple[RosterSummary, tuple[PartitionResult, ...]]:
    """Every part of ``folder`` checked on the cluster of ``client``; the summed summary and
    each part's figures. The folder must be readable by every worker (a shared file system
    or object store)."""
    names = list(parts) if parts is not None else partitions(folder)
    if not names:
        raise ValueError(f"no partitions under {folder}/organizations/")
    futures = client.map(
        check_part,
        [str(folder)] * len(names),
        names,
        [as_of] * len(names),
        [threshold_reading] * len(names),
        pure=False,
    )
    results: list[PartitionResult] = client.gather(futures)  # type: ignore[no-untyped-call]
    total = results[0].summary
    for r in results[1:]:
        total = total + r.summary
    return total, tuple(results)
