"""What the Filters dock offers: risk categories with their areas, minerals, regions,
the provinces that hold sites (with their region), site statuses, and the range of dates that hold data (for the time slider)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    Incident,
    Mineral,
    ProgrammeRegion,
    Province,
    RiskArea,
    RiskCategory,
    SecurityEvent,
    Site,
)
from bm_desktop.db.reference_data import localised_name
from bm_desktop.domain.enums import SiteStatus


@dataclass(frozen=True)
class Choice:
    code: str
    name: str  # in the interface language


@dataclass(frozen=True)
class CategoryChoice:
    code: str
    name: str
    areas: tuple[Choice, ...]


@dataclass(frozen=True)
class ProvinceChoice:
    name: str  # as stored (the filter's value)
    region: str  # the programme region it belongs to ("" if none)


@dataclass(frozen=True)
class FilterChoices:
    categories: tuple[CategoryChoice, ...]
    minerals: tuple[Choice, ...]
    regions: tuple[str, ...]
    provinces: tuple[ProvinceChoice, ...]  # those holding sites, by region then name
    statuses: tuple[str, ...]
    first_day: dt.date | None  # earliest incident or security event
    last_day: dt.date | None


def filter_choices(db: Database, lang: str = "en") -> FilterChoices:
    """The reference lists in display order, names in ``lang`` (en or fr)."""

    def name(row) -> str:  # noqa: ANN001
        return localised_name(row, lang)

    with db.sessions() as s:
        cats = list(
            s.scalars(
                select(RiskCategory)
                .where(RiskCategory.deleted.is_(False))
                .order_by(RiskCategory.sort_order, RiskCategory.code)
            )
        )
        areas = list(
            s.scalars(
                select(RiskArea)
                .where(RiskArea.deleted.is_(False))
                .order_by(RiskArea.sort_order, RiskArea.code)
            )
        )
        minerals = list(
            s.scalars(
                select(Mineral)
                .where(Mineral.deleted.is_(False))
                .order_by(Mineral.group, Mineral.code)
            )
        )
        regions = list(
            s.scalars(
                select(ProgrammeRegion.name)
                .where(ProgrammeRegion.deleted.is_(False))
                .order_by(ProgrammeRegion.name)
            )
        )
        provinces = s.execute(
            select(Province.name, ProgrammeRegion.name)
            .join(Site, Site.province_id == Province.id)
            .outerjoin(ProgrammeRegion, ProgrammeRegion.id == Province.region_id)
            .where(Site.deleted.is_(False), Province.deleted.is_(False))
            .group_by(Province.name, ProgrammeRegion.name)
            .order_by(ProgrammeRegion.name, Province.name)
        ).all()
        first_inc, last_inc = s.execute(
            select(func.min(Incident.occurred_on), func.max(Incident.occurred_on))
        ).one()
        first_ev, last_ev = s.execute(
            select(func.min(SecurityEvent.date_start), func.max(SecurityEvent.date_end))
        ).one()
    firsts = [d for d in (first_inc, first_ev) if d]
    lasts = [d for d in (last_inc, last_ev) if d]
    return FilterChoices(
        categories=tuple(
            CategoryChoice(
                c.code,
                name(c),
                tuple(Choice(a.code, name(a)) for a in areas if a.category_id == c.id),
            )
            for c in cats
        ),
        minerals=tuple(Choice(m.code, name(m).split(" (")[0]) for m in minerals),
        regions=tuple(regions),
        provinces=tuple(ProvinceChoice(p, r or "") for p, r in provinces),
        statuses=tuple(s.value for s in SiteStatus),
        first_day=min(firsts) if firsts else None,
        last_day=max(lasts) if lasts else None,
    )
