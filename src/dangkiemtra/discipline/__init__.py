"""Party discipline (kỷ luật đảng), as of any date from 2016 to today.

One module per topic of the rules (the Party Charter, QĐ 22-QĐ/TW of 2021, QĐ 69-QĐ/TW of 2022
and their 2026 successors QĐ 21-QĐ/TW and QĐ 212-QĐ/TW), each reading every number, list and
threshold through the rulebook:

* :mod:`~dangkiemtra.discipline.forms` — forms open to a subject, severity, substitutes (DF);
* :mod:`~dangkiemtra.discipline.limitation` — still disciplinable, and until when (TH);
* :mod:`~dangkiemtra.discipline.authority` — who decides, who only proposes (AU);
* :mod:`~dangkiemtra.discipline.votes` — thresholds and cumulation (VO);
* :mod:`~dangkiemtra.discipline.procedure` — effect, hand-over, announcement, freeze (PR);
* :mod:`~dangkiemtra.discipline.appeals` — window, admissibility, final level, deadlines (AP);
* :mod:`~dangkiemtra.discipline.suspension` — mandatory cases, authority, term (SU);
* :mod:`~dangkiemtra.discipline.circumstances` — postponement, exemption, recorded circumstances (MC);
* :mod:`~dangkiemtra.discipline.consequences` — lapse, bars, state ↔ party duties (CQ, ST);
* :mod:`~dangkiemtra.discipline.cases` — the values a caller records.
"""

from dangkiemtra.discipline.appeals import (
    AppealCheck,
    FinalLevel,
    admissibility,
    appeal_window,
    final_level,
    resolution_deadline,
)
from dangkiemtra.discipline.authority import AuthorityAnswer, authority, decidable_forms
from dangkiemtra.discipline.cases import (
    Appeal,
    AppealOutcome,
    Ballot,
    BodyRole,
    Circumstance,
    CommitteeRelation,
    Decision,
    DisciplineBook,
    DisciplineCase,
    Form,
    Subject,
    SubjectKind,
    Suspension,
    SuspensionKind,
    Violation,
)
from dangkiemtra.discipline.circumstances import (
    ConsiderationStatus,
    consideration_status,
    recognised_circumstances,
)
from dangkiemtra.discipline.consequences import (
    LapseAnswer,
    cach_chuc_bar,
    lapse,
    state_bar,
    state_duties,
    state_notice_deadline,
)
from dangkiemtra.discipline.forms import (
    FormsAnswer,
    SubstitutionCheck,
    check_substitution,
    common_form,
    forms_open_to,
    heaviest,
    probationary_unfit,
    severity,
)
from dangkiemtra.discipline.limitation import (
    LimitationCheck,
    check_limitation,
    limitation_after_review,
)
from dangkiemtra.discipline.procedure import (
    EffectAnswer,
    FreezeAnswer,
    announcement_deadline,
    effective_date,
    freeze,
    handover_deadline,
    hearing_required,
)
from dangkiemtra.discipline.report import DisciplineReport, discipline_report
from dangkiemtra.discipline.suspension import (
    SuspensionTerm,
    legal_notice_deadline,
    may_suspend,
    suspension_required,
    suspension_term,
)
from dangkiemtra.discipline.votes import VoteResult, passes, tally

__all__ = [
    "Appeal",
    "AppealCheck",
    "AppealOutcome",
    "AuthorityAnswer",
    "Ballot",
    "BodyRole",
    "Circumstance",
    "CommitteeRelation",
    "ConsiderationStatus",
    "Decision",
    "DisciplineBook",
    "DisciplineCase",
    "DisciplineReport",
    "EffectAnswer",
    "FinalLevel",
    "Form",
    "FormsAnswer",
    "FreezeAnswer",
    "LapseAnswer",
    "LimitationCheck",
    "Subject",
    "SubjectKind",
    "SubstitutionCheck",
    "Suspension",
    "SuspensionKind",
    "SuspensionTerm",
    "Violation",
    "VoteResult",
    "admissibility",
    "announcement_deadline",
    "appeal_window",
    "authority",
    "cach_chuc_bar",
    "check_limitation",
    "check_substitution",
    "common_form",
    "consideration_status",
    "decidable_forms",
    "discipline_report",
    "effective_date",
    "final_level",
    "forms_open_to",
    "freeze",
    "handover_deadline",
    "hearing_required",
    "heaviest",
    "lapse",
    "legal_notice_deadline",
    "limitation_after_review",
    "may_suspend",
    "passes",
    "probationary_unfit",
    "recognised_circumstances",
    "resolution_deadline",
    "severity",
    "state_bar",
    "state_duties",
    "state_notice_deadline",
    "suspension_required",
    "suspension_term",
    "tally",
]

# issue 12: answers shaped like the questions
from dangkiemtra.discipline.appeals import AppealLevel, AppealPath, appeal_path
from dangkiemtra.discipline.authority import VoteNeeded, WhoDecides, who_decides
from dangkiemtra.discipline.consequences import CriminalSentenceAnswer, criminal_sentence

__all__ += [
    "AppealLevel",
    "AppealPath",
    "CriminalSentenceAnswer",
    "VoteNeeded",
    "WhoDecides",
    "appeal_path",
    "criminal_sentence",
    "who_decides",
]
