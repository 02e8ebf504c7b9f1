"""The proximity rule: which sites have a security event near them, recently."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from bm_desktop.geo.proximity import alerted_sites, events_near_sites, haversine_km

# A site near Bukavu and the point 10 km and 40 km east of it (1 degree of longitude
# at latitude -2.5 is 111.09 km).
SITE = (28.85, -2.50)
KM_PER_DEG = 2 * np.pi * 6371.0088 / 360 * np.cos(np.radians(-2.5))
AS_OF = dt.date(2022, 3, 31)


def _east(km: float) -> float:
    return SITE[0] + km / KM_PER_DEG


def test_haversine_matches_known_distances() -> None:
    # Kinshasa to Lubumbashi is about 1,565 km; one degree of latitude about 111.2 km.
    assert haversine_km(15.31, -4.33, 27.48, -11.66) == pytest.approx(1565, abs=10)
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.195, abs=0.01)
    assert haversine_km(SITE[0], SITE[1], _east(10), SITE[1]) == pytest.approx(10, abs=0.01)


def test_event_10_km_away_alerts_and_40_km_does_not() -> None:
    pairs = events_near_sites(
        [SITE[0]],
        [SITE[1]],
        [_east(10), _east(40)],
        [SITE[1]] * 2,
        [AS_OF - dt.timedelta(days=3)] * 2,
        as_of=AS_OF,
    )
    assert [(p.site, p.event, round(p.distance_km, 1), p.days_before) for p in pairs] == [
        (0, 0, 10.0, 3)
    ]
    assert alerted_sites(pairs) == {0}


def test_time_window_is_the_days_ending_on_as_of() -> None:
    dates = [
        AS_OF,
        AS_OF - dt.timedelta(days=30),
        AS_OF - dt.timedelta(days=31),
        AS_OF + dt.timedelta(days=1),
    ]
    pairs = events_near_sites(
        [SITE[0]], [SITE[1]], [_east(5)] * 4, [SITE[1]] * 4, dates, as_of=AS_OF
    )
    assert sorted(p.event for p in pairs) == [0, 1]
    # an event that started before the window and ended inside it counts
    pairs = events_near_sites(
        [SITE[0]],
        [SITE[1]],
        [_east(5)],
        [SITE[1]],
        [dt.date(2022, 1, 1)],
        [dt.date(2022, 3, 20)],
        as_of=AS_OF,
    )
    assert [p.days_before for p in pairs] == [11]


def test_radius_and_days_are_parameters_and_nan_is_ignored() -> None:
    pairs = events_near_sites(
        [SITE[0], np.nan],
        [SITE[1], 0.0],
        [_east(40), np.nan],
        [SITE[1], SITE[1]],
        np.array(["2022-02-01"] * 2, "datetime64[D]"),
        as_of=AS_OF,
        radius_km=50,
        days=60,
    )
    assert [(p.site, p.event) for p in pairs] == [(0, 0)]


def test_many_sites_and_events_agree_with_brute_force() -> None:
    rng = np.random.default_rng(7)
    s_lon, s_lat = rng.uniform(26, 30, 60), rng.uniform(-4, 0, 60)
    e_lon, e_lat = rng.uniform(26, 30, 3000), rng.uniform(-4, 0, 3000)
    days = np.datetime64(AS_OF) - rng.integers(0, 90, 3000).astype("timedelta64[D]")
    pairs = events_near_sites(s_lon, s_lat, e_lon, e_lat, days, as_of=AS_OF, radius_km=25)
    d = haversine_km(s_lon[:, None], s_lat[:, None], e_lon[None, :], e_lat[None, :])
    recent = (np.datetime64(AS_OF) - days) <= np.timedelta64(30, "D")
    expected = {
        (int(i), int(j)) for i, j in zip(*np.nonzero((d <= 25) & recent[None, :]), strict=True)
    }
    assert {(p.site, p.event) for p in pairs} == expected
    assert pairs == sorted(pairs)  # by site, then distance
