"""The views of the answer types: what each shows first, its key facts and its tables.

One function per answer class, called by the class's one-line ``_view_`` hook (see
:mod:`dangkiemtra._display`). Views pass only ids, dates, counts, codes and official
terms: never a name, an ID number or a letter's summary.
"""

from __future__ import annotations

from dangkiemtra._views.discipline import appeal_check as appeal_check
from dangkiemtra._views.discipline import appeal_path as appeal_path
from dangkiemtra._views.discipline import authority as authority
from dangkiemtra._views.discipline import consideration_status as consideration_status
from dangkiemtra._views.discipline import criminal_sentence as criminal_sentence
from dangkiemtra._views.discipline import discipline_report as discipline_report
from dangkiemtra._views.discipline import effect as effect
from dangkiemtra._views.discipline import final_level as final_level
from dangkiemtra._views.discipline import forms as forms
from dangkiemtra._views.discipline import freeze as freeze
from dangkiemtra._views.discipline import lapse as lapse
from dangkiemtra._views.discipline import limitation_check as limitation_check
from dangkiemtra._views.discipline import substitution as substitution
from dangkiemtra._views.discipline import suspension_term as suspension_term
from dangkiemtra._views.discipline import vote_result as vote_result
from dangkiemtra._views.discipline import who_decides as who_decides
from dangkiemtra._views.inspection import activity_totals as activity_totals
from dangkiemtra._views.inspection import fulfilment as fulfilment
from dangkiemtra._views.inspection import group_indicator as group_indicator
from dangkiemtra._views.inspection import progress_report as progress_report
from dangkiemtra._views.inspection import reporting_period as reporting_period
from dangkiemtra._views.inspection import unit_progress as unit_progress
from dangkiemtra._views.labels import T as T
from dangkiemtra._views.labels import _flags as _flags
from dangkiemtra._views.labels import codes as codes
from dangkiemtra._views.labels import day as day
from dangkiemtra._views.labels import duration as duration
from dangkiemtra._views.labels import en_plural as en_plural
from dangkiemtra._views.labels import ratio as ratio
from dangkiemtra._views.labels import yes_no as yes_no
from dangkiemtra._views.membership import age_check as age_check
from dangkiemtra._views.membership import membership_vote as membership_vote
from dangkiemtra._views.organizations import _last_text as _last_text
from dangkiemtra._views.organizations import check_result as check_result
from dangkiemtra._views.organizations import counts as counts
from dangkiemtra._views.organizations import elections as elections
from dangkiemtra._views.organizations import statistics as statistics
from dangkiemtra._views.organizations import structure_report as structure_report
from dangkiemtra._views.periods import deadline as deadline
from dangkiemtra._views.petitions import acceptance as acceptance
from dangkiemtra._views.petitions import register_report as register_report
from dangkiemtra._views.petitions import register_row as register_row
from dangkiemtra._views.petitions import screening as screening
from dangkiemtra._views.reception import duty as duty
from dangkiemtra._views.reception import scheduled_day as scheduled_day
from dangkiemtra._views.reception import year_check as year_check
from dangkiemtra._views.records import discipline_book as discipline_book
from dangkiemtra._views.records import inspection_book as inspection_book
from dangkiemtra._views.records import organization as organization
from dangkiemtra._views.rulebook import rulebook_diff as rulebook_diff
from dangkiemtra._views.supervision import supervision_plan as supervision_plan
