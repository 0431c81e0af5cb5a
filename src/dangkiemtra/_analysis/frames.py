"""The frame of every table: the ``[analysis]`` extra's imports, the typed columns."""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, TypeAlias

#: A ``pandas.DataFrame`` (typed loosely: pandas is an optional extra).
DataFrame: TypeAlias = Any
#: A ``matplotlib.figure.Figure`` (typed loosely: matplotlib is an optional extra).
Figure: TypeAlias = Any

#: The optional extra that brings pandas, matplotlib, openpyxl and icalendar.
EXTRA = "dangkiemtra[analysis]"


def require(module: str, feature: str) -> ModuleType:
    """Import ``module`` for ``feature``, or raise an ``ImportError`` that names the extra."""
    try:
        return importlib.import_module(module)
    except ImportError as err:
        top = module.split(".")[0]
        raise ImportError(
            f"{feature} cần gói '{top}': pip install '{EXTRA}' / "
            f"{feature} needs '{top}': pip install '{EXTRA}'",
            name=top,
        ) from err


def _pd() -> Any:
    return require("pandas", "to_pandas()")


def frame(rows: Sequence[Mapping[str, Any]], columns: Mapping[str, str]) -> DataFrame:
    """A DataFrame of ``rows`` with ``columns`` (name → dtype: int, float, bool, str, date)."""
    pd = _pd()
    data: dict[str, Any] = {}
    for name, kind in columns.items():
        values = [r.get(name) for r in rows]
        if kind == "date":
            data[name] = pd.Series(
                pd.to_datetime(pd.Series(values, dtype="object")), dtype="datetime64[ns]"
            )
        elif kind == "int":
            data[name] = pd.Series(values, dtype="int64")
        elif kind == "Int":  # counts that may be missing
            data[name] = pd.Series(values, dtype="Int64")
        elif kind == "float":
            data[name] = pd.Series(
                [None if v is None else float(v) for v in values], dtype="float64"
            )
        elif kind == "bool":
            data[name] = pd.Series(values, dtype="bool")
        else:
            data[name] = pd.Series(values, dtype="object").astype("string")
    return pd.DataFrame(data, columns=list(columns))
