"""Mine sites, their minerals, status history, stakeholders and visits."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from bm_desktop.db.base import Base, Synced


class Site(Synced, Base):
    __tablename__ = "sites"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    longitude: Mapped[float] = mapped_column(Float)
    latitude: Mapped[float] = mapped_column(Float)
    country_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("countries.id"), index=True)
    region_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme_regions.id"), index=True)
    province_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("provinces.id"), index=True)
    territory: Mapped[str | None] = mapped_column(String(120))
    operator: Mapped[str | None] = mapped_column(String(200))  # cooperative or operator
    miners_women: Mapped[int | None] = mapped_column(Integer)
    miners_men: Mapped[int | None] = mapped_column(Integer)
    miners_total: Mapped[int | None] = mapped_column(Integer)
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    # Current status; every change is also recorded in site_status_changes.
    status: Mapped[str] = mapped_column(String(20), default="active")


class SiteMineral(Synced, Base):
    __tablename__ = "site_minerals"
    __table_args__ = (UniqueConstraint("site_id", "mineral_id", name="uq_site_minerals_pair"),)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    mineral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("minerals.id"), index=True)
    rank: Mapped[int] = mapped_column(Integer, default=1)  # 1 = main mineral


class SiteStatusChange(Synced, Base):
    """Dated history of a site's status (append-only)."""

    __tablename__ = "site_status_changes"
    __append_only__ = True
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    effective_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)


class Stakeholder(Synced, Base):
    """An organisation or a person; people may belong to an organisation."""

    __tablename__ = "stakeholders"
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="organisation")
    type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stakeholder_types.id"), index=True)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stakeholders.id"))
    position: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    gender: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str | None] = mapped_column(Text)


class SiteStakeholder(Synced, Base):
    __tablename__ = "site_stakeholders"
    __table_args__ = (
        UniqueConstraint("site_id", "stakeholder_id", name="uq_site_stakeholders_pair"),
    )
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stakeholders.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(120))


class SiteVisit(Synced, Base):
    """A visit to a site: who went, why, what they found (``notes``), and whether it
    took place (``done`` False records a planned visit that did not happen, so it does
    not count as the site's last visit)."""

    __tablename__ = "site_visits"
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    visited_on: Mapped[dt.date] = mapped_column(Date, index=True)
    visitor: Mapped[str] = mapped_column(String(120))
    purpose: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    workers_counted: Mapped[int | None] = mapped_column(Integer)
    done: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class VisitIncident(Synced, Base):
    """An incident verified or raised during a visit (append-only link)."""

    __tablename__ = "visit_incidents"
    __append_only__ = True
    __table_args__ = (UniqueConstraint("visit_id", "incident_id", name="uq_visit_incidents_pair"),)
    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site_visits.id"), index=True)
    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # "verified" or "raised"


class VisitAction(Synced, Base):
    """A corrective action checked on site during a visit (append-only link)."""

    __tablename__ = "visit_actions"
    __append_only__ = True
    __table_args__ = (UniqueConstraint("visit_id", "action_id", name="uq_visit_actions_pair"),)
    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site_visits.id"), index=True)
    action_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("corrective_actions.id"), index=True)
