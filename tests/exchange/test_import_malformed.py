"""Malformed files give specific errors and leave the database byte-for-byte unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from bm_desktop.exchange.exports.action_tracker import export_action_tracker
from bm_desktop.exchange.imports.report import ImportFileError
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from tests.exchange.exchange_support import fingerprint, request

TODAY = dt.date(2022, 4, 20)


@pytest.fixture
def tracker(sample_db, tmp_path: Path) -> Path:
    path = tmp_path / "tracker.xlsx"
    export_action_tracker(sample_db, request(site_code="SK-01", today=TODAY), path)
    return path


def _refused(db, kind: str, path: Path, match: str, **options) -> None:
    before = fingerprint(db)
    with pytest.raises(ImportFileError, match=match):
        run_import(db, kind, path, ImportOptions(today=TODAY, **options))
    assert fingerprint(db) == before


def test_truncated_workbook(sample_db, tracker: Path, tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(tracker.read_bytes()[: tracker.stat().st_size // 2])
    _refused(
        sample_db,
        "actions",
        truncated,
        "truncated.xlsx is not a complete Excel workbook "
        r"\(the file is damaged or truncated",
    )


def test_not_a_workbook_and_old_excel(sample_db, tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("pcode,name\n1,2\n")
    _refused(sample_db, "sites", fake, "fake.xlsx is not a complete Excel workbook")
    old = tmp_path / "register.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    _refused(sample_db, "sites", old, r"old Excel 97-2003 file: .* save it as \.xlsx")
    _refused(
        sample_db,
        "actions",
        tmp_path / "register.csv",
        "the corrective-action tracker is an Excel workbook",
    )


def test_wrong_sheet(sample_db, tracker: Path, tmp_path: Path) -> None:
    wb = load_workbook(tracker)
    wb["Actions"].title = "Feuil1"
    renamed = tmp_path / "renamed.xlsx"
    wb.save(renamed)
    _refused(
        sample_db,
        "actions",
        renamed,
        "renamed.xlsx has no 'Actions' sheet: is it a "
        "corrective-action tracker exported by BM Desktop",
    )
    _refused(
        sample_db,
        "actions",
        tracker,
        r"The workbook has no sheet 'Sheet9' \(its sheets: "
        r"Cover, Actions\)",
        sheet="Sheet9",
    )
    other = Workbook()
    other.active.append(["when", "what"])
    other.active.append(["2021-01-01", "x"])
    path = tmp_path / "other.xlsx"
    other.save(path)
    _refused(
        sample_db,
        "events",
        path,
        "No sheet of the workbook has the expected columns; "
        "its sheets: Sheet. Is this the right file?",
    )


def test_missing_or_renamed_tracker_columns(sample_db, tracker: Path, tmp_path: Path) -> None:
    wb = load_workbook(tracker)
    ws = wb["Actions"]
    ws.cell(1, 15).value = "Statut"  # "New status" renamed
    ws.delete_cols(19)  # the checksum column removed
    broken = tmp_path / "broken.xlsx"
    wb.save(broken)
    _refused(
        sample_db,
        "actions",
        broken,
        "The tracker has no column 'New status', 'Checksum': was it renamed or deleted",
    )


def test_tracker_of_another_database(db, tracker: Path) -> None:
    _refused(db, "actions", tracker, "This database has never exported a tracker")


def test_empty_and_unsupported_files(sample_db, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    _refused(sample_db, "events", empty, "empty.csv is empty")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    _refused(
        sample_db,
        "sites",
        pdf,
        "BM Desktop imports CSV, XLSX, GeoJSON and GeoPackage files, not '.pdf' files",
    )
    _refused(sample_db, "sites", tmp_path / "missing.csv", "does not exist")
