"""The PostgreSQL fixture: in CI a missing PostgreSQL fails the run; locally it skips."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.sync.servers import ROOT


def run_without_postgres(ci: bool, tmp_path) -> subprocess.CompletedProcess:
    env = {**os.environ, "BM_PG_BINDIR": str(tmp_path / "nowhere")}
    env.pop("CI", None)
    if ci:
        env["CI"] = "true"
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            "tests/sync/test_client_server.py::test_wrong_password_changes_nothing[postgresql]",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_missing_postgres_fails_in_ci(tmp_path) -> None:
    in_ci = run_without_postgres(True, tmp_path)
    assert in_ci.returncode != 0
    assert "PostgreSQL is required in CI" in in_ci.stdout


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("CI", "").lower() != "true",
    reason="CI only: locally the same path is taken whenever PostgreSQL is missing",
)
def test_missing_postgres_skips_outside_ci(tmp_path) -> None:
    local = run_without_postgres(False, tmp_path)
    assert local.returncode == 0
    assert "1 skipped" in local.stdout
