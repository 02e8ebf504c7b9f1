"""A throwaway PostgreSQL server for tests and benchmarks.

Finds the PostgreSQL binaries (``/usr/lib/postgresql/<version>/bin``, 15 first,
or ``pg_ctl`` on the PATH), runs ``initdb`` and ``pg_ctl`` in a temporary
directory on a free port of 127.0.0.1 (as the ``postgres`` user when we are
root, since PostgreSQL refuses to run as root), and removes everything when
stopped. Durability is switched off: it only has to be fast.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def find_binaries() -> Path | None:
    override = os.environ.get("BM_PG_BINDIR")  # for testing the "no PostgreSQL" path
    if override is not None:
        bindir = Path(override)
        return bindir if (bindir / "initdb").exists() and (bindir / "pg_ctl").exists() else None
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: (p.parent.name != "15", p.parent.name),
    )
    for bindir in candidates:
        if (bindir / "initdb").exists() and (bindir / "pg_ctl").exists():
            return bindir
    found = shutil.which("pg_ctl")
    if found and (Path(found).parent / "initdb").exists():
        return Path(found).parent
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayPostgres:
    """``with ThrowawayPostgres() as pg: url = pg.create_database()``."""

    def __init__(self) -> None:
        self.bindir = find_binaries()
        if self.bindir is None:
            raise PostgresUnavailable(
                "PostgreSQL binaries not found (looked in "
                "/usr/lib/postgresql/*/bin and on the PATH)"
            )
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="bm-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sockets"
        self._as_postgres = os.geteuid() == 0
        self.user = "postgres" if self._as_postgres else pwd.getpwuid(os.geteuid()).pw_name
        self.started = False

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)

    def start(self) -> ThrowawayPostgres:
        self.sockets.mkdir(parents=True)
        if self._as_postgres:
            pw = pwd.getpwnam("postgres")
            for p in (self.root, self.sockets):
                os.chown(p, pw.pw_uid, pw.pw_gid)
        r = self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            self.user,
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-instructions",
            "--no-sync",
        )
        if r.returncode != 0:
            raise PostgresUnavailable(f"initdb failed: {r.stderr.strip()}")
        opts = (
            f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=300 -c shared_buffers=64MB"
        )
        r = self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            opts,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        if r.returncode != 0:
            log = (
                (self.root / "server.log").read_text(errors="replace")[-2000:]
                if (self.root / "server.log").exists()
                else ""
            )
            raise PostgresUnavailable(f"pg_ctl start failed: {r.stderr.strip()} {log}")
        self.started = True
        return self

    def stop(self) -> None:
        if self.started:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> ThrowawayPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(sql)

    def create_database(self, name: str | None = None, template: str | None = None) -> str:
        """A new empty (or template-copied) database; returns its SQLAlchemy URL."""
        name = name or f"t_{uuid.uuid4().hex[:12]}"
        tpl = f" TEMPLATE {template}" if template else ""
        for attempt in range(20):
            try:
                self.execute(f'CREATE DATABASE "{name}"{tpl}')
                break
            except Exception as exc:  # the template may still have a closing connection
                if "being accessed by other users" not in str(exc) or attempt == 19:
                    raise
                time.sleep(0.1)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
