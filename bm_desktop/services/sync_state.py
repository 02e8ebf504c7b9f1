"""What the window needs to know about sync: status, first-connection facts."""

from __future__ import annotations

from bm_desktop.db.engine import Database
from bm_desktop.sync import bootstrap, local
from bm_desktop.sync.local import LocalStatus
from bm_desktop.sync.outbox import is_attached as _attached

__all__ = ["LocalStatus", "is_attached", "local_data_rows", "sync_status"]


def sync_status(db: Database) -> LocalStatus:
    """Last success, pending changes, refusals, open conflicts, last error."""
    with db.engine.connect() as conn:
        return local.local_status(conn)


def is_attached(db: Database) -> bool:
    """Has this database connected to a server (its data then comes from there)?"""
    with db.engine.connect() as conn:
        return _attached(conn)


def local_data_rows(db: Database) -> int:
    """Rows of programme data held locally (what a first connection would replace)."""
    return bootstrap.local_data_rows(db)
