"""The roster's tables and their columns: the JSON fields flattened, and the error that lists bad rows."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from dangkiemtra._schemas import schema
from dangkiemtra.errors import MAX_LISTED, DataError, OmittedProblems, Problem
from dangkiemtra.organization import BodyKind, DepartureKind, OrgKind, PostTitle
from dangkiemtra.roster._engine import pl

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
