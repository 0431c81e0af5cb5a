"""A seeded synthetic national roster (danh sách giả lập toàn quốc), for benchmarks and tests.

About 5.6 million members in about 52,000 grassroots organisations: grassroots cells
(chi bộ cơ sở) of a handful to some twenty-odd members, and grassroots committees (đảng bộ
cơ sở) of thirty to a few thousand members whose members sit in cells of about twenty,
the largest with partial committees (đảng bộ bộ phận); all under superior committees
(đảng bộ cấp trên trực tiếp cơ sở), grouped by province for partitioned runs.

The figures are invented and only plausible: they are not rules (the checks read those from
the rulebook) and no person is real. A small share of the data is planted wrong (a late
recognition of official membership, a missing inspection commission, a committee without
its standing committee) so that the checks have something to find. The same seed gives
the same roster. Needs NumPy (it comes with ``dangkiemtra[test]``).

>>> parts = national_roster(members=2_000, grassroots=20, provinces=2, seed=1)
>>> sorted(parts), sorted(parts["p01"])
(['p01', 'p02'], ['bodies', 'exceptions', 'members', 'organizations', 'posts'])
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from dangkiemtra.organization import BodyKind, DepartureKind, OrgKind, PostTitle
from dangkiemtra.roster._engine import pl
from dangkiemtra.roster._tables import empty_table
from dangkiemtra.rulebook import Rulebook

__all__ = ["AS_OF", "national_roster"]

#: The day the roster is made to describe (its recent admissions lead up to it).
AS_OF = date(2026, 10, 1)

# Plausibility only (not rules): shares and spans of the invented data.
_COMMITTEE_SHARE = 0.55
_CELL_SIZE = 20
_PARTIALS_FROM = 600
_CELLS_PER_PARTIAL = 8
_SUPERIORS_PER_PROVINCE = 30
_FEMALE = 0.35
_TRANSFERRED = 0.08
_DEPARTED = 0.03
_LATE = 0.005
_PLANTED = 0.01
_RECENT = 90
_UNRECOGNISED = 0.3
_EPOCH = date(1970, 1, 1).toordinal()
_NONE = -(10**7)  # no such day (NumPy has no gaps in integers)


def _days(d: date) -> int:
    return d.toordinal() - _EPOCH


def _text(values: Any) -> pl.Series:
    """Text with gaps, from a NumPy object array."""
    return pl.Series(values.tolist(), dtype=pl.String)


def _np() -> Any:
    try:
        import numpy
    except ImportError as err:  # pragma: no cover
        raise ImportError(
            "the synthetic roster needs NumPy: pip install 'dangkiemtra[scale]'"
        ) from err
    return numpy


def national_roster(
    *,
    members: int = 5_600_000,
    grassroots: int = 52_000,
    provinces: int = 34,
    seed: int = 2026,
    as_of: date = AS_OF,
) -> dict[str, dict[str, pl.DataFrame]]:
    """The roster's tables, by province partition (``"p01"``, ``"p02"``, …).

    Every partition is a self-contained forest (its superior committees and all below).
    """
    np = _np()
    rng = np.random.default_rng(seed)
    today = _days(as_of)

    # grassroots organisations: kind, size, province, superior
    committee = rng.random(grassroots) < _COMMITTEE_SHARE
    cell_sizes = rng.integers(5, 27, grassroots)
    raw = np.clip(rng.lognormal(np.log(120), 0.8, grassroots), 30, None)
    left = max(members - int(cell_sizes[~committee].sum()), 30 * int(committee.sum()))
    raw = raw * left / raw[committee].sum()
    size = np.where(committee, np.maximum(raw.astype(np.int64), 30), cell_sizes)
    province = np.sort(rng.integers(0, provinces, grassroots))
    superior = province * _SUPERIORS_PER_PROVINCE + rng.integers(
        0, _SUPERIORS_PER_PROVINCE, grassroots
    )
    base_ids = np.array([f"cs{j:05d}" for j in range(grassroots)], dtype=object)

    # cells of each committee, and partial committees in the largest
    n_cells = np.where(committee, np.maximum(2, np.rint(size / _CELL_SIZE)).astype(np.int64), 0)
    n_partials = np.where(committee & (size >= _PARTIALS_FROM), n_cells // _CELLS_PER_PARTIAL, 0)
    cell_base = np.repeat(np.arange(grassroots), n_cells)
    cell_local = np.arange(len(cell_base)) - np.repeat(np.cumsum(n_cells) - n_cells, n_cells)
    cell_partial = np.where(
        n_partials[cell_base] > 0, cell_local % np.maximum(n_partials[cell_base], 1), -1
    )
    partial_base = np.repeat(np.arange(grassroots), n_partials)
    partial_local = np.arange(len(partial_base)) - np.repeat(
        np.cumsum(n_partials) - n_partials, n_partials
    )

    # members: which grassroots organisation, which cell
    m_base = np.repeat(np.arange(grassroots), size)
    n = len(m_base)
    m_cell_local = np.floor(rng.random(n) * np.maximum(n_cells[m_base], 1)).astype(np.int64)
    cell_offset = np.cumsum(n_cells) - n_cells

    orgs = pl.DataFrame(
        {
            "__p": np.concatenate(
                [
                    np.repeat(np.arange(provinces), _SUPERIORS_PER_PROVINCE),
                    province,
                    province[partial_base],
                    province[cell_base],
                ]
            ),
            "id": np.concatenate(
                [
                    [
                        f"p{p + 1:02d}-dbk{s:02d}"
                        for p in range(provinces)
                        for s in range(_SUPERIORS_PER_PROVINCE)
                    ],
                    base_ids,
                    [
                        f"{base_ids[b]}-bp{k:02d}"
                        for b, k in zip(partial_base, partial_local, strict=True)
                    ],
                    [
                        f"{base_ids[b]}-cb{k:03d}"
                        for b, k in zip(cell_base, cell_local, strict=True)
                    ],
                ]
            ).astype(str),
            "parent": _text(
                np.concatenate(
                    [
                        np.full(provinces * _SUPERIORS_PER_PROVINCE, None, dtype=object),
                        [
                            f"p{s // _SUPERIORS_PER_PROVINCE + 1:02d}-dbk{s % _SUPERIORS_PER_PROVINCE:02d}"
                            for s in superior
                        ],
                        base_ids[partial_base],
                        [
                            f"{base_ids[b]}-bp{p:02d}" if p >= 0 else base_ids[b]
                            for b, p in zip(cell_base, cell_partial, strict=True)
                        ],
                    ]
                )
            ),
            "kind": np.concatenate(
                [
                    np.full(provinces * _SUPERIORS_PER_PROVINCE, OrgKind.SUPERIOR.value),
                    np.where(committee, OrgKind.BASE_COMMITTEE.value, OrgKind.BASE_CELL.value),
                    np.full(len(partial_base), OrgKind.PARTIAL_COMMITTEE.value),
                    np.full(len(cell_base), OrgKind.CELL.value),
                ]
            ).astype(str),
        }
    ).with_columns(pl.format("Tổ chức {}", "id").alias("name"))

    # members' dates, as days since 1970
    birth = rng.integers(_days(date(1940, 1, 1)), _days(date(2004, 12, 31)), n)
    adult = birth + 18 * 365 + 5
    admitted = adult + (rng.random(n) ** 1.5 * np.maximum(today - adult, 1)).astype(np.int64)
    admitted = np.minimum(admitted, today)
    org_ids = np.array(orgs["id"].to_list(), dtype=object)
    first_cell = provinces * _SUPERIORS_PER_PROVINCE + grassroots + len(partial_base)
    in_committee = committee[m_base]
    cell_index = np.where(in_committee, first_cell + cell_offset[m_base] + m_cell_local, 0)
    m_org = np.where(
        in_committee, org_ids[np.minimum(cell_index, len(org_ids) - 1)], base_ids[m_base]
    )
    transferred = rng.random(n) < _TRANSFERRED
    joined = np.where(
        transferred, admitted + (rng.random(n) * (today - admitted)).astype(np.int64), _NONE
    )
    start = np.where(transferred, joined, admitted)
    departed = rng.random(n) < _DEPARTED
    left_on = np.where(
        departed, start + 1 + (rng.random(n) * (today + 365 - start)).astype(np.int64), _NONE
    )
    dep_kinds = np.array([k.value for k in DepartureKind], dtype=object)
    dep_kind = np.where(
        departed, dep_kinds[rng.choice(len(dep_kinds), n, p=[0.6, 0.3, 0.03, 0.05, 0.02])], None
    )
    recognised = rng.random(n)
    late = rng.integers(1, 40, n)
    m = pl.DataFrame(
        {
            "__p": province[m_base],
            "id": pl.int_range(n, eager=True).cast(pl.String).str.zfill(7),
            "organization": m_org.astype(str),
            "gender": np.where(rng.random(n) < _FEMALE, "nu", "nam"),
            "birth_date": birth.astype(np.int32),
            "admission_date": admitted.astype(np.int32),
            "joined_on": joined.astype(np.int32),
            "departure_kind": _text(dep_kind),
            "departure_date": left_on.astype(np.int32),
            "__r": recognised,
            "__late": late,
        }
    ).with_columns(
        pl.concat_str(pl.lit("dv"), "id").alias("id"),
        *(
            pl.when(pl.col(c) != _NONE).then(pl.col(c)).otherwise(None).cast(pl.Date).alias(c)
            for c in ("birth_date", "admission_date", "joined_on", "departure_date")
        ),
    )
    end = pl.col("admission_date").dt.offset_by("12mo")
    # recognised on the day probation ends, a few late; the newest still probationary
    m = m.with_columns(
        pl.when(end > as_of)
        .then(None)
        .when((end > as_of - timedelta(days=_RECENT)) & (pl.col("__r") > 1 - _UNRECOGNISED))
        .then(None)
        .when(pl.col("__r") < _LATE)
        .then(end + pl.duration(days=pl.col("__late")))
        .otherwise(end)
        .alias("official_date")
    ).with_columns(
        # a member who left before the end of probation was never recognised
        pl.when(pl.col("departure_date") <= pl.col("official_date"))
        .then(None)
        .otherwise(pl.col("official_date"))
        .alias("official_date")
    )
    columns = [c.name for c in empty_table("members").iter_columns()]
    m = m.select(
        "__p", *(pl.col(c) if c in m.columns else pl.lit(None, pl.String).alias(c) for c in columns)
    )
    m = m.with_columns(pl.col("official_date").cast(pl.Date))

    # bodies: committees (with a standing committee from the rulebook's size, ORG-06), inspection
    # commissions, cell committees where a cell has about nine official members or more
    elected = _days(date(2025, 6, 1))
    bcs = np.flatnonzero(committee)
    bch_size = rng.integers(5, 16, len(bcs))
    planted = rng.random(len(bcs)) < _PLANTED
    standing_from = (
        Rulebook.default().at(as_of).get("org.base.standing_committee_min_committee_size").as_int()
    )
    with_btv = (bch_size >= standing_from) ^ planted
    with_ubkt = rng.random(len(bcs)) >= _PLANTED
    cell_members = pl.DataFrame({"organization": m_org.astype(str)}).group_by("organization").len()
    big_cells = cell_members.filter(pl.col("len") >= 11)["organization"].sort().to_numpy()
    n_bodies = len(bcs) + int(with_btv.sum()) + int(with_ubkt.sum()) + len(big_cells)
    bodies = pl.DataFrame(
        {
            "organization": np.concatenate(
                [base_ids[bcs], base_ids[bcs][with_btv], base_ids[bcs][with_ubkt], big_cells]
            ).astype(str),
            "kind": np.concatenate(
                [
                    np.full(len(bcs), BodyKind.COMMITTEE.value),
                    np.full(int(with_btv.sum()), BodyKind.STANDING.value),
                    np.full(int(with_ubkt.sum()), BodyKind.INSPECTION.value),
                    np.full(len(big_cells), BodyKind.CELL_COMMITTEE.value),
                ]
            ).astype(str),
            "size": np.concatenate(
                [
                    bch_size,
                    np.maximum(bch_size[with_btv] // 3, 3),
                    rng.integers(3, 6, int(with_ubkt.sum())),
                    rng.integers(3, 6, len(big_cells)),
                ]
            ),
            "elected_on": elected + rng.integers(0, 120, n_bodies).astype(np.int32),
        }
    ).with_columns(pl.col("elected_on").cast(pl.Date))
    org_p = orgs.select("id", "__p")
    bodies = bodies.join(org_p, left_on="organization", right_on="id", how="left")

    # posts: each cell's and grassroots cell's secretary, from the last congress
    secretaries = (
        m.group_by("organization", maintain_order=True)
        .agg(pl.col("id").first().alias("member"), pl.col("__p").first())
        .select(
            "__p",
            "member",
            pl.lit(PostTitle.SECRETARY.value).alias("title"),
            "organization",
            pl.lit(date(2025, 6, 1)).alias("from"),
            pl.lit(None, pl.Date).alias("until"),
        )
    )
    tables = {
        "organizations": orgs,
        "bodies": bodies.select("__p", "organization", "kind", "size", "elected_on"),
        "members": m,
        "posts": secretaries,
    }
    parts: dict[str, dict[str, pl.DataFrame]] = {}
    split = {
        name: t.partition_by("__p", as_dict=True, include_key=False) for name, t in tables.items()
    }
    for p in range(provinces):
        name = f"p{p + 1:02d}"
        parts[name] = {
            t: split[t].get((p,), empty_table(t)).cast(empty_table(t).schema) for t in tables
        }
        parts[name]["exceptions"] = empty_table("exceptions")
    return parts
