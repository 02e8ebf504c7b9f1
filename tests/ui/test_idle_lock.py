"""The idle lock: after the idle time of the settings the window is covered and asks for
the passphrase; input keeps it open; a wrong passphrase keeps it locked, the right one
opens it again; shortcuts do not reach the hidden window meanwhile."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit

from bm_desktop.db import cipher
from bm_desktop.ui.app import create_window
from bm_desktop.ui.idle_lock import IDLE_LOCK
from bm_desktop.ui.settings import Settings

PASSPHRASE = "kivu lake at dawn"


@pytest.fixture
def locked_soon(qtbot, sample_db_file: Path, tmp_path: Path, monkeypatch):
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    cipher.encrypt_in_place(path, cipher.key_for_passphrase(path, PASSPHRASE))
    monkeypatch.setenv("BM_DESKTOP_PASSPHRASE", PASSPHRASE)
    Settings().set(IDLE_LOCK.key, 0.02)  # 1.2 s
    _app, win = create_window(path, lang="en", unlock=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.ctx.db.dispose()


def test_input_keeps_it_open_then_idleness_locks_it(qtbot, locked_soon) -> None:
    win = locked_soon
    for _ in range(8):  # 2 s of a person at work: keys and clicks on the map
        QTest.keyClick(win.centralWidget(), Qt.Key.Key_Shift)
        QTest.mouseClick(win.centralWidget(), Qt.MouseButton.LeftButton, pos=QPoint(50, 60))
        qtbot.wait(250)
    assert not win.idle_lock.locked
    qtbot.waitUntil(lambda: win.idle_lock.locked, timeout=3000)
    overlay = win.idle_lock.overlay
    assert overlay.isVisible() and overlay.geometry() == win.rect()
    assert overlay.findChild(QLabel, "lock_title").text() == "BM Desktop is locked"
    field = overlay.findChild(QLineEdit, "passphrase")
    assert field.isVisible()


def test_wrong_passphrase_keeps_it_locked_the_right_one_opens(qtbot, locked_soon) -> None:
    win = locked_soon
    qtbot.waitUntil(lambda: win.idle_lock.locked, timeout=3000)
    overlay = win.idle_lock.overlay
    field = overlay.findChild(QLineEdit, "passphrase")
    QTest.keyClicks(field, "kivu lake at dusk")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert win.idle_lock.locked
    assert overlay.findChild(QLabel, "problem").text() == (
        "Wrong passphrase: the window stays locked."
    )
    # wherever a person points (the map, the docks, the tables) is the cover, not the data
    w, h = win.width(), win.height()
    for x in range(5):
        for y in range(5):
            hit = win.childAt(QPoint(w * (2 * x + 1) // 10, h * (2 * y + 1) // 10))
            assert hit is overlay or overlay.isAncestorOf(hit), hit
    field.clear()
    QTest.keyClicks(field, PASSPHRASE)
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert not win.idle_lock.locked and not overlay.isVisible()
