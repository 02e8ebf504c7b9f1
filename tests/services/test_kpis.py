"""KPI services on a small hand-made programme, where every figure can be counted by hand."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from bm_desktop.db.models import (
    ActionProgress,
    CapMeeting,
    CorrectiveAction,
    Country,
    Incident,
    ProgrammeRegion,
    RiskArea,
    Site,
    SiteStatusChange,
)
from bm_desktop.domain.errors import NotFoundError
from bm_desktop.domain.kpi import Period, Scope
from bm_desktop.services import kpis

D = dt.date


@pytest.fixture
def small(db):
    """Two sites (KZ in Lualaba, RW in Rwanda) with incidents, actions and meetings."""
    with db.sessions.begin() as s:
        country = {c.iso3: c.id for c in s.scalars(select(Country))}
        region = {r.name: r.id for r in s.scalars(select(ProgrammeRegion))}
        area = {a.code: a.id for a in s.scalars(select(RiskArea))}
        kz = Site(
            code="KZ",
            name="Kolwezi test",
            longitude=25.4,
            latitude=-10.7,
            country_id=country["COD"],
            region_id=region["Lualaba"],
            status="active",
        )
        rw = Site(
            code="RW",
            name="Rwanda test",
            longitude=30.0,
            latitude=-1.8,
            country_id=country["RWA"],
            region_id=region["Rwanda"],
            status="inactive",
        )
        s.add_all([kz, rw])
        s.flush()
        s.add_all(
            [
                SiteStatusChange(site_id=kz.id, status="active", effective_on=D(2020, 1, 1)),
                SiteStatusChange(site_id=rw.id, status="active", effective_on=D(2020, 1, 1)),
                SiteStatusChange(site_id=rw.id, status="inactive", effective_on=D(2021, 2, 1)),
            ]
        )

        def incident(site, code, day, verification="verified", deleted=False):
            s.add(
                Incident(
                    site_id=site.id,
                    occurred_on=day,
                    reported_on=day,
                    risk_area_id=area[code],
                    verification=verification,
                    deleted=deleted,
                )
            )

        incident(kz, "child_labour", D(2021, 7, 5))
        incident(kz, "wfcl", D(2021, 8, 9))
        incident(kz, "wfcl", D(2021, 9, 30), verification="reported")  # unverified: counts
        incident(kz, "wfcl", D(2021, 9, 12), verification="rejected")  # never counts
        incident(kz, "child_labour", D(2021, 9, 13), deleted=True)  # tombstone: never counts
        incident(kz, "child_labour", D(2021, 10, 1))
        incident(kz, "ohs", D(2021, 12, 31))
        incident(rw, "ohs", D(2021, 1, 15))
        incident(rw, "water", D(2021, 8, 1))

        def action(site, code, recommended, due, *updates):
            a = CorrectiveAction(
                site_id=site.id,
                risk_area_id=area[code],
                kind="training",
                description=f"{code} action",
                recommended_on=recommended,
                due_on=due,
            )
            s.add(a)
            s.flush()
            for i, (status, on, *rest) in enumerate(updates):
                s.add(
                    ActionProgress(
                        action_id=a.id,
                        status=status,
                        on=on,
                        seq=f"{i:03d}",
                        deleted=bool(rest and rest[0] == "deleted"),
                    )
                )
            return a.id

        ids = {
            "done": action(
                kz,
                "child_labour",
                D(2021, 1, 10),
                D(2021, 3, 1),
                ("recommended", D(2021, 1, 10)),
                ("in_progress", D(2021, 2, 1)),
                ("implemented", D(2021, 3, 1)),
            ),
            "cancelled": action(
                kz,
                "ohs",
                D(2021, 1, 20),
                D(2021, 2, 20),
                ("recommended", D(2021, 1, 20)),
                ("cancelled", D(2021, 2, 10)),
            ),
            "late": action(kz, "ohs", D(2021, 3, 15), D(2021, 4, 15)),
            "future": action(kz, "ohs", D(2021, 6, 1), D(2021, 7, 1)),
            "same_day": action(
                rw,
                "water",
                D(2021, 1, 5),
                D(2021, 1, 30),
                ("in_progress", D(2021, 1, 20)),
                ("implemented", D(2021, 1, 20)),
            ),
            "withdrawn": action(
                rw, "ohs", D(2021, 1, 5), D(2021, 1, 30), ("in_progress", D(2021, 1, 20), "deleted")
            ),
        }
        for status, held, deleted in (
            ("held", D(2021, 2, 3), False),
            ("held", D(2021, 3, 3), False),
            ("held", D(2021, 3, 20), True),
            ("cancelled", None, False),
            ("planned", None, False),
        ):
            s.add(
                CapMeeting(
                    site_id=kz.id,
                    month="2021-03",
                    held_on=held,
                    status=status,
                    planned_on=D(2021, 3, 20),
                    deleted=deleted,
                )
            )
    return ids


def test_implementation_rate_as_of_a_date_follows_the_latest_update(db, small):
    # 31 Jan: done (recommended), cancelled (recommended), same_day (implemented),
    # withdrawn (its only update is deleted -> recommended).
    jan = kpis.implementation_rate(db, D(2021, 1, 31))
    assert (jan.recommended, jan.implementing, jan.cancelled) == (4, 1, 0)
    # 15 Feb: done is in progress, cancelled is cancelled (stays in the denominator).
    feb = kpis.implementation_rate(db, D(2021, 2, 15))
    assert (feb.recommended, feb.implementing, feb.cancelled) == (4, 2, 1)
    # 31 Mar: "late" recommended too; "future" (June) not yet.
    mar = kpis.implementation_rate(db, D(2021, 3, 31))
    assert (mar.recommended, mar.implementing) == (5, 2)
    assert mar.percent == 40


def test_implementation_rate_per_region_site_and_category(db, small):
    by_region = {r.key: r.figures for r in kpis.implementation_rates(db, D(2021, 3, 31), "region")}
    assert (by_region["Lualaba"].recommended, by_region["Lualaba"].implementing) == (3, 1)
    assert (by_region["Rwanda"].recommended, by_region["Rwanda"].implementing) == (2, 1)
    by_site = {r.key: r.figures.rate for r in kpis.implementation_rates(db, D(2021, 3, 31), "site")}
    assert by_site == {"KZ": pytest.approx(1 / 3), "RW": 0.5}
    by_category = {
        r.key: (r.figures.recommended, r.figures.implementing)
        for r in kpis.implementation_rates(db, D(2021, 3, 31), "risk_category")
    }
    assert by_category == {
        "human_rights": (1, 1),
        "working_conditions": (3, 0),
        "environment": (1, 1),
    }
    rwanda = kpis.implementation_rate(db, D(2021, 3, 31), Scope.region("Rwanda"))
    assert (rwanda.recommended, rwanda.implementing) == (2, 1)


def test_overdue_actions_as_of_a_date(db, small):
    overdue = kpis.overdue_actions(db, D(2021, 5, 1))
    # late (due 15 Apr, never started) and withdrawn (due 30 Jan, its update was deleted);
    # not cancelled, not implemented, not future (not recommended by then).
    assert [(a.site_code, a.description, a.status) for a in overdue] == [
        ("RW", "ohs action", "recommended"),
        ("KZ", "ohs action", "recommended"),
    ]
    assert overdue[1].days_overdue == 16
    assert [a.description for a in kpis.overdue_actions(db, D(2021, 4, 15))] == ["ohs action"]
    assert kpis.overdue_actions(db, D(2021, 5, 1), Scope.site("KZ"))[0].due_on == D(2021, 4, 15)


def test_incident_counts_leave_out_rejected_and_deleted(db, small):
    year = Period(D(2021, 4, 1), D(2022, 3, 31))
    assert kpis.incidents_total(db, year) == 6
    areas = {c.key: c.count for c in kpis.incidents_by_risk_area(db, year)}
    assert (areas["child_labour"], areas["wfcl"], areas["ohs"], areas["water"]) == (2, 2, 1, 1)
    assert len(areas) == 26 and sum(areas.values()) == 6
    categories = {c.key: c.count for c in kpis.incidents_by_risk_category(db, year)}
    assert categories["human_rights"] == 4 and categories["security"] == 0
    assert [(c.key, c.count) for c in kpis.incidents_by_site(db, year)] == [("KZ", 5), ("RW", 1)]
    assert [(c.key, c.count) for c in kpis.incidents_by_region(db, year)] == [
        ("Lualaba", 5),
        ("Rwanda", 1),
    ]
    months = kpis.incidents_by_month(db, year)
    assert len(months) == 12
    assert [(m.key, m.count) for m in months if m.count] == [
        ("2021-07", 1),
        ("2021-08", 2),
        ("2021-09", 1),
        ("2021-10", 1),
        ("2021-12", 1),
    ]


def test_child_labour_figures_and_quarter_over_quarter_change(db, small):
    year = Period(D(2021, 4, 1), D(2022, 3, 31))
    cl = kpis.child_labour_figures(db, year)
    assert (cl.incidents, cl.wfcl_incidents) == (4, 2)
    assert cl.wfcl_share == 0.5
    assert (cl.actions.recommended, cl.actions.implementing) == (1, 1)
    change = kpis.incident_change(
        db,
        Period.quarter(2021, 3),
        Period.quarter(2021, 4),
        Scope.site("KZ"),
        ("child_labour", "wfcl"),
    )
    assert (change.before, change.after, change.reduction_percent) == (3, 1, 67)


def test_meetings_held_and_active_sites(db, small):
    assert kpis.meetings_held(db, D(2021, 3, 31)) == 2  # the deleted one does not count
    assert kpis.meetings_held(db, D(2021, 2, 28)) == 1
    assert kpis.meetings_held(db, D(2021, 3, 31), since=D(2021, 3, 1)) == 1
    assert kpis.meetings_held(db, D(2021, 3, 31), Scope.region("Rwanda")) == 0
    assert kpis.active_site_count(db, Period(D(2021, 4, 1), D(2022, 3, 31))) == 1
    assert kpis.active_site_count(db, Period(D(2021, 1, 1), D(2021, 12, 31))) == 2
    by_region = {
        c.key: c.count
        for c in kpis.active_sites_by_region(db, Period(D(2021, 4, 1), D(2022, 3, 31)))
    }
    assert by_region == {"Eastern DRC": 0, "Haut-Katanga": 0, "Lualaba": 1, "Rwanda": 0}


def test_headline_figures_of_a_period(db, small):
    figures = kpis.programme_figures(db, Period(D(2021, 4, 1), D(2022, 3, 31)))
    assert figures.incidents == 6
    assert figures.risk_areas_with_incidents == 4
    assert (figures.actions.recommended, figures.actions.implementing) == (6, 2)
    assert figures.meetings_held == 2
    assert (figures.sites, figures.active_sites) == (2, 1)
    assert figures.to_dict()["implementation_rate_percent"] == 33


def test_regions_are_matched_by_name_and_unknown_ones_listed(db):
    assert kpis.resolve_region(db, "haut-katanga") == "Haut-Katanga"
    with pytest.raises(
        NotFoundError,
        match="Unknown region 'Katanga'. Valid regions: "
        "Eastern DRC, Haut-Katanga, Lualaba, Rwanda.",
    ):
        kpis.resolve_region(db, "Katanga")


def test_empty_scope_gives_zeros_not_errors(db):
    year = Period(D(2021, 4, 1), D(2022, 3, 31))
    figures = kpis.programme_figures(db, year, Scope(site_ids=frozenset({uuid.uuid4()})))
    assert (figures.incidents, figures.actions.recommended, figures.actions.rate) == (0, 0, None)


def test_severity_verification_and_site_status_narrow_the_figures(db, small):
    """The Filters dock's severity, "verified only" and site status reach every figure."""
    year = Period(D(2021, 4, 1), D(2022, 3, 31))
    with db.sessions.begin() as s:  # the two counted WFCL incidents are critical
        for incident in s.scalars(select(Incident).join(RiskArea).where(RiskArea.code == "wfcl")):
            incident.severity = 4
    critical = Scope(severities=frozenset({4}))
    assert kpis.incidents_total(db, year, critical) == 2  # the rejected one still never counts
    assert kpis.incidents_total(db, year, Scope(severities=frozenset({1, 2}))) == 4
    assert kpis.incidents_total(db, year, Scope(severities=frozenset({3}))) == 0
    # verified only: the WFCL incident still "reported" drops out
    verified = kpis.programme_figures(db, year, Scope(verified_only=True))
    assert (verified.incidents, verified.child_labour.wfcl_incidents) == (5, 1)
    critical_verified = Scope(severities=frozenset({4}), verified_only=True)
    assert kpis.incidents_total(db, year, critical_verified) == 1
    # severities and verification leave actions and meetings alone
    assert verified.actions == kpis.programme_figures(db, year).actions
    # site status restricts the sites of every figure (RW is inactive now)
    inactive = kpis.programme_figures(db, year, Scope(site_statuses=frozenset({"inactive"})))
    assert (inactive.incidents, inactive.sites, inactive.active_sites) == (1, 1, 0)
    assert (inactive.actions.recommended, inactive.actions.implementing) == (2, 1)
    assert inactive.meetings_held == 0
    assert [
        c.key for c in kpis.incidents_by_site(db, year, Scope(site_statuses=frozenset({"active"})))
    ] == ["KZ"]
    suspended = kpis.programme_figures(db, year, Scope(site_statuses=frozenset({"suspended"})))
    assert (suspended.incidents, suspended.sites, suspended.actions.recommended) == (0, 0, 0)
