"""A first connection into an encrypted laptop database (as the window makes them)
leaves a valid, encrypted file in WAL with every index, holding the server's rows: the
fast fill (out of WAL, indexes built once) changes nothing of that."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from bm_desktop.db import cipher, journal
from bm_desktop.db.engine import open_database
from bm_desktop.db.models import Incident
from bm_desktop.sync import local
from bm_desktop.sync.client import SyncClient
from bm_desktop.sync.credentials import CredentialStore
from tests.sync.test_client_server import assert_indexes_present
from tests.sync.world import BASE_URL, SyncWorld, add_incidents, password_of, table_contents

PASSPHRASE = "correct horse battery staple"


def test_a_first_connection_fills_an_encrypted_database_that_stays_valid(
    world: SyncWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    left_wal: list[bool] = []
    leave_wal = journal.leave_wal
    monkeypatch.setattr(
        journal, "leave_wal", lambda engine: left_wal.append(leave_wal(engine)) or left_wal[-1]
    )
    world.user("admin")
    site = world.add_site("EN-01")
    add_incidents(
        world.store.db, site, 300, "server incident", dt.date(2021, 5, 1), dt.date(2021, 5, 2)
    )
    path = tmp_path / "laptop.sqlite"
    key = cipher.key_for_passphrase(path, PASSPHRASE)
    db = open_database(path, key=key)
    client = SyncClient(
        db,
        BASE_URL,
        "admin",
        password=lambda: password_of("admin"),
        credentials=CredentialStore(use_keyring=False),
        http=world.http,
    )
    report = client.sync()
    assert report.first_connection and report.pulled > 300
    assert left_wal == [True]  # the fast fill ran, on the keyed (SQLCipher) connection
    assert table_contents(db) == table_contents(world.store)
    assert_indexes_present(db)
    with db.sessions() as s:
        assert len(s.scalars(select(Incident.id)).all()) == 300
    db.dispose()
    assert cipher.is_encrypted(path)
    with pytest.raises(sqlite3.DatabaseError):  # without the key it is not even SQLite
        plain = sqlite3.connect(path)
        try:
            plain.execute("SELECT count(*) FROM incidents").fetchone()
        finally:
            plain.close()
    conn = cipher.connect(str(path), key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    again = open_database(path, key=key)  # and it opens again, as the window would
    with again.sessions() as s:
        assert len(s.scalars(select(Incident.id)).all()) == 300
    again.dispose()


def test_a_snapshot_row_already_there_falls_back_to_the_careful_way_when_encrypted(
    tmp_path: Path,
) -> None:
    """The fast insert of a first connection gives way to the careful one when a row is
    already there; SQLCipher's driver raises its own IntegrityError, which must count."""
    from bm_desktop.sync import apply, rows

    path = tmp_path / "laptop.sqlite"
    key = cipher.key_for_passphrase(path, PASSPHRASE)
    db = open_database(path, key=key)
    tc = rows.codec("countries")
    row = {
        "id": uuid.uuid4().hex,
        "name_en": "Burundi",
        "name_fr": "Burundi",
        "iso3": "BDI",
        "updated_at": "0001796424809600-0000-aaaaaaaaaaaa",
        "updated_by": "aaaaaaaaaaaa",
        "deleted": False,
    }
    row = {c: row.get(c) for c in tc.column_names}

    def page(values: dict) -> dict:
        return {
            "v": 1,
            "tables": [
                {
                    "t": "countries",
                    "cols": list(tc.column_names),
                    "columns": [[values[c]] for c in tc.column_names],
                }
            ],
        }

    for version in (
        row,
        {**row, "name_en": "Burundi (renamed)", "updated_at": "0001796424809601-0000-aaaaaaaaaaaa"},
    ):
        with local.write_transaction(db.engine, foreign_keys=False) as conn:
            result = apply.apply_page(conn, page(version), "laptop000001", all_new=True)
        assert result.applied == 1
    row = version
    with db.engine.connect() as conn:
        names = (
            conn.execute(select(tc.table.c.name_en).where(tc.table.c.id == uuid.UUID(row["id"])))
            .scalars()
            .all()
        )
    assert names == [row["name_en"]]
    db.dispose()
