"""ACLED-like security events around the sites, 2020-2022 (all fictitious).

Most events fall around the eastern DRC sites, a few protests and riots around
the copper-cobalt towns. Some are placed within 25 km of active sites in the
last 30 days of the reporting year, so that proximity alerts have something to
show on the sample. Source ids follow ACLED's ``<country><number>`` pattern and
are unique per copy, so a re-import can match them.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from bm_desktop.db.models import SecurityEvent
from bm_desktop.domain.enums import EventSource
from bm_desktop.services.sample_programme import targets
from bm_desktop.services.sample_programme.context import SampleBuilder
from bm_desktop.services.sample_programme.sites import SiteInfo

# event type -> (share, sub-event types, fatalities range)
EVENT_TYPES: dict[str, tuple[float, tuple[str, ...], tuple[int, int]]] = {
    "Battles": (
        0.25,
        ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
        (0, 12),
    ),
    "Violence against civilians": (
        0.30,
        ("Attack", "Abduction/forced disappearance", "Sexual violence"),
        (0, 6),
    ),
    "Explosions/Remote violence": (
        0.05,
        ("Grenade", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack"),
        (0, 5),
    ),
    "Riots": (0.10, ("Violent demonstration", "Mob violence"), (0, 3)),
    "Protests": (0.15, ("Peaceful protest", "Protest with intervention"), (0, 0)),
    "Strategic developments": (
        0.15,
        ("Looting/property destruction", "Arrests", "Headquarters or base established", "Other"),
        (0, 0),
    ),
}
ARMED = ["Mai-Mai Militia", "Unidentified Armed Group (DRC)", "Raiders (fictitious militia)"]
STATE = ["Military Forces of the DRC", "Police Forces of the DRC"]
CIVIL = {"Protests": "Protesters (DRC)", "Riots": "Rioters (DRC)"}
# Radius of events around a site, km: kept inside the country and off the lakes.
RADIUS_KM = {"SK-01": 11.0, "SK-04": 14.0, "NK-01": 15.0}
DEFAULT_RADIUS_KM = 35.0
TOWN_RADIUS_KM = 12.0


def _actors(rng: random.Random, event_type: str) -> tuple[str, str | None]:
    if event_type in CIVIL:
        return CIVIL[event_type], rng.choice(STATE + [None])
    if event_type == "Violence against civilians":
        return rng.choice(ARMED + STATE), "Civilians (DRC)"
    if event_type == "Battles":
        return rng.choice(STATE), rng.choice(ARMED)
    return rng.choice(ARMED), None


def _around(rng: random.Random, site: SiteInfo, max_km: float, min_km: float = 0.5):
    dist = rng.uniform(min_km, max_km)
    bearing = rng.uniform(0, 2 * math.pi)
    lat = site.lat + dist / 111.0 * math.cos(bearing)
    lon = site.lon + dist / (111.0 * math.cos(math.radians(site.lat))) * math.sin(bearing)
    return round(lon, 5), round(lat, 5)


def build_events(b: SampleBuilder, sites: list[SiteInfo]) -> int:
    """Queue the security events of one copy; returns how many."""
    rng = b.rng("events")
    east = [s for s in sites if s.spec.region == "Eastern DRC"]
    towns = [s for s in sites if s.spec.region in ("Lualaba", "Haut-Katanga")]
    types = list(EVENT_TYPES)
    shares = [EVENT_TYPES[t][0] for t in types]
    span = (targets.DATA_END - targets.DATA_START).days
    plan = []
    for _ in range(targets.SECURITY_EVENTS - targets.RECENT_EVENTS_NEAR_SITES):
        if rng.random() < 0.88:
            site = rng.choices(east, weights=[s.weight for s in east])[0]
            event_type = rng.choices(types, weights=shares)[0]
            radius = RADIUS_KM.get(site.spec.code, DEFAULT_RADIUS_KM)
        else:
            site = rng.choice(towns)
            event_type = rng.choice(("Protests", "Riots", "Protests", "Strategic developments"))
            radius = TOWN_RADIUS_KM
        day = targets.DATA_START + dt.timedelta(days=rng.randint(0, span))
        plan.append((site, event_type, day, radius))
    recent_start = targets.AS_OF - dt.timedelta(days=29)
    active_east = [s for s in east if s.spec.active]
    for _ in range(targets.RECENT_EVENTS_NEAR_SITES):
        site = rng.choice(active_east)
        event_type = rng.choice(
            ("Battles", "Violence against civilians", "Violence against civilians")
        )
        radius = min(20.0, RADIUS_KM.get(site.spec.code, DEFAULT_RADIUS_KM))
        plan.append(
            (site, event_type, recent_start + dt.timedelta(days=rng.randint(0, 29)), radius)
        )
    plan.sort(key=lambda p: (p[2], p[0].code))
    base = 30000 + 100000 * b.copy
    for n, (site, event_type, day, radius) in enumerate(plan):
        _, subs, (fmin, fmax) = EVENT_TYPES[event_type]
        sub = rng.choice(subs)
        lon, lat = _around(rng, site, radius)
        actor1, actor2 = _actors(rng, event_type)
        week = rng.random() < 0.1
        b.add(
            SecurityEvent,
            source=EventSource.ACLED.value,
            source_id=f"DRC{base + n}",
            date_start=day,
            date_end=day + dt.timedelta(days=6 if week else 0),
            date_precision=2 if week else 1,
            longitude=lon,
            latitude=lat,
            geo_precision=rng.choice((1, 1, 2)),
            event_type=event_type,
            sub_event_type=sub,
            actor1=actor1,
            actor2=actor2,
            admin1=site.spec.province,
            admin2=site.spec.territory,
            location=f"Near {site.spec.name}",
            fatalities=rng.randint(fmin, fmax),
            notes=f"Fictitious sample event: {sub.lower()} reported near {site.spec.name} "
            f"({site.spec.territory}).",
        )
    return len(plan)
