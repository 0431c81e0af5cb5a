"""Shared fixtures and Hypothesis settings."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from dangkiemtra.calendar import WorkingCalendar
from dangkiemtra.rulebook import Rulebook

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=200
)
settings.register_profile(
    "ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=300
)
settings.register_profile(
    "slow", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=5000
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default")
)


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    return Rulebook.default()


@pytest.fixture(scope="session")
def calendar() -> WorkingCalendar:
    return WorkingCalendar.default()
