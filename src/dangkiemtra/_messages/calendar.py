"""Sentences and terms about working days and days off (calendar)."""

from __future__ import annotations

__all__ = ["FLAGS", "MESSAGES", "TERMS"]

MESSAGES: dict[str, tuple[str, str]] = {
    "calendar.working_day": ("{day} là ngày làm việc.", "{day} is a working day."),
    "calendar.day_off": ("{day} là ngày nghỉ: {reason}.", "{day} is a day off: {reason}."),
    "calendar.count": (
        "Từ sau {start} đến hết {end} có {n} ngày làm việc.",
        "From the day after {start} to {end} inclusive: {n:plural:one=# working day;other=# working days}.",
    ),
}

FLAGS: dict[str, tuple[str, str]] = {
    "projected": (
        "Năm {subject} chưa có thông báo nghỉ lễ chính thức trong dữ liệu; lịch làm việc được tính dự kiến.",
        "{subject} has no official holiday notice in the data; its working days are projected.",
    ),
}

TERMS: dict[str, tuple[str, str]] = {
    "tet_duong_lich": ("Tết Dương lịch", "New Year's Day"),
    "tet_nguyen_dan": ("Tết Nguyên đán", "Lunar New Year (Tết)"),
    "gio_to": ("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day"),
    "chien_thang": ("Ngày Chiến thắng", "Victory Day"),
    "lao_dong": ("Ngày Quốc tế Lao động", "International Labour Day"),
    "quoc_khanh": ("Quốc khánh", "National Day"),
    "van_hoa": ("Ngày Văn hóa Việt Nam", "Vietnamese Culture Day"),
    "nghi_bu": ("nghỉ bù", "compensatory day off"),
    "hoan_doi": ("nghỉ do hoán đổi ngày làm việc", "day off by a swap of working days"),
    "lam_bu": ("làm bù", "make-up working day"),
    "weekend": ("ngày nghỉ hằng tuần", "weekly rest day"),
    "holiday": ("ngày lễ", "public holiday"),
}
