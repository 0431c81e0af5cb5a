"""Sentences and terms about discipline procedure, appeals, suspension and circumstances (discipline)."""

from __future__ import annotations

__all__ = ["MESSAGES", "PLURALS", "TERMS"]

MESSAGES: dict[str, tuple[str, str]] = {
    "discipline.appeal.path": (
        "Khiếu nại lần đầu gửi {first}; {levels} cấp, cấp giải quyết cuối cùng là {final}.",
        "The first appeal goes to {first}; {levels:plural:one=# level;other=# levels}, the final level "
        "being {final}.",
    ),
    "discipline.suspension.proceedings": (
        "Đình chỉ vì bị khởi tố, truy tố, tạm giam: thời hạn theo thời hạn tố tụng (đã biết: {known}), "
        "đến {end}.",
        "Suspended because indicted, prosecuted or detained: it lasts as the proceedings do (known: "
        "{known}), to {end}.",
    ),
    "discipline.suspension.successor_limits": (
        "Việc gia hạn được quyết định {decided}, khi văn bản kế tiếp đã có hiệu lực: áp dụng giới hạn gia "
        "hạn của văn bản kế tiếp.",
        "The extension was decided on {decided}, after the successor took effect: the successor's limits "
        "on extensions apply.",
    ),
    "discipline.effect": (
        "Quyết định có hiệu lực từ {event}: {day}.",
        "The decision takes effect from {event}: {day}.",
    ),
    "discipline.procedure.crossing.kept": (
        "Quyết định được ký khi văn bản này còn hiệu lực (đến {until}) nhưng {event} vào {day}, sau khi "
        "văn bản kế tiếp có hiệu lực (từ {successor_from}, giá trị {successor_value}); hiệu lực của quyết "
        "định vẫn theo văn bản áp dụng khi ký.",
        "The decision was signed under this text (in force to {until}) but {event} is on {day}, after its "
        "successor took effect (from {successor_from}, value {successor_value}); the decision still "
        "takes effect under the text in force when it was signed.",
    ),
    "discipline.procedure.crossing.successor": (
        "Quyết định được ký khi văn bản trước còn hiệu lực (đến {until}); bước này bắt đầu {day}, sau "
        "khi văn bản kế tiếp có hiệu lực (từ {successor_from}), nên áp dụng thời hạn của văn bản kế "
        "tiếp: {successor_value}.",
        "The decision was signed under the earlier text (in force to {until}); this step starts on {day}, "
        "after its successor took effect (from {successor_from}), so the successor's limit applies: "
        "{successor_value}.",
    ),
    "discipline.effect.pending": (
        "Quyết định có hiệu lực từ {event}, việc này chưa diễn ra.",
        "The decision takes effect from {event}, which has not happened yet.",
    ),
    "discipline.appeal.window": (
        "Đơn khiếu nại gửi {filed}; hạn khiếu nại đến hết {due}.",
        "The appeal was filed on {filed}; the window runs to {due}.",
    ),
    "discipline.appeal.reason": ("Không giải quyết: {reason}.", "Not accepted: {reason}."),
    "discipline.appeal.fact_not_listed": (
        "Tình tiết được ghi nhận nhưng không thuộc danh sách không giải quyết: {fact}.",
        "A recorded fact that is not among the grounds for refusal: {fact}.",
    ),
    "discipline.appeal.verdict": (
        "Khiếu nại được thụ lý giải quyết: {accepted}.",
        "The appeal is accepted: {accepted}.",
    ),
    "discipline.appeal.final_level": (
        "Hình thức {form} (quyết định của cơ quan Trung ương: {central}): cấp giải quyết cuối cùng là {body}.",
        "Form {form} (a decision of a central body: {central}): the final level is the {body}.",
    ),
    "discipline.suspension.extended": (
        "Gia hạn {n} lần, tổng cộng {days:count:unit}: đình chỉ đến hết {end}.",
        "Extended {n:plural:one=once;other=# times}, {days:count:unit} in all: suspended until the end "
        "of {end}.",
    ),
    "discipline.suspension.lifted": (
        "Đình chỉ được chấm dứt {day}.",
        "The suspension was lifted on {day}.",
    ),
    "discipline.suspension.verdict": (
        "Đình chỉ đến hết {end}; thời hạn tối đa đến hết {latest}; đúng quy định: {lawful}.",
        "Suspended until the end of {end}; the longest lawful term ends on {latest}; within the rules: {lawful}.",
    ),
    "discipline.suspension.required": (
        "Phải {kind}: {required}.",
        "{kind} is mandatory: {required}.",
    ),
    "discipline.mc.deceased": (
        "Đảng viên đã từ trần: xem xét, kết luận; vi phạm đặc biệt nghiêm trọng: {serious}.",
        "The member has died: the case is concluded; a particularly serious violation: {serious}.",
    ),
    "discipline.mc.postponed": (
        "Chưa xem xét kỷ luật: {reason} (từ {since}).",
        "Discipline is not yet considered: {reason} (since {since}).",
    ),
    "discipline.mc.exempt": (
        "Trường hợp được xem xét miễn hoặc giảm kỷ luật: {reason}.",
        "A case for exemption or mitigation: {reason}.",
    ),
    "discipline.mc.consider": (
        "{day}: không có trường hợp chưa xem xét, miễn kỷ luật được ghi nhận.",
        "On {day}: no recorded postponement or exemption applies.",
    ),
}

TERMS: dict[str, tuple[str, str]] = {
    "announcement": ("công bố quyết định", "the announcement of the decision"),
    "signing": ("ký quyết định", "the signing of the decision"),
    "dieu_dong": ("điều động", "transfer"),
    "luan_chuyen": ("luân chuyển", "rotation"),
    "bo_nhiem": ("bổ nhiệm", "appointment"),
    "thang_quan_ham": ("thăng quân hàm", "promotion in military rank"),
    "khen_thuong": ("khen thưởng", "award"),
    "qua_thoi_han": ("khiếu nại quá thời hạn", "filed after the window"),
    "dang_duoc_cap_tren_giai_quyet": (
        "cấp trên có thẩm quyền đang giải quyết",
        "being handled by a competent higher level",
    ),
    "da_giai_quyet_cap_cao_nhat": (
        "đã được cấp có thẩm quyền cao nhất giải quyết",
        "already decided by the highest competent level",
    ),
    "da_bi_toa_an_ket_an": (
        "đảng viên đã bị tòa án kết án từ cải tạo không giam giữ trở lên, bản án chưa bị hủy",
        "the member was sentenced to non-custodial reform or heavier and the judgment stands",
    ),
    "khieu_nai_ho": ("khiếu nại hộ", "complaint made on someone else's behalf"),
    "chua_nhan_quyet_dinh": (
        "khiếu nại khi chưa nhận được quyết định",
        "filed before receiving the written decision",
    ),
    "tu_choi_nhan_quyet_dinh": (
        "đảng viên từ chối nhận quyết định",
        "the member refused to receive the decision",
    ),
    "da_chuyen_sinh_hoat": (
        "đã chuyển sinh hoạt đảng chính thức ra ngoài đảng bộ cấp trên trực tiếp rồi mới khiếu nại",
        "transferred membership outside the directly superior party committee before appealing",
    ),
    "upheld": ("giữ nguyên hình thức kỷ luật", "the form is upheld"),
    "changed": ("thay đổi hình thức kỷ luật", "the form is changed"),
    "annulled": ("xóa bỏ quyết định kỷ luật", "the decision is annulled"),
    "can_tro": (
        "có dấu hiệu vi phạm nghiêm trọng và cố ý cản trở",
        "serious signs of violation and deliberate obstruction",
    ),
    "truy_to": ("bị truy tố", "prosecuted"),
    "tam_giam": ("bị tạm giam", "detained"),
    "khoi_to": ("bị khởi tố", "indicted"),
    "working_days_term": ("ngày làm việc", "working day"),
    "days_term": ("ngày", "day"),
    "sinh_hoat_dang": ("đình chỉ sinh hoạt đảng", "suspension of party activity"),
    "sinh_hoat_cap_uy": ("đình chỉ sinh hoạt cấp ủy", "suspension of committee activity"),
    "hoat_dong_to_chuc": (
        "đình chỉ hoạt động của tổ chức đảng",
        "suspension of an organisation's activity",
    ),
    "thuc_hien_quyet_dinh_cap_tren": (
        "thực hiện quyết định của cấp trên đã báo cáo, bảo lưu ý kiến bằng văn bản",
        "carried out a superior's decision after objecting in writing",
    ),
    "doi_moi_sang_tao": (
        "đề xuất đổi mới, sáng tạo được cấp có thẩm quyền cho phép",
        "an innovation permitted by the competent level",
    ),
    "dac_biet_nghiem_trong": ("vi phạm đặc biệt nghiêm trọng", "a particularly serious violation"),
    "tu_giac_bao_cao": (
        "chủ động báo cáo vi phạm, nhận trách nhiệm",
        "reported the violation oneself and took responsibility",
    ),
    "cung_cap_thong_tin": (
        "chủ động cung cấp thông tin về người cùng vi phạm",
        "provided information on co-violators",
    ),
    "khac_phuc_hau_qua": (
        "chủ động chấm dứt vi phạm, khắc phục hậu quả",
        "stopped the violation and remedied its consequences",
    ),
    "nguyen_nhan_khach_quan": (
        "vi phạm do nguyên nhân khách quan hoặc bị ép buộc",
        "violation due to objective causes or coercion",
    ),
    "chap_hanh_chi_thi_sai": (
        "chấp hành chỉ thị sai của cấp trên",
        "carried out a wrong order of a superior",
    ),
    "thi_diem_chinh_sach": (
        "vi phạm khi thực hiện chủ trương thí điểm được phép",
        "violation while carrying out a permitted pilot policy",
    ),
    "da_duoc_nhac_nho": ("đã được nhắc nhở, giáo dục mà không sửa", "ignored earlier reminders"),
    "quanh_co_che_giau": (
        "quanh co, che giấu, không thừa nhận",
        "evasive, concealing, not admitting",
    ),
    "bao_che": ("bao che cho người cùng vi phạm", "covered up for co-violators"),
    "tru_dap": (
        "trù dập người phê bình, tố cáo, làm chứng",
        "retaliated against critics, denouncers or witnesses",
    ),
    "bao_cao_sai": (
        "báo cáo sai, hủy hoặc làm giả chứng cứ",
        "false reports, destroyed or fabricated evidence",
    ),
    "khong_khac_phuc": ("không khắc phục hậu quả", "did not remedy the damage"),
    "vi_pham_nhieu_lan": ("vi phạm nhiều lần, tái phạm", "repeated violations or recidivism"),
    "co_to_chuc": ("vi phạm có tổ chức", "organised violation"),
    "cam_dau": ("là người chủ mưu, cầm đầu", "ringleader or instigator"),
    "ep_buoc": ("ép buộc, lôi kéo người khác vi phạm", "coerced or induced others"),
    "can_tro_ktgs": ("cản trở kiểm tra, giám sát", "obstructed inspection or supervision"),
}

#: English plurals of the terms that are counted ("5 working days").
PLURALS: dict[str, str] = {
    "working_days_term": "working days",
    "days_term": "days",
}
