"""Polygon layers: the basemap comes with its simplified levels; other polygons get
full detail at once and the simplified paths from a worker."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRectF

from bm_desktop.geo.basemap_mercator import prepare_basemap
from bm_desktop.ui.map.admin1 import Admin1Layer
from bm_desktop.ui.map.polygons import detail_level


def test_coarser_scales_draw_simpler_paths_once_the_worker_is_back(qtbot) -> None:
    layer = Admin1Layer()
    layer.set_features(dataclasses.replace(prepare_basemap().admin1, levels=None))
    detailed = layer._outline.path().elementCount()
    assert detailed > 10_000  # the admin-1 outlines in full detail
    # zoomed out before the simplified paths exist: the detailed ones are still drawn
    view = QRectF(0, 0, 1e6, 1e6)
    layer.view_changed(view, 5000.0)
    if layer.simplifying:
        assert layer._outline.path().elementCount() == detailed
    qtbot.waitUntil(lambda: not layer.simplifying, timeout=20000)
    whole_region = layer._outline.path().elementCount()
    layer.view_changed(view, 1200.0)  # about a province per screen
    province = layer._outline.path().elementCount()
    layer.view_changed(view, 100.0)  # a site's surroundings: full detail again
    assert layer._outline.path().elementCount() == detailed
    assert whole_region < province < detailed * 0.6
    assert [detail_level(p) for p in (100.0, 500.0, 1200.0, 5000.0)] == [0, 1, 2, 3]


def test_the_basemap_arrives_simplified_and_paths_are_built_for_the_scale_shown() -> None:
    layer = Admin1Layer()
    view = QRectF(0, 0, 1e6, 1e6)
    layer.view_changed(view, 5000.0)  # the whole programme, as at start
    layer.set_features(prepare_basemap().admin1)
    assert not layer.simplifying  # no worker: the coarse outlines are drawn at once
    coarse = layer._outline.path().elementCount()
    assert layer._built == {3}  # and the full detail is not built until needed
    layer.view_changed(view, 100.0)
    detailed = layer._outline.path().elementCount()
    assert detailed > 10_000
    assert coarse < detailed * 0.5
