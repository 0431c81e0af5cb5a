"""Periods and deadlines (thời hạn): days, working days, months and years, counted by the rules.

The default counting is the Civil Code's (Bộ luật Dân sự 2015, Điều 144–148; rule CAL-05),
read from the rulebook as of the date asked:

* the day of the event is not counted: the period runs from the next day (Art 147 cl. 2);
* a month or year period ends on the corresponding day, or on the **last day of the
  month** when the last month has no such day (Art 148 cl. 3), recorded as a step;
* a period whose last day is a day off ends on the **next working day** (Art 148.5);
* a working-day period counts working days from the first working day after the event.

A rule's own data may say otherwise (its ``counting``), and where the text is ambiguous
(the unit of a bare "ngày") the answer carries an ``ambiguous`` flag: the caller may
choose the other reading, or ask to be refused with :class:`~dangkiemtra.errors.AmbiguityError`.

Month ends are the surprising part:

>>> from datetime import date
>>> d = deadline(date(2023, 1, 31), Duration(1, Unit.MONTHS))
>>> d.due                       # 28 February 2023 is a Tuesday, a working day
datetime.date(2023, 2, 28)
>>> print(d.explanation.render("en").splitlines()[3])
4. The last month has no day 31: the period ends on that month's last day, 28 February 2023. (Basis: Art. 148(3), Bộ luật Dân sự 91/2015/QH13 [CAL-05])

A last day that falls on a day off moves to the next working day, here across Tết:

>>> deadline(date(2026, 1, 15), Duration(30, Unit.DAYS)).due   # 14 February is a Saturday; 16–20 February are Tết
datetime.date(2026, 2, 23)
"""

from __future__ import annotations

from dangkiemtra.periods._deadline import deadline
from dangkiemtra.periods._duration import (
    GENERIC_FLAGS,
    Alternative,
    Deadline,
    Duration,
    Unit,
    split_flags,
)
from dangkiemtra.periods._rules import deadline_for_rule, fraction_of

__all__ = [
    "GENERIC_FLAGS",
    "Alternative",
    "Deadline",
    "Duration",
    "Unit",
    "deadline",
    "deadline_for_rule",
    "fraction_of",
    "split_flags",
]

# The classes keep the public path as their module, as before the split (the answer-type
# enumeration tests and pickles find them here).
for _cls in (Alternative, Deadline, Duration, Unit):
    _cls.__module__ = __name__
del _cls
