"""``dangkiemtra roster check`` and ``roster export``: the object path's answers, from files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dangkiemtra import datasets
from dangkiemtra.cli import main
from dangkiemtra.datasets import reference_organization
from dangkiemtra.io import dump_organization
from dangkiemtra.organization import Organization, OrgKind, check_structure, counts

AS_OF = date(2023, 9, 25)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def reference_json(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ref") / "org.json"
    path.write_bytes(datasets._read("reference-organization.json"))
    return path


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_then_check_agrees_with_the_object_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, reference_json: Path, fmt: str
) -> None:
    code, out, _ = run(
        capsys, "roster", "export", str(reference_json), str(tmp_path), "--format", fmt
    )
    assert code == 0
    assert (tmp_path / f"members.{fmt}").is_file()
    org = reference_organization()
    obj = check_structure(org, AS_OF)
    code, out, _ = run(capsys, "roster", "check", str(tmp_path), "--as-of", "2023-09-25", "--json")
    got = json.loads(out)
    c = counts(org, AS_OF)
    assert (got["members"], got["official"], got["probationary"]) == (
        c.members,
        c.official,
        c.probationary,
    )
    assert got["checks"] == {r: {"passed": p, "failed": f} for r, (p, f) in obj.by_rule().items()}
    assert sorted((f["rule_id"], f["subject"]) for f in got["failed"]) == sorted(
        (r.rule_id, r.subject) for r in obj.problems
    )
    assert code == (0 if obj.ok else 1)


def test_a_failed_check_exits_1_and_is_listed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # a grassroots cell with no members fails ORG-03 (founding) on any day
    doc = dump_organization(Organization("c1", OrgKind.BASE_CELL, "Chi bộ 1"))
    src = tmp_path / "org.json"
    src.write_text(json.dumps(doc), "utf-8")
    assert run(capsys, "roster", "export", str(src), str(tmp_path / "t"))[0] == 0
    code, out, _ = run(
        capsys, "roster", "check", str(tmp_path / "t"), "--as-of", "2023-09-25", "--lang", "en"
    )
    assert code == 1
    assert "ORG-03: 0 passed, 1 failed" in out
    assert "ORG-03 c1" in out


def test_invalid_tables_exit_1_with_every_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "organizations.csv").write_text(
        "id,parent,kind,name\nc1,,chi_bo_co_so,C\n", "utf-8"
    )
    (tmp_path / "members.csv").write_text(
        "id,organization,gender,birth_date,admission_date\n"
        "dv1,c1,nam,1980-02-30,2020-01-06\n"
        "dv2,c9,x,1980-01-01,2020-01-06\n",
        "utf-8",
    )
    code, out, _ = run(capsys, "roster", "check", str(tmp_path), "--as-of", "2023-09-25", "--json")
    assert code == 1
    found = sorted((p["pointer"], p["code"]) for p in json.loads(out)["problems"])
    assert found == [
        ("/members/0/birth_date", "date.invalid"),
        ("/members/1/gender", "schema.enum"),
        ("/members/1/organization", "reference.unknown"),
    ]


def test_a_bad_date_on_the_command_line_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as err:
        main(["roster", "check", ".", "--as-of", "2023-02-29"])
    assert err.value.code == 2


def test_without_the_extra_the_command_names_it(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['polars'] = None\n"
        "from dangkiemtra.cli import main\n"
        f"sys.exit(main(['roster', 'check', {str(tmp_path)!r}, '--as-of', '2023-09-25']))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 2
    assert "dangkiemtra[scale]" in out.stderr
