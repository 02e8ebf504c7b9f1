"""Pixels where known features must be: a site's colour at its projected position, the
water of Lake Kivu, the land of the programme countries; labels never overlap."""

from __future__ import annotations

from itertools import combinations

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from bm_desktop.domain import colours
from bm_desktop.geo.projection import lonlat_to_mercator


def _close(c: QColor, hex_colour: str, tol: int = 12) -> bool:
    want = QColor(hex_colour)
    return all(
        abs(a - b) <= tol
        for a, b in ((c.red(), want.red()), (c.green(), want.green()), (c.blue(), want.blue()))
    )


def _pixel(canvas, image, lon: float, lat: float) -> QColor:  # noqa: ANN001
    p = canvas.map_to_widget(*lonlat_to_mercator(lon, lat))
    dpr = image.devicePixelRatio()
    return image.pixelColor(int(p.x() * dpr), int(p.y() * dpr))


def _symbol_has(canvas, image, lon: float, lat: float, hex_colour: str) -> bool:  # noqa: ANN001
    """The symbol at a place is filled with a colour (most of a 7x7 patch around it)."""
    p = canvas.map_to_widget(*lonlat_to_mercator(lon, lat))
    dpr = image.devicePixelRatio()
    cx, cy = int(p.x() * dpr), int(p.y() * dpr)
    hits = sum(
        _close(image.pixelColor(cx + dx, cy + dy), hex_colour)
        for dx in range(-3, 4)
        for dy in range(-3, 4)
    )
    return hits >= 20


def _inside_kivu(window) -> tuple[float, float]:  # noqa: ANN001
    """A point well inside Lake Kivu and clear of any label on screen."""
    import shapely

    from bm_desktop.geo.projection import mercator_to_lonlat

    lakes = window.map_workspace.basemap.lakes
    kivu = lakes.geoms[lakes.names.index("Lake Kivu")]
    inner = kivu.buffer(-3000)  # 3 km from the shore
    labels = [r.adjusted(-3, -3, 3, 3) for _t, r in window.map_workspace.labels.last_placed]
    for x, y in shapely.get_coordinates(
        shapely.points(
            *np.meshgrid(np.linspace(*inner.bounds[::2], 12), np.linspace(*inner.bounds[1::2], 24))
        )
    ):
        p = window.map_canvas.map_to_widget(x, y)
        if inner.contains(shapely.Point(x, y)) and not any(r.contains(p) for r in labels):
            lon, lat = mercator_to_lonlat(x, y)
            return float(lon), float(lat)
    raise AssertionError("no clear point in Lake Kivu")


def test_sites_and_lake_kivu_are_drawn_where_they_are(qtbot, map_window) -> None:
    window, _prog = map_window
    canvas = window.map_canvas
    ws = window.map_workspace
    for key in ("site_labels", "towns", "density", "events", "alerts", "admin1"):
        canvas.layer(key).set_visible(False)
    x0, y0 = lonlat_to_mercator(28.3, -2.9)
    x1, y1 = lonlat_to_mercator(30.4, -1.2)
    canvas.set_view(QRectF(x0, y0, x1 - x0, y1 - y0))
    canvas.settle_now()
    image = canvas.view.grab().toImage()
    # Luhihi (gold, active): the status colour at its projected position
    assert _symbol_has(canvas, image, 28.93, -2.32, colours.STATUS["active"])
    # Lake Kivu's water (away from its name label), and land on both shores
    kivu = _inside_kivu(window)
    assert _close(_pixel(canvas, image, *kivu), colours.WATER)
    assert _close(_pixel(canvas, image, 28.55, -2.75), colours.LAND_PROGRAMME)  # DRC
    assert _close(_pixel(canvas, image, 29.75, -2.3), colours.LAND_PROGRAMME)  # Rwanda
    # colour by implementation rate: Luhihi's rate is 33% (1 of 3 actions): red
    qtbot.waitUntil(lambda: ws.figures.open.sum() > 0, timeout=10000)
    window.layers_dock.set_colour_by("rate")
    image = canvas.view.grab().toImage()
    assert _symbol_has(canvas, image, 28.93, -2.32, colours.RATE_LOW)
    # the suspended Rwandan site keeps its place in the legend's colours
    window.layers_dock.set_colour_by("status")
    image = canvas.view.grab().toImage()
    assert _symbol_has(canvas, image, 30.05, -1.80, colours.STATUS["suspended"])
    assert not _symbol_has(canvas, image, 30.05, -1.80, colours.STATUS["active"])


def test_labels_never_overlap_at_any_zoom(qtbot, map_window) -> None:
    window, _prog = map_window
    canvas = window.map_canvas
    labels = window.map_workspace.labels
    for preset in ("__all__", "Eastern DRC", "Rwanda"):
        window.map_workspace.zoom_to(preset)
        canvas.settle_now()
        canvas.view.grab()
        placed = labels.last_placed
        assert len(placed) > 5
        for (_a, ra), (_b, rb) in combinations(placed, 2):
            assert not ra.intersects(rb), (_a, _b)
        view = QRectF(canvas.view.viewport().rect()).adjusted(-1, -1, 1, 1)
        assert all(view.contains(r) for _t, r in placed), [
            (t, r, view) for t, r in placed if not view.contains(r)
        ]
    texts = {t for t, _r in labels.last_placed}
    assert "Rutongo Mines" in texts and "Kigali" in texts
