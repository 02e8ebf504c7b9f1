"""A small, hand-made programme for the map's tests: four sites with known places,
incidents, corrective actions, a planned CAP meeting and security events."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from bm_desktop.db.models import (
    ActionProgress,
    CapMeeting,
    CorrectiveAction,
    Country,
    Incident,
    Mineral,
    ProgrammeRegion,
    RiskArea,
    SecurityEvent,
    Site,
    SiteMineral,
)

KM_PER_DEG_LAT = 111.195

# code, name, lon, lat, region, status, minerals
SITES = [
    ("SK-001", "Luhihi", 28.93, -2.32, "Eastern DRC", "active", ("gold",)),
    ("NK-002", "Rubaya Hill", 28.88, -1.55, "Eastern DRC", "active", ("tin", "tantalum")),
    ("LUA-001", "Karajipopo", 25.47, -10.72, "Lualaba", "active", ("cobalt", "copper")),
    ("RW-001", "Rutongo Mines", 30.05, -1.80, "Rwanda", "suspended", ("tin", "tungsten")),
]


@dataclass
class SmallProgramme:
    sites: dict[str, uuid.UUID] = field(default_factory=dict)
    incidents: list[uuid.UUID] = field(default_factory=list)


def add_incident(
    s,
    site: Site,
    area: str,
    day: dt.date,
    severity: int = 2,  # noqa: ANN001
    verification: str = "reported",
    lon: float | None = None,
    lat: float | None = None,
    description: str = "",
) -> Incident:
    area_row = s.scalar(select(RiskArea).where(RiskArea.code == area))
    inc = Incident(
        site_id=site.id,
        occurred_on=day,
        reported_on=day,
        risk_area_id=area_row.id,
        severity=severity,
        verification=verification,
        longitude=lon,
        latitude=lat,
        description=description or f"{area} at {site.name}",
    )
    s.add(inc)
    return inc


def add_event(
    s,
    n: int,
    lon: float,
    lat: float,
    day: dt.date,
    event_type: str = "Battles",  # noqa: ANN001
    fatalities: int = 0,
) -> SecurityEvent:
    ev = SecurityEvent(
        source="acled",
        source_id=f"T{n}",
        date_start=day,
        date_end=day,
        longitude=lon,
        latitude=lat,
        event_type=event_type,
        sub_event_type="Armed clash",
        actor1="Armed group",
        actor2="FARDC",
        location=f"Place {n}",
        fatalities=fatalities,
    )
    s.add(ev)
    return ev


def build_small_programme(db) -> SmallProgramme:  # noqa: ANN001
    """Four sites; Luhihi has 6 incidents in the reporting year (2 in Q1 2022, one of them
    verified and severe, one with its own location 20 km north), Rubaya 3, Karajipopo 1;
    Luhihi has 3 actions (one implementing, one overdue, one open) and a planned meeting."""
    out = SmallProgramme()
    with db.sessions.begin() as s:
        countries = {c.iso3: c for c in s.scalars(select(Country))}
        regions = {r.name: r for r in s.scalars(select(ProgrammeRegion))}
        minerals = {m.code: m for m in s.scalars(select(Mineral))}
        sites = {}
        for code, name, lon, lat, region, status, mins in SITES:
            site = Site(
                code=code,
                name=name,
                longitude=lon,
                latitude=lat,
                country_id=countries["RWA" if region == "Rwanda" else "COD"].id,
                region_id=regions[region].id,
                status=status,
                operator="Coop " + name,
                miners_total=500,
            )
            s.add(site)
            s.flush()
            for rank, m in enumerate(mins, start=1):
                s.add(SiteMineral(site_id=site.id, mineral_id=minerals[m].id, rank=rank))
            sites[code] = site
            out.sites[code] = site.id
        luhihi, rubaya, kara = sites["SK-001"], sites["NK-002"], sites["LUA-001"]
        d = dt.date
        incs = [
            add_incident(s, luhihi, "child_labour", d(2021, 5, 3)),
            add_incident(s, luhihi, "child_labour", d(2021, 6, 10)),
            add_incident(s, luhihi, "security_forces", d(2021, 8, 1), 3),
            add_incident(s, luhihi, "ohs", d(2021, 11, 20)),
            add_incident(
                s,
                luhihi,
                "security_forces",
                d(2022, 2, 14),
                4,
                "verified",
                description="Soldiers taxing miners at the pit",
            ),
            add_incident(
                s, luhihi, "water", d(2022, 3, 2), 1, lon=28.93, lat=-2.32 + 20 / KM_PER_DEG_LAT
            ),
            add_incident(s, luhihi, "child_labour", d(2022, 3, 5), 2, "rejected"),
            add_incident(s, rubaya, "child_labour", d(2021, 7, 1)),
            add_incident(s, rubaya, "wfcl", d(2021, 9, 9), 4, "verified"),
            add_incident(s, rubaya, "ohs", d(2022, 1, 9), 2),
            add_incident(s, kara, "child_labour", d(2021, 10, 10), 3),
            add_incident(s, kara, "ohs", d(2020, 10, 10), 3),  # before the reporting year
        ]
        s.flush()
        out.incidents = [i.id for i in incs]
        area = s.scalar(select(RiskArea).where(RiskArea.code == "child_labour"))
        actions = [
            CorrectiveAction(
                site_id=luhihi.id,
                risk_area_id=area.id,
                kind="training",
                description="Train the cooperative on child labour",
                recommended_on=d(2021, 6, 1),
                due_on=d(2021, 9, 1),
            ),
            CorrectiveAction(
                site_id=luhihi.id,
                risk_area_id=area.id,
                kind="awareness_campaign",
                description="Awareness campaign in Luhihi village",
                recommended_on=d(2021, 7, 1),
                due_on=d(2021, 12, 31),
            ),
            CorrectiveAction(
                site_id=luhihi.id,
                risk_area_id=area.id,
                kind="governance",
                description="Register every digger with the cooperative",
                recommended_on=d(2022, 3, 1),
                due_on=d(2022, 6, 30),
            ),
        ]
        s.add_all(actions)
        s.flush()
        s.add(ActionProgress(action_id=actions[0].id, status="in_progress", on=d(2021, 7, 15)))
        s.add(
            CapMeeting(
                site_id=luhihi.id,
                month="2022-03",
                planned_on=d(2022, 3, 10),
                held_on=d(2022, 3, 10),
                status="held",
            )
        )
        s.add(
            CapMeeting(
                site_id=luhihi.id,
                month="2022-04",
                planned_on=d(2022, 4, 12),
                status="planned",
                place="Luhihi cooperative office",
            )
        )
        add_event(s, 1, 28.93 + 0.05, -2.32, d(2022, 3, 20), "Battles", 12)
        add_event(s, 2, 27.0, -5.0, d(2021, 12, 1), "Violence against civilians", 1)
        add_event(s, 3, 30.5, -1.0, d(2020, 1, 1), "Protests", 0)
    return out
