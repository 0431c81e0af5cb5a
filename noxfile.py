"""Sessions: ``nox`` runs tests, lint, typecheck and docs; ``nox -s bench`` prints benchmarks.

Every tool is installed here from PyPI into the session's own environment, so a fresh
machine needs only Python 3.11+ and nox.
"""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typecheck", "docs"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = False


@nox.session
def tests(session: nox.Session) -> None:
    """pytest: unit, property, doctest, notebook and robustness tests.

    The package is installed editable so that doctests run on ``src/``; a test builds the
    wheel and checks that it carries the schemas.
    """
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def slow(session: nox.Session) -> None:
    """The property tests with many more Hypothesis examples (not run by default)."""
    session.install(".[test]")
    session.run("pytest", "tests", "-q", *session.posargs, env={"HYPOTHESIS_PROFILE": "slow"})


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: the lint rules, and the formatter's layout (``ruff format`` fixes it)."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the package, tests, scripts and benchmarks."""
    session.install("-e", ".[typecheck]")
    session.run("mypy")


@nox.session
def docs(session: nox.Session) -> None:
    """Sphinx with myst-nb, warnings as errors, offline."""
    session.install("-e", ".[docs]")
    session.run("sphinx-build", "-W", "--keep-going", "-b", "html", "docs", "docs/_build/html")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks, each printed as a ratio to a baseline measured in the same run."""
    session.install(".")
    # display figures (#8), the national roster and the object path's baseline parse (#11)
    session.install(".[analysis,scale,dask]", "numpy", "orjson")
    session.run("python", "benchmarks/bench.py", *session.posargs)


@nox.session
def mutation(session: nox.Session) -> None:
    """Mutation testing (not in the default run): operator flips per module, score printed.

    ``nox -s mutation -- --jobs 2 --max 30 periods/_deadline discipline/votes`` limits the run; see
    ``scripts/mutation.py``.
    """
    session.install("-e", ".[test]")
    session.run("python", "scripts/mutation.py", *session.posargs)
