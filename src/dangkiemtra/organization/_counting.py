"""Counts and statistics of members and organisations on a date (ORG-10)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

import attrs

from dangkiemtra import _analysis, _display, _views
from dangkiemtra._json import answer
from dangkiemtra.explain import Explanation, Step
from dangkiemtra.organization._tree import Organization

# ── counts and statistics ───────────────────────────────────────────────────────────────


@attrs.frozen(repr=False)
class Counts(_display.Answer):
    """Members and organisations under an organisation on a date, with the explanation."""

    as_of: date
    members: int
    official: int
    probationary: int
    organizations: dict[str, int]
    explanation: Explanation

    def to_json(self) -> dict[str, Any]:
        """The counts as JSON (``counts.schema.json``)."""
        return answer(
            "counts",
            as_of=self.as_of.isoformat(),
            members=self.members,
            official=self.official,
            probationary=self.probationary,
            organizations=dict(self.organizations),
            explanation=self.explanation.to_json(),
        )

    def _view_(self) -> _display.View:
        return _views.counts(self)

    def to_pandas(self) -> _analysis.DataFrame:
        """One row: date, members, official, probationary, then a column per kind of organisation."""
        return _analysis.counts(self)


def counts(org: Organization, as_of: date) -> Counts:
    """Members (official, probationary) and sub-organisations by kind under ``org`` on ``as_of``.

    Members are counted from their own dates (ORG-10): on the roll from admission (or
    transfer in) until departure; official from the recognised end of probation.
    """
    official = probationary = 0
    for m in org.all_members():
        if m.is_member_on(as_of):
            if m.is_official_on(as_of):
                official += 1
            else:
                probationary += 1
    kinds = Counter(o.kind.value for o in org.walk() if o is not org)
    step = Step.of(
        "org.count",
        organization=org.id,
        members=official + probationary,
        official=official,
        probationary=probationary,
        as_of=as_of,
    )
    return Counts(
        as_of,
        official + probationary,
        official,
        probationary,
        dict(sorted(kinds.items())),
        Explanation.of(step),
    )


#: Age bands of annual party reports: (label, lowest age, highest age inclusive).
AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("18-30", 18, 30),
    ("31-40", 31, 40),
    ("41-50", 41, 50),
    ("51-60", 51, 60),
    ("61-70", 61, 70),
    ("71+", 71, 200),
)
#: Party-age bands (tuổi đảng) of annual reports.
PARTY_AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("0-9", 0, 9),
    ("10-19", 10, 19),
    ("20-29", 20, 29),
    ("30-39", 30, 39),
    ("40-49", 40, 49),
    ("50+", 50, 200),
)


@attrs.frozen(repr=False)
class Statistics(_display.Answer):
    """The statistics annual party reports use, for a period ``start``–``end``."""

    start: date
    end: date
    members: int
    official: int
    probationary: int
    admitted: int
    transferred_in: int
    departed: dict[str, int]
    women: int
    age_bands: dict[str, int]
    party_age_bands: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        """The statistics as JSON (``statistics.schema.json``)."""
        out = attrs.asdict(self)
        out["start"], out["end"] = self.start.isoformat(), self.end.isoformat()
        return answer("statistics", **out)

    def _view_(self) -> _display.View:
        return _views.statistics(self)

    def to_pandas(self) -> _analysis.DataFrame:
        """Long form: a row per measure and per band (age, party age, departure)."""
        return _analysis.statistics(self)


def _band(value: int, bands: Sequence[tuple[str, int, int]]) -> str | None:
    return next((label for label, lo, hi in bands if lo <= value <= hi), None)


def statistics(
    org: Organization,
    start: date,
    end: date,
    *,
    age_bands: Sequence[tuple[str, int, int]] = AGE_BANDS,
    party_age_bands: Sequence[tuple[str, int, int]] = PARTY_AGE_BANDS,
) -> Statistics:
    """Movement over ``start``–``end`` (both included) and composition on ``end``.

    The bands are report conventions, not law: pass your own to match a report form.
    """
    admitted = transferred_in = women = official = probationary = 0
    departed: Counter[str] = Counter()
    ages: Counter[str] = Counter()
    party_ages: Counter[str] = Counter()
    for m in org.all_members():
        if start <= m.admission_date <= end:
            admitted += 1
        if (
            m.joined_on is not None
            and m.joined_on != m.admission_date
            and start <= m.joined_on <= end
        ):
            transferred_in += 1
        if m.departure is not None and start <= m.departure.date <= end:
            departed[m.departure.kind.value] += 1
        if m.is_member_on(end):
            if m.is_official_on(end):
                official += 1
            else:
                probationary += 1
            women += m.gender == "nu"
            band = _band(m.age_on(end), age_bands)
            if band:
                ages[band] += 1
            pband = _band(m.party_age_on(end), party_age_bands)
            if pband:
                party_ages[pband] += 1
    return Statistics(
        start,
        end,
        official + probationary,
        official,
        probationary,
        admitted,
        transferred_in,
        dict(sorted(departed.items())),
        women,
        {label: ages[label] for label, _, _ in age_bands},
        {label: party_ages[label] for label, _, _ in party_age_bands},
    )


# ── structural checks ───────────────────────────────────────────────────────────────────
