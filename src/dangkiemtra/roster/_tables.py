"""The roster's tables: their columns, reading them, and validating them all at once.

The columns are the fields of ``schemas/organization.schema.json`` and
``schemas/member.schema.json``, flattened: a member's ``departure`` object becomes
``departure_kind`` and ``departure_date``; a member's ``posts`` become rows of ``posts``
with a ``member`` column; a node's ``children`` become a ``parent`` column. Problems carry
the same codes as the JSON loader's and a pointer ``/table/row/column`` (rows counted from
0, as in a JSON array), never the value.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from dangkiemtra._schemas import expected_for, schema
from dangkiemtra.errors import MAX_LISTED, DataError, OmittedProblems, Problem
from dangkiemtra.organization import BodyKind, DepartureKind, OrgKind, PostTitle
from dangkiemtra.roster._engine import pl

__all__ = [
    "MAX_PROBLEMS",
    "TABLES",
    "Column",
    "RosterDataError",
    "read_tables",
    "tables_from_frames",
    "validate_tables",
]

#: At most this many problems are listed; the rest are counted.
MAX_PROBLEMS = MAX_LISTED

_ID_RE = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
_DATE_RE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_INT_RE = r"^-?[0-9]{1,18}$"
_CELL_KINDS = [k.value for k in OrgKind if k.is_cell]

#: Which kinds may sit under which (the same table as the JSON loader's).
ALLOWED_PARENT: Mapping[str, tuple[str, ...]] = {
    OrgKind.BASE_COMMITTEE.value: (OrgKind.SUPERIOR.value,),
    OrgKind.BASE_CELL.value: (OrgKind.SUPERIOR.value,),
    OrgKind.PARTIAL_COMMITTEE.value: (OrgKind.BASE_COMMITTEE.value,),
    OrgKind.CELL.value: (OrgKind.BASE_COMMITTEE.value, OrgKind.PARTIAL_COMMITTEE.value),
    OrgKind.SUPERIOR.value: (),
}


@functools.cache
def _defs() -> Mapping[str, Any]:
    common = schema("common")["$defs"]
    node = schema("organization")["$defs"]["node"]["properties"]
    member = schema("member")["properties"]
    defs: dict[str, Any] = {
        "id": common["id"],
        "text": common["text"],
        "date": common["date"],
        "org_kind": node["kind"],
        "body_kind": node["bodies"]["items"]["properties"]["kind"],
        "size": node["bodies"]["items"]["properties"]["size"],
        "rule_id": node["exceptions"]["items"]["properties"]["rule_id"],
        "gender": member["gender"],
        "citizen_id": member["citizen_id"],
        "party_card_number": member["party_card_number"],
        "departure_kind": member["departure"]["properties"]["kind"],
        "title": member["posts"]["items"]["properties"]["title"],
    }
    return defs


@attrs.frozen
class Column:
    """One column of a roster table: its JSON field's kind and whether it is required."""

    name: str
    kind: str  # id | text | date | enum | int | pattern
    required: bool
    schema_def: str = ""
    values: tuple[str, ...] = ()
    #: An id naming a row of another table: its form is checked only where it names none
    #: (an id that names a row has that row's valid form), which spares a national run a
    #: pattern match per member.
    reference: bool = False

    @property
    def subschema(self) -> Mapping[str, Any]:
        """The JSON Schema fragment the column's values obey."""
        sub: Mapping[str, Any] = _defs()[self.schema_def or self.kind]
        return sub


def _enum(name: str, required: bool, values: Iterable[str], schema_def: str) -> Column:
    return Column(name, "enum", required, schema_def, tuple(values))


#: The tables, their columns, in the order of the JSON fields.
TABLES: Mapping[str, tuple[Column, ...]] = {
    "organizations": (
        Column("id", "id", True),
        Column("parent", "id", False, reference=True),
        _enum("kind", True, (k.value for k in OrgKind), "org_kind"),
        Column("name", "text", True),
    ),
    "bodies": (
        Column("organization", "id", True, reference=True),
        _enum("kind", True, (k.value for k in BodyKind), "body_kind"),
        Column("size", "int", True, "size"),
        Column("elected_on", "date", True),
    ),
    "exceptions": (
        Column("organization", "id", True, reference=True),
        Column("rule_id", "pattern", True, "rule_id"),
        Column("decision", "text", True),
        Column("decided_on", "date", True),
    ),
    "members": (
        Column("id", "id", True),
        Column("organization", "id", True, reference=True),
        Column("full_name", "text", False),
        _enum("gender", True, ("nam", "nu"), "gender"),
        Column("birth_date", "date", True),
        Column("citizen_id", "pattern", False, "citizen_id"),
        Column("party_card_number", "pattern", False, "party_card_number"),
        Column("admission_date", "date", True),
        Column("official_date", "date", False),
        Column("joined_on", "date", False),
        _enum("departure_kind", False, (k.value for k in DepartureKind), "departure_kind"),
        Column("departure_date", "date", False),
    ),
    "posts": (
        Column("member", "id", True, reference=True),
        _enum("title", True, (k.value for k in PostTitle), "title"),
        Column("organization", "id", True, reference=True),
        Column("from", "date", True),
        Column("until", "date", False),
    ),
}
#: Tables that must be given; the others may be absent (no rows).
REQUIRED_TABLES = ("organizations", "members")

_DTYPES = {"id": pl.String, "text": pl.String, "enum": pl.String, "pattern": pl.String}


def empty_table(name: str) -> pl.DataFrame:
    """A table with the columns of ``name`` and no rows."""
    return pl.DataFrame(
        schema={
            c.name: pl.Date if c.kind == "date" else pl.Int64 if c.kind == "int" else pl.String
            for c in TABLES[name]
        }
    )


class RosterDataError(DataError):
    """Bad roster tables: the first problems (at most :data:`MAX_PROBLEMS`) and how many more.

    The same :class:`~dangkiemtra.errors.DataError` as the JSON path, with its cap: a last
    :class:`~dangkiemtra.errors.OmittedProblems` counts the problems beyond those listed
    (:attr:`omitted`).
    """

    def __init__(self, problems: Iterable[Problem], omitted: int = 0) -> None:
        found = list(problems)
        super().__init__([*found, OmittedProblems.of(omitted)] if omitted else found)


# ── reading ─────────────────────────────────────────────────────────────────────────────


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


# ── validating ──────────────────────────────────────────────────────────────────────────


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


def _duplicate(df: pl.DataFrame, col: str) -> pl.Expr:
    """Rows repeating an earlier row's ``col``. Distinct hashes prove distinct values, so the
    exact (slower) search runs only when two hashes collide."""
    values = pl.col(col).drop_nulls()
    if df.select(values.hash().n_unique() == values.len()).item():
        return pl.lit(False)
    return pl.col(col).is_not_null() & ~pl.col(col).is_first_distinct()


def validate_tables(raw: Mapping[str, pl.DataFrame | None]) -> dict[str, pl.DataFrame]:
    """The tables checked and normalised (dates as dates, sizes as integers).

    The result also holds ``"__member_org"``: each member's organisation as a row number
    of ``organizations`` (the join was made to check the references; it is kept for the
    checks).

    Raises
    ------
    RosterDataError
        With every problem found (the first :data:`MAX_PROBLEMS` listed, the rest counted).
    """
    found = _Problems()
    t = {name: _normalise(found, name, raw.get(name)) for name in TABLES}
    orgs = t["organizations"]
    kinds = (
        orgs.with_row_index("__o")
        .select(
            pl.col("id").alias("__ref"),
            pl.col("kind").alias("__ref_kind"),
            pl.lit(True).alias("__known"),
            "__o",
        )
        .unique("__ref", keep="first", maintain_order=True)
    )

    def joined(df: pl.DataFrame, col: str) -> pl.DataFrame:
        return df.join(kinds, left_on=col, right_on="__ref", how="left", maintain_order="left")

    # organisations: unique ids, known parents, allowed kinds under each parent
    o = joined(orgs, "parent")
    allowed = pl.lit(False)
    for child, parents in ALLOWED_PARENT.items():
        allowed = allowed | ((pl.col("kind") == child) & pl.col("__ref_kind").is_in(list(parents)))
    _run(
        found,
        o,
        [
            _Check("organizations", "id", "id.duplicate", *_DUP, _duplicate(orgs, "id")),
            _ref(
                "organizations",
                "parent",
                *_ORG_REF,
                pl.col("parent").is_not_null() & pl.col("__known").is_null(),
            ),
            _Check(
                "organizations",
                "kind",
                "children.kind",
                "loại tổ chức được phép trực thuộc tổ chức này",
                "a kind of organisation allowed under this one",
                pl.col("kind").is_not_null() & pl.col("__ref_kind").is_not_null() & ~allowed,
            ),
        ],
    )
    unknown_org = pl.col("organization").is_not_null() & pl.col("__known").is_null()
    # bodies and exceptions: known organisations, each kind of body once
    _run(
        found,
        joined(t["bodies"], "organization"),
        [
            _ref("bodies", "organization", *_ORG_REF, unknown_org),
            _Check(
                "bodies",
                "kind",
                "body.duplicate",
                "mỗi loại cơ quan chỉ khai một lần",
                "each kind of body once",
                pl.col("organization").is_not_null()
                & pl.col("kind").is_not_null()
                & ~pl.struct("organization", "kind").is_first_distinct(),
            ),
        ],
    )
    _run(
        found,
        joined(t["exceptions"], "organization"),
        [_ref("exceptions", "organization", *_ORG_REF, unknown_org)],
    )
    # members: unique ids, recorded in cells of the tree, dates in order
    start = pl.coalesce("joined_on", "admission_date")
    members = joined(t["members"], "organization")
    _run(
        found,
        members,
        [
            _Check("members", "id", "id.duplicate", *_DUP, _duplicate(t["members"], "id")),
            _ref("members", "organization", *_ORG_REF, unknown_org),
            _Check(
                "members",
                "organization",
                "members.not_in_cell",
                "đảng viên chỉ ghi ở chi bộ",
                "members recorded in cells only",
                pl.col("__ref_kind").is_not_null() & ~pl.col("__ref_kind").is_in(_CELL_KINDS),
            ),
            _order(
                "members",
                "admission_date",
                "ngày vào Đảng sau ngày sinh",
                "an admission date after the birth date",
                pl.col("admission_date") < pl.col("birth_date"),
            ),
            _order(
                "members",
                "official_date",
                "ngày chính thức không trước ngày vào Đảng",
                "an official date no earlier than admission",
                pl.col("official_date") < pl.col("admission_date"),
            ),
            _order(
                "members",
                "joined_on",
                "ngày chuyển đến không trước ngày vào Đảng",
                "a transfer-in date no earlier than admission",
                pl.col("joined_on") < pl.col("admission_date"),
            ),
            _order(
                "members",
                "departure_date",
                "ngày rời sinh hoạt không trước ngày vào sinh hoạt",
                "a departure no earlier than joining",
                pl.col("departure_date") < start,
            ),
            _Check(
                "members",
                "departure_date",
                "schema.required",
                *expected_for("required", "date", {}),
                pl.col("departure_kind").is_not_null() & pl.col("departure_date").is_null(),
            ),
            _Check(
                "members",
                "departure_kind",
                "schema.required",
                *expected_for("required", "kind", {}),
                pl.col("departure_date").is_not_null() & pl.col("departure_kind").is_null(),
            ),
        ],
    )
    posts = joined(t["posts"], "organization")
    # probe the members with the few ids posts name, rather than hash millions of ids
    named = t["members"].filter(pl.col("id").is_in(posts["member"].unique().implode()))["id"]
    known_member = pl.col("member").is_in(named.implode())
    _run(
        found,
        posts,
        [
            _ref(
                "posts",
                "member",
                "mã một đảng viên có trong danh sách",
                "the id of a member on the roster",
                pl.col("member").is_not_null() & ~known_member,
            ),
            _ref("posts", "organization", *_ORG_REF, unknown_org),
            _order(
                "posts",
                "until",
                "ngày thôi giữ chức không trước ngày bắt đầu",
                "an end no earlier than the start",
                pl.col("until") < pl.col("from"),
            ),
        ],
    )
    if found.total:
        raise RosterDataError(found.listed, found.total - len(found.listed))
    t["__member_org"] = members.select("__o")
    return t
