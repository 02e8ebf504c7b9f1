"""File > Export and File > Import as a user drives them: options, progress and
cancel, column mapping, preview with the error report, then the import."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QPushButton
from sqlalchemy import select

from bm_desktop.db.models import Site
from bm_desktop.domain.filters import FilterState
from bm_desktop.exchange.exports import catalogue
from bm_desktop.exchange.exports.job import ExportCancelled
from bm_desktop.exchange.imports.preview_data import propose_mapping
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.exchange.column_mapping import ColumnMappingDialog
from bm_desktop.ui.exchange.feature import install
from bm_desktop.ui.settings import Settings


class Host(QMainWindow):
    """The bits of the main window the feature uses."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.file_menu = self.menuBar().addMenu("&File")
        self.quit_action = self.file_menu.addAction("&Quit")
        self.errors: list[BaseException] = []

    def show_error(self, exc: BaseException) -> None:
        self.errors.append(exc)


@pytest.fixture
def host(qtbot, sample_db):
    ctx = AppContext(db=sample_db, settings=Settings(), lang="en", role="coordinator")
    ctx.filters.set_state(FilterState().with_period(dt.date(2021, 4, 1), dt.date(2021, 12, 31)))
    window = Host(ctx)
    qtbot.addWidget(window)
    window.exchange = install(window)
    return window


def test_menus_sit_above_quit(host) -> None:
    texts = [a.text() for a in host.file_menu.actions()]
    assert texts[:2] == ["&Export", "&Import"] and texts[-1] == "&Quit"
    assert [a.text() for a in host.exchange.export_menu.actions()] == [
        "Incident register…",
        "Corrective-action tracker…",
        "Site score cards…",
        "Quarterly report to the government…",
        "OECD Annex II summary (Step 5 report)…",
        "Weekly site risk report…",
        "",
        "HTML map (opens without a network)…",
    ]
    assert [a.text() for a in host.exchange.import_menu.actions()] == [
        "Corrective-action tracker from partners…",
        "Security events (ACLED, UCDP GED or any table)…",
        "Sites: mine-site register or map file…",
        "Incidents from a file…",
        "Monitors' submissions (ODK Central, KoboToolbox)…",
        "Monitors' submissions from ODK Central…",
        "",
        "Import batches (undo an import)…",
    ]


def test_export_dialog_follows_filters_and_role(host, qtbot) -> None:
    dialog = host.exchange.export_dialog("incidents")
    qtbot.addWidget(dialog)
    request = dialog.request()
    assert (request.start, request.end) == (dt.date(2021, 4, 1), dt.date(2021, 12, 31))
    assert dialog.sensitive.isEnabled() and not dialog.sensitive.isChecked()
    quarterly = host.exchange.export_dialog("quarterly")
    qtbot.addWidget(quarterly)
    assert (quarterly.request().start, quarterly.request().end) == (
        dt.date(2021, 10, 1),
        dt.date(2021, 12, 31),
    )
    assert quarterly.sensitive.isHidden()
    weekly = host.exchange.export_dialog("weekly")
    qtbot.addWidget(weekly)
    assert weekly.site.itemData(0) is not None  # no "All sites": one site per report
    host.ctx.role = "government"
    refused = host.exchange.export_dialog("incidents")
    qtbot.addWidget(refused)
    assert not refused.sensitive.isEnabled()
    assert refused.sensitive.toolTip() == "Your role may not export sensitive details."


def test_export_runs_in_a_worker(host, qtbot, tmp_path: Path) -> None:
    dialog = host.exchange.export_dialog("annex2")
    qtbot.addWidget(dialog)
    path = tmp_path / "annex2.xlsx"
    with qtbot.waitSignal(host.exchange.export_finished, timeout=60000) as blocker:
        host.exchange.start_export("annex2", dialog.request(), path)
    assert blocker.args[0].path == path and path.exists()
    assert host.statusBar().currentMessage() == f"Wrote {path}"


def test_cancelling_the_progress_dialog_stops_the_export(
    host, qtbot, tmp_path: Path, monkeypatch
) -> None:
    def slow(db, request, path, progress=None, cancelled=None):
        while not cancelled():
            progress(1, 10, "working")
            time.sleep(0.02)
        raise ExportCancelled("cancelled")

    monkeypatch.setitem(
        catalogue.EXPORTS, "annex2", dataclasses.replace(catalogue.EXPORTS["annex2"], run=slow)
    )
    dialog = host.exchange.export_dialog("annex2")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(host.exchange.export_finished, timeout=20000) as blocker:
        host.exchange.start_export("annex2", dialog.request(), tmp_path / "x.xlsx")
        qtbot.waitUntil(lambda: host.exchange.progress.maximum() == 10, timeout=10000)
        host.exchange.progress.findChild(QPushButton).click()  # the user's Cancel
    assert blocker.args == [None]
    assert not (tmp_path / "x.xlsx").exists()
    assert host.statusBar().currentMessage() == "Export cancelled; no file written."


def _register(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(
            [
                ["pcode", "name", "longitude", "latitude", "province", "visit_date", "mineral1"],
                ["r1", "Kalimbi", 28.85, -2.12, "Sud-Kivu", "2019-03-15", "Cassitérite"],
                ["r2", "Nyabibwe", 28.9, -1.9, "Sud-Kivu", "2019-02-30", "Coltan"],
            ]
        )
    return path


def test_import_preview_shows_the_error_report_then_imports(host, qtbot, tmp_path: Path) -> None:
    path = _register(tmp_path / "register.csv")
    dialog = host.exchange.preview("sites", path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert "1 added, 0 updated, 0 removed, 0 unchanged, 1 rejected" in dialog.summary.text()
    assert dialog.errors.toPlainText() == "row 3: visit date '2019-02-30' is not a date"
    model = dialog.table.model()
    assert model.rowCount() == 2
    assert model.data(model.index(0, 1)) == "rejected"
    assert not dialog.import_button.isEnabled()
    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled()
    with (
        qtbot.waitSignal(host.ctx.data.changed, timeout=30000) as changed,
        qtbot.waitSignal(host.exchange.import_finished, timeout=30000),
    ):
        dialog.import_button.click()
    assert "sites" in changed.args[0]
    with host.ctx.db.sessions() as s:
        assert s.scalar(select(Site.name).where(Site.code == "r1")) == "Kalimbi"
        assert s.scalar(select(Site.id).where(Site.code == "r2")) is None


def test_file_that_cannot_be_imported(host, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "tracker.xlsx"
    path.write_bytes(b"PK\x03\x04 truncated")
    dialog = host.exchange.preview("actions", path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.summary.text(), timeout=30000)
    assert "is not a complete Excel workbook" in dialog.errors.toPlainText()
    assert not dialog.import_button.isEnabled()


def test_column_mapping_dialog(host, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "sites.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(
            [["Ref", "Nom", "lat", "lon", "Prov"], ["a", "Site A", -2.1, 28.8, "Sud-Kivu"]]
        )
    dialog = ColumnMappingDialog(propose_mapping(host.ctx.db, "sites", path), path.name)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.mapping() == {
        "name": "Nom",
        "longitude": "lon",
        "latitude": "lat",
        "province": "Prov",
    }
    assert not ok.isEnabled() and dialog.message.text() == "Still to choose: Site code."
    code = dialog.combos["code"]
    code.setCurrentIndex(code.findData("Ref"))
    assert ok.isEnabled() and dialog.mapping()["code"] == "Ref"
    territory = dialog.combos["territory"]
    territory.setCurrentIndex(territory.findData("Nom"))
    assert not ok.isEnabled()
    assert dialog.message.text() == "A column is chosen for two fields: Nom."


def test_html_map_from_the_file_menu_follows_filters(host, qtbot, tmp_path, monkeypatch) -> None:
    """File > Export > HTML map...: the file chosen in the save dialog gets the map of
    the one region and the period of the filters."""
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "rwanda"  # no extension typed: .html is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    host.ctx.filters.set_state(
        dataclasses.replace(host.ctx.filters.state, regions=frozenset({"Rwanda"}))
    )
    with qtbot.waitSignal(host.exchange.export_finished, timeout=60000) as blocker:
        host.exchange.html_map_action.trigger()
    written = Path(blocker.args[0])
    assert written == tmp_path / "rwanda.html"
    page = written.read_text(encoding="utf-8")
    assert "<title>Programme sites, incidents and security: Rwanda</title>" in page
    assert "2021-04-01 to 2021-12-31" in page
    assert host.statusBar().currentMessage() == f"Wrote {written}"
