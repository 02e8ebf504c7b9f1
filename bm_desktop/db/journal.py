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

Back to WAL when the write ends (:func:`back_to_wal`); should that fail (another
connection reading at that very moment), every new connection and every opening of
the database switches it back, so a file is never left out of WAL for long.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

FILL_JOURNAL = "truncate"
BUSY_TIMEOUT_MS = 10000  # as every connection has (db/engine.py)
BACK_TRIES = 50  # the switch back waits for no reader; tried for about a second


def leave_wal(engine: Engine) -> bool:
    """Take the file out of WAL for a big write, if no other connection has it open
    (idle pooled connections are closed first); False: it stays in WAL (another
    connection has it open), which is slower but as correct."""
    if engine.dialect.name != "sqlite":
        return False
    engine.dispose()
    with engine.connect() as base:
        conn = base.execution_options(isolation_level="AUTOCOMMIT")
        conn.exec_driver_sql("PRAGMA busy_timeout=0")  # another connection: do not wait
        try:
            mode = conn.exec_driver_sql(f"PRAGMA journal_mode={FILL_JOURNAL}").scalar()
        except OperationalError:  # "database is locked": someone else has it open
            mode = "wal"
        finally:
            conn.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return str(mode).lower() == FILL_JOURNAL


def back_to_wal(engine: Engine) -> bool:
    """Back to WAL after a big write (also after one interrupted by a crash: opening
    the database switches it back too). Pooled connections are closed, so every
    connection gets the usual settings again. False: a reader kept the file busy for
    a second; the next new connection switches it back."""
    if engine.dialect.name != "sqlite":
        return True
    engine.dispose()
    for _ in range(BACK_TRIES):
        try:
            with engine.connect() as base:
                conn = base.execution_options(isolation_level="AUTOCOMMIT")
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            return True
        except OperationalError:  # "database is locked": a reader at that moment
            time.sleep(0.02)
    return False


@contextmanager
def out_of_wal(engine: Engine, wanted: bool = True) -> Iterator[bool]:
    """Out of WAL for the block if ``wanted`` and possible (yields whether it is)."""
    left = wanted and leave_wal(engine)
    try:
        yield left
    finally:
        if left:
            back_to_wal(engine)
