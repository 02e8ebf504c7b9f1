"""Devices and users (used by sync and by role-dependent views)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from bm_desktop.db.base import Base, Synced


class Device(Synced, Base):
    __tablename__ = "devices"
    name: Mapped[str] = mapped_column(String(120))
    registered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class User(Synced, Base):
    """A programme user. ``password_hash`` is an argon2 hash, only on the server."""

    __tablename__ = "users"
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(30))
    password_hash: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class UserRegion(Synced, Base):
    __tablename__ = "user_regions"
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    region_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme_regions.id"))


class UserSite(Synced, Base):
    __tablename__ = "user_sites"
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
