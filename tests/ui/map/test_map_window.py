"""The map in the main window: filters change what it shows, clicks select, keys navigate."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication

from bm_desktop.geo.projection import lonlat_to_mercator
from bm_desktop.ui.map.presets import preset_rect


def _site_index(window, code: str) -> int:  # noqa: ANN001
    return window.map_workspace.data.sites.codes.index(code)


def _site_point(window, code: str) -> QPoint:  # noqa: ANN001
    md = window.map_workspace.data
    i = md.sites.codes.index(code)
    return window.map_canvas.map_to_widget(md.sites.x[i], md.sites.y[i]).toPoint()


def test_filter_change_changes_site_sizes_and_density(qtbot, map_window) -> None:
    window, _prog = map_window
    ws = window.map_workspace
    luhihi = _site_index(window, "SK-001")
    ws.zoom_to("Eastern DRC")
    window.map_canvas.settle_now()
    qtbot.waitUntil(lambda: ws.density.generation == ws._density_gen, timeout=10000)
    sizes_before = ws.sites.diameter.copy()
    kara = _site_index(window, "LUA-001")
    image_before = ws.density.rgba.copy()
    assert ws.figures.incidents[luhihi] == 6
    # Filters dock: the first quarter of 2022 only
    dock = window.filters_dock
    dock.start.setDate(dt.date(2022, 1, 1))
    dock.apply()
    assert window.ctx.filters.state.start == dt.date(2022, 1, 1)
    qtbot.waitUntil(lambda: ws.density.generation == ws._density_gen, timeout=10000)
    assert ws.figures.incidents[luhihi] == 2
    # Karajipopo had 1 incident in the year (1/6 of the busiest site) and none in Q1 2022
    assert ws.sites.diameter[kara] < sizes_before[kara]
    assert ws.sites.diameter[kara] == min(ws.sites.diameter)
    assert not np.array_equal(image_before, ws.density.rgba)
    # the Sites table follows the same filters
    model = window.sites_dock.model
    counts = {
        model.data(model.index(r, 0)): model.data(model.index(r, 6))
        for r in range(model.rowCount())
    }
    assert counts["SK-001"] == 2


def test_click_on_a_site_selects_it_and_fills_site_details(qtbot, map_window) -> None:
    window, prog = map_window
    ws = window.map_workspace
    ws.zoom_to("Eastern DRC")
    window.map_canvas.settle_now()
    pos = _site_point(window, "SK-001")
    viewport = window.map_canvas.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    assert window.ctx.selection.ids == [prog.sites["SK-001"]]
    details = window.site_details_dock
    qtbot.waitUntil(lambda: details.details is not None, timeout=10000)
    text = " ".join(details.view.toPlainText().split())
    assert "Luhihi (SK-001)" in text
    assert "Soldiers taxing miners at the pit" in text
    assert "Implementation rate 33% (1/3)" in text
    assert "Next CAP meeting: 12/04/2022 (planned)" in text
    # the selected site gets a halo on the map
    assert ws.sites.selected == {_site_index(window, "SK-001")}
    # a click on empty map clears the selection
    r = window.map_canvas.view_rect()
    empty = window.map_canvas.map_to_widget(
        r.left() + 0.05 * r.width(), r.top() + 0.5 * r.height()
    ).toPoint()
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=empty)
    assert window.ctx.selection.ids == []


def _drag(qtbot, widget, start: QPoint, end: QPoint, modifiers) -> None:  # noqa: ANN001
    """A real drag: press, moves paced like a hand (pyqtgraph drops moves < 10 ms apart)."""

    def send(kind, pos: QPoint, buttons) -> None:  # noqa: ANN001
        ev = QMouseEvent(
            kind,
            QPointF(pos),
            QPointF(widget.mapToGlobal(pos)),
            Qt.MouseButton.LeftButton,
            buttons,
            modifiers,
        )
        QApplication.sendEvent(widget, ev)

    send(QMouseEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for k in range(1, 11):
        p = start + (end - start) * (k / 10)
        qtbot.wait(15)
        send(QMouseEvent.Type.MouseMove, p, Qt.MouseButton.LeftButton)
    qtbot.wait(15)
    send(QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_shift_drag_selects_the_sites_in_the_box(qtbot, map_window) -> None:
    window, prog = map_window
    window.map_workspace.zoom_to("Eastern DRC")
    window.map_canvas.settle_now()
    canvas = window.map_canvas
    top_left = canvas.map_to_widget(*lonlat_to_mercator(28.8, -1.45)).toPoint()
    bottom_right = canvas.map_to_widget(*lonlat_to_mercator(29.05, -2.42)).toPoint()
    _drag(qtbot, canvas.view.viewport(), top_left, bottom_right, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(window.ctx.selection.ids) == sorted([prog.sites["SK-001"], prog.sites["NK-002"]])
    # and the view did not move (Shift+drag selects, it does not pan)
    assert canvas.map_to_widget(*lonlat_to_mercator(28.8, -1.45)).toPoint() == top_left


def test_hover_tooltip_names_the_site_and_its_figures(qtbot, map_window) -> None:
    window, _prog = map_window
    ws = window.map_workspace
    qtbot.waitUntil(lambda: ws.figures.open.sum() > 0, timeout=10000)
    i = _site_index(window, "SK-001")
    md = ws.data
    text = window.map_canvas.tooltip_at(QPointF(md.sites.x[i], md.sites.y[i]))
    assert "<b>Luhihi</b> (SK-001)" in text
    assert "Minerals: Gold" in text
    assert "Incidents in the period: 6" in text
    assert "Open actions: 3, overdue: 2" in text


def test_keys_zoom_and_pan_and_presets_frame_the_regions(qtbot, map_window) -> None:
    window, _prog = map_window
    canvas = window.map_canvas
    ws = window.map_workspace
    ws.zoom_to("Rwanda")
    rect = canvas.view_rect()
    x, y = lonlat_to_mercator(30.05, -1.80)  # Rutongo
    assert rect.contains(QPointF(x, y))
    assert rect.width() < 400_000  # a region, not the programme
    width = rect.width()
    canvas.view.setFocus()
    qtbot.keyClick(canvas.view, Qt.Key.Key_Plus)
    assert canvas.view_rect().width() == pytest.approx(width / 1.5, rel=0.02)
    centre = canvas.view_rect().center()
    qtbot.keyClick(canvas.view, Qt.Key.Key_Right)
    assert canvas.view_rect().center().x() > centre.x()
    qtbot.keyClick(canvas.view, Qt.Key.Key_Minus)
    assert canvas.view_rect().width() == pytest.approx(width, rel=0.02)
    window.map_actions["Lualaba"].trigger()
    x, y = lonlat_to_mercator(25.47, -10.72)  # Karajipopo
    assert canvas.view_rect().contains(QPointF(x, y))
    assert preset_rect("Lualaba", ws.data.sites).contains(QPointF(x, y))
    # zoom to selection
    window.ctx.selection.select([ws.data.sites.ids[_site_index(window, "RW-001")]])
    window.map_actions["selection"].trigger()
    x, y = lonlat_to_mercator(30.05, -1.80)
    assert canvas.view_rect().contains(QPointF(x, y))
    assert canvas.view_rect().width() < 200_000


def test_scale_bar_and_status_bar_measure_ground_distance(qtbot, map_window) -> None:
    from bm_desktop.ui.map.overlays import scale_bar_length

    window, _prog = map_window
    canvas = window.map_canvas
    for preset in ("Rwanda", "Lualaba"):
        window.map_workspace.zoom_to(preset)
        lat = canvas.centre_latitude()
        ground = canvas.ground_metres_per_pixel()
        assert ground == pytest.approx(canvas.pixel_size() * np.cos(np.radians(lat)))
        metres, px = scale_bar_length(ground)
        assert metres in {m * 10**k for m in (1, 2, 5) for k in range(6)}
        assert px * ground == pytest.approx(metres)
        assert 40 <= px <= 120
    assert window.scale_label.text().startswith("Scale 1:")
    n = int(window.scale_label.text().split(":")[1].replace(",", ""))
    assert n == pytest.approx(canvas.scale_denominator(), rel=0.01)


def test_the_map_says_loading_until_its_layers_are_in(qtbot, programme_db) -> None:
    from bm_desktop.domain import colours
    from bm_desktop.ui.app import create_window
    from tests.ui.map.conftest import close_window

    _app, window = create_window(programme_db[0], empty=True, lang="en")
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    canvas = window.map_canvas
    painted: list[bool] = []
    canvas.first_complete_paint.connect(lambda: painted.append(True))
    assert canvas.holding  # nothing is loaded yet: no half-drawn map
    image = canvas.view.grab().toImage()
    seen = np.array(
        [
            image.pixelColor(x, y).getRgb()[:3]
            for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)
        ],
        dtype=float,
    )
    sea = np.array(QColor(colours.SEA).getRgb()[:3], dtype=float)
    ink = np.array(QColor(colours.BORDER).getRgb()[:3], dtype=float)
    # every pixel is the sea, the grey text or a blend of the two: no layer is drawn yet
    t = np.clip((seen - sea) @ (ink - sea) / ((ink - sea) @ (ink - sea)), 0, 1)
    off_line = np.linalg.norm(seen - (sea + t[:, None] * (ink - sea)), axis=1)
    assert (t == 0).mean() > 0.9 and off_line.max() < 12
    qtbot.waitUntil(lambda: not window.map_workspace._pending, timeout=20000)
    assert not canvas.holding
    qtbot.waitUntil(lambda: bool(painted), timeout=10000)  # then the complete map is drawn
    image = canvas.view.grab().toImage()
    assert (
        len(
            {
                image.pixelColor(x, y).name()
                for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)
            }
        )
        > 20
    )
    close_window(window)


def test_the_last_view_survives_a_settle_before_the_data_arrive(qtbot, programme_db) -> None:
    """The provisional whole-programme view may settle (or the basemap arrive) before the
    data; saving it then used to overwrite the view the user left."""
    import bm_desktop.ui.map.workspace  # noqa: F401  (declares the map settings)
    from bm_desktop.ui.app import create_window
    from bm_desktop.ui.settings import Settings
    from tests.ui.map.conftest import close_window, wait_for_map

    rwanda = preset_rect("Rwanda", None)
    Settings().set("map/view", [rwanda.left(), rwanda.top(), rwanda.right(), rwanda.bottom()])
    _app, window = create_window(programme_db[0], empty=True, lang="en")
    qtbot.addWidget(window)
    window.show()
    window.map_canvas.settle_now()  # before any worker has reported
    wait_for_map(qtbot, window)
    centre = window.map_canvas.view_rect().center()
    assert abs(centre.x() - rwanda.center().x()) < 1000
    assert abs(centre.y() - rwanda.center().y()) < 1000
    close_window(window)
