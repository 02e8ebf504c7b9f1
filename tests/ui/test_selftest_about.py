"""Issue 16 §2 and §5 in the window: Help > Self-test shows the installation report with
its verdict; Help > About shows the app's version and the database schema's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from bm_desktop.db.versions import app_version, schema_head
from bm_desktop.ui.app import create_window


@pytest.fixture
def open_window(qtbot, sample_db_file: Path, tmp_path: Path):
    apps = []

    def make(lang: str):
        path = tmp_path / f"{lang}.sqlite"
        shutil.copy(sample_db_file, path)
        app, window = create_window(path, lang=lang)
        apps.append(app)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    if apps:
        from bm_desktop.ui.translator import install_language

        install_language(apps[0], "en")


def _trigger_from_help_menu(qtbot, window, text: str) -> None:
    """Open Help with the keyboard's menu bar and choose the entry, as a person does."""
    menu = window.help_menu
    window.menuBar().setActiveAction(menu.menuAction())
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text() == text)
    menu.setActiveAction(action)
    QTest.keyClick(menu, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    "lang, entry, title, verdict",
    [
        ("en", "&Self-test…", "Self-test", "Verdict: OK, this installation has what it needs"),
        (
            "fr",
            "&Autotest…",
            "Autotest",
            "Verdict : OK, cette installation a tout ce qu'il lui faut",
        ),
    ],
)
def test_help_self_test_shows_the_report_and_verdict(
    qtbot, open_window, lang, entry, title, verdict
) -> None:
    window = open_window(lang)
    _trigger_from_help_menu(qtbot, window, entry)
    qtbot.waitUntil(lambda: window.help.self_test is not None and window.help.self_test.isVisible())
    dialog = window.help.self_test
    assert dialog.windowTitle() == title
    qtbot.waitUntil(lambda: dialog.verdict.text() == verdict, timeout=30000)
    report = dialog.report_view.toPlainText()
    assert "offscreen" in report  # the Qt check ran in the window's own process
    assert str(window.ctx.db.path) in report
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize(
    "lang, entry, schema_line",
    [
        (
            "en",
            "&About BM Desktop",
            "Database schema: {head} (this version); this database: {head}",
        ),
        (
            "fr",
            "À &propos de BM Desktop",
            "Schéma de base de données : {head} (cette version) ; cette base : {head}",
        ),
    ],
)
def test_help_about_shows_the_app_and_schema_versions(
    qtbot, open_window, lang, entry, schema_line
) -> None:
    window = open_window(lang)

    def close_a_blocking_box() -> None:  # a modal exec() would never let the test go on
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not getattr(window, "about_box", None):
            modal.close()

    QTimer.singleShot(3000, close_a_blocking_box)
    _trigger_from_help_menu(qtbot, window, entry)
    qtbot.waitUntil(
        lambda: getattr(window, "about_box", None) is not None and window.about_box.isVisible()
    )
    box: QMessageBox = window.about_box
    lines = box.text().splitlines()
    assert lines[0] == f"BM Desktop {app_version()}"
    assert schema_line.format(head=schema_head()) in lines
    QTest.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
