"""Polygon layers (countries, lakes, admin-1, boundary files): fills and outlines.

Each layer keeps four paths per style group: full detail, and three simplified ones
(300 m, 750 m and 1.5 km, each under a screen pixel at the scales that use it), so a
view of a province or of the whole region never strokes fifty thousand vertices; a
level's paths are built the first time a view needs them. Simplifying takes a tenth
of a second for admin-1: the basemap comes with its levels already simplified (off the
GUI thread, before the first paint); other polygons (boundary files) are simplified
in a worker after the detailed paths are drawn, and until it is back every scale
draws the detailed paths. Outlines use cosmetic pens (a width in screen pixels at
every zoom).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from bm_desktop.geo.shapes import DETAIL_TOLERANCES_M, RingArrays, ring_arrays, simplified_levels
from bm_desktop.ui import worker
from bm_desktop.ui.map.layer import MapLayer

# (a screen pixel larger than this many metres, simplification tolerance in metres),
# coarsest first: the tolerance stays under one pixel at every scale that uses it
DETAIL_LEVELS = tuple(zip((2000.0, 1000.0, 400.0), reversed(DETAIL_TOLERANCES_M), strict=True))


def detail_level(pixel_m: float) -> int:
    """0 for full detail, 1.. for the simplified paths (coarsest last)."""
    for k, (above, _tolerance) in enumerate(DETAIL_LEVELS):
        if pixel_m > above:
            return len(DETAIL_LEVELS) - k
    return 0


def path_of(arrays: RingArrays) -> QPainterPath:
    if len(arrays) == 0:
        return QPainterPath()
    path = pg.arrayToQPath(arrays.x, arrays.y, connect=arrays.connect, finiteCheck=False)
    path.setFillRule(Qt.FillRule.OddEvenFill)
    return path


def cosmetic_pen(
    colour: str | QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine
) -> QPen:
    pen = QPen(QColor(colour), width, style)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class FastPathItem(QGraphicsPathItem):
    """A path item that skips antialiasing for big fills (outlines keep it).

    Its bounds are the path's own, padded: QGraphicsPathItem computes them from the
    outline stroked with the pen (its ``shape()``), which for a dashed pen over the
    50,000 vertices of the admin-1 boundaries takes tens of milliseconds at every
    ``setPath`` (every change of detail level). The pens here are cosmetic (a width in
    screen pixels), so the padding only has to cover a pixel or two."""

    PAD = 0.005  # of the path's larger side

    def __init__(self, antialias: bool) -> None:
        super().__init__()
        self._antialias = antialias
        self._bounds = QRectF()

    def setPath(self, path: QPainterPath) -> None:  # noqa: N802  (Qt override)
        super().setPath(path)
        r = path.controlPointRect()
        pad = max(r.width(), r.height()) * self.PAD
        self._bounds = r.adjusted(-pad, -pad, pad, pad)

    def boundingRect(self) -> QRectF:  # noqa: N802  (Qt override)
        return self._bounds

    def shape(self) -> QPainterPath:
        return self.path()

    def paint(self, p: QPainter, option, widget=None) -> None:  # noqa: ANN001
        p.setRenderHint(QPainter.RenderHint.Antialiasing, self._antialias)
        super().paint(p, option, widget)


class PolygonLayer(MapLayer):
    """Polygons drawn as one fill path per style group and one outline path."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fills: dict[str, QGraphicsPathItem] = {}
        self._outline = FastPathItem(True)
        self._paths: dict[tuple[str, int], QPainterPath] = {}  # (group, level)
        self._outline_paths: dict[int, QPainterPath] = {}  # level
        self._level_geoms: list[np.ndarray] = []  # index: level (0 = full detail)
        self._built: set[int] = set()  # the levels whose paths are built
        self._groups = np.zeros(0, dtype=str)
        self._fill_groups: list[str] = []
        self._outlined = False
        self._level = 0  # the detail level the view asks for
        self._levels_built = 0  # 0: full detail only; len(DETAIL_LEVELS) once simplified
        self._generation = 0
        self._simplifying: worker.Worker | None = None

    def set_polygons(
        self,
        geoms: np.ndarray,
        groups: np.ndarray | None,
        fills: dict[str, QBrush],
        outline: QPen | None,
        levels: list[np.ndarray] | None = None,
    ) -> None:
        """Draw ``geoms`` (Web Mercator): each group with its brush, all with ``outline``.
        ``levels``: the same polygons already simplified at each of the detail levels
        (finest first); without them a worker simplifies them."""
        self._groups = np.asarray(groups if groups is not None else [""] * len(geoms), dtype=str)
        self._fill_groups, self._outlined = list(fills), outline is not None
        self._paths.clear()
        self._outline_paths.clear()
        self._built.clear()
        ready = levels is not None and len(levels) == len(DETAIL_LEVELS)
        self._level_geoms = [geoms, *(levels if ready else [])]
        self._levels_built = len(self._level_geoms) - 1
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
        self._simplifying = None
        if ready:
            return
        generation = self._generation
        job = worker.Worker(simplified_levels, geoms)
        job.signals.result.connect(lambda result: self._on_simplified(generation, result))
        self._simplifying = worker.start(job)  # kept referenced until it reports

    def _build_paths(self, level: int) -> None:
        """The fill and outline paths of one detail level (built once, when first shown)."""
        geoms, groups = self._level_geoms[level], self._groups
        for group in self._fill_groups:
            self._paths[(group, level)] = path_of(ring_arrays(geoms[groups == group]))
        if self._outlined:
            self._outline_paths[level] = path_of(ring_arrays(geoms))
        self._built.add(level)

    def _on_simplified(self, generation: int, levels: list[np.ndarray]) -> None:
        if generation != self._generation:  # other polygons were set meanwhile
            return
        self._simplifying = None
        self._level_geoms = [self._level_geoms[0], *levels]
        self._built &= {0}
        self._levels_built = len(levels)
        self._apply_detail()

    @property
    def simplifying(self) -> bool:
        """True while the simplified paths are being prepared."""
        return self._simplifying is not None

    @property
    def shown_level(self) -> int:
        """The detail level drawn now (0: full detail)."""
        return min(self._level, self._levels_built)

    def _apply_detail(self) -> None:
        level = self.shown_level
        if self._level_geoms and level not in self._built:
            self._build_paths(level)
        for group, item in self._fills.items():
            item.setPath(self._paths.get((group, level), QPainterPath()))
        if self._outline_paths:
            self._outline.setPath(self._outline_paths[level])

    def set_z(self, z: float) -> None:
        super().set_z(z)
        self._outline.setZValue(z + 1)  # outlines above every fill of the layer

    def view_changed(self, rect: QRectF, pixel: float) -> None:
        level = detail_level(pixel)
        if level != self._level:
            self._level = level
            self._apply_detail()

    def add_item(self, item):  # noqa: ANN001, ANN201
        item = super().add_item(item)
        if item is self._outline:
            item.setZValue(self._z + 1)
        return item
