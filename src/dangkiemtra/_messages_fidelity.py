"""Messages, flags and terms added for legal fidelity (issue 12), merged into ``_messages``.

Kept apart while ``_messages`` is being split into a package; the keys follow the same
conventions: stable codes, ``(vi, en)`` templates over non-personal facts.
"""

from __future__ import annotations

__all__ = ["FLAGS", "MESSAGES", "TERMS"]

MESSAGES: dict[str, tuple[str, str]] = {
    "period.roll_by_analogy": (
        "Ngày cuối {end} là ngày nghỉ; văn bản của Đảng không quy định, nên dời sang {due} theo Bộ luật Dân sự "
        "(áp dụng tương tự).",
        "The last day {end} is a day off; no party text says what then, so it moves to {due} by analogy with the "
        "Civil Code.",
    ),
    # periods
    "period.regime_crossing": (
        "Thời hạn bắt đầu khi văn bản này còn hiệu lực (đến ngày {until}) nhưng kết thúc ngày {due}, sau khi "
        "văn bản kế tiếp có hiệu lực (từ ngày {successor_from}, giá trị {successor_value}); vẫn tính theo văn "
        "bản áp dụng khi bắt đầu.",
        "The period starts under this text (in force to {until}) but ends on {due}, after its successor took "
        "effect (from {successor_from}, value {successor_value}); it is still counted under the text in force "
        "when it started.",
    ),
    # state denunciations
    "petition.denunciation.complexity": (
        "Đáp ứng {met} tiêu chí phức tạp (đặc biệt phức tạp từ {threshold} tiêu chí): vụ việc {tier}.",
        "{met} complexity criteria met (especially complex from {threshold}): the case is {tier}.",
    ),
    "petition.denunciation.extensions": (
        "Vụ việc {tier}: được gia hạn tối đa {allowed} lần; đề nghị {asked} lần, tính {counted} lần.",
        "A case that is {tier} may be extended at most {allowed} times; {asked} asked, {counted} counted.",
    ),
    "petition.state.acceptance": (
        "Thụ lý: {accepted} ({n} trường hợp không thụ lý được nêu).",
        "Accepted: {accepted} ({n} listed case(s) that bar it).",
    ),
    # who decides
    "discipline.who.not_checked": (
        "Chưa kiểm tra '{rule}': quy định chỉ áp dụng từ {since}.",
        "Not checked '{rule}': the rule applies only from {since}.",
    ),
    "discipline.who.verdict": (
        "Hình thức {form}: cấp quyết định là {decider}; {proposers} cấp chỉ được đề nghị; "
        "{not_checked} cấp chưa kiểm tra được.",
        "Form {form}: decided by {decider}; {proposers} bodies may only propose; "
        "{not_checked} bodies not checked.",
    ),
    "discipline.appeal.path": (
        "Khiếu nại lần đầu gửi {first}; {levels} cấp, cấp giải quyết cuối cùng là {final}.",
        "The first appeal goes to {first}; {levels} levels, the final level being {final}.",
    ),
    # limitation
    "discipline.limitation.event_bound": (
        "Chưa có ngày {event}; kết quả như nhau với mọi ngày có thể (không muộn/sớm hơn {bound}), nên không cần ngày đó.",
        "The date of the {event} is not given; every possible date (bounded by {bound}) gives the same answer, "
        "so it is not needed.",
    ),
    # suspension and criminal proceedings
    "discipline.suspension.proceedings": (
        "Đình chỉ vì bị khởi tố, truy tố, tạm giam: thời hạn theo thời hạn tố tụng (đã biết: {known}), "
        "đến ngày {end}.",
        "Suspended because indicted, prosecuted or detained: it lasts as the proceedings do (known: {known}), "
        "to {end}.",
    ),
    "discipline.suspension.successor_limits": (
        "Gia hạn quyết định ngày {decided}, khi văn bản kế tiếp đã có hiệu lực: áp dụng giới hạn gia hạn của "
        "văn bản kế tiếp.",
        "The extension was decided on {decided}, after the successor took effect: the successor's limits on "
        "extensions apply.",
    ),
    "discipline.criminal_sentence": (
        "Đảng viên bị tòa án kết án ngày {sentenced}: phải khai trừ: {required}.",
        "Member sentenced by a court on {sentenced}: must be expelled: {required}.",
    ),
    # citizen reception
    "reception.ad_hoc": (
        "Phải tiếp công dân đột xuất: {required} ({n} tình huống luật nêu).",
        "Ad-hoc reception required: {required} ({n} listed situation(s)).",
    ),
    "reception.representatives": (
        "{people} người cùng một nội dung: cử từ {low} đến {high} người đại diện (0: không bắt buộc).",
        "{people} people on one matter: {low} to {high} representatives (0: none required).",
    ),
    # elections
    "org.elect.no_size": (
        "Quy mô ủy ban kiểm tra của {organization} (cấp trên cơ sở) không có trong bộ quy tắc: chưa kiểm tra.",
        "The inspection commission size of {organization} (above the grassroots) is not in the rulebook: "
        "not checked.",
    ),
    "org.elect.verdict": (
        "{organization} ({official} đảng viên chính thức) bầu bí thư; phó bí thư: {deputy}; chi ủy tối đa "
        "{chi_uy_high} người (0: không bầu); ban thường vụ: {standing}; ủy ban kiểm tra từ "
        "{inspection_low} đến {inspection_high} người (0: không).",
        "{organization} ({official} official members) elects a secretary; deputy: {deputy}; cell committee "
        "of at most {chi_uy_high} (0: none); standing committee: {standing}; inspection commission "
        "of {inspection_low} to {inspection_high} (0: none).",
    ),
    # membership lifecycle
    "membership.vote": (
        "{in_favour}/{eligible} tán thành; cần ít nhất {needed} ({fraction}): {passed}.",
        "{in_favour} of {eligible} in favour; at least {needed} needed ({fraction}): {passed}.",
    ),
    "membership.age": (
        "Tuổi đời {months} tháng; từ {low} đến {high} tháng: {within}.",
        "Age {months} months; from {low} to {high} months: {within}.",
    ),
    "membership.transfer_kind": (
        "Vắng {months} tháng (khoảng {low}–{high} tháng): {kind}.",
        "Away {months} months (span {low}–{high} months): {kind}.",
    ),
    "membership.dues": (
        "Không đóng đảng phí {months} tháng trong năm (ngưỡng {threshold}); lý do chính đáng: {good_reason}; "
        "căn cứ xóa tên: {ground}.",
        "Dues unpaid for {months} months in the year (threshold {threshold}); good reason: {good_reason}; "
        "ground to strike off: {ground}.",
    ),
    "membership.readmission": (
        "{months} tháng kể từ ngày {event}: sớm nhất ngày {first}.",
        "{months} months from {event}: at the earliest on {first}.",
    ),
}

FLAGS: dict[str, tuple[str, str]] = {
    "roll_by_analogy": (
        "Thời hạn '{subject}' ({detail}) được dời qua ngày nghỉ theo Bộ luật Dân sự, áp dụng tương tự: văn bản của "
        "Đảng không quy định.",
        "The period '{subject}' ({detail}) was moved past a day off by analogy with the Civil Code: no party text "
        "says so.",
    ),
    "month_end": (
        "Thời hạn '{subject}' theo tháng/năm kết thúc vào ngày mà tháng cuối không có; lấy ngày cuối tháng ({detail}).",
        "The month or year period '{subject}' ends on a day its last month lacks; the month's last day ({detail}) "
        "is used.",
    ),
    "excluded_periods": (
        "Thời gian không tính vào thời hiệu được cộng vào ngày hết hạn theo ngày lịch, phần chồng lấn tính một lần "
        "('{subject}').",
        "Periods not counted are added to the end in calendar days, overlaps counted once ('{subject}').",
    ),
    "regime_crossing": (
        "Thời hạn '{subject}' kéo dài qua ngày văn bản kế tiếp ({detail}) có hiệu lực.",
        "The period '{subject}' runs past the day its successor ({detail}) took effect.",
    ),
}

TERMS: dict[str, tuple[str, str]] = {
    "deputy_yes": ("có", "yes"),
    "deputy_if_needed": ("nếu cần", "if needed"),
    "deputy_no": ("không", "no"),
    "standing_open": (
        "tùy số cấp ủy viên được bầu (từ 9 người)",
        "depends on the committee size (from 9)",
    ),
    "public_unit_head": (
        "Người đứng đầu đơn vị sự nghiệp công lập",
        "The head of a public service unit",
    ),
    "public_unit": ("đơn vị sự nghiệp công lập", "public service unit"),
    "transfer_none": ("không phải chuyển sinh hoạt", "no transfer needed"),
    "transfer_temporary": ("chuyển sinh hoạt đảng tạm thời", "temporary transfer"),
    "transfer_official": ("chuyển sinh hoạt đảng chính thức", "official transfer"),
    "thong_thuong": ("thông thường", "ordinary"),
    "phuc_tap": ("phức tạp", "complex"),
    "dac_biet_phuc_tap": ("đặc biệt phức tạp", "especially complex"),
}
