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
    # discipline: forms
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
    # discipline: limitation
    "discipline.limitation.none_yet": (
        "Ngày {day}: chưa có quy định về thời hiệu xử lý kỷ luật {kind} (có từ {since}); "
        "vi phạm xử lý được không phụ thuộc thời hiệu.",
        "On {day} no limitation applied to a {kind} (it applies from {since}); the violation may be "
        "disciplined whatever its age.",
    ),
    "discipline.limitation.event": (
        "Thời hiệu chưa hết vào thời điểm {event}, ngày {day}, thì còn xử lý kỷ luật.",
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
        "Có vi phạm mới ngày {new} khi thời hiệu còn: thời hiệu tính lại từ ngày đó, hết ngày {expires}.",
        "A new violation on {new} within the running limitation restarts it: it now runs out on {expires}.",
    ),
    "discipline.limitation.no_exclusion_rule": (
        "Quy định không tính một số khoảng thời gian vào thời hiệu chỉ có từ {since}; không áp dụng.",
        "The rule excluding periods from the limitation applies only from {since}; not applied.",
    ),
    "discipline.limitation.not_counted": (
        "Không tính {days} ngày ({reason}) vào thời hiệu: thời hiệu hết ngày {expires}.",
        "{days} days ({reason}) are not counted: the limitation now runs out on {expires}.",
    ),
    "discipline.limitation.verdict": (
        "{event} ngày {day}; thời hiệu hết ngày {expires}: còn xử lý kỷ luật được: {disciplinable}.",
        "{event} on {day}; the limitation runs out on {expires}: may still be disciplined: {disciplinable}.",
    ),
    # discipline: authority
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
    # discipline: votes
    "discipline.vote.eligible": (
        "{body}: {eligible} người có quyền biểu quyết; {cast} phiếu.",
        "{body}: {eligible} eligible voters; {cast} votes cast.",
    ),
    "discipline.vote.form": (
        "{form}: {votes} phiếu, cộng dồn {running}; cần {needed}: {reached}.",
        "{form}: {votes} votes, cumulated {running}; {needed} needed: {reached}.",
    ),
    "discipline.vote.outcome": (
        "Kết quả: {form}; {body} {role}.",
        "Outcome: {form}; the {body} {role}.",
    ),
    "discipline.vote.none": (
        "Không hình thức nào đủ số phiếu kể cả khi cộng dồn: không kỷ luật (cách hiểu suy luận, văn bản không nói rõ).",
        "No form reached its threshold even cumulated: no discipline (an inferred reading; the texts are silent).",
    ),
    # discipline: procedure
    "discipline.effect": (
        "Quyết định có hiệu lực từ {event}: {day}.",
        "The decision takes effect from {event}: {day}.",
    ),
    "discipline.effect.pending": (
        "Quyết định có hiệu lực từ {event}, việc này chưa diễn ra.",
        "The decision takes effect from {event}, which has not happened yet.",
    ),
    "discipline.freeze": (
        "Ngày {day}: đang xem xét kỷ luật từ {opened}; hạn chế điều động, bổ nhiệm, khen thưởng: {frozen}.",
        "On {day}: discipline under consideration since {opened}; transfers, appointments and awards frozen: {frozen}.",
    ),
    "discipline.freeze.no_rule": (
        "Quy định hạn chế trong thời gian xem xét kỷ luật chỉ có từ {since}.",
        "The freeze while discipline is considered applies only from {since}.",
    ),
    # discipline: appeals
    "discipline.appeal.window": (
        "Đơn khiếu nại gửi ngày {filed}; hạn khiếu nại đến hết {due}.",
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
    # discipline: suspension
    "discipline.suspension.extended": (
        "Gia hạn {n} lần, tổng cộng {days} {unit}: đình chỉ đến hết {end}.",
        "Extended {n} time(s), {days} {unit} in all: suspended until the end of {end}.",
    ),
    "discipline.suspension.lifted": (
        "Đình chỉ được chấm dứt ngày {day}.",
        "The suspension was lifted on {day}.",
    ),
    "discipline.suspension.verdict": (
        "Đình chỉ đến hết {end}; thời hạn tối đa đến hết {latest}; đúng quy định: {lawful}.",
        "Suspended until the end of {end}; the longest lawful term ends on {latest}; within the rules: {lawful}.",
    ),
    "discipline.suspension.required": (
        "Phải {kind}: {required}.",
        "{kind} mandatory: {required}.",
    ),
    # discipline: circumstances
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
        "Ngày {day}: không có trường hợp chưa xem xét, miễn kỷ luật được ghi nhận.",
        "On {day}: no recorded postponement or exemption applies.",
    ),
    # discipline: consequences
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
        "Có vi phạm mới ngày {day}: quyết định không tự chấm dứt hiệu lực (điểm chưa rõ của quy định).",
        "A new violation on {day}: the decision does not lapse on its own (an unclear point of the rule).",
    ),
    "discipline.report.disciplined": (
        "Năm {year}, đến {as_of}: thi hành kỷ luật {n} trường hợp ({detail}); mỗi quyết định được đối chiếu "
        "với kết quả biểu quyết và thẩm quyền.",
        "In {year}, by {as_of}: {n} decisions in effect ({detail}); each checked against its vote and the "
        "body's authority.",
    ),
    "discipline.report.suspended": (
        "Năm {year}, đến {as_of}: đình chỉ {n} trường hợp, {mandatory} thuộc trường hợp bắt buộc đình chỉ.",
        "In {year}, by {as_of}: {n} suspensions, {mandatory} of them mandatory.",
    ),
    "ktgs.activity_totals": (
        "{kind} đến {as_of}: {activities} cuộc, {organizations} tổ chức, {members} đảng viên.",
        "{kind} by {as_of}: {activities} activities, {organizations} organisations, {members} members.",
    ),
    "discipline.forms.common": (
        "{n} vi phạm được xem xét cùng lúc: quyết định chung một hình thức nặng nhất, {form}.",
        "{n} violations considered together: one common form, the heaviest, {form}.",
    ),
    "discipline.forms.probationary": (
        "Đảng viên dự bị bị kỷ luật vẫn được xét công nhận chính thức khi hết dự bị; không còn đủ tư cách thì {outcome}.",
        "A disciplined probationary member is still reviewed at the end of probation; one no longer fit is dealt with by {outcome}.",
    ),
    "discipline.limitation.review": (
        "Cấp trên chuẩn y hoặc thay đổi hình thức ngày {day}: thời hiệu có tính lại không? {recomputed}.",
        "A superior upheld or changed the form on {day}: is the limitation recomputed? {recomputed}.",
    ),
    # petitions
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
        "Nhận đơn ngày {received}, đại hội khai mạc ngày {opens}: cách {gap} ngày làm việc (ngưỡng {window}); "
        "chưa giải quyết, chuyển cấp ủy khóa mới: {inside}.",
        "Received on {received}, the congress opens on {opens}: {gap} working days apart (window {window}); "
        "not resolved now, handed to the new committee: {inside}.",
    ),
    "petition.complaint.table": (
        "Khiếu nại lần {instance}; phức tạp: {complex}; vùng sâu, vùng xa: {remote}: {n} ngày.",
        "Complaint, instance {instance}; complex: {complex}; remote area: {remote}: {n} days.",
    ),
    "petition.register.row": (
        "Đơn {id}: {status}; hạn {due}; quá hạn {late} ngày làm việc.",
        "Petition {id}: {status}; due {due}; {late} working days overdue.",
    ),
    "petition.register.total": (
        "Đến {as_of}: tiếp nhận {received} đơn, đã xử lý {processed} ({rate}); quá hạn {overdue}.",
        "By {as_of}: {received} petitions received, {processed} processed ({rate}); {overdue} overdue.",
    ),
    # reception
    "reception.duty": (
        "{holder} cấp {level}: tiếp dân định kỳ ít nhất {n} ngày mỗi {per}.",
        "{holder}, {level} level: periodic reception at least {n} day(s) a {per}.",
    ),
    "reception.no_duty": (
        "{holder} cấp {level}: không có nghĩa vụ tiếp dân định kỳ vào ngày này (cấp không còn hoặc không áp dụng).",
        "{holder}, {level} level: no periodic reception duty on this date (the level is gone or not covered).",
    ),
    "reception.schedule.day": (
        "{day}: là ngày làm việc.",
        "{day}: a working day.",
    ),
    "reception.schedule.warning": (
        "{day} không phải ngày làm việc ({reason}); đề nghị tiếp dân vào {suggested}.",
        "{day} is not a working day ({reason}); suggested instead: {suggested}.",
    ),
    "reception.check.month": (
        "Tháng {month}: {held} ngày tiếp dân, cần ít nhất {needed}: {ok}.",
        "Month {month}: {held} reception days, at least {needed} needed: {ok}.",
    ),
    # supervision
    "supervision.assign": (
        "Năm {year}: cán bộ {cadre} do {unit} giám sát (năm trước: {previous}).",
        "{year}: cadre {cadre} is supervised by {unit} (previous year: {previous}).",
    ),
    "supervision.counts": (
        "{unit}: {cadres} cán bộ, {visits} lượt giám sát.",
        "{unit}: {cadres} cadres, {visits} supervisions.",
    ),
    "petition.party.resolver": (
        "Đối tượng do cấp ủy cùng cấp quản lý: {managed}; chủ thể giải quyết tố cáo: {body}.",
        "The subject is managed by the same-level committee: {managed}; the denunciation is resolved by the {body}.",
    ),
    "reception.online_notice": (
        "Buổi tiếp công dân trực tuyến ngày {session} phải được thông báo trước ít nhất {n} ngày làm việc: chậm nhất {due}.",
        "An online session on {session} must be announced at least {n} working days ahead: by {due}.",
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
    # discipline: forms and alternatives
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
    # limitation
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
    # bodies
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
    # procedure
    "announcement": ("công bố quyết định", "the announcement of the decision"),
    "signing": ("ký quyết định", "the signing of the decision"),
    "dieu_dong": ("điều động", "transfer"),
    "luan_chuyen": ("luân chuyển", "rotation"),
    "bo_nhiem": ("bổ nhiệm", "appointment"),
    "thang_quan_ham": ("thăng quân hàm", "promotion in military rank"),
    "khen_thuong": ("khen thưởng", "award"),
    # appeals
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
        "transferred membership outside the directly superior đảng bộ before appealing",
    ),
    "upheld": ("giữ nguyên hình thức kỷ luật", "the form is upheld"),
    "changed": ("thay đổi hình thức kỷ luật", "the form is changed"),
    "annulled": ("xóa bỏ quyết định kỷ luật", "the decision is annulled"),
    # suspension
    "can_tro": (
        "có dấu hiệu vi phạm nghiêm trọng và cố ý cản trở",
        "serious signs of violation and deliberate obstruction",
    ),
    "truy_to": ("bị truy tố", "prosecuted"),
    "tam_giam": ("bị tạm giam", "detained"),
    "khoi_to": ("bị khởi tố", "indicted"),
    "working_days_term": ("ngày làm việc", "working days"),
    "days_term": ("ngày", "days"),
    "sinh_hoat_dang": ("đình chỉ sinh hoạt đảng", "suspension of party activity"),
    "sinh_hoat_cap_uy": ("đình chỉ sinh hoạt cấp ủy", "suspension of committee activity"),
    "hoat_dong_to_chuc": (
        "đình chỉ hoạt động của tổ chức đảng",
        "suspension of an organisation's activity",
    ),
    # circumstances
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
    # petitions: kinds, reasons, statuses
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
    # reception
    "party_head": ("Người đứng đầu cấp ủy", "The party committee head"),
    "state_head": ("Người đứng đầu cơ quan hành chính", "The head of the administrative body"),
    "commune": ("xã", "commune"),
    "agency": ("cơ quan", "agency"),
    "per_month": ("tháng", "month"),
    "per_week": ("tuần", "week"),
}

from dangkiemtra import _messages_fidelity as _fidelity  # noqa: E402  (issue 12; folded in at merge)

MESSAGES.update(_fidelity.MESSAGES)
FLAGS.update(_fidelity.FLAGS)
TERMS.update(_fidelity.TERMS)
