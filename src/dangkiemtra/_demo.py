"""The demo: the report of ``dangkiemtra report`` on the embedded reference organisation.

``dangkiemtra demo`` shows what ``report`` prints, on the synthetic organisation built to
match the Lạng Sơn bloc report of 25-09-2023 (:mod:`dangkiemtra.datasets`), with the report's own rounding of each
percentage.
"""

from __future__ import annotations

from datetime import date

from dangkiemtra._report import Report, build_report
from dangkiemtra._report_render import render_text
from dangkiemtra.datasets import (
    REFERENCE_DECIMALS,
    reference_discipline,
    reference_inspection,
    reference_organization,
    reference_petitions,
)

__all__ = ["Demo", "build_demo", "render_demo"]

#: The demo is a :class:`~dangkiemtra._report.Report`.
Demo = Report


def build_demo(as_of: date) -> Report:
    """The report on the embedded reference organisation and its 2023 books, as of ``as_of``."""
    return build_report(
        reference_organization(),
        as_of,
        inspection=reference_inspection(),
        discipline=reference_discipline(),
        petitions=reference_petitions(),
        decimals=REFERENCE_DECIMALS,
    )


def render_demo(demo: Report, lang: str = "vi") -> str:
    """The demo as text in ``lang`` (``"vi"`` or ``"en"``)."""
    return render_text(demo, lang)
