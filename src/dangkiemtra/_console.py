"""Console plumbing of the command line: encodings, JSON output, argument types.

A console that cannot show Vietnamese letters (``PYTHONIOENCODING=ascii``, a Windows code
page) gets them without diacritics (``Đảng`` → ``Dang``); JSON escapes them instead, so it
stays lossless.
"""

from __future__ import annotations

import argparse
import codecs
import json
import re
import sys
import unicodedata
from datetime import date
from typing import Any

__all__ = ["count", "iso_date", "prepare_console", "print_json", "shows_vietnamese"]

_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _without_diacritics(err: UnicodeError) -> tuple[str, int]:
    """Encoding fallback: ``Đảng`` → ``Dang`` on a console that cannot show Vietnamese."""
    if not isinstance(err, UnicodeEncodeError):
        raise err
    bad = err.object[err.start : err.end]
    plain = unicodedata.normalize("NFD", bad.replace("đ", "d").replace("Đ", "D"))
    kept = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return "".join(ch if ch.isascii() else "?" for ch in kept), err.end


codecs.register_error("dangkiemtra.plain", _without_diacritics)


def prepare_console() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="dangkiemtra.plain")


def shows_vietnamese() -> bool:
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        "Đảng ủy".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=not shows_vietnamese(), indent=2))


def iso_date(text: str) -> date:
    """A command-line date: YYYY-MM-DD with ASCII digits, and a real day."""
    if not _ISO.fullmatch(text):
        raise argparse.ArgumentTypeError("cần ngày dạng YYYY-MM-DD / expected a date as YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            "cần một ngày có thật / expected a real calendar date"
        ) from None


def count(text: str) -> int:
    if not re.fullmatch(r"[0-9]{1,5}", text):
        raise argparse.ArgumentTypeError(
            "cần một số nguyên từ 0 đến 99999 / expected a whole number 0-99999"
        )
    return int(text)
