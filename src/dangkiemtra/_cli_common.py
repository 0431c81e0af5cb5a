"""What every ``dangkiemtra`` sub-command shares: exit statuses, messages, reading files."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_INVALID_DATA = 1
EXIT_USAGE = 2
EXIT_NO_RULE = 3
EXIT_INTERNAL = 4

#: The date of the Lạng Sơn bloc report (25-09-2023), the default "as of" of the demo and of ``rules``.
_REFERENCE_DAY = date(2023, 9, 25)


class _ExitError(Exception):
    """Leave the command with ``code`` after printing ``message`` to standard error."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _say(message: str, lang: str, /, **facts: Any) -> str:
    from dangkiemtra._messages.cli import CLI
    from dangkiemtra.explain import render_template

    vi, en = CLI[message]
    return render_template(vi if lang == "vi" else en, facts, lang)


# ── arguments ──────────────────────────────────────────────────────────────────────────


def _read(name: str, lang: str) -> bytes:
    """The bytes of file ``name``, or of standard input for ``-``."""
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError:
        raise _ExitError(EXIT_USAGE, _say("unreadable", lang, file=name)) from None


def _problems_text(problems: Sequence[Any], lang: str, file: str | None = None) -> str:
    lines = [(f"{file}: " if file else "") + _say("invalid", lang, n=len(problems))]
    for p in problems:
        expected = p.expected_vi if lang == "vi" else p.expected_en
        lines.append(
            _say("problem", lang, pointer=p.pointer or "/", expected=expected, code=p.code)
        )
    return "\n".join(lines)


def _common(p: argparse.ArgumentParser, *, json_flag: bool = True) -> None:
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ / language")
    if json_flag:
        p.add_argument("--json", action="store_true", help="in JSON / print JSON")
