"""Polygon layers (countries, lakes, admin-1, boundary files): fills and outlines.

Each layer keeps two paths per style group: full detail, and one simplified to
about a kilometre for small scales, so a view of the whole region never strokes
fifty thousand vertices. Simplifying takes a tenth of a second for admin-1, so it
runs in a worker after the detailed paths are drawn (the start-up view is drawn
in full detail anyway); until it is back, small scales draw the detailed paths.
Outlines use cosmetic pens (a width in screen pixels at every zoom).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from bm_desktop.geo.shapes import RingArrays, ring_arrays, simplified
from bm_desktop.ui import worker
from bm_desktop.ui.map.layer import MapLayer

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
        self._coarse = False  # the view is at a small scale
        self._generation = 0
        self._simplifying: worker.Worker | None = None
        self._simplified_ready = False

    def set_polygons(self, geoms: np.ndarray, groups: np.ndarray | None,
                     fills: dict[str, QBrush], outline: QPen | None) -> None:
        """Draw ``geoms`` (Web Mercator): each group with its brush, all with ``outline``."""
        groups = np.asarray(groups if groups is not None else [""] * len(geoms), dtype=str)
        self._paths.clear()
        self._outline_paths.clear()
        self._simplified_ready = False
        self._build_paths(False, geoms, groups, list(fills), outline is not None)
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
        self._generation += 1
        generation = self._generation
        job = worker.Worker(simplified, geoms)
        job.signals.result.connect(
            lambda coarse: self._on_simplified(generation, coarse, groups, list(fills),
                                               outline is not None))
        self._simplifying = worker.start(job)  # kept referenced until it reports

    def _build_paths(self, coarse: bool, geoms: np.ndarray, groups: np.ndarray,
                     fill_groups: list[str], outlined: bool) -> None:
        for group in fill_groups:
            self._paths[(group, coarse)] = path_of(ring_arrays(geoms[groups == group]))
        if outlined:
            self._outline_paths[coarse] = path_of(ring_arrays(geoms))

    def _on_simplified(self, generation: int, coarse: np.ndarray, groups: np.ndarray,
                       fill_groups: list[str], outlined: bool) -> None:
        if generation != self._generation:  # other polygons were set meanwhile
            return
        self._simplifying = None
        self._build_paths(True, coarse, groups, fill_groups, outlined)
        self._simplified_ready = True
        self._apply_detail()

    @property
    def simplifying(self) -> bool:
        """True while the small-scale paths are being prepared."""
        return self._simplifying is not None

    def _apply_detail(self) -> None:
        coarse = self._coarse and self._simplified_ready
        for group, item in self._fills.items():
            item.setPath(self._paths.get((group, coarse), QPainterPath()))
        if self._outline_paths:
            self._outline.setPath(self._outline_paths[coarse])

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
