"""Opening the programme database: engine, pragmas, migration with backup, sessions.

With a key (``open_database(path, key=...)``) the file is a SQLCipher database: the
file, its write-ahead log and the migration backups are encrypted (``db/cipher.py``).
A file that cannot be used (truncated, corrupt, locked, on a full disk, written by a
newer version, another program's SQLite file, encrypted with another passphrase) raises
:class:`~bm_desktop.db.file_errors.DatabaseFileError`, and is never written to: the
schema is checked before any backup or migration. A file the user may not write
opens read-only (``Database.read_only``): SQLite itself then refuses every write.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import urllib.parse
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from bm_desktop.db import cipher, file_errors, journal, migrate
from bm_desktop.db.file_errors import is_read_only
from bm_desktop.db.models import LocalSetting
from bm_desktop.db.paths import DB_ENV, DB_FILENAME, default_database_path  # noqa: F401
from bm_desktop.db.stamping import Stamper, install_stamping
from bm_desktop.domain.hlc import HybridLogicalClock


def _connection_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={journal.BUSY_TIMEOUT_MS}")
    cur.close()


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, record: object) -> None:
    dbapi_conn.execute("PRAGMA journal_mode=WAL")
    _connection_pragmas(dbapi_conn, record)


def make_engine(url: str, *, wal: bool = True) -> Engine:
    """An engine for a URL; SQLite engines get WAL and foreign keys on every connection.

    ``wal=False`` leaves the journal mode alone (it is written into the file): the
    programme's files are switched to WAL by :func:`open_database` only once they are
    known to be ours."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas if wal else _connection_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def keyed_engine(path: Path, key: bytes) -> Engine:
    """An engine over the encrypted file ``path``: every connection is a SQLCipher one
    whose first statement is ``PRAGMA key`` (then WAL and the usual pragmas).

    This engine, like :func:`read_only_engine`'s, has the URL of an in-memory database,
    for which SQLAlchemy would pick a SingletonThreadPool: one connection per thread,
    and past five threads it closes other threads' connections, even one in use (the
    window has more: the GUI thread and its workers), a crash in SQLite. Both get the
    QueuePool a file URL gets, as plain files have."""
    engine = create_engine(
        "sqlite://",
        creator=cipher.connector(path, key),
        module=cipher.cipher_module(),
        poolclass=QueuePool,
    )
    event.listen(engine, "connect", _connection_pragmas)
    return engine


def read_only_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine whose connections open ``path`` read-only (SQLite refuses any write);
    ``immutable`` when the folder cannot hold the write-ahead log's index either."""
    query = "mode=ro"
    if not os.access(path.parent, os.W_OK) and not path.with_name(path.name + "-wal").exists():
        query += "&immutable=1"
    uri = f"file:{urllib.parse.quote(str(path.resolve()))}?{query}"

    def connect() -> sqlite3.Connection:
        if key is not None:
            return cipher.connect(uri, key, uri=True)  # type: ignore[no-any-return]
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine(
        "sqlite://",
        creator=connect,
        poolclass=QueuePool,  # see keyed_engine
        **({"module": cipher.cipher_module()} if key is not None else {}),
    )
    event.listen(engine, "connect", _connection_pragmas)
    return engine


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
    read_only: bool = False
    key: bytes | None = field(default=None, repr=False)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def dispose(self) -> None:
        self.engine.dispose()


def backup_database(path: Path, when: dt.datetime | None = None, key: bytes | None = None) -> Path:
    """Copy a SQLite file (consistently, through the backup API) next to itself, dated;
    an encrypted file (``key``) gives an encrypted backup with the same key."""
    when = when or dt.datetime.now()
    target = path.with_name(f"{path.stem}.backup-{when:%Y%m%d-%H%M%S}{path.suffix}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.backup-{when:%Y%m%d-%H%M%S}-{n}{path.suffix}")
        n += 1
    if key is not None:
        try:
            cipher.backup_keyed(path, target, key)
        except BaseException:
            _remove(target)
            cipher.salt_path(target).unlink(missing_ok=True)
            raise
        return target
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    except BaseException:
        _remove(target)  # a half-written backup (a full disk) is no backup
        raise
    finally:
        src.close()
    return target


def _remove(path: Path) -> None:
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        with contextlib.suppress(OSError):
            path.with_name(name).unlink()


def _device_id(sessions: sessionmaker[Session], read_only: bool = False) -> str:
    with sessions.begin() as s:
        row = s.get(LocalSetting, "device_id")
        if row is None:
            row = LocalSetting(key="device_id", value=uuid.uuid4().hex[:12])
            if read_only:  # nothing can be stored: this session's id only
                return row.value
            s.add(row)
        return row.value


def open_database(
    path: Path | str | None = None,
    *,
    url: str | None = None,
    upgrade: bool = True,
    key: bytes | None = None,
) -> Database:
    """Open (creating or upgrading as needed) a programme database.

    A local SQLite file that needs a migration is first copied to a dated
    backup next to it; the backup's path is kept on the returned object. A file
    that cannot be used raises :class:`~bm_desktop.db.file_errors.DatabaseFileError`
    and is left exactly as it was (a file this call created is removed again).

    ``key`` (from :mod:`bm_desktop.db.keys`) opens an encrypted file, and creates a new
    file encrypted; an existing plain file opens plain whatever the key (the window
    converts it first: :func:`bm_desktop.db.cipher.encrypt_in_place`). An encrypted
    file without a key, or with the wrong one, is refused in plain words.
    """
    db_path: Path | None = None
    created = False
    read_only = False
    keyed = False  # an existing encrypted file, opened with a key not yet tried
    if url is None:
        db_path = Path(path) if path is not None else default_database_path()
        unusable: tuple[type[BaseException], ...] = (OSError, *cipher.driver_errors())
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            created = not db_path.exists()
            if not created and cipher.is_encrypted(db_path):
                if key is None:
                    raise file_errors.passphrase_needed(db_path)
                # the key is tried by the engine's first connection (see below): a
                # connection of its own cost as much as the rest of the opening
                keyed = True
            elif not created:
                key = None if db_path.stat().st_size else key  # a plain file stays plain
                file_errors.check_header(db_path)
        except unusable as exc:
            raise file_errors.explain(exc, db_path) or file_errors.cannot_open(db_path) from exc
        read_only = is_read_only(db_path)
    else:
        key = None
    if read_only and db_path is not None:
        engine = read_only_engine(db_path, key)
    elif db_path is not None and key is not None:
        engine = keyed_engine(db_path, key)
    elif db_path is not None:
        engine = make_engine(sqlite_url(db_path), wal=False)
    else:
        engine = make_engine(url)  # type: ignore[arg-type]
    try:
        return _open(engine, db_path, upgrade, read_only, key)
    except Exception as exc:
        engine.dispose()
        if keyed and cipher.is_not_a_database(exc):  # the file is encrypted: the wrong key
            raise file_errors.wrong_passphrase(db_path) from exc
        reason = file_errors.explain(exc, db_path or url)
        if reason is None:
            raise
        if created and db_path is not None:
            _remove(db_path)
        raise reason from exc


def _open(
    engine: Engine, db_path: Path | None, upgrade: bool, read_only: bool, key: bytes | None = None
) -> Database:
    backup = None
    current = migrate.current_revision(engine)
    if current is not None and current not in migrate.known_revisions():
        raise file_errors.newer_schema(db_path, current)  # before any backup or write
    if current is None and migrate.has_tables(engine):
        raise file_errors.foreign_database(db_path)
    upgrading = upgrade and migrate.needs_upgrade(engine, current)
    if upgrading and read_only:
        raise file_errors.read_only_needs_upgrade(db_path)
    if upgrading and db_path is not None and db_path.exists() and current:
        backup = backup_database(db_path, key=key)
    if db_path is not None and not read_only:  # ours: now it may be switched to WAL
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    if upgrading:
        migrate.upgrade(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    device = _device_id(sessions, read_only)
    clock = HybridLogicalClock(device)
    stamper = Stamper(clock, device)
    install_stamping(sessions, stamper)
    database = Database(
        engine, sessions, device, clock, stamper, db_path, backup, read_only=read_only, key=key
    )
    return database
