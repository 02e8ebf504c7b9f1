"""Importing security events in the window (issue 13): removal only when the user
ticks it (and the preview then lists what goes), the date order chosen when the
file cannot show it, the error report grouped and filtered by reason, and undo
from File > Import > Import batches."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from bm_desktop.db.models import SecurityEvent
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from tests.exchange.event_files import ACLED_COLUMNS, TRACKER_COLUMNS, acled, tracker, write
from tests.ui.test_exchange_ui import Host

DAYS = [dt.date(2023, 3, 1) + dt.timedelta(days=i) for i in range(6)]


@pytest.fixture
def host(qtbot, sample_db):
    from bm_desktop.ui.context import AppContext
    from bm_desktop.ui.exchange.feature import install
    from bm_desktop.ui.settings import Settings

    window = Host(AppContext(db=sample_db, settings=Settings(), lang="en", role="coordinator"))
    qtbot.addWidget(window)
    window.exchange = install(window)
    return window


def _count(db, source: str) -> int:
    with db.sessions() as s:
        return s.scalar(
            select(func.count())
            .select_from(SecurityEvent)
            .where(SecurityEvent.source == source, SecurityEvent.deleted.is_(False))
        )


def _checked(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)


def test_removal_only_when_ticked_and_the_preview_lists_it(host, qtbot, tmp_path: Path) -> None:
    db = host.ctx.db
    run_import(
        db,
        "events",
        write(tmp_path / "full.csv", ACLED_COLUMNS, [acled(i, d) for i, d in enumerate(DAYS)]),
        ImportOptions(),
    )
    before = _count(db, "acled")
    path = write(tmp_path / "two.csv", ACLED_COLUMNS, [acled(0, DAYS[0]), acled(5, DAYS[5])])
    dialog = host.exchange.preview("events", path)
    qtbot.addWidget(dialog)
    _checked(qtbot, dialog)
    assert "0 added, 0 updated, 0 removed, 2 unchanged" in dialog.summary.text()
    assert (
        "4 stored events of this source between 2023-03-01 and 2023-03-06 are not in the "
        "file; they are kept." in dialog.errors.toPlainText()
    )
    assert not dialog.import_button.isEnabled()  # nothing to change
    qtbot.mouseClick(dialog.replace, Qt.MouseButton.LeftButton)
    _checked(qtbot, dialog)
    assert "0 added, 0 updated, 4 removed, 2 unchanged" in dialog.summary.text()
    model = dialog.table.model()
    removed = sorted(
        model.data(model.index(r, 2))
        for r in range(model.rowCount())
        if model.data(model.index(r, 1)) == "removed"
    )
    assert removed == ["DRC30001", "DRC30002", "DRC30003", "DRC30004"]
    with qtbot.waitSignal(host.exchange.import_finished, timeout=30000):
        dialog.import_button.click()
    assert _count(db, "acled") == before - 4
    # ... and File > Import > Import batches takes it back.
    batches = host.exchange.open_batches()
    qtbot.addWidget(batches)
    assert batches.table.item(0, 3).text() == "two.csv"
    assert batches.table.item(0, 4).text() == "0 added, 0 updated, 4 removed"
    assert not batches.undo_button.isEnabled()
    batches.table.selectRow(0)
    assert batches.undo_button.isEnabled()
    with qtbot.waitSignal(host.ctx.data.changed, timeout=5000) as changed:
        qtbot.mouseClick(batches.undo_button, Qt.MouseButton.LeftButton)
    assert "security_events" in changed.args[0]
    assert batches.message.text() == "Import batch 2 (two.csv) undone."
    assert batches.table.item(0, 5).text().startswith("undone ")
    assert _count(db, "acled") == before


def test_the_date_order_is_chosen_in_the_dialog_when_the_file_cannot_show_it(
    host, qtbot, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "tracker.csv",
        TRACKER_COLUMNS,
        [tracker(1, "06/01/2021"), tracker(2, "03/02/2021")],
    )
    mapping = {
        "id": "Incident ID",
        "date": "Date",
        "event_type": "Type",
        "latitude": "Lat",
        "longitude": "Lon",
    }
    dialog = host.exchange.preview("events", path, mapping)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.summary.text(), timeout=30000)
    assert "--date-order dmy (06/01/2021 is 6 January)" in dialog.errors.toPlainText()
    dialog.date_order.setCurrentIndex(dialog.date_order.findData("mdy"))
    _checked(qtbot, dialog)
    assert "2 added" in dialog.summary.text()
    model = dialog.table.model()
    assert sorted(
        model.data(model.index(r, 3)).split(" · ")[0] for r in range(model.rowCount())
    ) == ["2021-03-02", "2021-06-01"]


def test_the_error_report_groups_reasons_and_filters_by_one(host, qtbot, tmp_path: Path) -> None:
    rows = [acled(i, DAYS[0], longitude="4.0", latitude="0.0") for i in range(1, 4)]
    rows += [acled(10, "2021-02-30"), acled(11, "2031-01-01"), acled(12, DAYS[1])]
    dialog = host.exchange.preview("events", write(tmp_path / "bad.csv", ACLED_COLUMNS, rows))
    qtbot.addWidget(dialog)
    _checked(qtbot, dialog)
    text = dialog.errors.toPlainText().splitlines()
    assert text[0].startswith(
        "3 rows: the point (longitude, latitude) is outside the programme's countries"
    )
    assert text[0].endswith(": 4, 0 3")
    assert len([line for line in text if line.startswith("row ")]) == 5
    combo = dialog.reason_filter
    combo.setCurrentIndex(combo.findData("event_date is in the future"))
    assert dialog.errors.toPlainText() == "row 6: event_date '2031-01-01' is in the future"
    combo.setCurrentIndex(0)
    assert len(dialog.errors.toPlainText().splitlines()) == len(text)


def test_save_the_full_report_writes_every_line(host, qtbot, tmp_path: Path, monkeypatch) -> None:
    from openpyxl import load_workbook

    from bm_desktop.exchange.imports.report import KEPT_LIMIT

    rows = [acled(i, "2021-02-30") for i in range(1, KEPT_LIMIT + 201)]
    path = write(tmp_path / "bad.csv", ACLED_COLUMNS, rows)
    dialog = host.exchange.preview("events", path)
    qtbot.addWidget(dialog)
    _checked(qtbot, dialog)
    assert dialog.errors.toPlainText().endswith(
        "200 more rows are counted above but not listed here: 'Save the full report…' writes "
        "every one."
    )
    out = tmp_path / "full.xlsx"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "full"), ""))
    )
    with qtbot.waitSignal(host.exchange.report_saved, timeout=60000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(out, read_only=True).worksheets[0]
    rejected = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[1] == "rejected"]
    assert len(rejected) == KEPT_LIMIT + 200
    assert rejected[-1][4] == f"row {KEPT_LIMIT + 201}: event_date '2021-02-30' is not a date"
    assert host.statusBar().currentMessage() == f"Wrote {out}"
