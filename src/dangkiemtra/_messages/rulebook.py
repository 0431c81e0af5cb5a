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
    "rulebook.diff.summary": (
        "Từ {before} đến {after}: {entered} văn bản có hiệu lực, {left} văn bản hết hiệu lực, "
        "{changed} quy định thay đổi, {options} điểm chưa rõ thay đổi.",
        "From {before} to {after}: {entered:plural:one=# document;other=# documents} entered "
        "into force, {left:plural:one=# document;other=# documents} left force, "
        "{changed:plural:one=# rule;other=# rules} changed, "
        "{options:plural:one=# unclear point;other=# unclear points} changed.",
    ),
    "rulebook.diff.document_in": (
        "Văn bản {document} có hiệu lực từ {since}.",
        "{document} is in force from {since}.",
    ),
    "rulebook.diff.document_out": (
        "Văn bản {document} hết hiệu lực sau {until}.",
        "{document} is no longer in force after {until}.",
    ),
    "rulebook.diff.value": (
        "{description} ({key}): thay đổi {old} → {new}.",
        "{description} ({key}): changed, {old} → {new}.",
    ),
    "rulebook.diff.basis": (
        "{description} ({key}): giữ {new}, căn cứ hoặc độ tin cậy thay đổi.",
        "{description} ({key}): still {new}, on a new basis or confidence.",
    ),
    "rulebook.diff.added": (
        "{description} ({key}): quy định mới, {new}.",
        "{description} ({key}): a new rule, {new}.",
    ),
    "rulebook.diff.removed": (
        "{description} ({key}): không còn áp dụng (trước đây {old}).",
        "{description} ({key}): no longer applies (was {old}).",
    ),
    "rulebook.diff.option_in": (
        "Điểm chưa rõ mới ({key}): {description}; cách hiểu mặc định '{default}'.",
        "A new unclear point ({key}): {description}; default reading '{default}'.",
    ),
    "rulebook.diff.option_out": (
        "Điểm chưa rõ không còn áp dụng ({key}): {description}.",
        "An unclear point no longer applies ({key}): {description}.",
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
