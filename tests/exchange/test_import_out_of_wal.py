"""Issue 13, section 7: a big events import is written out of the write-ahead log
(:mod:`bm_desktop.db.journal`), in a transaction of its own after the checking one.

What must hold: the file is back in WAL with the usual syncs afterwards; the write
used a rollback journal with full syncs; anything else that has the file open keeps
it in WAL; a refused file leaves it byte for byte as it was; a reader during the
write is served; a change by another connection between the check and the write
refuses the import instead of writing a plan checked against other data; an import
killed in the middle of its write leaves a valid file without any of its rows."""

from __future__ import annotations

import datetime as dt
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bm_desktop.db import journal
from bm_desktop.db.engine import open_database
from bm_desktop.exchange.imports import events_write, runner
from bm_desktop.exchange.imports.report import ImportFileError, ImportRefused
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from tests.exchange.event_files import ACLED_COLUMNS, acled, write
from tests.exchange.exchange_support import fingerprint, table_dump

TODAY = dt.date(2024, 6, 30)
ROWS = 240
ROOT = Path(__file__).resolve().parents[2]


def _file(tmp_path: Path, n: int = ROWS, **bad) -> Path:
    rows = [acled(i, dt.date(2023, 1, 1) + dt.timedelta(days=i % 300)) for i in range(n)]
    if bad:
        rows[n // 2].update(bad)
    return write(tmp_path / "events.csv", ACLED_COLUMNS, rows)


def _pragmas(conn) -> tuple[str, int]:
    return (
        str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()).lower(),
        int(conn.exec_driver_sql("PRAGMA synchronous").scalar()),
    )


@pytest.fixture
def seen_in_write(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """The journal mode and sync level the events were written with; a small bulk
    threshold, so a test file of a few hundred rows is a big import."""
    monkeypatch.setattr(events_write, "BULK_ROWS", 100)
    seen: list[tuple[str, int]] = []
    original = events_write.write

    def spy(s, plan, *args, **kwargs):
        seen.append(_pragmas(s.connection()))
        return original(s, plan, *args, **kwargs)

    monkeypatch.setattr(events_write, "write", spy)
    return seen


def _count(db) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM security_events").scalar())


def test_a_big_import_is_written_out_of_the_log_and_the_file_goes_back_to_it(
    db, tmp_path: Path, seen_in_write
) -> None:
    report = run_import(db, "events", _file(tmp_path), ImportOptions(today=TODAY))
    assert report.added == ROWS and _count(db) == ROWS
    assert seen_in_write == [("truncate", 2)]  # a rollback journal, synced in full
    with db.engine.connect() as conn:
        assert _pragmas(conn) == ("wal", 1)  # WAL again, with the usual syncs
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    plain = sqlite3.connect(db.path)
    try:  # the mode is the file's, not only the app's connections'
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        plain.close()


def test_a_small_import_stays_in_the_log(db, tmp_path: Path, seen_in_write) -> None:
    report = run_import(db, "events", _file(tmp_path, n=60), ImportOptions(today=TODAY))
    assert report.added == 60
    assert seen_in_write == [("wal", 1)]


def test_another_connection_keeps_the_file_in_wal_and_the_import_goes_on(
    db, tmp_path: Path, seen_in_write
) -> None:
    other = sqlite3.connect(db.path)  # the window reading, another process...
    try:
        other.execute("SELECT count(*) FROM sites").fetchone()
        report = run_import(db, "events", _file(tmp_path), ImportOptions(today=TODAY))
        assert other.execute("SELECT count(*) FROM security_events").fetchone()[0] == ROWS
    finally:
        other.close()
    assert report.added == ROWS
    assert seen_in_write == [("wal", 1)]


def test_a_refused_big_file_leaves_the_database_byte_for_byte(
    db, tmp_path: Path, seen_in_write
) -> None:
    path = _file(tmp_path, latitude="95")
    before = fingerprint(db)
    with pytest.raises(ImportRefused):
        run_import(db, "events", path, ImportOptions(today=TODAY))
    assert seen_in_write == []
    assert fingerprint(db) == before


def test_a_reader_during_the_write_sees_the_file_as_it_was(
    db, tmp_path: Path, seen_in_write
) -> None:
    writing, read = [], []

    def progress(done: int, total: int, message: str) -> None:
        if message == "Writing":
            writing.append(True)
        elif writing and done and not read:  # rows inserted, not yet committed
            with db.engine.connect() as conn:  # a new connection, as a dock would open
                read.append(conn.exec_driver_sql("SELECT count(*) FROM security_events").scalar())

    report = run_import(
        db, "events", _file(tmp_path), ImportOptions(today=TODAY), progress=progress
    )
    assert seen_in_write == [("truncate", 2)]
    assert read == [0] and report.added == ROWS == _count(db)


def test_a_change_between_the_check_and_the_write_refuses_the_import(
    db, tmp_path: Path, seen_in_write, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = runner._write_out_of_wal

    def someone_writes_first(*args, **kwargs):
        other = sqlite3.connect(db.path)  # a sync ending at that moment
        with other:
            other.execute("INSERT INTO local_settings (key, value) VALUES ('x', 'y')")
        other.close()
        return original(*args, **kwargs)

    monkeypatch.setattr(runner, "_write_out_of_wal", someone_writes_first)
    before = _count(db)
    with pytest.raises(ImportFileError) as refused:
        run_import(db, "events", _file(tmp_path), ImportOptions(today=TODAY))
    assert "changed while the file was being checked" in str(refused.value)
    assert seen_in_write == [] and _count(db) == before
    with db.engine.connect() as conn:
        assert _pragmas(conn) == ("wal", 1)


def test_an_import_killed_in_its_write_leaves_a_valid_file_without_its_rows(
    db, tmp_path: Path
) -> None:
    path = Path(db.path)
    before = table_dump(db)
    db.dispose()  # the file is the child process's alone
    events = _file(tmp_path, n=600)
    script = textwrap.dedent(f"""
        import datetime as dt, os, signal
        from pathlib import Path
        from bm_desktop.db.engine import open_database
        from bm_desktop.exchange.imports import events_write
        from bm_desktop.exchange.imports.runner import ImportOptions, run_import
        events_write.BULK_ROWS, events_write.ROWS = 100, 200  # three inserts of 200
        db = open_database(Path({str(path)!r}))
        writing = []
        def progress(done, total, message):
            if message == "Writing":
                writing.append(True)
            elif writing and done >= 400:  # two of three inserts in, not committed
                print(os.path.getsize({str(path)!r} + "-journal") > 0, flush=True)
                os.kill(os.getpid(), signal.SIGKILL)
        run_import(db, "events", Path({str(events)!r}),
                   ImportOptions(today=dt.date(2024, 6, 30)), progress=progress)
        print("not killed", flush=True)
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    assert done.stdout.split() == ["True"]  # killed out of the log, with a hot journal
    again = open_database(path)  # the next opening rolls the write back
    try:
        assert table_dump(again) == before and _count(again) == 0
        with again.engine.connect() as conn:
            assert _pragmas(conn) == ("wal", 1)
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        again.dispose()


def test_the_journal_helpers_leave_postgres_alone() -> None:
    """On the server's database there is no log to leave: nothing is switched."""

    class Dialect:
        name = "postgresql"

    class Conn:
        dialect = Dialect()

    assert journal.leave_wal_on(Conn()) is False  # type: ignore[arg-type]
    assert journal.data_version(Conn()) == 0  # type: ignore[arg-type]
