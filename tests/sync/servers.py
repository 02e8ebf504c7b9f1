"""A real sync server process (uvicorn) for the fault tests and benchmarks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.pg import free_port

ROOT = Path(__file__).resolve().parents[2]


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


class ServerProcess:
    """``bm-desktop server`` in a subprocess on a free port; can be killed and restarted."""

    def __init__(
        self,
        db: str,
        log: Path,
        port: int | None = None,
        *,
        workers: int = 1,
        args: tuple[str, ...] = (),
    ) -> None:
        self.db = db
        self.workers = workers  # --workers N: a supervisor and N worker processes
        self.args = args
        self.port = port or free_port()
        self.log_path = log
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> ServerProcess:
        log = open(self.log_path, "ab")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bm_desktop.cli",
                "server",
                "--db",
                self.db,
                "--port",
                str(self.port),
                "--workers",
                str(self.workers),
                *self.args,
            ],
            cwd=ROOT,
            env=child_env(),
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited: {self.log_path.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError("the server did not start in time")

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:  # the whole group: with --workers the workers must not outlive it
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=30)
        self.proc = None

    def stop(self) -> None:
        self.kill(signal.SIGTERM)

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.kill()
