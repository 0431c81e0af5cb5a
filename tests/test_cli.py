"""The command line: demo, validate, deadline, rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


def test_rule_before_it_existed_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "deadline", "--start", "2024-06-05", "--rule", "tcp.resolution.central_cadres.days"
    )
    assert code == 3 and "2024" in err


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


# ── report on the caller's own files ────────────────────────────────────────────────────

_DATA = Path(__file__).resolve().parents[1] / "src" / "dangkiemtra" / "datasets" / "data"
_ORG = str(_DATA / "reference-organization.json")
_BOOKS = (
    "--inspection",
    str(_DATA / "reference-inspection-2023.json"),
    "--discipline",
    str(_DATA / "reference-discipline-2023.json"),
    "--petitions",
    str(_DATA / "reference-petitions-2023.json"),
)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_report_on_the_reference_files_is_the_demo(
    capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    code, report, _ = run(capsys, "report", _ORG, *_BOOKS, "--as-of", "2023-09-25", "--lang", lang)
    assert code == 0
    _, demo, _ = run(capsys, "demo", "--lang", lang)
    # the files are the embedded data; only the rounding of the percentages differs
    assert report.splitlines()[:12] == demo.splitlines()[:12]
    assert ("17/25" in report) and ("4.144" in report if lang == "vi" else "4,144" in report)


def test_report_needs_only_the_organisation(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", _ORG, "--as-of", "2023-09-25", "--lang", "en")
    assert code == 0
    assert "Members: 4,144" in out and "No inspection and supervision programme data given." in out
    code, out, _ = run(capsys, "report", _ORG, "--as-of", "2023-09-25", "--format", "json")
    data = json.loads(out)
    assert data["format"] == "dangkiemtra.report/1"
    assert data["inspection"] is None and data["counts"]["members"] == 4144


def test_report_formats(capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import io

    code, md, _ = run(capsys, "report", _ORG, *_BOOKS, "--as-of", "2023-09-25", "--format", "md")
    assert code == 0 and md.startswith("# Đảng bộ Khối") and "\n## II. " in md
    code, out, _ = run(capsys, "report", _ORG, *_BOOKS, "--as-of", "2023-09-25", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    by_key = {r["key"]: r for r in rows}
    group = by_key["group:base_committees"]
    assert (group["done"], group["planned"], group["percent"]) == ("19", "33", "57.58")
    assert by_key["suspended"]["done"] == "13" and by_key["members"]["done"] == "4144"


def test_report_with_invalid_data_lists_the_problems(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "inspection.json"
    bad.write_text('{"format": "dangkiemtra.inspection/1", "year": "2023"}')
    code, out, err = run(capsys, "report", _ORG, "--inspection", str(bad), "--as-of", "2023-09-25")
    assert code == 1 and out == "" and str(bad) in err and "/year" in err
    code, _, err = run(capsys, "report", str(tmp_path / "nope.json"), "--as-of", "2023-09-25")
    assert code == 2 and "nope.json" in err


def test_each_line_of_the_demo_explains_that_line(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "demo", "--lang", "en")
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if "suspended from party activity" in line)
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("  - "))
    block = "\n".join(lines[start + 1 : end])
    assert "suspension" in block.lower() and "13 suspensions" in block
    assert "reprimand" not in block and "decides" not in block
    start = next(i for i, line in enumerate(lines) if "members disciplined" in line)
    assert "(2 warnings and 3 reprimands)" in lines[start]
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("  - "))
    block = "\n".join(lines[start + 1 : end])
    assert "5 decisions in effect" in block and "suspen" not in block


def test_a_date_before_the_rules_is_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "demo", "--as-of", "2010-01-01")
    assert code == 3 and out == "" and "Traceback" not in err
    assert (
        "chỉ áp dụng từ ngày" in err and "applies only" not in err
    )  # names the first day, in Vietnamese
    code, _, err = run(capsys, "demo", "--as-of", "2010-01-01", "--lang", "en")
    assert code == 3 and "applies only from" in err and "Quy định" not in err
    code, out, err = run(capsys, "rules", "--as-of", "1990-01-01", "--lang", "en")
    assert code == 3 and out == ""
    assert "No rule of the rulebook is in force on 1 January 1990" in err


# ── rules: filters, readings, changes ───────────────────────────────────────────────────


def test_rules_filters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--key", "org.cell.", "--json")
    keys = [p["key"] for p in json.loads(out)["parameters"]]
    assert code == 0 and keys and all(k.startswith("org.cell.") for k in keys)
    code, out, _ = run(capsys, "rules", "--rule-id", "org-05", "--json")
    params = json.loads(out)["parameters"]
    assert params and {p["citation"]["rule_id"] for p in params} == {"ORG-05"}
    code, out, _ = run(capsys, "rules", "--as-of", "2026-05-01", "--source", "qd-21-2026", "--json")
    params = json.loads(out)["parameters"]
    assert params and {p["citation"]["source"] for p in params} == {"qd-21-2026"}
    code, _, err = run(capsys, "rules", "--key", "no.such.", "--lang", "en")
    assert code == 3 and "matches the filters" in err


def test_rules_readings_lists_every_option_with_its_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dangkiemtra.rulebook import Rulebook

    code, out, _ = run(capsys, "rules", "--readings", "--json")
    data = {o["key"]: o for o in json.loads(out)}
    assert code == 0 and set(data) == set(Rulebook.default().options)
    party = data["periods.day_unit.party"]
    assert party["default"] in {r["name"] for r in party["readings"]}
    code, out, _ = run(capsys, "rules", "--readings", "--lang", "en")
    assert "periods.day_unit.party:" in out and "(default)" in out


def test_rules_diff(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--diff", "2025-01-01", "2026-12-31", "--json")
    data = json.loads(out)
    assert code == 0 and "qd-21-2026" in data["documents_entered"]
    assert "qd-22-2021" in data["documents_left"]
    changed = {c["key"]: c for c in data["values"]}
    announce = changed["discipline.announce.days"]
    assert announce["before"]["citation"]["source"] == "qd-22-2021"
    assert announce["after"]["citation"]["source"] == "qd-21-2026"
    code, out, _ = run(capsys, "rules", "--diff", "2025-01-01", "2025-01-01", "--json")
    assert json.loads(out)["values"] == []


def test_rules_diff_is_the_rulebooks_own_diff(capsys: pytest.CaptureFixture[str]) -> None:
    from dangkiemtra import schemas

    code, out, _ = run(capsys, "rules", "--diff", "2026-04-10", "2026-04-11", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["format"] == "dangkiemtra.rulebook-diff/1"
    schemas.validate(doc)  # the answer's own schema
    assert doc["documents_entered"] == ["qd-21-2026"]
    code, out, _ = run(capsys, "rules", "--diff", "2026-04-10", "2026-04-11", "--lang", "en")
    assert code == 0 and "21-QĐ/TW" in out and "is in force from 11 April 2026" in out


def test_a_reading_the_rule_does_not_offer_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    rule = ("deadline", "--start", "2024-07-01", "--rule", "tcp.resolution.central_cadres.days")
    code, out, err = run(capsys, *rule, "--reading", "bogus", "--lang", "en")
    assert code == 2 and out == ""
    assert "no reading 'bogus'" in err and "working_days" in err and "calendar_days" in err
    code, _, err = run(
        capsys,
        "deadline",
        "--start",
        "2024-07-01",
        "--rule",
        "org.probation.months",
        "--reading",
        "x",
    )
    assert code == 2 and "--reading" in err
    code, _, _ = run(capsys, "deadline", "--start", "2024-07-01", "--days", "3", "--reading", "x")
    assert code == 2


# ── validate, version, exit codes ───────────────────────────────────────────────────────


def test_validate_speaks_the_language_asked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "dangkiemtra.inspection/1", "year": "x", "programmes": []}')
    code, out, _ = run(capsys, "validate", str(bad), "--lang", "en")
    assert code == 1 and out.startswith("Invalid data (")
    assert out.isascii() and "cần" not in out
    code, out, _ = run(capsys, "validate", str(bad))
    assert code == 1 and out.startswith("Dữ liệu không hợp lệ") and "expected" not in out


def test_version_comes_from_the_package_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"dangkiemtra {version('dangkiemtra')}"


def test_exit_codes_are_distinct_and_documented() -> None:
    from dangkiemtra import cli

    codes = [cli.EXIT_OK, cli.EXIT_INVALID_DATA, cli.EXIT_USAGE, cli.EXIT_NO_RULE]
    assert codes == [0, 1, 2, 3] and cli.EXIT_INTERNAL not in codes
    doc = cli.__doc__ or ""
    for line in ("0 success", "1 invalid data", "2 bad command line", "3 no rule in force"):
        assert line in doc


def test_an_unexpected_error_is_a_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import dangkiemtra._demo

    def boom(as_of: object) -> None:
        raise ZeroDivisionError("secret value")

    monkeypatch.setattr(dangkiemtra._demo, "build_demo", boom)
    code, _, err = run(capsys, "demo")
    assert code == 4 and "ZeroDivisionError" in err and "secret value" not in err


# ── the real console: pipes, standard input, encodings ──────────────────────────────────


def _cli(*args: str, env: dict[str, str] | None = None, stdin: bytes | None = None) -> Any:
    import os
    import subprocess
    import sys

    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "dangkiemtra", *args],
        input=stdin,
        capture_output=True,
        env=full_env,
        check=False,
        timeout=120,
    )


@pytest.mark.parametrize("args", [("rules",), ("demo", "--json")])
def test_a_closed_pipe_ends_quietly(args: tuple[str, ...]) -> None:
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "dangkiemtra", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 0
    assert b"Traceback" not in err and err == b""


def test_standard_input() -> None:
    doc = (
        b'{"format": "dangkiemtra.inspection/1", "year": 2023, "programmes": [], "activities": []}'
    )
    done = _cli("validate", "-", "--lang", "en", stdin=doc)
    assert done.returncode == 0 and done.stdout.strip() == b"Valid."
    org = (_DATA / "reference-organization.json").read_bytes()
    done = _cli("report", "-", "--as-of", "2023-09-25", "--format", "json", stdin=org)
    assert done.returncode == 0 and json.loads(done.stdout)["counts"]["members"] == 4144


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_any_console_encoding_works(encoding: str) -> None:
    env = {"PYTHONIOENCODING": encoding}
    done = _cli("demo", env=env)
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    text = done.stdout.decode(encoding)
    assert "Lang Son" in text or "Lạng Sơn" in text
    done = _cli("demo", "--json", env=env)
    assert done.returncode == 0
    assert (
        json.loads(done.stdout.decode(encoding))["name"] == "Đảng bộ Khối các cơ quan tỉnh Lạng Sơn"
    )
    done = _cli("rules", "--readings", env=env)
    assert done.returncode == 0 and done.stderr == b""
    done = _cli("demo", "--as-of", "2010-01-01", env=env)
    assert done.returncode == 3 and b"Traceback" not in done.stderr


def test_the_english_report_has_no_vietnamese_outside_proper_names() -> None:
    import re
    import unicodedata

    from dangkiemtra._demo import build_demo
    from dangkiemtra._report_render import render_markdown, render_text
    from dangkiemtra.datasets import REFERENCE_AS_OF, reference_inspection

    report = build_demo(REFERENCE_AS_OF)
    titles = {p.title for p in reference_inspection().programmes}  # document titles: proper names
    for text in (render_text(report, "en"), render_markdown(report, "en")):
        for name in (*titles, report.name):
            text = text.replace(name, "")
        text = re.sub(r"\(Basis: .*$", "", text, flags=re.MULTILINE)  # citations name documents
        leftovers = [
            line
            for line in text.splitlines()
            if any(not c.isascii() and "LATIN" in unicodedata.name(c, "") for c in line)
        ]
        assert leftovers == []
        assert not re.search(r"\b(?:khien_trach|canh_cao|chi_bo|dang_bo_co_so)\b", text)
