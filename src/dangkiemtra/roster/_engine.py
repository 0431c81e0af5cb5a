"""The columnar engine of the roster path (Polars, and NumPy for histograms), imported once
with a helpful error."""

from __future__ import annotations

from collections.abc import Sequence

try:
    import numpy
    import polars
except ImportError as err:  # pragma: no cover - exercised by a test that hides polars
    raise ImportError(
        "dangkiemtra.roster needs Polars (the columnar engine of the roster path) and NumPy: "
        "pip install 'dangkiemtra[scale]'"
    ) from err

pl = polars

__all__ = ["dense_counts", "hstack_aligned", "pl"]


def dense_counts(index: pl.Series, size: int, masks: Sequence[pl.Series] = ()) -> list[pl.Series]:
    """For each row number ``0 … size - 1`` of a table, how many rows of ``index`` name it,
    then how many of those each mask (same length as ``index``) holds.

    ``index`` holds row numbers (e.g. each member's organisation, ``__o``); nulls name no
    row. A histogram of small integers (``numpy.bincount``) counts 5.6 million members in
    a few milliseconds, where a group-by first hashes every key.
    """
    where = (index.fill_null(size) if index.null_count() else index).to_numpy()
    out = [pl.Series(numpy.bincount(where, minlength=size + 1)[:size])]
    for mask in masks:
        held = mask.fill_null(False).to_numpy()
        out.append(pl.Series(numpy.bincount(where[held], minlength=size + 1)[:size]))
    return out


def hstack_aligned(df: pl.DataFrame, columns: Sequence[pl.Series]) -> pl.DataFrame:
    """``df`` with ``columns`` added, each cut at ``df``'s chunk boundaries.

    A roster read from many files keeps one chunk per file; a join or a gather gives one
    chunk. Polars copies every column of a frame whose columns are chunked differently into
    one chunk before each operation on it: on a national roster, millions of ids copied again
    for every check. Slices share memory, so cutting the new columns alike costs nothing.
    """
    lengths = df.to_series(0).chunk_lengths() if df.width else []
    if len(lengths) < 2:
        return df.hstack(list(columns))
    cut = []
    for column in columns:
        parts, start = [], 0
        for n in lengths:
            parts.append(column.slice(start, n))
            start += n
        cut.append(pl.concat(parts, rechunk=False))
    return df.hstack(cut)
