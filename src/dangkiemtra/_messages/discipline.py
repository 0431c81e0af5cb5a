"""Sentences and terms about forms of discipline, limitation, authority and votes (discipline)."""

from __future__ import annotations

__all__ = ["MESSAGES", "PLURALS", "TERMS"]

MESSAGES: dict[str, tuple[str, str]] = {
    "discipline.who.not_checked": (
        "Chưa kiểm tra '{rule}': quy định chỉ áp dụng từ {since}.",
        "Not checked '{rule}': the rule applies only from {since}.",
    ),
    "discipline.who.verdict": (
        "Hình thức {form}: cấp quyết định là {decider}; {proposers} cấp chỉ được đề nghị; "
        "{not_checked} cấp chưa kiểm tra được.",
        "Form {form}: decided by {decider}; {proposers:plural:one=# body;other=# bodies} may only propose; "
        "{not_checked:plural:one=# body;other=# bodies} not checked.",
    ),
    "discipline.limitation.event_bound": (
        "Chưa có ngày {event}; kết quả như nhau với mọi ngày có thể (không muộn/sớm hơn {bound}), nên không "
        "cần ngày đó.",
        "The date of the {event} is not given; every possible date (bounded by {bound}) gives the same "
        "answer, so it is not needed.",
    ),
    "discipline.criminal_sentence": (
        "Đảng viên bị tòa án kết án {sentenced}: phải khai trừ: {required}.",
        "Member sentenced by a court on {sentenced}: must be expelled: {required}.",
    ),
    "discipline.forms.no_post": (
        "{subject} không giữ chức vụ: không áp dụng hình thức cách chức.",
        "{subject} holds no post: removal from post does not apply.",
    ),
    "discipline.forms.open": (
        "Các hình thức áp dụng cho {subject} ({kind}): {forms}.",
        "Forms open to {subject} ({kind}): {forms}.",
    ),
    "discipline.forms.substitute": (
        "Vi phạm đến mức {warranted}: dùng {alternative} thay thế được không? {allowed}.",
        "A violation warranting {warranted}: may {alternative} be used instead? {allowed}.",
    ),
    "discipline.limitation.none_yet": (
        "{day}: chưa có quy định về thời hiệu xử lý kỷ luật {kind} (có từ {since}); "
        "vi phạm xử lý được không phụ thuộc thời hiệu.",
        "On {day} no limitation applied to a {kind} (it applies from {since}); the violation may be "
        "disciplined whatever its age.",
    ),
    "discipline.limitation.event": (
        "Thời hiệu chưa hết vào thời điểm {event}, {day}, thì còn xử lý kỷ luật.",
        "Discipline is possible if the limitation has not run out by {event}, on {day}.",
    ),
    "discipline.limitation.no_limit_form": (
        "Vi phạm đến mức {form}: không áp dụng thời hiệu.",
        "A violation warranting {form}: no limitation applies.",
    ),
    "discipline.limitation.no_limit_category": (
        "Vi phạm về {category}: không áp dụng thời hiệu.",
        "A violation concerning {category}: no limitation applies.",
    ),
    "discipline.limitation.start": (
        "Thời hiệu tính từ {start}.",
        "The limitation runs from {start}.",
    ),
    "discipline.limitation.reset": (
        "Có vi phạm mới {new} khi thời hiệu còn: thời hiệu tính lại từ ngày đó, hết {expires}.",
        "A new violation on {new} within the running limitation restarts it: it now runs out on {expires}.",
    ),
    "discipline.limitation.no_exclusion_rule": (
        "Quy định không tính một số khoảng thời gian vào thời hiệu chỉ có từ {since}; không áp dụng.",
        "The rule excluding periods from the limitation applies only from {since}; not applied.",
    ),
    "discipline.limitation.not_counted": (
        "Không tính {days} ngày ({reason}) vào thời hiệu: thời hiệu hết {expires}.",
        "{days:plural:one=# day;other=# days} ({reason}) not counted: the limitation now runs out "
        "on {expires}.",
    ),
    "discipline.limitation.verdict": (
        "{event} {day}; thời hiệu hết {expires}: còn xử lý kỷ luật được: {disciplinable}.",
        "{event} on {day}; the limitation runs out on {expires}: may still be disciplined: {disciplinable}.",
    ),
    "discipline.authority.verdict": (
        "{body}, hình thức {form}: {role}.",
        "{body}, {form}: {role}.",
    ),
    "discipline.authority.same_level": (
        "{subject} là cấp ủy viên cùng cấp: ủy ban kiểm tra chỉ đề nghị.",
        "{subject} is a same-level committee member: the inspection commission may only propose.",
    ),
    "discipline.authority.lower_committee_only": (
        "Đảng ủy cơ sở chỉ cách chức cấp ủy viên cấp dưới; {subject} không phải: chỉ đề nghị.",
        "A grassroots committee removes only lower-level committee members; {subject} is not one: it proposes.",
    ),
    "discipline.authority.expulsion_condition": (
        "Đảng ủy cơ sở khai trừ {subject} chỉ khi được ủy quyền kết nạp (được ủy quyền: {authorised}) "
        "và đảng viên không là cấp ủy viên cùng cấp, không do cấp trên quản lý.",
        "A grassroots committee expels {subject} only if authorised to admit (authorised: {authorised}) "
        "and the member is neither a same-level committee member nor higher-managed.",
    ),
    "discipline.authority.full_committee": (
        "Cách chức, khai trừ cấp ủy viên cùng cấp ({subject}) thuộc cấp ủy, không thuộc ban thường vụ.",
        "Removing or expelling a same-level committee member ({subject}) is for the full committee, "
        "not the standing committee.",
    ),
    "discipline.vote.eligible": (
        "{body}: {eligible} người có quyền biểu quyết; {cast} phiếu.",
        "{body}: {eligible:plural:one=# eligible voter;other=# eligible voters}; "
        "{cast:plural:one=# vote;other=# votes} cast.",
    ),
    "discipline.vote.form": (
        "{form}: {votes} phiếu, cộng dồn {running}; cần {needed}: {reached}.",
        "{form}: {votes:plural:one=# vote;other=# votes}, cumulated {running}; {needed} needed: {reached}.",
    ),
    "discipline.vote.outcome": (
        "Kết quả: {form}; {body} {role}.",
        "Outcome: {form}; the {body} {role}.",
    ),
    "discipline.vote.none": (
        "Không hình thức nào đủ số phiếu kể cả khi cộng dồn: không kỷ luật (cách hiểu suy luận, văn bản không nói rõ).",
        "No form reached its threshold even cumulated: no discipline (an inferred reading; the texts are silent).",
    ),
    "discipline.freeze": (
        "{day}: đang xem xét kỷ luật từ {opened}; hạn chế điều động, bổ nhiệm, khen thưởng: {frozen}.",
        "On {day}: discipline under consideration since {opened}; transfers, appointments and awards frozen: {frozen}.",
    ),
    "discipline.freeze.no_rule": (
        "Quy định hạn chế trong thời gian xem xét kỷ luật chỉ có từ {since}.",
        "The freeze while discipline is considered applies only from {since}.",
    ),
    "discipline.lapse.annulled": (
        "Quyết định kỷ luật đã bị xóa bỏ khi giải quyết khiếu nại.",
        "The decision was annulled on appeal.",
    ),
    "discipline.lapse.changed": (
        "Khiếu nại làm thay đổi hình thức thành {form}: thời gian đã chấp hành được tính, 12 tháng tính từ {start}.",
        "The appeal changed the form to {form}: time served counts, the 12 months run from {start}.",
    ),
    "discipline.lapse.upheld": (
        "Khiếu nại giữ nguyên hình thức: 12 tháng tính từ ngày công bố quyết định giải quyết khiếu nại, {start}.",
        "The appeal upheld the form: the 12 months run from the appeal decision's announcement, {start}.",
    ),
    "discipline.lapse.never": (
        "Hình thức {form} không tự chấm dứt hiệu lực.",
        "{form} does not lapse.",
    ),
    "discipline.lapse.new_violation": (
        "Có vi phạm mới {day}: quyết định không tự chấm dứt hiệu lực (điểm chưa rõ của quy định).",
        "A new violation on {day}: the decision does not lapse on its own (an unclear point of the rule).",
    ),
    "discipline.report.disciplined": (
        "Năm {year}, đến {as_of}: thi hành kỷ luật {n} trường hợp ({detail}); mỗi quyết định được đối chiếu "
        "với kết quả biểu quyết và thẩm quyền.",
        "In {year}, by {as_of}: {n:plural:one=# decision;other=# decisions} in effect ({detail}); each "
        "checked against its vote and the body's authority.",
    ),
    "discipline.report.suspended": (
        "Năm {year}, đến {as_of}: đình chỉ {n} trường hợp, {mandatory} thuộc trường hợp bắt buộc đình chỉ.",
        "In {year}, by {as_of}: {n:plural:one=# suspension;other=# suspensions}, {mandatory} of them "
        "mandatory.",
    ),
    "discipline.forms.common": (
        "{n} vi phạm được xem xét cùng lúc: quyết định chung một hình thức nặng nhất, {form}.",
        "{n:plural:one=# violation;other=# violations} considered together: one common form, the "
        "heaviest, {form}.",
    ),
    "discipline.forms.probationary": (
        "Đảng viên dự bị bị kỷ luật vẫn được xét công nhận chính thức khi hết dự bị; không còn đủ tư cách thì {outcome}.",
        "A disciplined probationary member is still reviewed at the end of probation; one no longer fit is dealt with by {outcome}.",
    ),
    "discipline.limitation.review": (
        "Cấp trên chuẩn y hoặc thay đổi hình thức {day}: thời hiệu có tính lại không? {recomputed}.",
        "A superior upheld or changed the form on {day}: is the limitation recomputed? {recomputed}.",
    ),
}

TERMS: dict[str, tuple[str, str]] = {
    "khien_trach": ("khiển trách", "reprimand"),
    "canh_cao": ("cảnh cáo", "warning"),
    "cach_chuc": ("cách chức", "removal from post"),
    "khai_tru": ("khai trừ", "expulsion"),
    "giai_tan": ("giải tán", "dissolution"),
    "xoa_ten": ("xóa tên", "striking off"),
    "xin_ra": ("cho ra khỏi Đảng", "leaving the Party at one's request"),
    "thoi_giu_chuc": ("cho thôi giữ chức", "resignation from the post"),
    "to_chuc": ("tổ chức đảng", "party organisation"),
    "dang_vien_chinh_thuc": ("đảng viên chính thức", "official member"),
    "dang_vien_du_bi": ("đảng viên dự bị", "probationary member"),
    "chinh_tri_noi_bo": ("bảo vệ chính trị nội bộ", "internal political protection"),
    "quoc_phong_an_ninh_doi_ngoai": (
        "quốc phòng, an ninh, đối ngoại xâm hại lợi ích quốc gia",
        "defence, security or foreign affairs harming national interests",
    ),
    "van_bang_khong_hop_phap": (
        "sử dụng văn bằng, chứng chỉ, chứng nhận không hợp pháp",
        "use of unlawful diplomas or certificates",
    ),
    "inspection_decision": (
        "quyết định kiểm tra, xem xét kỷ luật",
        "the decision to inspect or consider discipline",
    ),
    "conclusion": (
        "kết luận vi phạm đến mức phải xử lý kỷ luật",
        "the conclusion that the violation warrants discipline",
    ),
    "violation_end": (
        "thời điểm vi phạm (vi phạm kéo dài: khi chấm dứt)",
        "the violation (a continuing one: its end)",
    ),
    "violation_end_or_discovery": (
        "thời điểm vi phạm chấm dứt, không xác định được thì khi phát hiện",
        "the end of the violation, or its discovery when the end is unknown",
    ),
    "thai_san_con_nho": (
        "mang thai, nghỉ thai sản, nuôi con dưới 12 tháng",
        "pregnancy, maternity leave or a child under 12 months",
    ),
    "benh_nang": ("bệnh nặng đang điều trị nội trú", "serious illness in in-patient treatment"),
    "mat_tich": ("bị tuyên bố mất tích", "declared missing"),
    "to_tung_hinh_su": (
        "thời gian điều tra, truy tố, xét xử",
        "criminal investigation, prosecution and trial",
    ),
    "chi_bo_role": ("chi bộ", "cell"),
    "chi_uy_role": ("chi ủy", "cell committee"),
    "dang_uy_bo_phan": ("đảng ủy bộ phận", "partial committee"),
    "ban_thuong_vu_co_so": (
        "ban thường vụ đảng ủy cơ sở",
        "standing committee of a grassroots committee",
    ),
    "ubkt_co_so": ("ủy ban kiểm tra đảng ủy cơ sở", "grassroots inspection commission"),
    "dang_uy_co_so": ("đảng ủy cơ sở", "grassroots committee"),
    "cap_uy_cap_tren": (
        "cấp ủy cấp trên trực tiếp của tổ chức cơ sở trở lên",
        "committee at superior-of-grassroots level or above",
    ),
    "ban_thuong_vu_cap_tren": (
        "ban thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở trở lên",
        "standing committee at superior-of-grassroots level or above",
    ),
    "ubkt_cap_tren": (
        "ủy ban kiểm tra cấp trên trực tiếp của tổ chức cơ sở trở lên",
        "inspection commission at superior-of-grassroots level or above",
    ),
    "bch_tw": ("Ban Chấp hành Trung ương", "Central Committee"),
    "ubkt_tw": ("Ủy ban Kiểm tra Trung ương", "Central Inspection Commission"),
    "ban_bi_thu": ("Ban Bí thư", "Secretariat"),
    "decides": ("quyết định", "decides"),
    "proposes": ("chỉ đề nghị cấp có thẩm quyền", "may only propose to the competent body"),
    "forwards": ("xem xét và chuyển đề nghị lên cấp trên", "examines and forwards the proposal"),
    "no_power": ("không có thẩm quyền kỷ luật", "has no disciplinary power"),
}

#: English plurals of the terms that are counted ("2 warnings and 3 reprimands").
PLURALS: dict[str, str] = {
    "khien_trach": "reprimands",
    "canh_cao": "warnings",
    "cach_chuc": "removals from post",
    "khai_tru": "expulsions",
    "giai_tan": "dissolutions",
    "xoa_ten": "strikings off the membership roll",
    "xin_ra": "departures from the Party at the member's request",
    "thoi_giu_chuc": "resignations from the post",
}
