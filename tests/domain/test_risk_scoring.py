"""Risk scores proposed from incidents."""

from __future__ import annotations

import datetime as dt

import pytest

from bm_desktop.domain.risk_scoring import (
    IncidentFacts,
    band,
    check_level,
    likelihood_from,
    score,
    severity_from,
)

JAN_1 = dt.date(2021, 1, 1)


def facts(n: int, start=JAN_1, step=7, severity=2, minors=0):
    return [IncidentFacts(start + dt.timedelta(days=i * step), severity, minors) for i in range(n)]


@pytest.mark.parametrize(
    ("n", "expected"), [(1, 1), (2, 2), (3, 2), (4, 3), (6, 3), (7, 4), (12, 4), (13, 5), (40, 5)]
)
def test_likelihood_follows_incidents_in_the_last_year(n: int, expected: int) -> None:
    assert likelihood_from(facts(n)) == expected


def test_incidents_older_than_a_year_before_the_latest_do_not_count() -> None:
    old = facts(10, start=dt.date(2019, 1, 1))
    recent = facts(1, start=dt.date(2021, 6, 1))
    assert likelihood_from(old + recent) == 1


def test_severity_is_the_worst_incident_raised_for_minors_or_serious_abuse() -> None:
    assert severity_from(facts(3, severity=2) + facts(1, severity=3), serious_abuse=False) == 3
    assert severity_from(facts(1, severity=3, minors=2), serious_abuse=False) == 4
    assert severity_from(facts(1, severity=4), serious_abuse=True) == 5
    assert severity_from([], serious_abuse=True) == 1


def test_score_band_and_levels() -> None:
    assert score(4, 5) == 20 and band(20) == "critical"
    assert [band(v) for v in (4, 5, 10, 17)] == ["low", "medium", "high", "critical"]
    with pytest.raises(ValueError, match="Likelihood must be a whole number from 1 to 5, not 6"):
        check_level("likelihood", 6)
