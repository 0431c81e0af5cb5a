"""The roster path: the same answers as the object path, tables in and out, problems located."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dangkiemtra.datasets import reference_inspection, reference_organization
from dangkiemtra.errors import DataError, RuleError
from dangkiemtra.inspection import Group, group_indicator, group_units
from dangkiemtra.io import dump_organization
from dangkiemtra.organization import (
    Body,
    BodyKind,
    Member,
    Organization,
    OrgKind,
    StructureReport,
    check_structure,
    counts,
)
from dangkiemtra.roster import MAX_PROBLEMS, Roster, RosterDataError, RosterReport, pl
from dangkiemtra.testing import dates, organizations, planted_organizations

AS_OF = date(2023, 9, 25)


def _triples(report: StructureReport) -> list[tuple[str, str, bool, bool]]:
    return sorted((r.rule_id, r.subject, r.ok, r.checked) for r in report.results)


def _lists(report: StructureReport, org: Organization) -> tuple[set[str], set[str]]:
    """Due and overdue members from the object path's ORG-10 results."""
    unofficial = {m.id for m in org.all_members() if m.official_date is None}
    due = {
        r.subject
        for r in report.results
        if r.rule_id == "ORG-10" and r.checked and r.ok and r.subject in unofficial
    }
    late = {r.subject for r in report.results if r.rule_id == "ORG-10" and not r.ok} & unofficial
    return due, late


def assert_same(org: Organization, as_of: date, report: RosterReport | None = None) -> None:
    roster = Roster.from_organization(org)
    report = report or roster.check_structure(as_of)
    obj = check_structure(org, as_of)
    assert sorted(report.results.iter_rows()) == _triples(obj)
    assert report.by_rule() == obj.by_rule()
    assert report.ok == obj.ok
    assert roster.counts(as_of, org.id) == counts(org, as_of)
    due, late = _lists(obj, org)
    assert set(report.probation_due()["member"]) == due
    assert set(report.probation_overdue()["member"]) == late


# ── the differential test ───────────────────────────────────────────────────────────────


@settings(max_examples=60)
@given(planted_organizations(), dates(date(2012, 1, 1), date(2040, 12, 31)))
def test_every_check_agrees_with_the_object_path(org: Organization, as_of: date) -> None:
    try:
        check_structure(org, as_of)
    except RuleError:  # a threshold not yet in force: both paths refuse alike
        with pytest.raises(RuleError):
            Roster.from_organization(org).check_structure(as_of)
        return
    assert_same(org, as_of)


@pytest.mark.parametrize("as_of", [date(2019, 1, 1), AS_OF, date(2026, 1, 1)])
def test_the_reference_organisation_agrees(as_of: date) -> None:
    assert_same(reference_organization(), as_of)


def test_the_threshold_reading_is_the_callers_choice() -> None:
    org = reference_organization()
    roster = Roster.from_organization(org)
    mine = roster.check_structure(AS_OF, threshold_reading="official_only")
    theirs = check_structure(org, AS_OF, threshold_reading="official_only")
    assert sorted(mine.results.iter_rows()) == _triples(theirs)


def _cell(members: tuple[Member, ...], chi_uy: int | None = None) -> Organization:
    bodies = (Body(BodyKind.CELL_COMMITTEE, chi_uy, date(2022, 4, 20)),) if chi_uy else ()
    return Organization("c1", OrgKind.BASE_CELL, "Chi bộ 1", bodies, (), members)


def _member(i: int, admitted: date, official: date | None = None) -> Member:
    return Member(f"dv{i}", "Tên", "nam", date(1980, 1, 1), admitted, official)


def test_probation_lists_bite_on_the_last_day_of_the_vote() -> None:
    # probation from 2022-09-05 ends 2023-09-05; the vote is due 30 working days later
    admitted = date(2022, 9, 5)
    end = date(2023, 9, 5)
    from dangkiemtra.calendar import WorkingCalendar

    due = WorkingCalendar.default().add_working_days(end, 30)
    org = _cell(tuple(_member(i, admitted) for i in range(3)))
    roster = Roster.from_organization(org)
    on_due = roster.check_structure(due)
    after = roster.check_structure(due + timedelta(days=1))
    assert on_due.probation_due()["due"].to_list() == [due] * 3
    assert on_due.probation_overdue().height == 0
    assert after.probation_overdue().height == 3
    assert after.by_rule()["ORG-10"] == (0, 3)
    assert_same(org, due)
    assert_same(org, due + timedelta(days=1))


def test_a_wrong_official_date_fails_and_explains_itself_as_the_object_path() -> None:
    org = _cell((_member(1, date(2022, 2, 28), date(2023, 3, 1)),))
    report = Roster.from_organization(org).check_structure(AS_OF)
    assert {"rule_id": "ORG-10", "subject": "dv1"} in report.failed()
    (mine,) = report.explain("dv1")
    (theirs,) = (r for r in check_structure(org, AS_OF).results if r.subject == "dv1")
    assert mine == theirs
    assert "28 February 2023" in mine.explanation.render("en")  # the end of probation


def test_explain_an_organisation_gives_its_checks_with_citations() -> None:
    org = reference_organization()
    report = Roster.from_organization(org).check_structure(AS_OF)
    subject = org.children[0].id
    mine = report.explain(subject)
    theirs = tuple(r for r in check_structure(org, AS_OF).results if r.subject == subject)
    assert mine == theirs
    assert mine
    assert all(r.explanation.citations for r in mine if r.rule_id != "ORG-07" or r.ok)


# ── group indicators (seed 004) ─────────────────────────────────────────────────────────


@pytest.mark.parametrize("group", list(Group))
def test_group_indicators_agree_with_the_object_path(group: Group) -> None:
    org, book = reference_organization(), reference_inspection()
    roster = Roster.from_organization(org)
    assert sorted(roster.group_units(group, AS_OF).iter_rows()) == sorted(
        (o, b.value) for o, b in group_units(org, group, AS_OF)
    )
    assert roster.group_indicator(book, group, AS_OF) == group_indicator(org, book, group, AS_OF)


# ── tables in and out ───────────────────────────────────────────────────────────────────


def _write(roster: Roster, folder: Path, fmt: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in roster.to_tables().items():
        if fmt == "csv":
            table.write_csv(folder / f"{name}.csv")
        else:
            table.write_parquet(folder / f"{name}.parquet")


@settings(max_examples=25)
@given(organizations(), st.sampled_from(["parquet", "csv"]))
def test_a_tree_round_trips_through_files(org: Organization, fmt: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        _write(Roster.from_organization(org), Path(tmp), fmt)
        assert Roster.read(tmp).to_organization() == org


def test_pandas_and_arrow_tables_give_the_same_answers() -> None:
    org = reference_organization()
    tables = Roster.from_organization(org).to_tables()
    by_pandas = Roster.from_frames(
        tables["organizations"].to_pandas(),
        tables["members"].to_pandas(),
        bodies=tables["bodies"].to_pandas(),
        posts=tables["posts"].to_pandas(),
    )
    by_arrow = Roster.from_frames(
        tables["organizations"].to_arrow(),
        tables["members"].to_arrow(),
        bodies=tables["bodies"].to_arrow(),
        posts=tables["posts"].to_arrow(),
    )
    expected = check_structure(org, AS_OF).by_rule()
    assert by_pandas.check_structure(AS_OF).by_rule() == expected
    assert by_arrow.check_structure(AS_OF).by_rule() == expected
    assert by_arrow.to_organization() == org


def test_a_partition_folder_reads_one_part(tmp_path: Path) -> None:
    org = reference_organization()
    for name, table in Roster.from_organization(org).to_tables().items():
        (tmp_path / name).mkdir()
        table.write_parquet(tmp_path / name / "p01.parquet")
    assert Roster.read(tmp_path, part="p01").to_organization() == org
    with pytest.raises(DataError) as err:
        Roster.read(tmp_path, part="p02")
    assert err.value.pointers() == ("/members", "/organizations")


# ── validation: the JSON loader's codes, located by table, row and column ────────────────


def _tables() -> dict[str, pl.DataFrame]:
    org = Organization(
        "dbk",
        OrgKind.SUPERIOR,
        "Đảng bộ Khối",
        (),
        (_cell(tuple(_member(i, date(2020, 1, 6), date(2021, 1, 6)) for i in range(3)), 3),),
    )
    return Roster.from_organization(org).to_tables()


def _problems(**tables: pl.DataFrame) -> list[tuple[str, str]]:
    t = {**_tables(), **tables}
    with pytest.raises(RosterDataError) as err:
        Roster.from_frames(
            t["organizations"],
            t["members"],
            bodies=t["bodies"],
            posts=t["posts"],
            exceptions=t["exceptions"],
        )
    return [(p.pointer, p.code) for p in err.value.problems]


def test_bad_values_are_every_one_reported_with_the_json_codes() -> None:
    t = _tables()
    members = t["members"].with_columns(
        pl.Series("gender", ["nam", "male", "nu"]),
        pl.Series("id", ["dv0", "dv0", "dv 2"]),
        pl.Series("citizen_id", ["123", None, "020080000001"]),
    )
    bodies = t["bodies"].with_columns(pl.Series("size", [0]))
    orgs = t["organizations"].with_columns(pl.Series("parent", [None, "nowhere"]))
    assert sorted(_problems(members=members, bodies=bodies, organizations=orgs)) == [
        ("/bodies/0/size", "schema.minimum"),
        ("/members/0/citizen_id", "schema.pattern"),
        ("/members/1/gender", "schema.enum"),
        ("/members/1/id", "id.duplicate"),
        ("/members/2/id", "schema.pattern"),
        ("/organizations/1/parent", "reference.unknown"),
    ]


def test_dates_are_checked_as_text_and_in_order() -> None:
    t = _tables()
    members = t["members"].with_columns(
        pl.Series("admission_date", ["2020-01-06", "2023-02-29", "2020-1-6"]),
        pl.Series("official_date", ["2019-01-06", None, None]),
    )
    assert sorted(_problems(members=members)) == [
        ("/members/0/official_date", "date.order"),
        ("/members/1/admission_date", "date.invalid"),
        ("/members/2/admission_date", "schema.pattern"),
    ]


def test_structure_problems_of_the_tree() -> None:
    t = _tables()
    orgs = pl.concat(
        [
            t["organizations"],
            pl.DataFrame({"id": ["x"], "parent": ["c1"], "kind": ["chi_bo"], "name": ["X"]}),
        ]
    )
    members = t["members"].with_columns(pl.Series("organization", ["c1", "dbk", "c1"]))
    bodies = pl.concat([t["bodies"], t["bodies"]])
    assert sorted(_problems(organizations=orgs, members=members, bodies=bodies)) == [
        ("/bodies/1/kind", "body.duplicate"),
        ("/members/1/organization", "members.not_in_cell"),
        ("/organizations/2/kind", "children.kind"),
    ]


def test_a_float_size_is_not_coerced_and_a_missing_column_is_required() -> None:
    t = _tables()
    bodies = t["bodies"].with_columns(pl.col("size").cast(pl.Float64))
    members = t["members"].drop("birth_date").with_columns(pl.lit("x").alias("nickname"))
    found = _problems(bodies=bodies, members=members)
    assert ("/bodies/0/size", "schema.type") in found
    assert ("/members/2/birth_date", "schema.required") in found
    assert ("/members/0/nickname", "schema.additionalProperties") in found


def test_problems_never_show_the_value() -> None:
    t = _tables()
    members = t["members"].with_columns(pl.Series("citizen_id", ["0200800XX001", None, None]))
    with pytest.raises(RosterDataError) as err:
        Roster.from_frames(t["organizations"], members)
    assert "0200800XX001" not in str(err.value)
    assert "Tên" not in str(err.value)


def test_problems_are_capped_and_the_rest_counted() -> None:
    n = MAX_PROBLEMS + 250
    orgs = pl.DataFrame({"id": ["c1"], "parent": [None], "kind": ["chi_bo_co_so"], "name": ["C"]})
    members = pl.DataFrame(
        {
            "id": [f"dv{i}" for i in range(n)],
            "organization": ["c1"] * n,
            "gender": ["x"] * n,  # every row wrong
            "birth_date": [date(1980, 1, 1)] * n,
            "admission_date": [date(2020, 1, 1)] * n,
        }
    )
    with pytest.raises(RosterDataError) as err:
        Roster.from_frames(orgs, members)
    assert len(err.value.pointers()) == MAX_PROBLEMS  # then one marker with the count
    assert err.value.omitted == 250
    assert "250 more problems" in str(err.value)
    # two checks each over the cap: still the cap listed, every other one counted
    twice = members.with_columns(pl.Series("id", [f"dv {i}" for i in range(n)]))
    with pytest.raises(RosterDataError) as err:
        Roster.from_frames(orgs, twice)
    assert len(err.value.pointers()) == MAX_PROBLEMS
    assert err.value.omitted == 2 * n - MAX_PROBLEMS


def test_categorical_and_all_empty_columns_are_read_as_text() -> None:
    t = _tables()
    members = t["members"].with_columns(
        pl.col("gender").cast(pl.Categorical),
        pl.Series("full_name", [None, None, None], dtype=pl.Null),
    )
    roster = Roster.from_frames(t["organizations"], members, bodies=t["bodies"])
    assert roster.members["gender"].to_list() == t["members"]["gender"].to_list()
    assert roster.members["gender"].dtype == pl.String
    assert roster.members["full_name"].dtype == pl.String
    bad = members.with_columns(pl.Series("gender", ["nam", "x", "nu"]).cast(pl.Categorical))
    assert _problems(members=bad) == [("/members/1/gender", "schema.enum")]


def test_a_missing_table_is_required(tmp_path: Path) -> None:
    with pytest.raises(DataError) as err:
        Roster.read(tmp_path)
    assert [(p.pointer, p.code) for p in err.value.problems] == [
        ("/members", "schema.required"),
        ("/organizations", "schema.required"),
    ]


def test_without_the_extra_the_import_names_it() -> None:
    code = (
        "import sys; sys.modules['polars'] = None\n"
        "try:\n    import dangkiemtra.roster\n"
        "except ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "dangkiemtra[scale]" in out.stdout


def test_a_pandas_datetime_with_a_time_of_day_is_not_a_date() -> None:
    t = _tables()
    members = t["members"].with_columns(
        pl.col("birth_date").cast(pl.Datetime("ms"))
        + pl.Series([0, 3_600_000, 0]).cast(pl.Duration("ms"))
    )
    assert _problems(members=members) == [("/members/1/birth_date", "schema.type")]


def test_the_synthetic_roster_is_seeded_and_valid() -> None:
    from dangkiemtra.roster.synthetic import AS_OF as DAY
    from dangkiemtra.roster.synthetic import national_roster

    a = national_roster(members=20_000, grassroots=200, provinces=2, seed=5)
    b = national_roster(members=20_000, grassroots=200, provinces=2, seed=5)
    assert all(a[p][t].equals(b[p][t]) for p in a for t in a[p])
    tables = {t: pl.concat([a[p][t] for p in a]) for t in a["p01"]}
    roster = Roster.from_frames(
        tables["organizations"], tables["members"], bodies=tables["bodies"], posts=tables["posts"]
    )
    assert 19_000 <= roster.members.height <= 21_000
    assert (
        roster.counts(DAY).organizations["dang_bo_co_so"]
        + roster.counts(DAY).organizations["chi_bo_co_so"]
        == 200
    )
    report = roster.check_structure(DAY)
    assert not report.ok  # failures are planted
    # one superior committee, object path against roster path
    assert_same(roster.organization(roster.roots()[0]), DAY)


def test_a_malformed_reference_is_both_unknown_and_malformed() -> None:
    t = _tables()
    members = t["members"].with_columns(pl.Series("organization", ["c1", "c 1", "c1"]))
    posts = pl.DataFrame(
        {
            "member": ["dv/9"],
            "title": ["bi_thu"],
            "organization": ["c1"],
            "from": [date(2022, 1, 3)],
        }
    )
    assert sorted(_problems(members=members, posts=posts)) == [
        ("/members/1/organization", "reference.unknown"),
        ("/members/1/organization", "schema.pattern"),
        ("/posts/0/member", "reference.unknown"),
        ("/posts/0/member", "schema.pattern"),
    ]


def _one_cell(n_members: int, n_cells: int = 1) -> tuple[pl.DataFrame, pl.DataFrame]:
    orgs = pl.DataFrame(
        {
            "id": ["root", *(f"c{i}" for i in range(n_cells))],
            "parent": [None, *(["root"] * n_cells)],
            "kind": ["dang_bo_co_so", *(["chi_bo"] * n_cells)],
            "name": ["R", *(["C"] * n_cells)],
        }
    )
    members = pl.DataFrame(
        {
            "id": [f"dv{i}" for i in range(n_members)],
            "organization": ["c0"] * n_members,
            "gender": ["nam"] * n_members,
            "birth_date": [date(1980, 1, 1)] * n_members,
            "admission_date": [date(2020, 1, 1)] * n_members,
        }
    )
    return orgs, members


def test_the_schemas_array_limits_hold_for_the_tables() -> None:
    # organization.schema.json: at most 100,000 members and 10,000 children per organisation;
    # the row past the limit is the one reported, under the JSON path's code
    orgs, members = _one_cell(100_000)
    Roster.from_frames(orgs, members)  # exactly at the limit: accepted
    orgs, members = _one_cell(100_001, n_cells=10_001)
    with pytest.raises(RosterDataError) as err:
        Roster.from_frames(orgs, members)
    found = {p.pointer: p for p in err.value.problems}
    assert sorted(found) == ["/members/100000/organization", "/organizations/10001/parent"]
    assert {p.code for p in found.values()} == {"schema.maxItems"}
    assert found["/members/100000/organization"].expected_vi == "nhiều nhất 100000 phần tử"
    assert found["/organizations/10001/parent"].expected_en == "at most 10000 items"


def test_a_tree_rebuilt_without_names_does_not_dump_to_invalid_json() -> None:
    # the tables may leave full_name out; member.schema.json requires it, so the dumper
    # refuses with every member located, never writing a document other systems would reject
    orgs, members = _one_cell(2)
    tree = Roster.from_frames(orgs, members).to_organization()
    with pytest.raises(DataError) as err:
        dump_organization(tree)
    assert err.value.pointers() == (
        "/organization/children/0/members/0/full_name",
        "/organization/children/0/members/1/full_name",
    )


def test_more_roots_than_one_organisation_may_have_children_is_no_limit() -> None:
    # 10,001 grassroots organisations with no parent in the tables: the children limit is per
    # parent, so nothing is over it (the count of the rows naming a parent is empty)
    n = 10_001
    orgs = pl.DataFrame(
        {
            "id": [f"c{i}" for i in range(n)],
            "parent": [None] * n,
            "kind": ["chi_bo_co_so"] * n,
            "name": ["C"] * n,
        },
        schema_overrides={"parent": pl.String},
    )
    _, members = _one_cell(1)
    assert len(Roster.from_frames(orgs, members).roots()) == n


def _column(table: str, name: str) -> Any:
    from dangkiemtra.roster._columns import TABLES

    return next(c for c in TABLES[table] if c.name == name).subschema


def test_a_size_at_either_bound_passes_one_beyond_fails() -> None:
    sub = _column("bodies", "size")
    lo, hi = sub["minimum"], sub["maximum"]
    t = _tables()

    def found(size: int) -> list[tuple[str, str]]:
        bodies = t["bodies"].with_columns(pl.Series("size", [size]))
        try:
            Roster.from_frames(t["organizations"], t["members"], bodies=bodies)
        except RosterDataError as err:
            return [(p.pointer, p.code) for p in err.problems]
        return []

    assert found(lo) == [] and found(hi) == []
    assert found(lo - 1) == [("/bodies/0/size", "schema.minimum")]
    assert found(hi + 1) == [("/bodies/0/size", "schema.maximum")]


def test_a_name_at_either_length_bound_passes_one_beyond_fails() -> None:
    sub = _column("organizations", "name")
    lo, hi = sub["minLength"], sub["maxLength"]
    t = _tables()

    def found(name: str) -> list[tuple[str, str]]:
        orgs = t["organizations"].with_columns(pl.Series("name", [name, "Chi bộ 1"]))
        try:
            Roster.from_frames(orgs, t["members"], bodies=t["bodies"])
        except RosterDataError as err:
            return [(p.pointer, p.code) for p in err.problems]
        return []

    assert found("Đ" * lo) == [] and found("Đ" * hi) == []  # characters, not bytes
    assert found("Đ" * (hi + 1)) == [("/organizations/0/name", "schema.maxLength")]
    assert lo == 1 and found("") == [("/organizations/0/name", "schema.minLength")]


def test_optional_columns_may_be_left_out_and_read_as_their_kind() -> None:
    t = _tables()
    optional = ["official_date", "joined_on", "departure_kind", "departure_date", "full_name"]
    roster = Roster.from_frames(t["organizations"], t["members"].drop(optional))
    assert roster.members["joined_on"].dtype == pl.Date
    assert roster.members["departure_date"].dtype == pl.Date
    assert roster.members["departure_kind"].dtype == pl.String
    counted = roster.counts(AS_OF)
    assert (counted.members, counted.official) == (3, 0)  # no official date: all probationary
    assert roster.check_structure(AS_OF).by_rule()
