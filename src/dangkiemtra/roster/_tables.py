"""The roster's tables: their columns, reading them, and validating them all at once.

The columns are the fields of ``schemas/organization.schema.json`` and
``schemas/member.schema.json``, flattened: a member's ``departure`` object becomes
``departure_kind`` and ``departure_date``; a member's ``posts`` become rows of ``posts``
with a ``member`` column; a node's ``children`` become a ``parent`` column. Problems carry
the same codes as the JSON loader's and a pointer ``/table/row/column`` (rows counted from
0, as in a JSON array), never the value.
"""

from __future__ import annotations

from collections.abc import Mapping

from dangkiemtra._schemas import expected_for
from dangkiemtra.roster._columns import (
    _CELL_KINDS,
    ALLOWED_PARENT,
    MAX_PROBLEMS,
    TABLES,
    Column,
    RosterDataError,
)
from dangkiemtra.roster._columns import REQUIRED_TABLES as REQUIRED_TABLES
from dangkiemtra.roster._columns import empty_table as empty_table
from dangkiemtra.roster._engine import hstack_aligned, pl
from dangkiemtra.roster._reading import read_tables, tables_from_frames
from dangkiemtra.roster._table_checks import (
    _DUP,
    _ORG_REF,
    _Check,
    _distinct,
    _duplicate,
    _normalise,
    _order,
    _Problems,
    _ref,
    _run,
    _too_many,
)

__all__ = [
    "MAX_PROBLEMS",
    "TABLES",
    "Column",
    "RosterDataError",
    "read_tables",
    "tables_from_frames",
    "validate_tables",
]


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
    distinct = _distinct(orgs, "id")
    kinds = orgs.with_row_index("__o").select(
        pl.col("id").alias("__ref"),
        pl.col("kind").alias("__ref_kind"),
        pl.lit(True).alias("__known"),
        "__o",
    )
    if not distinct:  # a repeated id (reported below) refers to its first row
        kinds = kinds.unique("__ref", keep="first", maintain_order=True)

    def joined(df: pl.DataFrame, col: str) -> pl.DataFrame:
        # only the key is joined; the organisation's columns are added cut like ``df``
        keys = df.select(col).join(
            kinds, left_on=col, right_on="__ref", how="left", maintain_order="left"
        )
        return hstack_aligned(df, [keys[c] for c in ("__ref_kind", "__known", "__o")])

    # organisations: unique ids, known parents, allowed kinds under each parent
    o = joined(orgs, "parent")
    allowed = pl.lit(False)
    for child, parents in ALLOWED_PARENT.items():
        allowed = allowed | ((pl.col("kind") == child) & pl.col("__ref_kind").is_in(list(parents)))
    _run(
        found,
        o,
        [
            _Check("organizations", "id", "id.duplicate", *_DUP, _duplicate(orgs, "id", distinct)),
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
            _too_many(o, orgs.height, "organizations", "parent", "children"),
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
            _too_many(members, orgs.height, "members", "organization", "members"),
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
    # the members whose id a post names: their 64-bit hashes are probed first (cheaper than
    # millions of strings), then the few candidates compared exactly
    wanted = posts["member"].drop_nulls().unique()
    ids = t["members"]["id"]
    candidates = ids.filter(ids.hash().is_in(wanted.hash().implode()))
    named = candidates.filter(candidates.is_in(wanted.implode()))
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
    t["__member_org"] = members.get_column("__o").to_frame()
    return t
