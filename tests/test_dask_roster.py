"""Partitions checked on a Dask cluster add up to the single-process answer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dangkiemtra.roster import Roster
from dangkiemtra.roster.cluster import check_part, check_partitions, partitions, summarize
from dangkiemtra.roster.synthetic import AS_OF, national_roster


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("provinces")
    for part, tables in national_roster(
        members=30_000, grassroots=300, provinces=3, seed=7
    ).items():
        for name, table in tables.items():
            (root / name).mkdir(exist_ok=True)
            table.write_parquet(root / name / f"{part}.parquet")
    return root


def test_a_local_cluster_of_two_workers_gives_the_single_process_answer(folder: Path) -> None:
    from distributed import Client, LocalCluster

    single = summarize(Roster.read(folder).check_structure(AS_OF))
    assert single.failed, "the synthetic roster plants failures"
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    )
    client = Client(cluster)  # type: ignore[no-untyped-call]
    try:
        assert len(client.scheduler_info()["workers"]) == 2
        total, parts = check_partitions(client, folder, AS_OF)
    finally:
        client.close()  # type: ignore[no-untyped-call]
        cluster.close()
    assert total == single
    assert [p.part for p in parts] == ["p01", "p02", "p03"] == partitions(folder)
    assert all(p.seconds > 0 and p.table_bytes > 0 for p in parts)


def test_one_part_is_a_forest_of_its_own(folder: Path) -> None:
    part = check_part(str(folder), "p02", AS_OF)
    alone = summarize(Roster.read(folder, part="p02").check_structure(AS_OF))
    assert part.summary == alone
    assert 0 < part.summary.members < summarize(Roster.read(folder).check_structure(AS_OF)).members


def test_without_the_extra_the_import_names_it() -> None:
    code = (
        "import sys; sys.modules['distributed'] = None\n"
        "try:\n    import dangkiemtra.roster.cluster\n"
        "except ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "dangkiemtra[dask]" in out.stdout
