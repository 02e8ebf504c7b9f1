"""A trip on the sample programme: the top sites of Rwanda from Kigali over three days,
within the daily limits, with security flags; a roads file changes the travel times."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bm_desktop.domain.errors import NotFoundError, ValidationError
from bm_desktop.geo.proximity import haversine_km
from bm_desktop.services.security_alerts import security_alerts
from bm_desktop.services.trip_planner import ExcludedArea, TripRequest, plan_trip
from bm_desktop.services.visit_priorities import PlannerArea

FIRST = dt.date(2022, 3, 7)


def test_three_days_of_rwanda_from_kigali(sample_db) -> None:
    req = TripRequest(
        PlannerArea(region="Rwanda"),
        "Kigali",
        FIRST,
        3,
        drive_hours=5,
        work_hours=10,
        on_site_minutes=90,
        top=12,
        time_limit_s=0.5,
    )
    plan = plan_trip(sample_db, req)
    codes = [s.site.code for s in plan.stops]
    top12 = [r.facts.code for r in plan.ranked[:12]]
    assert len(codes) == len(set(codes)) and len(codes) >= 8
    assert sorted(codes + [s.code for s in plan.not_fitting]) == sorted(top12)
    assert [d.day for d in plan.days] == [FIRST, FIRST + dt.timedelta(1), FIRST + dt.timedelta(2)]
    for day in plan.days:
        assert day.drive_minutes <= 5 * 60 + 1 and day.home <= 7 * 60 + 10 * 60 + 1
        if day.stops:
            assert day.stops[0].leg.origin == "Kigali" and day.back.destination == "Kigali"
            assert day.stops[0].arrive == 7 * 60 + round(day.stops[0].leg.minutes)
    assert plan.method.startswith("Straight-line distance") and plan.method_params == {
        "detour": 1.3,
        "speed": 40.0,
    }
    # sites with security alerts carry them (the Alerts dock's rule, as of the first day)
    alerted = {a.site_code for a in security_alerts(sample_db, FIRST)}
    for stop in plan.stops:
        assert bool(stop.alerts) == (stop.site.code in alerted)
    # a flagged leg passes within 25 km of each of its events
    for leg in (leg for d in plan.days for leg in d.legs):
        assert all(
            min(float(haversine_km(x, y, *_event_point(sample_db, e))) for x, y in _dense(leg.path))
            <= 25.5
            for e in leg.events
        )


def _dense(path):  # noqa: ANN001, ANN202
    out = []
    for (x0, y0), (x1, y1) in zip(path, path[1:], strict=False):
        out += [(x0 + (x1 - x0) * t / 50, y0 + (y1 - y0) * t / 50) for t in range(51)]
    return out


def _event_point(db, event):  # noqa: ANN001, ANN202
    from sqlalchemy import select

    from bm_desktop.db.models import SecurityEvent

    with db.sessions() as s:
        row = s.execute(
            select(SecurityEvent.longitude, SecurityEvent.latitude).where(
                SecurityEvent.date_start == event.day, SecurityEvent.fatalities == event.fatalities
            )
        ).first()
    return row


def test_chosen_sites_exclusions_and_bad_input(sample_db) -> None:
    base = TripRequest(
        PlannerArea(region="Rwanda"),
        "kigali",
        FIRST,
        2,
        site_codes=["RW-16", "RW-01", "RW-12"],
        time_limit_s=0.3,
        exclude_codes=["RW-12"],
        exclude_areas=[ExcludedArea(30.07, -1.81, 2.0)],
    )
    plan = plan_trip(sample_db, base)
    assert [s.site.code for s in plan.stops] == ["RW-16"]
    assert sorted((s.code, why) for s, why in plan.excluded) == [
        ("RW-01", "Inside an excluded area"),
        ("RW-12", "Excluded by the manager"),
    ]
    with pytest.raises(NotFoundError, match="Unknown start town 'Kampala'"):
        plan_trip(sample_db, TripRequest(PlannerArea(region="Rwanda"), "Kampala", FIRST, 2))
    with pytest.raises(NotFoundError, match="LB-01"):
        plan_trip(
            sample_db,
            TripRequest(PlannerArea(region="Rwanda"), "Kigali", FIRST, 2, site_codes=["LB-01"]),
        )
    with pytest.raises(ValidationError, match="1 to 14 days"):
        plan_trip(sample_db, TripRequest(PlannerArea(region="Rwanda"), "Kigali", FIRST, 0))


def test_a_roads_file_gives_road_times(sample_db, tmp_path: Path) -> None:
    import geopandas as gpd
    from shapely.geometry import LineString

    # Kigali office -> north along a road that bends east, to RW-14 (Northern Province)
    road = [(30.0619, -1.9441), (30.20, -1.80), (30.03, -1.59)]
    path = tmp_path / "roads.gpkg"
    gpd.GeoDataFrame({"name": ["RN3"]}, geometry=[LineString(road)], crs=4326).to_file(path)
    plan = plan_trip(
        sample_db,
        TripRequest(
            PlannerArea(region="Rwanda"),
            "Kigali",
            FIRST,
            1,
            site_codes=["RW-14"],
            roads=path,
            time_limit_s=0.2,
        ),
    )
    assert (
        plan.method.startswith("Road network {name}") and plan.method_params["name"] == "roads.gpkg"
    )
    leg = plan.stops[0].leg
    along = float(haversine_km(*road[0], *road[1])) + float(haversine_km(*road[1], *road[2]))
    assert leg.km >= along and leg.km > 1.3 * float(haversine_km(*road[0], 30.03, -1.59))
    assert (30.2, -1.8) in [tuple(round(v, 4) for v in p) for p in leg.path]


def test_eastern_drc_from_goma_with_nights_on_the_road(sample_db) -> None:
    east = PlannerArea(region="Eastern DRC")
    first = dt.date(2023, 1, 9)
    loops = plan_trip(
        sample_db,
        TripRequest(east, "Goma", first, 5, drive_hours=8, work_hours=11, top=8, time_limit_s=0.5),
    )
    nights = plan_trip(
        sample_db,
        TripRequest(
            east,
            "Goma",
            first,
            5,
            drive_hours=8,
            work_hours=11,
            top=8,
            time_limit_s=0.5,
            overnight=True,
        ),
    )
    assert len(nights.stops) > len(loops.stops)
    route = [s for d in nights.days for s in d.stops]
    # legs chain across days: each day starts where the previous night was spent
    for prev, stop in zip(route, route[1:], strict=False):
        assert stop.leg.origin == prev.site.name
    slept = [d.overnight_at for d in nights.days if d.overnight_at]
    assert slept and all(d.back is None for d in nights.days if d.overnight_at)
    last = next(d for d in nights.days if d.back is not None)
    assert last.back.destination == "Goma" and last.home <= 7 * 60 + 11 * 60
    for stop in route:
        assert 7 * 60 + round(stop.leg.minutes) <= stop.arrive + 1  # left after 07:00
        assert stop.depart <= 7 * 60 + 11 * 60
