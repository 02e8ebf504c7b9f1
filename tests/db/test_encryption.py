"""The database at rest: an encrypted file, its write-ahead log and its backups hold none
of the sensitive details in readable form; the wrong passphrase opens nothing and says
so; converting a plain database keeps every row and leaves no plain file behind."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from bm_desktop.db import cipher, migrate
from bm_desktop.db.engine import keyed_engine, open_database
from bm_desktop.db.file_errors import DatabaseFileError
from bm_desktop.services import incidents
from bm_desktop.services.incidents import IncidentDraft, SensitiveDetails
from tests.db import database_files as files

PASSPHRASE = "lake kivu at dawn"
# Sensitive details typed into the tests' incidents, and ones the sample programme holds.
SECRETS = ("Wivine Kabongo Mutombo", "Witness Espoir Bahati", "Mother lives in Kalehe ward 3")
SAMPLE_SECRET = "Fictitious: the monitor and one cooperative member"


def _record_secrets(db) -> None:  # noqa: ANN001
    incidents.record(
        db,
        IncidentDraft(
            occurred_on=dt.date(2022, 3, 1),
            reported_on=dt.date(2022, 3, 2),
            risk_area_code="child_labour",
            description="Children at the washing ponds",
            site_code="LB-01",
            minors_involved=1,
            sensitive=SensitiveDetails(SECRETS[0], SECRETS[1], SECRETS[2]),
        ),
        today=dt.date(2022, 3, 31),
    )


def _readable(path: Path) -> list[str]:
    """The known sensitive strings found in the bytes of ``path`` (UTF-8 or UTF-16)."""
    data = path.read_bytes()
    return [
        s for s in (*SECRETS, SAMPLE_SECRET) if s.encode() in data or s.encode("utf-16-le") in data
    ]


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file())


def _plain_sqlite(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(16) == cipher.PLAIN_HEADER


@pytest.fixture
def encrypted_sample(sample_db_file: Path, tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    key = cipher.key_for_passphrase(path, PASSPHRASE)
    cipher.encrypt_in_place(path, key)
    return path, key


def test_file_wal_and_backup_hold_no_sensitive_text(encrypted_sample) -> None:
    path, key = encrypted_sample
    db = open_database(path, key=key)
    try:
        _record_secrets(db)
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 0  # the new incident is in the log, not yet in the file
        assert _readable(wal) == []
        from bm_desktop.db.engine import backup_database

        backup = backup_database(path, key=key)
    finally:
        db.dispose()
    for f in _files(path.parent):
        assert _readable(f) == [], f
        assert not _plain_sqlite(f), f
    # the backup is a usable copy for whoever has the passphrase (its salt beside it)
    again = open_database(backup, key=cipher.key_for_passphrase(backup, PASSPHRASE))
    try:
        with again.engine.connect() as conn:
            found = conn.exec_driver_sql(
                "SELECT count(*) FROM incidents WHERE sensitive_victims = ?", (SECRETS[0],)
            ).scalar()
        assert found == 1
    finally:
        again.dispose()


def test_plain_file_shows_the_secrets_the_test_looks_for(
    sample_db_file: Path, tmp_path: Path
) -> None:
    # the check above would pass on any file without these strings: show it finds them
    path = tmp_path / "plain.sqlite"
    shutil.copy(sample_db_file, path)
    db = open_database(path)
    try:
        _record_secrets(db)
    finally:
        db.dispose()
    assert SECRETS[0] in _readable(path) and SAMPLE_SECRET in _readable(path)


def test_migration_backup_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "programme.sqlite"
    key = cipher.key_for_passphrase(path, PASSPHRASE)
    engine = keyed_engine(path, key)
    migrate.upgrade(engine, files.OLD_REVISION)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE witness_probe (name TEXT)")
        conn.exec_driver_sql("INSERT INTO witness_probe VALUES (?)", (SECRETS[1],))
    engine.dispose()
    db = open_database(path, key=key)
    db.dispose()
    assert db.backup_path is not None and db.backup_path.exists()
    assert not _plain_sqlite(db.backup_path) and _readable(db.backup_path) == []
    conn = cipher.connect(str(db.backup_path), key)
    try:
        assert conn.execute("SELECT name FROM witness_probe").fetchall() == [(SECRETS[1],)]
    finally:
        conn.close()


def test_wrong_passphrase_opens_nothing_and_says_so(encrypted_sample) -> None:
    path, _key = encrypted_sample
    before = path.read_bytes()
    wrong = cipher.key_for_passphrase(path, "lake kivu at dusk")
    with pytest.raises(DatabaseFileError) as caught:
        open_database(path, key=wrong)
    assert caught.value.text("en").startswith(f"Wrong passphrase for the database {path}")
    assert caught.value.text("fr").startswith(f"Phrase secrète incorrecte pour la base {path}")
    with pytest.raises(DatabaseFileError) as missing:
        open_database(path)
    assert "is encrypted: give its passphrase" in missing.value.text("en")
    assert path.read_bytes() == before
    assert [p.name for p in _files(path.parent)] == [path.name, path.name + cipher.SALT_SUFFIX]


def test_conversion_keeps_every_row_and_leaves_no_plain_file(
    sample_db_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    db = open_database(path)  # a plain database in use: rows in its write-ahead log too
    _record_secrets(db)
    plain = sqlite3.connect(path)
    expected = cipher.table_counts(plain)
    plain.close()
    db.dispose()
    assert expected["incidents"] > 1000 and sum(expected.values()) > 10000
    key = cipher.key_for_passphrase(path, PASSPHRASE)
    assert cipher.encrypt_in_place(path, key) == expected
    assert [p.name for p in _files(tmp_path)] == [path.name, path.name + cipher.SALT_SUFFIX]
    assert not _plain_sqlite(path) and _readable(path) == []
    conn = cipher.connect(str(path), key)
    try:
        assert cipher.table_counts(conn) == expected
    finally:
        conn.close()
    reopened = open_database(path, key=key)
    try:
        with reopened.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        reopened.dispose()


def test_a_copy_that_differs_replaces_nothing(
    sample_db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    before = path.read_bytes()
    real = cipher.table_counts
    calls = []

    def short_copy(conn, schema="main"):  # noqa: ANN001, ANN202
        counts = real(conn, schema)
        calls.append(1)
        if len(calls) == 2:  # the encrypted copy, read back: one incident missing
            counts["incidents"] -= 1
        return counts

    monkeypatch.setattr(cipher, "table_counts", short_copy)
    with pytest.raises(cipher.CopyMismatch):
        cipher.encrypt_in_place(path, cipher.key_for_passphrase(path, PASSPHRASE))
    assert path.read_bytes() == before
    assert sorted(p.name for p in _files(tmp_path)) == [path.name, path.name + cipher.SALT_SUFFIX]


def test_command_line_wrong_passphrase_says_so_in_french(
    encrypted_sample, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bm_desktop.cli import main

    path, _key = encrypted_sample
    monkeypatch.setenv("BM_DESKTOP_PASSPHRASE", "lake kivu at dusk")
    assert main(["stats", "--db", str(path), "--lang", "fr"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"bm-desktop stats : erreur : Phrase secrète incorrecte pour la base "
        f"{path} : rien n’a été ouvert."
    )
    assert not [raw for raw in files.RAW if raw in err], err
    monkeypatch.delenv("BM_DESKTOP_PASSPHRASE")
    assert main(["stats", "--db", str(path)]) == 2
    assert "is encrypted: give its passphrase" in capsys.readouterr().err


def test_command_line_encrypts_what_it_creates_with_a_passphrase(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    from bm_desktop.cli import main

    plain, secret = tmp_path / "plain.sqlite", tmp_path / "secret.sqlite"
    assert main(["init", "--db", str(plain)]) == 0
    assert capsys.readouterr().err == (
        f"bm-desktop: note: {plain} is not encrypted (set "
        "BM_DESKTOP_PASSPHRASE to encrypt a new database).\n"
    )
    assert _plain_sqlite(plain)
    monkeypatch.setenv("BM_DESKTOP_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--db", str(secret)]) == 0
    assert capsys.readouterr().err == ""
    assert cipher.is_encrypted(secret)
    assert main(["stats", "--db", str(secret)]) == 0
    assert "Incidents recorded" in capsys.readouterr().out


def test_a_wrong_key_is_never_logged_by_sqlcipher(encrypted_sample) -> None:
    """SQLCipher writes to the process's own stderr (not Python's): in a fresh process,
    the key is tried on every connection of an opening, and on every later opening
    after the library's log was silenced once, without a line from SQLCipher."""
    import subprocess
    import sys
    import textwrap

    path, key = encrypted_sample
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from bm_desktop.db import cipher
        from bm_desktop.db.engine import open_database
        from bm_desktop.db.file_errors import DatabaseFileError
        path = Path({str(path)!r})
        open_database(path, key=bytes.fromhex({key.hex()!r})).dispose()
        for _ in range(3):
            try:
                open_database(path, key=bytes(32))
            except DatabaseFileError as exc:
                print(exc.text("en").split(":")[0])
            print(cipher.check_key(path, bytes(32)))
    """)
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines == [f"Wrong passphrase for the database {path}", "False"] * 3
    assert done.stderr == ""


@pytest.mark.parametrize("read_only", [False, True])
def test_a_connection_in_use_survives_many_threads(encrypted_sample, read_only: bool) -> None:
    """The window reads an encrypted database from its GUI thread and half a dozen
    workers. A connection held by one thread stays open whatever the others do (an
    in-memory URL's SingletonThreadPool closed it once a sixth thread connected: a
    crash in SQLite in the middle of a query)."""
    import threading

    from bm_desktop.db.engine import read_only_engine

    path, key = encrypted_sample
    engine = read_only_engine(path, key) if read_only else keyed_engine(path, key)
    errors: list[BaseException] = []

    def query() -> None:
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sites").scalar()
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    try:
        with engine.connect() as held:
            first = held.exec_driver_sql("SELECT count(*) FROM sites").scalar()
            for _ in range(8):
                t = threading.Thread(target=query)
                t.start()
                t.join()
            assert held.exec_driver_sql("SELECT count(*) FROM sites").scalar() == first
        assert errors == []
    finally:
        engine.dispose()
