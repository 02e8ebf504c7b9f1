"""Tables only the sync server fills: the change feed, receipts, issued tokens,
failed sign-ins.

They exist in every database (one migration chain), but stay empty on laptops.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, DateTime, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from bm_desktop.db.base import Base

# BIGSERIAL on PostgreSQL, the rowid alias (INTEGER PRIMARY KEY) on SQLite.
SEQ = BigInteger().with_variant(Integer, "sqlite")


class FeedEntry(Base):
    """A change the server applied, numbered by ``seq``: what clients pull after a cursor.

    ``site_id`` is the site the row belongs to (None for programme-wide rows),
    so scope filtering on pull is a plain column test.
    """

    __tablename__ = "sync_feed"
    __table_args__ = (Index("ix_sync_feed_row", "table_name", "row_id"),)
    seq: Mapped[int] = mapped_column(SEQ, primary_key=True, autoincrement=True)
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    clock: Mapped[str] = mapped_column(String(64))
    base: Mapped[str | None] = mapped_column(String(64))
    site_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ChangeReceipt(Base):
    """Every change id the server accepted, with a digest of its content.

    The same id again with the same digest is a no-op; with another digest it is
    refused (409) without blocking the rest of the batch.
    """

    __tablename__ = "sync_receipts"
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(12))  # applied, superseded
    seq: Mapped[int | None] = mapped_column(SEQ)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    device: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AuthToken(Base):
    """An issued access token (by its JWT id): a token is valid only while listed
    here, unexpired and not revoked."""

    __tablename__ = "auth_tokens"
    jti: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    device: Mapped[str] = mapped_column(String(64), default="")
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class LoginThrottle(Base):
    """Failed sign-ins per account and per address, and the lock they earned.

    Kept in the database, not in memory, so every server process behind a load
    balancer counts the same failures (``bm_desktop/sync/server/throttle.py``).
    ``key`` is ``account:<user name>`` or ``address:<client address>``.
    """

    __tablename__ = "login_throttle"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    first_at: Mapped[dt.datetime] = mapped_column(DateTime)  # start of the counting window
    last_at: Mapped[dt.datetime] = mapped_column(DateTime)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
