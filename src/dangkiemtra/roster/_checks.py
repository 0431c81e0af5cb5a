"""The structural checks of :func:`~dangkiemtra.organization.check_structure`, vectorised.

Each check is the object path's, column for column: the same rulebook keys read as of the
same date (ORG-03…ORG-07, ORG-10), the same subjects, the same verdicts. Explanations are
not built here: :meth:`RosterReport.explain` asks the object path for the one unit asked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.errors import RuleError
from dangkiemtra.organization import BodyKind, OrgKind
from dangkiemtra.roster._engine import dense_counts, hstack_aligned, pl
from dangkiemtra.rulebook import Rulebook, RuleValue
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


def indexed(tables: Mapping[str, pl.DataFrame]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """``(organizations, members)`` with each organisation's row number ``__o`` (and its
    parent's ``__up``), so that the national group-bys run on integers, not on ids."""
    orgs = tables["organizations"].with_row_index("__o")
    ids = orgs.select(pl.col("id").alias("__id"), "__o")
    orgs = orgs.join(
        ids.rename({"__o": "__up"}),
        left_on="parent",
        right_on="__id",
        how="left",
        maintain_order="left",
    )
    if "__member_org" in tables:
        member_org = tables["__member_org"]["__o"]
    else:
        member_org = (
            tables["members"]
            .select("organization")
            .join(ids, left_on="organization", right_on="__id", how="left", maintain_order="left")
            .get_column("__o")
        )
    members = hstack_aligned(tables["members"], [member_org])
    return orgs, members


def closure(orgs: pl.DataFrame) -> pl.DataFrame:
    """Every ``(__o, __anc)`` pair of an indexed organisations table (each its own ancestor)."""
    parents = orgs.select(pl.col("__o").alias("__anc"), pl.col("__up").alias("__next"))
    level = orgs.select("__o", pl.col("__o").alias("__anc"))
    pairs = [level]
    for _ in range(len(OrgKind)):  # the kinds allow no deeper tree
        level = (
            level.join(parents, on="__anc", how="inner")
            .filter(pl.col("__next").is_not_null())
            .select("__o", pl.col("__next").alias("__anc"))
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


def _probation_days(
    m: pl.DataFrame, as_of: date, rulebook: Rulebook, calendar: WorkingCalendar
) -> list[pl.Series]:
    """``probation_end`` and ``due`` for each member, looked up in a table of every day from
    the first admission to the last (a gather by day number, not a join of millions)."""
    first, last = m.select(
        pl.col("admission_date").min().alias("lo"), pl.col("admission_date").max().alias("hi")
    ).row(0)
    days = pl.DataFrame({"admission_date": pl.date_range(first, last, eager=True)})
    # the end of probation (months read from the rulebook; no result is "checked" on a day
    # no rule covers, as the object path's RuleError)
    months = rulebook.parameter("org.probation.months").history
    a = pl.col("admission_date")
    safe = _covered(months, a)
    for key in (
        "periods.first_day_counted",
        "periods.month_end_rounding",
        "periods.roll_to_working_day",
    ):
        safe = safe & _covered(rulebook.parameter(key).history, a)
    cal = _end_calendar(rulebook)
    lo, hi = date(cal.first_year, 1, 1), date(cal.last_year, 12, 31)
    end = _by_entry(months, a, lambda h: a.dt.offset_by(f"{_int(h)}mo"))
    days = days.with_columns(end.alias("probation_end")).with_columns(
        pl.when(safe & pl.col("probation_end").is_between(lo, hi))
        .then(pl.col("probation_end"))
        .alias("probation_end")
    )
    # the day the vote was due: the working days of the rulebook in force when probation ended
    confirm = rulebook.parameter("org.probation.confirmation_working_days").history
    e = pl.col("probation_end")
    n = days.select(_by_entry(confirm, e, _int).cast(pl.Int64)).to_series()
    c_lo, c_hi = date(calendar.first_year, 1, 1), date(calendar.last_year, 12, 31)
    ords = pl.Series(list(calendar.working_days(c_lo, c_hi)), dtype=pl.Date)
    ends = days["probation_end"]
    idx = ords.search_sorted(ends, side="right").cast(pl.Int64) + n - 1
    ok = ends.is_between(c_lo, c_hi) & (idx < len(ords)) & (n > 0) & n.is_not_null()
    due = ords.gather(idx.clip(0, len(ords) - 1).fill_null(0))
    days = days.with_columns(pl.when(ok.fill_null(False)).then(due).alias("due"))
    at = (m["admission_date"].cast(pl.Int32) - pl.Series([first]).cast(pl.Int32)[0]).cast(pl.UInt32)
    return [days["probation_end"].gather(at), days["due"].gather(at)]


def probation_frame(
    members: pl.DataFrame, as_of: date, rulebook: Rulebook, calendar: WorkingCalendar
) -> pl.DataFrame:
    """ORG-10 for every member on the roll on ``as_of`` (an indexed members table): the end
    of probation and, when it has ended without recognition, the day the cell's vote was due.

    Columns: ``member, __o, admission_date, official_date, probation_end, due, state``
    (``official``, ``pending``, ``overdue`` or null), ``ok`` and ``checked``. A member gets a
    row exactly when the object path gives an ORG-10 result.
    """
    m = (
        members.select(
            pl.col("id").alias("member"),
            "__o",
            "admission_date",
            "official_date",
            on_roll(as_of).alias("__on"),
        )
        .filter(pl.col("__on"))
        .drop("__on")
    )
    if m.height == 0:
        m = m.with_columns(
            pl.lit(None, pl.Date).alias("probation_end"), pl.lit(None, pl.Date).alias("due")
        )
    else:
        m = hstack_aligned(m, _probation_days(m, as_of, rulebook, calendar))
    has_official = pl.col("official_date").is_not_null()
    ended = pl.col("probation_end").is_not_null() & (pl.col("probation_end") <= as_of)
    pending = pl.lit(as_of) <= pl.col("due")
    return m.filter(has_official | ended | pl.col("probation_end").is_null()).with_columns(
        pl.when(has_official)
        .then(pl.lit("official"))
        .when(pl.col("due").is_not_null())
        .then(pl.when(pending).then(pl.lit("pending")).otherwise(pl.lit("overdue")))
        .alias("state"),
        pl.when(has_official)
        .then(pl.col("probation_end").is_not_null())
        .otherwise(pl.col("due").is_not_null())
        .alias("checked"),
        pl.when(has_official)
        .then((pl.col("official_date") == pl.col("probation_end")).fill_null(True))
        .otherwise(pending.fill_null(True))
        .alias("ok"),
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
    orgs: pl.DataFrame,
    members: pl.DataFrame,
    tables: Mapping[str, pl.DataFrame],
    as_of: date,
    *,
    rulebook: Rulebook,
    calendar: WorkingCalendar,
    threshold_reading: str | None,
    ancestors: pl.DataFrame,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """``(results, probation, per_org)``: every check of an organisation (ORG-03…ORG-07),
    ORG-10 per member (:func:`probation_frame`), and the
    members and official members of each organisation's subtree on ``as_of``.

    ``orgs`` and ``members`` are indexed (:func:`indexed`), ``ancestors`` their closure.
    """
    snap = rulebook.at(as_of)

    def rule(key: str) -> RuleValue | None:
        """The value in force, or ``None``: its checks are then reported "not checked"."""
        try:
            return snap.get(key)
        except RuleError:
            return None

    founding = rule("org.founding.min_official_members")
    base_min = rule("org.base.dang_bo_min_members")
    reading = snap.option("org.base.threshold_counts_probationary", threshold_reading).reading
    chi_uy_min = rule("org.cell.chi_uy_min_official_members")
    chi_uy_max = rule("org.cell.chi_uy_max_size")
    standing_min = rule("org.base.standing_committee_min_committee_size")
    ubkt_size = rule("org.ubkt.size.grassroots")

    bodies = tables["bodies"]
    o = orgs.select("__o", "id", "kind")
    cc = _body(bodies, BodyKind.CELL_COMMITTEE, as_of, "cc").join(o.select("id", "__o"), on="id")
    # members per cell: on the roll, official now, and official when the chi ủy was elected
    cc_on = pl.Series("cc_on", [None] * o.height, dtype=pl.Date).scatter(cc["__o"], cc["cc_on"])
    # the figures as columns first, then summed by organisation row (the fast group-by path)
    figures = members.select(
        on_roll(as_of).alias("members"),
        official_on(as_of).alias("official"),
        official_on(pl.lit(cc_on.gather(members["__o"]))).fill_null(False).alias("official_then"),
    )
    _, *sums = dense_counts(members["__o"], o.height, figures.get_columns())
    per_cell = pl.DataFrame(
        {"__o": pl.int_range(o.height, eager=True, dtype=pl.UInt32)}
        | {name: s for name, s in zip(figures.columns, sums, strict=True)}
    )
    sub = (
        per_cell.join(ancestors, on="__o", how="inner")
        .group_by("__anc")
        .agg(pl.col("members").sum(), pl.col("official").sum())
        .rename({"__anc": "__o"})
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
    o = o.join(sub, on="__o", how="left").join(
        per_cell.select("__o", "official_then"), on="__o", how="left"
    )
    for extra in (
        cc.drop("__o"),
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

    def rows(rule_id: str, where: pl.Expr, ok: pl.Expr | None) -> pl.DataFrame:
        """One result per organisation ``where`` holds; ``ok`` ``None``: the rule is not in
        force on the date, so the check is reported not made (``checked`` false), as the
        object path does."""
        return o.filter(where).select(
            pl.lit(rule_id).alias("rule_id"),
            pl.col("id").alias("subject"),
            (pl.lit(True) if ok is None else ok).alias("ok"),
            pl.lit(ok is not None).alias("checked"),
        )

    has_cc = pl.col("cc_on").is_not_null()
    official_then = pl.when(has_cc).then(pl.col("official_then")).otherwise(pl.col("official"))
    counted = pl.col("members") if reading == "all_members" else pl.col("official")
    has_btv = pl.col("btv_on").is_not_null()
    committee_size = pl.col("bch_size").fill_null(0)
    usize = pl.col("ubkt_size").fill_null(0)
    is_bcs = kind == OrgKind.BASE_COMMITTEE.value
    org03 = None if founding is None else pl.col("official") >= founding.as_int()
    org05 = None
    if chi_uy_min is not None and chi_uy_max is not None:
        org05 = ((official_then >= chi_uy_min.as_int()) == has_cc) & (
            pl.col("cc_size").fill_null(0) <= chi_uy_max.as_int()
        )
    org04 = None
    if base_min is not None:
        expected = (
            pl.when(counted >= base_min.as_int())
            .then(pl.lit(OrgKind.BASE_COMMITTEE.value))
            .otherwise(pl.lit(OrgKind.BASE_CELL.value))
        )
        org04 = (expected == kind) | pl.col("exception")
    org06 = None
    if standing_min is not None:
        org06 = pl.col("bch_on").is_not_null() & (
            has_btv == (committee_size >= standing_min.as_int())
        )
    org07 = None
    if ubkt_size is not None:
        u_lo, u_hi = ubkt_size.as_range()
        org07 = usize.is_between(u_lo, u_hi)
    parts = [
        rows("ORG-03", kind.is_in(_CELLS), org03),
        rows("ORG-05", kind.is_in(_CELLS), org05),
        rows("ORG-04", kind.is_in(_BASES), org04),
        rows("ORG-06", is_bcs, org06),
        rows("ORG-07", is_bcs, org07),
        rows(
            "ORG-07",
            ~is_bcs & (kind != OrgKind.SUPERIOR.value) & pl.col("any_ubkt"),
            pl.lit(False),
        ),
    ]
    probation = probation_frame(members, as_of, rulebook, calendar)
    results = pl.concat([p.cast(_RESULT_SCHEMA) for p in parts])  # type: ignore[arg-type,unused-ignore]
    per_org = o.select(
        "__o",
        "id",
        "kind",
        "members",
        "official",
        (pl.col("members") - pl.col("official")).alias("probationary"),
    )
    return results, probation, per_org
