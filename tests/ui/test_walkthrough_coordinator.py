"""Walkthrough of a regional coordinator running a CAP meeting (issue 11, §1 and §9).

In the real main window on the sample programme: open the agenda of a site from the
CAP meetings grid by double-clicking its cell, go on to meeting mode, type the
minutes, press Escape by mistake (the question keeps the text), record who came,
save; the grid's "last held" and gaps change at once; Edit > Undo takes the whole
meeting back and the grid follows; Redo brings it back.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from bm_desktop.ui.app import create_window
from tests.ui.answers import press_escape, when_shown


@pytest.fixture
def window(qtbot, sample_db_file: Path, tmp_path: Path):
    path = tmp_path / "walk.sqlite"
    shutil.copy(sample_db_file, path)
    _app, win = create_window(path, lang="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _site_row(model, code: str) -> int:
    return next(
        r
        for r in range(model.rowCount())
        if model.site_at(r) is not None and model.site_at(r).code == code
    )


def _grid_line(dock, code: str) -> tuple[str, str]:
    """What the grid shows for the site: last held, gaps."""
    model = dock.model
    row = _site_row(model, code)
    last = len(model.months) + 1
    return model.data(model.index(row, last)), model.data(model.index(row, last + 1))


def _meeting_status(window, code: str, month: str) -> list[tuple]:
    con = sqlite3.connect(str(window.ctx.db.path))
    try:
        return con.execute(
            "SELECT m.status, m.held_on FROM cap_meetings m JOIN sites s ON "
            "s.id = m.site_id WHERE s.code = ? AND m.month = ? AND NOT m.deleted",
            (code, month),
        ).fetchall()
    finally:
        con.close()


def test_coordinator_runs_a_meeting_without_losing_a_word_and_can_undo_it(qtbot, window) -> None:
    dock = window.meetings_dock
    dock.show()
    dock.raise_()
    dock.region.setCurrentIndex(dock.region.findData("Lualaba"))
    model, this_month = dock.model, dock.model.overview.this_month
    column = model.months.index(this_month) + 1
    site = next(
        s
        for s in model.overview.sites
        if s.active and (s.cells.get(this_month) is None or s.cells[this_month].status == "planned")
    )
    before = _grid_line(dock, site.code)
    assert (
        "no meeting this month" in before[1] or "last held" in before[1] or "never met" in before[1]
    )
    index = model.index(_site_row(model, site.code), column)
    dock.view.scrollTo(index)
    cell = dock.view.visualRect(index).center()
    QTest.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseDClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    builder = dock.agenda_dialog
    qtbot.waitExposed(builder)
    planned = builder.papers.draft.meeting_on
    seen: dict = {}

    def run_the_meeting(meeting) -> None:
        seen["date"] = meeting.held_on.date().toString("yyyy-MM-dd")
        bar = meeting.tabs.tabBar()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
        QTest.keyClicks(meeting.item_minutes, "The pit managers report no incident")
        question = when_shown(lambda: meeting.discard_question, press_escape)
        QTest.keyClick(meeting.item_minutes, Qt.Key.Key_Escape)  # by mistake
        seen["asked"] = question.get("text")
        seen["still open"] = meeting.isVisible()
        seen["minutes"] = meeting.item_minutes.toPlainText()
        spin = meeting.attendance.cellWidget(0, 2)
        QTest.keySequence(spin, QKeySequence.StandardKey.SelectAll)
        QTest.keyClicks(spin, "5")
        QTest.mouseClick(
            meeting.buttons.button(meeting.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        seen["message"] = meeting.message.text()

    shown = when_shown(lambda: getattr(builder, "meeting_dialog", None), run_the_meeting)
    QTest.mouseClick(builder.meeting_button, Qt.MouseButton.LeftButton)
    assert shown.get("done"), shown.get("error")
    assert seen["date"] == planned.isoformat()  # meeting mode opens on the planned date
    assert seen["asked"] == "You have typed work in this window that is not saved."
    assert seen["still open"] and seen["minutes"] == "The pit managers report no incident"
    assert not builder.meeting_dialog.isVisible(), seen["message"]
    assert builder.message.text() == "Meeting saved."
    # the grid shows it at once: held on the day, no gap left for the site
    assert _meeting_status(window, site.code, this_month) == [("held", planned.isoformat())]
    assert _grid_line(dock, site.code) == (f"{planned:%d/%m/%Y}", "")
    # Edit > Undo takes the whole meeting back, and the grid follows; Redo brings it back
    assert window.undo_stack.undoText() == f"save the meeting of {site.name}, {this_month}"
    window.undo_action.trigger()
    assert _grid_line(dock, site.code) == before
    assert all(status != "held" for status, _ in _meeting_status(window, site.code, this_month))
    assert builder.papers.status != "held"  # the open agenda follows the undo too
    assert builder.papers.draft.entries[0].minutes == ""
    window.redo_action.trigger()
    assert _grid_line(dock, site.code) == (f"{planned:%d/%m/%Y}", "")
    assert _meeting_status(window, site.code, this_month) == [("held", planned.isoformat())]
