"""Incidents, site risks, corrective actions and their progress."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bm_desktop.db.base import Base, Synced

# Every count of incidents (the Sites table, the dashboard, the KPIs, the quarterly
# report) filters a period, deletion, verification and severity and groups by site,
# risk area or day: this index holds all of it, so SQLite counts from the index alone.
# Without it the period's range went through ix_incidents_occurred_on and fetched each
# row from the table at random: 10.8 s for the Sites table's counts of 1,000,000
# incidents in an encrypted file (each page decrypted again and again), 0.7 s with it.
COUNTING_INDEX = "ix_incidents_counting"
COUNTING_COLUMNS = (
    "occurred_on",
    "deleted",
    "verification",
    "severity",
    "site_id",
    "risk_area_id",
    "id",
)


class Incident(Synced, Base):
    __tablename__ = "incidents"
    __table_args__ = (Index(COUNTING_INDEX, *COUNTING_COLUMNS),)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    reported_on: Mapped[dt.date] = mapped_column(Date)
    reported_by: Mapped[str | None] = mapped_column(String(120))
    source: Mapped[str] = mapped_column(String(20), default="monitor")
    risk_area_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risk_areas.id"), index=True)
    severity: Mapped[int] = mapped_column(Integer, default=2)  # 1 (low) .. 4 (critical)
    description: Mapped[str] = mapped_column(Text, default="")
    people_affected: Mapped[int | None] = mapped_column(Integer)
    minors_involved: Mapped[int] = mapped_column(Integer, default=0)
    # Own location, when the incident did not happen at the site itself.
    longitude: Mapped[float | None] = mapped_column(Float)
    latitude: Mapped[float | None] = mapped_column(Float)
    verification: Mapped[str] = mapped_column(String(20), default="reported")
    verified_by: Mapped[str | None] = mapped_column(String(120))
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    # A monitor's field submission (ODK / KoboToolbox): its current instance id (without
    # "uuid:"), so an export imported twice adds nothing and an edit updates the incident,
    # and its photos (paths inside the media folder beside the database, one a line).
    submission_id: Mapped[str | None] = mapped_column(String(64), index=True)
    photos: Mapped[str | None] = mapped_column(Text)
    # Sensitive details: shown only to roles allowed to, removed by the server
    # before sending to government users, left out of exports by default.
    sensitive_victims: Mapped[str | None] = mapped_column(Text)
    sensitive_witnesses: Mapped[str | None] = mapped_column(Text)
    sensitive_notes: Mapped[str | None] = mapped_column(Text)


SENSITIVE_INCIDENT_FIELDS = ("sensitive_victims", "sensitive_witnesses", "sensitive_notes")


class SiteRisk(Synced, Base):
    """A risk on a site in one risk area, scored likelihood x severity (1..5 each)."""

    __tablename__ = "site_risks"
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    risk_area_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risk_areas.id"), index=True)
    likelihood: Mapped[int] = mapped_column(Integer, default=1)
    severity: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(20), default="open")
    identified_on: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class RiskIncident(Synced, Base):
    """Links a risk to an incident behind it (append-only)."""

    __tablename__ = "risk_incidents"
    __append_only__ = True
    __table_args__ = (UniqueConstraint("risk_id", "incident_id", name="uq_risk_incidents_pair"),)
    risk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site_risks.id"), index=True)
    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id"), index=True)


class CorrectiveAction(Synced, Base):
    """A corrective action; its status is derived from its progress updates."""

    __tablename__ = "corrective_actions"
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    risk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("site_risks.id"), index=True)
    risk_area_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risk_areas.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text)
    stakeholder_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stakeholders.id"))
    recommended_on: Mapped[dt.date] = mapped_column(Date, index=True)
    due_on: Mapped[dt.date] = mapped_column(Date)
    priority: Mapped[str] = mapped_column(String(10), default="medium")


class ActionIncident(Synced, Base):
    __tablename__ = "action_incidents"
    __append_only__ = True
    __table_args__ = (
        UniqueConstraint("action_id", "incident_id", name="uq_action_incidents_pair"),
    )
    action_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("corrective_actions.id"), index=True)
    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id"), index=True)


class ActionProgress(Synced, Base):
    """A dated progress update (append-only); the latest one is the action's status."""

    __tablename__ = "action_progress"
    __append_only__ = True
    action_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("corrective_actions.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    on: Mapped[dt.date] = mapped_column(Date, index=True)
    note: Mapped[str | None] = mapped_column(Text)
    by: Mapped[str | None] = mapped_column(String(120))
    # Orders updates made on the same day; set from the clock when written.
    seq: Mapped[str] = mapped_column(String(64), default="")
