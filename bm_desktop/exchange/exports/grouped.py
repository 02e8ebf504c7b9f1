"""Figures per site and risk area, from which the score cards, the quarterly report
and the Annex II summary add up whatever grouping they show.

Two grouped queries per date do the work, built on the KPI module's own
conditions (:mod:`bm_desktop.db.kpi_queries`), so every workbook counts as the
dashboards do: rejected and deleted incidents never count, an action's status
as of a date is its latest progress update by then, cancelled actions stay
recommended but never implementing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, literal, select
from sqlalchemy.orm import Session

from bm_desktop.db import kpi_queries as q
from bm_desktop.db.models import (
    CapMeeting,
    CorrectiveAction,
    Incident,
    Mineral,
    ProgrammeRegion,
    Province,
    RiskArea,
    RiskCategory,
    Site,
    SiteMineral,
)
from bm_desktop.domain.enums import ActionStatus, MeetingStatus
from bm_desktop.domain.kpi import IMPLEMENTING_STATUSES, ImplementationRate, Period, Scope

Key = tuple[uuid.UUID, uuid.UUID]  # (site id, risk area id)


def previous_period(period: Period) -> Period:
    """The period just before: whole months shift by whole months (a quarter's previous
    is the previous quarter), other ranges by their length."""
    last_day = calendar.monthrange(period.end.year, period.end.month)[1]
    if period.start.day == 1 and period.end.day == last_day:
        months = (
            (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
        )
        y, m = period.start.year, period.start.month - months
        while m < 1:
            y, m = y - 1, m + 12
        start = dt.date(y, m, 1)
        return Period(start, period.start - dt.timedelta(days=1))
    return period.previous()


@dataclass(frozen=True)
class Taxonomy:
    """Risk areas with their category and Annex II heading, in the taxonomy's order."""

    area_code: dict[uuid.UUID, str]
    area_name: dict[uuid.UUID, tuple[str, str]]
    area_category: dict[uuid.UUID, uuid.UUID]
    area_heading: dict[uuid.UUID, str | None]
    categories: list[tuple[uuid.UUID, str, str, str]]  # id, code, English, French

    @classmethod
    def load(cls, s: Session) -> Taxonomy:
        areas = s.execute(
            select(
                RiskArea.id,
                RiskArea.code,
                RiskArea.name_en,
                RiskArea.name_fr,
                RiskArea.category_id,
                RiskArea.annex2_heading,
            )
            .where(RiskArea.deleted.is_(False))
            .order_by(RiskArea.sort_order)
        ).all()
        cats = s.execute(
            select(RiskCategory.id, RiskCategory.code, RiskCategory.name_en, RiskCategory.name_fr)
            .where(RiskCategory.deleted.is_(False))
            .order_by(RiskCategory.sort_order)
        ).all()
        return cls(
            {a[0]: a[1] for a in areas},
            {a[0]: (a[2], a[3]) for a in areas},
            {a[0]: a[4] for a in areas},
            {a[0]: a[5] for a in areas},
            [(c[0], c[1], c[2], c[3]) for c in cats],
        )


@dataclass(frozen=True)
class SiteInfo:
    id: uuid.UUID
    code: str
    name: str
    region: str
    province: str | None
    province_id: uuid.UUID | None
    status: str
    operator: str | None
    miners: int | None
    minerals: tuple[tuple[str, str, str, str], ...]  # code, English, French, supply chain

    @property
    def supply_chains(self) -> set[str]:
        return {m[3] for m in self.minerals}


def sites_in_scope(s: Session, scope: Scope) -> dict[uuid.UUID, SiteInfo]:
    """The scope's sites (not deleted), by code, with region, province and minerals."""
    minerals: dict[uuid.UUID, list] = defaultdict(list)
    for site_id, rank, code, en, fr, chain in s.execute(
        select(
            SiteMineral.site_id,
            SiteMineral.rank,
            Mineral.code,
            Mineral.name_en,
            Mineral.name_fr,
            Mineral.supply_chain,
        )
        .join(Mineral, Mineral.id == SiteMineral.mineral_id)
        .where(SiteMineral.deleted.is_(False))
    ):
        minerals[site_id].append((rank, code, en, fr, chain))
    rows = s.execute(
        select(Site, ProgrammeRegion.name, Province.name)
        .join(ProgrammeRegion, ProgrammeRegion.id == Site.region_id)
        .outerjoin(Province, Province.id == Site.province_id)
        .where(Site.id.in_(q.scoped_site_ids(scope)))
        .order_by(Site.code)
    )
    out = {}
    for site, region, province in rows:
        mins = tuple(m[1:] for m in sorted(minerals.get(site.id, [])))
        out[site.id] = SiteInfo(
            site.id,
            site.code,
            site.name,
            region,
            province,
            site.province_id,
            site.status,
            site.operator,
            site.miners_total,
            mins,
        )
    return out


def incidents_by_site_area(s: Session, period: Period, scope: Scope) -> Counter[Key]:
    stmt = (
        select(Incident.site_id, Incident.risk_area_id, func.count(Incident.id))
        .join(Site, Site.id == Incident.site_id)
        .where(and_(*q.incident_conditions(period, scope)))
        .group_by(Incident.site_id, Incident.risk_area_id)
    )
    return Counter({(site, area): int(n) for site, area, n in s.execute(stmt)})


def action_statuses(s: Session, as_of: dt.date, scope: Scope) -> dict[Key, Counter[str]]:
    """Actions recommended by ``as_of`` per (site, area), counted by their status then."""
    latest = q.latest_status_subquery(as_of)
    status = func.coalesce(latest.c.status, literal(ActionStatus.RECOMMENDED.value))
    stmt = (
        select(
            CorrectiveAction.site_id,
            CorrectiveAction.risk_area_id,
            status,
            func.count(CorrectiveAction.id),
        )
        .select_from(CorrectiveAction)
        .outerjoin(latest, latest.c.action_id == CorrectiveAction.id)
        .where(
            CorrectiveAction.deleted.is_(False),
            CorrectiveAction.recommended_on <= as_of,
            CorrectiveAction.site_id.in_(q.scoped_site_ids(scope)),
        )
        .group_by(CorrectiveAction.site_id, CorrectiveAction.risk_area_id, status)
    )
    out: dict[Key, Counter[str]] = defaultdict(Counter)
    for site, area, st, n in s.execute(stmt):
        out[(site, area)][st] += int(n)
    return out


def actions_recommended_in(s: Session, period: Period, scope: Scope) -> Counter[Key]:
    stmt = (
        select(
            CorrectiveAction.site_id, CorrectiveAction.risk_area_id, func.count(CorrectiveAction.id)
        )
        .where(
            CorrectiveAction.deleted.is_(False),
            CorrectiveAction.recommended_on >= period.start,
            CorrectiveAction.recommended_on <= period.end,
            CorrectiveAction.site_id.in_(q.scoped_site_ids(scope)),
        )
        .group_by(CorrectiveAction.site_id, CorrectiveAction.risk_area_id)
    )
    return Counter({(site, area): int(n) for site, area, n in s.execute(stmt)})


def meetings_held(s: Session, period: Period, scope: Scope) -> Counter[uuid.UUID]:
    stmt = (
        select(CapMeeting.site_id, func.count(CapMeeting.id))
        .where(
            CapMeeting.deleted.is_(False),
            CapMeeting.status == MeetingStatus.HELD.value,
            CapMeeting.held_on >= period.start,
            CapMeeting.held_on <= period.end,
            CapMeeting.site_id.in_(q.scoped_site_ids(scope)),
        )
        .group_by(CapMeeting.site_id)
    )
    return Counter({site: int(n) for site, n in s.execute(stmt)})


def overdue_by_site(s: Session, as_of: dt.date, scope: Scope) -> Counter[str]:
    """Overdue actions as of a date, per site code."""
    return Counter(row[1] for row in q.overdue_rows(s, as_of, scope))


@dataclass
class Tally:
    """Figures added up over any group of (site, area) keys."""

    incidents: int = 0
    incidents_before: int = 0
    child_labour: int = 0
    wfcl: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    statuses_before: Counter[str] = field(default_factory=Counter)
    recommended_in_period: int = 0
    meetings: int = 0
    overdue: int = 0

    @staticmethod
    def rate_of(statuses: Counter[str]) -> ImplementationRate:
        total = sum(statuses.values())
        implementing = sum(n for st, n in statuses.items() if st in IMPLEMENTING_STATUSES)
        return ImplementationRate(total, implementing, statuses.get("cancelled", 0))

    @property
    def actions(self) -> ImplementationRate:
        return self.rate_of(self.statuses)

    @property
    def actions_before(self) -> ImplementationRate:
        return self.rate_of(self.statuses_before)


def risks_by_site_area(s: Session, as_of: dt.date, scope: Scope) -> dict[Key, Counter[str]]:
    """Site risks identified by ``as_of`` per (site, area), by their current status."""
    from bm_desktop.db.models import SiteRisk

    stmt = (
        select(SiteRisk.site_id, SiteRisk.risk_area_id, SiteRisk.status, func.count(SiteRisk.id))
        .where(
            SiteRisk.deleted.is_(False),
            SiteRisk.identified_on <= as_of,
            SiteRisk.site_id.in_(q.scoped_site_ids(scope)),
        )
        .group_by(SiteRisk.site_id, SiteRisk.risk_area_id, SiteRisk.status)
    )
    out: dict[Key, Counter[str]] = defaultdict(Counter)
    for site, area, status, n in s.execute(stmt):
        out[(site, area)][status] += int(n)
    return out
