"""An export as a person runs it from File > Export: the options dialog, a progress
dialog that closes by itself when the work ends, then a message offering to open the
workbook or its folder; Cancel stops the work and leaves no file behind."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from bm_desktop.exchange.exports import job as export_job
from bm_desktop.ui.app import create_window
from bm_desktop.ui.exchange import jobs
from bm_desktop.ui.exchange.export_dialog import ExportDialog


class OpenedUrls(QObject):
    """Stands in for the system's file opener: records what would be opened."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened():
    handler = OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def window(qtbot, sample_db_file: Path, tmp_path: Path):
    shutil.copy(sample_db_file, tmp_path / "w.sqlite")
    _app, win = create_window(tmp_path / "w.sqlite", lang="en")
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def slow_laptop(monkeypatch):
    """Each step of an export takes a little longer, as on a slow laptop, so the
    progress dialog has time to appear (it waits 400 ms before showing)."""
    step = export_job.Job.step

    def slow_step(self, done, total, message=""):
        time.sleep(0.5)  # the register now writes in a few big steps: each must outlast 400 ms
        step(self, done, total, message)

    monkeypatch.setattr(export_job.Job, "step", slow_step)


def _export_from_the_menu(qtbot, window, title: str, path: Path) -> None:
    """File > Export > ``title``; type the file name; click Export."""
    export_menu = next(
        a.menu()
        for a in window.file_menu.actions()
        if a.menu() is not None and a.text() == "&Export"
    )
    action = next(a for a in export_menu.actions() if a.text() == title)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        dialog.file.clear()
        QTest.keyClicks(dialog.file, str(path))
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    action.trigger()


def _visible_progress(window) -> list[QProgressDialog]:
    return [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


def test_export_from_the_menu_closes_its_progress_and_offers_to_open(
    qtbot, window, tmp_path: Path, opened, slow_laptop
) -> None:
    path = tmp_path / "out" / "register.xlsx"
    path.parent.mkdir()
    with qtbot.waitSignal(window.exchange.export_finished, timeout=60000) as finished:
        _export_from_the_menu(qtbot, window, "Incident register…", path)
        qtbot.waitUntil(lambda: bool(_visible_progress(window)), timeout=10000)
    assert finished.args[0].path == path and path.exists()
    qtbot.wait(600)  # long enough for a forgotten progress dialog to show itself again
    assert _visible_progress(window) == []
    assert sorted(p.name for p in path.parent.iterdir()) == ["register.xlsx"]
    message = window.exchange.done_message
    assert message.isVisible()
    assert "register.xlsx" in message.text()
    buttons = [b.text() for b in message.buttons()]
    assert "Open file" in buttons and "Open folder" in buttons
    QTest.mouseClick(message.open_file_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened.urls] == [str(path)]
    assert not message.isVisible()


def test_done_message_opens_the_folder(qtbot, window, tmp_path: Path, opened) -> None:
    path = tmp_path / "annex2.xlsx"
    with qtbot.waitSignal(window.exchange.export_finished, timeout=60000):
        _export_from_the_menu(qtbot, window, "OECD Annex II summary (Step 5 report)…", path)
    message = window.exchange.done_message
    qtbot.waitUntil(message.isVisible)
    QTest.mouseClick(message.open_folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened.urls] == [str(tmp_path)]


def test_cancel_mid_export_stops_it_and_leaves_no_file(
    qtbot, window, tmp_path: Path, slow_laptop
) -> None:
    folder = tmp_path / "cards"
    folder.mkdir()
    path = folder / "scorecards.xlsx"
    seen: list[str] = []
    with qtbot.waitSignal(window.exchange.export_finished, timeout=60000) as finished:
        _export_from_the_menu(qtbot, window, "Site score cards…", path)
        qtbot.waitUntil(
            lambda: (
                bool(_visible_progress(window))
                and "Writing site" in _visible_progress(window)[0].labelText()
            ),
            timeout=20000,
        )
        progress = _visible_progress(window)[0]
        seen.append(progress.labelText())
        QTest.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert finished.args == [None]
    qtbot.wait(600)
    assert _visible_progress(window) == []
    assert list(folder.iterdir()) == []  # neither the workbook nor a temporary file
    assert window.statusBar().currentMessage() == "Export cancelled; no file written."
    assert window.exchange.done_message is None


def test_the_last_step_arriving_with_the_end_of_the_work_closes_cleanly(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    """CI caught this race once: the last step and the end of the export reach the window
    together; on the shown modal dialog, the step's ``setValue`` runs the event loop,
    the end closes the dialog there, and the step went on with a dialog that was gone.
    Here the worker emits its last step and ends while the window is busy, every time."""
    go = threading.Event()
    real_export = jobs.export

    def export_then_last_step(run, db, request, path, progress, cancelled):
        result = real_export(run, db, request, path, progress, cancelled)
        go.wait(30)
        progress(9, 10, "Saving the workbook")
        return result

    monkeypatch.setattr(jobs, "export", export_then_last_step)
    path = tmp_path / "register.xlsx"
    with qtbot.waitSignal(window.exchange.export_finished, timeout=60000) as finished:
        _export_from_the_menu(qtbot, window, "Incident register…", path)
        qtbot.waitUntil(lambda: bool(_visible_progress(window)), timeout=10000)
        go.set()
        time.sleep(0.5)  # the window is busy: the step, the result and the end queue up
    assert finished.args[0].path == path and path.exists()
    qtbot.wait(600)
    assert _visible_progress(window) == []
    assert window.exchange.progress is None
    assert window.exchange.done_message.isVisible()
