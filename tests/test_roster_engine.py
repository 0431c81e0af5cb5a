"""The roster engine's two helpers: columns added cut like the frame, and counts per row
number (what keeps the national path from copying and hashing millions of rows)."""

from __future__ import annotations

import pytest

pytest.importorskip("polars")
import polars as pl

from dangkiemtra.roster._engine import dense_counts, hstack_aligned


def _chunked(*parts: list[int]) -> pl.DataFrame:
    return pl.concat([pl.DataFrame({"a": p}) for p in parts], rechunk=False)


@pytest.mark.parametrize("parts", [([1, 2], [3]), ([1], [2, 3], [4, 5, 6])])
def test_added_columns_are_cut_at_the_frames_chunks(parts: tuple[list[int], ...]) -> None:
    df = _chunked(*parts)
    n = df.height
    out = hstack_aligned(df, [pl.Series("b", list(range(n))), pl.Series("c", ["x"] * n)])
    lengths = [len(p) for p in parts]
    assert [out[c].chunk_lengths() for c in out.columns] == [lengths] * 3
    assert out["b"].to_list() == list(range(n))
    assert out["a"].to_list() == [v for p in parts for v in p]


def test_a_frame_of_one_chunk_or_no_columns_takes_the_columns_as_they_are() -> None:
    one = hstack_aligned(pl.DataFrame({"a": [1, 2]}), [pl.Series("b", [3, 4])])
    assert one.to_dict(as_series=False) == {"a": [1, 2], "b": [3, 4]}
    empty = hstack_aligned(pl.DataFrame(), [pl.Series("b", [], dtype=pl.Int64)])
    assert empty.columns == ["b"] and empty.height == 0


def test_counts_per_row_number_include_rows_no_one_names_and_skip_nulls() -> None:
    index = pl.Series([0, 0, 2, None, 2, 2], dtype=pl.UInt32)
    mask = pl.Series([True, False, True, True, None, True])
    rows, held = dense_counts(index, 5, [mask])
    assert rows.to_list() == [2, 0, 3, 0, 0]  # rows 1, 3 and 4 named by none: 0, not missing
    assert held.to_list() == [1, 0, 2, 0, 0]  # a null mask holds nothing; a null row names none
    assert dense_counts(pl.Series([], dtype=pl.UInt32), 3)[0].to_list() == [0, 0, 0]
    assert dense_counts(pl.Series([None], dtype=pl.UInt32), 0)[0].to_list() == []
