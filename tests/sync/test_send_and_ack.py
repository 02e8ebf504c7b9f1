"""The window between sending a batch and recording the server's answer, hit on purpose.

The SIGKILL tests in test_faults.py kill the laptop at a random moment, which almost
always lands where nothing is at stake. Here the failure lands exactly between
"sent" and "acknowledged", every time:

* in process: the request is lost before the server sees it, or the server acts on it
  and its answer is lost; the entries must stay pending, and the next sync sends them
  (the server takes the resent ones as duplicates);
* with real processes: a proxy between the laptop and the server holds the push (before
  or after the server applied it) and the laptop's ``bm-desktop sync`` is SIGKILLed
  while it waits; the outbox must still say pending, and the next sync completes it.
"""

from __future__ import annotations

import signal
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from bm_desktop.db.engine import open_database
from bm_desktop.db.models import ChangeReceipt, Incident, OutboxChange
from bm_desktop.sync.errors import NetworkError
from tests.sync.servers import ServerProcess
from tests.sync.test_faults import (
    add_site_with_incidents,
    assert_exactly_once,
    client_for,
    laptop,
    server_db,
    sync_process,
)
from tests.sync.world import SyncWorld, add_incidents, table_contents


def outbox_states(db) -> dict[str, int]:
    with db.sessions() as s:
        return dict(
            s.execute(select(OutboxChange.state, func.count()).group_by(OutboxChange.state)).all()
        )


def server_count(store, model=Incident) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar()


def test_a_push_lost_on_the_way_or_on_the_way_back_stays_pending(world: SyncWorld) -> None:
    world.user("admin")
    site = world.add_site("SA-01")
    lap = world.laptop("a", "admin")
    lap.sync()
    # 1. The request never reaches the server.
    add_incidents(lap.db, site, 3, "lost request")
    lap.faults.set_faults(drop_request=1.0)
    with pytest.raises(NetworkError):
        lap.sync()
    assert outbox_states(lap.db) == {"pending": 3}
    assert server_count(world.store) == 0
    lap.faults.quiet()
    report = lap.sync()
    assert (report.pushed, report.duplicates) == (3, 0)
    assert outbox_states(lap.db) == {"acknowledged": 3}
    # 2. The server applies the batch and its answer is lost.
    add_incidents(lap.db, site, 2, "lost answer")
    lap.faults.set_faults(drop_response=1.0)
    with pytest.raises(NetworkError):
        lap.sync()
    assert outbox_states(lap.db) == {"acknowledged": 3, "pending": 2}
    assert server_count(world.store) == 5  # the server has them; the laptop cannot know
    lap.faults.quiet()
    report = lap.sync()
    assert (report.pushed, report.duplicates) == (0, 2)
    assert outbox_states(lap.db) == {"acknowledged": 5}
    assert server_count(world.store) == 5
    assert table_contents(lap.db) == table_contents(world.store)


class HoldingProxy:
    """Forwards requests to the server; once armed, holds the next push: before
    forwarding it (``after_server=False``) or after the server answered it."""

    def __init__(self, upstream: str) -> None:
        self.upstream, self.after_server = upstream, False
        self.armed = False
        self.held = threading.Event()  # the push is being held now
        self.release = threading.Event()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                pass

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                is_push = (
                    self.path.startswith("/sync/push") and proxy.armed and not proxy.held.is_set()
                )
                if is_push and not proxy.after_server:
                    proxy.held.set()
                    proxy.release.wait(120)
                    return  # the request never reaches the server
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() not in ("host", "content-length", "connection")
                }
                r = httpx.request(
                    self.command,
                    proxy.upstream + self.path,
                    content=body,
                    headers=headers,
                    timeout=60,
                )
                if is_push:
                    proxy.held.set()  # the server applied the batch: hold its answer
                    proxy.release.wait(120)
                    return
                self.send_response(r.status_code)
                for k, v in r.headers.items():
                    if k.lower() not in (
                        "content-length",
                        "transfer-encoding",
                        "connection",
                        "content-encoding",
                    ):  # httpx inflated it
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(r.content)))
                self.end_headers()
                self.wfile.write(r.content)

            do_GET = do_POST = _forward  # noqa: N815

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def arm(self, *, after_server: bool) -> None:
        self.after_server, self.armed = after_server, True
        self.held.clear()
        self.release.clear()

    def disarm(self) -> None:
        self.armed = False
        self.release.set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> HoldingProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.slow
def test_laptop_killed_between_send_and_ack_loses_and_doubles_nothing(
    tmp_path: Path, server_template: Path, client_template: Path, request
) -> None:
    target, store = server_db("sqlite", tmp_path, server_template, request)
    site = add_site_with_incidents(store, 0)
    path = tmp_path / "laptop.sqlite"
    with (
        ServerProcess(target, tmp_path / "server.log") as server,
        HoldingProxy(server.url) as proxy,
    ):
        db = laptop(tmp_path, client_template, "laptop")
        client_for(db, proxy.url).sync()  # the laptop knows the server by the proxy's address
        expected = 0
        for after_server in (True, False):
            add_incidents(db, site, 40, f"after_server={after_server}")
            expected += 40
            db.dispose()
            proxy.arm(after_server=after_server)
            proc = sync_process(path, proxy.url, "--push-batch", "100")
            try:
                deadline = time.monotonic() + 90
                while not proxy.held.wait(0.05):
                    if proc.poll() is not None or time.monotonic() > deadline:
                        pytest.fail(f"the push never reached the proxy: {proc.stdout.read()!r}")
            finally:
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=30)
                proxy.disarm()
            assert proc.returncode == -signal.SIGKILL
            db = open_database(path)
            states = outbox_states(db)
            assert states.get("pending") == 40, states  # sent, never acknowledged
            received = server_count(store, ChangeReceipt)
            assert received == (expected if after_server else expected - 40)
            report = client_for(db, proxy.url).sync()
            assert (report.pushed, report.duplicates) == ((0, 40) if after_server else (40, 0))
            assert outbox_states(db) == {"acknowledged": expected}
            assert server_count(store) == expected
            assert_exactly_once(store)
            assert table_contents(db) == table_contents(store)
        db.dispose()
    store.dispose()
