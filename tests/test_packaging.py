"""The wheel carries the schemas and the data; the schemas folder is the only copy in git."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_schemas_live_once_in_git() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "*.schema.json"], cwd=ROOT, capture_output=True, text=True
    )
    if tracked.returncode != 0:  # not a git checkout (an sdist): nothing to check
        return
    paths = [p for p in tracked.stdout.split() if p]
    assert paths and all(p.startswith("schemas/") for p in paths)


def test_wheel_carries_schemas_and_data(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("dangkiemtra-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for schema in (ROOT / "schemas").glob("*.schema.json"):
        assert f"dangkiemtra/schemas/{schema.name}" in names
    assert "dangkiemtra/py.typed" in names
    assert "dangkiemtra/rulebook/data/parameters.toml" in names
    assert "dangkiemtra/datasets/data/reference-organization.json" in names
