"""The window's size and dock layout for the screen it is on.

The first start fits the screen's available area (no status bar below the screen's
edge); on a laptop screen (under 1600x900) the default layout gives the map the room:
the bottom docks share one tabbed area, the side docks are narrower and the map legend
is collapsed to its tab. View > Reset layout puts that default back for the current
screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QToolBar

DEFAULT_SIZE = QSize(1600, 1000)
COMPACT_BELOW = QSize(1600, 900)  # a screen smaller than this is a laptop screen
FRAME_ALLOWANCE = QSize(16, 40)  # window borders and title bar, before the system draws them
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
TABLES_SHARE = 0.42  # of the height the map and the tables share, on a laptop
CHROME_HEIGHT = 90  # menu bar, toolbar and status bar, before the window is shown


def screen_of(window: QMainWindow) -> QScreen:
    return window.screen() or QApplication.primaryScreen()


def is_compact(screen: QScreen) -> bool:
    area = screen.availableGeometry()
    return area.width() < COMPACT_BELOW.width() or area.height() < COMPACT_BELOW.height()


def _frame(window: QMainWindow) -> QSize:
    """The decorations around the window: measured once shown, else an allowance (the
    offscreen platform draws none)."""
    if window.isVisible():
        return window.frameGeometry().size() - window.geometry().size()
    if QApplication.platformName() in ("offscreen", "minimal"):
        return QSize(0, 0)
    return FRAME_ALLOWANCE


def fit_to_screen(window: QMainWindow, size: QSize | None = None) -> None:
    """Give the window ``size`` (the default size), or less so that it and its frame fit
    the screen's available area; centred on it."""
    area = screen_of(window).availableGeometry()
    frame = _frame(window)
    size = size or DEFAULT_SIZE
    outer = QSize(
        min(size.width() + frame.width(), area.width()),
        min(size.height() + frame.height(), area.height()),
    )
    window.resize(outer - frame)
    window.move(
        area.left() + (area.width() - outer.width()) // 2,
        area.top() + (area.height() - outer.height()) // 2,
    )


def fits_screen(window: QMainWindow) -> bool:
    return screen_of(window).availableGeometry().contains(window.frameGeometry())


def _docks_in(window: Any, area: Qt.DockWidgetArea) -> list[QDockWidget]:
    return [
        d for d in window.docks.values() if window.dockWidgetArea(d) == area and not d.isFloating()
    ]


def arrange_docks(window: Any) -> None:
    """Which dock goes with which: filters and layers on the left, site details with
    alerts and risks on the right, the tables tabbed below the map; the legend collapsed
    on a laptop screen. Done before the first show, so the window's minimum size is that
    of the tabbed layout (docks stacked one above the other would not fit 768 px)."""
    compact = is_compact(screen_of(window))
    docks = window.docks
    for dock in docks.values():
        dock.show()
    if "risksDock" in docks and "siteDetailsDock" in docks:
        window.tabifyDockWidget(docks["siteDetailsDock"], docks["risksDock"])
    bottom = _docks_in(window, BOTTOM)
    for dock in bottom[1:]:
        if dock not in window.tabifiedDockWidgets(bottom[0]):
            window.tabifyDockWidget(bottom[0], dock)
    for key in ("siteDetailsDock", "filtersDock", "sitesDock"):
        if key in docks:
            docks[key].raise_()
    toolbar = window.findChild(QToolBar, "mapToolbar")
    if toolbar is not None:  # text beside the icons does not fit a laptop's width
        toolbar.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if compact
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
    canvas = getattr(window, "map_canvas", None)
    if canvas is not None:
        canvas.legend_frame.collapsed = compact
        window.map_workspace.save_layer_settings()


def size_docks(window: Any) -> None:
    """The docks' default widths and height (once the window has its size). On a laptop
    screen the side docks are narrower and the tables get about two fifths of the height
    they share with the map: several rows of the CAP grid and of the register show, and
    the map is still the largest view."""
    compact = is_compact(screen_of(window))
    docks = window.docks
    sides = [docks[k] for k in ("filtersDock", "siteDetailsDock") if k in docks]
    window.resizeDocks(sides, [230, 250] if compact else [270, 300], Qt.Orientation.Horizontal)
    bottom = _docks_in(window, BOTTOM)
    if not bottom:
        return
    height = 190
    if compact:
        central = window.centralWidget()
        shared = (
            central.height() + bottom[0].height()
            if window.isVisible()
            else window.height() - CHROME_HEIGHT
        )
        height = int(shared * TABLES_SHARE)
    window.resizeDocks(bottom[:1], [max(height, 170)], Qt.Orientation.Vertical)
