"""The roster (danh sách đảng viên) as tables, and its answers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import attrs

from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.explain import Explanation, Step
from dangkiemtra.inspection import (
    ActorBody,
    Group,
    GroupIndicator,
    InspectionBook,
    indicator_of_units,
)
from dangkiemtra.organization import (
    BodyKind,
    Counts,
    Organization,
    OrgKind,
)
from dangkiemtra.roster._checks import closure, indexed, official_on, on_roll, structure_results
from dangkiemtra.roster._convert import build_organizations, organization_tables
from dangkiemtra.roster._engine import pl
from dangkiemtra.roster._report import RosterReport as RosterReport
from dangkiemtra.roster._tables import TABLES, read_tables, tables_from_frames, validate_tables
from dangkiemtra.rulebook import Rulebook


@attrs.frozen(eq=False)
class Roster:
    """A validated roster: the tables ``organizations``, ``bodies``, ``exceptions``,
    ``members`` and ``posts`` (the relational form of ``organization.schema.json``).

    The roster may hold a forest (several roots, e.g. every superior committee of a
    province). Build one with :meth:`read`, :meth:`from_frames` or :meth:`from_organization`;
    each validates the tables and raises :class:`~dangkiemtra.roster.RosterDataError`
    with every problem, located by table, row and column.
    """

    tables: Mapping[str, pl.DataFrame] = attrs.field(repr=False)

    def __repr__(self) -> str:
        return f"Roster(organizations={self.organizations.height}, members={self.members.height})"

    # ── building ─────────────────────────────────────────────────────────────────────────

    @classmethod
    def read(cls, folder: str | Path, *, part: str | None = None) -> Roster:
        """The roster in ``folder``: each table as ``name.parquet``, ``name.csv`` or a
        folder ``name/`` of Parquet parts (``part`` reads only ``name/part.parquet``)."""
        return cls(validate_tables(read_tables(folder, part=part)))

    @classmethod
    def from_frames(
        cls,
        organizations: Any,
        members: Any,
        *,
        bodies: Any = None,
        posts: Any = None,
        exceptions: Any = None,
    ) -> Roster:
        """The roster from Polars or pandas DataFrames or Arrow tables."""
        frames = {
            "organizations": organizations,
            "members": members,
            "bodies": bodies,
            "posts": posts,
            "exceptions": exceptions,
        }
        return cls(validate_tables(tables_from_frames(frames)))

    @classmethod
    def from_organization(cls, org: Organization) -> Roster:
        """The roster of an object tree (what ``dangkiemtra roster export`` writes)."""
        return cls(validate_tables(organization_tables(org)))

    # ── the tables ───────────────────────────────────────────────────────────────────────

    @property
    def organizations(self) -> pl.DataFrame:
        """``id, parent, kind, name``."""
        return self.tables["organizations"]

    @property
    def members(self) -> pl.DataFrame:
        """``id, organization, gender, birth_date, …, departure_kind, departure_date``."""
        return self.tables["members"]

    @property
    def bodies(self) -> pl.DataFrame:
        """``organization, kind, size, elected_on``."""
        return self.tables["bodies"]

    @property
    def posts(self) -> pl.DataFrame:
        """``member, title, organization, from, until``."""
        return self.tables["posts"]

    @property
    def exceptions(self) -> pl.DataFrame:
        """``organization, rule_id, decision, decided_on``: documented structural exceptions."""
        return self.tables["exceptions"]

    def roots(self) -> list[str]:
        """The organisations without a parent, in row order."""
        return self.organizations.filter(pl.col("parent").is_null())["id"].to_list()

    def ancestors(self) -> pl.DataFrame:
        """Every ``(organization, ancestor)`` pair (each organisation is its own ancestor)."""
        orgs, _ = indexed({"organizations": self.organizations, "members": self.members.head(0)})
        ids = orgs.select("__o", "id")
        return (
            closure(orgs)
            .join(ids, on="__o")
            .join(ids.rename({"__o": "__anc", "id": "ancestor"}), on="__anc")
            .select(pl.col("id").alias("organization"), "ancestor")
        )

    # ── the object path, for one unit ────────────────────────────────────────────────────

    def organization(self, org_id: str) -> Organization:
        """The object tree under ``org_id`` (members without a name get the empty name).

        Raises ``LookupError`` when no organisation has that id.
        """
        if self.organizations.filter(pl.col("id") == org_id).height == 0:
            raise LookupError(org_id)
        ids = self.ancestors().filter(pl.col("ancestor") == org_id)["organization"]
        sub = {
            "organizations": self.organizations.filter(pl.col("id").is_in(ids.implode())),
            "bodies": self.bodies.filter(pl.col("organization").is_in(ids.implode())),
            "exceptions": self.exceptions.filter(pl.col("organization").is_in(ids.implode())),
            "members": self.members.filter(pl.col("organization").is_in(ids.implode())),
        }
        sub["posts"] = self.posts.filter(pl.col("member").is_in(sub["members"]["id"].implode()))
        return build_organizations(sub, [org_id])[0]

    def to_organization(self) -> Organization:
        """The whole roster as one object tree (it must have exactly one root)."""
        roots = self.roots()
        if len(roots) != 1:
            raise ValueError(f"the roster has {len(roots)} roots, not one")
        return build_organizations(self.to_tables(), roots)[0]

    def to_tables(self) -> dict[str, pl.DataFrame]:
        """The five tables, for writing (they include any personal fields the roster holds)."""
        return {name: self.tables[name] for name in TABLES}

    # ── answers ──────────────────────────────────────────────────────────────────────────

    def counts(self, as_of: date, organization: str | None = None) -> Counts:
        """Members on the roll (official, probationary) and organisations by kind, as
        :func:`~dangkiemtra.organization.counts` gives them (ORG-10).

        With ``organization``, the subtree under it (itself not counted among the
        organisations, as on the object path); without, the whole roster (every organisation).
        """
        orgs, members = self.organizations, self.members
        label = "*"
        if organization is not None:
            ids = self.ancestors().filter(pl.col("ancestor") == organization)["organization"]
            if ids.is_empty():
                raise LookupError(organization)
            orgs = orgs.filter(pl.col("id").is_in(ids.implode()) & (pl.col("id") != organization))
            members = members.filter(pl.col("organization").is_in(ids.implode()))
            label = organization
        figures = members.select(
            on_roll(as_of).sum().alias("members"), official_on(as_of).sum().alias("official")
        ).row(0, named=True)
        n, official = int(figures["members"] or 0), int(figures["official"] or 0)
        kinds = orgs.group_by("kind").len().sort("kind").iter_rows()
        step = Step.of(
            "org.count",
            organization=label,
            members=n,
            official=official,
            probationary=n - official,
            as_of=as_of,
        )
        return Counts(as_of, n, official, n - official, dict(kinds), Explanation.of(step))

    def counts_by_organization(self, as_of: date) -> pl.DataFrame:
        """For each organisation, the members of its subtree on ``as_of``:
        ``id, kind, members, official, probationary``."""
        orgs, members = indexed(self.tables)
        sub = (
            members.group_by("__o")
            .agg(on_roll(as_of).sum().alias("members"), official_on(as_of).sum().alias("official"))
            .join(closure(orgs), on="__o")
            .group_by("__anc")
            .agg(pl.col("members").sum(), pl.col("official").sum())
        )
        return (
            orgs.select("__o", "id", "kind")
            .join(sub, left_on="__o", right_on="__anc", how="left", maintain_order="left")
            .select(
                "id",
                "kind",
                pl.col("members").fill_null(0),
                pl.col("official").fill_null(0),
            )
            .with_columns((pl.col("members") - pl.col("official")).alias("probationary"))
        )

    def check_structure(
        self,
        as_of: date,
        *,
        rulebook: Rulebook | None = None,
        calendar: WorkingCalendar | None = None,
        threshold_reading: str | None = None,
    ) -> RosterReport:
        """Every structural check of :func:`~dangkiemtra.organization.check_structure`
        (ORG-03…ORG-07, ORG-10) on every organisation and member, as of ``as_of``."""
        rulebook = rulebook or Rulebook.default()
        calendar = calendar or WorkingCalendar.default()
        orgs, members = indexed(self.tables)
        results, probation, per_org = structure_results(
            orgs,
            members,
            self.tables,
            as_of,
            rulebook=rulebook,
            calendar=calendar,
            threshold_reading=threshold_reading,
            ancestors=closure(orgs),
        )
        return RosterReport(
            self, as_of, results, probation, per_org, rulebook, calendar, threshold_reading
        )

    def group_units(self, group: Group, as_of: date) -> pl.DataFrame:
        """The units of a seed-004 group on ``as_of``: ``organization, body`` (as
        :func:`~dangkiemtra.inspection.group_units`)."""
        o = self.organizations.select("id", "kind")
        cc = self.bodies.filter(
            (pl.col("kind") == BodyKind.CELL_COMMITTEE.value) & (pl.col("elected_on") <= as_of)
        )["organization"]
        ubkt = self.bodies.filter(
            (pl.col("kind") == BodyKind.INSPECTION.value) & (pl.col("elected_on") <= as_of)
        )["organization"]
        kind, oid = pl.col("kind"), pl.col("id")
        body: pl.Expr
        if group is Group.BASE_COMMITTEES:
            where, body = kind == OrgKind.BASE_COMMITTEE.value, pl.lit(ActorBody.COMMITTEE.value)
        elif group is Group.BASE_INSPECTION_COMMISSIONS:
            where = (kind == OrgKind.BASE_COMMITTEE.value) & oid.is_in(ubkt.implode())
            body = pl.lit(ActorBody.INSPECTION.value)
        elif group is Group.BASE_CELLS_WITH_COMMITTEE:
            where, body = (
                (kind == OrgKind.BASE_CELL.value) & oid.is_in(cc.implode()),
                pl.lit(ActorBody.CELL.value),
            )
        else:
            partial = kind == OrgKind.PARTIAL_COMMITTEE.value
            where = partial | ((kind == OrgKind.CELL.value) & oid.is_in(cc.implode()))
            body = (
                pl.when(partial)
                .then(pl.lit(ActorBody.COMMITTEE.value))
                .otherwise(pl.lit(ActorBody.CELL.value))
            )
        return o.filter(where).select(pl.col("id").alias("organization"), body.alias("body"))

    def group_indicator(
        self,
        book: InspectionBook,
        group: Group,
        as_of: date,
        *,
        decimals: int = 2,
        rulebook: Rulebook | None = None,
    ) -> GroupIndicator:
        """The seed-004 indicator of ``group``: units with a plan that have done at least one
        inspection or supervision by ``as_of`` (as :func:`~dangkiemtra.inspection.group_indicator`)."""
        units = [(o, ActorBody(b)) for o, b in self.group_units(group, as_of).iter_rows()]
        return indicator_of_units(book, group, units, as_of, decimals=decimals, rulebook=rulebook)

    def group_indicators(
        self, book: InspectionBook, as_of: date, *, decimals: int = 2
    ) -> dict[Group, GroupIndicator]:
        """Every seed-004 group's indicator."""
        return {g: self.group_indicator(book, g, as_of, decimals=decimals) for g in Group}
