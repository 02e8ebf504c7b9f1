"""The interactive start (``defer_loading``): until the map is first drawn, light stand-ins
hold the table docks' places; then the real docks take exactly those places, with the
layout the user left."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from bm_desktop.ui.app import create_window
from bm_desktop.ui.dock_plan import PLAN
from tests.ui.map.conftest import close_window

BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
DEFERRED = [spec.key for specs in PLAN.values() for spec in specs]


def _layout(window) -> dict[str, tuple]:  # noqa: ANN001
    """What a person sees of each dock: side, shown, its tab companions (and for the table
    docks, the title; the map's docks add figures to theirs once the map is loaded)."""
    return {
        key: (
            dock.windowTitle() if key in DEFERRED else "",
            window.dockWidgetArea(dock),
            dock.isVisible(),
            sorted(d.objectName() for d in window.tabifiedDockWidgets(dock)),
        )
        for key, dock in window.docks.items()
    }


def _view_menu(window) -> list[str]:  # noqa: ANN001
    """The View menu's entries (without the figures the map's docks add to their titles)."""
    return [re.sub(r" \(\d+\)$", "", a.text()) for a in window.view_menu.actions() if a.text()]


def _open_deferred(qtbot, path: Path):  # noqa: ANN001, ANN202
    _app, window = create_window(path, empty=True, lang="en", defer_loading=True)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_table_docks_stand_in_until_the_map_is_drawn_then_take_their_place(
    qtbot, programme_db
) -> None:  # noqa: ANN001
    path, _prog = programme_db
    window = _open_deferred(qtbot, path)
    assert not window.deferred_loads_started  # the map is not drawn yet
    stand_ins = {key: window.docks[key] for key in DEFERRED}
    assert all(d.property("placeholder") for d in stand_ins.values())
    assert not hasattr(window, "sites_dock")
    assert window.docks["sitesDock"].windowTitle() == "Sites"
    assert window.dockWidgetArea(window.docks["meetingsDock"]) == BOTTOM
    before, menu = _layout(window), _view_menu(window)
    qtbot.waitUntil(lambda: window.deferred_loads_started, timeout=30000)
    qtbot.wait(50)
    for key in DEFERRED:
        dock = window.docks[key]
        assert not dock.property("placeholder"), key
        assert window.findChildren(QDockWidget, key) == [dock]  # the stand-in is gone
    assert type(window.sites_dock).__name__ == "SitesDock"
    assert window.docks["meetingsDock"] is window.meetings_dock
    assert _layout(window) == before  # same titles, sides, tabs and visibility
    assert _view_menu(window) == menu  # each dock listed once, where its stand-in was
    assert window.sites_dock.model.rowCount() > 0  # and filled right after the first paint
    close_window(window)


def test_a_saved_layout_restores_onto_the_stand_ins_and_then_the_real_docks(
    qtbot, programme_db
) -> None:  # noqa: ANN001
    path, _prog = programme_db
    window = _open_deferred(qtbot, path)
    qtbot.waitUntil(lambda: window.deferred_loads_started, timeout=30000)
    window.addDockWidget(RIGHT, window.sites_dock)  # the user moved Sites to the right
    window.meetings_dock.close()  # and closed CAP meetings
    close_window(window)  # the layout is saved on closing

    window = _open_deferred(qtbot, path)
    assert window.docks["sitesDock"].property("placeholder")
    assert window.dockWidgetArea(window.docks["sitesDock"]) == RIGHT
    assert not window.docks["meetingsDock"].isVisible()
    qtbot.waitUntil(lambda: window.deferred_loads_started, timeout=30000)
    qtbot.wait(50)
    assert window.dockWidgetArea(window.sites_dock) == RIGHT
    assert window.sites_dock.isVisible()
    assert not window.meetings_dock.isVisible()
    assert window.incident_register.isVisible()
    close_window(window)
