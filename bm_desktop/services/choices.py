"""The lists widgets offer and the small lookups they show, read for them here.

Widgets never open a session or write SQL (the ``ui`` package may not import
``bm_desktop.db``: pyproject's import-linter contract); a combo box of sites, the
risk areas of the incident form, the stakeholders an action can be assigned to,
the mineral names of the map's legend, the areas the visit planner plans for,
all come from one function each, read in one short session, names in the
interface language. The Filters dock's own lists
(with their date range) are :mod:`bm_desktop.services.filter_choices`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

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
    SiteStakeholder,
    Stakeholder,
    StakeholderType,
)
from bm_desktop.db.reference_data import localised_name


@dataclass(frozen=True)
class SiteChoice:
    id: uuid.UUID
    code: str
    name: str


@dataclass(frozen=True)
class RiskAreaChoice:
    code: str
    name: str  # in the interface language
    category: str  # the area's risk category, in the interface language


@dataclass(frozen=True)
class StakeholderOption:
    id: uuid.UUID
    name: str
    type_code: str
    type_name: str  # in the interface language
    role: str | None  # the stakeholder's role at the site


@dataclass(frozen=True)
class IncidentsSubject:
    """What a set of incidents is about: their site (if one), site codes, risk areas."""

    site_id: uuid.UUID | None  # None when they lie on several sites (or none exist)
    site_codes: tuple[str, ...]  # sorted
    area_codes: tuple[str, ...]  # in the order the incidents came


def _fr(lang: str) -> bool:
    return lang == "fr"


def sites(db: Database) -> list[SiteChoice]:
    """The programme's sites (not withdrawn), by code."""
    with db.sessions() as s:
        rows = s.execute(
            select(Site.id, Site.code, Site.name).where(Site.deleted.is_(False)).order_by(Site.code)
        ).all()
    return [SiteChoice(*row) for row in rows]


def risk_areas(db: Database, lang: str = "en") -> list[RiskAreaChoice]:
    """The risk areas (not withdrawn) in the taxonomy's order, with their category."""
    french = _fr(lang)
    with db.sessions() as s:
        rows = s.execute(
            select(
                RiskArea.code,
                RiskArea.name_fr if french else RiskArea.name_en,
                RiskCategory.name_fr if french else RiskCategory.name_en,
            )
            .join(RiskCategory, RiskCategory.id == RiskArea.category_id)
            .where(RiskArea.deleted.is_(False))
            .order_by(RiskCategory.sort_order, RiskArea.sort_order)
        ).all()
    return [RiskAreaChoice(*row) for row in rows]


def mineral_names(db: Database, lang: str = "en") -> dict[str, str]:
    """Mineral code -> short name (without the bracketed detail) in ``lang``."""
    french = _fr(lang)
    with db.sessions() as s:
        return {
            m.code: (m.name_fr if french else m.name_en).split(" (")[0]
            for m in s.scalars(select(Mineral))
        }


def stakeholders(db: Database, site_id: uuid.UUID, lang: str = "en") -> list[StakeholderOption]:
    """The stakeholders of a site an action can be assigned to, by type then name."""
    type_name = localised_name(StakeholderType, lang)
    with db.sessions() as s:
        rows = s.execute(
            select(Stakeholder, StakeholderType.code, type_name, SiteStakeholder.role)
            .join(SiteStakeholder, SiteStakeholder.stakeholder_id == Stakeholder.id)
            .join(StakeholderType, StakeholderType.id == Stakeholder.type_id)
            .where(
                SiteStakeholder.site_id == site_id,
                SiteStakeholder.deleted.is_(False),
                Stakeholder.deleted.is_(False),
            )
        )
        options = [
            StakeholderOption(st.id, st.name, code, name, role) for st, code, name, role in rows
        ]
    return sorted(options, key=lambda o: (o.type_name, o.name))


def regions(db: Database) -> list[str]:
    """The programme regions' names, alphabetically."""
    with db.sessions() as s:
        return list(s.scalars(select(ProgrammeRegion.name).order_by(ProgrammeRegion.name)))


def provinces_with_sites(db: Database) -> list[str]:
    """The provinces that hold at least one site, alphabetically."""
    with db.sessions() as s:
        return list(
            s.scalars(
                select(Province.name)
                .join(Site, Site.province_id == Province.id)
                .distinct()
                .order_by(Province.name)
            )
        )


def security_event_sources(db: Database) -> list[str]:
    """The sources the stored security events come from (acled, ucdp, programme...)."""
    with db.sessions() as s:
        return sorted(s.scalars(select(SecurityEvent.source).distinct()))


def incidents_subject(
    db: Database, incident_ids: list[uuid.UUID] | tuple[uuid.UUID, ...]
) -> IncidentsSubject:
    """The site and risk areas of the given incidents (an action's subject)."""
    with db.sessions() as s:
        rows = s.execute(
            select(Incident.site_id, Site.code, RiskArea.code)
            .join(Site, Site.id == Incident.site_id)
            .join(RiskArea, RiskArea.id == Incident.risk_area_id)
            .where(Incident.id.in_(list(incident_ids)))
        ).all()
    site_ids = {r[0] for r in rows}
    return IncidentsSubject(
        site_id=next(iter(site_ids)) if len(site_ids) == 1 else None,
        site_codes=tuple(sorted({r[1] for r in rows})),
        area_codes=tuple(dict.fromkeys(r[2] for r in rows)),
    )
