"""Sites of the sample programme: location, minerals, miners, status history, visits."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from dataclasses import dataclass, field

from bm_desktop.db.models import Site, SiteMineral, SiteStatusChange, SiteVisit
from bm_desktop.domain.enums import SiteStatus
from bm_desktop.services.sample_programme import people
from bm_desktop.services.sample_programme.context import SampleBuilder
from bm_desktop.services.sample_programme.places import COUNTRY_OF_REGION, SITES, SiteSpec
from bm_desktop.services.sample_programme.targets import DATA_END, DATA_START

D = dt.date
JITTER_DEG = 0.025  # about 2.8 km: sites sit near, not on, their anchor

# Temporary suspensions: site code -> (from, back to active on or None, reason).
SUSPENSIONS: dict[str, list[tuple[dt.date, dt.date | None, str]]] = {
    "IT-01": [(D(2020, 6, 1), D(2020, 7, 15), "Insecurity in Djugu territory; monitors withdrawn")],
    "SK-01": [
        (
            D(2021, 3, 22),
            D(2021, 5, 21),
            "Unmandated military forces on the site: 60-day action plan and weekly risk "
            "reports to the buyers until they left",
        )
    ],
    "LB-02": [
        (
            D(2021, 8, 16),
            D(2021, 9, 27),
            "Repeated child-labour cases; suspended until the remediation plan was in place",
        )
    ],
    "RW-04": [(D(2022, 2, 7), D(2022, 3, 21), "Fatal pit collapse; safety audit of all shafts")],
    "NK-02": [(D(2022, 11, 14), None, "Armed group attack near the site; monitors withdrawn")],
}

VISIT_PURPOSES = [
    "Baseline assessment",
    "Incident verification",
    "CAP meeting support",
    "Security assessment",
    "Follow-up of corrective actions",
    "Joint visit with state services",
    "Buyer due-diligence visit",
]


@dataclass
class SiteInfo:
    """What the other parts of the generator need to know about a generated site."""

    spec: SiteSpec
    id: uuid.UUID
    code: str
    name: str
    lon: float
    lat: float
    country: str  # ISO3
    start: dt.date  # first day incidents can be recorded
    end: dt.date  # last day (inactive sites stop before the year)
    suspended: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    current_status: str = SiteStatus.ACTIVE.value
    monitors: list[str] = field(default_factory=list)
    # stakeholder type code -> ids of the organisations of that type linked to the site
    organisations: dict[str, list[uuid.UUID]] = field(default_factory=dict)
    organisation_names: dict[uuid.UUID, str] = field(default_factory=dict)
    weight: float = 1.0

    @property
    def is_cobalt(self) -> bool:
        return "cobalt" in self.spec.minerals

    def is_suspended(self, day: dt.date) -> bool:
        return any(a <= day <= b for a, b in self.suspended)


def build_sites(b: SampleBuilder) -> list[SiteInfo]:
    """Queue the sites with minerals, status history and visits; return their facts."""
    rng = b.rng("sites")
    infos = []
    for spec in SITES:
        lat = spec.lat + rng.uniform(-JITTER_DEG, JITTER_DEG)
        lon = spec.lon + rng.uniform(-JITTER_DEG, JITTER_DEG)
        lat, lon = round(lat, 5), round(lon, 5)
        country = COUNTRY_OF_REGION[spec.region]
        miners = spec.miners if b.copy == 0 else int(spec.miners * rng.uniform(0.7, 1.3))
        women = None if spec.women_share is None else round(miners * spec.women_share)
        changes = _status_changes(spec)
        current = changes[-1][1]
        name = spec.name if b.copy == 0 else f"{spec.name} ({b.copy + 1})"
        site_id = b.add(
            Site,
            code=spec.code + b.suffix,
            name=name,
            longitude=lon,
            latitude=lat,
            country_id=b.ref.countries[country],
            region_id=b.ref.regions[spec.region],
            province_id=b.ref.provinces[spec.province],
            territory=spec.territory,
            operator=spec.operator,
            miners_women=women,
            miners_men=None if women is None else miners - women,
            miners_total=miners,
            joined_on=spec.joined_on,
            status=current,
        )
        for rank, mineral in enumerate(spec.minerals, start=1):
            b.add(SiteMineral, site_id=site_id, mineral_id=b.ref.minerals[mineral], rank=rank)
        for on, status, reason in changes:
            b.add(SiteStatusChange, site_id=site_id, status=status, effective_on=on, reason=reason)
        info = SiteInfo(
            spec=spec,
            id=site_id,
            code=spec.code + b.suffix,
            name=name,
            lon=lon,
            lat=lat,
            country=country,
            start=max(spec.joined_on, DATA_START),
            end=(spec.inactive_on - dt.timedelta(days=1)) if spec.inactive_on else DATA_END,
            suspended=[(a, z or DATA_END) for a, z, _ in SUSPENSIONS.get(spec.code, [])],
            current_status=current,
            monitors=[people.person_name(rng, country)[0] for _ in range(rng.randint(1, 2))],
            weight=math.sqrt(miners),
        )
        infos.append(info)
        _visits(b, info, rng)
    return infos


def _status_changes(spec: SiteSpec) -> list[tuple[dt.date, str, str | None]]:
    changes: list[tuple[dt.date, str, str | None]] = [
        (spec.joined_on, SiteStatus.ACTIVE.value, "Joined the programme")
    ]
    for start, back, reason in SUSPENSIONS.get(spec.code, []):
        changes.append((start, SiteStatus.SUSPENDED.value, reason))
        if back is not None:
            changes.append((back, SiteStatus.ACTIVE.value, "Suspension lifted"))
    if spec.inactive_on is not None:
        changes.append((spec.inactive_on, SiteStatus.INACTIVE.value, spec.inactive_reason))
    return sorted(changes, key=lambda c: c[0])


def _visits(b: SampleBuilder, site: SiteInfo, rng) -> None:
    span = (site.end - site.start).days
    n = rng.randint(4, 8) if site.spec.active else rng.randint(1, 2)
    visitor = people.person_name(b.rng(f"manager:{site.spec.region}"), site.country)[0]
    for day in sorted(rng.randint(0, max(span, 1)) for _ in range(n)):
        on = site.start + dt.timedelta(days=day)
        purpose = rng.choice(VISIT_PURPOSES)
        b.add(
            SiteVisit,
            site_id=site.id,
            visited_on=on,
            visitor=visitor,
            purpose=purpose,
            notes=f"{purpose} at {site.name}; notes are fictitious sample data.",
            workers_counted=int((site.spec.miners or 100) * rng.uniform(0.6, 1.05)),
        )
