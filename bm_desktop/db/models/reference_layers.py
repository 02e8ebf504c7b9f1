"""Reference layers: context the user brings (a national register of mine sites with its
visits), drawn under the programme and never counted in its figures.

They are local to the laptop and never synchronised: they are public files anyone can
load again, they can hold thousands of rows each office loads in its own version,
and keeping them out of the programme tables (``sites``, ``site_visits``) is what
keeps them out of KPIs, alerts, exports and the sync outbox.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from bm_desktop.db.base import Base, new_id


class ReferenceLayer(Base):
    __tablename__ = "reference_layers"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    source_file: Mapped[str] = mapped_column(Text)
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ReferenceSite(Base):
    """One site of a register, as of its latest visit."""

    __tablename__ = "reference_sites"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    layer_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("reference_layers.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(200))
    longitude: Mapped[float] = mapped_column(Float)
    latitude: Mapped[float] = mapped_column(Float)
    province: Mapped[str | None] = mapped_column(String(120))
    territory: Mapped[str | None] = mapped_column(String(120))
    minerals: Mapped[str] = mapped_column(String(200), default="")  # codes, ";"-separated
    workers: Mapped[int | None] = mapped_column(Integer)
    last_visit: Mapped[dt.date | None] = mapped_column(Date)
    armed_presence: Mapped[bool | None] = mapped_column(Boolean)
    child_labour: Mapped[bool | None] = mapped_column(Boolean)
    attributes: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the file's other columns


class ReferenceVisit(Base):
    """One visit of a register site (the register's rows)."""

    __tablename__ = "reference_visits"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    site_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("reference_sites.id", ondelete="CASCADE"), index=True
    )
    visited_on: Mapped[dt.date | None] = mapped_column(Date)
    workers: Mapped[int | None] = mapped_column(Integer)
    minerals: Mapped[str] = mapped_column(String(200), default="")
    armed_presence: Mapped[bool | None] = mapped_column(Boolean)
    child_labour: Mapped[bool | None] = mapped_column(Boolean)
    attributes: Mapped[str] = mapped_column(Text, default="{}")
