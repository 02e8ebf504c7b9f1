"""A damaged, truncated, locked, read-only, full or newer database on the command line:
a plain message (no traceback, no SQL), exit status 2, and the file byte for byte as it
was; a newer schema is refused before any backup; a read-only file is read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.db import database_files as files

STATS = ("stats", "--from", "2021-04-01", "--to", "2022-03-31")


def run_cli(*args: str, full_disk: bool = False) -> subprocess.CompletedProcess:
    head = ["-c", files.FULL_DISK] if full_disk else ["-m", "bm_desktop.cli"]
    return subprocess.run(
        [sys.executable, *head, *args], capture_output=True, text=True, timeout=120
    )


def assert_plain_refusal(result: subprocess.CompletedProcess, *words: str) -> None:
    out = result.stdout + result.stderr
    assert result.returncode == 2, out
    for raw in files.RAW:
        assert raw not in out, f"{raw!r} in the output:\n{out}"
    assert result.stderr.startswith("bm-desktop stats: error: "), out
    for word in words:
        assert word in result.stderr, out


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (files.truncated, ("is damaged (truncated or corrupt)", "sample.backup-")),
        (files.corrupt, ("is damaged (truncated or corrupt)",)),
        (files.not_a_database, ("or is not a BM Desktop database",)),
        (files.foreign, ("is a SQLite database but not a BM Desktop one",)),
    ],
)
def test_damaged_file_is_named_and_left_alone(tmp_path: Path, make, words) -> None:
    path = make(tmp_path / "sample.sqlite")
    before = path.read_bytes()
    result = run_cli(*STATS, "--db", str(path))
    assert_plain_refusal(result, str(path), *words)
    assert path.read_bytes() == before
    assert files.files_beside(path) == set()


def test_newer_schema_is_refused_before_any_backup(tmp_path: Path) -> None:
    path = files.newer(tmp_path / "programme.sqlite")
    before = path.read_bytes()
    for _ in range(2):  # every start, not only the first
        result = run_cli(*STATS, "--db", str(path))
        assert_plain_refusal(
            result, "written by a newer version of BM Desktop", files.FUTURE_REVISION
        )
    assert path.read_bytes() == before
    assert files.files_beside(path) == set(), "a newer file must not be backed up"


def test_newer_schema_in_french(tmp_path: Path) -> None:
    path = files.newer(tmp_path / "programme.sqlite")
    result = run_cli(*STATS, "--lang", "fr", "--db", str(path))
    assert result.returncode == 2
    assert "bm-desktop stats : erreur : La base" in result.stderr
    assert "a été écrite par une version plus récente de BM Desktop" in result.stderr


def test_locked_file_says_another_program_holds_it(tmp_path: Path) -> None:
    path = files.programme(tmp_path / "programme.sqlite")
    before = path.read_bytes()
    with files.locked(path):
        result = run_cli(*STATS, "--db", str(path))
    assert_plain_refusal(result, "is locked by another program", "nothing was changed")
    assert path.read_bytes() == before


def test_full_disk_during_the_upgrade_changes_nothing(tmp_path: Path) -> None:
    path = files.old_schema(tmp_path / "programme.sqlite")
    before = path.read_bytes()
    result = run_cli(*STATS, "--db", str(path), full_disk=True)
    assert_plain_refusal(result, "is full", "Free some space")
    assert path.read_bytes() == before


def test_full_disk_on_a_new_file_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    result = run_cli("sample", "--db", str(path), full_disk=True)
    out = result.stdout + result.stderr
    assert result.returncode == 2, out
    assert "bm-desktop sample: error: The disk holding the database" in result.stderr
    assert not any(raw in out for raw in files.RAW), out
    assert list(tmp_path.iterdir()) == []


def test_read_only_file_is_read_and_writes_are_refused(tmp_path: Path) -> None:
    path = files.read_only(tmp_path / "programme.sqlite")
    before = path.read_bytes()
    result = run_cli(*STATS, "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "Recorded incidents" in result.stdout or "incidents" in result.stdout.lower()
    result = run_cli("sample", "--db", str(path))
    out = result.stdout + result.stderr
    assert result.returncode == 2, out
    assert "bm-desktop sample: error: The database" in result.stderr
    assert "is open read-only" in result.stderr
    assert not any(raw in out for raw in files.RAW), out
    assert path.read_bytes() == before
