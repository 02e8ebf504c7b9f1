"""Local-only bookkeeping that is never synchronised (device id, sync cursor, ...)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bm_desktop.db.base import Base


class LocalSetting(Base):
    __tablename__ = "local_settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
