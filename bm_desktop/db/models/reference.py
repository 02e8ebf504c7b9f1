"""Reference data: geography, minerals, risk taxonomy, stakeholder types."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bm_desktop.db.base import Base, Synced


class Country(Synced, Base):
    __tablename__ = "countries"
    iso3: Mapped[str] = mapped_column(String(3), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_fr: Mapped[str] = mapped_column(String(120))


class ProgrammeRegion(Synced, Base):
    __tablename__ = "programme_regions"
    name: Mapped[str] = mapped_column(String(80), unique=True)
    country_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("countries.id"), index=True)


class Province(Synced, Base):
    __tablename__ = "provinces"
    name: Mapped[str] = mapped_column(String(80))
    country_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("countries.id"), index=True)
    region_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("programme_regions.id"), index=True
    )


class Mineral(Synced, Base):
    __tablename__ = "minerals"
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_en: Mapped[str] = mapped_column(String(80))
    name_fr: Mapped[str] = mapped_column(String(80))
    group: Mapped[str] = mapped_column(String(20))  # "3TG" or "cobalt_copper"
    supply_chain: Mapped[str] = mapped_column(String(20))  # "3T", "gold", "cobalt_copper"


class RiskCategory(Synced, Base):
    __tablename__ = "risk_categories"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_fr: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class RiskArea(Synced, Base):
    __tablename__ = "risk_areas"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risk_categories.id"), index=True)
    name_en: Mapped[str] = mapped_column(String(160))
    name_fr: Mapped[str] = mapped_column(String(160))
    # OECD Annex II heading code (see domain.taxonomy.ANNEX2_HEADINGS) or None.
    annex2_heading: Mapped[str | None] = mapped_column(String(40))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class StakeholderType(Synced, Base):
    __tablename__ = "stakeholder_types"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(160))
    name_fr: Mapped[str] = mapped_column(String(160))
