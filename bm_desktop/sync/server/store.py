"""The server's database: PostgreSQL in production, SQLite for one office or a demo.

Same models and Alembic migrations as the laptops. Pushes are serialised (a
process lock, plus a PostgreSQL advisory lock for several server processes),
so change-feed numbers are committed in order and a pull never skips one.
"""

from __future__ import annotations

import os
import secrets
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from bm_desktop.db import migrate
from bm_desktop.db.engine import Database, _device_id, backup_database, make_engine
from bm_desktop.db.models import FeedEntry, LocalSetting
from bm_desktop.db.stamping import Stamper, install_stamping
from bm_desktop.domain.hlc import HybridLogicalClock
from bm_desktop.sync.outbox import ChangeRecorder, dumps, utcnow

SECRET_ENV = "BM_SERVER_SECRET"
PUSH_LOCK_KEY = 7_311_995  # pg_advisory_xact_lock key for pushes


def normalise_url(db: str) -> str:
    """A file path becomes a SQLite URL; ``postgresql://`` uses psycopg 3."""
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    if db.startswith("postgresql://") or db.startswith("postgres://"):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    return db


def display_url(url: str) -> str:
    """The URL without its password, for logs and messages."""
    return make_url(url).render_as_string(hide_password=True)


@dataclass
class ServerStore:
    db: Database
    url: str
    push_lock: threading.Lock = field(default_factory=threading.Lock)
    device_users: dict[str, str] = field(default_factory=dict)  # device id -> account noted

    @property
    def engine(self):
        return self.db.engine

    @property
    def clock(self) -> HybridLogicalClock:
        return self.db.clock

    @property
    def is_postgres(self) -> bool:
        return self.db.engine.dialect.name == "postgresql"

    def lock_for_push(self, conn: Connection) -> None:
        if self.is_postgres:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PUSH_LOCK_KEY})

    def secret(self) -> str:
        """The token-signing secret: ``BM_SERVER_SECRET`` or one kept in the database."""
        env = os.environ.get(SECRET_ENV)
        if env:
            return env
        with self.db.sessions.begin() as s:
            row = s.get(LocalSetting, "server_secret")
            if row is None:
                row = LocalSetting(key="server_secret", value=secrets.token_urlsafe(48))
                s.add(row)
            return row.value

    def dispose(self) -> None:
        self.db.engine.dispose()


def _explicit_sqlite_transactions(engine: Engine) -> None:
    """Let SQLAlchemy, not the sqlite3 module, begin transactions, so savepoints work
    (one per pushed change); pushes take the write lock up front (BEGIN IMMEDIATE)."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("bm_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class FeedRecorder(ChangeRecorder):
    """Writes made on the server itself (reference data, administration) go into the
    change feed like pushed changes, so laptops receive them too."""

    def __init__(self, store: ServerStore) -> None:
        self.store = store

    def record(self, session: Session, changes: list[tuple]) -> None:
        from bm_desktop.sync.server.scope import SITE_LINKS

        if (
            self.store.is_postgres
            and session.info.get("bm_feed_lock") is not session.get_transaction()
        ):
            self.store.lock_for_push(session.connection())
            session.info["bm_feed_lock"] = session.get_transaction()
        now = utcnow()
        for table, row_id, _op, payload, clock, base in changes:
            site = None
            links = SITE_LINKS.get(table)
            if links:
                col, parent = links[0]
                ref = payload.get(col)
                site = uuid.UUID(ref) if ref else None
                if parent is not None and site is not None:
                    with session.no_autoflush:
                        p = session.get(_model(parent), site)
                    site = p.site_id if p is not None else None
            session.add(
                FeedEntry(
                    change_id=uuid.uuid4(),
                    table_name=table,
                    row_id=row_id,
                    clock=clock,
                    base=base,
                    site_id=site,
                    user_id=None,
                    payload=dumps(payload),
                    received_at=now,
                )
            )


def _model(table: str) -> type:
    from bm_desktop.db.models import Base

    return next(m.class_ for m in Base.registry.mappers if m.class_.__tablename__ == table)


def seed_reference(store: ServerStore) -> None:
    """Add the reference rows this version knows and the server lacks (idempotent)."""
    from bm_desktop.db.reference_data import seed_reference_data

    with store.db.sessions.begin() as s:
        seed_reference_data(s)


def open_store(db: str) -> ServerStore:
    """Open (creating or upgrading) the server database at a path or URL."""
    url = normalise_url(db)
    if url.startswith("sqlite"):
        path = Path(make_url(url).database or "")
        if path.name:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(url)
        _explicit_sqlite_transactions(engine)
    else:
        path = Path()
        engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=40)
    if migrate.needs_upgrade(engine):
        if path.name and path.exists() and migrate.current_revision(engine):
            backup_database(path)
        migrate.upgrade(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    device = _device_id(sessions)
    clock = HybridLogicalClock(device)
    stamper = Stamper(clock, device)
    install_stamping(sessions, stamper)
    store = ServerStore(
        Database(engine, sessions, device, clock, stamper, path if path.name else None), url
    )
    FeedRecorder(store).install(store.db)
    return store
