"""Faults on a real network: a laptop killed (SIGKILL) in the middle of a push and of a
pull, the server restarted in the middle of a sync, refused connections and timeouts.
After the next sync nothing is lost and nothing is duplicated."""

from __future__ import annotations

import datetime as dt
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bm_desktop.db.engine import Database, open_database
from bm_desktop.db.models import ChangeReceipt, FeedEntry, Incident, OutboxChange
from bm_desktop.db.reference_data import reference_id
from bm_desktop.sync import local
from bm_desktop.sync.client import SyncClient
from bm_desktop.sync.credentials import CredentialStore
from bm_desktop.sync.errors import NetworkError, SyncError
from bm_desktop.sync.server.store import ServerStore, open_store
from bm_desktop.sync.server.users import create_user
from bm_desktop.sync.transport import SyncConfig
from bm_desktop.sync.wire import Cursor
from tests.sync.conftest import PG_TEMPLATE
from tests.sync.servers import ROOT, ServerProcess, child_env
from tests.sync.test_client_server import assert_indexes_present
from tests.sync.world import password_of, table_contents

pytestmark = pytest.mark.slow
CHILD_LABOUR = reference_id("risk_areas", "child_labour")
PATIENT = SyncConfig(attempts=8, backoff_base=0.2, backoff_max=1.5)


def server_db(kind: str, tmp: Path, server_template: Path, request) -> tuple[str, ServerStore]:
    if kind == "sqlite":
        shutil.copy(server_template, tmp / "server.sqlite")
        target = str(tmp / "server.sqlite")
    else:
        target = request.getfixturevalue("pg").create_database(template=PG_TEMPLATE)
    store = open_store(target)
    create_user(store, "admin", password_of("admin"), "administrator")
    return target, store


def add_site_with_incidents(store: ServerStore, n: int):
    from bm_desktop.db.models import ProgrammeRegion, Site

    with store.db.sessions.begin() as s:
        region = s.get(ProgrammeRegion, reference_id("programme_regions", "Eastern DRC"))
        site = Site(
            code="FT-1",
            name="Fault test site",
            longitude=28.0,
            latitude=-2.0,
            country_id=region.country_id,
            region_id=region.id,
        )
        s.add(site)
        s.flush()
        for i in range(n):
            s.add(
                Incident(
                    site_id=site.id,
                    occurred_on=dt.date(2021, 5, 1),
                    reported_on=dt.date(2021, 5, 2),
                    risk_area_id=CHILD_LABOUR,
                    description=f"server incident {i}",
                )
            )
    return site.id


def laptop(tmp: Path, client_template: Path, name: str) -> Database:
    shutil.copy(client_template, tmp / f"{name}.sqlite")
    return open_database(tmp / f"{name}.sqlite")


def client_for(db: Database, url: str, config: SyncConfig = PATIENT) -> SyncClient:
    return SyncClient(
        db,
        url,
        "admin",
        password=lambda: password_of("admin"),
        credentials=CredentialStore(use_keyring=False),
        config=config,
    )


def sync_process(db_path: Path, url: str, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bm_desktop.cli",
            "sync",
            "--server",
            url,
            "--user",
            "admin",
            "--db",
            str(db_path),
            *extra,
        ],
        cwd=ROOT,
        env=child_env(BM_DESKTOP_PASSWORD=password_of("admin")),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def kill_when(proc: subprocess.Popen, ready, timeout: float = 120) -> None:
    """SIGKILL the process as soon as ``ready()`` holds; fail if it ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            assert proc.returncode == -signal.SIGKILL
            return
        if proc.poll() is not None:
            pytest.fail(f"the sync ended before it could be killed: {proc.stdout.read()!r}")
        time.sleep(0.01)
    proc.kill()
    pytest.fail("the sync never reached the point to kill it")


def local_cursor(path: Path) -> str | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            row = con.execute("SELECT cursor FROM sync_state WHERE id = 1").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def assert_exactly_once(store: ServerStore) -> None:
    with store.db.sessions() as s:
        receipts = s.scalar(select(func.count()).select_from(ChangeReceipt))
        distinct = s.scalar(select(func.count(func.distinct(ChangeReceipt.change_id))))
        feed = s.scalar(select(func.count()).select_from(FeedEntry))
        feed_versions = s.scalar(
            select(func.count()).select_from(
                select(FeedEntry.row_id, FeedEntry.clock).distinct().subquery()
            )
        )
    assert receipts == distinct and feed == feed_versions


def test_laptop_killed_mid_pull_resumes_without_loss(
    tmp_path: Path, server_template: Path, client_template: Path, request
) -> None:
    target, store = server_db("sqlite", tmp_path, server_template, request)
    site = add_site_with_incidents(store, 600)
    with ServerProcess(target, tmp_path / "server.log") as server:
        path = tmp_path / "laptop.sqlite"
        shutil.copy(client_template, path)
        # 1. Killed during the first connection (the snapshot).
        proc = sync_process(path, server.url, "--pull-page", "20")

        def halfway_snapshot() -> bool:
            c = Cursor.decode(local_cursor(path))
            return c is not None and c.snapshot and 100 < c.sent < c.total - 100

        kill_when(proc, halfway_snapshot)
        db = open_database(path)
        cursor = Cursor.decode(local_cursor(path))
        with db.engine.connect() as conn:  # the page and the cursor moved together
            held = sum(
                conn.execute(select(func.count()).select_from(t)).scalar()
                for t in (
                    tc.table
                    for tc in __import__("bm_desktop.sync.rows", fromlist=["codecs"])
                    .codecs()
                    .values()
                )
            )
        assert held == cursor.sent
        client = client_for(db, server.url)
        client.sync()
        assert table_contents(db) == table_contents(store)
        assert_indexes_present(db)  # dropped for the first connection, rebuilt after it
        # 2. Killed while following the feed: another laptop sent 600 changes.
        other = laptop(tmp_path, client_template, "other")
        other_client = client_for(other, server.url)
        other_client.sync()
        with other.sessions.begin() as s:
            for inc in s.scalars(select(Incident)):
                inc.severity = 4
        other_client.sync()
        start = Cursor.decode(local_cursor(path)).seq
        db.dispose()
        proc = sync_process(path, server.url, "--pull-page", "20")

        def halfway_feed() -> bool:
            c = Cursor.decode(local_cursor(path))
            return c is not None and not c.snapshot and start + 100 < c.seq < start + 500

        kill_when(proc, halfway_feed)
        db = open_database(path)
        report = client_for(db, server.url).sync()
        assert report.pulled < 600  # it resumed, it did not start again
        assert table_contents(db) == table_contents(store) == table_contents(other)
        with db.sessions() as s:
            assert set(s.scalars(select(Incident.severity))) == {4}
            assert (
                s.scalar(select(func.count()).select_from(Incident).where(Incident.site_id == site))
                == 600
            )
        db.dispose()
        other.dispose()
    store.dispose()


def test_laptop_killed_mid_push_sends_everything_once(
    tmp_path: Path, server_template: Path, client_template: Path, request
) -> None:
    target, store = server_db("sqlite", tmp_path, server_template, request)
    site = add_site_with_incidents(store, 0)
    with ServerProcess(target, tmp_path / "server.log") as server:
        db = laptop(tmp_path, client_template, "laptop")
        client_for(db, server.url).sync()
        with db.sessions.begin() as s:
            for i in range(600):
                s.add(
                    Incident(
                        site_id=site,
                        occurred_on=dt.date(2021, 9, 1),
                        reported_on=dt.date(2021, 9, 1),
                        risk_area_id=CHILD_LABOUR,
                        description=f"offline incident {i}",
                    )
                )
        db.dispose()

        def received() -> int:
            with store.engine.connect() as conn:
                return conn.execute(select(func.count()).select_from(ChangeReceipt)).scalar()

        proc = sync_process(tmp_path / "laptop.sqlite", server.url, "--push-batch", "10")
        kill_when(proc, lambda: 100 < received() < 500)
        db = open_database(tmp_path / "laptop.sqlite")
        with db.sessions() as s:
            acknowledged = s.scalar(
                select(func.count())
                .select_from(OutboxChange)
                .where(OutboxChange.state == "acknowledged")
            )
        assert acknowledged <= received() < 600  # the server may be ahead of the laptop
        report = client_for(db, server.url).sync()
        assert report.pushed + report.duplicates == 600 - acknowledged
        with store.db.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Incident)) == 600
        assert_exactly_once(store)
        assert table_contents(db) == table_contents(store)
        db.dispose()
    store.dispose()


@pytest.mark.postgres
def test_server_restarted_mid_sync(
    tmp_path: Path, server_template: Path, client_template: Path, request
) -> None:
    target, store = server_db("postgresql", tmp_path, server_template, request)
    site = add_site_with_incidents(store, 0)
    server = ServerProcess(target, tmp_path / "server.log").start()
    try:
        a = laptop(tmp_path, client_template, "a")
        a_client = client_for(
            a, server.url, SyncConfig(attempts=10, backoff_base=0.2, backoff_max=1.0, push_batch=10)
        )
        a_client.sync()
        with a.sessions.begin() as s:
            for i in range(400):
                s.add(
                    Incident(
                        site_id=site,
                        occurred_on=dt.date(2021, 9, 1),
                        reported_on=dt.date(2021, 9, 1),
                        risk_area_id=CHILD_LABOUR,
                        description=f"incident {i}",
                    )
                )

        def restart_when(condition) -> threading.Thread:
            def run() -> None:
                deadline = time.monotonic() + 60
                while not condition() and time.monotonic() < deadline:
                    time.sleep(0.01)
                server.kill()
                time.sleep(0.5)
                server.start()

            thread = threading.Thread(target=run)
            thread.start()
            return thread

        def received() -> int:
            with store.engine.connect() as conn:
                return conn.execute(select(func.count()).select_from(ChangeReceipt)).scalar()

        thread = restart_when(lambda: received() > 50)
        try:
            a_client.sync()
        except SyncError:
            pass  # it may give up while the server is down; the next sync finishes
        thread.join()
        a_client.sync()
        # And in the middle of a pull: a new laptop's first connection, in small pages.
        b = laptop(tmp_path, client_template, "b")
        b_client = client_for(
            b,
            server.url,
            SyncConfig(attempts=10, backoff_base=0.2, backoff_max=1.0, snapshot_page=20),
        )
        thread = restart_when(
            lambda: (Cursor.decode(local_cursor(tmp_path / "b.sqlite")) or Cursor(0)).sent > 100
        )
        try:
            b_client.sync()
        except SyncError:
            pass
        thread.join()
        b_client.sync()
        with store.db.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Incident)) == 400
        assert_exactly_once(store)
        assert table_contents(a) == table_contents(store) == table_contents(b)
        a.dispose(), b.dispose()
    finally:
        server.kill()
        store.dispose()


def test_refused_connections_and_timeouts_lose_nothing(
    tmp_path: Path, server_template: Path, client_template: Path, request
) -> None:
    target, store = server_db("sqlite", tmp_path, server_template, request)
    site = add_site_with_incidents(store, 0)
    db = laptop(tmp_path, client_template, "laptop")
    nobody = ServerProcess(target, tmp_path / "unused.log")  # a port nothing listens on
    quick = SyncConfig(attempts=2, backoff_base=0.01, connect_timeout=1.0)
    with pytest.raises(NetworkError, match="Cannot reach the server"):
        client_for(db, nobody.url, quick).sync()
    with db.engine.connect() as conn:
        status = local.local_status(conn)
    assert not status.attached and "Cannot reach" in status.last_error and status.failures == 1
    with ServerProcess(target, tmp_path / "server.log") as server:
        client_for(db, server.url).sync()
        with db.sessions.begin() as s:
            for i in range(300):
                s.add(
                    Incident(
                        site_id=site,
                        occurred_on=dt.date(2021, 9, 1),
                        reported_on=dt.date(2021, 9, 1),
                        risk_area_id=CHILD_LABOUR,
                        description=f"incident {i}",
                    )
                )
        impatient = client_for(
            db, server.url, SyncConfig(attempts=1, read_timeout=0.002, push_batch=50)
        )
        for _ in range(3):  # the server may act on requests whose answers time out
            with pytest.raises(NetworkError, match="did not answer in time"):
                impatient.sync()
        with db.engine.connect() as conn:
            assert local.local_status(conn).pending > 0
        report = client_for(db, server.url).sync()
        assert report.pushed + report.duplicates == 300
        with store.db.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Incident)) == 300
        assert_exactly_once(store)
        assert table_contents(db) == table_contents(store)
    db.dispose()
    store.dispose()
