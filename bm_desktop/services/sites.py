"""Sites with their figures under the current filters (for tables, map and details)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    Incident,
    Mineral,
    ProgrammeRegion,
    Province,
    RiskArea,
    RiskCategory,
    Site,
    SiteMineral,
    SiteVisit,
)
from bm_desktop.domain.filters import FilterState


@dataclass(frozen=True)
class SiteSummary:
    id: uuid.UUID
    code: str
    name: str
    longitude: float
    latitude: float
    region: str
    province: str | None
    minerals: tuple[str, ...]  # mineral codes, main mineral first
    mineral_group: str  # "3TG", "cobalt_copper" or "mixed"
    status: str
    operator: str | None
    miners_total: int | None
    incidents: int  # under the filters
    last_visit: dt.date | None = None  # latest visit that took place


def _incident_conditions(filters: FilterState) -> list:
    cond = [
        Incident.deleted.is_(False),
        Incident.verification != "rejected",
        Incident.occurred_on >= filters.start,
        Incident.occurred_on <= filters.end,
    ]
    if filters.verified_only:
        cond.append(Incident.verification == "verified")
    if filters.severities:
        cond.append(Incident.severity.in_(sorted(filters.severities)))
    return cond


def incident_counts(session: Session, filters: FilterState) -> dict[uuid.UUID, int]:
    """Incidents per site under the filters (rejected incidents never count)."""
    stmt = (
        select(Incident.site_id, func.count())
        .join(RiskArea, RiskArea.id == Incident.risk_area_id)
        .where(and_(*_incident_conditions(filters)))
        .group_by(Incident.site_id)
    )
    if filters.risk_areas:
        stmt = stmt.where(RiskArea.code.in_(sorted(filters.risk_areas)))
    if filters.risk_categories:
        stmt = stmt.join(RiskCategory, RiskCategory.id == RiskArea.category_id).where(
            RiskCategory.code.in_(sorted(filters.risk_categories))
        )
    return {site_id: n for site_id, n in session.execute(stmt)}


def list_sites(db: Database, filters: FilterState | None = None) -> list[SiteSummary]:
    """Every site that passes the site filters (region, mineral, status), with figures."""
    filters = filters or FilterState()
    with db.sessions() as s:
        regions = {r.id: r.name for r in s.scalars(select(ProgrammeRegion))}
        provinces = {p.id: p.name for p in s.scalars(select(Province))}
        minerals: dict[uuid.UUID, list[tuple[int, str, str]]] = defaultdict(list)
        rows = s.execute(
            select(SiteMineral.site_id, SiteMineral.rank, Mineral.code, Mineral.group)
            .join(Mineral, Mineral.id == SiteMineral.mineral_id)
            .where(SiteMineral.deleted.is_(False))
        )
        for site_id, rank, code, group in rows:
            minerals[site_id].append((rank, code, group))
        counts = incident_counts(s, filters)
        last = dict(
            s.execute(
                select(SiteVisit.site_id, func.max(SiteVisit.visited_on))
                .where(SiteVisit.deleted.is_(False), SiteVisit.done.is_(True))
                .group_by(SiteVisit.site_id)
            ).all()
        )
        result = []
        for site in s.scalars(select(Site).where(Site.deleted.is_(False)).order_by(Site.code)):
            region = regions.get(site.region_id, "")
            mins = sorted(minerals.get(site.id, []))
            codes = tuple(code for _, code, _ in mins)
            groups = {g for _, _, g in mins}
            if filters.regions and region not in filters.regions:
                continue
            province = provinces.get(site.province_id) if site.province_id else None
            if filters.provinces and (province or "") not in filters.provinces:
                continue
            if filters.site_statuses and site.status not in filters.site_statuses:
                continue
            if filters.minerals and not filters.minerals.intersection(codes):
                continue
            result.append(
                SiteSummary(
                    id=site.id,
                    code=site.code,
                    name=site.name,
                    longitude=site.longitude,
                    latitude=site.latitude,
                    region=region,
                    province=province,
                    minerals=codes,
                    mineral_group=groups.pop() if len(groups) == 1 else ("mixed" if groups else ""),
                    status=site.status,
                    operator=site.operator,
                    miners_total=site.miners_total,
                    incidents=counts.get(site.id, 0),
                    last_visit=last.get(site.id),
                )
            )
        return result


def has_sites(db: Database) -> bool:
    with db.sessions() as s:
        return bool(s.scalar(select(func.count()).select_from(Site)))
