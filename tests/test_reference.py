"""The reference organisation reproduces seed 004's published figures as of 2023-09-25."""

from __future__ import annotations

import importlib.util
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from dangkiemtra import datasets
from dangkiemtra.datasets import (
    REFERENCE_AS_OF,
    REFERENCE_DECIMALS,
    reference_inspection,
    reference_organization,
)
from dangkiemtra.inspection import ActivityKind, Group, fulfilment, group_indicator, progress_report
from dangkiemtra.organization import OrgKind, check_structure, counts

ROOT = Path(__file__).resolve().parents[1]


def test_organisation_figures() -> None:
    org = reference_organization()
    assert org.name == "Đảng bộ Khối các cơ quan tỉnh Lạng Sơn"
    c = counts(org, REFERENCE_AS_OF)
    assert c.members == 4144
    assert c.organizations == {
        "chi_bo": 209,
        "chi_bo_co_so": 30,
        "dang_bo_bo_phan": 10,
        "dang_bo_co_so": 33,
    }
    assert sum(1 for o in org.children if o.kind.is_base) == 63
    assert sum(len(o.children) for o in org.walk() if o.kind is OrgKind.PARTIAL_COMMITTEE) == 38
    assert c.official + c.probationary == 4144


def test_reference_passes_the_structural_checks() -> None:
    org = reference_organization()
    for day in (REFERENCE_AS_OF, date(2023, 12, 31)):
        report = check_structure(org, day)
        assert report.ok, [r.explanation.render("en") for r in report.problems[:3]]


@pytest.mark.parametrize(
    ("group", "done", "planned", "percent"),
    [
        (Group.BASE_COMMITTEES, 19, 33, "57.58"),
        (Group.BASE_INSPECTION_COMMISSIONS, 16, 33, "48.48"),
        (Group.BASE_CELLS_WITH_COMMITTEE, 17, 29, "58.6"),
        (Group.SUB_BASE_WITH_COMMITTEE, 18, 152, "11.84"),
    ],
)
def test_group_indicators_are_the_seeds(
    group: Group, done: int, planned: int, percent: str
) -> None:
    ind = group_indicator(
        reference_organization(),
        reference_inspection(),
        group,
        REFERENCE_AS_OF,
        decimals=REFERENCE_DECIMALS[group.value],
    )
    assert (ind.done, ind.planned, ind.percent) == (done, planned, Decimal(percent))
    assert ind.explanation.citations[0].rule_id == "KTGS-03"
    assert ind.explanation.citations[0].source == "qd-22-2021"


def test_indicators_move_with_the_as_of_date() -> None:
    org, book = reference_organization(), reference_inspection()
    later = group_indicator(org, book, Group.BASE_COMMITTEES, date(2023, 12, 31))
    earlier = group_indicator(org, book, Group.BASE_COMMITTEES, date(2023, 3, 1))
    assert earlier.done < 19 < later.done <= later.planned


def test_standing_committee_and_bloc_ubkt_programmes() -> None:
    book = reference_inspection()
    btv = {f.kind: f for f in fulfilment(book, "ctr-btv-2023", REFERENCE_AS_OF)}
    assert (
        btv[ActivityKind.INSPECTION].done_organizations,
        btv[ActivityKind.INSPECTION].done_members,
    ) == (3, 5)
    assert (
        btv[ActivityKind.THEMATIC_SUPERVISION].done_organizations,
        btv[ActivityKind.THEMATIC_SUPERVISION].done_members,
    ) == (6, 12)
    assert all(f.percent == Decimal("100.0") for f in btv.values())
    # already complete on 31 July 2023
    assert all(
        f.percent == Decimal("100.0") for f in fulfilment(book, "ctr-btv-2023", date(2023, 7, 31))
    )
    (conclusions,) = fulfilment(book, "kh-btv-gs-kl-2023", REFERENCE_AS_OF)
    assert (conclusions.done_organizations, conclusions.planned_organizations) == (17, 25)
    ubkt = {f.kind: f for f in fulfilment(book, "ctr-ubkt-2023", REFERENCE_AS_OF)}
    assert ubkt[ActivityKind.INSPECTION].percent == Decimal("100.0")
    sup = ubkt[ActivityKind.THEMATIC_SUPERVISION]
    assert (sup.done_organizations, sup.done_members, sup.percent) == (2, 2, Decimal("66.7"))


def test_progress_report_json() -> None:
    rep = progress_report(
        reference_organization(),
        reference_inspection(),
        REFERENCE_AS_OF,
        decimals=REFERENCE_DECIMALS,
    )
    out = rep.to_json()
    assert [g["percent"] for g in out["groups"]] == [57.58, 48.48, 58.6, 11.84]


def test_committed_data_are_what_the_seeded_script_generates() -> None:
    spec = importlib.util.spec_from_file_location(
        "generate_reference", ROOT / "scripts" / "generate_reference.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    org_doc, inspection_doc = module.build()
    assert module.render(org_doc) == datasets._read("reference-organization.json").decode("utf-8")
    assert module.render(inspection_doc) == datasets._read("reference-inspection-2023.json").decode(
        "utf-8"
    )


def test_discipline_figures_of_2023() -> None:
    from dangkiemtra.datasets import reference_discipline
    from dangkiemtra.discipline import discipline_report
    from dangkiemtra.inspection import activity_totals

    report = discipline_report(reference_discipline(), 2023, REFERENCE_AS_OF)
    assert report.disciplined_total == 5 and report.disciplined == {"canh_cao": 2, "khien_trach": 3}
    assert (report.suspended, report.mandatory, report.inconsistent) == (13, 13, ())
    signs = activity_totals(
        reference_inspection(), ActivityKind.ON_SIGNS_OF_VIOLATION, REFERENCE_AS_OF
    )
    assert (signs.organizations, signs.members) == (5, 14)
    assert discipline_report(reference_discipline(), 2023, date(2023, 3, 1)).disciplined_total < 5


def test_the_three_letters_of_2023() -> None:
    from dangkiemtra.datasets import reference_petitions
    from dangkiemtra.petitions import register

    r = register(reference_petitions(), REFERENCE_AS_OF)
    assert (r.received, r.processed) == (3, 2)
    assert {p.kind.value for p in reference_petitions()} == {"kien_nghi", "phan_anh"}
