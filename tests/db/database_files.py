"""Broken database files for the tests of the CLI and the window: truncated, corrupt,
locked, read-only, on a full disk, written by a newer version."""

from __future__ import annotations

import contextlib
import random
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

from bm_desktop.db import migrate
from bm_desktop.db.engine import make_engine, open_database, sqlite_url
from bm_desktop.db.reference_data import seed_reference_data

OLD_REVISION = "0002"
FUTURE_REVISION = "9999_from_a_newer_version"
# Words that only SQLite's raw messages (through SQLAlchemy) carry.
RAW = (
    "Traceback",
    "[SQL",
    "[parameters",
    "sqlite3.",
    "sqlalchemy",
    "SELECT ",
    "INSERT ",
    "UPDATE ",
    "PRAGMA ",
)
# Run the command line as `python -m bm_desktop.cli`, on a disk that is full: SQLite may
# not grow any database file beyond its current size.
FULL_DISK = """
import runpy, sys
from sqlalchemy import Engine, event

@event.listens_for(Engine, "connect")
def _disk_is_full(dbapi_conn, _record):
    dbapi_conn.execute("PRAGMA max_page_count = 1")

sys.argv[0] = "bm_desktop.cli"
runpy.run_module("bm_desktop.cli", run_name="__main__", alter_sys=True)
"""


def programme(path: Path) -> Path:
    """A database with the reference data, checkpointed and closed."""
    db = open_database(path)
    with db.sessions.begin() as s:
        seed_reference_data(s)
    db.dispose()
    return path


def truncated(path: Path) -> Path:
    data = programme(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt(path: Path) -> Path:
    """Every page after the first overwritten with noise (the schema is still readable)."""
    data = programme(path).read_bytes()
    page = int.from_bytes(data[16:18], "big")
    noise = random.Random(12).randbytes(len(data) - page)
    path.write_bytes(data[:page] + noise)
    return path


def not_a_database(path: Path) -> Path:
    """Another kind of file chosen by mistake."""
    path.write_text("site_code,name\nSK-01,Luhihi\n", encoding="utf-8")
    return path


def foreign(path: Path) -> Path:
    """Another program's SQLite database."""
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('ugali')")
    return path


def newer(path: Path) -> Path:
    programme(path)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (FUTURE_REVISION,))
    return path


def old_schema(path: Path) -> Path:
    """A database one migration behind (opening it upgrades it, after a backup)."""
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, OLD_REVISION)
    engine.dispose()
    return path


def read_only(path: Path) -> Path:
    programme(path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return path


@contextlib.contextmanager
def locked(path: Path) -> Iterator[Path]:
    """Another program holds an exclusive lock on ``path`` while the block runs. (Do not
    open the file in this process meanwhile: closing any descriptor of a file drops the
    process's POSIX locks on it.)"""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("UPDATE local_settings SET value = value WHERE key = 'device_id'")
        yield path
    finally:
        conn.execute("ROLLBACK")
        conn.close()


@contextlib.contextmanager
def write_locked(path: Path) -> Iterator[Path]:
    """Another program writes to ``path`` (holds its write lock) while the block runs:
    readers go on, a writer waits and then gives up."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield path
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def files_beside(path: Path) -> set[str]:
    """The names in the folder other than the database and SQLite's own -wal/-shm."""
    return {
        p.name
        for p in path.parent.iterdir()
        if p.name not in (path.name, path.name + "-wal", path.name + "-shm")
    }
