"""The checks a roster table runs: each column's values, its references' form, repeated ids.

Every check is a Polars mask evaluated in one pass per table; the rows it finds become
problems ``/table/row/column`` (at most :data:`~dangkiemtra.roster._columns.MAX_PROBLEMS`
listed, the rest counted), never the value.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from dangkiemtra._schemas import expected_for, schema
from dangkiemtra.errors import Problem
from dangkiemtra.roster._columns import (
    _DATE_RE,
    _ID_RE,
    _INT_RE,
    MAX_PROBLEMS,
    TABLES,
    Column,
    _defs,
    empty_table,
)
from dangkiemtra.roster._engine import dense_counts, pl


@attrs.frozen
class _Check:
    table: str
    column: str
    code: str
    vi: str
    en: str
    mask: pl.Expr


def _as_string(col: str, dtype: pl.DataType) -> pl.Expr | None:
    if dtype == pl.String:
        return pl.col(col)
    if isinstance(dtype, pl.Categorical | pl.Enum) or dtype == pl.Null:
        return pl.col(col).cast(pl.String)
    return None


def _type_check(table: str, c: Column, expected_type: str) -> _Check:
    vi, en = expected_for("type", expected_type, {})
    return _Check(table, c.name, "schema.type", vi, en, pl.col(c.name).is_not_null())


def _column(table: str, c: Column, dtype: pl.DataType) -> tuple[pl.Expr, list[_Check]]:
    """The column normalised (null where bad) and the checks of its values."""
    checks: list[_Check] = []
    sub = c.subschema
    if c.kind == "date":
        if dtype == pl.Date:
            return pl.col(c.name), checks
        if isinstance(dtype, pl.Datetime) and dtype.time_zone is None:
            # pandas keeps dates as datetime64 at midnight: a time of day is not a date
            day = pl.col(c.name).dt.date()
            midnight = pl.col(c.name) == day.cast(dtype)
            checks.append(
                _Check(
                    table,
                    c.name,
                    "schema.type",
                    "một ngày, không kèm giờ",
                    "a date without a time of day",
                    pl.col(c.name).is_not_null() & ~midnight,
                )
            )
            return pl.when(midnight).then(day).otherwise(None).alias(c.name), checks
        s = _as_string(c.name, dtype)
        if s is None:
            return pl.lit(None, pl.Date).alias(c.name), [_type_check(table, c, "string")]
        vi, en = expected_for("pattern", None, sub)
        form_ok = s.str.contains(_DATE_RE)
        checks.append(_Check(table, c.name, "schema.pattern", vi, en, s.is_not_null() & ~form_ok))
        parsed = s.str.to_date("%Y-%m-%d", strict=False)
        checks.append(
            _Check(
                table,
                c.name,
                "date.invalid",
                "một ngày có thật trong lịch",
                "a real calendar date",
                form_ok.fill_null(False) & parsed.is_null(),
            )
        )
        return pl.when(form_ok).then(parsed).otherwise(None).alias(c.name), checks
    if c.kind == "int":
        if dtype.is_integer():
            value = pl.col(c.name).cast(pl.Int64)
        else:
            s = _as_string(c.name, dtype)
            if s is None:
                return pl.lit(None, pl.Int64).alias(c.name), [_type_check(table, c, "integer")]
            form_ok = s.str.contains(_INT_RE)
            vi, en = expected_for("type", "integer", {})
            checks.append(_Check(table, c.name, "schema.type", vi, en, s.is_not_null() & ~form_ok))
            value = pl.when(form_ok).then(s.cast(pl.Int64, strict=False))
        lo, hi = sub["minimum"], sub["maximum"]
        vi, en = expected_for("minimum", lo, {})
        checks.append(_Check(table, c.name, "schema.minimum", vi, en, value < lo))
        vi, en = expected_for("maximum", hi, {})
        checks.append(_Check(table, c.name, "schema.maximum", vi, en, value > hi))
        ok = value.is_between(lo, hi)
        return pl.when(ok).then(value).otherwise(None).alias(c.name), checks
    s = _as_string(c.name, dtype)
    if s is None:
        return pl.lit(None, pl.String).alias(c.name), [_type_check(table, c, "string")]
    if c.kind == "enum":
        vi, en = expected_for("enum", list(c.values), sub)
        bad = s.is_not_null() & ~s.is_in(list(c.values))
        checks.append(_Check(table, c.name, "schema.enum", vi, en, bad))
    elif c.kind == "text":
        n = s.str.len_chars()
        lo, hi = sub["minLength"], sub["maxLength"]
        vi, en = expected_for("minLength", lo, sub)
        checks.append(_Check(table, c.name, "schema.minLength", vi, en, n < lo))
        vi, en = expected_for("maxLength", hi, sub)
        checks.append(_Check(table, c.name, "schema.maxLength", vi, en, n > hi))
        bad = (n < lo) | (n > hi)
    elif c.reference:
        return s.alias(c.name), checks  # see Column.reference
    else:  # id or pattern
        regex = _ID_RE if c.kind == "id" else sub["pattern"]
        vi, en = expected_for("pattern", regex, sub)
        bad = s.is_not_null() & ~s.str.contains(regex)
        checks.append(_Check(table, c.name, "schema.pattern", vi, en, bad))
    if c.kind != "enum":
        # a malformed id or text is kept as it is: any problem stops the build, and the
        # JSON loader also checks references and repeats on the raw strings
        return s.alias(c.name), checks
    return pl.when(bad.fill_null(False)).then(None).otherwise(s).alias(c.name), checks


class _Problems:
    """Problems found so far: the first :data:`MAX_PROBLEMS` and a count of the rest."""

    def __init__(self) -> None:
        self.listed: list[Problem] = []
        self.total = 0

    def room(self) -> int:
        return max(0, MAX_PROBLEMS - len(self.listed))

    def add_rows(self, check: _Check, rows: Iterable[int], count: int) -> None:
        self.total += count
        for row in rows:
            if not self.room():
                break
            self.listed.append(
                Problem(f"/{check.table}/{row}/{check.column}", check.code, check.vi, check.en)
            )


def _run(found: _Problems, df: pl.DataFrame, checks: list[_Check]) -> None:
    """Evaluate ``checks`` on ``df`` in one pass; locate the rows of those that found something."""
    if not checks or df.height == 0:
        return
    if any(ch.code == "reference.unknown" for ch in checks):
        _ref_form(found, df, checks)
    sums = df.select(
        [ch.mask.fill_null(False).sum().alias(f"c{i}") for i, ch in enumerate(checks)]
    ).row(0)
    for ch, n in zip(checks, sums, strict=True):
        if n:
            rows: list[int] = []
            if found.room():
                rows = (
                    df.select(pl.arg_where(ch.mask.fill_null(False)).head(found.room()))
                    .to_series()
                    .to_list()
                )
            found.add_rows(ch, rows, int(n))


def _normalise(found: _Problems, name: str, raw: pl.DataFrame | None) -> pl.DataFrame:
    if raw is None:
        return empty_table(name)
    columns = {c.name: c for c in TABLES[name]}
    checks: list[_Check] = []
    exprs: list[pl.Expr] = []
    vi, en = expected_for("additionalProperties", None, {})
    for col in raw.columns:
        if col not in columns:
            checks.append(
                _Check(name, col, "schema.additionalProperties", vi, en, pl.col(col).is_not_null())
            )
    for c in TABLES[name]:
        if c.name not in raw.columns:
            if c.required and raw.height:
                rvi, ren = expected_for("required", c.name, {})
                check = _Check(name, c.name, "schema.required", rvi, ren, pl.lit(True))
                found.add_rows(check, range(min(raw.height, found.room())), raw.height)
            dtype = pl.Date if c.kind == "date" else pl.Int64 if c.kind == "int" else pl.String
            exprs.append(pl.lit(None, dtype).alias(c.name))
            continue
        expr, col_checks = _column(name, c, raw.schema[c.name])
        checks.extend(col_checks)
        if c.required:
            rvi, ren = expected_for("required", c.name, {})
            checks.append(
                _Check(name, c.name, "schema.required", rvi, ren, pl.col(c.name).is_null())
            )
        exprs.append(expr)
    _run(found, raw, checks)
    return raw.select(exprs)


def _order(table: str, column: str, vi: str, en: str, mask: pl.Expr) -> _Check:
    return _Check(table, column, "date.order", vi, en, mask)


def _ref(table: str, column: str, vi: str, en: str, mask: pl.Expr) -> _Check:
    return _Check(table, column, "reference.unknown", vi, en, mask)


def _ref_form(found: _Problems, df: pl.DataFrame, checks: list[_Check]) -> None:
    """The form of the references that name no row (only those can be malformed)."""
    refs = [ch for ch in checks if ch.code == "reference.unknown"]
    if not refs or df.height == 0:
        return
    counts = df.select(
        [ch.mask.fill_null(False).sum().alias(f"c{i}") for i, ch in enumerate(refs)]
    ).row(0)
    sub = _defs()["id"]
    vi, en = expected_for("pattern", _ID_RE, sub)
    _run(
        found,
        df,
        [
            _Check(
                ch.table,
                ch.column,
                "schema.pattern",
                vi,
                en,
                ch.mask & ~pl.col(ch.column).str.contains(_ID_RE),
            )
            for ch, n in zip(refs, counts, strict=True)
            if n
        ],
    )


_ORG_REF = ("mã một tổ chức có trong cây", "the id of an organisation in the tree")
_DUP = ("một mã chưa dùng ở nơi khác", "an id not used elsewhere")


def _distinct(df: pl.DataFrame, col: str) -> bool:
    """Whether no two rows share a value of ``col`` (nulls aside), proven by distinct hashes;
    ``False`` when two hashes collide, whether or not the values are equal."""
    values = pl.col(col).drop_nulls()
    return bool(df.select(values.hash().n_unique() == values.len()).item())


def _duplicate(df: pl.DataFrame, col: str, distinct: bool | None = None) -> pl.Expr:
    """Rows repeating an earlier row's ``col``. Distinct hashes prove distinct values, so the
    exact (slower) search runs only when two hashes collide (``distinct``: already known)."""
    if distinct if distinct is not None else _distinct(df, col):
        return pl.lit(False)
    return pl.col(col).is_not_null() & ~pl.col(col).is_first_distinct()


def _too_many(df: pl.DataFrame, orgs: int, table: str, column: str, field: str) -> _Check:
    """The first row past the schema's ``maxItems`` of ``field`` in its group (``column``).

    The JSON document holds children and members as arrays under their organisation, with the
    limits of ``organization.schema.json``; the tables hold the same arrays as rows sharing a
    ``column``, so the row that would make the array too long is the one reported. ``df`` is
    the table joined to its organisation (``__o``, the organisation's row among ``orgs``):
    counting those integers first is cheap, and rows are ranked only when some group is over
    the limit.
    """
    limit = schema("organization")["$defs"]["node"]["properties"][field]["maxItems"]
    vi, en = expected_for("maxItems", limit, {})
    mask = pl.lit(False)
    # the largest group of rows naming a known organisation (0 when none names one: roots,
    # or references that name no row, which are reported as such)
    largest = dense_counts(df["__o"], orgs)[0].max() if df.height > limit else 0
    if isinstance(largest, int) and largest > limit:
        rank = pl.int_range(pl.len()).over("__o")
        mask = pl.col("__o").is_not_null() & (rank == limit)
    return _Check(table, column, "schema.maxItems", vi, en, mask)
