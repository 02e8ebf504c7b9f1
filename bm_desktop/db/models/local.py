"""Local-only bookkeeping that is never synchronised (device id, sync cursor, ...)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bm_desktop.db.base import Base

# The note that says the data are the fictitious sample programme (written by the
# generator, removed when a server's data replace them).
SAMPLE_SOURCE_NOTE_KEY = "sample_source_note"


class LocalSetting(Base):
    __tablename__ = "local_settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
