"""The roster's structural report (báo cáo kiểm tra cơ cấu) as columns, and its answers."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.organization import CheckResult, check_structure
from dangkiemtra.roster._engine import pl
from dangkiemtra.rulebook import Rulebook

if TYPE_CHECKING:
    from dangkiemtra.roster._roster import Roster


@attrs.frozen(eq=False)
class RosterReport:
    """Every structural check of a roster on a date, as columns.

    :attr:`results` has one row per check made (``rule_id, subject, ok, checked``),
    exactly the :class:`~dangkiemtra.organization.StructureReport` results of the object
    path: those of organisations (``organization_results``) and ORG-10 of members
    (``probation``, with the end of probation and the day the vote was due);
    ``per_organization`` the members of each subtree. :meth:`explain` gives the object
    path's explanation for one subject.
    """

    roster: Roster = attrs.field(repr=False)
    as_of: date
    organization_results: pl.DataFrame = attrs.field(repr=False)
    probation: pl.DataFrame = attrs.field(repr=False)
    per_organization: pl.DataFrame = attrs.field(repr=False)
    rulebook: Rulebook = attrs.field(repr=False)
    calendar: WorkingCalendar = attrs.field(repr=False)
    threshold_reading: str | None = None

    @property
    def results(self) -> pl.DataFrame:
        """Every check made: ``rule_id, subject, ok, checked`` (built when asked for)."""
        members = self.probation.select(
            pl.lit("ORG-10").alias("rule_id"), pl.col("member").alias("subject"), "ok", "checked"
        )
        return pl.concat([self.organization_results, members])

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return bool(self.organization_results["ok"].all() and self.probation["ok"].all())

    @property
    def problems(self) -> pl.DataFrame:
        """The checks that failed: ``rule_id, subject``, sorted."""
        members = self.probation.filter(~pl.col("ok")).select(
            pl.lit("ORG-10").alias("rule_id"), pl.col("member").alias("subject")
        )
        return pl.concat(
            [self.organization_results.filter(~pl.col("ok")).select("rule_id", "subject"), members]
        ).sort("rule_id", "subject")

    def by_rule(self) -> dict[str, tuple[int, int]]:
        """``{rule_id: (passed, failed)}`` of the checks made (as ``StructureReport.by_rule``)."""
        table = (
            self.organization_results.filter(pl.col("checked"))
            .group_by("rule_id")
            .agg(pl.col("ok").sum().alias("passed"), (~pl.col("ok")).sum().alias("failed"))
        )
        out = {r: (int(p), int(f)) for r, p, f in table.iter_rows()}
        passed, failed = (
            self.probation.filter(pl.col("checked"))
            .select(pl.col("ok").sum(), (~pl.col("ok")).sum().alias("failed"))
            .row(0)
        )
        if passed or failed:
            out["ORG-10"] = (int(passed), int(failed))
        return dict(sorted(out.items()))

    def failed(self) -> list[dict[str, str]]:
        """The failed checks as ``{"rule_id", "subject"}`` objects."""
        return [{"rule_id": r, "subject": s} for r, s in self.problems.iter_rows()]

    def probation_due(self) -> pl.DataFrame:
        """Members whose probation has ended and whose cell's vote is still within its time
        (ORG-10): ``member, organization, admission_date, probation_end, due``."""
        return self._state("pending")

    def probation_overdue(self) -> pl.DataFrame:
        """Members whose probation ended and whose vote is past its time (ORG-10)."""
        return self._state("overdue")

    def _state(self, state: str) -> pl.DataFrame:
        return (
            self.probation.filter(pl.col("state") == state)
            .join(self.per_organization.select("__o", "id"), on="__o", how="left")
            .select(
                "member",
                pl.col("id").alias("organization"),
                "admission_date",
                "probation_end",
                "due",
            )
            .sort("member")
        )

    def explain(self, subject: str) -> tuple[CheckResult, ...]:
        """The object path's results, with their explanations, for one organisation or member."""
        roster = self.roster
        member = roster.members.filter(pl.col("id") == subject)
        if member.height:
            org = roster.organization(member["organization"][0])
        else:
            org = roster.organization(subject)
        report = check_structure(
            org,
            self.as_of,
            rulebook=self.rulebook,
            calendar=self.calendar,
            threshold_reading=self.threshold_reading,
        )
        return tuple(r for r in report.results if r.subject == subject)

    def to_json(self) -> dict[str, Any]:
        """The counts, the checks by rule and the failed checks, as ``roster check --json``."""
        c = self.roster.counts(self.as_of)
        return {
            "as_of": self.as_of.isoformat(),
            "members": c.members,
            "official": c.official,
            "probationary": c.probationary,
            "organizations": c.organizations,
            "checks": {r: {"passed": p, "failed": f} for r, (p, f) in self.by_rule().items()},
            "failed": self.failed(),
            "probation_due": self.probation_due().height,
            "probation_overdue": self.probation_overdue().height,
        }
