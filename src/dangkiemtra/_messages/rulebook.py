"""Sentences about rule values and ambiguous points, and the flags on values (rulebook)."""

from __future__ import annotations

__all__ = ["FLAGS", "MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    "rule.value": (
        "{description}: {value} (áp dụng từ {valid_from})",
        "{description}: {value} (in force from {valid_from})",
    ),
    "rule.option": (
        "Điểm chưa rõ của quy định: {description}; dùng cách hiểu: {reading}",
        "Unclear point of the rule: {description}; reading used: {reading}",
    ),
}

FLAGS: dict[str, tuple[str, str]] = {
    "unconfirmed": (
        "Giá trị '{subject}' có độ tin cậy '{detail}': chưa đối chiếu được với nguyên văn văn bản.",
        "The value '{subject}' is '{detail}': it was not checked against the text itself.",
    ),
    "carried_over": (
        "Chưa rõ giá trị của văn bản mới cho '{subject}'; dùng giá trị của văn bản trước.",
        "The new text's value for '{subject}' is unknown; the predecessor's value was used.",
    ),
    "ambiguous": (
        "Quy định chưa rõ ('{subject}'); đã dùng cách hiểu '{detail}' theo lựa chọn của người dùng.",
        "The rule is ambiguous ('{subject}'); the reading '{detail}' was used, as chosen.",
    ),
    "ambiguous_default": (
        "Quy định chưa rõ ('{subject}'); đã dùng cách hiểu mặc định '{detail}'.",
        "The rule is ambiguous ('{subject}'); the default reading '{detail}' was used.",
    ),
}
