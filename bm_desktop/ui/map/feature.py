"""The map feature: the canvas in the centre of the main window, its docks (Filters,
Layers, Site details, Alerts), the Map toolbar and menus, and the status bar read-outs.

``BM_DESKTOP_EXIT_AFTER_FIRST_PAINT=1`` makes the application print one line and quit
right after the map's first complete paint (basemap, sites and density drawn): the
start-up benchmark launches whole ``bm-desktop`` processes and times that line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QToolBar

from bm_desktop.ui.alerts_dock import AlertsDock
from bm_desktop.ui.filters_dock import FiltersDock
from bm_desktop.ui.layers_dock import LayersDock
from bm_desktop.ui.locale_text import place_text
from bm_desktop.ui.map.boundary_files import BoundaryFiles
from bm_desktop.ui.map.canvas import MapCanvas
from bm_desktop.ui.map.presets import ALL
from bm_desktop.ui.map.reference_layers import ReferenceLayers
from bm_desktop.ui.map.sites import COLOUR_BY_RATE, COLOUR_BY_STATUS
from bm_desktop.ui.map.workspace import MapWorkspace
from bm_desktop.ui.site_details_dock import SiteDetailsDock
from bm_desktop.ui.site_search import SiteSearch
from bm_desktop.ui.status_bar import fix_width_for
from bm_desktop.ui.theme import icon

EXIT_AFTER_FIRST_PAINT = "BM_DESKTOP_EXIT_AFTER_FIRST_PAINT"
FIRST_PAINT_LINE = "bm-desktop: first complete paint of the map"
EXIT_WHEN_LOADED = "BM_DESKTOP_EXIT_WHEN_LOADED"  # see ui/app.py (memory measurement)
translate = QCoreApplication.translate
REGIONS = ("Eastern DRC", "Lualaba", "Haut-Katanga", "Rwanda")


def _action(
    window: Any,
    text: str,
    slot,
    icon_name: str | None = None,  # noqa: ANN001
    shortcut: str | QKeySequence | None = None,
    checkable: bool = False,
) -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    return action


def _status_bar(window: Any, canvas: MapCanvas) -> tuple[QLabel, QLabel]:
    cursor = QLabel(translate("MapWorkspace", "Lon –, Lat –"))
    cursor.setObjectName("cursorPosition")
    fix_width_for(
        cursor,
        [translate("MapWorkspace", "Lon {lon}, Lat {lat}").format(lon="-179.9999", lat="-89.9999")],
    )
    scale = QLabel()
    scale.setObjectName("mapScale")
    fix_width_for(
        scale, [translate("MapWorkspace", "Scale 1:{n}").format(n=QLocale().toString(88_888_000))]
    )
    bar = window.statusBar()
    bar.insertPermanentWidget(0, cursor)
    bar.insertPermanentWidget(1, scale)
    canvas.cursor_moved.connect(
        lambda lon, lat: cursor.setText(
            translate("MapWorkspace", "Lon {lon}, Lat {lat}").format(
                lon=f"{lon:.4f}", lat=f"{lat:.4f}"
            )
        )
    )
    canvas.scale_changed.connect(
        lambda n: scale.setText(
            translate("MapWorkspace", "Scale 1:{n}").format(
                n=QLocale().toString(int(round(n, -3 if n > 1e5 else -2)))
            )
        )
    )
    return cursor, scale


def _menus_and_toolbar(
    window: Any, ws: MapWorkspace, boundaries: BoundaryFiles, layers: LayersDock
) -> tuple[QAction, dict[str, QAction], SiteSearch]:
    """The Map toolbar and the map's File and View menu entries: the load-boundaries
    action, the toolbar's actions by name, the site search."""
    canvas = ws.canvas
    load = _action(
        window,
        translate("MapWorkspace", "Load official boundaries…"),
        boundaries.ask_and_load,
        "fa5s.draw-polygon",
    )
    first = window.file_menu.actions()[0] if window.file_menu.actions() else None
    window.file_menu.insertAction(first, load)
    bar = QToolBar(translate("MapWorkspace", "Map"))
    bar.setObjectName("mapToolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    zoom_in = _action(
        window,
        translate("MapWorkspace", "Zoom in"),
        lambda: canvas.zoom_by(1.5),
        "fa5s.search-plus",
        QKeySequence.StandardKey.ZoomIn,
    )
    zoom_out = _action(
        window,
        translate("MapWorkspace", "Zoom out"),
        lambda: canvas.zoom_by(1 / 1.5),
        "fa5s.search-minus",
        QKeySequence.StandardKey.ZoomOut,
    )
    all_ = _action(
        window,
        translate("MapWorkspace", "Whole programme"),
        lambda: ws.zoom_to(ALL),
        "fa5s.globe-africa",
        "Ctrl+0",
    )
    selection = _action(
        window,
        translate("MapWorkspace", "Zoom to selection"),
        ws.zoom_to_selection,
        "fa5s.crosshairs",
        "Ctrl+Shift+S",
    )
    box = _action(
        window,
        translate("MapWorkspace", "Select in a box"),
        canvas.set_box_mode,
        "fa5s.vector-square",
        "Ctrl+B",
        checkable=True,
    )
    box.setToolTip(
        translate(
            "MapWorkspace", "Drag a box to select the sites in it (or hold Shift while dragging)"
        )
    )
    canvas.box_mode_changed.connect(box.setChecked)
    legend = _action(
        window,
        translate("MapWorkspace", "Legend"),
        lambda on: _legend(ws, on),
        "fa5s.list",
        "Ctrl+L",
        checkable=True,
    )
    legend.setChecked(canvas.legend_visible)
    search = _site_search(window, ws, bar)
    for a in (zoom_in, zoom_out, all_):
        bar.addAction(a)
    regions = []
    for i, region in enumerate(REGIONS, start=1):
        a = _action(
            window, place_text(region), lambda _=False, r=region: ws.zoom_to(r), None, f"Ctrl+{i}"
        )
        a.setToolTip(
            translate("MapWorkspace", "Zoom to {region}").format(region=place_text(region))
        )
        regions.append(a)
        bar.addAction(a)
    bar.addSeparator()
    for a in (selection, box, legend):
        bar.addAction(a)
    bar.addSeparator()
    colour_group = QActionGroup(window)
    by_status = _action(
        window,
        translate("MapWorkspace", "Colour: status"),
        lambda: layers.set_colour_by(COLOUR_BY_STATUS),
        checkable=True,
    )
    by_rate = _action(
        window,
        translate("MapWorkspace", "Colour: implementation rate"),
        lambda: layers.set_colour_by(COLOUR_BY_RATE),
        checkable=True,
    )
    for a in (by_status, by_rate):
        colour_group.addAction(a)
        bar.addAction(a)
    (by_rate if ws.sites.colour_by == COLOUR_BY_RATE else by_status).setChecked(True)
    ws.sites.changed.connect(
        lambda: (by_rate if ws.sites.colour_by == COLOUR_BY_RATE else by_status).setChecked(True)
    )
    view = window.view_menu
    view.addSeparator()
    zoom_menu = view.addMenu(translate("MapWorkspace", "Zoom to"))
    zoom_menu.addAction(all_)
    for a in regions:
        zoom_menu.addAction(a)
    for a in (selection, zoom_in, zoom_out, box, legend):
        view.addAction(a)
    view.addAction(bar.toggleViewAction())
    return (
        load,
        {
            "zoom_in": zoom_in,
            "zoom_out": zoom_out,
            "all": all_,
            "selection": selection,
            "box": box,
            "legend": legend,
            "by_status": by_status,
            "by_rate": by_rate,
            **{r: a for r, a in zip(REGIONS, regions, strict=True)},
        },
        search,
    )


def _site_search(window: Any, ws: MapWorkspace, bar: QToolBar) -> SiteSearch:
    """The site search first in the Map toolbar (so it stays visible on a laptop
    screen), Ctrl+F to reach it; a found site is shown in Site details."""

    def found(_site_id: object) -> None:
        dock = window.docks.get("siteDetailsDock")
        if dock is not None:
            dock.show()
            dock.raise_()

    search = SiteSearch(ws, found)
    search.setMaximumWidth(260)
    bar.addWidget(search)
    bar.addSeparator()
    find = _action(
        window,
        translate("MapWorkspace", "Find a site"),
        lambda: (search.setFocus(Qt.FocusReason.ShortcutFocusReason), search.selectAll()),
        "fa5s.search",
        QKeySequence.StandardKey.Find,
    )
    window.addAction(find)
    window.view_menu.addAction(find)
    return search


def _legend(ws: MapWorkspace, on: bool) -> None:
    ws.canvas.legend_visible = on
    ws.save_layer_settings()
    ws.canvas.refresh_overlays()


@dataclass(frozen=True)
class MapParts:
    """What the map feature adds to the main window (kept as ``MainWindow.map``; the
    window's ``map_canvas``, ``filters_dock``... are these)."""

    canvas: MapCanvas
    workspace: MapWorkspace
    filters_dock: FiltersDock
    layers_dock: LayersDock
    site_details_dock: SiteDetailsDock
    alerts_dock: AlertsDock
    boundary_files: BoundaryFiles
    reference_layers: ReferenceLayers
    cursor_label: QLabel
    scale_label: QLabel
    load_boundaries_action: QAction
    actions: dict[str, QAction]  # the Map toolbar's, by name (zoom_in, box, a region...)
    site_search: SiteSearch


def install(window: Any) -> MapParts:
    ctx = window.ctx
    canvas = MapCanvas()
    canvas.setObjectName("mapCanvas")
    window.set_central(canvas)
    ws = MapWorkspace(ctx, canvas, window)
    filters = window.add_dock("filtersDock", FiltersDock(ctx), Qt.DockWidgetArea.LeftDockWidgetArea)
    layers = window.add_dock(
        "layersDock", LayersDock(ws), Qt.DockWidgetArea.LeftDockWidgetArea, tab_with="filtersDock"
    )
    details = window.add_dock(
        "siteDetailsDock",
        SiteDetailsDock(ctx, ws.mineral_names),
        Qt.DockWidgetArea.RightDockWidgetArea,
    )
    alerts = window.add_dock(
        "alertsDock",
        AlertsDock(ws),
        Qt.DockWidgetArea.RightDockWidgetArea,
        tab_with="siteDetailsDock",
    )
    boundaries = BoundaryFiles(window, ws)
    layers.load_boundaries_requested.connect(boundaries.ask_and_load)
    layers.remove_boundaries_requested.connect(boundaries.remove)
    boundaries.loaded.connect(lambda _key: layers.refresh())
    references = ReferenceLayers(window, ws)
    layers.add_reference_requested.connect(references.ask_and_add)
    layers.remove_reference_requested.connect(references.remove)
    references.changed.connect(layers.refresh)
    cursor, scale = _status_bar(window, canvas)
    load, actions, search = _menus_and_toolbar(window, ws, boundaries, layers)
    QTimer.singleShot(0, boundaries.restore)
    QTimer.singleShot(0, references.restore)
    canvas.first_complete_paint.connect(window.mark_ready)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1":
        canvas.first_complete_paint.connect(_report_first_paint_and_quit)
    elif os.environ.get(EXIT_WHEN_LOADED) == "1":
        canvas.first_complete_paint.connect(lambda: print(FIRST_PAINT_LINE, flush=True))
    return MapParts(
        canvas,
        ws,
        filters,
        layers,
        details,
        alerts,
        boundaries,
        references,
        cursor,
        scale,
        load,
        actions,
        search,
    )


def _report_first_paint_and_quit() -> None:
    """Start-up measurement: say when the map is drawn (the benchmark times this line
    from the moment it launched the process), then quit normally."""
    print(FIRST_PAINT_LINE, flush=True)
    QApplication.instance().exit(0)
