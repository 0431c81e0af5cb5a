"""The command line: demo, validate, deadline, rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dangkiemtra._schemas import validate
from dangkiemtra.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_in_vietnamese_has_the_seed_figures(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "demo")
    assert code == 0
    for figure in (
        "4.144",
        "19/33, đạt 57,58%",
        "16/33, đạt 48,48%",
        "17/29, đạt 58,6%",
        "18/152, đạt 11,84%",
        "2/3 tổ chức, đạt 66,7%",
        "17/25 tổ chức",
        "ngày 25 tháng 9 năm 2023",
        "Căn cứ:",
    ):
        assert figure in out, figure


def test_demo_in_english_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "demo", "--lang", "en")
    assert code == 0 and "19/33, 57.58% of the planned target" in out and "Basis:" in out
    code, out, _ = run(capsys, "demo", "--json", "--as-of", "2023-12-31")
    data = json.loads(out)
    assert data["as_of"] == "2023-12-31"
    assert data["inspection"]["groups"][0]["done"] > 19


def test_demo_output_has_no_personal_data(capsys: pytest.CaptureFixture[str]) -> None:
    from dangkiemtra.datasets import reference_organization

    _, out, _ = run(capsys, "demo")
    _, js, _ = run(capsys, "demo", "--json")
    members = list(reference_organization().all_members())[:200]
    for m in members:
        assert m.full_name not in out and m.full_name not in js
        assert m.citizen_id is not None
        assert m.citizen_id not in out and m.citizen_id not in js


def test_deadline_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "--start", "2026-01-15", "--days", "30")
    assert code == 0 and out.startswith("Hạn cuối: 2026-02-23")
    code, out, _ = run(
        capsys,
        "deadline",
        "--start",
        "2023-12-20",
        "--rule",
        "org.probation.confirmation_working_days",
        "--json",
        "--lang",
        "en",
    )
    data = json.loads(out)
    # QĐ 24 item 4.2.1 was read (review §3.2): a confirmed value carries no flag
    assert data["due"] == "2024-02-01" and data["flags"] == [] and "explanation" in data
    data.pop("explanation_text")
    assert validate(data, "deadline") == []


def test_deadline_ambiguity_can_be_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys,
        "deadline",
        "--start",
        "2024-07-01",
        "--rule",
        "tcp.resolution.central_cadres.days",
        "--refuse-ambiguous",
    )
    assert code == 2 and "periods.day_unit.party" in err
    code, out, _ = run(
        capsys,
        "deadline",
        "--start",
        "2024-07-01",
        "--rule",
        "tcp.resolution.central_cadres.days",
        "--reading",
        "calendar_days",
    )
    assert code == 0 and "2024-12-30" in out


@pytest.mark.parametrize("bad", ["2023-02-29", "２０２３-01-01", "2023–01–01", "20230101"])
def test_bad_dates_are_refused(capsys: pytest.CaptureFixture[str], bad: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["deadline", "--start", bad, "--days", "3"])
    assert exc.value.code == 2
    assert bad not in capsys.readouterr().err


def test_rule_before_it_existed_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "deadline", "--start", "2024-06-05", "--rule", "tcp.resolution.central_cadres.days"
    )
    assert code == 2 and "2024" in err


def test_rules_listing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--as-of", "2026-05-01", "--json")
    data = json.loads(out)
    keys = {p["key"]: p for p in data["parameters"]}
    assert (
        keys["ktgs.thematic_supervision.max_working_days.grassroots"]["citation"]["source"]
        == "qd-21-2026"
    )
    assert (
        "qd-21-2026" in data["sources_in_force"] and "qd-296-2025" not in data["sources_in_force"]
    )
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "org.cell.chi_uy_min_official_members = 9" in out


def test_validate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(
        json.dumps(
            {"format": "dangkiemtra.inspection/1", "year": 2023, "programmes": [], "activities": []}
        )
    )
    assert run(capsys, "validate", str(good))[0] == 0
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "dangkiemtra.inspection/1", "year": "２０２３", "programmes": [], "activities": []}'
    )
    code, out, _ = run(capsys, "validate", str(bad))
    assert code == 1 and "/year" in out and "２０２３" not in out
    code, out, _ = run(capsys, "validate", str(bad), "--json")
    assert json.loads(out)["problems"][0]["pointer"] == "/year"
    assert run(capsys, "validate", str(tmp_path / "missing.json"))[0] == 2
