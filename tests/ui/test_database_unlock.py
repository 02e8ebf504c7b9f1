"""The start of the window on the laptop's database: a plain database is converted in
place after the user chooses a passphrase (every row kept, no plain file left); an
encrypted one asks for its passphrase, says when it is wrong and opens with the right
one; the dialog tells how data is recovered after a forgotten passphrase."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from bm_desktop.db import cipher
from bm_desktop.ui.app import create_window
from bm_desktop.ui.database_unlock import PassphraseDialog, StartCancelled

PASSPHRASE = "kivu lake at dawn"


def when_dialog(qtbot, steps: Callable[[PassphraseDialog], None]) -> list[str]:  # noqa: ANN001
    """Run ``steps`` on the passphrase dialog once it shows; returns what it said."""
    said: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, look)
            return
        said.append(dialog.findChild(QLabel, "forgotten_note").text())
        steps(dialog)

    QTimer.singleShot(0, look)
    return said


def type_into(dialog: PassphraseDialog, name: str, text: str) -> None:
    field = dialog.findChild(QLineEdit, name)
    field.clear()
    QTest.keyClicks(field, text)


def problem(dialog: PassphraseDialog) -> str:
    label = dialog.findChild(QLabel, "problem")
    return label.text() if label.isVisible() else ""


def test_first_start_converts_the_plain_database(
    qtbot, sample_db_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    with sqlite3.connect(path) as conn:
        expected = cipher.table_counts(conn)
    problems: list[str] = []

    def choose(dialog: PassphraseDialog) -> None:
        type_into(dialog, "passphrase", "short")
        type_into(dialog, "repeat", "short")
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        problems.append(problem(dialog))
        type_into(dialog, "passphrase", PASSPHRASE)
        type_into(dialog, "repeat", PASSPHRASE + "!")
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        problems.append(problem(dialog))
        type_into(dialog, "repeat", PASSPHRASE)
        QTest.keyClick(dialog.repeat, Qt.Key.Key_Return)

    said = when_dialog(qtbot, choose)
    _app, win = create_window(path, lang="en", unlock=True)
    qtbot.addWidget(win)
    assert problems == [
        "The passphrase must have at least 8 characters.",
        "The two passphrases differ.",
    ]
    assert "fresh first connection" in said[0]
    assert win.ctx.db.encrypted
    win.close()
    win.ctx.db.dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "programme.sqlite",
        "programme.sqlite" + cipher.SALT_SUFFIX,
    ]
    assert cipher.is_encrypted(path)
    conn = cipher.connect(str(path), cipher.key_for_passphrase(path, PASSPHRASE))
    try:
        got = cipher.table_counts(conn)
    finally:
        conn.close()
    assert {t: got[t] for t in expected} == expected


@pytest.fixture
def encrypted_copy(sample_db_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    cipher.encrypt_in_place(path, cipher.key_for_passphrase(path, PASSPHRASE))
    return path


def test_wrong_passphrase_is_said_and_the_right_one_opens(qtbot, encrypted_copy: Path) -> None:
    problems: list[str] = []

    def unlock(dialog: PassphraseDialog) -> None:
        assert dialog.findChild(QLineEdit, "repeat") is None  # one field to unlock
        type_into(dialog, "passphrase", "kivu lake at dusk")
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        problems.append(problem(dialog))
        type_into(dialog, "passphrase", PASSPHRASE)
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    when_dialog(qtbot, unlock)
    _app, win = create_window(encrypted_copy, lang="en", unlock=True)
    qtbot.addWidget(win)
    assert problems == [
        "Wrong passphrase: nothing was opened. Type it again (letters, case and accents count)."
    ]
    from bm_desktop.services.sites import has_sites

    assert win.ctx.db.encrypted and has_sites(win.ctx.db)  # the programme's data, opened
    win.close()
    win.ctx.db.dispose()


def test_wrong_passphrase_in_french(qtbot, encrypted_copy: Path) -> None:
    problems: list[str] = []

    def unlock(dialog: PassphraseDialog) -> None:
        type_into(dialog, "passphrase", "pas la bonne")
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        problems.append(problem(dialog))
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    said = when_dialog(qtbot, unlock)
    with pytest.raises(StartCancelled):
        create_window(encrypted_copy, lang="fr", unlock=True)
    assert problems[0].startswith("Phrase secrète incorrecte : rien n’a été ouvert.")
    assert "nouvelle première connexion" in said[0]
