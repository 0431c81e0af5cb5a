"""Sphinx configuration: myst-nb pages, numpy docstrings, a rule catalogue generated from the rulebook."""

from __future__ import annotations

import shutil
import sys
from importlib import metadata as _metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

project = "dangkiemtra"
author = "dangkiemtra developers"
copyright = "2026, dangkiemtra developers"
release = _metadata.version("dangkiemtra")  # the version lives in pyproject.toml only
version = release
language = "en"

extensions = [
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
napoleon_google_docstring = False
napoleon_numpy_docstring = True
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
myst_enable_extensions = ["colon_fence", "deflist"]
nb_execution_mode = "force"
nb_execution_timeout = 300
nb_execution_raise_on_error = True
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "**.ipynb_checkpoints"]
html_theme = "furo"
html_title = "dangkiemtra"
html_static_path: list[str] = []
suppress_warnings = ["myst.header"]
nitpicky = False


def _generate(_app: object) -> None:
    from gen_catalogue import write_catalogue
    from gen_schemas import write_schema_pages

    out = HERE / "_generated"
    out.mkdir(exist_ok=True)
    write_catalogue(out / "catalogue.md")
    write_schema_pages(out / "schemas")
    examples = out / "examples"
    examples.mkdir(exist_ok=True)
    for nb in sorted((ROOT / "examples").glob("*.ipynb")):
        shutil.copyfile(nb, examples / nb.name)


def setup(app: object) -> None:
    app.connect("builder-inited", _generate)  # type: ignore[attr-defined]
