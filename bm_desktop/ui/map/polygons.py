"""Polygon layers (countries, lakes, admin-1, boundary files): fills and outlines.

Each layer keeps two paths per style group: full detail, and one simplified to
about a kilometre for small scales, so a whole-programme view never strokes
fifty thousand vertices. Outlines use cosmetic pens (a width in screen pixels
at every zoom).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from bm_desktop.geo.shapes import RingArrays, ring_arrays
from bm_desktop.ui.map.layer import MapLayer

COARSE_TOLERANCE_M = 1200.0
COARSE_BELOW_PIXEL_M = 1500.0  # use the simplified paths when a pixel is larger than this


def path_of(arrays: RingArrays) -> QPainterPath:
    if len(arrays) == 0:
        return QPainterPath()
    path = pg.arrayToQPath(arrays.x, arrays.y, connect=arrays.connect, finiteCheck=False)
    path.setFillRule(Qt.FillRule.OddEvenFill)
    return path


def cosmetic_pen(colour: str | QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine
                 ) -> QPen:
    pen = QPen(QColor(colour), width, style)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class FastPathItem(QGraphicsPathItem):
    """A path item that skips antialiasing for big fills (outlines keep it)."""

    def __init__(self, antialias: bool) -> None:
        super().__init__()
        self._antialias = antialias

    def paint(self, p: QPainter, option, widget=None) -> None:  # noqa: ANN001
        p.setRenderHint(QPainter.RenderHint.Antialiasing, self._antialias)
        super().paint(p, option, widget)


class PolygonLayer(MapLayer):
    """Polygons drawn as one fill path per style group and one outline path."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fills: dict[str, QGraphicsPathItem] = {}
        self._outline = FastPathItem(True)
        self._paths: dict[tuple[str, bool], QPainterPath] = {}
        self._outline_paths: dict[bool, QPainterPath] = {}
        self._coarse = False

    def set_polygons(self, geoms: np.ndarray, groups: np.ndarray | None,
                     fills: dict[str, QBrush], outline: QPen | None) -> None:
        """Draw ``geoms`` (Web Mercator): each group with its brush, all with ``outline``."""
        groups = np.asarray(groups if groups is not None else [""] * len(geoms), dtype=str)
        self._paths.clear()
        self._outline_paths.clear()
        for coarse in (False, True):
            tol = COARSE_TOLERANCE_M if coarse else 0.0
            for group in fills:
                sel = groups == group
                self._paths[(group, coarse)] = path_of(ring_arrays(geoms[sel], tol))
            if outline is not None:
                self._outline_paths[coarse] = path_of(ring_arrays(geoms, tol))
        for group, brush in fills.items():
            item = self._fills.get(group)
            if item is None:
                item = self._fills[group] = self.add_item(FastPathItem(False))
                item.setPen(QPen(Qt.PenStyle.NoPen))
            item.setBrush(brush)
        if outline is not None:
            if self._outline not in self._items:
                self.add_item(self._outline)
            self._outline.setPen(outline)
            self._outline.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self._apply_detail()

    def _apply_detail(self) -> None:
        for group, item in self._fills.items():
            item.setPath(self._paths.get((group, self._coarse), QPainterPath()))
        if self._outline_paths:
            self._outline.setPath(self._outline_paths[self._coarse])

    def set_z(self, z: float) -> None:
        super().set_z(z)
        self._outline.setZValue(z + 1)  # outlines above every fill of the layer

    def view_changed(self, rect: QRectF, pixel: float) -> None:
        coarse = pixel > COARSE_BELOW_PIXEL_M
        if coarse != self._coarse:
            self._coarse = coarse
            self._apply_detail()

    def add_item(self, item):  # noqa: ANN001, ANN201
        item = super().add_item(item)
        if item is self._outline:
            item.setZValue(self._z + 1)
        return item
