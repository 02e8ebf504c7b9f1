"""Issue 13, sections 2, 3 and 6: event files as they really come. Nothing is removed
unless asked (and then only within the source), every import is an undoable batch,
any layout imports through --map, damaged or implausible rows are refused with the
way to fix them, and the whole row report can be written to a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from bm_desktop.db.models import OutboxChange, SecurityEvent, SyncState
from bm_desktop.exchange.imports.batches import list_batches, undo_batch
from bm_desktop.exchange.imports.report import ImportFileError, ImportRefused
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from tests.exchange.event_files import (
    ACLED_COLUMNS,
    TRACKER_COLUMNS,
    UCDP_COLUMNS,
    acled,
    tracker,
    ucdp,
    write,
)
from tests.exchange.exchange_support import fingerprint

TODAY = dt.date(2024, 6, 30)
DAYS = [dt.date(2023, 3, 1) + dt.timedelta(days=i) for i in range(10)]


def _live(db, source: str = "acled") -> dict[str, SecurityEvent]:
    with db.sessions() as s:
        return {
            e.source_id: e
            for e in s.scalars(
                select(SecurityEvent).where(
                    SecurityEvent.source == source, SecurityEvent.deleted.is_(False)
                )
            )
        }


def _release(db, tmp_path: Path) -> None:
    run_import(
        db,
        "events",
        write(
            tmp_path / "acled-full.csv", ACLED_COLUMNS, [acled(i, d) for i, d in enumerate(DAYS)]
        ),
        ImportOptions(today=TODAY),
    )
    run_import(
        db,
        "events",
        write(tmp_path / "ged.csv", UCDP_COLUMNS, [ucdp(1, "2023-03-05", "2023-03-05")]),
        ImportOptions(today=TODAY),
    )


def test_a_partial_file_removes_nothing_unless_asked(db, tmp_path: Path) -> None:
    _release(db, tmp_path)
    two = write(tmp_path / "two.csv", ACLED_COLUMNS, [acled(0, DAYS[0]), acled(9, DAYS[9])])
    report = run_import(db, "events", two, ImportOptions(today=TODAY))
    assert (report.removed, len(_live(db))) == (0, 10)
    assert report.warnings == [
        "8 stored events of this source between 2023-03-01 and 2023-03-10 are not in the file; "
        "they are kept. To remove them, import with --replace-period (in the window: 'Remove "
        "the events of this source that the file no longer lists')."
    ]
    preview = run_import(
        db, "events", two, ImportOptions(today=TODAY, dry_run=True, replace_period=True)
    )
    assert sorted(r.key for r in preview.rows if r.action == "remove") == [
        f"DRC{30000 + i}" for i in range(1, 9)
    ]
    run_import(db, "events", two, ImportOptions(today=TODAY, replace_period=True))
    assert sorted(_live(db)) == ["DRC30000", "DRC30009"]
    assert list(_live(db, "ucdp")) == ["400001"]  # another source is never touched


def test_rejected_rows_never_lead_to_removals(db, tmp_path: Path) -> None:
    _release(db, tmp_path)
    rows = [acled(0, DAYS[0]), acled(1, "2202-01-17"), acled(9, DAYS[9])]
    path = write(tmp_path / "typo.csv", ACLED_COLUMNS, rows)
    report = run_import(
        db, "events", path, ImportOptions(today=TODAY, skip_rejected=True, replace_period=True)
    )
    assert (report.rejected, report.removed, len(_live(db))) == (1, 0, 10)
    assert report.warnings[-1].startswith("Nothing is removed: 1 rows were rejected")


def test_an_import_is_a_batch_undone_until_synchronised(db, tmp_path: Path) -> None:
    run_import(
        db,
        "events",
        write(tmp_path / "a.csv", ACLED_COLUMNS, [acled(i, d) for i, d in enumerate(DAYS[:5])]),
        ImportOptions(today=TODAY),
    )
    before = {k: (e.fatalities, e.notes, e.deleted) for k, e in _live(db).items()}
    rows = [
        acled(0, DAYS[0], fatalities=12, notes="Corrected"),
        acled(1, DAYS[1]),
        acled(7, DAYS[4]),
    ]
    second = run_import(
        db,
        "events",
        write(tmp_path / "b.csv", ACLED_COLUMNS, rows),
        ImportOptions(today=TODAY, replace_period=True),
    )
    assert (second.added, second.updated, second.removed) == (1, 1, 3)
    assert [(b.id, b.file_name, b.added, b.updated, b.removed) for b in list_batches(db)] == [
        (second.batch, "b.csv", 1, 1, 3),
        (second.batch - 1, "a.csv", 5, 0, 0),
    ]
    with pytest.raises(
        ImportFileError,
        match=f"Import batch {second.batch} changed the same rows after batch {second.batch - 1}",
    ):
        undo_batch(db, second.batch - 1)
    undo_batch(db, second.batch)
    after = {k: (e.fatalities, e.notes, e.deleted) for k, e in _live(db).items()}
    assert after == before
    with db.sessions() as s:
        assert s.scalar(select(SecurityEvent).where(SecurityEvent.source_id == "DRC30007")) is None
    with pytest.raises(ImportFileError, match="was already undone"):
        undo_batch(db, second.batch)
    # Once its changes have gone to the server, a batch stays.
    with db.sessions.begin() as s:
        s.add(SyncState(id=1, attached_at=dt.datetime(2024, 1, 1)))
    third = run_import(
        db,
        "events",
        write(tmp_path / "c.csv", ACLED_COLUMNS, [acled(20, DAYS[2])]),
        ImportOptions(today=TODAY),
    )
    with db.sessions.begin() as s:
        s.execute(update(OutboxChange).values(sent_at=dt.datetime(2099, 1, 1)))
    before = fingerprint(db)
    with pytest.raises(ImportFileError, match="has been synchronised with the server"):
        undo_batch(db, third.batch)
    assert fingerprint(db) == before


def test_any_layout_imports_through_the_mapping(db, tmp_path: Path) -> None:
    columns = ["Ref", "When", "Kind", "Y", "X", "Prov"]
    rows = [
        {
            "Ref": "A-1",
            "When": "2023-04-02",
            "Kind": "Kidnapping",
            "Y": "-2.51",
            "X": "28.86",
            "Prov": "Sud-Kivu",
        }
    ]
    path = write(tmp_path / "own.csv", columns, rows)
    before = fingerprint(db)
    with pytest.raises(
        ImportFileError,
        match=r"no column is chosen for date \(Event date \(day, "
        r"month or year\)\), event_type \(Event type\); "
        r"name each with --map date=COLUMN",
    ):
        run_import(db, "events", path, ImportOptions(today=TODAY))
    with pytest.raises(
        ImportFileError,
        match=r"--map: 'Event date' is not a field of this "
        r"import; the fields are: date \(Event date",
    ):
        run_import(db, "events", path, ImportOptions(today=TODAY, mapping={"Event date": "When"}))
    with pytest.raises(ImportFileError, match=r"--map: the file has no column 'Whenn'"):
        run_import(db, "events", path, ImportOptions(today=TODAY, mapping={"date": "Whenn"}))
    assert fingerprint(db) == before
    mapping = {
        "id": "Ref",
        "date": "When",
        "event_type": "Kind",
        "latitude": "Y",
        "longitude": "X",
        "admin1": "Prov",
    }
    report = run_import(db, "events", path, ImportOptions(today=TODAY, mapping=mapping))
    assert report.added == 1
    e = _live(db, "other")["A-1"]
    assert (e.date_start, e.event_type, e.latitude, e.longitude, e.admin1) == (
        dt.date(2023, 4, 2),
        "Kidnapping",
        -2.51,
        28.86,
        "Sud-Kivu",
    )


def test_acled_export_with_a_cut_off_last_line_is_refused(db, tmp_path: Path) -> None:
    path = write(tmp_path / "acled.csv", ACLED_COLUMNS, [acled(1, DAYS[0]), acled(2, DAYS[1])])
    run_import(db, "events", path, ImportOptions(today=TODAY))
    good = path.read_text(encoding="utf-8")
    cut = tmp_path / "acled-cut.csv"
    cut.write_text(good[: good.rindex(",1.5520,") + 4], encoding="utf-8")  # mid-latitude
    quote = tmp_path / "acled-quote.csv"
    quote.write_text(good.rstrip("\n") + '\nDRC39999,2023-03-05,"unterminated\n', encoding="utf-8")
    before = fingerprint(db)
    with pytest.raises(
        ImportFileError,
        match=r"the last line \(row 3\) is cut short \(23 of 31 "
        r"fields\)",
    ):
        run_import(db, "events", cut, ImportOptions(today=TODAY))
    with pytest.raises(
        ImportFileError,
        match=r"the last line \(row 4\) is cut short \(a quote "
        r"is left open\)",
    ):
        run_import(db, "events", quote, ImportOptions(today=TODAY))
    assert fingerprint(db) == before
    assert _live(db)["DRC30002"].latitude == pytest.approx(1.552)


def test_utf16_files_are_read(db, tmp_path: Path) -> None:
    path = write(
        tmp_path / "acled-utf16.csv",
        ACLED_COLUMNS,
        [acled(1, DAYS[0], location="Bunia (Ituri)", notes="Déplacés à Djugu.")],
        encoding="utf-16",
    )
    report = run_import(db, "events", path, ImportOptions(today=TODAY))
    assert (report.layout, report.added) == ("ACLED", 1)
    assert _live(db)["DRC30001"].notes == "Déplacés à Djugu."


def test_exact_repeats_are_kept_once_and_reported(db, tmp_path: Path) -> None:
    rows = [acled(1, DAYS[0]), acled(2, DAYS[1]), acled(1, DAYS[0])]
    report = run_import(
        db, "events", write(tmp_path / "rep.csv", ACLED_COLUMNS, rows), ImportOptions(today=TODAY)
    )
    assert (report.added, report.rejected, report.duplicates) == (2, 0, 1)
    assert "row 4: repeats row 2 exactly; imported once." in report.reasons()


def test_swapped_and_far_away_points_are_refused_with_the_hint(db, tmp_path: Path) -> None:
    rows = [
        acled(1, DAYS[0]),
        acled(2, DAYS[1], longitude="29.7", latitude="-1.6"),
        acled(3, DAYS[2], longitude="-1.6", latitude="29.7"),
        acled(4, DAYS[3], longitude="4.0", latitude="0.0"),
    ]
    path = write(tmp_path / "points.csv", ACLED_COLUMNS, rows)
    before = fingerprint(db)
    with pytest.raises(ImportRefused) as refused:
        run_import(db, "events", path, ImportOptions(today=TODAY))
    assert refused.value.report.rejected_reasons() == [
        "row 4: longitude and latitude look swapped: the point -1.6, 29.7 (longitude, latitude) "
        "is outside the programme's countries, but it falls in them the other way round",
        "row 5: the point 4, 0 (longitude, latitude) is outside the programme's countries "
        "(Democratic Republic of the Congo, Rwanda): check its coordinates",
    ]
    assert fingerprint(db) == before


def test_every_line_of_the_report_goes_to_the_file_and_reasons_are_grouped(
    db, tmp_path: Path, capsys
) -> None:
    from bm_desktop.cli import main

    rows = [
        tracker(
            i, "2023-02-01", Province="Haut-Lomami" if i % 3 else "Tshopo", Lat="0.0", Lon="4.0"
        )
        for i in range(1, 121)
    ]
    rows += [tracker(200, "2023-02-30")]
    path = write(tmp_path / "tracker.csv", TRACKER_COLUMNS, rows)
    out = tmp_path / "report.xlsx"
    code = main(["import", "events", str(path), "--db", str(db.path), "--report", str(out)])
    printed = capsys.readouterr().out
    assert code == 1
    assert (
        "  120 rows: the point (longitude, latitude) is outside the programme's countries "
        "(Democratic Republic of the Congo, Rwanda): check its coordinates: 4, 0 120" in printed
    )
    assert "  1 row: date is not a date" in printed
    assert "... and 71 more (--report FILE writes every line)" in printed
    sheet = load_workbook(out).worksheets[0]
    lines = [r for r in sheet.iter_rows(min_row=2, values_only=True)]
    rejected = [r for r in lines if r[1] == "rejected"]
    assert len(rejected) == 121
    assert rejected[-1][4] == "row 122: date '2023-02-30' is not a date"
    csv_out = tmp_path / "report.csv"
    main(["import", "events", str(path), "--db", str(db.path), "--report", str(csv_out)])
    text = csv_out.read_text(encoding="utf-8-sig")
    assert text.count(",rejected,") == 121


def test_batches_and_undo_on_the_command_line(db, tmp_path: Path, capsys) -> None:
    from bm_desktop.cli import main

    path = write(tmp_path / "acled.csv", ACLED_COLUMNS, [acled(1, DAYS[0]), acled(2, DAYS[1])])
    assert main(["import", "events", str(path), "--db", str(db.path)]) == 0
    assert (
        "Import batch 1: 'bm-desktop import undo 1' takes it back until it is "
        "synchronised." in capsys.readouterr().out
    )
    main(["import", "batches", "--db", str(db.path)])
    assert (
        "events  acled.csv: 2 added, 0 updated, 0 removed (can be undone)"
        in capsys.readouterr().out
    )
    assert main(["import", "undo", "1", "--db", str(db.path)]) == 0
    assert "Import batch 1 (acled.csv) undone: 2 added rows deleted" in capsys.readouterr().out
    assert _live(db) == {}
    assert main(["import", "undo", "1", "--db", str(db.path)]) == 2
    assert "already undone" in capsys.readouterr().err


def test_site_imports_are_undoable_batches_too(db, tmp_path: Path) -> None:
    import csv

    from bm_desktop.db.models import Site, SiteVisit

    def register(name: str, day: str) -> Path:
        path = tmp_path / f"register-{day}.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(
                [
                    [
                        "pcode",
                        "name",
                        "longitude",
                        "latitude",
                        "province",
                        "visit_date",
                        "mineral1",
                    ],
                    ["r1", name, 28.85, -2.12, "Sud-Kivu", day, "Cassitérite"],
                ]
            )
        return path

    def site() -> tuple:
        with db.sessions() as s:
            return (
                s.scalar(select(Site.name).where(Site.code == "r1")),
                len(s.scalars(select(SiteVisit)).all()),
            )

    first = run_import(db, "sites", register("Kalimbi", "2019-03-15"), ImportOptions())
    second = run_import(db, "sites", register("Kalimbi II", "2020-05-02"), ImportOptions())
    assert (first.batch, second.batch, site()) == (1, 2, ("Kalimbi II", 2))
    with pytest.raises(
        ImportFileError, match="Import batch 2 changed the same rows after batch 1: undo 2 first."
    ):
        undo_batch(db, first.batch)
    undo_batch(db, second.batch)
    assert site() == ("Kalimbi", 1)
    undo_batch(db, first.batch)
    assert site() == (None, 0)
