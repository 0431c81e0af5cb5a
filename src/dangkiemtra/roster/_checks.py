"""The structural checks of :func:`~dangkiemtra.organization.check_structure`, vectorised.

Each check is the object path's, column for column: the same rulebook keys read as of the
same date (ORG-03…ORG-07, ORG-10), the same subjects, the same verdicts. Explanations are
not built here: :meth:`RosterReport.explain` asks the object path for the one unit asked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.organization import BodyKind, OrgKind
from dangkiemtra.roster._engine import pl
from dangkiemtra.rulebook import Rulebook
from dangkiemtra.rulebook._model import HistoryEntry

_CELLS = [k.value for k in OrgKind if k.is_cell]
_BASES = [k.value for k in OrgKind if k.is_base]
_RESULT_SCHEMA = {
    "rule_id": pl.String,
    "subject": pl.String,
    "ok": pl.Boolean,
    "checked": pl.Boolean,
}


def on_roll(day: date) -> pl.Expr:
    """On the roll on ``day``: joined (or admitted), not yet departed (ORG-10)."""
    start = pl.coalesce("joined_on", "admission_date")
    return (start <= day) & (
        pl.col("departure_date").is_null() | (pl.lit(day) < pl.col("departure_date"))
    )


def official_on(day: date | pl.Expr) -> pl.Expr:
    """An official member on ``day`` (a date or a date column)."""
    d = pl.lit(day) if isinstance(day, date) else day
    start = pl.coalesce("joined_on", "admission_date")
    return (
        (start <= d)
        & (pl.col("departure_date").is_null() | (d < pl.col("departure_date")))
        & pl.col("official_date").is_not_null()
        & (pl.col("official_date") <= d)
    )


def closure(orgs: pl.DataFrame) -> pl.DataFrame:
    """Every (organization, ancestor) pair, each organisation its own ancestor too."""
    parents = orgs.select(pl.col("id").alias("ancestor"), pl.col("parent").alias("__up"))
    level = orgs.select(pl.col("id").alias("organization"), pl.col("id").alias("ancestor"))
    pairs = [level]
    for _ in range(len(OrgKind)):  # the kinds allow no deeper tree
        level = (
            level.join(parents, on="ancestor", how="inner")
            .filter(pl.col("__up").is_not_null())
            .select("organization", pl.col("__up").alias("ancestor"))
        )
        if level.height == 0:
            break
        pairs.append(level)
    return pl.concat(pairs)


def _covered(history: Sequence[HistoryEntry], col: pl.Expr) -> pl.Expr:
    ok = pl.lit(False)
    for h in history:
        ok = ok | ((col >= h.valid_from) & (col <= (h.valid_until or date.max)))
    return ok


def _by_entry(
    history: Sequence[HistoryEntry], col: pl.Expr, value: Callable[[HistoryEntry], pl.Expr | int]
) -> pl.Expr:
    """The value in force on each day of ``col``, one branch per history entry (null when none)."""
    out: Any = None
    for h in history:
        cond = (col >= h.valid_from) & (col <= (h.valid_until or date.max))
        out = pl.when(cond).then(value(h)) if out is None else out.when(cond).then(value(h))
    if out is None:
        return pl.lit(None)
    result: pl.Expr = out.otherwise(None)
    return result


def _int(entry: HistoryEntry) -> int:
    value = entry.value
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"a whole number was expected in the rulebook, not {value!r}")
    return value


def _end_calendar(rulebook: Rulebook) -> WorkingCalendar:
    # probation_end counts with the calendar of its rulebook, as periods.deadline does
    return (
        WorkingCalendar.default() if rulebook is Rulebook.default() else WorkingCalendar(rulebook)
    )


def probation_frame(
    members: pl.DataFrame, as_of: date, rulebook: Rulebook, calendar: WorkingCalendar
) -> pl.DataFrame:
    """ORG-10 for every member on the roll on ``as_of``: the end of probation and, when
    it has ended without recognition, the day the cell's vote was due.

    Columns: ``member, organization, admission_date, official_date, probation_end, due,
    state`` (``official``, ``pending``, ``overdue`` or null), ``ok`` and ``checked``.
    """
    m = members.filter(on_roll(as_of)).select(
        pl.col("id").alias("member"), "organization", "admission_date", "official_date"
    )
    # the end of probation for each distinct admission day (months read from the rulebook)
    months = rulebook.parameter("org.probation.months").history
    counting_keys = (
        "periods.first_day_counted",
        "periods.month_end_rounding",
        "periods.roll_to_working_day",
    )
    adm = m.select(pl.col("admission_date").unique())
    a = pl.col("admission_date")
    end = _by_entry(months, a, lambda h: a.dt.offset_by(f"{_int(h)}mo"))
    safe = _covered(months, a)
    for key in counting_keys:
        safe = safe & _covered(rulebook.parameter(key).history, a)
    cal = _end_calendar(rulebook)
    lo, hi = date(cal.first_year, 1, 1), date(cal.last_year, 12, 31)
    adm = adm.with_columns(end.alias("probation_end")).with_columns(
        pl.when(safe & pl.col("probation_end").is_between(lo, hi))
        .then(pl.col("probation_end"))
        .otherwise(None)
        .alias("probation_end")
    )
    m = m.join(adm, on="admission_date", how="left")
    # the day the vote on official membership was due, for each distinct end of probation
    confirm = rulebook.parameter("org.probation.confirmation_working_days").history
    need = m.filter(
        pl.col("official_date").is_null()
        & pl.col("probation_end").is_not_null()
        & (pl.col("probation_end") <= as_of)
    )
    ends = need.select(pl.col("probation_end").unique().sort())
    e = pl.col("probation_end")
    ends = ends.with_columns(_by_entry(confirm, e, _int).cast(pl.Int64).alias("__n"))
    c_lo, c_hi = date(calendar.first_year, 1, 1), date(calendar.last_year, 12, 31)
    ords = pl.Series(list(calendar.working_days(c_lo, c_hi)), dtype=pl.Date)
    idx = ords.search_sorted(ends["probation_end"], side="right").cast(pl.Int64) + ends["__n"] - 1
    in_range = ends["probation_end"].is_between(c_lo, c_hi) & (idx < len(ords)) & (ends["__n"] > 0)
    due = ords.gather(idx.clip(0, len(ords) - 1).fill_null(0))
    ends = ends.with_columns(
        pl.when(in_range & ends["__n"].is_not_null()).then(due).otherwise(None).alias("due")
    ).select("probation_end", "due")
    m = m.join(ends, on="probation_end", how="left")
    has_official = pl.col("official_date").is_not_null()
    ended = pl.col("probation_end").is_not_null() & (pl.col("probation_end") <= as_of)
    state = (
        pl.when(has_official)
        .then(pl.lit("official"))
        .when(ended & pl.col("due").is_not_null())
        .then(
            pl.when(pl.lit(as_of) > pl.col("due"))
            .then(pl.lit("overdue"))
            .otherwise(pl.lit("pending"))
        )
        .otherwise(None)
    )
    checked = (
        pl.when(has_official)
        .then(pl.col("probation_end").is_not_null())
        .otherwise(pl.col("due").is_not_null())
    )
    # a member gets an ORG-10 result when recognised, or when probation has ended (or when
    # no rule covers the day, an unchecked one): exactly the object path's
    made = (
        has_official
        | ended
        | pl.col("probation_end").is_null()
        | (pl.col("official_date").is_null() & ended)
    )
    ok = (
        pl.when(~checked)
        .then(True)
        .when(has_official)
        .then(pl.col("official_date") == pl.col("probation_end"))
        .otherwise(pl.col("state") == "pending")
    )
    return (
        m.with_columns(state.alias("state"), checked.alias("checked"))
        .filter(made)
        .with_columns(ok.alias("ok"))
    )


def _body(bodies: pl.DataFrame, kind: BodyKind, as_of: date | None, prefix: str) -> pl.DataFrame:
    b = bodies.filter(pl.col("kind") == kind.value)
    if as_of is not None:
        b = b.filter(pl.col("elected_on") <= as_of)
    return b.select(
        pl.col("organization").alias("id"),
        pl.col("size").alias(f"{prefix}_size"),
        pl.col("elected_on").alias(f"{prefix}_on"),
    )


def structure_results(
    tables: dict[str, pl.DataFrame],
    as_of: date,
    *,
    rulebook: Rulebook,
    calendar: WorkingCalendar,
    threshold_reading: str | None,
    ancestors: pl.DataFrame,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """``(results, probation, per_org)``: every check made, ORG-10 per member, and the
    per-organisation figures (members and official members of each subtree on ``as_of``)."""
    snap = rulebook.at(as_of)
    founding = snap.get("org.founding.min_official_members").as_int()
    base_min = snap.get("org.base.dang_bo_min_members").as_int()
    reading = snap.option("org.base.threshold_counts_probationary", threshold_reading).reading
    chi_uy_min = snap.get("org.cell.chi_uy_min_official_members").as_int()
    chi_uy_max = snap.get("org.cell.chi_uy_max_size").as_int()
    standing_min = snap.get("org.base.standing_committee_min_committee_size").as_int()
    u_lo, u_hi = snap.get("org.ubkt.size.grassroots").as_range()

    orgs, bodies, members = tables["organizations"], tables["bodies"], tables["members"]
    cc = _body(bodies, BodyKind.CELL_COMMITTEE, as_of, "cc")
    # members per cell: on the roll, official now, and official when the chi ủy was elected
    per_cell = (
        members.join(
            cc.select(pl.col("id").alias("organization"), "cc_on"), on="organization", how="left"
        )
        .group_by("organization")
        .agg(
            on_roll(as_of).sum().alias("members"),
            official_on(as_of).sum().alias("official"),
            official_on(pl.col("cc_on")).sum().alias("official_then"),
        )
    )
    sub = (
        per_cell.join(ancestors, on="organization", how="inner")
        .group_by("ancestor")
        .agg(pl.col("members").sum(), pl.col("official").sum())
        .rename({"ancestor": "id"})
    )
    exc = (
        tables["exceptions"]
        .filter(pl.col("rule_id") == "ORG-04")
        .select(pl.col("organization").alias("id"), pl.lit(True).alias("exception"))
        .unique("id")
    )
    any_ubkt = (
        bodies.filter(pl.col("kind") == BodyKind.INSPECTION.value)
        .select(pl.col("organization").alias("id"), pl.lit(True).alias("any_ubkt"))
        .unique("id")
    )
    o = orgs.select("id", "kind")
    for extra in (
        sub,
        per_cell.select(pl.col("organization").alias("id"), "official_then"),
        cc,
        _body(bodies, BodyKind.COMMITTEE, as_of, "bch"),
        _body(bodies, BodyKind.STANDING, as_of, "btv"),
        _body(bodies, BodyKind.INSPECTION, as_of, "ubkt"),
        exc,
        any_ubkt,
    ):
        o = o.join(extra, on="id", how="left")
    o = o.with_columns(
        pl.col("members").fill_null(0),
        pl.col("official").fill_null(0),
        pl.col("exception").fill_null(False),
        pl.col("any_ubkt").fill_null(False),
        pl.col("official_then").fill_null(0),
    )
    kind = pl.col("kind")

    def rows(rule_id: str, where: pl.Expr, ok: pl.Expr) -> pl.DataFrame:
        return o.filter(where).select(
            pl.lit(rule_id).alias("rule_id"),
            pl.col("id").alias("subject"),
            ok.alias("ok"),
            pl.lit(True).alias("checked"),
        )

    has_cc = pl.col("cc_on").is_not_null()
    official_then = pl.when(has_cc).then(pl.col("official_then")).otherwise(pl.col("official"))
    counted = pl.col("members") if reading == "all_members" else pl.col("official")
    expected = (
        pl.when(counted >= base_min)
        .then(pl.lit(OrgKind.BASE_COMMITTEE.value))
        .otherwise(pl.lit(OrgKind.BASE_CELL.value))
    )
    has_btv = pl.col("btv_on").is_not_null()
    committee_size = pl.col("bch_size").fill_null(0)
    usize = pl.col("ubkt_size").fill_null(0)
    is_bcs = kind == OrgKind.BASE_COMMITTEE.value
    parts = [
        rows("ORG-03", kind.is_in(_CELLS), pl.col("official") >= founding),
        rows(
            "ORG-05",
            kind.is_in(_CELLS),
            ((official_then >= chi_uy_min) == has_cc)
            & (pl.col("cc_size").fill_null(0) <= chi_uy_max),
        ),
        rows("ORG-04", kind.is_in(_BASES), (expected == kind) | pl.col("exception")),
        rows(
            "ORG-06",
            is_bcs,
            pl.col("bch_on").is_not_null() & (has_btv == (committee_size >= standing_min)),
        ),
        rows("ORG-07", is_bcs, usize.is_between(u_lo, u_hi)),
        rows(
            "ORG-07",
            ~is_bcs & (kind != OrgKind.SUPERIOR.value) & pl.col("any_ubkt"),
            pl.lit(False),
        ),
    ]
    probation = probation_frame(members, as_of, rulebook, calendar)
    parts.append(
        probation.select(
            pl.lit("ORG-10").alias("rule_id"), pl.col("member").alias("subject"), "ok", "checked"
        )
    )
    results = pl.concat([p.cast(_RESULT_SCHEMA) for p in parts])  # type: ignore[arg-type,unused-ignore]
    per_org = o.select(
        "id",
        "kind",
        "members",
        "official",
        (pl.col("members") - pl.col("official")).alias("probationary"),
    )
    return results, probation, per_org
