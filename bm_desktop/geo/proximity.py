"""Proximity of security events to mine sites: the rule behind the map's alerts
and the CAP agenda's "security alerts near the site".

The rule: a site is *alerted* when at least one security event happened within
``radius_km`` (great-circle distance, default 25 km) of it during the ``days``
days that end on ``as_of`` (default 30; the map uses the end of the filter
period). "During" means the event's own date range touches the window
``[as_of - days, as_of]``, both ends included, so an event of 30 days before
``as_of`` still counts and one dated after ``as_of`` does not.

Pure numpy (no scipy import: the map calls this at start-up): the events of
the window are sorted by latitude; for each site a binary search finds those
within the radius in latitude (one degree of latitude is the same distance
everywhere), and the haversine formula gives their exact distance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
DEFAULT_RADIUS_KM = 25.0
DEFAULT_DAYS = 30

DateArray = np.ndarray | Sequence[dt.date]


@dataclass(frozen=True, order=True)
class NearbyEvent:
    """One security event near one site (indices into the arrays passed in)."""

    site: int
    distance_km: float
    event: int
    days_before: int  # days from the event's last day to ``as_of`` (0 = that day)


def haversine_km(
    lon1: np.ndarray | float,
    lat1: np.ndarray | float,
    lon2: np.ndarray | float,
    lat2: np.ndarray | float,
) -> np.ndarray:
    """Great-circle distance in km between points given in degrees (broadcasts)."""
    lon1, lat1, lon2, lat2 = (
        np.radians(np.asarray(a, dtype=np.float64)) for a in (lon1, lat1, lon2, lat2)
    )
    a = (
        np.sin((lat2 - lat1) / 2.0) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2.0) ** 2
    )
    return 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def _days(values: DateArray) -> np.ndarray:
    return np.asarray(values, dtype="datetime64[D]")


def events_near_sites(
    site_lon: np.ndarray,
    site_lat: np.ndarray,
    event_lon: np.ndarray,
    event_lat: np.ndarray,
    event_start: DateArray,
    event_end: DateArray | None = None,
    *,
    as_of: dt.date,
    radius_km: float = DEFAULT_RADIUS_KM,
    days: int = DEFAULT_DAYS,
    day_known: np.ndarray | None = None,
) -> list[NearbyEvent]:
    """Every (site, event) pair closer than ``radius_km`` whose event falls in the window.

    Arguments are parallel arrays: site longitudes/latitudes (degrees), event
    longitudes/latitudes and dates (``datetime.date`` sequences or numpy
    ``datetime64``); ``event_end`` defaults to ``event_start`` (one-day events).
    Sites or events with NaN coordinates are ignored, and so are events whose
    ``day_known`` is false (dated only to a month or a year: "in the last 30 days"
    cannot be said of them; see :mod:`bm_desktop.domain.event_dates`).

    Returns pairs sorted by site index, then distance; the alerted sites are
    ``{p.site for p in result}``. Example (the CAP agenda for one site)::

        near = events_near_sites([site.longitude], [site.latitude], ev_lon, ev_lat,
                                 ev_dates, as_of=meeting_day)
    """
    if radius_km <= 0 or days < 0:
        raise ValueError("radius_km must be positive and days not negative")
    site_lon = np.asarray(site_lon, dtype=np.float64)
    site_lat = np.asarray(site_lat, dtype=np.float64)
    event_lon = np.asarray(event_lon, dtype=np.float64)
    event_lat = np.asarray(event_lat, dtype=np.float64)
    start = _days(event_start)
    end = start if event_end is None else _days(event_end)
    if not (len(event_lon) == len(event_lat) == len(start) == len(end)):
        raise ValueError("event arrays differ in length")
    if len(site_lon) != len(site_lat):
        raise ValueError("site arrays differ in length")
    last = np.datetime64(as_of, "D")
    first = last - np.timedelta64(days, "D")
    in_window = (start <= last) & (end >= first) & np.isfinite(event_lon) & np.isfinite(event_lat)
    if day_known is not None:
        in_window &= np.asarray(day_known, dtype=bool)
    candidates = np.flatnonzero(in_window)
    sites_ok = np.flatnonzero(np.isfinite(site_lon) & np.isfinite(site_lat))
    if candidates.size == 0 or sites_ok.size == 0:
        return []
    by_lat = candidates[np.argsort(event_lat[candidates], kind="stable")]
    lat_sorted = event_lat[by_lat]
    # degrees of latitude covering the radius, a hair more against rounding
    dlat = np.degrees(radius_km / EARTH_RADIUS_KM) * (1 + 1e-9) + 1e-12
    lo = np.searchsorted(lat_sorted, site_lat[sites_ok] - dlat, side="left")
    hi = np.searchsorted(lat_sorted, site_lat[sites_ok] + dlat, side="right")
    pair_sites, pair_events, dists = [], [], []
    for k in np.flatnonzero(hi > lo):
        s = sites_ok[k]
        near = by_lat[lo[k] : hi[k]]
        d = haversine_km(site_lon[s], site_lat[s], event_lon[near], event_lat[near])
        keep = d <= radius_km
        if keep.any():
            pair_sites.append(np.full(int(keep.sum()), s))
            pair_events.append(near[keep])
            dists.append(d[keep])
    if not pair_sites:
        return []
    pair_site = np.concatenate(pair_sites)
    pair_event = np.concatenate(pair_events)
    dist = np.concatenate(dists)
    before = (last - np.minimum(end[pair_event], last)).astype(np.int64)
    order = np.lexsort((pair_event, dist, pair_site))
    return [
        NearbyEvent(int(pair_site[i]), float(dist[i]), int(pair_event[i]), int(before[i]))
        for i in order
    ]


def alerted_sites(pairs: Sequence[NearbyEvent]) -> set[int]:
    """The site indices that have at least one nearby event."""
    return {p.site for p in pairs}
