"""Sentences about time limits (periods): starts, lengths, roll-overs, fractions."""

from __future__ import annotations

__all__ = ["FLAGS", "MESSAGES", "TERMS"]

MESSAGES: dict[str, tuple[str, str]] = {
    "period.roll_by_analogy": (
        "Ngày cuối của thời hạn, {end}, là ngày nghỉ; văn bản của Đảng không quy định, nên dời sang {due} "
        "theo Bộ luật Dân sự (áp dụng tương tự).",
        "The last day {end} is a day off; no party text says what then, so it moves to {due} by analogy "
        "with the Civil Code.",
    ),
    "period.regime_crossing": (
        "Thời hạn bắt đầu khi văn bản này còn hiệu lực (đến {until}) nhưng kết thúc {due}, sau khi văn bản "
        "kế tiếp có hiệu lực (từ {successor_from}, giá trị {successor_value}); vẫn tính theo văn bản áp "
        "dụng khi bắt đầu.",
        "The period starts under this text (in force to {until}) but ends on {due}, after its successor "
        "took effect (from {successor_from}, value {successor_value}); it is still counted under the text "
        "in force when it started.",
    ),
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

FLAGS: dict[str, tuple[str, str]] = {
    "roll_by_analogy": (
        "Thời hạn '{subject}' ({detail}) được dời qua ngày nghỉ theo Bộ luật Dân sự, áp dụng tương tự: văn "
        "bản của Đảng không quy định.",
        "The period '{subject}' ({detail}) was moved past a day off by analogy with the Civil Code: no "
        "party text says so.",
    ),
    "month_end": (
        "Thời hạn '{subject}' theo tháng/năm kết thúc vào ngày mà tháng cuối không có; lấy ngày cuối tháng "
        "({detail}).",
        "The month or year period '{subject}' ends on a day its last month lacks; the month's last day "
        "({detail}) is used.",
    ),
    "excluded_periods": (
        "Thời gian không tính vào thời hiệu được cộng vào ngày hết hạn theo ngày lịch, phần chồng lấn tính "
        "một lần ('{subject}').",
        "Periods not counted are added to the end in calendar days, overlaps counted once ('{subject}').",
    ),
    "regime_crossing": (
        "Quy định '{subject}' đổi giữa chừng: văn bản kế tiếp ({detail}) có hiệu lực trước khi "
        "thời hạn hoặc thủ tục này kết thúc.",
        "The rule '{subject}' changed on the way: its successor ({detail}) took effect before "
        "this period or procedure ended.",
    ),
}
