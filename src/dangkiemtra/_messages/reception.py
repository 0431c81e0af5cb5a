"""Sentences and terms about citizen reception (reception)."""

from __future__ import annotations

__all__ = ["MESSAGES", "TERMS"]

MESSAGES: dict[str, tuple[str, str]] = {
    "reception.ad_hoc": (
        "Phải tiếp công dân đột xuất: {required} ({n} tình huống luật nêu).",
        "Ad-hoc reception required: {required} ({n:plural:one=# listed situation;other=# listed "
        "situations}).",
    ),
    "reception.representatives": (
        "{people} người cùng một nội dung: cử từ {low} đến {high} người đại diện (0: không bắt buộc).",
        "{people:plural:one=# person;other=# people} on one matter: {low} to "
        "{high:plural:one=# representative;other=# representatives} (0: none required).",
    ),
    "reception.duty": (
        "{holder} cấp {level}: tiếp dân định kỳ ít nhất {n} ngày mỗi {per}.",
        "{holder}, {level} level: periodic reception at least {n:plural:one=# day;other=# days} a {per}.",
    ),
    "reception.no_duty": (
        "{holder} cấp {level}: không có nghĩa vụ tiếp dân định kỳ vào ngày này (cấp không còn hoặc không áp dụng).",
        "{holder}, {level} level: no periodic reception duty on this date (the level is gone or not covered).",
    ),
    "reception.schedule.day": (
        "{day}: là ngày làm việc.",
        "{day}: a working day.",
    ),
    "reception.schedule.warning": (
        "{day} không phải ngày làm việc ({reason}); đề nghị tiếp dân vào {suggested}.",
        "{day} is not a working day ({reason}); suggested instead: {suggested}.",
    ),
    "reception.check.month": (
        "Tháng {month}: {held} ngày tiếp dân, cần ít nhất {needed}: {ok}.",
        "Month {month}: {held:plural:one=# reception day;other=# reception days}, at least {needed} needed: "
        "{ok}.",
    ),
    "reception.online_notice": (
        "Buổi tiếp công dân trực tuyến {session} phải được thông báo trước ít nhất {n} ngày làm việc: chậm nhất {due}.",
        "An online session on {session} must be announced at least "
        "{n:plural:one=# working day;other=# working days} ahead: by {due}.",
    ),
}

TERMS: dict[str, tuple[str, str]] = {
    "public_unit_head": (
        "Người đứng đầu đơn vị sự nghiệp công lập",
        "The head of a public service unit",
    ),
    "public_unit": ("đơn vị sự nghiệp công lập", "public service unit"),
    "party_head": ("Người đứng đầu cấp ủy", "The party committee head"),
    "state_head": ("Người đứng đầu cơ quan hành chính", "The head of the administrative body"),
    "commune": ("xã", "commune"),
    "agency": ("cơ quan", "agency"),
    "per_month": ("tháng", "month"),
    "per_week": ("tuần", "week"),
}
