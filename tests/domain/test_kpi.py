"""The KPI rules that need no database: periods, rates, changes, overdue."""

from __future__ import annotations

import datetime as dt

import pytest

from bm_desktop.domain.kpi import (
    ChildLabourFigures,
    ImplementationRate,
    Period,
    PeriodChange,
    Scope,
    counts_as_implementing,
    format_percent,
    is_overdue,
    percent,
)

D = dt.date


def test_quarters_months_and_previous_period():
    assert Period.quarter(2021, 3) == Period(D(2021, 7, 1), D(2021, 9, 30))
    assert Period.quarter(2021, 4).previous() == Period.quarter(2021, 3)
    assert Period.month(2024, 2).end == D(2024, 2, 29)
    year = Period(D(2021, 4, 1), D(2022, 3, 31))
    assert year.days == 365
    assert year.month_keys()[0] == "2021-04" and year.month_keys()[-1] == "2022-03"
    assert len(year.month_keys()) == 12
    assert year.contains(D(2022, 3, 31)) and not year.contains(D(2022, 4, 1))


def test_a_period_cannot_end_before_it_starts():
    with pytest.raises(ValueError, match="ends .* before it starts"):
        Period(D(2022, 1, 2), D(2022, 1, 1))
    with pytest.raises(ValueError, match="quarter is 1 to 4"):
        Period.quarter(2021, 5)


def test_implementation_rate_rounds_to_the_published_percentage():
    figures = ImplementationRate(recommended=1098, implementing=888, cancelled=40)
    assert figures.rate == pytest.approx(0.8087, abs=1e-4)
    assert figures.percent == 81
    assert figures.not_implementing == 210
    assert format_percent(figures.rate) == "81%"
    assert ImplementationRate(0, 0).rate is None
    assert format_percent(None) == "n/a"
    assert percent(0.125) == 13  # half up, not banker's rounding
    assert percent(-0.125) == -13


def test_change_between_two_periods():
    change = PeriodChange(before=33, after=7)
    assert change.difference == -26
    assert change.reduction_percent == 79  # "a 79% reduction"
    assert PeriodChange(4, 6).reduction_percent == -50
    assert PeriodChange(0, 3).relative is None


def test_overdue_and_implementing_statuses():
    due = D(2022, 3, 1)
    assert is_overdue("in_progress", due, D(2022, 3, 2))
    assert is_overdue("recommended", due, D(2022, 3, 2))
    assert not is_overdue("in_progress", due, D(2022, 3, 1))  # due today is not overdue
    for closed in ("implemented", "verified", "cancelled"):
        assert not is_overdue(closed, due, D(2023, 1, 1))
    assert [
        s
        for s in ("recommended", "in_progress", "implemented", "verified", "cancelled")
        if counts_as_implementing(s)
    ] == ["in_progress", "implemented", "verified"]


def test_child_labour_share_and_scope():
    figures = ChildLabourFigures(240, 118, ImplementationRate(122, 97))
    assert percent(figures.wfcl_share) == 49
    assert figures.actions.percent == 80
    assert Scope().is_everything
    assert not Scope.region("Rwanda").is_everything
    assert not Scope(severities=frozenset({4})).is_everything
    assert not Scope(verified_only=True).is_everything
    assert not Scope(site_statuses=frozenset({"suspended"})).is_everything
    assert Scope().incident_verifications == ("reported", "verified")
    assert Scope(verified_only=True).incident_verifications == ("verified",)
    assert Scope.site("LB-01").site_codes == frozenset({"LB-01"})
