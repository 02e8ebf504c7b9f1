"""Security alerts near sites read from the database (the agenda and the Alerts dock)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bm_desktop.db.models import Country, ProgrammeRegion, SecurityEvent, Site
from bm_desktop.services.security_alerts import security_alerts

AS_OF = dt.date(2022, 3, 31)
KM_PER_DEG_LON = 111.09  # at latitude -2.5


def _site(s, code: str, lon: float, lat: float) -> Site:
    cod = s.scalar(select(Country).where(Country.iso3 == "COD"))
    region = s.scalar(select(ProgrammeRegion).where(ProgrammeRegion.name == "Eastern DRC"))
    site = Site(
        code=code,
        name=f"Site {code}",
        longitude=lon,
        latitude=lat,
        country_id=cod.id,
        region_id=region.id,
        status="active",
    )
    s.add(site)
    return site


def _event(s, n: int, lon: float, lat: float, day: dt.date, deleted: bool = False) -> None:
    s.add(
        SecurityEvent(
            source="acled",
            source_id=f"E{n}",
            date_start=day,
            date_end=day,
            longitude=lon,
            latitude=lat,
            event_type="Battles",
            sub_event_type="Armed clash",
            actor1="Group A",
            actor2="FARDC",
            location="Mulamba",
            fatalities=3,
            deleted=deleted,
        )
    )


def test_alerts_list_nearby_recent_events_with_distance(db) -> None:
    with db.sessions.begin() as s:
        _site(s, "SK-1", 28.85, -2.5)
        _site(s, "SK-2", 27.00, -2.5)
        _event(s, 1, 28.85 + 10 / KM_PER_DEG_LON, -2.5, AS_OF - dt.timedelta(days=2))
        _event(s, 2, 28.85 + 40 / KM_PER_DEG_LON, -2.5, AS_OF - dt.timedelta(days=2))
        _event(s, 3, 28.85, -2.45, AS_OF - dt.timedelta(days=60))  # too old
        _event(s, 4, 28.86, -2.5, AS_OF, deleted=True)  # withdrawn upstream
    alerts = security_alerts(db, AS_OF)
    assert [(a.site_code, round(a.distance_km), a.days_before) for a in alerts] == [("SK-1", 10, 2)]
    assert alerts[0].summary == "Armed clash · Group A / FARDC · Mulamba · 3 †"
    wide = security_alerts(db, AS_OF, radius_km=50, days=90)
    assert [(a.site_code, round(a.distance_km)) for a in wide] == [
        ("SK-1", 6),
        ("SK-1", 10),
        ("SK-1", 40),
    ]
    site_ids = [a.site_id for a in alerts]
    assert security_alerts(db, AS_OF, site_ids=[]) == []
    assert len(security_alerts(db, AS_OF, site_ids=site_ids)) == 1
