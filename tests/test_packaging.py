"""The wheel carries the schemas and the data; the schemas folder is the only copy in git."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this checkout, built once for the packaging tests."""
    folder = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
    subprocess.run([*pip, "-w", str(folder), str(ROOT)], check=True)
    (built,) = folder.glob("dangkiemtra-*.whl")
    return built


def test_schemas_live_once_in_git() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "*.schema.json"], cwd=ROOT, capture_output=True, text=True
    )
    if tracked.returncode != 0:  # not a git checkout (an sdist): nothing to check
        return
    paths = [p for p in tracked.stdout.split() if p]
    assert paths and all(p.startswith("schemas/") for p in paths)


def test_wheel_carries_schemas_and_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for schema in (ROOT / "schemas").glob("*.schema.json"):
        assert f"dangkiemtra/schemas/{schema.name}" in names
    # the public module and the schema files share the package folder
    assert "dangkiemtra/schemas/__init__.py" in names
    assert "dangkiemtra/py.typed" in names
    assert "dangkiemtra/rulebook/data/parameters.toml" in names
    assert "dangkiemtra/datasets/data/reference-organization.json" in names


def test_the_version_has_one_source() -> None:
    import tomllib
    from importlib.metadata import version

    import dangkiemtra

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert dangkiemtra.__version__ == version("dangkiemtra") == declared
    for path in [*(ROOT / "src").rglob("*.py"), ROOT / "docs" / "conf.py"]:
        text = path.read_text("utf-8")
        assert f'"{declared}"' not in text, f"{path} repeats the version"


def test_licence_changelog_and_urls(wheel: Path) -> None:
    import tomllib

    licence = (ROOT / "LICENSE").read_text("utf-8")
    assert licence.startswith("MIT License")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == "MIT"
    assert {"Homepage", "Documentation", "Source", "Issues", "Changelog"} <= set(project["urls"])
    assert any(c.startswith("Development Status") for c in project["classifiers"])
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    assert "## [Unreleased]" in changelog and f"## [{project['version']}]" in changelog
    with zipfile.ZipFile(wheel) as zf:
        licences = [n for n in zf.namelist() if n.endswith("/LICENSE") and ".dist-info/" in n]
        assert licences, "the wheel has no LICENSE"
        assert zf.read(licences[0]).decode("utf-8") == licence
        metadata = zf.read(next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA")))
    assert b"License-Expression: MIT" in metadata
    assert b"Project-URL: Documentation" in metadata


def test_docs_and_docstrings_cite_no_file_the_user_lacks() -> None:
    import re

    pattern = re.compile(r"\.\./shared|shared/rules|shared/seeds|\bseed 00\d")
    paths = [
        ROOT / "README.md",
        *(ROOT / "docs").rglob("*.md"),
        *(ROOT / "docs").glob("*.py"),
        *(ROOT / "src").rglob("*.py"),
        *(ROOT / "src").rglob("*.toml"),
        *(ROOT / "examples").glob("*.ipynb"),
    ]
    offenders = [
        str(p.relative_to(ROOT))
        for p in paths
        if "_build" not in p.parts and "_generated" not in p.parts
        if pattern.search(p.read_text("utf-8"))
    ]
    assert offenders == []


def test_an_installed_wheel_finds_its_schemas(wheel: Path, tmp_path: Path) -> None:
    """Unpacked as pip would, the wheel reads its schemas from the package, not a checkout."""
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
