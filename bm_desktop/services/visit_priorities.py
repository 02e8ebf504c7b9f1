"""The visit planner's inputs: the sites of a region or province and the facts the
ranking (:mod:`bm_desktop.domain.visit_priority`) weighs, read as of the trip's first
day.

Reading rules: "unverified" incidents are still *reported* (neither verified nor
rejected), of severity 3 or 4, occurred by the first day; WFCL incidents count over
the year before the first day (rejected ones never); overdue actions follow the KPI
rule (:func:`services.site_details.site_action_figures`); the last visit is the
latest visit that took place; a CAP meeting counts when it is planned inside the
trip's days; security events are those within ``radius_km`` in the ``alert_days``
before the first day (the Alerts dock's rule). Inactive sites are left out.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    CapMeeting,
    Incident,
    ProgrammeRegion,
    Province,
    RiskArea,
    Site,
)
from bm_desktop.domain.errors import NotFoundError, ValidationError
from bm_desktop.domain.taxonomy import WFCL_AREA
from bm_desktop.domain.visit_priority import PriorityWeights, RankedSite, SiteFacts, rank_sites
from bm_desktop.geo.proximity import DEFAULT_DAYS, DEFAULT_RADIUS_KM
from bm_desktop.services.security_alerts import SecurityAlert, security_alerts
from bm_desktop.services.site_details import site_action_figures
from bm_desktop.services.visits import last_visits


@dataclass(frozen=True)
class PlannerSite:
    id: uuid.UUID
    code: str
    name: str
    longitude: float
    latitude: float
    region: str
    province: str | None


@dataclass(frozen=True)
class PlannerArea:
    """A region or a province, whichever the manager chose."""

    region: str | None = None
    province: str | None = None


@dataclass
class PlannerInputs:
    sites: dict[Any, PlannerSite]  # by site id (the facts' ``site_id``)
    facts: list[SiteFacts]
    alerts: dict[uuid.UUID, list[SecurityAlert]]
    region: str  # the region the sites belong to (for the travel assumptions)


def area_sites(db: Database, area: PlannerArea) -> tuple[list[PlannerSite], str]:
    """Active and suspended sites of the region or province, by code; and the region."""
    if bool(area.region) == bool(area.province):
        raise ValidationError("Choose a region or a province (one of them).", field="area")
    with db.sessions() as s:
        regions = {r.id: r.name for r in s.scalars(select(ProgrammeRegion))}
        provinces = {p.id: p for p in s.scalars(select(Province))}
        stmt = select(Site).where(Site.deleted.is_(False), Site.status != "inactive")
        if area.region:
            match = [k for k, v in regions.items() if v.casefold() == area.region.casefold()]
            if not match:
                raise NotFoundError(
                    "Unknown region '{name}': choose one of {choices}.",
                    name=area.region,
                    choices=sorted(regions.values()),
                )
            stmt = stmt.where(Site.region_id == match[0])
            region = regions[match[0]]
        else:
            match = [
                k
                for k, p in provinces.items()
                if p.name.casefold() == str(area.province).casefold()
            ]
            if not match:
                raise NotFoundError("Unknown province '{name}'.", name=area.province)
            stmt = stmt.where(Site.province_id.in_(match))
            region = ""
        sites = [
            PlannerSite(
                x.id,
                x.code,
                x.name,
                x.longitude,
                x.latitude,
                regions.get(x.region_id, ""),
                provinces[x.province_id].name if x.province_id in provinces else None,
            )
            for x in s.scalars(stmt.order_by(Site.code))
        ]
    if not region and sites:
        region = Counter(x.region for x in sites).most_common(1)[0][0]
    return sites, region


def planner_inputs(
    db: Database,
    area: PlannerArea,
    first_day: dt.date,
    days: int,
    *,
    radius_km: float = DEFAULT_RADIUS_KM,
    alert_days: int = DEFAULT_DAYS,
) -> PlannerInputs:
    """Everything the ranking needs for the sites of ``area``, as of ``first_day``."""
    sites, region = area_sites(db, area)
    ids = [x.id for x in sites]
    last_day = first_day + dt.timedelta(days=max(days, 1) - 1)
    with db.sessions() as s:
        severe = dict(
            s.execute(
                select(Incident.site_id, func.count())
                .where(
                    Incident.site_id.in_(ids),
                    Incident.deleted.is_(False),
                    Incident.verification == "reported",
                    Incident.severity >= 3,
                    Incident.occurred_on <= first_day,
                )
                .group_by(Incident.site_id)
            ).all()
        )
        wfcl = dict(
            s.execute(
                select(Incident.site_id, func.count())
                .join(RiskArea, RiskArea.id == Incident.risk_area_id)
                .where(
                    Incident.site_id.in_(ids),
                    Incident.deleted.is_(False),
                    Incident.verification != "rejected",
                    RiskArea.code == WFCL_AREA,
                    Incident.occurred_on > first_day - dt.timedelta(days=365),
                    Incident.occurred_on <= first_day,
                )
                .group_by(Incident.site_id)
            ).all()
        )
        meetings = set(
            s.scalars(
                select(CapMeeting.site_id).where(
                    CapMeeting.site_id.in_(ids),
                    CapMeeting.deleted.is_(False),
                    CapMeeting.status == "planned",
                    CapMeeting.planned_on >= first_day,
                    CapMeeting.planned_on <= last_day,
                )
            )
        )
    actions = site_action_figures(db, first_day)
    last = last_visits(db, as_of=first_day)
    alerts: dict[uuid.UUID, list[SecurityAlert]] = defaultdict(list)
    for a in security_alerts(db, first_day, radius_km=radius_km, days=alert_days, site_ids=ids):
        alerts[a.site_id].append(a)
    facts = [
        SiteFacts(
            x.id,
            x.code,
            x.name,
            unverified_severe=int(severe.get(x.id, 0)),
            wfcl=int(wfcl.get(x.id, 0)),
            overdue_actions=actions[x.id].overdue if x.id in actions else 0,
            days_since_visit=(first_day - last[x.id]).days if x.id in last else None,
            cap_meeting_in_window=x.id in meetings,
            security_alerts=len(alerts.get(x.id, [])),
        )
        for x in sites
    ]
    return PlannerInputs({x.id: x for x in sites}, facts, dict(alerts), region)


def ranked_sites(
    db: Database,
    area: PlannerArea,
    first_day: dt.date,
    days: int,
    weights: PriorityWeights | None = None,
    **kw: float,
) -> tuple[list[RankedSite], PlannerInputs]:
    """The sites of ``area`` ranked for a trip starting on ``first_day``."""
    inputs = planner_inputs(db, area, first_day, days, **kw)  # type: ignore[arg-type]
    return rank_sites(inputs.facts, weights), inputs
