"""Several server processes sharing one PostgreSQL database.

* ``bm-desktop server --workers 2`` runs two worker processes on one port, and the
  sign-in limits hold across them (the counters are in the database).
* The convergence property (tests/sync/test_convergence.py) holds when every request
  of every laptop goes, in turn, to one of two server processes: what a load
  balancer in front of several processes does.
"""

from __future__ import annotations

import itertools
import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from bm_desktop.sync.server.store import SECRET_ENV, ServerStore
from bm_desktop.sync.server.users import create_user
from tests.sync import test_convergence
from tests.sync.conftest import reset_pg_store
from tests.sync.servers import ServerProcess
from tests.sync.world import BASE_URL, SyncWorld, password_of

pytestmark = pytest.mark.postgres

WORKER_STARTED = re.compile(r"server worker (\d+) started")
LOGGED_PID = re.compile(r"\[(\d+)\] bm_desktop\.sync\.server: sign-in refused")


def _wait_for_workers(log: Path, n: int, timeout: float = 60) -> set[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = set(WORKER_STARTED.findall(log.read_text(errors="replace")))
        if len(found) >= n:
            return found
        time.sleep(0.1)
    raise AssertionError(f"{n} workers did not start: {log.read_text()[-2000:]}")


def test_workers_serve_from_several_processes_and_share_sign_in_limits(
    pg_store: ServerStore, tmp_path: Path
) -> None:
    reset_pg_store(pg_store)
    create_user(pg_store, "amani", password_of("amani"), "administrator")
    log = tmp_path / "server.log"
    with ServerProcess(pg_store.url, log, workers=2) as server:
        workers = _wait_for_workers(log, 2)

        def attempt(i: int) -> int:
            with httpx.Client(base_url=server.url, timeout=30) as http:  # a new connection
                return http.post(
                    "/auth/login", json={"username": "amani", "password": f"guess-{i:04d}"}
                ).status_code

        with ThreadPoolExecutor(8) as pool:
            codes = sorted(pool.map(attempt, range(40)))
        # Counted in the database: five failures in all, whichever process answered.
        assert codes.count(401) == 5 and codes.count(429) == 35, codes
        with httpx.Client(base_url=server.url, timeout=30) as http:
            right = http.post(
                "/auth/login", json={"username": "amani", "password": password_of("amani")}
            )
        assert right.status_code == 429 and int(right.headers["Retry-After"]) > 0
        answered = set(LOGGED_PID.findall(log.read_text(errors="replace")))
        assert answered <= workers and len(answered) == 2, (answered, workers)


class Balancer(httpx.BaseTransport):
    """Sends each request to the next server process in turn (a load balancer)."""

    def __init__(self, ports: list[int]) -> None:
        self.ports = itertools.cycle(ports)
        self.inner = httpx.HTTPTransport()
        self.served: dict[int, int] = dict.fromkeys(ports, 0)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        port = next(self.ports)
        self.served[port] += 1
        request.url = request.url.copy_with(host="127.0.0.1", port=port)
        return self.inner.handle_request(request)


class TwoProcessWorld(SyncWorld):
    """The convergence world, with the laptops talking to real server processes."""

    balancer: Balancer

    def __init__(
        self, store: ServerStore, tmp: Path, client_template: Path, config: object = None
    ) -> None:
        self.store = store
        self.tmp = tmp
        self.client_template = client_template
        self.http = httpx.Client(transport=self.balancer, base_url=BASE_URL, timeout=60)
        self.laptops = []

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.close()
        self.http.close()


def test_convergence_against_two_server_processes(
    client_template: Path, pg_store: ServerStore, tmp_path: Path, monkeypatch
) -> None:
    reset_pg_store(pg_store)
    # one signing secret for the test and both processes, as the convergence test's examples
    # reuse the tokens of a prepared round (the processes inherit the environment)
    monkeypatch.setenv(SECRET_ENV, "convergence-test-secret-" + "x" * 32)
    pg_store.secret()  # made once, before the processes start, as `bm-desktop server` does
    servers = [ServerProcess(pg_store.url, tmp_path / f"server-{i}.log").start() for i in range(2)]
    try:
        balancer = Balancer([s.port for s in servers])
        monkeypatch.setattr(TwoProcessWorld, "balancer", balancer, raising=False)
        monkeypatch.setattr(test_convergence, "SyncWorld", TwoProcessWorld)

        def make(_tmp: Path, _prepared: Path | None) -> ServerStore:
            reset_pg_store(pg_store)
            return pg_store

        examples = int(os.environ.get("BM_SYNC_EXAMPLES", "0")) or 6
        test_convergence._property(make, client_template, examples)
        assert min(balancer.served.values()) >= 5 * examples  # both did their share
        for s in servers:
            assert "Traceback" not in s.log_path.read_text(errors="replace")
    finally:
        for s in servers:
            s.stop()
