"""Fixtures for the sync tests: a throwaway PostgreSQL, server stores on SQLite and
PostgreSQL, and a world of laptops talking to an in-process server."""

from __future__ import annotations

import os
import sqlite3
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

# Starlette's TestClient still works with httpx; its advice to move to httpx2 is not ours.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
warnings.filterwarnings("ignore", message="You should not use the 'timeout' argument")

from bm_desktop.db import migrate  # noqa: E402
from bm_desktop.db.engine import make_engine, sqlite_url  # noqa: E402
from bm_desktop.db.reference_data import seed_reference_data  # noqa: E402
from bm_desktop.sync.server.store import ServerStore, open_store  # noqa: E402
from tests.pg import PostgresUnavailable, ThrowawayPostgres  # noqa: E402
from tests.sync.world import SyncWorld  # noqa: E402

PG_TEMPLATE = "bm_template"


@pytest.fixture(scope="session")
def pg() -> Iterator[ThrowawayPostgres]:
    """A PostgreSQL server for the session (with a migrated template database).

    Missing binaries fail the run in CI (CI=true) and skip locally."""
    try:
        server = ThrowawayPostgres().start()
    except PostgresUnavailable as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    try:
        store = open_store(server.create_database(PG_TEMPLATE))
        with store.db.sessions.begin() as s:
            seed_reference_data(s)
        store.dispose()
        yield server
    finally:
        server.stop()


def _migrated_sqlite(path: Path, seed: bool) -> Path:
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine)
    engine.dispose()
    if seed:
        store = open_store(str(path))
        with store.db.sessions.begin() as s:
            seed_reference_data(s)
        store.dispose()
        con = sqlite3.connect(path)  # the copies must not inherit its device id or secret
        con.execute("DELETE FROM local_settings")
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
    return path


@pytest.fixture(scope="session")
def client_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty laptop database to copy (migrating each one is slow)."""
    return _migrated_sqlite(tmp_path_factory.mktemp("tpl") / "client.sqlite", seed=False)


@pytest.fixture(scope="session")
def server_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _migrated_sqlite(tmp_path_factory.mktemp("tpl") / "server.sqlite", seed=True)


def reset_pg_store(store: ServerStore) -> None:
    """Empty every table of the shared PostgreSQL test database, then seed it again
    (much faster than a database per test)."""
    from bm_desktop.db.models import Base

    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with store.engine.begin() as conn:
        conn.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
    with store.db.sessions.begin() as s:
        seed_reference_data(s)


@pytest.fixture(scope="session")
def pg_store(pg: ThrowawayPostgres) -> Iterator[ServerStore]:
    store = open_store(pg.create_database("bm_test", template=PG_TEMPLATE))
    yield store
    store.dispose()


def make_store(
    kind: str, tmp_path: Path, server_template: Path, request: pytest.FixtureRequest
) -> ServerStore:
    if kind == "sqlite":
        import shutil

        path = tmp_path / "server.sqlite"
        shutil.copy(server_template, path)
        return open_store(str(path))
    store = request.getfixturevalue("pg_store")
    reset_pg_store(store)
    return store


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server_store(
    request: pytest.FixtureRequest, tmp_path: Path, server_template: Path
) -> Iterator[ServerStore]:
    """A server database with reference data, on SQLite and on PostgreSQL."""
    store = make_store(request.param, tmp_path, server_template, request)
    yield store
    if request.param == "sqlite":
        store.dispose()


@pytest.fixture
def world(server_store: ServerStore, tmp_path: Path, client_template: Path) -> Iterator[SyncWorld]:
    w = SyncWorld(server_store, tmp_path, client_template)
    yield w
    w.close()
