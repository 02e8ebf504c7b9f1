"""Opening the programme database: engine, pragmas, migration with backup, sessions."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from bm_desktop.db import migrate
from bm_desktop.db.models import LocalSetting
from bm_desktop.db.stamping import Stamper, install_stamping
from bm_desktop.domain.hlc import HybridLogicalClock

DB_ENV = "BM_DESKTOP_DB"
DB_FILENAME = "programme.sqlite"


def default_database_path() -> Path:
    """``--db`` wins, then ``BM_DESKTOP_DB``, then the platform's user data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("bm-desktop", "BM Programme")) / DB_FILENAME


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for a URL; SQLite engines get WAL and foreign keys on every connection."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@dataclass
class Database:
    """An open programme database: engine, session factory, this device and its clock."""

    engine: Engine
    sessions: sessionmaker[Session]
    device_id: str
    clock: HybridLogicalClock
    stamper: Stamper
    path: Path | None = None
    backup_path: Path | None = None
    info: dict[str, str] = field(default_factory=dict)

    def dispose(self) -> None:
        self.engine.dispose()


def backup_database(path: Path, when: dt.datetime | None = None) -> Path:
    """Copy a SQLite file (consistently, through the backup API) next to itself, dated."""
    when = when or dt.datetime.now()
    target = path.with_name(f"{path.stem}.backup-{when:%Y%m%d-%H%M%S}{path.suffix}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.backup-{when:%Y%m%d-%H%M%S}-{n}{path.suffix}")
        n += 1
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _device_id(sessions: sessionmaker[Session]) -> str:
    with sessions.begin() as s:
        row = s.get(LocalSetting, "device_id")
        if row is None:
            row = LocalSetting(key="device_id", value=uuid.uuid4().hex[:12])
            s.add(row)
        return row.value


def open_database(path: Path | str | None = None, *, url: str | None = None,
                  upgrade: bool = True) -> Database:
    """Open (creating or upgrading as needed) a programme database.

    A local SQLite file that needs a migration is first copied to a dated
    backup next to it; the backup's path is kept on the returned object.
    """
    db_path: Path | None = None
    if url is None:
        db_path = Path(path) if path is not None else default_database_path()
        db_path.parent.mkdir(parents=True, exist_ok=True)
        url = sqlite_url(db_path)
    engine = make_engine(url)
    backup = None
    if upgrade and migrate.needs_upgrade(engine):
        if db_path is not None and db_path.exists() and migrate.current_revision(engine):
            backup = backup_database(db_path)
        migrate.upgrade(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    device = _device_id(sessions)
    clock = HybridLogicalClock(device)
    stamper = Stamper(clock, device)
    install_stamping(sessions, stamper)
    database = Database(engine, sessions, device, clock, stamper, db_path, backup)
    from bm_desktop.sync.outbox import install_outbox  # queues changes once attached to a server

    install_outbox(database)
    return database
