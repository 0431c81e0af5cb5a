"""The roster path (danh sách đảng viên dạng bảng): national rosters as columns.

Party databases hand rosters over as tables, not as one JSON tree. This package reads the
relational form of ``schemas/organization.schema.json`` (tables ``organizations``,
``bodies``, ``members``, ``posts`` and, for documented structural exceptions,
``exceptions``) from Parquet or CSV files or from Arrow tables and pandas or Polars
DataFrames, validates it with the JSON loader's problem codes (each located as
``/table/row/column``, never the value), and answers with vectorised queries (Polars):
counts, every structural check of :func:`~dangkiemtra.organization.check_structure`
(thresholds read through the rulebook as of the date), the probation lists (ORG-10) and
the seed-004 group indicators. For one organisation or member, :meth:`RosterReport.explain`
gives the object path's own explanation.

Needs the optional extra ``dangkiemtra[scale]``; without it, importing this package
raises :class:`ImportError` naming the extra.

>>> from datetime import date
>>> from dangkiemtra.datasets import reference_organization
>>> roster = Roster.from_organization(reference_organization())
>>> report = roster.check_structure(date(2023, 9, 25))
>>> report.by_rule() == __import__("dangkiemtra").check_structure(
...     reference_organization(), date(2023, 9, 25)).by_rule()
True
"""

from __future__ import annotations

from dangkiemtra.roster._engine import pl
from dangkiemtra.roster._roster import Roster, RosterReport
from dangkiemtra.roster._tables import MAX_PROBLEMS, TABLES, RosterDataError

__all__ = ["MAX_PROBLEMS", "TABLES", "Roster", "RosterDataError", "RosterReport", "pl"]
