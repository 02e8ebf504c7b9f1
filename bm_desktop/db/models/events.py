"""Security events around the sites (from ACLED-like / UCDP-like tables or our own)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bm_desktop.db.base import Base, Synced


class SecurityEvent(Synced, Base):
    __tablename__ = "security_events"
    __table_args__ = (UniqueConstraint("source", "source_id", name="uq_security_events_source"),)
    source: Mapped[str] = mapped_column(String(20))  # acled, ucdp, programme, other
    source_id: Mapped[str] = mapped_column(String(80))
    date_start: Mapped[dt.date] = mapped_column(Date, index=True)
    date_end: Mapped[dt.date] = mapped_column(Date, index=True)
    date_precision: Mapped[int] = mapped_column(Integer, default=1)  # 1 day, 2 week, 3 month
    # What the source knows of the date: "day" (date_start..date_end are real days),
    # "month" or "year" (only that month or year is known; date_start..date_end span it).
    # An imprecise event counts only in periods that contain its whole month or year.
    date_unit: Mapped[str] = mapped_column(String(5), default="day", server_default="day")
    longitude: Mapped[float] = mapped_column(Float)
    latitude: Mapped[float] = mapped_column(Float)
    geo_precision: Mapped[int] = mapped_column(Integer, default=1)  # 1 exact .. 3 region
    event_type: Mapped[str] = mapped_column(String(80), index=True)
    sub_event_type: Mapped[str | None] = mapped_column(String(120))
    actor1: Mapped[str | None] = mapped_column(String(200))
    actor2: Mapped[str | None] = mapped_column(String(200))
    admin1: Mapped[str | None] = mapped_column(String(120))
    admin2: Mapped[str | None] = mapped_column(String(120))
    location: Mapped[str | None] = mapped_column(String(200))
    fatalities: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)
