"""Local-only sync bookkeeping on each laptop: outbox, sync state, conflicts.

These tables are never synchronised themselves (they are not ``Synced``). The
outbox row of a change is written in the same transaction as the change, so a
change is either both saved and queued, or neither.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from bm_desktop.db.base import Base


class OutboxChange(Base):
    """One local change waiting for (or confirmed by) the server.

    ``state``: ``pending`` until the server answers for it, then ``acknowledged``
    (applied, already there, or superseded by a newer version) or ``rejected``
    (refused: out of scope, invalid; ``message`` says why in plain words).
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_row", "table_name", "row_id"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    op: Mapped[str] = mapped_column(String(10))  # insert, update, delete
    payload: Mapped[str] = mapped_column(Text)  # the row's new values, JSON (bm_desktop.sync.rows)
    clock: Mapped[str] = mapped_column(String(64))  # HLC of the change (= the row's updated_at)
    base: Mapped[str | None] = mapped_column(String(64))  # updated_at of the version it replaced
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    outcome: Mapped[str | None] = mapped_column(String(20))
    message: Mapped[str | None] = mapped_column(Text)


class SyncState(Base):
    """The laptop's link to its server: one row (``id`` 1) once it has connected."""

    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str | None] = mapped_column(String(300))
    username: Mapped[str | None] = mapped_column(String(80))
    role: Mapped[str | None] = mapped_column(String(30))
    # Set once the first connection has started: from then on every change is queued.
    attached_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    cursor: Mapped[str | None] = mapped_column(String(200))  # opaque, from the server
    scope: Mapped[str | None] = mapped_column(String(64))  # fingerprint of the user's scope
    last_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_success_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_pushed: Mapped[int] = mapped_column(Integer, default=0)
    last_pulled: Mapped[int] = mapped_column(Integer, default=0)
    last_conflicts: Mapped[int] = mapped_column(Integer, default=0)


class SyncConflict(Base):
    """A version that lost to a later one (last writer wins), kept so nothing is lost.

    ``local_*`` is the losing version (on a laptop: this user's edit), ``remote_*``
    the version that was kept. The user may resolve it by choosing either; the
    choice is written as a new change.
    """

    __tablename__ = "conflicts"
    __table_args__ = (
        UniqueConstraint("table_name", "row_id", "local_clock", name="uq_conflicts_loser"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    local_version: Mapped[str] = mapped_column(Text)  # JSON
    remote_version: Mapped[str] = mapped_column(Text)  # JSON
    local_clock: Mapped[str] = mapped_column(String(64))
    remote_clock: Mapped[str] = mapped_column(String(64))
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime)
    detected_by: Mapped[str] = mapped_column(String(10), default="client")  # client, server
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    resolution: Mapped[str | None] = mapped_column(String(10))  # local, remote
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
