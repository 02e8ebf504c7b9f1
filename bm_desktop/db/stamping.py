"""Stamp every synchronised write with the hybrid logical clock and the device id.

Installed on a session factory, the hook runs inside the flush, so the stamp
(and anything a listener writes, such as the sync outbox) is part of the same
transaction as the change itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from bm_desktop.db.base import Synced, new_id
from bm_desktop.db.models.sync import SyncState
from bm_desktop.domain.hlc import HybridLogicalClock

# A listener gets (session, obj, operation) with operation "insert", "update" or "delete"
# (a soft delete, i.e. ``deleted`` set to True, is reported as "delete").
ChangeListener = Callable[[Session, Synced, str], None]
_ATTACHED = "bm_stamper_attached"


class Stamper:
    def __init__(self, clock: HybridLogicalClock, device_id: str) -> None:
        self.clock = clock
        self.device_id = device_id
        self.listeners: list[ChangeListener] = []

    def _before_flush(self, session: Session, _ctx: Any, _instances: Any) -> None:
        if session.info.get("bm_skip_stamping"):
            return
        changes: list[tuple[Synced, str]] = []
        for obj in session.new:
            if isinstance(obj, Synced):
                changes.append((obj, "insert"))
        for obj in session.dirty:
            if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
                changes.append((obj, "delete" if obj.deleted else "update"))
        for obj in session.deleted:
            if isinstance(obj, Synced):
                raise RuntimeError(
                    f"{type(obj).__name__} rows are synchronised: mark them deleted, "
                    "do not delete them"
                )
        for obj, op in changes:
            if obj.id is None:
                obj.id = new_id()
            obj.updated_at = self.clock.now()
            obj.updated_by = self.device_id
            if op == "insert" and obj.deleted is None:
                obj.deleted = False
        if changes and not self.listeners and _attached(session):
            raise RuntimeError(
                "this database is linked to a sync server but its outbox is not installed "
                "(bm_desktop.sync.outbox.install_outbox): the change would never be sent"
            )
        for obj, op in changes:
            for listener in self.listeners:
                listener(session, obj, op)


def _attached(session: Session) -> bool:
    """Has the database been linked to a server (``sync_state.attached_at``)? Cached per
    transaction; asked only when nothing listens to the stamps."""
    txn = session.get_transaction()
    cached = session.info.get(_ATTACHED)
    if cached is not None and cached[0] is txn:
        return bool(cached[1])
    with session.no_autoflush:
        value = (
            session.connection()
            .execute(select(SyncState.attached_at).where(SyncState.id == 1))
            .scalar()
            is not None
        )
    session.info[_ATTACHED] = (txn, value)
    return value


def install_stamping(factory: sessionmaker[Session], stamper: Stamper) -> None:
    event.listen(factory, "before_flush", stamper._before_flush)
