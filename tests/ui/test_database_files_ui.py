"""The window on a database it cannot use: a message box says what is wrong with which
file, in the interface's language, instead of the main window (no traceback, no SQL),
and the file is left byte for byte; a read-only file opens read-only, the window says
so and an edit is refused with a message."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from sqlalchemy import Engine, event

from bm_desktop.ui.app import run_app
from tests.db import database_files as files

RAW = files.RAW


@pytest.fixture(autouse=True)
def _short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """A locked file is reported once SQLite's wait for the lock runs out: 10 s in the
    app, 1.5 s here (the same path; the tests hold their locks far longer)."""
    from bm_desktop.db import journal

    monkeypatch.setattr(journal, "BUSY_TIMEOUT_MS", 1500)


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """The start path asks for a passphrase (issue 19); the environment answers it here,
    so these tests see the file's problem, found before anything is encrypted."""
    monkeypatch.setenv("BM_DESKTOP_PASSPHRASE", "test passphrase")


def start_app(qtbot, path: Path, lang: str = "en", capfd=None) -> tuple[int, list[str]]:  # noqa: ANN001
    """Run the start path a user runs (``bm-desktop --db PATH``); returns its exit code
    and the texts of the message box it showed (which the test then closes), and checks
    that nothing raw reached the console."""
    seen: list[str] = []

    def read_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_box)
            return
        seen.extend([box.text(), box.informativeText()])
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(0, read_box)
    code = run_app(argparse.Namespace(db=str(path), empty=False, lang=lang))
    if capfd is not None:
        console = "".join(capfd.readouterr())
        assert not [raw for raw in RAW if raw in console], console
    return code, seen


def no_main_window() -> bool:
    return not [
        w
        for w in QApplication.topLevelWidgets()
        if type(w).__name__ == "MainWindow" and w.isVisible()
    ]


def assert_refused(code: int, seen: list[str], *words: str) -> None:
    assert code == 2
    assert seen[0] == "BM Desktop cannot open its database."
    for word in words:
        assert word in seen[1], seen
    for raw in RAW:
        assert raw not in " ".join(seen), seen
    assert no_main_window()


@pytest.mark.parametrize("make", [files.truncated, files.corrupt])
def test_damaged_file_gets_a_message_instead_of_the_window(
    qtbot, tmp_path: Path, make, capfd
) -> None:
    path = make(tmp_path / "sample.sqlite")
    before = path.read_bytes()
    code, seen = start_app(qtbot, path, capfd=capfd)
    assert_refused(code, seen, str(path), "is damaged (truncated or corrupt)")
    assert path.read_bytes() == before
    assert files.files_beside(path) == set()


def test_newer_schema_is_refused_in_french_without_a_backup(qtbot, tmp_path: Path) -> None:
    path = files.newer(tmp_path / "programme.sqlite")
    before = path.read_bytes()
    code, seen = start_app(qtbot, path, lang="fr")
    assert code == 2
    assert seen[0] == "BM Desktop ne peut pas ouvrir sa base de données."
    assert "a été écrite par une version plus récente de BM Desktop" in seen[1]
    assert files.FUTURE_REVISION in seen[1]
    assert path.read_bytes() == before
    assert files.files_beside(path) == set()


def test_locked_file_says_so(qtbot, tmp_path: Path, capfd) -> None:
    path = files.programme(tmp_path / "programme.sqlite")
    before = path.read_bytes()
    with files.locked(path):
        code, seen = start_app(qtbot, path, capfd=capfd)
    assert_refused(code, seen, "is locked by another program")
    assert path.read_bytes() == before


@contextlib.contextmanager
def full_disk():
    """No SQLite file may grow while the block runs."""

    def limit(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.execute("PRAGMA max_page_count = 1")

    event.listen(Engine, "connect", limit)
    try:
        yield
    finally:
        event.remove(Engine, "connect", limit)


def test_full_disk_during_the_upgrade_says_so_and_changes_nothing(
    qtbot, tmp_path: Path, capfd
) -> None:
    path = files.old_schema(tmp_path / "programme.sqlite")
    before = path.read_bytes()
    with full_disk():
        code, seen = start_app(qtbot, path, capfd=capfd)
    assert_refused(code, seen, "is full", "Free some space")
    assert path.read_bytes() == before


def programme_with_an_action(path: Path) -> Path:
    from bm_desktop.db.engine import open_database
    from bm_desktop.db.reference_data import seed_reference_data
    from bm_desktop.services import actions
    from bm_desktop.services.actions import ActionDraft
    from tests.services.loop_data import build_small_programme

    database = open_database(path)
    with database.sessions.begin() as s:
        seed_reference_data(s)
    prog = build_small_programme(database)
    actions.recommend(
        database,
        ActionDraft(
            kind="training",
            description="Train pit chiefs",
            recommended_on=dt.date(2021, 9, 1),
            due_on=dt.date(2099, 10, 31),
            stakeholder_id=prog.ngo,
            site_id=prog.kolwezi,
            risk_area_code="child_labour",
        ),
    )
    database.dispose()
    return path


def edit_the_action(win, description: str) -> list[str]:
    """Edit the first action's description in its dialog; returns the dialog's message
    and the text of any message box shown meanwhile."""
    acts = win.actions_dock
    acts.reload()
    acts.view.selectRow(0)
    seen: list[str] = []
    editing = [False]

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        elif editing[0]:
            QTimer.singleShot(20, close_box)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, fill)
            return
        dialog.description.setPlainText(description)
        editing[0] = True
        QTimer.singleShot(0, close_box)
        dialog.buttons.accepted.emit()
        editing[0] = False
        if dialog.message.text():
            seen.append(dialog.message.text())
        dialog.discard_without_asking()  # the person answers "Discard" to leave the edit

    QTimer.singleShot(0, fill)
    acts.edit_action.trigger()
    return seen


def test_a_lock_taken_while_the_window_runs_is_said_in_plain_words(qtbot, tmp_path: Path) -> None:
    from bm_desktop.ui.app import create_window

    path = programme_with_an_action(tmp_path / "programme.sqlite")
    _app, win = create_window(path, empty=True, lang="en")
    qtbot.addWidget(win)
    win.show()
    with files.write_locked(path):  # another program writes meanwhile
        seen = edit_the_action(win, "Train pit chiefs and cooperative leaders")
    assert len(seen) == 1, seen
    assert seen[0].startswith(f"The database {path} is locked by another program")
    assert not any(raw in seen[0] for raw in RAW)
    win.close()


def test_read_only_file_opens_read_only_and_refuses_an_edit(qtbot, tmp_path: Path) -> None:
    from bm_desktop.ui.app import create_window

    path = programme_with_an_action(tmp_path / "shared.sqlite")
    files.read_only(path)
    before = path.read_bytes()

    _app, win = create_window(path, empty=True, lang="en")
    qtbot.addWidget(win)
    win.show()
    assert win.windowTitle().endswith("Read-only: shared.sqlite cannot be changed")
    note = win.statusBar().findChild(QLabel, "read_only_note")
    assert note is not None and note.isVisible()

    seen = edit_the_action(win, "Train pit chiefs and cooperative leaders")
    assert seen == [
        f"The database {path} is open read-only: the change was not saved. To "
        "edit it, make the file writable or copy it to a folder where you may "
        "write."
    ]
    acts = win.actions_dock
    assert "Train pit chiefs and cooperative leaders" not in [
        acts.model.data(acts.model.index(0, c)) for c in range(acts.model.columnCount())
    ]
    win.close()
    win.ctx.db.dispose()
    assert path.read_bytes() == before


def record_an_incident(qtbot, win, description: str) -> dict:  # noqa: ANN001
    """Fill the incident form as a person does and press OK; returns what the form
    showed afterwards (open or not, its message, the typed description) and the text of
    any message box shown until the recording is over."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialogButtonBox

    seen: dict = {"boxes": []}
    recording = [True]

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["boxes"].append(box.text())
            box.close()
        if recording[0]:
            QTimer.singleShot(20, close_box)

    def fill() -> None:
        form = QApplication.activeModalWidget()
        if form is None:
            QTimer.singleShot(20, fill)
            return
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow)
        form.site.setCurrentIndex(1)  # the first site
        form.risk_area.setCurrentIndex(1)  # the first risk area
        form.description.setFocus()
        QTest.keyClicks(form.description, description)
        QTimer.singleShot(0, close_box)
        QTest.mouseClick(
            form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        seen.update(
            open=form.isVisible(),
            message=form.message.text(),
            description=form.description.toPlainText(),
        )
        if form.isVisible():
            form.discard_without_asking()  # the person answers "Discard" to leave

    QTimer.singleShot(0, fill)
    win.incident_register.new_incident()
    recording[0] = False
    return seen


def test_read_only_file_refuses_an_incident_inside_the_form(qtbot, tmp_path: Path) -> None:
    """Issue 18 §2: the form's OK is the recording, so the database's refusal is said in
    the form, which stays open with what was typed (it used to close, then a box said it)."""
    from bm_desktop.ui.app import create_window

    path = programme_with_an_action(tmp_path / "shared.sqlite")
    files.read_only(path)
    before = path.read_bytes()
    _app, win = create_window(path, empty=True, lang="en")
    qtbot.addWidget(win)
    win.show()
    seen = record_an_incident(qtbot, win, "Armed men at the pit")
    assert seen == {
        "open": True,
        "boxes": [],
        "description": "Armed men at the pit",
        "message": f"The database {path} is open read-only: the change was not "
        "saved. To edit it, make the file writable or copy it to a "
        "folder where you may write.",
    }
    assert win.undo_stack.count() == 0
    win.close()
    win.ctx.db.dispose()
    assert path.read_bytes() == before


def test_a_locked_file_refuses_an_incident_inside_the_form(qtbot, tmp_path: Path) -> None:
    from bm_desktop.ui.app import create_window

    path = programme_with_an_action(tmp_path / "programme.sqlite")
    _app, win = create_window(path, empty=True, lang="en")
    qtbot.addWidget(win)
    win.show()
    with files.write_locked(path):  # another program writes meanwhile
        seen = record_an_incident(qtbot, win, "Armed men at the pit")
    assert (seen["open"], seen["boxes"], seen["description"]) == (True, [], "Armed men at the pit")
    assert seen["message"].startswith(f"The database {path} is locked by another program")
    assert not any(raw in seen["message"] for raw in RAW)
    assert win.undo_stack.count() == 0
    win.close()


def test_a_lock_during_ctrl_z_is_said_in_plain_words_and_changes_nothing(
    qtbot, tmp_path: Path
) -> None:
    """Ctrl+Z while another program writes to the file: a message in plain words (no
    traceback escaping into Qt, no SQL), the incident is still there, and the step
    leaves the undo stack instead of pretending it was undone."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from bm_desktop.ui.app import create_window

    path = programme_with_an_action(tmp_path / "programme.sqlite")
    _app, win = create_window(path, empty=True, lang="en")
    qtbot.addWidget(win)
    win.show()
    seen = record_an_incident(qtbot, win, "Armed men at the pit")
    assert not seen["open"] and win.undo_stack.count() == 1
    boxes: list[str] = []
    waiting = [True]

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append(box.text())
            box.close()
        if waiting[0]:
            QTimer.singleShot(20, close_box)

    QTimer.singleShot(0, close_box)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    assert win.undo_stack.canUndo()
    with files.write_locked(path):
        target = QApplication.focusWidget() or win
        QTest.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    waiting[0] = False
    assert len(boxes) == 1 and boxes[0].startswith(f"The database {path} is locked")
    assert not any(raw in boxes[0] for raw in RAW)
    from sqlalchemy import func, select

    from bm_desktop.db.models import Incident

    with win.ctx.db.sessions() as s:  # still recorded, not withdrawn
        kept = select(func.count()).where(
            Incident.description == "Armed men at the pit", Incident.deleted.is_(False)
        )
        assert s.scalar(kept) == 1
    assert not win.undo_stack.canUndo()
    win.close()
