"""The Site details figures follow the filters and the KPI rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bm_desktop.domain.filters import FilterState
from bm_desktop.services.kpis import implementation_rates, overdue_actions
from bm_desktop.services.site_details import site_action_figures, site_details
from tests.map_programme import build_small_programme


def test_details_of_luhihi_for_the_reporting_year(db) -> None:
    prog = build_small_programme(db)
    luhihi = prog.sites["SK-001"]
    d = site_details(db, luhihi, FilterState())
    assert (d.incidents, d.incidents_verified, d.incidents_severe) == (6, 1, 2)
    assert [i.occurred_on for i in d.latest_incidents] == [
        dt.date(2022, 3, 2),
        dt.date(2022, 2, 14),
        dt.date(2021, 11, 20),
        dt.date(2021, 8, 1),
        dt.date(2021, 6, 10),
    ]
    assert d.latest_incidents[1].description == "Soldiers taxing miners at the pit"
    a = d.actions
    assert (a.recommended, a.implementing, a.open, a.overdue) == (3, 1, 3, 2)
    assert [(x.status, x.overdue) for x in d.open_actions] == [
        ("in_progress", True),
        ("recommended", True),
        ("recommended", False),
    ]
    assert d.next_meeting.day == dt.date(2022, 4, 12) and d.next_meeting.status == "planned"
    assert d.last_meeting.day == dt.date(2022, 3, 10)


def test_figures_follow_filters_and_agree_with_the_kpis(db) -> None:
    prog = build_small_programme(db)
    luhihi = prog.sites["SK-001"]
    early = FilterState().with_period(dt.date(2021, 4, 1), dt.date(2021, 6, 30))
    d = site_details(db, luhihi, early)
    assert d.incidents == 2 and d.actions.recommended == 1 and d.actions.overdue == 0
    assert d.next_meeting.day == dt.date(2022, 3, 10) and d.last_meeting is None
    ohs = replace(FilterState(), risk_areas=frozenset({"ohs"}))
    d = site_details(db, luhihi, ohs)
    assert d.incidents == 1 and d.actions.recommended == 0
    as_of = dt.date(2022, 3, 31)
    figures = site_action_figures(db, as_of)
    kpi = {r.id: r.figures for r in implementation_rates(db, as_of, by="site")}
    assert {k: (v.recommended, v.implementing) for k, v in figures.items()} == {
        k: (v.recommended, v.implementing) for k, v in kpi.items()
    }
    assert figures[luhihi].overdue == len(overdue_actions(db, as_of)) == 2
