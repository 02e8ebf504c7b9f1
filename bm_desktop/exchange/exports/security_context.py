"""Security events of a period per programme province, matched by the events' admin1
name (ACLED and UCDP spell provinces their own way; see :mod:`..places`)."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.event_filters import counted_in
from bm_desktop.db.models import Province, SecurityEvent
from bm_desktop.domain.kpi import Period
from bm_desktop.exchange.places import fold, province_name


@dataclass
class ProvinceEvents:
    events: int = 0
    fatalities: int = 0
    by_type: Counter[str] = field(default_factory=Counter)


def events_by_province(s: Session, period: Period) -> tuple[dict[uuid.UUID, ProvinceEvents], int]:
    """Events counted in the period per province id (an event dated only to a month
    or a year counts when the period holds all of it: a 2023 event never falls in a
    quarter), and how many matched no programme province."""
    provinces = {p.name: p.id for p in s.scalars(select(Province)
                                                 .where(Province.deleted.is_(False)))}
    known = {fold(name): name for name in provinces}
    out: dict[uuid.UUID, ProvinceEvents] = defaultdict(ProvinceEvents)
    unmatched = 0
    cache: dict[str | None, str | None] = {}
    rows = s.execute(select(SecurityEvent.admin1, SecurityEvent.event_type,
                            SecurityEvent.fatalities)
                     .where(SecurityEvent.deleted.is_(False),
                            counted_in(period.start, period.end)))
    for admin1, event_type, fatalities in rows:
        if admin1 not in cache:
            cache[admin1] = province_name(admin1, known)
        name = cache[admin1]
        if name is None:
            unmatched += 1
            continue
        entry = out[provinces[name]]
        entry.events += 1
        entry.fatalities += fatalities or 0
        entry.by_type[event_type] += 1
    return out, unmatched
