"""The ``dangkiemtra`` command (also ``python -m dangkiemtra``).

Sub-commands: ``demo`` (the reference organisation's report), ``validate FILE``,
``deadline`` and ``rules``. Output is Vietnamese by default (``--lang en`` for English);
``--json`` prints machine-readable JSON. Exit status: 0 success, 1 invalid data,
2 bad command line or a rule that does not apply.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from dangkiemtra._roster_cli import add_roster_parser

__all__ = ["main"]

#: The date of seed 004's report, the default "as of" of the demo and of ``rules``.
_REFERENCE_DAY = date(2023, 9, 25)

_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(text: str) -> date:
    """A command-line date: YYYY-MM-DD with ASCII digits, and a real day."""
    if not _ISO.fullmatch(text):
        raise argparse.ArgumentTypeError("cần ngày dạng YYYY-MM-DD / expected a date as YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            "cần một ngày có thật / expected a real calendar date"
        ) from None


def _count(text: str) -> int:
    if not re.fullmatch(r"[0-9]{1,5}", text):
        raise argparse.ArgumentTypeError(
            "cần một số nguyên từ 0 đến 99999 / expected a whole number 0-99999"
        )
    return int(text)


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _cmd_demo(args: argparse.Namespace) -> int:
    from dangkiemtra._demo import build_demo, render_demo

    demo = build_demo(args.as_of)
    if args.json:
        _print_json(demo.to_json())
    else:
        print(render_demo(demo, args.lang))
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from dangkiemtra.errors import DataError
    from dangkiemtra.io import document_problems

    try:
        data = Path(args.file).read_bytes()
    except OSError:
        print(f"Không đọc được tệp / Cannot read the file: {args.file}", file=sys.stderr)
        return 2
    problems = document_problems(data)
    if args.json:
        _print_json({"valid": not problems, "problems": [p.to_json() for p in problems]})
    elif problems:
        print(str(DataError(problems)))
    else:
        print("Hợp lệ / Valid")
    return 1 if problems else 0


def _cmd_deadline(args: argparse.Namespace) -> int:
    from dangkiemtra.errors import AmbiguityError, RuleError
    from dangkiemtra.periods import Duration, Unit, deadline, deadline_for_rule

    try:
        if args.rule:
            d = deadline_for_rule(
                args.rule,
                args.start,
                as_of=args.as_of,
                reading=args.reading,
                refuse_ambiguous=args.refuse_ambiguous,
            )
        else:
            unit, amount = next(
                (u, getattr(args, u.value)) for u in Unit if getattr(args, u.value) is not None
            )
            d = deadline(args.start, Duration(amount, unit), as_of=args.as_of)
    except (RuleError, AmbiguityError) as err:
        print(str(err), file=sys.stderr)
        return 2
    if args.json:
        out = d.to_json()
        out["explanation_text"] = d.explanation.render(args.lang)
        _print_json(out)
    else:
        label = "Hạn cuối" if args.lang == "vi" else "Due"
        print(f"{label}: {d.due.isoformat()}")
        print(d.explanation.render(args.lang))
    return 0


def _cmd_rules(args: argparse.Namespace) -> int:
    from dangkiemtra.rulebook import Rulebook, describe_units

    snap = Rulebook.default().at(args.as_of)
    values = snap.in_force()
    if args.json:
        _print_json(
            {
                "as_of": args.as_of.isoformat(),
                "parameters": describe_units(values),
                "sources_in_force": [s.id for s in snap.sources_in_force()],
            }
        )
        return 0
    for v in values:
        desc = v.description_vi if args.lang == "vi" else v.description_en
        if isinstance(v.value, tuple) and v.value and isinstance(v.value[0], int):
            value: object = f"{v.value[0]}–{v.value[1]}"
        elif isinstance(v.value, tuple):
            value = ", ".join(str(x) for x in v.value) or "—"
        else:
            value = v.value
        flags = "" if not v.flags else "  [" + ", ".join(f.code for f in v.flags) + "]"
        print(f"{v.key} = {value} ({v.unit}){flags}")
        print(f"    {desc}")
        print(
            f"    {v.citation.render(args.lang)}, {v.valid_from.isoformat()} → "
            f"{v.valid_until.isoformat() if v.valid_until else '…'}"
        )
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dangkiemtra",
        description="Công tác kiểm tra, giám sát, kỷ luật đảng: quy định có ngày hiệu lực và căn cứ / "
        "Party inspection, supervision and discipline rules, dated and cited.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ / language")
        p.add_argument("--json", action="store_true", help="in JSON / print JSON")

    demo = sub.add_parser("demo", help="báo cáo mẫu của tổ chức đảng mẫu / the reference report")
    demo.add_argument("--as-of", type=_date, default=_REFERENCE_DAY, help="YYYY-MM-DD (2023-09-25)")
    common(demo)
    demo.set_defaults(func=_cmd_demo)

    val = sub.add_parser("validate", help="kiểm tra một tệp dữ liệu / validate a data file")
    val.add_argument("file")
    common(val)
    val.set_defaults(func=_cmd_validate)

    dl = sub.add_parser("deadline", help="tính hạn / compute a deadline")
    dl.add_argument("--start", type=_date, required=True, help="ngày xảy ra sự kiện / event day")
    group = dl.add_mutually_exclusive_group(required=True)
    group.add_argument("--days", type=_count)
    group.add_argument("--working-days", dest="working_days", type=_count)
    group.add_argument("--months", type=_count)
    group.add_argument("--years", type=_count)
    group.add_argument("--rule", help="khóa quy định / rulebook key")
    dl.add_argument(
        "--as-of", type=_date, default=None, help="quy định áp dụng tại ngày / rules as of"
    )
    dl.add_argument("--reading", help="cách hiểu cho điểm chưa rõ / reading of an ambiguous point")
    dl.add_argument(
        "--refuse-ambiguous",
        action="store_true",
        help="báo lỗi thay vì dùng cách hiểu mặc định / refuse instead of using the default",
    )
    common(dl)
    dl.set_defaults(func=_cmd_deadline)

    rules = sub.add_parser("rules", help="quy định đang có hiệu lực / rules in force")
    rules.add_argument("--as-of", type=_date, default=_REFERENCE_DAY, help="YYYY-MM-DD")
    common(rules)
    rules.set_defaults(func=_cmd_rules)
    add_roster_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
