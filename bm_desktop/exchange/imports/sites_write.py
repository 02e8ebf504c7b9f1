"""Writing an accepted site import (see :mod:`.sites`) in the caller's transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.models import Province, Site, SiteMineral, SiteStatusChange, SiteVisit
from bm_desktop.domain.enums import SiteStatus
from bm_desktop.exchange.imports import mapping as mp
from bm_desktop.exchange.imports.report import ADD
from bm_desktop.exchange.imports.sites import REGISTER_PURPOSE, Reference, SitePlan, SiteRow

VISITOR = "Site register import"


def write(s: Session, plan: SitePlan, today: dt.date) -> int:
    """Create and update the sites, record the visits; returns the visits added."""
    ref = Reference(s)
    provinces = {p.id: p for p in s.scalars(select(Province))}
    sites = {x.code: x for x in s.scalars(select(Site).where(Site.deleted.is_(False)))}
    for code, change in plan.changes.items():
        row = plan.latest[code]
        if change == ADD:
            assert row.province_id is not None  # the plan gives every new site a province
            province = provinces[row.province_id]
            site = Site(
                code=code,
                name=row.name,
                longitude=row.longitude,
                latitude=row.latitude,
                country_id=province.country_id,
                region_id=province.region_id,
                province_id=province.id,
                territory=row.territory,
                operator=row.operator,
                miners_total=row.miners,
                status=SiteStatus.INACTIVE.value,
            )
            s.add(site)
            s.flush()
            s.add(
                SiteStatusChange(
                    site_id=site.id,
                    status=SiteStatus.INACTIVE.value,
                    effective_on=row.visit or today,
                    reason="Added from a site register; not yet in the programme.",
                )
            )
            sites[code] = site
        else:
            site = sites[code]
            _update(site, row, provinces)
        if row.minerals:
            _set_minerals(s, site.id, row.minerals, ref)
    visits = _visits(s, plan, sites)
    mp.remember(s, "sites", plan.headers, plan.mapping)
    s.flush()
    return visits


def _update(site: Site, row: SiteRow, provinces: dict) -> None:
    site.name, site.longitude, site.latitude = row.name, row.longitude, row.latitude
    if row.province_id is not None and site.province_id != row.province_id:
        province = provinces[row.province_id]
        site.province_id = province.id
        if province.region_id is not None:
            site.region_id = province.region_id
        site.country_id = province.country_id
    if row.territory is not None:
        site.territory = row.territory
    if row.miners is not None:
        site.miners_total = row.miners
    if row.operator is not None:
        site.operator = row.operator


def _set_minerals(s: Session, site_id: uuid.UUID, codes: list[str], ref: Reference) -> None:
    """The latest visit's minerals, in its order; others are marked deleted."""
    links = {
        link.mineral_id: link
        for link in s.scalars(select(SiteMineral).where(SiteMineral.site_id == site_id))
    }
    wanted = {ref.minerals[c].id: rank for rank, c in enumerate(codes, start=1)}
    for mineral_id, rank in wanted.items():
        link = links.get(mineral_id)
        if link is None:
            s.add(SiteMineral(site_id=site_id, mineral_id=mineral_id, rank=rank))
        elif link.deleted or link.rank != rank:
            link.deleted, link.rank = False, rank
    for mineral_id, link in links.items():
        if mineral_id not in wanted and not link.deleted:
            link.deleted = True


def _visits(s: Session, plan: SitePlan, sites: dict[str, Site]) -> int:
    known: set[tuple[Any, ...]] = set(
        s.execute(
            select(SiteVisit.site_id, SiteVisit.visited_on).where(
                SiteVisit.purpose == REGISTER_PURPOSE, SiteVisit.deleted.is_(False)
            )
        ).all()
    )
    added = 0
    for row in plan.visits:
        site = sites.get(row.code)
        if site is None or row.code not in plan.latest or row.visit is None:
            continue
        if (site.id, row.visit) in known:
            continue
        known.add((site.id, row.visit))
        s.add(
            SiteVisit(
                site_id=site.id,
                visited_on=row.visit,
                visitor=VISITOR,
                purpose=REGISTER_PURPOSE,
                notes=row.notes,
                workers_counted=row.miners,
            )
        )
        added += 1
    return added
