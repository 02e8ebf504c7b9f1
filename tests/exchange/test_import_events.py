"""Security events from ACLED-like and UCDP GED-like tables: layout detection, row
checks, and re-imports that update and remove by source id without duplicating."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from bm_desktop.db.models import SecurityEvent
from bm_desktop.exchange.imports.report import ImportFileError, ImportRefused
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from tests.exchange.exchange_support import fingerprint

ACLED = [
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "notes",
]
UCDP = [
    "id",
    "year",
    "date_start",
    "date_end",
    "type_of_violence",
    "side_a",
    "side_b",
    "adm_1",
    "adm_2",
    "where_description",
    "latitude",
    "longitude",
    "where_prec",
    "best",
    "low",
    "high",
    "deaths_civilians",
]


def acled_row(n: int, day: dt.date, **changes) -> dict:
    row = {
        "event_id_cnty": f"DRC9{n:04d}",
        "event_date": day.isoformat(),
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "actor1": "Unidentified Armed Group (DRC)",
        "actor2": "Civilians (DRC)",
        "admin1": "Sud-Kivu",
        "admin2": "Mwenga",
        "location": f"Village {n}",
        "latitude": -3.0 - n / 1000,
        "longitude": 28.1 + n / 1000,
        "geo_precision": 1,
        "fatalities": n % 3,
        "notes": f"Fictitious event {n}",
    }
    row.update(changes)
    return row


def write_csv(path: Path, headers: list[str], rows: list[dict]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, headers)
        w.writeheader()
        w.writerows(rows)
    return path


def _events(db, source: str = "acled"):
    with db.sessions() as s:
        return {
            e.source_id: e
            for e in s.scalars(select(SecurityEvent).where(SecurityEvent.source == source))
        }


def test_acled_import_then_newer_release_updates_and_removes(db, tmp_path: Path) -> None:
    days = [dt.date(2021, 3, 1) + dt.timedelta(days=i) for i in range(10)]
    first = write_csv(
        tmp_path / "acled-v1.csv", ACLED, [acled_row(i, d) for i, d in enumerate(days)]
    )
    report = run_import(db, "events", first, ImportOptions())
    assert (report.layout, report.added, report.rejected, report.written) == ("ACLED", 10, 0, True)
    stored = _events(db)
    e = stored["DRC90003"]
    assert (e.date_start, e.event_type, e.admin1, e.fatalities, e.latitude) == (
        days[3],
        "Violence against civilians",
        "Sud-Kivu",
        0,
        -3.003,
    )
    # The next release corrects event 3, drops event 5, adds event 10 and keeps the rest.
    rows = [acled_row(i, d) for i, d in enumerate(days) if i != 5]
    rows[3] = acled_row(3, days[3], fatalities=4, notes="Corrected toll")
    rows.append(acled_row(10, days[9]))
    second = write_csv(tmp_path / "acled-v2.csv", ACLED, rows)
    preview = run_import(db, "events", second, ImportOptions(dry_run=True, replace_period=True))
    assert (preview.added, preview.updated, preview.removed, preview.unchanged) == (1, 1, 1, 8)
    assert (
        "event DRC90005 (2021-03-06) is no longer in the file and is removed." in preview.reasons()
    )
    run_import(db, "events", second, ImportOptions(replace_period=True))
    stored = _events(db)
    assert len(stored) == 11  # never duplicated
    assert stored["DRC90003"].fatalities == 4 and stored["DRC90003"].notes == "Corrected toll"
    assert stored["DRC90005"].deleted is True
    assert sum(not e.deleted for e in stored.values()) == 10
    # An event listed again comes back; events outside the release's days are left alone.
    third = write_csv(tmp_path / "acled-v3.csv", ACLED, [acled_row(5, days[5])])
    report = run_import(db, "events", third, ImportOptions(replace_period=True))
    assert (report.updated, report.removed) == (1, 0)
    assert _events(db)["DRC90005"].deleted is False


def test_ucdp_layout_from_xlsx(db, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "GED"
    ws.append(UCDP)
    ws.append(
        [
            401,
            2021,
            "2021-06-01 00:00:00.000",
            "2021-06-03 00:00:00.000",
            3,
            "ADF",
            "Civilians",
            "North Kivu province",
            "Beni territory",
            "Village near Beni",
            0.49,
            29.47,
            2,
            12,
            10,
            15,
            12,
        ]
    )
    ws.append(
        [
            402,
            2021,
            dt.datetime(2021, 6, 5),
            dt.datetime(2021, 6, 5),
            1,
            "Government of DR Congo (Zaire)",
            "M23",
            "North Kivu",
            "Rutshuru",
            "Bunagana",
            -1.28,
            29.6,
            1,
            3,
            3,
            5,
            0,
        ]
    )
    path = tmp_path / "ged.xlsx"
    wb.save(path)
    report = run_import(db, "events", path, ImportOptions())
    assert (report.layout, report.added) == ("UCDP GED", 2)
    stored = _events(db, "ucdp")
    first = stored["401"]
    assert (first.event_type, first.actor1, first.date_start, first.date_end) == (
        "One-sided violence",
        "ADF",
        dt.date(2021, 6, 1),
        dt.date(2021, 6, 3),
    )
    assert (first.fatalities, first.geo_precision, first.date_precision) == (12, 2, 2)
    assert first.notes == "UCDP best estimate 12; low 10, high 15; civilian deaths 12"
    assert stored["402"].event_type == "State-based conflict"


def test_bad_rows_are_rejected_with_reasons_and_nothing_written(db, tmp_path: Path) -> None:
    rows = [
        acled_row(1, dt.date(2021, 3, 1)),
        acled_row(2, dt.date(2021, 3, 2), event_date="2021-02-30"),
        acled_row(3, dt.date(2021, 3, 3), latitude=123.4),
        acled_row(4, dt.date(2021, 3, 4), event_id_cnty="DRC90001"),
        acled_row(5, dt.date(2021, 3, 5), fatalities="-3"),
        acled_row(6, dt.date(2021, 3, 6), event_type=""),
    ]
    path = write_csv(tmp_path / "bad.csv", ACLED, rows)
    before = fingerprint(db)
    with pytest.raises(ImportRefused) as refused:
        run_import(db, "events", path, ImportOptions())
    assert fingerprint(db) == before
    assert refused.value.report.rejected_reasons() == [
        "row 2: event id DRC90001 appears again on row 5 with other values; a file lists each "
        "event once.",
        "row 3: event_date '2021-02-30' is not a date",
        "row 4: latitude 123.4 is out of range (-90 to 90)",
        "row 5: event id DRC90001 appears again on row 2 with other values; a file lists each "
        "event once.",
        "row 6: fatalities -3 must be 0 or more",
        "row 7: event_type is empty",
    ]


def test_unknown_and_renamed_columns(db, tmp_path: Path) -> None:
    renamed = [h if h != "latitude" else "lat" for h in ACLED]
    path = tmp_path / "renamed.csv"
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(
            [
                renamed,
                ["DRC1", "2021-03-01", "Riots", "", "", "", "", "", "", "-3", "28", "1", "0", ""],
            ]
        )
    with pytest.raises(
        ImportFileError,
        match=r"looks like the ACLED layout but has no column "
        r"'latitude' \(is it 'lat'\? then add --map "
        r"latitude=lat\)",
    ):
        run_import(db, "events", path, ImportOptions())
    # The hint's mapping imports the file, as ACLED.
    report = run_import(db, "events", path, ImportOptions(mapping={"latitude": "lat"}))
    assert (report.layout, report.added) == ("ACLED", 1)
    assert _events(db)["DRC1"].latitude == -3.0
    other = write_csv(
        tmp_path / "other.csv",
        ["when", "what", "where"],
        [{"when": "2021-01-01", "what": "x", "where": "y"}],
    )
    with pytest.raises(
        ImportFileError,
        match=r"neither an ACLED export nor a UCDP GED file "
        r"\(ACLED \(missing: .*\); UCDP GED \(missing:.*"
        r"no column is chosen for date \(Event date",
    ):
        run_import(db, "events", other, ImportOptions())
    with db.sessions() as s:
        assert s.scalar(select(func.count(SecurityEvent.id))) == 1


def test_new_events_are_stamped_and_queued_for_sync_once_attached(db, tmp_path: Path) -> None:
    from bm_desktop.db.models import OutboxChange, SyncState

    first = write_csv(
        tmp_path / "a.csv", ACLED, [acled_row(i, dt.date(2021, 3, 1)) for i in range(3)]
    )
    run_import(db, "events", first, ImportOptions())
    stored = _events(db)
    assert {e.updated_by for e in stored.values()} == {db.device_id}
    assert len({e.updated_at for e in stored.values()}) == 3 and all(
        e.updated_at for e in stored.values()
    )
    with db.sessions.begin() as s:  # the laptop connects to a server: changes now queue
        s.add(SyncState(id=1, attached_at=dt.datetime(2022, 1, 1)))
    second = write_csv(
        tmp_path / "b.csv", ACLED, [acled_row(i, dt.date(2021, 4, 1)) for i in range(3, 5)]
    )
    run_import(db, "events", second, ImportOptions())
    with db.sessions() as s:
        queued = s.execute(select(OutboxChange.table_name, OutboxChange.op)).all()
    assert queued == [("security_events", "insert")] * 2
