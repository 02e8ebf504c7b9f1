"""The outbox: every local change to a synchronised row, queued in the same transaction.

The recorder listens to the :class:`~bm_desktop.db.stamping.Stamper` (which
runs inside the flush, after stamping the row), so a change and its outbox
entry are committed or rolled back together. Recording starts when the laptop
first connects to a server (``sync_state.attached_at``): before that there is
no server to tell, and the first connection either sends the whole local
database or replaces it (see :mod:`bm_desktop.sync.bootstrap`).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from abc import ABC, abstractmethod
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from bm_desktop.db.base import Synced
from bm_desktop.db.models import OutboxChange, SyncState
from bm_desktop.sync import rows

_BUFFER = "bm_outbox_buffer"
_ATTACHED = "bm_outbox_attached"


def dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def is_attached(conn: Connection) -> bool:
    """Has this database connected to a server (so its changes must be queued)?"""
    return conn.execute(select(SyncState.attached_at).where(SyncState.id == 1)).scalar() is not None


class ChangeRecorder(ABC):
    """Collects the stamped changes of a flush; :meth:`record` then writes them down in
    the same flush, parents first. Subclasses decide where (outbox, server feed)."""

    def enabled(self, session: Session) -> bool:
        return True

    @abstractmethod
    def record(self, session: Session, changes: list[tuple]) -> None:
        """Write the flush's changes down (outbox rows, server feed entries)."""

    def collect(self, session: Session, obj: Synced, op: str) -> None:
        table = type(obj).__table__.name
        if table in rows.SERVER_ONLY_TABLES or not self.enabled(session):
            return
        tc = rows.codec(table)
        state = inspect(obj)
        if op == "insert":
            self._apply_defaults(obj, state, tc)
            base = None
        else:
            base = self._previous_clock(session, obj, state)
        payload = tc.encode_object(obj)
        session.info.setdefault(_BUFFER, []).append(
            (rows.table_rank()[table], table, obj.id, op, payload, obj.updated_at, base)
        )

    def drain(self, session: Session, _ctx: Any, _instances: Any) -> None:
        buffered = session.info.pop(_BUFFER, None)
        if buffered:
            # Parents before children, so the server can apply a batch in order.
            self.record(session, [b[1:] for b in sorted(buffered, key=lambda b: b[0])])

    @staticmethod
    def _apply_defaults(obj: Synced, state: Any, tc: rows.TableCodec) -> None:
        """Column defaults fire at INSERT, after this hook: set them now, so the
        recorded version is exactly the stored one."""
        for col in tc.table.columns:
            if col.name in state.dict or col.default is None:
                continue
            arg: Any = getattr(col.default, "arg", None)  # a scalar default or a callable
            if col.default.is_scalar:
                setattr(obj, col.name, arg)
            elif col.default.is_callable:
                setattr(obj, col.name, arg(None))

    @staticmethod
    def _previous_clock(session: Session, obj: Synced, state: Any) -> str | None:
        history = state.attrs.updated_at.history
        if history.deleted:
            return history.deleted[0]
        table = type(obj).__table__
        with session.no_autoflush:
            return (
                session.connection()
                .execute(select(table.c.updated_at).where(table.c.id == obj.id))
                .scalar()
            )

    def install(self, database: Any) -> None:
        database.stamper.listeners.append(self.collect)
        event.listen(database.sessions, "before_flush", self.drain)


class OutboxRecorder(ChangeRecorder):
    """A laptop's outbox: each change queued until the server confirms it."""

    def enabled(self, session: Session) -> bool:
        txn = session.get_transaction()
        cached = session.info.get(_ATTACHED)
        if cached is not None and cached[0] is txn:
            return cached[1]
        value = is_attached(session.connection())
        session.info[_ATTACHED] = (txn, value)
        return value

    def record(self, session: Session, changes: list[tuple]) -> None:
        now = utcnow()
        for table, row_id, op, payload, clock, base in changes:
            session.add(
                OutboxChange(
                    change_id=uuid.uuid4(),
                    table_name=table,
                    row_id=row_id,
                    op=op,
                    payload=dumps(payload),
                    clock=clock,
                    base=base,
                    created_at=now,
                    state="pending",
                    attempts=0,
                )
            )


def install_outbox(database: Any) -> OutboxRecorder:
    """Queue every change to a synchronised row of ``database`` once it is attached.

    Called by whoever links a database to a server: the first connection
    (:func:`bm_desktop.sync.bootstrap.attach`), the window's and the commands' openers
    (``ui/app.prepare_database``, ``commands.common.open_command_database``). Not by
    ``db/engine.py``, which sits below sync. Installing twice keeps one recorder; an
    attached database edited without one is refused by the stamper (``db/stamping.py``)."""
    for listener in database.stamper.listeners:
        recorder = getattr(listener, "__self__", None)
        if isinstance(recorder, OutboxRecorder):
            return recorder
    recorder = OutboxRecorder()
    recorder.install(database)
    return recorder
