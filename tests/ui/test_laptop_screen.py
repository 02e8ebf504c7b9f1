"""The window on a 1366x768 laptop screen, as a coordinator first opens it: it fits the
screen (status bar included), the map has the most room, the tables below share one
tabbed area, the legend is collapsed and comes back with a click; View > Reset layout
puts the default back after the user has rearranged things."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar, QTableView

from bm_desktop.ui.app import create_window
from bm_desktop.ui.settings import Settings

BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


def _screen(name: str):
    screen = next((s for s in QApplication.screens() if s.name() == name), None)
    if screen is None:
        pytest.skip(f"no {name!r} screen (tests/screens.json is read by the offscreen platform)")
    return screen


def _open(qtbot, db: Path, screen_name: str):
    """Open the window on the named screen, as the system would at start-up."""
    _app, window = create_window(db, lang="en")
    qtbot.addWidget(window)
    screen = _screen(screen_name)
    window.setScreen(screen)
    window.move(screen.availableGeometry().topLeft())
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    return window, screen


@pytest.fixture
def db(sample_db_file: Path, tmp_path: Path) -> Path:
    shutil.copy(sample_db_file, tmp_path / "w.sqlite")
    return tmp_path / "w.sqlite"


def _global(widget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _click_tab(window, text: str) -> None:
    """Click the dock tab that reads ``text``."""
    for bar in window.findChildren(QTabBar):
        for i in range(bar.count()):
            if bar.isVisible() and bar.tabText(i) == text:
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
                return
    raise AssertionError(f"no tab {text!r}")


def _rows_in_full(dock) -> int:
    """Rows of the dock's main table that the person sees entirely."""
    view = max(
        (v for v in dock.findChildren(QTableView) if v.isVisible()),
        key=lambda v: v.model().rowCount(),
    )
    rect, model = view.viewport().rect(), view.model()
    return sum(
        1
        for r in range(min(model.rowCount(), 60))
        if rect.contains(view.visualRect(model.index(r, 0)))
    )


def _shown_docks(window) -> list[QDockWidget]:
    """The docks a person sees (a dock behind another tab has no visible region)."""
    return [d for d in window.docks.values() if d.isVisible() and not d.visibleRegion().isEmpty()]


def test_first_start_on_a_laptop_fits_and_gives_the_map_the_room(qtbot, db) -> None:
    window, screen = _open(qtbot, db, "laptop")
    area = screen.availableGeometry()
    assert area.contains(window.frameGeometry())
    bar = window.statusBar()
    assert bar.isVisible() and area.contains(_global(bar))
    assert area.contains(_global(window.cursor_label))
    view = window.map_canvas.view
    map_area = view.width() * view.height()
    for dock in _shown_docks(window):
        assert dock.width() * dock.height() < map_area, dock.objectName()
    # The whole programme is on the map, from Ituri in the north to Lualaba in the south.
    qtbot.waitUntil(lambda: window.map_workspace.data is not None, timeout=20000)
    sites = window.map_workspace.data.sites
    qtbot.waitUntil(
        lambda: all(
            window.map_canvas.view_rect().contains(QPointF(x, y))
            for x, y in zip(sites.x, sites.y, strict=True)
        )
    )
    # The tables below the map share one tabbed area: one of them shows at a time.
    bottom = [d for d in window.docks.values() if window.dockWidgetArea(d) == BOTTOM]
    assert len(bottom) >= 4
    assert set(window.tabifiedDockWidgets(bottom[0])) == set(bottom[1:])
    assert [d for d in bottom if d in _shown_docks(window)] == [window.docks["sitesDock"]]
    # ... and each shows several rows: the person clicks the tabs one after the other.
    for tab, dock in (
        ("CAP meetings", window.meetings_dock),
        ("Incident register", window.incident_register),
        ("Sites", window.sites_dock),
    ):
        _click_tab(window, tab)
        qtbot.waitUntil(lambda d=dock: d in _shown_docks(window))
        assert _rows_in_full(dock) >= 3, tab
    # The legend is collapsed to its tab; a click brings it back, and it is remembered.
    frame = window.map_canvas.legend_frame
    assert frame.collapsed and frame.tab.isVisible() and not frame.scroll.isVisible()
    width = view.width()
    QTest.mouseClick(frame.tab, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: frame.scroll.isVisible())
    qtbot.waitUntil(lambda: view.width() < width)
    assert Settings().get("map/legend_collapsed") is False


def test_first_start_on_a_desktop_screen_keeps_the_full_layout(qtbot, db) -> None:
    window, screen = _open(qtbot, db, "desktop")
    assert window.size().width() == 1600 and window.size().height() == 1000
    assert screen.availableGeometry().contains(window.frameGeometry())
    frame = window.map_canvas.legend_frame
    assert not frame.collapsed and frame.scroll.isVisible()


def test_the_legend_collapses_and_moves_by_click_and_is_remembered(qtbot, db) -> None:
    window, _screen_ = _open(qtbot, db, "desktop")
    canvas = window.map_canvas
    frame, view = canvas.legend_frame, canvas.view
    assert frame.x() > view.x()  # on the right of the map
    width = view.width()
    QTest.mouseClick(frame.collapse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.width() > width)
    assert frame.collapsed and frame.tab.isVisible()
    QTest.mouseClick(frame.tab, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: frame.scroll.isVisible())
    QTest.mouseClick(frame.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: frame.x() < view.x())  # now on the left of the map
    QTest.mouseClick(frame.collapse_button, Qt.MouseButton.LeftButton)
    window.close()
    again, _ = _open(qtbot, db, "desktop")
    frame = again.map_canvas.legend_frame
    assert frame.collapsed and frame.side == "left"
    assert frame.x() < again.map_canvas.view.x()


def test_reset_layout_restores_the_default_for_this_screen(qtbot, db) -> None:
    window, screen = _open(qtbot, db, "laptop")
    register = window.docks["incidentRegisterDock"]
    window.docks["sitesDock"].close()
    register.setFloating(True)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.docks["actionsDock"])
    QTest.mouseClick(window.map_canvas.legend_frame.tab, Qt.MouseButton.LeftButton)
    window.resize(1500, 1000)
    reset = next(a for a in window.view_menu.actions() if a.text() == "&Reset layout")
    reset.trigger()
    qtbot.wait(50)
    area = screen.availableGeometry()
    assert area.contains(window.frameGeometry())
    bottom = [d for d in window.docks.values() if window.dockWidgetArea(d) == BOTTOM]
    assert {d.objectName() for d in bottom} >= {
        "sitesDock",
        "incidentRegisterDock",
        "actionsDock",
        "meetingsDock",
    }
    assert not register.isFloating()
    assert window.docks["sitesDock"] in _shown_docks(window)
    assert window.map_canvas.legend_frame.collapsed


def test_a_layout_saved_on_a_big_monitor_fits_the_laptop(qtbot, db) -> None:
    window, _ = _open(qtbot, db, "desktop")
    assert window.width() == 1600
    window.close()  # the layout is saved, 1600x1000
    again, screen = _open(qtbot, db, "laptop")
    assert screen.availableGeometry().contains(again.frameGeometry())
    assert again.statusBar().isVisible()
    assert screen.availableGeometry().contains(_global(again.statusBar()))
