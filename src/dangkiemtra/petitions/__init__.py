"""Petitions (đơn, thư): party and state denunciations and complaints, information reports, the register.

One module per topic, each reading every time limit through the rulebook:

* :mod:`~dangkiemtra.petitions.cases` — the petition, its kind, system, channel and sender;
* :mod:`~dangkiemtra.petitions.party` — party denunciations: screening, deadlines, resolver (TCP);
* :mod:`~dangkiemtra.petitions.state` — state denunciations, complaints, information reports (TCS, KN, LOC);
* :mod:`~dangkiemtra.petitions.registry` — the register as of a date.

Every time limit is read from the rulebook as of the petition's own date: party denunciations
(TCP, QĐ 30/22/296/21 and QĐ 164), state denunciations (TCS, Luật Tố cáo 2011/2018) and
complaints (KN, Luật Khiếu nại), Ho Chi Minh City's information reports (LOC, QĐ 1374). Where a
statute says plain "ngày" beside articles that say "ngày làm việc", the unit is an option whose
default (calendar days) is flagged (§H of the catalogue).

The sender's identity is protected (Chỉ thị 27-CT/TW): name, address and ID number are hidden
from ``repr``, never enter an explanation, and are left out of JSON dumps unless the caller asks.

>>> from datetime import date
>>> p = Petition("d1", PetitionKind.TO_CAO, System.STATE, received_on=date(2023, 8, 25),
...              accepted_on=date(2023, 8, 28), sender=Sender(full_name="Người Gửi", named=True))
>>> p.sender
Sender(named=True, signers=1, signed_personally=True, capable=True)
>>> state_deadlines(p)["resolution"].due     # 30 days to 27 September 2023
datetime.date(2023, 9, 27)
"""

from dangkiemtra.petitions.cases import Channel, Petition, PetitionKind, Sender, System
from dangkiemtra.petitions.party import (
    Screening,
    central_cadre_deadline,
    conclusion_categories,
    congress_window,
    party_deadline,
    screen_party,
    who_resolves,
)
from dangkiemtra.petitions.registry import RegisterReport, RegisterRow, register
from dangkiemtra.petitions.registry import due_date as due_date
from dangkiemtra.petitions.state import (
    Acceptance,
    Complexity,
    complaint_deadlines,
    denunciation_complexity,
    information_report_chain,
    state_acceptance,
    state_deadlines,
)

__all__ = [
    "Acceptance",
    "Channel",
    "Complexity",
    "Petition",
    "PetitionKind",
    "RegisterReport",
    "RegisterRow",
    "Screening",
    "Sender",
    "System",
    "central_cadre_deadline",
    "complaint_deadlines",
    "conclusion_categories",
    "congress_window",
    "denunciation_complexity",
    "information_report_chain",
    "party_deadline",
    "register",
    "screen_party",
    "state_acceptance",
    "state_deadlines",
    "who_resolves",
]
