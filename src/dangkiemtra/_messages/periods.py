"""Sentences about time limits (periods): starts, lengths, roll-overs, fractions."""

from __future__ import annotations

__all__ = ["MESSAGES", "TERMS"]

MESSAGES: dict[str, tuple[str, str]] = {
    "period.start": ("Mốc tính thời hạn: {start}.", "The period starts from {start}."),
    "period.first_day_excluded": (
        "Không tính ngày xảy ra sự kiện; thời hạn bắt đầu từ {first}.",
        "The event day is not counted; the period runs from {first}.",
    ),
    "period.first_day_included": (
        "Theo quy định này, ngày bắt đầu {start} được tính vào thời hạn.",
        "Under this rule the start day {start} counts towards the period.",
    ),
    "period.days": (
        "Thời hạn {n} ngày theo lịch: ngày cuối là {end}.",
        "A period of {n:plural:one=# calendar day;other=# calendar days}: its last day is {end}.",
    ),
    "period.months": (
        "Thời hạn {n} tháng: ngày tương ứng của tháng cuối là {end}.",
        "A period of {n:plural:one=# month;other=# months}: the corresponding day of the last month is {end}.",
    ),
    "period.years": (
        "Thời hạn {n} năm: ngày tương ứng của năm cuối là {end}.",
        "A period of {n:plural:one=# year;other=# years}: the corresponding day of the last year is {end}.",
    ),
    "period.month_end": (
        "Tháng cuối không có ngày {day}: thời hạn kết thúc vào ngày cuối cùng của tháng đó, {end}.",
        "The last month has no day {day}: the period ends on that month's last day, {end}.",
    ),
    "period.working_days": (
        "Thời hạn {n} ngày làm việc, đếm từ ngày làm việc sau {start}: ngày làm việc thứ {n:ordinal} là {end}.",
        "A period of {n:plural:one=# working day;other=# working days}, counted from the first "
        "working day after {start}: the {n:ordinal} working day is {end}.",
    ),
    "period.roll": (
        "{end} là ngày nghỉ ({reason}); thời hạn kết thúc vào ngày làm việc tiếp theo, {due}.",
        "{end} is a day off ({reason}); the period ends on the next working day, {due}.",
    ),
    "period.no_roll": (
        "{end} là ngày nghỉ ({reason}) nhưng quy định này không lùi ngày cuối của thời hạn.",
        "{end} is a day off ({reason}) but this rule does not move the last day.",
    ),
    "period.due": ("Hạn cuối: {due}.", "Due date: {due}."),
    "period.fraction": (
        "Phần {fraction} của {n} là {exact}; làm tròn {rounding}: {result}.",
        "{fraction} of {n} is {exact}; rounded {rounding}: {result}.",
    ),
}

TERMS: dict[str, tuple[str, str]] = {
    "down": ("xuống", "down"),
    "up": ("lên", "up"),
}
