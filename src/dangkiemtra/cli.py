"""The ``dangkiemtra`` command (also ``python -m dangkiemtra``).

Sub-commands:

``report ORG.json [--inspection F] [--discipline F] [--petitions F] --as-of D``
    the inspection and supervision report on your own files (``--format text|json|md|csv``);
``demo``
    the same report on the embedded reference organisation;
``validate FILE``
    check a data file against its schema and the semantic rules;
``deadline``
    compute a due date from a duration or a rulebook key;
``rules``
    the rules in force on a date (``--key``, ``--source``, ``--rule-id`` filters), the unclear
    points and their readings (``--readings``), what changed between two dates (``--diff A B``).

A file argument may be ``-`` for standard input. Output is Vietnamese by default
(``--lang en`` for English). The command never ends in a traceback: a closed pipe
(``… | head``) ends quietly, a console that cannot show Vietnamese letters gets them
without diacritics (JSON escapes them instead), and every failure is a message.

Exit status
-----------
0 success (also when the reader of the output closed the pipe);
1 invalid data (every problem is listed);
2 bad command line: unknown option, bad date, unreadable file, a reading the rule does not offer,
an ambiguous rule refused with ``--refuse-ambiguous``;
3 no rule in force for the date asked (or none matching the filters);
4 internal error (a bug: please report it); 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from dangkiemtra._cli_common import (
    _REFERENCE_DAY,
    EXIT_INTERNAL,
    EXIT_INVALID_DATA,
    EXIT_NO_RULE,
    EXIT_OK,
    EXIT_USAGE,
    _common,
    _ExitError,
    _problems_text,
    _read,
    _say,
)
from dangkiemtra._cli_report import _add_demo, _add_report
from dangkiemtra._console import count, iso_date, prepare_console, print_json
from dangkiemtra._roster_cli import add_roster_parser

__all__ = [
    "EXIT_INTERNAL",
    "EXIT_INVALID_DATA",
    "EXIT_NO_RULE",
    "EXIT_OK",
    "EXIT_USAGE",
    "main",
]

# ── sub-commands ───────────────────────────────────────────────────────────────────────


def _cmd_validate(args: argparse.Namespace) -> int:
    from dangkiemtra.io import document_problems

    problems = document_problems(_read(args.file, args.lang))
    if args.json:
        print_json({"valid": not problems, "problems": [p.to_json() for p in problems]})
    elif problems:
        print(_problems_text(problems, args.lang))
    else:
        print(_say("valid", args.lang))
    return EXIT_INVALID_DATA if problems else EXIT_OK


def _check_reading(key: str, reading: str, day: date, lang: str) -> None:
    """Refuse a ``--reading`` the rule does not offer, listing the readings it does."""
    from dangkiemtra.rulebook import Rulebook

    book = Rulebook.default()
    option = book.at(day).get(key).option
    if option is None:
        raise _ExitError(EXIT_USAGE, _say("no_option", lang, key=key))
    names = book.option(option).names
    if reading not in names:
        raise _ExitError(
            EXIT_USAGE,
            _say("bad_reading", lang, key=option, reading=reading, readings=", ".join(names)),
        )


def _cmd_deadline(args: argparse.Namespace) -> int:
    from dangkiemtra.periods import Duration, Unit, deadline, deadline_for_rule

    if args.rule:
        if args.reading is not None:
            _check_reading(args.rule, args.reading, args.as_of or args.start, args.lang)
        d = deadline_for_rule(
            args.rule,
            args.start,
            as_of=args.as_of,
            reading=args.reading,
            refuse_ambiguous=args.refuse_ambiguous,
        )
    else:
        if args.reading is not None:
            raise _ExitError(EXIT_USAGE, "--reading: --rule KEY / --reading needs --rule KEY")
        unit, amount = next(
            (u, getattr(args, u.value)) for u in Unit if getattr(args, u.value) is not None
        )
        d = deadline(args.start, Duration(amount, unit), as_of=args.as_of)
    if args.json:
        out = d.to_json()
        out["explanation_text"] = d.explanation.render(args.lang)
        print_json(out)
    else:
        print(_say("due", args.lang, due=d.due.isoformat()))
        print(d.explanation.render(args.lang))
    return EXIT_OK


def _cmd_rules(args: argparse.Namespace) -> int:
    from dangkiemtra import _rules
    from dangkiemtra.rulebook import Rulebook

    book = Rulebook.default()
    if args.diff:
        return _rules.print_diff(book, args.diff[0], args.diff[1], args.lang, args.json, print_json)
    if args.readings:
        return _rules.print_readings(book, args.key or "", args.lang, args.json, print_json)
    values = book.at(args.as_of).in_force()
    if not values:
        first = min(e.valid_from for p in book.parameters.values() for e in p.history)
        raise _ExitError(EXIT_NO_RULE, _say("no_rules", args.lang, day=args.as_of, first=first))
    values = _rules.select(values, key=args.key, source=args.source, rule_id=args.rule_id)
    if not values:
        raise _ExitError(EXIT_NO_RULE, _say("no_match", args.lang, day=args.as_of))
    return _rules.print_values(book, values, args.as_of, args.lang, args.json, print_json)


# ── the parser, one function per sub-command ───────────────────────────────────────────


def _add_validate(sub: Any) -> None:
    p = sub.add_parser("validate", help="kiểm tra một tệp dữ liệu / validate a data file")
    p.add_argument("file", help="tệp JSON, hoặc - cho đầu vào chuẩn / a JSON file, or - for stdin")
    _common(p)
    p.set_defaults(func=_cmd_validate)


def _add_deadline(sub: Any) -> None:
    p = sub.add_parser("deadline", help="tính hạn / compute a deadline")
    p.add_argument("--start", type=iso_date, required=True, help="ngày xảy ra sự kiện / event day")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--days", type=count)
    group.add_argument("--working-days", dest="working_days", type=count)
    group.add_argument("--months", type=count)
    group.add_argument("--years", type=count)
    group.add_argument("--rule", help="khóa quy định / rulebook key")
    p.add_argument(
        "--as-of", type=iso_date, default=None, help="quy định áp dụng tại ngày / rules as of"
    )
    p.add_argument("--reading", help="cách hiểu cho điểm chưa rõ / reading of an ambiguous point")
    p.add_argument(
        "--refuse-ambiguous",
        action="store_true",
        help="báo lỗi thay vì dùng cách hiểu mặc định / refuse instead of using the default",
    )
    _common(p)
    p.set_defaults(func=_cmd_deadline)


def _add_rules(sub: Any) -> None:
    p = sub.add_parser("rules", help="quy định đang có hiệu lực / rules in force")
    p.add_argument("--as-of", type=iso_date, default=_REFERENCE_DAY, help="YYYY-MM-DD")
    p.add_argument("--key", metavar="PREFIX", help="khóa bắt đầu bằng / keys starting with")
    p.add_argument("--source", metavar="ID", help="văn bản / document id (qd-21-2026)")
    p.add_argument("--rule-id", metavar="ID", help="mã quy tắc / catalogue rule ID (ORG-05)")
    p.add_argument(
        "--readings",
        action="store_true",
        help="các điểm chưa rõ và cách hiểu / unclear points and their readings",
    )
    p.add_argument(
        "--diff",
        nargs=2,
        type=iso_date,
        metavar=("A", "B"),
        help="thay đổi từ ngày A đến ngày B / what changed from A to B",
    )
    _common(p)
    p.set_defaults(func=_cmd_rules)


#: One function per sub-command, each ``(subparsers) -> None`` adding its parser with
#: ``set_defaults(func=command)`` where ``command(args) -> int`` returns the exit status.
#: A new sub-command is one more entry (e.g. ``roster``'s ``add_roster_parser``).
SUBCOMMANDS: tuple[Callable[[Any], None], ...] = (
    _add_report,
    _add_demo,
    _add_validate,
    _add_deadline,
    _add_rules,
    add_roster_parser,
)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dangkiemtra")
    except PackageNotFoundError:  # pragma: no cover - running from an uninstalled checkout
        return "unknown"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dangkiemtra",
        description="Công tác kiểm tra, giám sát, kỷ luật đảng: quy định có ngày hiệu lực và căn cứ / "
        "Party inspection, supervision and discipline rules, dated and cited.",
        epilog="Mã thoát / exit status: 0 ok, 1 invalid data, 2 usage, 3 no rule in force, "
        "4 internal error.",
    )
    parser.add_argument("--version", action="version", version=f"dangkiemtra {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    for add in SUBCOMMANDS:
        add(sub)
    return parser


def _one_language(message: str, lang: str) -> str:
    """The ``lang`` half of a bilingual ``"vi / en"`` message (the whole message otherwise)."""
    parts = message.split(" / ")
    return message if len(parts) != 2 else parts[0 if lang == "vi" else 1]


def _run(args: argparse.Namespace) -> int:
    from dangkiemtra.errors import AmbiguityError, DataError, RuleError

    lang = getattr(args, "lang", "vi")
    try:
        result: int = args.func(args)
        return result
    except _ExitError as err:
        print(err.message, file=sys.stderr)
        return err.code
    except DataError as err:
        print(_problems_text(err.problems, lang), file=sys.stderr)
        return EXIT_INVALID_DATA
    except RuleError as err:
        print(_one_language(str(err), lang), file=sys.stderr)
        return EXIT_NO_RULE
    except AmbiguityError as err:
        print(_one_language(str(err), lang), file=sys.stderr)
        return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module docstring)."""
    prepare_console()
    try:
        args = _parser().parse_args(argv)
        code = _run(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # the reader went away (``… | head``): stop writing, and say nothing
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print(_say("interrupted", "vi") + " / " + _say("interrupted", "en"), file=sys.stderr)
        return 130
    except Exception as err:  # no traceback ever; the kind of error only, never its values
        lang = "vi"
        print(
            _say("internal", lang, kind=type(err).__name__)
            + " / "
            + _say("internal", "en", kind=type(err).__name__),
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
