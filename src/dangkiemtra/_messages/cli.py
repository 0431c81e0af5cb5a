"""Sentences of the command line and of the report it prints (``dangkiemtra report``, ``demo``).

``REPORT`` holds the report's headings and lines, ``CLI`` the command's own messages;
both are ``(vi, en)`` templates filled by :func:`dangkiemtra.explain.render_template`, so
counts take their CLDR plural forms like every other sentence.
"""

from __future__ import annotations

__all__ = ["CLI", "REPORT"]

REPORT: dict[str, tuple[str, str]] = {
    "title": (
        "{name}: công tác kiểm tra, giám sát đến {as_of}",
        "{name}: inspection and supervision as of {as_of}",
    ),
    "org": ("I. Tổ chức đảng và đảng viên", "I. Party organisations and members"),
    "base": (
        "Tổ chức cơ sở đảng: {n} ({committees} đảng bộ cơ sở, {cells} chi bộ cơ sở)",
        "Grassroots organisations: {n} "
        "({committees:plural:one=# grassroots committee;other=# grassroots committees}, "
        "{cells:plural:one=# grassroots cell;other=# grassroots cells})",
    ),
    "sub": (
        "Tổ chức đảng dưới cơ sở: {n} ({partial} đảng bộ bộ phận có {under} chi bộ; {cells} chi bộ)",
        "Sub-grassroots organisations: {n} "
        "({partial:plural:one=# partial committee;other=# partial committees} holding "
        "{under:plural:one=# cell;other=# cells}; {cells:plural:one=# cell;other=# cells})",
    ),
    "members": (
        "Đảng viên: {n} ({official} chính thức, {probationary} dự bị)",
        "Members: {n} ({official} official, {probationary} probationary)",
    ),
    "checks": (
        "Kiểm tra cơ cấu tổ chức theo Điều lệ: {n} nội dung, {failed} không đạt; "
        "{unchecked} nội dung không kiểm tra được (trước ngày có quy định trong bộ quy tắc)",
        "Structural checks under the Charter: {n:plural:one=# check;other=# checks}, {failed} failed; "
        "{unchecked} not made (dates before the rulebook's rules)",
    ),
    "period": ("Kỳ báo cáo", "Reporting period"),
    "ktgs": (
        "II. Kết quả thực hiện chương trình kiểm tra, giám sát năm {year}",
        "II. The {year} inspection and supervision programme",
    ),
    "no_inspection": (
        "Không có dữ liệu chương trình, kế hoạch kiểm tra, giám sát.",
        "No inspection and supervision programme data given.",
    ),
    "target_orgs": (
        "{kind}: {done}/{planned} tổ chức, đạt {percent} chỉ tiêu kế hoạch",
        "{kind}: {done}/{planned:plural:one=# organisation;other=# organisations}, "
        "{percent} of the planned target",
    ),
    "target_members": (
        "{kind}: {done}/{planned} đảng viên, đạt {percent} chỉ tiêu kế hoạch",
        "{kind}: {done}/{planned:plural:one=# member;other=# members}, {percent} of the planned target",
    ),
    "group": (
        "{label}: {done}/{planned}, đạt {percent} chỉ tiêu kế hoạch",
        "{label}: {done}/{planned}, {percent} of the planned target",
    ),
    "kl": (
        "III. Kiểm tra khi có dấu hiệu vi phạm, thi hành kỷ luật, đình chỉ sinh hoạt đảng",
        "III. Inspections on signs of violation, discipline, suspensions",
    ),
    "signs": (
        "Kiểm tra khi có dấu hiệu vi phạm: {orgs} tổ chức, {members} đảng viên",
        "Inspections on signs of violation: {orgs:plural:one=# organisation;other=# organisations}, "
        "{members:plural:one=# member;other=# members}",
    ),
    "disciplined": (
        "Thi hành kỷ luật {n} đảng viên ({detail})",
        "{n:plural:one=# member;other=# members} disciplined ({detail})",
    ),
    "none_disciplined": ("Chưa thi hành kỷ luật đảng viên nào", "No member disciplined"),
    "suspended": (
        "Đình chỉ sinh hoạt đảng {n} đảng viên bị khởi tố, bắt tạm giam",
        "{n:plural:one=# member;other=# members} suspended from party activity after indictment "
        "or detention",
    ),
    "no_discipline": ("Không có dữ liệu kỷ luật.", "No discipline data given."),
    "letters": (
        "Tiếp nhận {n} đơn thư kiến nghị, phản ánh; đã xử lý xong {done}",
        "{n:plural:one=# letter;other=# letters} (recommendations, reports) received; {done} closed",
    ),
    "no_letters": ("Không có dữ liệu đơn thư.", "No letters data given."),
    "concerns": ("Vấn đề cần lưu ý", "Concerns"),
    "caveats": ("Lưu ý chung", "General caveats"),
    "why": ("Giải trình", "Explanation"),
}

CLI: dict[str, tuple[str, str]] = {
    "valid": ("Hợp lệ.", "Valid."),
    "invalid": (
        "Dữ liệu không hợp lệ ({n} lỗi):",
        "Invalid data ({n:plural:one=# problem;other=# problems}):",
    ),
    "problem": (
        "- {pointer}: cần {expected} [{code}]",
        "- {pointer}: expected {expected} [{code}]",
    ),
    "unreadable": ("Không đọc được tệp: {file}", "Cannot read the file: {file}"),
    "due": ("Hạn cuối: {due}", "Due: {due}"),
    "no_rules": (
        "Không có quy định nào trong bộ quy tắc có hiệu lực vào {day}; quy định sớm nhất áp dụng từ {first}.",
        "No rule of the rulebook is in force on {day}; the earliest applies from {first}.",
    ),
    "no_match": (
        "Không có quy định nào có hiệu lực vào {day} khớp với bộ lọc.",
        "No rule in force on {day} matches the filters.",
    ),
    "bad_reading": (
        "Quy định '{key}' không có cách hiểu '{reading}'; các cách hiểu: {readings}.",
        "The rule '{key}' has no reading '{reading}'; its readings are: {readings}.",
    ),
    "no_option": (
        "Quy định '{key}' không có điểm chưa rõ nào: không dùng --reading.",
        "The rule '{key}' has no unclear point: --reading does not apply.",
    ),
    "interrupted": ("Đã dừng.", "Interrupted."),
    "internal": (
        "Lỗi nội bộ ({kind}); xin báo lại cho người bảo trì dangkiemtra.",
        "Internal error ({kind}); please report it to the dangkiemtra maintainers.",
    ),
}
