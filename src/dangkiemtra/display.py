"""How answers are displayed (hiển thị): the language of reprs and Jupyter views.

Vietnamese by default. Pick English once for a notebook, or for one block:

>>> import dangkiemtra as dk
>>> from datetime import date
>>> d = dk.deadline(date(2023, 1, 19), dk.Duration(1, dk.Unit.WORKING_DAYS))
>>> with dk.display.language("en"):
...     "27 January 2023" in d._repr_html_()
True
>>> "ngày 27 tháng 1 năm 2023" in d._repr_html_()
True

Only the rendering changes: the answers, their equality and their JSON stay the same.
The ``repr`` is language-neutral (ISO dates and codes) and at most 300 characters:

>>> d
Deadline(due=2023-01-27, start=2023-01-19, duration='1 working_days', rule=None, flags=0)
"""

from __future__ import annotations

from dangkiemtra._display import MAX_ROWS, REPR_LIMIT, get_language, language, set_language

__all__ = ["MAX_ROWS", "REPR_LIMIT", "get_language", "language", "set_language"]
