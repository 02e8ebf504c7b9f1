"""Polygon layers: full detail at once, the simplified small-scale paths from a worker."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from bm_desktop.geo.basemap_mercator import prepare_basemap
from bm_desktop.ui.map.admin1 import Admin1Layer
from bm_desktop.ui.map.polygons import COARSE_BELOW_PIXEL_M


def test_small_scales_switch_to_simplified_paths_once_the_worker_is_back(qtbot) -> None:
    layer = Admin1Layer()
    layer.set_features(prepare_basemap().admin1)
    detailed = layer._outline.path().elementCount()
    assert detailed > 10_000  # the admin-1 outlines in full detail
    # zoomed out before the simplified paths exist: the detailed ones are still drawn
    whole = QRectF(0, 0, 1e6, 1e6)
    layer.view_changed(whole, COARSE_BELOW_PIXEL_M * 4)
    if layer.simplifying:
        assert layer._outline.path().elementCount() == detailed
    qtbot.waitUntil(lambda: not layer.simplifying, timeout=20000)
    coarse = layer._outline.path().elementCount()
    assert coarse < detailed / 2
    # and zooming back in returns to full detail
    layer.view_changed(whole, COARSE_BELOW_PIXEL_M / 4)
    assert layer._outline.path().elementCount() == detailed
