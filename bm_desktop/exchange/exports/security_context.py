"""Security events of a period per programme province, placed by their coordinates
(point in polygon against the admin-1 layer in use, :mod:`..province_points`), not by
the province name their source writes (which a tracker export may not have)."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.event_filters import counted_in
from bm_desktop.db.models import SecurityEvent
from bm_desktop.domain.kpi import Period
from bm_desktop.exchange.province_points import assign_provinces


@dataclass
class ProvinceEvents:
    events: int = 0
    fatalities: int = 0
    by_type: Counter[str] = field(default_factory=Counter)


def events_by_province(s: Session, period: Period) -> tuple[dict[uuid.UUID, ProvinceEvents], int]:
    """Events counted in the period per province id, by where they happened (an event
    dated only to a month or a year counts when the period holds all of it: a 2023
    event never falls in a quarter), and how many fall in no programme province."""
    out: dict[uuid.UUID, ProvinceEvents] = defaultdict(ProvinceEvents)
    rows = s.execute(
        select(
            SecurityEvent.longitude,
            SecurityEvent.latitude,
            SecurityEvent.admin1,
            SecurityEvent.event_type,
            SecurityEvent.fatalities,
        ).where(SecurityEvent.deleted.is_(False), counted_in(period.start, period.end))
    ).all()
    if not rows:
        return out, 0
    where = assign_provinces(
        s,
        np.array([r[0] for r in rows], dtype=float),
        np.array([r[1] for r in rows], dtype=float),
        [r[2] for r in rows],
    )
    unmatched = 0
    for province_id, (_lon, _lat, _admin1, event_type, fatalities) in zip(where, rows, strict=True):
        if province_id is None:
            unmatched += 1
            continue
        entry = out[province_id]
        entry.events += 1
        entry.fatalities += fatalities or 0
        entry.by_type[event_type] += 1
    return out, unmatched
