"""The message catalogue: every sentence an explanation can say, in Vietnamese and English.

Keys are stable message codes; values are ``(vi, en)`` templates whose ``{names}``
are the step's facts. Templates never take personal data: the facts are dates,
counts, codes and opaque identifiers.
"""

from __future__ import annotations

__all__ = ["FLAGS", "MESSAGES", "TERMS"]

MESSAGES: dict[str, tuple[str, str]] = {
    # rulebook
    "rule.value": (
        "{description}: {value} (áp dụng từ {valid_from})",
        "{description}: {value} (in force from {valid_from})",
    ),
    "rule.option": (
        "Điểm chưa rõ của quy định: {description}; dùng cách hiểu: {reading}",
        "Unclear point of the rule: {description}; reading used: {reading}",
    ),
    # periods
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
        "A period of {n} calendar days: its last day is {end}.",
    ),
    "period.months": (
        "Thời hạn {n} tháng: ngày tương ứng của tháng cuối là {end}.",
        "A period of {n} months: the corresponding day of the last month is {end}.",
    ),
    "period.years": (
        "Thời hạn {n} năm: ngày tương ứng của năm cuối là {end}.",
        "A period of {n} years: the corresponding day of the last year is {end}.",
    ),
    "period.month_end": (
        "Tháng cuối không có ngày {day}: thời hạn kết thúc vào ngày cuối cùng của tháng đó, {end}.",
        "The last month has no day {day}: the period ends on that month's last day, {end}.",
    ),
    "period.working_days": (
        "Thời hạn {n} ngày làm việc, đếm từ ngày làm việc sau {start}: ngày làm việc thứ {n} là {end}.",
        "A period of {n} working days, counted from the first working day after {start}: "
        "the {n}th working day is {end}.",
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
    # calendar
    "calendar.working_day": ("{day} là ngày làm việc.", "{day} is a working day."),
    "calendar.day_off": ("{day} là ngày nghỉ: {reason}.", "{day} is a day off: {reason}."),
    "calendar.count": (
        "Từ sau {start} đến hết {end} có {n} ngày làm việc.",
        "From the day after {start} to {end} inclusive there are {n} working days.",
    ),
    # organisation
    "org.count": (
        "{organization}: {members} đảng viên ({official} chính thức, {probationary} dự bị) tại {as_of}.",
        "{organization}: {members} members ({official} official, {probationary} probationary) on {as_of}.",
    ),
    "org.check.ok": ("{organization}: {rule}: đạt.", "{organization}: {rule}: satisfied."),
    "org.check.fail": (
        "{organization}: {rule}: không đạt.",
        "{organization}: {rule}: not satisfied.",
    ),
    "org.check.founding": (
        "{organization} có {official} đảng viên chính thức; cần ít nhất {minimum}.",
        "{organization} has {official} official members; at least {minimum} are needed.",
    ),
    "org.check.kind": (
        "{organization} có {members} đảng viên (ngưỡng {threshold}); loại tổ chức phải là {expected}, "
        "đang khai là {kind}.",
        "{organization} has {members} members (threshold {threshold}); it should be a {expected}, "
        "it is recorded as a {kind}.",
    ),
    "org.check.kind_exception": (
        "{organization} là {kind} dù có {members} đảng viên (ngưỡng {threshold}), theo quyết định "
        "của cấp ủy cấp trên có thẩm quyền.",
        "{organization} is a {kind} with {members} members (threshold {threshold}), by decision of "
        "the competent superior committee.",
    ),
    "org.check.chi_uy": (
        "{organization} có {official} đảng viên chính thức (ngưỡng {threshold}): {required}; "
        "chi ủy hiện có {size} người (tối đa {maximum}).",
        "{organization} has {official} official members (threshold {threshold}): {required}; "
        "its cell committee has {size} members (at most {maximum}).",
    ),
    "org.check.standing": (
        "{organization}: ban chấp hành có {size} ủy viên (ngưỡng {threshold}); "
        "có ban thường vụ: {has_standing}.",
        "{organization}: the committee has {size} members (threshold {threshold}); "
        "has a standing committee: {has_standing}.",
    ),
    "org.check.ubkt": (
        "{organization}: ủy ban kiểm tra có {size} ủy viên; quy định từ {minimum} đến {maximum}.",
        "{organization}: the inspection commission has {size} members; the rule is {minimum} to {maximum}.",
    ),
    "org.check.no_ubkt": (
        "{organization} là {kind}: không lập ủy ban kiểm tra.",
        "{organization} is a {kind}: it has no inspection commission.",
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
    # inspection
    "ktgs.plan": (
        "{actor} ({body}), {programme}: chỉ tiêu {kind}: {organizations} tổ chức, {members} đảng viên.",
        "{actor} ({body}), {programme}: target for {kind}: {organizations} organisations, {members} members.",
    ),
    "ktgs.done": (
        "Đến {as_of} đã hoàn thành {kind}: {organizations} tổ chức, {members} đảng viên "
        "({activities} cuộc, cuộc cuối kết thúc {last}).",
        "By {as_of}, {kind} completed: {organizations} organisations, {members} members "
        "({activities} activities, the last concluded {last}).",
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
        "{group}: {planned} units have an inspection and supervision plan for {year}; "
        "{done} have completed at least one inspection or supervision by {as_of}.",
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
        "Thematic supervision at {level} level: at most {n} working days from receipt of the report.",
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
    "projected": (
        "Năm {subject} chưa có thông báo nghỉ lễ chính thức trong dữ liệu; lịch làm việc được tính dự kiến.",
        "{subject} has no official holiday notice in the data; its working days are projected.",
    ),
    "ambiguous": (
        "Quy định chưa rõ ('{subject}'); đã dùng cách hiểu '{detail}' theo lựa chọn của người dùng.",
        "The rule is ambiguous ('{subject}'); the reading '{detail}' was used, as chosen.",
    ),
    "ambiguous_default": (
        "Quy định chưa rõ ('{subject}'); đã dùng cách hiểu mặc định '{detail}'.",
        "The rule is ambiguous ('{subject}'); the default reading '{detail}' was used.",
    ),
    "exception": (
        "Ngoại lệ đã ghi nhận: {subject} ({detail}).",
        "Recorded exception: {subject} ({detail}).",
    ),
}

TERMS: dict[str, tuple[str, str]] = {
    # calendar day kinds
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
    # organisation kinds
    "dang_bo_cap_tren_co_so": (
        "đảng bộ cấp trên trực tiếp của tổ chức cơ sở đảng",
        "superior-of-grassroots party organisation",
    ),
    "dang_bo_co_so": ("đảng bộ cơ sở", "grassroots party committee"),
    "chi_bo_co_so": ("chi bộ cơ sở", "grassroots party cell"),
    "dang_bo_bo_phan": ("đảng bộ bộ phận", "partial party committee"),
    "chi_bo": ("chi bộ trực thuộc", "party cell"),
    # bodies
    "ban_chap_hanh": ("ban chấp hành (cấp ủy)", "executive committee"),
    "ban_thuong_vu": ("ban thường vụ", "standing committee"),
    "uy_ban_kiem_tra": ("ủy ban kiểm tra", "inspection commission"),
    "chi_bo_body": ("chi bộ", "cell"),
    "chi_uy": ("chi ủy", "cell committee"),
    # activity kinds
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
    # levels
    "grassroots": ("cơ sở", "grassroots"),
    "district": ("huyện và tương đương", "district and equivalent"),
    "province": ("tỉnh và tương đương", "provincial and equivalent"),
    "central": ("Trung ương", "central"),
    # states
    "required": ("phải bầu chi ủy", "a cell committee is required"),
    "not_required": (
        "không bầu chi ủy, chỉ bầu bí thư (và phó bí thư nếu cần)",
        "no cell committee: a secretary (and deputy) only",
    ),
    "pending": ("chưa xét, còn trong hạn", "not yet voted, still in time"),
    "overdue": ("chưa xét, đã quá hạn", "not yet voted, overdue"),
    "confirmed_state": ("đã công nhận chính thức", "confirmed as official member"),
    "down": ("xuống", "down"),
    "up": ("lên", "up"),
    # reporting periods
    "month": ("tháng", "month"),
    "q1": ("quý I", "first quarter"),
    "6_months": ("6 tháng đầu năm", "first six months"),
    "9_months": ("9 tháng đầu năm", "first nine months"),
    "year": ("năm", "year"),
}
