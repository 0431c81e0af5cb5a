"""Sentences and terms about party organisations, bodies and members (organization)."""

from __future__ import annotations

__all__ = ["FLAGS", "MESSAGES", "TERMS"]

MESSAGES: dict[str, tuple[str, str]] = {
    "org.elect.no_size": (
        "Quy mô ủy ban kiểm tra của {organization} (cấp trên cơ sở) không có trong bộ quy tắc: chưa kiểm "
        "tra.",
        "The inspection commission size of {organization} (above the grassroots) is not in the rulebook: "
        "not checked.",
    ),
    "org.elect.verdict": (
        "{organization} ({official} đảng viên chính thức) bầu bí thư; phó bí thư: {deputy}; chi ủy tối đa "
        "{chi_uy_high} người (0: không bầu); ban thường vụ: {standing}; ủy ban kiểm tra từ "
        "{inspection_low} đến {inspection_high} người (0: không).",
        "{organization} ({official:plural:one=# full member;other=# full members}) elects a secretary; "
        "deputy secretary: {deputy}; cell committee of at most "
        "{chi_uy_high:plural:one=# member;other=# members} (0: none); standing committee: {standing}; "
        "inspection commission of {inspection_low} to "
        "{inspection_high:plural:one=# member;other=# members} (0: none).",
    ),
    "org.count": (
        "{organization}: {members} đảng viên ({official} chính thức, {probationary} dự bị) tại {as_of}.",
        "{organization}: {members:plural:one=# member;other=# members} ({official} official, "
        "{probationary} probationary) on {as_of}.",
    ),
    "org.check.ok": ("{organization}: {rule}: đạt.", "{organization}: {rule}: satisfied."),
    "org.check.fail": (
        "{organization}: {rule}: không đạt.",
        "{organization}: {rule}: not satisfied.",
    ),
    "org.check.founding": (
        "{organization} có {official} đảng viên chính thức; cần ít nhất {minimum}.",
        "{organization} has {official:plural:one=# official member;other=# official members}; "
        "at least {minimum} needed.",
    ),
    "org.check.kind": (
        "{organization} có {members} đảng viên (ngưỡng {threshold}); loại tổ chức phải là {expected}, "
        "đang khai là {kind}.",
        "{organization} has {members:plural:one=# member;other=# members} (threshold {threshold}); "
        "its kind should be: {expected}; it is recorded as: {kind}.",
    ),
    "org.check.kind_exception": (
        "{organization} là {kind} dù có {members} đảng viên (ngưỡng {threshold}), theo quyết định "
        "của cấp ủy cấp trên có thẩm quyền.",
        "{organization} has kind {kind} with {members:plural:one=# member;other=# members} "
        "(threshold {threshold}), by decision of the competent superior committee.",
    ),
    "org.check.chi_uy": (
        "{organization} có {official} đảng viên chính thức (ngưỡng {threshold}): {required}; "
        "chi ủy hiện có {size} người (tối đa {maximum}).",
        "{organization} has {official:plural:one=# official member;other=# official members} "
        "(threshold {threshold}): {required}; its cell committee has "
        "{size:plural:one=# member;other=# members} (at most {maximum}).",
    ),
    "org.check.standing": (
        "{organization}: ban chấp hành có {size} ủy viên (ngưỡng {threshold}); "
        "có ban thường vụ: {has_standing}.",
        "{organization}: the committee has {size:plural:one=# member;other=# members} (threshold {threshold}); "
        "has a standing committee: {has_standing}.",
    ),
    "org.check.ubkt": (
        "{organization}: ủy ban kiểm tra có {size} ủy viên; quy định từ {minimum} đến {maximum}.",
        "{organization}: the inspection commission has {size:plural:one=# member;other=# members}; "
        "the rule is {minimum} to {maximum}.",
    ),
    "org.check.no_ubkt": (
        "{organization} là {kind}: không lập ủy ban kiểm tra.",
        "{organization} ({kind}) has no inspection commission.",
    ),
    "org.check.probation_end": (
        "Đảng viên {member}: kết nạp {admitted}; hết 12 tháng dự bị vào {probation_end}; "
        "công nhận chính thức từ {official}.",
        "Member {member}: admitted {admitted}; probation ends {probation_end}; official from {official}.",
    ),
    "org.check.confirmation_due": (
        "Đảng viên {member}: hết dự bị {probation_end}; chi bộ phải xét công nhận chính thức "
        "trước hết {due}; tại {as_of}: {state}.",
        "Member {member}: probation ended {probation_end}; the cell must vote on official "
        "membership by {due}; on {as_of}: {state}.",
    ),
    "org.check.no_rule": (
        "Đảng viên {member}: bộ quy tắc chưa có quy định '{key}' cho ngày này (áp dụng từ {day}); "
        "không kiểm tra.",
        "Member {member}: the rulebook has no rule '{key}' for this date (it applies from {day}); "
        "not checked.",
    ),
}

FLAGS: dict[str, tuple[str, str]] = {
    "exception": (
        "Ngoại lệ đã ghi nhận: {subject} ({detail}).",
        "Recorded exception: {subject} ({detail}).",
    ),
}

TERMS: dict[str, tuple[str, str]] = {
    "deputy_yes": ("có", "yes"),
    "deputy_if_needed": ("nếu cần", "if needed"),
    "deputy_no": ("không", "no"),
    "standing_open": (
        "tùy số cấp ủy viên được bầu (từ 9 người)",
        "depends on the committee size (from 9 members)",
    ),
    "dang_bo_cap_tren_co_so": (
        "đảng bộ cấp trên trực tiếp của tổ chức cơ sở đảng",
        "superior-of-grassroots party organisation",
    ),
    "dang_bo_co_so": ("đảng bộ cơ sở", "grassroots party committee"),
    "chi_bo_co_so": ("chi bộ cơ sở", "grassroots party cell"),
    "dang_bo_bo_phan": ("đảng bộ bộ phận", "partial party committee"),
    "chi_bo": ("chi bộ trực thuộc", "party cell"),
    "ban_chap_hanh": ("ban chấp hành (cấp ủy)", "executive committee"),
    "ban_thuong_vu": ("ban thường vụ", "standing committee"),
    "uy_ban_kiem_tra": ("ủy ban kiểm tra", "inspection commission"),
    "chi_bo_body": ("chi bộ", "cell"),
    "chi_uy": ("chi ủy", "cell committee"),
    "grassroots": ("cơ sở", "grassroots"),
    "district": ("huyện và tương đương", "district and equivalent"),
    "province": ("tỉnh và tương đương", "provincial and equivalent"),
    "central": ("Trung ương", "central"),
    "required": ("phải bầu chi ủy", "a cell committee is required"),
    "not_required": (
        "không bầu chi ủy, chỉ bầu bí thư (và phó bí thư nếu cần)",
        "no cell committee: a secretary (and deputy) only",
    ),
    "pending": ("chưa xét, còn trong hạn", "not yet voted, still in time"),
    "overdue": ("chưa xét, đã quá hạn", "not yet voted, overdue"),
    "confirmed_state": ("đã công nhận chính thức", "confirmed as official member"),
}
