"""Sync over loopback: a real server process, laptops in this process.

* Initial sync (first connection) of the sample programme scaled x10 (quick: x2).
  Baseline: copying the whole server database file locally (the least a
  whole-file download, Mergin Maps' way to start a project, would cost).
* Incremental sync of 100 edits (push, then pull). Baseline: geodiff on the same edits.
* Pull and apply of 20,000 changes made on another laptop (quick: 5,000). Baseline:
  geodiff creating and applying a changeset of the same changes between two files.
* Bytes on the wire per pulled change (gzip), and the implied time of those
  changes on a 64 kbit/s link. Baseline: the geodiff changeset, gzipped.
* 50 laptops syncing at once against two server processes (``--workers 2``) on one
  PostgreSQL database (quick: 10), a bounded load test: p50/p95 push and pull latency
  and errors. Baseline: the same requests from one laptop alone.

``python benchmarks/bench_sync.py [--quick] [--only initial|load]`` runs it alone
(``--only initial``: just the first connection beside the file copy).

The x10 sample server database is generated once and kept in the temporary
directory (generation is the sample generator's benchmark, not ours).
"""

from __future__ import annotations

import datetime as dt
import gzip
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

INITIAL_BUDGET_S = 3.0  # x10: close to the speed of a file copy
SERVER_WORKERS = 2
INCREMENTAL_BUDGET_S = 1.0
PULL_BUDGET_S = 5.0
LINK_BUDGET_S = 300.0  # 20,000 changes in under 5 minutes at 64 kbit/s
LATENCY_BUDGET_S = 2.0
LINK_BITS_PER_S = 64_000
PASSWORD = "bench-password-2024"


def _copy(src: Path, dst: Path) -> Path:
    """A consistent single-file copy of a SQLite database (WAL folded in)."""
    s, d = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        s.backup(d)
        d.execute("PRAGMA journal_mode=DELETE")
    finally:
        s.close()
        d.close()
    return dst


def _sample_server(scale: int) -> Path:
    """The sample programme x ``scale`` in a server database, with an admin account."""
    from bm_desktop.db import migrate
    from bm_desktop.services.sample_programme import generate_sample_programme
    from bm_desktop.sync.server.store import open_store
    from bm_desktop.sync.server.users import create_user

    cache = Path(tempfile.gettempdir()) / "bm-bench-sync"
    cache.mkdir(exist_ok=True)
    path = cache / f"sample-x{scale}-{migrate.head_revision()}.sqlite"
    if not path.exists():
        work = cache / f"building-{uuid.uuid4().hex}.sqlite"
        store = open_store(str(work))
        generate_sample_programme(store.db, scale=scale)
        create_user(store, "admin", PASSWORD, "administrator")
        store.dispose()
        _copy(work, path)
        for suffix in ("", "-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)
    return path


def _client(db, url: str, **config):
    from bm_desktop.sync.client import SyncClient
    from bm_desktop.sync.credentials import CredentialStore
    from bm_desktop.sync.transport import SyncConfig

    return SyncClient(
        db,
        url,
        "admin",
        password=lambda: PASSWORD,
        credentials=CredentialStore(use_keyring=False),
        config=SyncConfig(**config),
    )


def _geodiff(base: Path, modified: Path, work: Path) -> tuple[float, int, int]:
    """geodiff: create a changeset base -> modified and apply it to a copy of base.
    Returns (seconds, changes, gzipped changeset bytes)."""
    import pygeodiff

    from bm_desktop.sync import rows

    g = pygeodiff.GeoDiff()
    con = sqlite3.connect(base)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    con.close()
    g.set_tables_to_skip([t for t in tables if t not in rows.codecs()])
    target = _copy(base, work / f"target-{uuid.uuid4().hex[:6]}.sqlite")
    changeset = work / f"changes-{uuid.uuid4().hex[:6]}.bin"
    t = time.perf_counter()
    g.create_changeset(str(base), str(modified), str(changeset))
    g.apply_changeset(str(target), str(changeset))
    seconds = time.perf_counter() - t
    return seconds, g.changes_count(str(changeset)), len(gzip.compress(changeset.read_bytes()))


def _row(
    name: str,
    ours: float,
    baseline: str,
    baseline_s: float | None,
    n: int,
    budget: float | None = None,
    note: str = "",
) -> dict:
    out = {
        "name": name,
        "ours_s": ours,
        "baseline": baseline,
        "baseline_s": baseline_s,
        "ratio": (baseline_s / ours) if baseline_s and ours else None,
        "n": n,
    }
    if budget is not None:
        out["budget_s"] = budget
    if note:
        out["note"] = note
    return out


def _make_changes(db, n: int) -> int:
    """n changes as a coordinator would make them: half incident verifications, half
    corrective-action progress updates (append-only)."""
    from sqlalchemy import select

    from bm_desktop.db.models import ActionProgress, CorrectiveAction, Incident

    half = n // 2
    with db.sessions.begin() as s:
        incidents = list(
            s.scalars(
                select(Incident)
                .where(Incident.deleted.is_(False))
                .order_by(Incident.id)
                .limit(half)
            )
        )
        for inc in incidents:
            inc.verification = "verified"
            inc.verified_by = "Risk expert M. Kabila"
            inc.verified_at = dt.datetime(2022, 4, 12, 10, 30)
            inc.severity = min(4, inc.severity + 1)
        actions = list(s.scalars(select(CorrectiveAction.id).order_by(CorrectiveAction.id)))
        for i in range(n - len(incidents)):
            s.add(
                ActionProgress(
                    action_id=actions[i % len(actions)],
                    status="in_progress",
                    on=dt.date(2022, 4, 15),
                    note="Follow-up at the CAP meeting",
                    by="Monitor A. Mugisha",
                )
            )
    return n


def _new_device(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute(
        "UPDATE local_settings SET value = ? WHERE key = 'device_id'", (uuid.uuid4().hex[:12],)
    )
    con.commit()
    con.close()


def _transfer_benchmarks(quick: bool, work: Path, initial_only: bool = False) -> list[dict]:
    from bm_desktop.db.engine import open_database
    from tests.sync.servers import ServerProcess

    scale = 2 if quick else 10
    n = 5_000 if quick else 20_000
    server_file = _copy(_sample_server(scale), work / "server.sqlite")
    results = []
    with ServerProcess(str(server_file), work / "server.log") as server:
        # 1. First connection of a new laptop.
        a_path = work / "a.sqlite"
        a = open_database(a_path)
        ca = _client(a, server.url, push_batch=500)
        t = time.perf_counter()
        report = ca.sync()
        initial = time.perf_counter() - t
        full = _copy(a_path, work / "a-full.sqlite")
        t = time.perf_counter()  # what a whole-file download would at least cost
        _copy(server_file, work / "server-copy.sqlite")
        copy_s = time.perf_counter() - t
        results.append(
            _row(
                f"initial sync (sample x{scale})",
                initial,
                "copy of the whole server file, local",
                copy_s,
                report.pulled,
                INITIAL_BUDGET_S if not quick else None,
                f"{report.bytes_received / 1e6:.1f} MB on the wire; server file "
                f"{server_file.stat().st_size / 1e6:.0f} MB",
            )
        )
        # The same into an encrypted laptop database, as the window makes them (SQLCipher).
        from bm_desktop.db import cipher

        e_path = work / "encrypted.sqlite"
        e = open_database(e_path, key=cipher.key_for_passphrase(e_path, PASSWORD))
        ce = _client(e, server.url, push_batch=500)
        t = time.perf_counter()
        e_report = ce.sync()
        encrypted_s = time.perf_counter() - t
        ce.close()
        e.dispose()
        results.append(
            _row(
                f"initial sync (sample x{scale}), encrypted laptop database",
                encrypted_s,
                "copy of the whole server file, local",
                copy_s,
                e_report.pulled,
                note="SQLCipher file, key from argon2id (not "
                "timed), the window's case; the row above is a plain file",
            )
        )
        if initial_only:
            a.dispose()
            return results
        # 2. An ordinary sync: 100 edits pushed, then pulled back.
        _make_changes(a, 100)
        before = full
        t = time.perf_counter()
        report = ca.sync()
        incremental = time.perf_counter() - t
        after = _copy(a_path, work / "a-100.sqlite")
        g_s, _, _ = _geodiff(before, after, work)
        results.append(
            _row(
                "incremental sync (100 changes)",
                incremental,
                "geodiff create+apply, local",
                g_s,
                report.pushed,
                INCREMENTAL_BUDGET_S,
            )
        )
        # 3. Another laptop pulls n changes made on this one.
        b_path = _copy(a_path, work / "b.sqlite")
        _new_device(b_path)
        b = open_database(b_path)
        cb = _client(b, server.url)
        cb.login()
        _make_changes(a, n)
        t = time.perf_counter()
        pushed = ca.push()
        push_s = time.perf_counter() - t
        b_before = _copy(b_path, work / "b-before.sqlite")
        received_before = cb.transport.bytes_received
        t = time.perf_counter()
        report = cb.pull()
        pull_s = time.perf_counter() - t
        wire_bytes = cb.transport.bytes_received - received_before
        b_after = _copy(b_path, work / "b-after.sqlite")
        g_s, g_n, g_bytes = _geodiff(b_before, b_after, work)
        results.append(
            _row(
                f"pull + apply {n:,} changes",
                pull_s,
                "geodiff changeset create+apply, local",
                g_s,
                report.received,
                PULL_BUDGET_S,
            )
        )
        results.append(
            _row(
                f"push {n:,} changes",
                push_s,
                "—",
                None,
                pushed.pushed,
                note=f"{ca.transport.bytes_sent / pushed.pushed:.0f} bytes/change",
            )
        )
        per_change = wire_bytes / max(1, report.received)
        link_s = wire_bytes * 8 / LINK_BITS_PER_S * (20_000 / max(1, report.received))
        results.append(
            _row(
                "20,000 pulled changes on 64 kbit/s (gzip)",
                link_s,
                "geodiff changeset, gzipped",
                g_bytes * 8 / LINK_BITS_PER_S * (20_000 / max(1, g_n)),
                report.received,
                LINK_BUDGET_S,
                f"{per_change:.0f} bytes/change (geodiff {g_bytes / max(1, g_n):.0f})",
            )
        )
        for db in (a, b):
            db.dispose()
    return results


def _load_benchmark(quick: bool, work: Path) -> list[dict]:
    from bm_desktop.db.engine import open_database
    from bm_desktop.db.models import Incident, ProgrammeRegion, Site
    from bm_desktop.db.reference_data import reference_id, seed_reference_data
    from bm_desktop.sync.server.store import open_store
    from bm_desktop.sync.server.users import create_user
    from tests.pg import ThrowawayPostgres
    from tests.sync.servers import ServerProcess

    clients = 10 if quick else 50
    rounds = 3
    with ThrowawayPostgres() as pg:
        url = pg.create_database("bench")
        store = open_store(url)
        with store.db.sessions.begin() as s:
            seed_reference_data(s)
            s.flush()
            region = s.get(ProgrammeRegion, reference_id("programme_regions", "Eastern DRC"))
            for i in range(12):
                s.add(
                    Site(
                        code=f"LD-{i:02d}",
                        name=f"Load site {i}",
                        longitude=28.0,
                        latitude=-2.0,
                        country_id=region.country_id,
                        region_id=region.id,
                    )
                )
        create_user(store, "admin", PASSWORD, "administrator")
        with store.db.sessions() as s:
            from sqlalchemy import select

            sites = list(s.scalars(select(Site.id)))
        store.dispose()
        with ServerProcess(url, work / "pg-server.log", workers=SERVER_WORKERS) as server:
            first = work / "load-0.sqlite"
            db0 = open_database(first)
            _client(db0, server.url).sync()
            db0.dispose()
            paths = [first]
            for i in range(1, clients):
                paths.append(_copy(first, work / f"load-{i}.sqlite"))
                _new_device(paths[-1])

            def exercise(path: Path, k: int, latencies: dict, errors: list) -> None:
                db = open_database(path)
                client = _client(db, server.url, attempts=1)
                client.transport.on_answer = lambda m, p, s, code: latencies.setdefault(
                    p, []
                ).append(s)
                try:
                    client.login()
                    for r in range(rounds):
                        with db.sessions.begin() as s:
                            for j in range(10):
                                s.add(
                                    Incident(
                                        site_id=sites[(k + j) % len(sites)],
                                        occurred_on=dt.date(2022, 5, 1 + r),
                                        reported_on=dt.date(2022, 5, 2 + r),
                                        risk_area_id=reference_id("risk_areas", "ohs"),
                                        description=f"load {k}/{r}/{j}",
                                    )
                                )
                        client.sync()
                except Exception as exc:  # counted, reported
                    errors.append(repr(exc))
                finally:
                    client.close()
                    db.dispose()

            alone: dict = {}
            exercise(paths[0], 0, alone, [])
            latencies: dict = {}
            errors: list = []
            threads = [
                threading.Thread(target=exercise, args=(p, k, latencies, errors))
                for k, p in enumerate(paths)
            ]
            t = time.perf_counter()
            for th in threads:
                th.start()
            for th in threads:
                th.join(timeout=300)
            wall = time.perf_counter() - t
            log = (work / "pg-server.log").read_text(errors="replace")
            served = Counter(
                re.findall(r"\[(\d+)\] bm_desktop\.sync\.server: (?:pull by|sign-in:)", log)
            )

    def q(values: list[float], p: float) -> float:
        return statistics.quantiles(values, n=100)[p - 1] if len(values) > 1 else values[0]

    out = []
    for path, label in (("/sync/push", "push"), ("/sync/pull", "pull")):
        ours, base = latencies.get(path, [0.0]), alone.get(path, [0.0])
        out.append(
            _row(
                f"{clients} laptops at once, PostgreSQL, {SERVER_WORKERS} server "
                f"processes: {label} p95",
                q(ours, 95),
                "one laptop alone, p95",
                q(base, 95),
                len(ours),
                LATENCY_BUDGET_S,
                f"p50 {q(ours, 50) * 1000:.0f} ms; errors {len(errors)}; sign-ins and "
                f"pulls per process {sorted(served.values())}; "
                f"{clients * rounds} syncs in {wall:.1f} s",
            )
        )
    return out


def run(quick: bool, only: str | None = None) -> list[dict]:
    work = Path(tempfile.mkdtemp(prefix="bm-bench-sync-"))
    try:
        if only == "initial":
            return _transfer_benchmarks(quick, work, initial_only=True)
        if only == "load":
            return _load_benchmark(quick, work)
        return _transfer_benchmarks(quick, work) + _load_benchmark(quick, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    for row in run("--quick" in sys.argv, only):
        print(row)
