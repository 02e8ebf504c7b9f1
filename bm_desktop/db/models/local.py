"""Local-only bookkeeping that is never synchronised (device id, sync cursor, ...)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import DateTime, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from bm_desktop.db.base import Base

# The note that says the data are the fictitious sample programme (written by the
# generator, removed when a server's data replace them).
SAMPLE_SOURCE_NOTE_KEY = "sample_source_note"


class LocalSetting(Base):
    __tablename__ = "local_settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SensitiveReveal(Base):
    """One showing of an incident's sensitive details on this laptop (local only, never
    synchronised): which incident, when, by which role and user, so a coordinator can
    say who looked at a victim's or witness's details on this computer."""

    __tablename__ = "sensitive_reveals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    revealed_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC
    role: Mapped[str | None] = mapped_column(String(40))
    user_name: Mapped[str | None] = mapped_column(String(120))
