"""Seeding and reading the reference tables (taxonomy, minerals, geography).

In `db` because every floor that creates a database needs it: the sync server (`sync`),
the commands and the window, and the services that name reference rows."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.models import (
    Country,
    Mineral,
    ProgrammeRegion,
    Province,
    RiskArea,
    RiskCategory,
    StakeholderType,
)
from bm_desktop.domain import taxonomy

# Reference rows get the same id on every device (uuid5 of table and natural key),
# so laptops seeded separately and the sync server agree on them.
REFERENCE_NAMESPACE = uuid.UUID("6f1d2c3e-8a4b-5c6d-9e0f-1a2b3c4d5e6f")


def localised_name(item: Any, lang: str) -> Any:
    """The French or English name of a reference item (a row: its value; a mapped class:
    the column to select), e.g. ``localised_name(RiskArea, lang)``."""
    return item.name_fr if lang == "fr" else item.name_en


def reference_id(table: str, key: str) -> uuid.UUID:
    """The id every device gives the reference row ``key`` of ``table``."""
    return uuid.uuid5(REFERENCE_NAMESPACE, f"{table}:{key}")


def seed_reference_data(session: Session) -> None:
    """Insert the programme's reference rows that are missing (idempotent)."""
    countries = {c.iso3: c for c in session.scalars(select(Country))}
    for iso3, en, fr in taxonomy.COUNTRIES:
        if iso3 not in countries:
            countries[iso3] = Country(
                id=reference_id("countries", iso3), iso3=iso3, name_en=en, name_fr=fr
            )
            session.add(countries[iso3])
    session.flush()
    regions = {r.name: r for r in session.scalars(select(ProgrammeRegion))}
    provinces = {p.name for p in session.scalars(select(Province))}
    for name, iso3, province_names in taxonomy.PROGRAMME_REGIONS:
        if name not in regions:
            regions[name] = ProgrammeRegion(
                id=reference_id("programme_regions", name), name=name, country_id=countries[iso3].id
            )
            session.add(regions[name])
            session.flush()
        for pname in province_names:
            if pname not in provinces:
                session.add(
                    Province(
                        id=reference_id("provinces", pname),
                        name=pname,
                        country_id=countries[iso3].id,
                        region_id=regions[name].id,
                    )
                )
                provinces.add(pname)
    minerals = {m.code for m in session.scalars(select(Mineral))}
    for code, en, fr, group, chain in taxonomy.MINERALS:
        if code not in minerals:
            session.add(
                Mineral(
                    id=reference_id("minerals", code),
                    code=code,
                    name_en=en,
                    name_fr=fr,
                    group=group,
                    supply_chain=chain,
                )
            )
    categories = {c.code: c for c in session.scalars(select(RiskCategory))}
    for i, (code, en, fr) in enumerate(taxonomy.RISK_CATEGORIES):
        if code not in categories:
            categories[code] = RiskCategory(
                id=reference_id("risk_categories", code),
                code=code,
                name_en=en,
                name_fr=fr,
                sort_order=i,
            )
            session.add(categories[code])
    session.flush()
    areas = {a.code for a in session.scalars(select(RiskArea))}
    for i, seed in enumerate(taxonomy.RISK_AREAS):
        if seed.code not in areas:
            session.add(
                RiskArea(
                    id=reference_id("risk_areas", seed.code),
                    code=seed.code,
                    category_id=categories[seed.category].id,
                    name_en=seed.name_en,
                    name_fr=seed.name_fr,
                    annex2_heading=seed.annex2,
                    sort_order=i,
                )
            )
    types = {t.code for t in session.scalars(select(StakeholderType))}
    for code, en, fr in taxonomy.STAKEHOLDER_TYPES:
        if code not in types:
            session.add(
                StakeholderType(
                    id=reference_id("stakeholder_types", code), code=code, name_en=en, name_fr=fr
                )
            )
    session.flush()
