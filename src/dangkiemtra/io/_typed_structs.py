"""The organisation document as msgspec types, read from ``organization.schema.json``.

Imported only when msgspec is installed (extra ``dangkiemtra[scale]``). Every constraint
is taken from the schema files, patterns compiled as the validators compile them (``$`` is
the very end, :func:`~dangkiemtra._schemas.python_pattern`). :func:`mirrors_schema` says
whether these types declare exactly the schema's fields, required ones and enumerations;
when they do not, the fast path is never used.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

from dangkiemtra._schemas import python_pattern, schema
from dangkiemtra.organization import BodyKind, DepartureKind, OrgKind, PostTitle

_COMMON = schema("common")["$defs"]
_ORG = schema("organization")
_NODE = _ORG["$defs"]["node"]["properties"]
_MEMBER = schema("member")["properties"]
_BODY = _NODE["bodies"]["items"]["properties"]
_POST = _MEMBER["posts"]["items"]["properties"]


def _pattern(spec: Mapping[str, Any]) -> str:
    return python_pattern(spec["pattern"]).pattern


#: A date is a string here: its pattern is checked once per distinct text (``_typed``).
Date = str
DATE = python_pattern(_COMMON["date"]["pattern"])
Id = Annotated[str, Meta(pattern=_pattern(_COMMON["id"]))]
Text = Annotated[
    str, Meta(min_length=_COMMON["text"]["minLength"], max_length=_COMMON["text"]["maxLength"])
]
CitizenId = Annotated[str, Meta(pattern=_pattern(_MEMBER["citizen_id"]))]
CardNumber = Annotated[str, Meta(pattern=_pattern(_MEMBER["party_card_number"]))]
RuleId = Annotated[
    str, Meta(pattern=_pattern(_NODE["exceptions"]["items"]["properties"]["rule_id"]))
]
Size = Annotated[int, Meta(ge=_BODY["size"]["minimum"], le=_BODY["size"]["maximum"])]
Gender = Literal["nam", "nu"]
Format = Literal["dangkiemtra.organization/1"]


class Body(Struct, forbid_unknown_fields=True, gc=False):
    kind: BodyKind
    size: Size
    elected_on: Date


class Deviation(Struct, forbid_unknown_fields=True, gc=False):
    rule_id: RuleId
    decision: Text
    decided_on: Date


class Departure(Struct, forbid_unknown_fields=True, gc=False):
    kind: DepartureKind
    date: Date


class Post(Struct, forbid_unknown_fields=True, gc=False):
    title: PostTitle
    organization: Id
    start: Date = msgspec.field(name="from")
    until: Date | UnsetType = UNSET


class Member(Struct, forbid_unknown_fields=True, gc=False):
    id: Id
    full_name: Text
    gender: Gender
    birth_date: Date
    admission_date: Date
    citizen_id: CitizenId | UnsetType = UNSET
    party_card_number: CardNumber | UnsetType = UNSET
    official_date: Date | UnsetType = UNSET
    joined_on: Date | UnsetType = UNSET
    departure: Departure | UnsetType = UNSET
    posts: Annotated[list[Post], Meta(max_length=_MEMBER["posts"]["maxItems"])] | UnsetType = UNSET


class Node(Struct, forbid_unknown_fields=True, gc=False):
    id: Id
    kind: OrgKind
    name: Text
    bodies: Annotated[list[Body], Meta(max_length=_NODE["bodies"]["maxItems"])] | UnsetType = UNSET
    exceptions: list[Deviation] | UnsetType = UNSET
    children: Annotated[list[Node], Meta(max_length=_NODE["children"]["maxItems"])] | UnsetType = (
        UNSET
    )
    members: Annotated[list[Member], Meta(max_length=_NODE["members"]["maxItems"])] | UnsetType = (
        UNSET
    )


class Document(Struct, forbid_unknown_fields=True, gc=False):
    format: Format
    organization: Node


def _fields(cls: Any) -> tuple[set[str], set[str]]:
    info = msgspec.structs.fields(cls)
    return {f.encode_name for f in info}, {f.encode_name for f in info if f.required}


def _declares(cls: Any, spec: Mapping[str, Any]) -> bool:
    names, required = _fields(cls)
    return (
        spec.get("additionalProperties") is False
        and names == set(spec["properties"])
        and required == set(spec.get("required", ()))
    )


def mirrors_schema() -> bool:
    """Whether the types declare the schema's fields, required fields, enumerations and format."""
    node = _ORG["$defs"]["node"]
    member = schema("member")
    enums = (
        (OrgKind, _NODE["kind"]),
        (BodyKind, _BODY["kind"]),
        (DepartureKind, _MEMBER["departure"]["properties"]["kind"]),
        (PostTitle, _POST["title"]),
    )
    plain = {
        "date": {"type": "string", "pattern": ...},
        "id": {"type": "string", "pattern": ...},
        "text": {"type": "string", "minLength": ..., "maxLength": ...},
    }
    return (
        _declares(Document, _ORG)
        and _ORG["properties"]["format"] == {"const": "dangkiemtra.organization/1"}
        and _declares(Node, node)
        and _declares(Member, member)
        and _declares(Body, node["properties"]["bodies"]["items"])
        and _declares(Deviation, node["properties"]["exceptions"]["items"])
        and _declares(Departure, member["properties"]["departure"])
        and _declares(Post, member["properties"]["posts"]["items"])
        and all([k.value for k in cls] == spec["enum"] for cls, spec in enums)
        and _MEMBER["gender"]["enum"] == ["nam", "nu"]
        and all(
            set(_COMMON[name]) - {"description", "x-expected-vi", "x-expected-en"} == set(keys)
            for name, keys in plain.items()
        )
    )


def decoder() -> msgspec.json.Decoder[Document] | None:
    """A decoder of :class:`Document`, or ``None`` when the types do not mirror the schema."""
    return msgspec.json.Decoder(Document) if mirrors_schema() else None
