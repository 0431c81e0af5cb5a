"""Reading the roster's raw tables: Parquet, CSV or partitioned files, or DataFrames and Arrow tables."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dangkiemtra._schemas import expected_for
from dangkiemtra.errors import Problem
from dangkiemtra.roster._columns import REQUIRED_TABLES, TABLES, RosterDataError
from dangkiemtra.roster._engine import pl


def _read_one(folder: Path, name: str, part: str | None) -> pl.DataFrame | None:
    parts = folder / name
    if parts.is_dir():
        files = [parts / f"{part}.parquet"] if part else sorted(parts.glob("*.parquet"))
        files = [f for f in files if f.is_file()]
        if not files:
            return None
        return pl.read_parquet(files)
    if part is not None:
        return None
    if (folder / f"{name}.parquet").is_file():
        return pl.read_parquet(folder / f"{name}.parquet")
    if (folder / f"{name}.csv").is_file():
        # every CSV field is read as text and then checked: nothing is coerced
        return pl.read_csv(folder / f"{name}.csv", infer_schema=False)
    return None


def read_tables(folder: str | Path, *, part: str | None = None) -> dict[str, pl.DataFrame]:
    """The raw tables of ``folder``: ``name.parquet``, ``name.csv`` or ``name/*.parquet`` each.

    With ``part``, only ``name/part.parquet`` of each table (one partition, e.g. a province).
    """
    folder = Path(folder)
    out: dict[str, pl.DataFrame] = {}
    problems: list[Problem] = []
    for name in TABLES:
        try:
            table = _read_one(folder, name, part)
        except (pl.exceptions.PolarsError, OSError):
            problems.append(
                Problem(
                    f"/{name}",
                    "table.unreadable",
                    "một tệp Parquet hoặc CSV (UTF-8) đọc được",
                    "a readable Parquet or CSV (UTF-8) file",
                )
            )
            continue
        if table is None:
            if name in REQUIRED_TABLES:
                vi, en = expected_for("required", name, {})
                problems.append(Problem(f"/{name}", "schema.required", vi, en))
            continue
        out[name] = table
    if problems:
        raise RosterDataError(problems)
    return out


def _frame(value: Any) -> pl.DataFrame:
    if isinstance(value, pl.DataFrame):
        return value
    if isinstance(value, pl.LazyFrame):
        return value.collect()
    module = type(value).__module__.split(".")[0]
    if module == "pandas":
        frame: pl.DataFrame = pl.from_pandas(value)
        return frame
    if module == "pyarrow":
        arrow = pl.from_arrow(value)
        if isinstance(arrow, pl.DataFrame):
            return arrow
    raise TypeError(
        "a roster table is a Polars or pandas DataFrame or an Arrow table, "
        f"not {type(value).__name__}"
    )


def tables_from_frames(frames: Mapping[str, Any]) -> dict[str, pl.DataFrame]:
    """Raw tables from Polars or pandas DataFrames or Arrow tables, by table name."""
    unknown = set(frames) - set(TABLES)
    if unknown:
        raise TypeError(f"unknown roster tables: {sorted(unknown)} (expected {list(TABLES)})")
    return {name: _frame(v) for name, v in frames.items() if v is not None}
