"""Sentences and terms about party membership: admission votes, age, transfers, dues, readmission."""

from __future__ import annotations

__all__ = ["MESSAGES", "TERMS"]

MESSAGES: dict[str, tuple[str, str]] = {
    "membership.vote": (
        "{in_favour}/{eligible} tán thành; cần ít nhất {needed} ({fraction}); thông qua: {passed}.",
        "{in_favour} of {eligible:plural:one=# voter;other=# voters} in favour; at least {needed} needed "
        "({fraction}); carried: {passed}.",
    ),
    "membership.age": (
        "Tuổi đời {months} tháng; từ {low} đến {high} tháng: {within}.",
        "Age {months:plural:one=# month;other=# months}; within {low} to "
        "{high:plural:one=# month;other=# months}: {within}.",
    ),
    "membership.transfer_kind": (
        "Vắng {months} tháng (khoảng {low}–{high} tháng): {kind}.",
        "Away {months:plural:one=# month;other=# months} (span {low}–"
        "{high:plural:one=# month;other=# months}): {kind}.",
    ),
    "membership.dues": (
        "Không đóng đảng phí {months} tháng trong năm (ngưỡng {threshold} tháng); lý do chính đáng: "
        "{good_reason}; căn cứ xóa tên: {ground}.",
        "Dues unpaid for {months:plural:one=# month;other=# months} in the year (threshold "
        "{threshold:plural:one=# month;other=# months}); good reason: {good_reason}; ground to strike "
        "off: {ground}.",
    ),
    "membership.readmission": (
        "{months} tháng kể từ {event}: sớm nhất là {first}.",
        "{months:plural:one=# month;other=# months} from {event}: at the earliest on {first}.",
    ),
}

TERMS: dict[str, tuple[str, str]] = {
    "transfer_none": ("không phải chuyển sinh hoạt", "no transfer needed"),
    "transfer_temporary": ("chuyển sinh hoạt đảng tạm thời", "temporary transfer"),
    "transfer_official": ("chuyển sinh hoạt đảng chính thức", "official transfer"),
}
