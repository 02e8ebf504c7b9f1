"""Big writes out of the write-ahead log: a first connection's fill, a big import.

A laptop's database lives in WAL mode, so the window reads while a worker writes.
For a write of hundreds of thousands of rows, WAL writes every page twice (into the
log, then into the file at the checkpoint). When the writing connection is the
file's only one, the file leaves WAL for the write (:func:`leave_wal`): pages then go
straight into the file, written once; pages added at the end of a file need no
journal, so the rollback journal holds only the few pages the write changes. The
writer syncs in full (synchronous=FULL, what a rollback journal needs to survive a
power cut): a write cut by a crash or a power cut is rolled back from the journal at
the next opening; the file is never left damaged.

While out of WAL, other connections still read (what was committed before the
write), except while the writer holds its exclusive lock (a cache spill, the
commit), when they wait (the busy timeout: 10 s). Back to WAL when the write ends
(:func:`back_to_wal`), retried for a second if a reader holds the file at that
moment; should it still fail, the next opening of the database switches it back.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine

FILL_JOURNAL = "truncate"
# How long every connection waits for another program's lock before saying the file is
# locked (db/engine.py sets it on each connection; read at each connection).
BUSY_TIMEOUT_MS = 10000
BACK_TRIES = 50  # the switch back waits for no reader; tried for about a second


def leave_wal(engine: Engine) -> bool:
    """Take the file out of WAL for a big write, if no other connection has it open
    (idle pooled connections are closed first); False: it stays in WAL (another
    connection has it open), which is slower but as correct."""
    if engine.dialect.name != "sqlite":
        return False
    engine.dispose()
    with engine.connect() as conn:
        return leave_wal_on(conn)


def leave_wal_on(conn: Connection) -> bool:
    """:func:`leave_wal` on ``conn`` (outside a transaction), which then writes with
    full syncs (see the module's text) until :func:`back_to_wal_on`. The pragmas go
    to the driver's connection itself: the SQLAlchemy connection keeps its own
    transaction settings (an AUTOCOMMIT one would commit every statement)."""
    if conn.dialect.name != "sqlite":
        return False
    raw = _driver(conn)
    raw.execute("PRAGMA busy_timeout=0")  # another connection: do not wait
    try:
        mode = raw.execute(f"PRAGMA journal_mode={FILL_JOURNAL}").fetchone()[0]
    except _raw_errors(raw):  # "database is locked": someone else has it open
        mode = "wal"
    finally:
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    left = str(mode).lower() == FILL_JOURNAL
    if left:
        raw.execute("PRAGMA synchronous=FULL")
    return left


def back_to_wal_on(conn: Connection) -> bool:
    """Back to WAL on the connection that left it (and to the usual syncs)."""
    raw = _driver(conn)
    raw.execute("PRAGMA synchronous=NORMAL")
    for _ in range(BACK_TRIES):
        try:
            raw.execute("PRAGMA journal_mode=WAL").fetchone()
            return True
        except _raw_errors(raw):  # "database is locked": a reader at that moment
            time.sleep(0.02)
    return False


def data_version(conn: Connection) -> int:
    """A number that changes when another connection commits a change to the file
    (SQLite, in the same journal mode; 0 elsewhere)."""
    if conn.dialect.name != "sqlite":
        return 0
    raw = conn.connection.dbapi_connection  # (no SQLAlchemy transaction begun for it)
    assert raw is not None
    return int(raw.execute("PRAGMA data_version").fetchone()[0])


def _driver(conn: Connection) -> Any:
    raw = conn.connection.dbapi_connection
    if raw is None or raw.in_transaction:
        raise RuntimeError("the journal mode changes outside a transaction only")
    return raw


def _raw_errors(raw: Any) -> type[Exception]:
    """The driver's OperationalError (sqlite3's or SQLCipher's)."""
    return sys.modules[type(raw).__module__].OperationalError  # type: ignore[no-any-return]


def back_to_wal(engine: Engine) -> bool:
    """Back to WAL after a big write (also after one interrupted by a crash: opening
    the database switches it back too). Pooled connections are closed first, so every
    connection gets the usual settings again. False: a reader kept the file busy for
    a second; the next opening switches it back."""
    if engine.dialect.name != "sqlite":
        return True
    engine.dispose()
    with engine.connect() as conn:
        return back_to_wal_on(conn)


@contextmanager
def out_of_wal_on(conn: Connection) -> Iterator[bool]:
    """``conn`` out of WAL for the block if possible (yields whether it is)."""
    conn.engine.dispose()  # idle pooled connections closed: they would keep it in WAL
    left = leave_wal_on(conn)
    try:
        yield left
    finally:
        if left:
            back_to_wal_on(conn)
