"""``dangkiemtra roster``: check a roster folder, or export an organisation tree to one.

Kept outside :mod:`dangkiemtra.roster` so that building the command line never imports the
columnar engine: without ``dangkiemtra[scale]`` only running a roster command fails, with a
message naming the extra (exit status 2).

* ``roster check DIR --as-of D [--json]``: the counts, every structural check by rule and
  the failed checks; exit status 1 when a check fails or the tables are invalid.
* ``roster export ORG.json DIR [--format parquet|csv]``: the tables of an organisation
  document (they hold its members' personal fields, as the document does).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from dangkiemtra._console import iso_date

__all__ = ["add_roster_parser"]

#: Failed checks listed in the text output (all of them are in ``--json``).
_SHOWN = 20


def _engine_missing(err: ImportError) -> int:
    print(str(err), file=sys.stderr)
    return 2


def _cmd_check(args: argparse.Namespace) -> int:
    try:
        from dangkiemtra.roster import Roster
    except ImportError as err:
        return _engine_missing(err)
    from dangkiemtra.errors import DataError, RuleError

    try:
        report = Roster.read(args.dir).check_structure(
            args.as_of, threshold_reading=args.threshold_reading
        )
    except DataError as err:
        if args.json:
            _print_json({"valid": False, "problems": [p.to_json() for p in err.problems]})
        else:
            print(str(err))
        return 1
    except RuleError as err:
        print(str(err), file=sys.stderr)
        return 2
    out = report.to_json()
    if args.json:
        _print_json(out)
    else:
        print(_render(out, args.lang))
    return 0 if report.ok else 1


def _render(out: dict[str, Any], lang: str) -> str:
    vi = lang == "vi"
    lines = [
        (
            f"Ngày {out['as_of']}: {out['members']} đảng viên ({out['official']} chính thức, "
            f"{out['probationary']} dự bị)"
            if vi
            else f"As of {out['as_of']}: {out['members']} members ({out['official']} official, "
            f"{out['probationary']} probationary)"
        )
    ]
    for rule_id, c in out["checks"].items():
        lines.append(
            f"  {rule_id}: {c['passed']} đạt, {c['failed']} không đạt"
            if vi
            else f"  {rule_id}: {c['passed']} passed, {c['failed']} failed"
        )
    lines.append(
        f"Dự bị đến hạn xét: {out['probation_due']}; quá hạn: {out['probation_overdue']}"
        if vi
        else f"Probation due for the vote: {out['probation_due']}; overdue: {out['probation_overdue']}"
    )
    failed = out["failed"]
    if failed:
        lines.append(f"Không đạt ({len(failed)}):" if vi else f"Failed ({len(failed)}):")
        lines.extend(f"  {f['rule_id']} {f['subject']}" for f in failed[:_SHOWN])
        if len(failed) > _SHOWN:
            lines.append(f"  … (+{len(failed) - _SHOWN}, --json)")
    return "\n".join(lines)


def _cmd_export(args: argparse.Namespace) -> int:
    try:
        from dangkiemtra.roster import Roster
    except ImportError as err:
        return _engine_missing(err)
    from dangkiemtra.errors import DataError
    from dangkiemtra.io import load_organization

    try:
        raw = Path(args.file).read_bytes()
    except OSError:
        print(f"Không đọc được tệp / Cannot read the file: {args.file}", file=sys.stderr)
        return 2
    try:
        roster = Roster.from_organization(load_organization(raw))
    except DataError as err:
        print(str(err))
        return 1
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in roster.to_tables().items():
        if args.format == "csv":
            table.write_csv(folder / f"{name}.csv")
        else:
            table.write_parquet(folder / f"{name}.parquet")
    from dangkiemtra._format import format_int

    orgs, members = roster.organizations.height, roster.members.height
    print(
        f"{format_int(orgs, 'vi')} tổ chức, {format_int(members, 'vi')} đảng viên → {folder} / "
        f"{format_int(orgs, 'en')} organisations, {format_int(members, 'en')} members"
    )
    return 0


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def add_roster_parser(sub: Any) -> None:
    """Add ``roster check`` and ``roster export`` to the sub-commands ``sub``."""
    roster = sub.add_parser(
        "roster", help="danh sách đảng viên dạng bảng / rosters as tables (dangkiemtra[scale])"
    )
    commands = roster.add_subparsers(dest="roster_command", required=True)
    check = commands.add_parser("check", help="kiểm tra cơ cấu / check the structure")
    check.add_argument("dir", help="thư mục các bảng / folder of the tables")
    check.add_argument("--as-of", type=iso_date, required=True, help="YYYY-MM-DD")
    check.add_argument(
        "--threshold-reading",
        default=None,
        help="cách hiểu ngưỡng 30 đảng viên / reading of the 30-member threshold",
    )
    check.add_argument("--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ / language")
    check.add_argument("--json", action="store_true", help="in JSON / print JSON")
    check.set_defaults(func=_cmd_check)
    export = commands.add_parser("export", help="xuất cây tổ chức ra bảng / export a tree")
    export.add_argument("file", help="tệp tổ chức JSON / organisation JSON document")
    export.add_argument("dir", help="thư mục ghi bảng / folder to write the tables to")
    export.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    export.set_defaults(func=_cmd_export)
