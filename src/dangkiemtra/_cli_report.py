"""The ``dangkiemtra report`` and ``dangkiemtra demo`` sub-commands: the inspection and
supervision report on your own files, or on the embedded reference organisation."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from dangkiemtra._cli_common import (
    _REFERENCE_DAY,
    EXIT_INVALID_DATA,
    EXIT_OK,
    _common,
    _ExitError,
    _problems_text,
    _read,
)
from dangkiemtra._console import iso_date, print_json


def _emit_report(report: Any, args: argparse.Namespace) -> int:
    from dangkiemtra._report_render import render

    fmt = "json" if getattr(args, "json", False) else args.format
    if fmt == "json":
        print_json(report.to_json())
    else:
        sys.stdout.write(render(report, fmt, args.lang).rstrip("\n") + "\n")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from dangkiemtra._report import build_report
    from dangkiemtra.errors import DataError
    from dangkiemtra.io import load_discipline, load_inspection, load_organization, load_petitions

    texts = {"organization": _read(args.organization, args.lang)}
    for name in ("inspection", "discipline", "petitions"):
        if getattr(args, name) is not None:
            texts[name] = _read(getattr(args, name), args.lang)
    try:
        org = load_organization(texts["organization"])
    except DataError as err:
        text = _problems_text(err.problems, args.lang, args.organization)
        raise _ExitError(EXIT_INVALID_DATA, text) from None
    books: dict[str, Any] = {}
    failures = []
    loaders: dict[str, Callable[[bytes], Any]] = {
        "inspection": lambda b: load_inspection(b, organization=org),
        "discipline": lambda b: load_discipline(b, organization=org),
        "petitions": load_petitions,
    }
    for name, load in loaders.items():
        if name in texts:
            try:
                books[name] = load(texts[name])
            except DataError as err:
                failures.append(_problems_text(err.problems, args.lang, getattr(args, name)))
    if failures:
        raise _ExitError(EXIT_INVALID_DATA, "\n".join(failures))
    report = build_report(org, args.as_of, **books)
    return _emit_report(report, args)


def _cmd_demo(args: argparse.Namespace) -> int:
    from dangkiemtra._demo import build_demo

    return _emit_report(build_demo(args.as_of), args)


def _add_report(sub: Any) -> None:
    p = sub.add_parser("report", help="báo cáo trên dữ liệu của bạn / the report on your files")
    p.add_argument("organization", metavar="ORG.json", help="tổ chức đảng (hoặc -) / organisation")
    p.add_argument("--inspection", metavar="FILE", help="chương trình, hoạt động KTGS")
    p.add_argument("--discipline", metavar="FILE", help="hồ sơ kỷ luật / discipline records")
    p.add_argument("--petitions", metavar="FILE", help="đơn thư / letters")
    p.add_argument("--as-of", type=iso_date, required=True, help="YYYY-MM-DD")
    p.add_argument("--format", choices=("text", "json", "md", "csv"), default="text")
    _common(p, json_flag=False)
    p.set_defaults(func=_cmd_report)


def _add_demo(sub: Any) -> None:
    p = sub.add_parser("demo", help="báo cáo mẫu của tổ chức đảng mẫu / the reference report")
    p.add_argument("--as-of", type=iso_date, default=_REFERENCE_DAY, help="YYYY-MM-DD (2023-09-25)")
    p.add_argument("--format", choices=("text", "json", "md", "csv"), default="text")
    _common(p)
    p.set_defaults(func=_cmd_demo)
