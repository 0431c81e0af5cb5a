"""The rulebook (bộ quy tắc): every time limit, threshold and choice, dated and cited.

Logic never holds a bare number: it asks the rulebook for a key *as of* a date and
gets a :class:`RuleValue` carrying the value, the citation (document, article,
clause, catalogue rule ID), the confidence and the flags to attach to the answer.

The data are TOML files under ``dangkiemtra/rulebook/data`` (``sources.toml``,
``parameters.toml``, ``calendar.toml``), reviewable by a legal expert without
reading Python, validated against ``schemas/rulebook.schema.json`` when loaded.

>>> from datetime import date
>>> rb = Rulebook.default()
>>> v = rb.at(date(2023, 9, 25)).get("org.cell.chi_uy_min_official_members")
>>> v.value, v.citation.render("vi")
(9, 'khoản 4 Điều 24, Điều lệ Đảng 2011 [ORG-05]')

Asking before a rule existed is an error that says when it applies:

>>> rb.at(date(2010, 1, 1)).get("org.probation.months")
Traceback (most recent call last):
...
dangkiemtra.errors.RuleError: Quy định 'org.probation.months' chỉ áp dụng từ ngày 19 tháng 1 năm 2011 / The rule 'org.probation.months' applies only from 19 January 2011
"""

from __future__ import annotations

from dangkiemtra.rulebook._calendar import CalendarDay, CalendarYear
from dangkiemtra.rulebook._diff import RulebookDiff
from dangkiemtra.rulebook._integrity import integrity_problems as integrity_problems
from dangkiemtra.rulebook._model import (
    Citation,
    Confidence,
    Counting,
    HistoryEntry,
    Option,
    Parameter,
    Reading,
    Source,
    Value,
)
from dangkiemtra.rulebook._rulebook import DATA_FILES as DATA_FILES
from dangkiemtra.rulebook._rulebook import Rulebook, Snapshot
from dangkiemtra.rulebook._rulebook import _default_rulebook as _default_rulebook
from dangkiemtra.rulebook._rulebook import _jsonable as _jsonable
from dangkiemtra.rulebook._rulebook import _read_data_files as _read_data_files
from dangkiemtra.rulebook._values import OptionChoice, RuleValue
from dangkiemtra.rulebook._values import describe_units as describe_units

__all__ = [
    "CalendarDay",
    "CalendarYear",
    "Citation",
    "Confidence",
    "Counting",
    "HistoryEntry",
    "Option",
    "OptionChoice",
    "Parameter",
    "Reading",
    "RuleValue",
    "Rulebook",
    "RulebookDiff",
    "Snapshot",
    "Source",
    "Value",
]
