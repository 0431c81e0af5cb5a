"""Authority (AU) and who decides, across the eras: the exact ladder a case climbs, the vote each
body needs, and what cannot be checked before QĐ 30 (2016) and QĐ 22 (2021)."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from dangkiemtra.discipline import BodyRole, Form, Subject, SubjectKind
from dangkiemtra.discipline.authority import authority, who_decides

M = SubjectKind.OFFICIAL_MEMBER
KT, CC, CH, KTR = Form.KHIEN_TRACH, Form.CANH_CAO, Form.CACH_CHUC, Form.KHAI_TRU
D = date(2023, 9, 25)
MEMBER = Subject("dv1", M, holds_post=True)


def votes(w: object) -> list[tuple[BodyRole, str, Fraction, bool, str]]:
    return [
        (v.body, v.purpose, v.fraction, v.at_least, v.citation.rule_id)
        for v in w.votes  # type: ignore[attr-defined]
    ]


def not_checked_since(w: object) -> dict[str, date]:
    return {
        str(s.fact("rule")): s.fact("since")
        for s in w.explanation.steps  # type: ignore[attr-defined]
        if s.code == "discipline.who.not_checked"
    }


def test_an_expulsion_climbs_past_every_grassroots_body_to_the_higher_standing_committee() -> None:
    # QĐ 22 Art 11: the cell, the grassroots standing committee and commission decide only
    # khiển trách / cảnh cáo; the grassroots committee expels only if authorised to admit;
    # the cell committee has no power and the partial committee forwards
    w = who_decides(MEMBER, KTR, D)
    assert w.decider is BodyRole.BAN_THUONG_VU_CAP_TREN
    assert w.proposers == (
        BodyRole.CHI_BO,
        BodyRole.BAN_THUONG_VU_CO_SO,
        BodyRole.UBKT_CO_SO,
        BodyRole.DANG_UY_CO_SO,
    )
    assert w.forwarders == (BodyRole.DANG_UY_BO_PHAN,)
    assert w.deciders == (
        BodyRole.BAN_THUONG_VU_CAP_TREN,
        BodyRole.UBKT_CAP_TREN,
        BodyRole.CAP_UY_CAP_TREN,
        BodyRole.BCH_TW,
    )


def test_a_removal_is_proposed_by_the_cell_by_a_simple_majority() -> None:
    # VO-02: proposing khiển trách, cảnh cáo or cách chức needs more than half, only khai trừ ⅔
    w = who_decides(MEMBER, CH, D)
    assert w.decider is BodyRole.BAN_THUONG_VU_CAP_TREN and w.proposers[0] is BodyRole.CHI_BO
    assert votes(w) == [
        (BodyRole.CHI_BO, "propose", Fraction(1, 2), False, "VO-02"),
        (BodyRole.BAN_THUONG_VU_CAP_TREN, "decide", Fraction(1, 2), False, "VO-02"),
    ]


def test_before_qd30_the_votes_and_the_verification_duty_name_the_day_they_start() -> None:
    w = who_decides(MEMBER, KTR, date(2015, 3, 1))
    assert w.decider is BodyRole.BAN_THUONG_VU_CAP_TREN  # Charter Art 36 (inferred matrix)
    assert w.not_checked == (
        BodyRole.DANG_UY_BO_PHAN,
        BodyRole.BAN_THUONG_VU_CO_SO,
        BodyRole.UBKT_CO_SO,
        BodyRole.BCH_TW,  # the Central Committee's rule is read from QĐ 22 Art 22
    )
    assert not_checked_since(w) == {
        "discipline.authority.beyond_competence_proposes": date(2021, 7, 28),  # QĐ 22 Art 15.2
        "discipline.vote": date(2016, 7, 26),  # QĐ 30 Art 38
    }


# ── the matrix by era: Charter / QĐ 30 → QĐ 22 → QĐ 296 → QĐ 21, each from its first day ──


@pytest.mark.parametrize(
    ("day", "rule_id", "source", "article"),
    [
        (date(2021, 7, 27), "AU-02", "charter-2011", "36"),
        (date(2021, 7, 28), "AU-02", "qd-22-2021", "11"),
        (date(2025, 5, 30), "AU-02", "qd-296-2025", "10"),
        (date(2026, 4, 11), "AU-01-2026", "qd-21-2026", ""),  # article not reported
    ],
)
def test_the_cell_decides_a_warning_under_each_regulation_from_its_first_day(
    day: date, rule_id: str, source: str, article: str
) -> None:
    a = authority(BodyRole.CHI_BO, MEMBER, CC, day)
    assert a.role == "decides"
    cell = [c for c in a.explanation.citations if c.rule_id == rule_id]
    assert [(c.source, c.article) for c in cell] == [(source, article)]


@pytest.mark.parametrize(
    ("day", "source"),
    [(date(2025, 5, 29), "charter-2011"), (date(2025, 5, 30), "qd-296-2025")],
)
def test_the_superior_committee_reprimands_an_organisation_under_charter_then_qd296(
    day: date, source: str
) -> None:
    a = authority(BodyRole.CAP_UY_CAP_TREN, Subject("cs", SubjectKind.ORGANIZATION), KT, day)
    assert a.role == "decides"
    assert ("AU-08", source) in {(c.rule_id, c.source) for c in a.explanation.citations}
