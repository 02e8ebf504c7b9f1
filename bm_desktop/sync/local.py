"""The laptop side of sync bookkeeping: transactions, sync state, outbox queries."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from bm_desktop.db.models import LocalSetting, OutboxChange, SyncConflict, SyncState
from bm_desktop.sync.outbox import utcnow

STATE = SyncState.__table__
OUTBOX = OutboxChange.__table__
CONFLICTS = SyncConflict.__table__
SETTINGS = LocalSetting.__table__
DEVICE_NAMES_KEY = "device_names"  # JSON: device id -> who works on it (from the server)
MAX_DEVICE_NAME = 200
SKIPPED_KEY = "sync.skipped_rows"  # JSON: pulled rows left out, newest last
MAX_SKIPPED = 500  # the newest are kept: enough to see what is wrong and report it


# Filling an empty database at a first connection (hundreds of thousands of rows): a
# big page cache keeps the growing tables and indexes in memory between pages, and the
# write-ahead log is folded into the file once at the end rather than every 1,000 pages
# (each page of the file was otherwise copied many times). When the filling connection
# is the file's only one, the file even leaves WAL for the fill (db/journal.py). Each
# page's commit is synced in full: a first connection cut by a crash or a power cut
# leaves a valid, partly filled file that the next sync resumes from its cursor. Back
# to SQLite's defaults on that connection's next ordinary write, and to WAL when the
# fill ends.
BULK_PRAGMAS = (
    "PRAGMA cache_size=-131072",
    "PRAGMA wal_autocheckpoint=0",
    "PRAGMA synchronous=FULL",
)
NORMAL_PRAGMAS = (
    "PRAGMA cache_size=-2000",
    "PRAGMA wal_autocheckpoint=1000",
    "PRAGMA synchronous=NORMAL",
)
_BULK_INFO = "bm_bulk_fill"


@contextmanager
def write_transaction(
    engine: Engine, *, foreign_keys: bool = True, bulk: bool = False
) -> Iterator[Connection]:
    """One write transaction that takes SQLite's write lock up front (BEGIN IMMEDIATE),
    so reading local versions and writing remote ones cannot be interleaved with a
    write from the window. ``foreign_keys=False`` for rows pulled from the server,
    which has checked them already (a row may refer to one outside the user's scope).
    ``bulk``: a write of a first connection into an empty database (see BULK_PRAGMAS).
    """
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            yield conn
        return
    with engine.connect() as base:
        conn = base.execution_options(isolation_level="AUTOCOMMIT")
        info = base.connection.info
        if bulk or info.get(_BULK_INFO):
            for pragma in BULK_PRAGMAS if bulk else NORMAL_PRAGMAS:
                conn.exec_driver_sql(pragma)
            info[_BULK_INFO] = bulk
        if not foreign_keys:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.exec_driver_sql("ROLLBACK")
                raise
            conn.exec_driver_sql("COMMIT")
        finally:
            if not foreign_keys:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")


@dataclass(frozen=True)
class LocalStatus:
    """What the status bar shows."""

    server_url: str | None
    username: str | None
    role: str | None
    attached: bool
    last_success_at: dt.datetime | None
    last_attempt_at: dt.datetime | None
    last_error: str | None
    failures: int
    pending: int
    rejected: int
    open_conflicts: int


def read_state(conn: Connection) -> Any:
    return conn.execute(select(STATE).where(STATE.c.id == 1)).first()


def ensure_state(conn: Connection) -> Any:
    row = read_state(conn)
    if row is None:
        conn.execute(
            insert(STATE).values(id=1, failures=0, last_pushed=0, last_pulled=0, last_conflicts=0)
        )
        row = read_state(conn)
    return row


def set_state(conn: Connection, **values: Any) -> None:
    ensure_state(conn)
    conn.execute(update(STATE).where(STATE.c.id == 1).values(**values))


def local_status(conn: Connection) -> LocalStatus:
    state = read_state(conn)
    counts: dict[str, int] = dict(
        conn.execute(
            select(OUTBOX.c.state, func.count())
            .where(OUTBOX.c.state.in_(("pending", "rejected")))
            .group_by(OUTBOX.c.state)
        ).all()
    )
    open_conflicts = (
        conn.execute(
            select(func.count()).select_from(CONFLICTS).where(CONFLICTS.c.resolved.is_(False))
        ).scalar()
        or 0
    )
    return LocalStatus(
        server_url=state.server_url if state else None,
        username=state.username if state else None,
        role=state.role if state else None,
        attached=bool(state and state.attached_at),
        last_success_at=state.last_success_at if state else None,
        last_attempt_at=state.last_attempt_at if state else None,
        last_error=state.last_error if state else None,
        failures=state.failures if state else 0,
        pending=counts.get("pending", 0),
        rejected=counts.get("rejected", 0),
        open_conflicts=open_conflicts,
    )


def record_failure(engine: Engine, message: str) -> None:
    with write_transaction(engine) as conn:
        state = ensure_state(conn)
        set_state(
            conn, last_attempt_at=utcnow(), last_error=message, failures=(state.failures or 0) + 1
        )


def device_names(conn: Connection) -> dict[str, str]:
    """The names the server gave for other devices (device id -> account)."""
    raw = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == DEVICE_NAMES_KEY)).scalar()
    try:
        found = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def remember_device_names(conn: Connection, names: object) -> None:
    """Keep the device names a pull page carried (anything malformed is ignored)."""
    if not isinstance(names, dict):
        return
    fresh = {
        k: v[:MAX_DEVICE_NAME]
        for k, v in names.items()
        if isinstance(k, str) and isinstance(v, str) and len(k) <= 64 and v
    }
    known = device_names(conn)
    if not fresh or all(known.get(k) == v for k, v in fresh.items()):
        return
    known.update(fresh)
    conn.execute(delete(SETTINGS).where(SETTINGS.c.key == DEVICE_NAMES_KEY))
    conn.execute(insert(SETTINGS).values(key=DEVICE_NAMES_KEY, value=json.dumps(known)))


@dataclass(frozen=True)
class SkippedPull:
    """A pulled row this laptop left out, as kept: ``stored`` is the reason as
    :func:`bm_desktop.sync.reasons.stored` keeps it (render with ``reasons.shown``)."""

    table: str
    row_id: str
    at: dt.datetime
    stored: str


def remember_skipped(conn: Connection, skipped: list[Any]) -> None:
    """Keep the rows a page left out (with their reasons) for the window to list; the
    same row skipped again replaces its older entry."""
    if not skipped:
        return
    from bm_desktop.sync.reasons import stored

    kept = _skipped_entries(conn)
    now = utcnow().isoformat(sep=" ", timespec="seconds")
    for row in skipped:
        table, row_id = getattr(row, "table", "?"), getattr(row, "row_id", "?")
        reason = getattr(row, "reason", None)
        text = str(reason) if reason is not None else str(row)
        kept = [k for k in kept if (k.get("t"), k.get("id")) != (table, row_id)]
        kept.append(
            {
                "t": table,
                "id": row_id,
                "at": now,
                "reason": stored(text, reason.wire() if reason is not None else None),
            }
        )
    kept = kept[-MAX_SKIPPED:]
    conn.execute(delete(SETTINGS).where(SETTINGS.c.key == SKIPPED_KEY))
    conn.execute(insert(SETTINGS).values(key=SKIPPED_KEY, value=json.dumps(kept)))


def _skipped_entries(conn: Connection) -> list[dict[str, Any]]:
    raw = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == SKIPPED_KEY)).scalar()
    try:
        found = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [k for k in found if isinstance(k, dict)] if isinstance(found, list) else []


def skipped_rows(conn: Connection) -> list[SkippedPull]:
    """The pulled rows left out, newest first."""
    out = []
    for k in reversed(_skipped_entries(conn)):
        try:
            at = dt.datetime.fromisoformat(str(k.get("at")))
        except ValueError:
            continue
        out.append(
            SkippedPull(str(k.get("t", "?")), str(k.get("id", "?")), at, str(k.get("reason", "")))
        )
    return out
