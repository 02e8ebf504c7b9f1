"""The faster first connection says and stores exactly what the careful one did:
orjson pages are the same JSON, a row with a bad value is left out (with its
reason) while the rest of the page is stored, and converted values are stored in
the same form."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from bm_desktop.db import journal
from bm_desktop.db.engine import open_database
from bm_desktop.sync import apply, local, rows, wire
from bm_desktop.sync.errors import ProtocolError


@pytest.fixture(scope="module")
def sample_rows(sample_db_file: Path) -> dict[str, list[dict]]:
    """A few real rows per table of the sample programme (values the domain rules accept)."""
    database = open_database(sample_db_file)
    out = {}
    with database.engine.connect() as conn:
        for name in ("incidents", "sites", "cap_meetings", "stakeholders"):
            table = rows.codec(name).table
            out[name] = [dict(r) for r in conn.execute(select(table).limit(3)).mappings()]
    database.dispose()
    return out


def _page(sample_rows: dict[str, list[dict]], name: str, n: int = 3) -> dict:
    """A page of ``n`` real rows of ``name`` under new ids (so none is on the laptop yet);
    references to other tables are not followed (the laptop applies it without foreign
    keys, as a first connection does)."""
    tc = rows.codec(name)
    data = []
    for i, values in enumerate(sample_rows[name][:n]):
        values = {
            **values,
            "id": uuid.uuid4(),
            "updated_at": f"000179642480960{i}-0001-aaaaaaaaaaaa",
        }
        data.append([tc.encode(values)[c] for c in tc.column_names])
    return {"v": 1, "tables": [{"t": name, "cols": list(tc.column_names), "rows": data}]}


@pytest.mark.parametrize("name", ["incidents", "sites", "cap_meetings", "stakeholders"])
def test_orjson_pages_are_the_same_json(sample_rows, name: str) -> None:
    page = {
        **_page(sample_rows, name),
        "devices": {"a1b2c3d4e5f6": "Amani Furaha — coordinator"},
        "clock": "x",
        "more": True,
    }
    assert wire.dumps_page(page) == wire.dumps(page)
    assert wire.loads(wire.dumps_page(page)) == json.loads(wire.dumps(page))
    huge = {"n": 2**70}  # past 64 bits: the standard encoder and parser take over
    assert wire.loads(wire.dumps_page(huge)) == huge


@pytest.fixture
def db(tmp_path: Path, client_template: Path):
    path = tmp_path / "laptop.sqlite"
    shutil.copy(client_template, path)
    database = open_database(path)
    yield database
    database.dispose()


def _apply(db, page: dict) -> apply.PageResult:
    with local.write_transaction(db.engine, foreign_keys=False) as conn:
        return apply.apply_page(conn, page, "laptop000001", all_new=True)


@pytest.mark.parametrize(
    ("column", "bad"),
    [
        ("severity", "4"),
        ("severity", True),
        ("severity", 2.5),
        ("deleted", 1),
        ("deleted", "yes"),
        ("site_id", 12),
        ("site_id", "abc"),
        ("site_id", ""),
        ("occurred_on", "2021-7-1"),
        ("occurred_on", 20210701),
        ("occurred_on", "2021-02-30"),
        ("occurred_on", "1899-12-31"),
        ("verified_at", "yesterday"),
        ("verified_at", 5),
        ("verified_at", "2021-07-01 24:00:00.000000"),
        ("verified_at", "2200-01-01 00:00:00.000000"),
        ("longitude", "28.1"),
        ("longitude", False),
        ("description", 5),
        ("description", ["nested"]),
    ],
)
def test_a_bad_value_leaves_its_row_out_and_the_rest_of_the_page_is_stored(
    db, sample_rows, column, bad
) -> None:
    page = _page(sample_rows, "incidents")
    group = page["tables"][0]
    assert column in group["cols"], f"incidents has no column {column}"
    ids = [uuid.UUID(r[group["cols"].index("id")]) for r in group["rows"]]
    group["rows"][1][group["cols"].index(column)] = bad
    result = _apply(db, page)
    with db.engine.connect() as conn:
        stored = set(conn.execute(select(rows.codec("incidents").table.c.id)).scalars())
    assert stored == {ids[0], ids[2]}
    assert len(result.skipped) == 1 and column in result.skipped[0]


def test_a_page_that_is_not_a_page_is_refused(db) -> None:
    with pytest.raises(ProtocolError):
        _apply(db, {"v": 1, "tables": "incidents"})


def test_values_needing_conversion_are_stored_as_before(db, sample_rows) -> None:
    page = _page(sample_rows, "incidents", 2)
    group = page["tables"][0]
    cols = group["cols"]
    row_id = uuid.uuid4()
    first = group["rows"][0]
    first[cols.index("id")] = str(row_id)  # with dashes
    first[cols.index("verified_at")] = "2021-07-14T09:30:15"  # ISO with T, no fraction
    first[cols.index("longitude")] = 28  # a whole number in a number column
    _apply(db, page)
    t = rows.codec("incidents").table
    with db.engine.connect() as conn:
        stored = conn.execute(select(t).where(t.c.id == row_id)).mappings().one()
        raw = conn.exec_driver_sql(
            "SELECT id, verified_at, longitude, deleted FROM incidents WHERE id = ?", (row_id.hex,)
        ).one()
    assert stored["verified_at"] == dt.datetime(2021, 7, 14, 9, 30, 15)
    assert stored["longitude"] == 28.0 and isinstance(raw[2], float)
    assert raw[0] == row_id.hex and raw[1] == "2021-07-14 09:30:15.000000"
    assert raw[3] in (0, 1)  # booleans stored as SQLite integers


def test_a_bulk_fill_gives_its_connection_back_with_sqlite_defaults(db) -> None:
    """The first connection's big page cache and deferred checkpoint end with the fill:
    the next ordinary write on that connection has the defaults. The fill's commits are
    synced in full (FULL = 2): a power cut mid-fill leaves a valid, resumable file."""

    def settings(conn) -> tuple[int, int, int]:
        return (
            conn.exec_driver_sql("PRAGMA cache_size").scalar(),
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar(),
            conn.exec_driver_sql("PRAGMA synchronous").scalar(),
        )

    with local.write_transaction(db.engine, foreign_keys=False, bulk=True) as conn:
        assert settings(conn) == (-131072, 0, 2)
    with local.write_transaction(db.engine) as conn:
        assert settings(conn) == (-2000, 1000, 1)


def _journal(db) -> str:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA journal_mode").scalar()


def test_a_fill_leaves_wal_only_when_alone_and_comes_back_to_it(db) -> None:
    """A first connection writes its pages once (no write-ahead log to fold in after)
    when nobody else has the file open, and the file is in WAL again afterwards; with
    another connection open (the window reading) it stays in WAL throughout."""
    assert _journal(db) == "wal"
    assert journal.leave_wal(db.engine)
    assert _journal(db) == journal.FILL_JOURNAL
    journal.back_to_wal(db.engine)
    assert _journal(db) == "wal"
    with db.engine.connect() as reader:
        reader.exec_driver_sql("SELECT count(*) FROM incidents").scalar()
        other = open_database(db.path)  # the window's own connection to the same file
        try:
            with other.engine.connect() as held:
                held.exec_driver_sql("SELECT count(*) FROM sites").scalar()
                assert not journal.leave_wal(db.engine)
        finally:
            other.dispose()
    assert _journal(db) == "wal"
