"""Sentences and terms about inspection and supervision plans and progress (inspection)."""

from __future__ import annotations

__all__ = ["MESSAGES", "TERMS"]

MESSAGES: dict[str, tuple[str, str]] = {
    "ktgs.plan": (
        "{actor} ({body}), {programme}: chỉ tiêu {kind}: {organizations} tổ chức, {members} đảng viên.",
        "{actor} ({body}), {programme}: target for {kind}: "
        "{organizations:plural:one=# organisation;other=# organisations}, "
        "{members:plural:one=# member;other=# members}.",
    ),
    "ktgs.done": (
        "Đến {as_of} đã hoàn thành {kind}: {organizations} tổ chức, {members} đảng viên "
        "({activities} cuộc, cuộc cuối kết thúc {last}).",
        "By {as_of}, {kind} completed: {organizations:plural:one=# organisation;other=# organisations}, "
        "{members:plural:one=# member;other=# members} "
        "({activities:plural:one=# activity;other=# activities}, the last concluded {last}).",
    ),
    "ktgs.none_done": (
        "Đến {as_of} chưa hoàn thành cuộc {kind} nào.",
        "By {as_of}, no {kind} has been completed.",
    ),
    "ktgs.ratio": (
        "Tỷ lệ: {done}/{planned} = {percent} chỉ tiêu kế hoạch.",
        "Rate: {done}/{planned} = {percent} of the planned target.",
    ),
    "ktgs.group": (
        "{group}: {planned} đơn vị có chương trình, kế hoạch kiểm tra, giám sát năm {year}; "
        "{done} đơn vị đã thực hiện ít nhất một cuộc kiểm tra hoặc giám sát đến {as_of}.",
        "{group}: {planned:plural:one=# unit has;other=# units have} an inspection and supervision plan "
        "for {year}; {done:plural:one=# has;other=# have} completed at least one inspection or "
        "supervision by {as_of}.",
    ),
    "ktgs.done_rule": (
        "Một cuộc kiểm tra, giám sát được tính là đã thực hiện khi đã kết thúc (có ngày kết luận) "
        "không muộn hơn {as_of}.",
        "An inspection or supervision counts as done when it has concluded on or before {as_of}.",
    ),
    "ktgs.period": (
        "Kỳ báo cáo {period}, năm {year}: từ {start} đến {end}.",
        "Reporting period: {period}, {year}: from {start} to {end}.",
    ),
    "ktgs.supervision_limit": (
        "Giám sát chuyên đề cấp {level}: tối đa {n} ngày làm việc kể từ ngày nhận báo cáo.",
        "Thematic supervision at {level} level: at most "
        "{n:plural:one=# working day;other=# working days} from receipt of the report.",
    ),
    "ktgs.activity_totals": (
        "{kind} đến {as_of}: {activities} cuộc, {organizations} tổ chức, {members} đảng viên.",
        "{kind} by {as_of}: {activities:plural:one=# activity;other=# activities}, "
        "{organizations:plural:one=# organisation;other=# organisations}, "
        "{members:plural:one=# member;other=# members}.",
    ),
}

TERMS: dict[str, tuple[str, str]] = {
    "kiem_tra": ("kiểm tra", "inspection"),
    "kiem_tra_dau_hieu_vi_pham": (
        "kiểm tra khi có dấu hiệu vi phạm",
        "inspection on signs of violation",
    ),
    "kiem_tra_thuc_hien_nhiem_vu_ktgs": (
        "kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật",
        "inspection of inspection, supervision and discipline work",
    ),
    "kiem_tra_thi_hanh_ky_luat": (
        "kiểm tra việc thi hành kỷ luật",
        "inspection of discipline enforcement",
    ),
    "kiem_tra_tai_chinh": ("kiểm tra tài chính đảng", "inspection of party finance"),
    "giam_sat_thuong_xuyen": ("giám sát thường xuyên", "regular supervision"),
    "giam_sat_chuyen_de": ("giám sát chuyên đề", "thematic supervision"),
    "kiem_tra_giam_sat": ("kiểm tra hoặc giám sát", "inspection or supervision"),
    "month": ("tháng", "month"),
    "q1": ("quý I", "first quarter"),
    "6_months": ("6 tháng đầu năm", "first six months"),
    "9_months": ("9 tháng đầu năm", "first nine months"),
    "year": ("năm", "year"),
}
