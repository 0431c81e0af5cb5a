"""Sentences and terms about denunciations, complaints and the register (petitions)."""

from __future__ import annotations

__all__ = ["MESSAGES", "TERMS"]

MESSAGES: dict[str, tuple[str, str]] = {
    "petition.denunciation.complexity": (
        "Đáp ứng {met} tiêu chí phức tạp (đặc biệt phức tạp từ {threshold} tiêu chí): vụ việc {tier}.",
        "{met:plural:one=# complexity criterion;other=# complexity criteria} met (especially complex from "
        "{threshold:plural:one=# criterion;other=# criteria}): the case is {tier}.",
    ),
    "petition.denunciation.extensions": (
        "Vụ việc {tier}: được gia hạn tối đa {allowed} lần; đề nghị {asked} lần, tính {counted} lần.",
        "A case that is {tier} may be extended at most {allowed:plural:one=once;other=# times}; "
        "{asked:plural:one=# extension;other=# extensions} asked, {counted} counted.",
    ),
    "petition.state.acceptance": (
        "Thụ lý: {accepted} ({n} trường hợp không thụ lý được nêu).",
        "Accepted: {accepted} ({n:plural:one=# listed case bars it;other=# listed cases bar it}).",
    ),
    "petition.party.not_handled": (
        "Không giải quyết như tố cáo: {reason}.",
        "Not resolved as a denunciation: {reason}.",
    ),
    "petition.party.used_as_information": (
        "Đơn nặc danh, mạo danh nhưng rõ đối tượng, nội dung: thu thập thông tin phục vụ kiểm tra, giám sát: {used}.",
        "Anonymous but specific: gathered as information for inspection and supervision: {used}.",
    ),
    "petition.party.handled": (
        "Giải quyết như tố cáo trong Đảng: {handled}.",
        "Resolved as a party denunciation: {handled}.",
    ),
    "petition.party.congress": (
        "Nhận đơn {received}, đại hội khai mạc {opens}: cách {gap} ngày làm việc (ngưỡng {window}); "
        "chưa giải quyết, chuyển cấp ủy khóa mới: {inside}.",
        "Received on {received}, the congress opens on {opens}: "
        "{gap:plural:one=# working day;other=# working days} apart (window {window}); "
        "not resolved now, handed to the new committee: {inside}.",
    ),
    "petition.complaint.table": (
        "Khiếu nại lần {instance}; phức tạp: {complex}; vùng sâu, vùng xa: {remote}: {n} ngày.",
        "Complaint, {instance:ordinal} instance; complex: {complex}; remote area: {remote}: "
        "{n:plural:one=# day;other=# days}.",
    ),
    "petition.register.row": (
        "Đơn {id}: {status}; hạn {due}; quá hạn {late} ngày làm việc.",
        "Petition {id}: {status}; due {due}; {late:plural:one=# working day;other=# working days} overdue.",
    ),
    "petition.register.total": (
        "Đến {as_of}: tiếp nhận {received} đơn, đã xử lý {processed} ({rate}); quá hạn {overdue}.",
        "By {as_of}: {received:plural:one=# petition;other=# petitions} received, {processed} processed "
        "({rate}); {overdue} overdue.",
    ),
    "petition.party.resolver": (
        "Đối tượng do cấp ủy cùng cấp quản lý: {managed}; chủ thể giải quyết tố cáo: {body}.",
        "The subject is managed by the same-level committee: {managed}; the denunciation is resolved by the {body}.",
    ),
}

TERMS: dict[str, tuple[str, str]] = {
    "thong_thuong": ("thông thường", "ordinary"),
    "phuc_tap": ("phức tạp", "complex"),
    "dac_biet_phuc_tap": ("đặc biệt phức tạp", "especially complex"),
    "to_cao": ("tố cáo", "denunciation"),
    "khieu_nai": ("khiếu nại", "complaint"),
    "kien_nghi": ("kiến nghị", "recommendation"),
    "phan_anh": ("phản ánh", "report"),
    "thong_tin_phan_anh": ("thông tin phản ánh", "information report"),
    "nac_danh": ("đơn nặc danh", "an anonymous letter"),
    "mao_ten": ("đơn mạo danh", "a letter under a false name"),
    "khong_ro_dia_chi": ("không rõ địa chỉ", "no clear address"),
    "da_ket_luan_khong_chung_cu_moi": (
        "đã được cấp có thẩm quyền kết luận, không có chứng cứ mới",
        "already concluded, no new evidence",
    ),
    "da_thong_bao_khong_xem_xet": (
        "đã có thông báo không xem xét",
        "already answered by a notice of non-consideration",
    ),
    "noi_dung_khong_cu_the": (
        "nội dung không cụ thể, không có cơ sở thẩm tra",
        "unspecific content, nothing to verify",
    ),
    "khong_co_noi_dung_to_cao": ("không có nội dung tố cáo", "no denunciation in it"),
    "khong_ky_ten_truc_tiep": ("không ký tên trực tiếp", "not personally signed"),
    "nhieu_nguoi_ky": ("nhiều người cùng ký tên", "signed by two or more people"),
    "mat_nang_luc_hanh_vi": (
        "người không có năng lực hành vi dân sự",
        "a person lacking civil-act capacity",
    ),
    "status_open": ("đang giải quyết, còn hạn", "open, in time"),
    "status_due": ("đến hạn hôm nay", "due today"),
    "status_overdue": ("quá hạn", "overdue"),
    "status_closed": ("đã xử lý xong", "closed"),
    "to_cao_sai": ("tố cáo sai", "false"),
    "khong_co_co_so": ("không có cơ sở kết luận", "no basis to conclude"),
    "dung_co_khuyet_diem": ("đúng, có khuyết điểm", "true, with shortcomings"),
    "dung_co_vi_pham": ("đúng, có vi phạm", "true, with violations"),
    "ubkt": ("ủy ban kiểm tra", "inspection commission"),
}
