"""Security alerts near sites: events within R km of a site in the last N days.

The rule is :func:`bm_desktop.geo.proximity.events_near_sites`; this service
reads the sites and the security events of the window from the database and
returns one :class:`SecurityAlert` per (site, event) pair. The map's Alerts
dock and the CAP agenda ("security alerts near the site") both use it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select

from bm_desktop.db.engine import Database
from bm_desktop.db.models import SecurityEvent, Site
from bm_desktop.domain.event_dates import may_alert
from bm_desktop.geo.proximity import DEFAULT_DAYS, DEFAULT_RADIUS_KM, events_near_sites


@dataclass(frozen=True)
class SecurityAlert:
    """A security event near a site (sorted by site code, then distance)."""

    site_id: uuid.UUID
    site_code: str
    site_name: str
    event_id: uuid.UUID
    event_start: dt.date
    event_end: dt.date
    event_type: str
    sub_event_type: str | None
    location: str | None
    actors: str  # "actor1 / actor2" as recorded
    fatalities: int
    notes: str | None
    distance_km: float
    days_before: int  # days from the event's last day to the reference date
    event_longitude: float
    event_latitude: float

    @property
    def summary(self) -> str:
        """One line in the data's own words (type, actors, place, fatalities)."""
        parts = [self.sub_event_type or self.event_type]
        if self.actors:
            parts.append(self.actors)
        if self.location:
            parts.append(self.location)
        if self.fatalities:
            parts.append(f"{self.fatalities} †")
        return " · ".join(parts)


def actors_text(actor1: str | None, actor2: str | None) -> str:
    return " / ".join(a for a in (actor1, actor2) if a)


def security_alerts(
    db: Database,
    as_of: dt.date,
    *,
    radius_km: float = DEFAULT_RADIUS_KM,
    days: int = DEFAULT_DAYS,
    site_ids: Iterable[uuid.UUID] | None = None,
) -> list[SecurityAlert]:
    """Security events within ``radius_km`` of each site in the ``days`` ending on ``as_of``.

    ``site_ids`` limits the sites looked at (e.g. the one site of a CAP meeting);
    by default every site that is not deleted.
    """
    first = as_of - dt.timedelta(days=days)
    wanted = set(site_ids) if site_ids is not None else None
    with db.sessions() as s:
        sites = [
            site
            for site in s.scalars(select(Site).where(Site.deleted.is_(False)).order_by(Site.code))
            if wanted is None or site.id in wanted
        ]
        events = list(
            s.scalars(
                select(SecurityEvent).where(
                    SecurityEvent.deleted.is_(False),
                    SecurityEvent.date_start <= as_of,
                    SecurityEvent.date_end >= first,
                )
            )
        )
    if not sites or not events:
        return []
    pairs = events_near_sites(
        np.array([x.longitude for x in sites]),
        np.array([x.latitude for x in sites]),
        np.array([e.longitude for e in events]),
        np.array([e.latitude for e in events]),
        [e.date_start for e in events],
        [e.date_end for e in events],
        as_of=as_of,
        radius_km=radius_km,
        days=days,
        day_known=np.array([may_alert(e.date_unit) for e in events], dtype=bool),
    )
    alerts = []
    for p in pairs:
        site, ev = sites[p.site], events[p.event]
        alerts.append(
            SecurityAlert(
                site.id,
                site.code,
                site.name,
                ev.id,
                ev.date_start,
                ev.date_end,
                ev.event_type,
                ev.sub_event_type,
                ev.location,
                actors_text(ev.actor1, ev.actor2),
                ev.fatalities,
                ev.notes,
                p.distance_km,
                p.days_before,
                ev.longitude,
                ev.latitude,
            )
        )
    return alerts
