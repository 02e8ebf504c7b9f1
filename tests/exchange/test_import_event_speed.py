"""Issue 13, section 7: the fast column-at-a-time check reads exactly what the
row-by-row parser reads, hands it every row it is not sure of, and a junk file's
rejected rows are counted without being kept."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bm_desktop.db.engine import open_database
from bm_desktop.exchange.imports.dates import DateReader
from bm_desktop.exchange.imports.event_fast import acled_chunk
from bm_desktop.exchange.imports.event_layouts import parse_acled
from bm_desktop.exchange.imports.report import KEPT_LIMIT, ImportRefused
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from bm_desktop.exchange.imports.values import BadValue
from tests.exchange.event_files import ACLED_COLUMNS, UCDP_COLUMNS, acled, ucdp, write
from tests.exchange.exchange_support import fingerprint

TODAY = dt.date(2024, 6, 30)


def _row_parse(headers: list[str], raw: list) -> tuple | str:
    row = dict(zip(headers, raw, strict=True))
    try:
        return parse_acled(row, DateReader(TODAY))
    except BadValue as exc:
        return str(exc)


def test_fast_and_row_checks_agree_and_unsure_rows_go_to_the_row_parser() -> None:
    headers = ACLED_COLUMNS
    rows = [
        acled(1, "2023-03-01"),
        acled(2, "2023-03-01", notes="'=HYPERLINK(x)", actor2=""),  # neutralised text
        acled(3, "2023-03-01 10:30:00"),  # a time after the day
        acled(4, "15 March 2023"),
        acled(5, "2023-03-01", latitude="1,552", longitude=" 30,25 "),  # decimal commas
        acled(6, "2023-03-01", fatalities=" 4 ", geo_precision=""),
        acled(7, "2023-03-01", fatalities="2.0"),
        acled(8, "2023"),  # a year only: never read as 1 January by the fast check
        acled(9, "2023-02-30"),
        acled(10, "2031-01-01"),
        acled(11, "1988-12-31"),
        acled(12, "2023-03-01", latitude="nan"),
        acled(13, "2023-03-01", latitude="95"),
        acled(14, "2023-03-01", event_type=" "),
        acled(15, "2023-03-01", fatalities="-1"),
        acled(16, "2023-03-01", event_id_cnty=""),
        acled(17, "2023-03-01", time_precision=4),
    ]
    raws = [
        (n + 2, [r[h] if isinstance(r[h], str) else str(r[h]) for h in headers])
        for n, r in enumerate(rows)
    ]
    index = {h: i for i, h in enumerate(headers)}
    good, rest = acled_chunk(raws, index, len(headers), TODAY)
    assert [n for n, _, _ in good] == [2, 7]  # plain rows: sure
    for n, source_id, values in good:
        assert (source_id, values) == _row_parse(headers, raws[n - 2][1])
    assert [n for n, _ in rest] == [n for n in range(3, 19) if n != 7]
    readable = {n: _row_parse(headers, raw) for n, raw in rest}
    assert readable[3][1][15] == "=HYPERLINK(x)"  # the export's apostrophe taken off
    assert readable[4][1][0] == dt.date(2023, 3, 1)
    assert readable[5][1][0] == dt.date(2023, 3, 15)
    assert readable[6][1][4:6] == (30.25, 1.552)
    assert readable[8][1][14] == 2
    assert readable[9][1][:4] == (dt.date(2023, 1, 1), dt.date(2023, 12, 31), 1, "year")
    assert readable[10] == "event_date '2023-02-30' is not a date"
    assert readable[11] == "event_date '2031-01-01' is in the future"


def test_a_big_file_checked_in_chunks_gives_the_row_parser_s_values(db, tmp_path: Path) -> None:
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=i % 700) for i in range(20_013)]

    def row(i: int, day) -> dict:  # points spread over Ituri
        return acled(
            i,
            day,
            latitude=f"{1.2 + (i % 500) / 1000:.4f}",
            longitude=f"{29.9 + (i % 300) / 1000:.4f}",
        )

    rows = [row(i, d) for i, d in enumerate(days)]
    rows[7_000] = row(7_000, "07/03/2021")  # a slash date in the middle: row parser
    path = write(tmp_path / "big.csv", ACLED_COLUMNS, rows)
    report = run_import(db, "events", path, ImportOptions(today=TODAY, date_order="dmy"))
    assert (report.added, report.rejected) == (20_013, 0)  # 13 after the last 20-row INSERT
    from sqlalchemy import select

    from bm_desktop.db.models import SecurityEvent

    with db.sessions() as s:
        got = {e.source_id: e for e in s.scalars(select(SecurityEvent))}
    for i in (0, 4_999, 5_000, 7_000, 19_999, 20_000, 20_012):
        e = got[f"DRC{30000 + i}"]
        expected = parse_acled({k: str(v) for k, v in rows[i].items()}, DateReader(TODAY, "dmy"))[1]
        assert (
            e.date_start,
            e.date_end,
            e.date_precision,
            e.date_unit,
            e.longitude,
            e.latitude,
            e.geo_precision,
            e.event_type,
            e.sub_event_type,
            e.actor1,
            e.actor2,
            e.admin1,
            e.admin2,
            e.location,
            e.fatalities,
            e.notes,
        ) == expected
    assert got["DRC37000"].date_start == dt.date(2021, 3, 7)
    # The indexes dropped for the bulk insert are back, as the models declare them.
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from bm_desktop.db.models import Base

    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        names = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list('security_events')")}
    assert {
        "ix_security_events_date_start",
        "ix_security_events_date_end",
        "ix_security_events_event_type",
        "ix_security_events_updated_at",
    } <= names


def test_a_junk_file_is_counted_in_full_but_kept_only_to_the_bound(db, tmp_path: Path) -> None:
    junk = [{h: f"junk{i}" for h in ACLED_COLUMNS} for i in range(KEPT_LIMIT + 1_500)]
    path = write(tmp_path / "junk.csv", ACLED_COLUMNS, junk)
    before = fingerprint(db)
    with pytest.raises(ImportRefused) as refused:
        run_import(db, "events", path, ImportOptions(today=TODAY))
    report = refused.value.report
    assert (report.rows_read, report.rejected) == (KEPT_LIMIT + 1_500, KEPT_LIMIT + 1_500)
    assert len(report.rows) == KEPT_LIMIT and report.omitted == 1_500
    assert sum(c.total() for c in report.groups.values()) == KEPT_LIMIT + 1_500
    assert fingerprint(db) == before


def test_the_bulk_insert_stores_what_a_saved_event_stores(
    db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bulk insert hands SQLite each part's values row after row, and leaves out a
    column that is the same in every row of the part (the date unit; the end day when
    it is the start day). Parts of 50: one of one-day events, one of multi-day, month
    and year events, and a last one of 20 rows in one INSERT and 13 alone. What is
    stored must be what the ORM stores for the same file, value for value."""
    from sqlalchemy import select

    from bm_desktop.db.models import SecurityEvent
    from bm_desktop.exchange.imports import events_write

    monkeypatch.setattr(events_write, "BULK_ROWS", 10)
    monkeypatch.setattr(events_write, "ROWS", 50)
    rows = [ucdp(i, "2023-03-01", "2023-03-01") for i in range(50)]
    for i in range(50, 100):
        kind = i % 4
        start, end, prec = [
            ("2023-03-02", "2023-03-02", 1),
            ("2023-03-02", "2023-03-09", 2),
            ("2023-04-01", "2023-04-30", 4),
            ("2023-01-01", "2023-12-31", 5),
        ][kind]
        rows.append(ucdp(i, start, end, prec=prec))
    rows += [ucdp(i, "2023-05-0" + str(1 + i % 9), "2023-05-09") for i in range(100, 133)]
    rows[100] = ucdp(100, "2023-05-09", "2023-05-09")  # a part that starts with a one-day event
    rows[120]["side_b"] = "Forces démocratiques de libération du Rwanda (FDLR) – O'Brien"
    path = write(tmp_path / "ged.csv", UCDP_COLUMNS, rows)
    db.dispose()
    other_path = tmp_path / "other.sqlite"
    shutil.copy(db.path, other_path)
    other = open_database(other_path)
    try:
        assert run_import(db, "events", path, ImportOptions(today=TODAY)).added == 133
        monkeypatch.setattr(events_write, "is_attached", lambda conn: True)  # the ORM's way
        assert run_import(other, "events", path, ImportOptions(today=TODAY)).added == 133
        columns = [
            c for c in SecurityEvent.__table__.c if c.name not in ("id", "updated_at", "updated_by")
        ]

        def stored(database) -> list[tuple]:
            with database.engine.connect() as conn:
                query = select(*columns).order_by(SecurityEvent.source_id)
                return [tuple(r) for r in conn.execute(query)]

        bulk, saved = stored(db), stored(other)
    finally:
        other.dispose()
    assert bulk == saved and len(bulk) == 133
    names = [c.name for c in columns]
    second = [dict(zip(names, r, strict=True)) for r in bulk[50:100]]  # ids sort as rows
    assert [e["source_id"] for e in second] == [str(400000 + i) for i in range(50, 100)]
    assert {e["date_unit"] for e in second} == {"day", "month", "year"}
    assert any(e["date_end"] != e["date_start"] for e in second)
