"""The first connection of a laptop that already holds data: the default keeps the work
done here; replacing it with the server's data deletes it, so it asks a second time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bm_desktop.ui.app import create_window
from tests.sync.world import password_of
from tests.ui.test_main_window import _add_site
from tests.ui.test_sync_ui import world  # noqa: F401  (the in-process server fixture)

pytestmark = [
    pytest.mark.filterwarnings("ignore:You should not use the 'timeout'"),
    pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`"),
]


@pytest.fixture
def laptop(qtbot, world, tmp_path: Path):  # noqa: F811
    """A laptop where a site was recorded before connecting for the first time."""
    _add_site(tmp_path / "laptop.sqlite")
    _app, window = create_window(tmp_path / "laptop.sqlite", empty=True, lang="en")
    qtbot.addWidget(window)
    window.sync.controller._http = world.http
    window.show()
    return window


def _sign_in(qtbot, window):
    dialog = window.sync.open_connect()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    QTest.keyClicks(dialog.server, "http://127.0.0.1")  # loopback: no consent needed
    QTest.keyClicks(dialog.user, "admin")
    QTest.keyClicks(dialog.password, password_of("admin"))
    return dialog


def test_first_connection_defaults_to_keeping_this_laptops_work(qtbot, laptop) -> None:
    dialog = _sign_in(qtbot, laptop)
    assert dialog.choice.isVisible() and dialog.choice.title().startswith(
        "This laptop already holds"
    )
    assert dialog.keep.isChecked() and not dialog.replace.isChecked()
    assert dialog.first_connection_mode() == "keep"
    # Enter on the dialog connects with the default: no question, the work is kept.
    assert dialog.connect_button.isDefault() or dialog.connect_button.autoDefault()
    dialog.password.setFocus()
    with qtbot.waitSignal(laptop.sync.controller.synced, timeout=120_000):
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.confirmation is None
    qtbot.waitUntil(lambda: laptop.sites_dock.model.rowCount() == 2)  # this one and IT-01


def test_replacing_this_computers_data_asks_a_second_time(qtbot, laptop) -> None:
    dialog = _sign_in(qtbot, laptop)
    QTest.mouseClick(dialog.replace, Qt.MouseButton.LeftButton)
    assert dialog.replace.isChecked()
    QTest.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    question = dialog.confirmation
    assert question is not None and question.isVisible()
    assert "will be deleted" in question.text()
    assert question.defaultButton().text() == "Cancel"
    QTest.keyClick(question, Qt.Key.Key_Escape)  # second thoughts: nothing happens
    assert not question.isVisible()
    assert laptop.sync.controller.job is None
    assert dialog.message.text() == "Nothing was changed."
    assert laptop.sites_dock.model.rowCount() == 1
    assert laptop.sites_dock.model.data(laptop.sites_dock.model.index(0, 0)) == "LUA-001"

    QTest.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    question = dialog.confirmation
    assert question.isVisible()
    replace = next(b for b in question.buttons() if b.text() == "Delete and replace")
    with qtbot.waitSignal(laptop.sync.controller.synced, timeout=120_000):
        QTest.mouseClick(replace, Qt.MouseButton.LeftButton)
    model = laptop.sites_dock.model
    qtbot.waitUntil(
        lambda: model.rowCount() == 1 and model.data(model.index(0, 0)) == "IT-01", timeout=30_000
    )
