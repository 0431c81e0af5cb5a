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
    # the public module and the schema files share the package folder
    assert "dangkiemtra/schemas/__init__.py" in names
    assert "dangkiemtra/py.typed" in names
    assert "dangkiemtra/rulebook/data/parameters.toml" in names
    assert "dangkiemtra/datasets/data/reference-organization.json" in names


def test_an_installed_wheel_finds_its_schemas(tmp_path: Path) -> None:
    """Unpacked as pip would, the wheel reads its schemas from the package, not a checkout."""
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
    subprocess.run([*pip, "-w", str(tmp_path), str(ROOT)], check=True)
    (wheel,) = tmp_path.glob("dangkiemtra-*.whl")
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import dangkiemtra._schemas as s, dangkiemtra.schemas as p; "
        "print(str(s.schema_dir()).startswith(str(__import__('pathlib').Path.cwd())), "
        "p.validate({'format': 'dangkiemtra.reception/1', 'holder': 'party_head', "
        "'level': 'province', 'year': 2024, 'days': ['2024-01-10']}))"
    )
    out = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {code}"],
        cwd=site,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == ["True", "reception-record"]
