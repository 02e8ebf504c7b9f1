"""Many point symbols drawn fast: symbols painted once into an atlas, then blitted.

A :class:`SpriteScatter` keeps its points as numpy arrays in map coordinates
and, at each paint, maps them to device pixels with the painter's transform
(vectorised), culls those outside the viewport and hands every visible point
to ``QPainter.drawPixmapFragments`` in one call. That is what keeps a redraw
with 100,000 points in view well under the 50 ms budget; a ``QGraphicsItem``
per point costs a hundred times more.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable

import numpy as np
from pyqtgraph import GraphicsObject
from pyqtgraph.Qt import internals
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPaintEngine, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QWidget

# (key, painter, size in logical px) -> draws the symbol centred on (0, 0)
SymbolPainter = Callable[[Hashable, QPainter, float], None]
BIG = 1e9  # bounding box of sprite layers: they cull by themselves
VECTOR_ENGINES = (
    QPaintEngine.Type.Pdf,
    QPaintEngine.Type.SVG,
    QPaintEngine.Type.Picture,
    QPaintEngine.Type.Windows,
    QPaintEngine.Type.MacPrinter,
)  # printers too


def is_vector(p: QPainter) -> bool:
    """True when the painter writes a vector file (PDF, SVG): symbols and labels are then
    drawn as shapes and text, not blitted from pixmaps, so they stay sharp and the
    labels' text can be selected."""
    engine = p.paintEngine()
    return engine is not None and engine.type() in VECTOR_ENGINES


class SpriteAtlas:
    """Symbols keyed by any hashable value, rendered once into one pixmap."""

    def __init__(self, draw: SymbolPainter, size_of: Callable[[Hashable], float]) -> None:
        self._draw, self._size_of = draw, size_of
        self._keys: list[Hashable] = []
        self._index: dict[Hashable, int] = {}
        self.sizes = np.zeros(0)  # logical px, per sprite
        self._rects = np.zeros((0, 4))
        self._offsets = np.zeros((0, 2))
        self._pixmap: QPixmap | None = None
        self._dpr = 0.0

    def __len__(self) -> int:
        return len(self._keys)

    def index(self, key: Hashable) -> int:
        """The sprite number of a symbol (drawn into the atlas at the next paint)."""
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = len(self._keys)
            self._keys.append(key)
            self.sizes = np.append(self.sizes, float(self._size_of(key)))
            self._pixmap = None
        return found

    def indices(self, keys: list[Hashable]) -> np.ndarray:
        return np.fromiter((self.index(k) for k in keys), dtype=np.int32, count=len(keys))

    def key(self, index: int) -> Hashable:
        return self._keys[index]

    def paint_symbol(self, p: QPainter, index: int) -> None:
        """Draw one symbol as shapes, centred on the painter's origin (vector output)."""
        key = self._keys[index]
        self._draw(key, p, float(self._size_of(key)))

    def pixmap(self, dpr: float) -> tuple[QPixmap, np.ndarray, np.ndarray]:
        """The atlas at a device pixel ratio, each sprite's source rect (device px) and
        the offset (logical px) from the symbol's centre to the centre of that rect."""
        if self._pixmap is None or dpr != self._dpr:
            self._build(dpr)
        assert self._pixmap is not None
        return self._pixmap, self._rects, self._offsets

    def _build(self, dpr: float) -> None:
        cells = [math.ceil((s + 4) * dpr) for s in self.sizes]
        width = max(256, min(4096, int(math.sqrt(sum(c * c for c in cells)) * 1.3) + 1))
        rects, x, y, row_h = [], 0, 0, 0
        for c in cells:  # shelf packing
            if x + c > width:
                x, y, row_h = 0, y + row_h, 0
            rects.append((x, y, c, c))
            x, row_h = x + c, max(row_h, c)
        height = max(1, y + row_h)
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for key, (rx, ry, c, _) in zip(self._keys, rects, strict=True):
            p.save()
            p.translate(rx + c / 2.0, ry + c / 2.0)
            p.scale(dpr, dpr)
            self._draw(key, p, float(self._size_of(key)))
            p.restore()
        p.end()
        cells_xy = np.array(rects, dtype=np.float64).reshape(-1, 4)
        self._rects = _ink_rects(image, cells_xy)
        # where each sprite's ink sits relative to its cell centre, in logical pixels
        self._offsets = (
            (self._rects[:, :2] + self._rects[:, 2:] / 2.0)
            - (cells_xy[:, :2] + cells_xy[:, 2:] / 2.0)
        ) / dpr
        self._pixmap = QPixmap.fromImage(image)
        self._dpr = dpr


def _ink_rects(image: QImage, cells: np.ndarray) -> np.ndarray:
    """Each cell shrunk to the pixels its symbol actually covers (alpha > 0).

    Blending is paid per source pixel, transparent ones included, so a tight source
    rect roughly halves the cost of drawing 100,000 small symbols."""
    width, height = image.width(), image.height()
    bits = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    alpha = bits.reshape(height, image.bytesPerLine())[:, : width * 4].reshape(height, width, 4)[
        :, :, 3 if np.little_endian else 0
    ]
    tight = cells.copy()
    for k, (x, y, w, h) in enumerate(cells.astype(int)):
        ink = alpha[y : y + h, x : x + w] > 0
        rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
        if rows.size == 0:  # an empty symbol: keep one transparent pixel
            tight[k] = (x, y, 1, 1)
            continue
        tight[k] = (x + cols[0], y + rows[0], cols[-1] - cols[0] + 1, rows[-1] - rows[0] + 1)
    return tight


def device_positions(
    painter: QPainter, x: np.ndarray, y: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Map coordinates -> device pixels with the painter's current transform."""
    t = painter.transform()
    return (t.m11() * x + t.m21() * y + t.dx(), t.m12() * x + t.m22() * y + t.dy())


class SpriteScatter(GraphicsObject):
    """Points in map coordinates, each drawn with one sprite of an atlas.

    With ``preview_while_moving`` (security events: up to 100,000 points), the layer
    keeps the image of its last full drawing; while the view is moving (a drag, the
    wheel, a pinch) that image is moved and scaled onto the new view, and the points
    are drawn afresh once the view settles (the canvas then calls ``update``).
    """

    def __init__(self, atlas: SpriteAtlas, preview_while_moving: bool = False) -> None:
        super().__init__()
        self.atlas = atlas
        self.preview_while_moving = preview_while_moving
        self.moving = lambda: False  # set by the canvas
        self._image: QImage | None = None
        self._image_transform: QTransform | None = None
        self._image_key: tuple | None = None
        self._version = 0
        self.last_draw = "none"  # "full" or "preview": what the last paint did
        self.x = np.zeros(0)
        self.y = np.zeros(0)
        self.sprite = np.zeros(0, dtype=np.int32)
        self._frags = internals.PrimitiveArray(QPainter.PixmapFragment, 10)

    def set_points(self, x: np.ndarray, y: np.ndarray, sprite: np.ndarray) -> None:
        """Replace the points (drawn in the order given: later points on top)."""
        self.x = np.asarray(x, dtype=np.float64)
        self.y = np.asarray(y, dtype=np.float64)
        self.sprite = np.asarray(sprite, dtype=np.int32)
        self._version += 1
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802  (Qt override)
        return QRectF(-BIG, -BIG, 2 * BIG, 2 * BIG)

    def paint(self, p: QPainter, *_args: object) -> None:
        if len(self.x) == 0 or len(self.atlas) == 0:
            self.last_draw = "none"
            return
        if not self.preview_while_moving or not isinstance(p.device(), QWidget):
            # exports and printing draw once, straight onto their page
            self._draw(p)
            self.last_draw = "full"
            return
        dev = p.device()
        dpr = dev.devicePixelRatioF() or 1.0
        key = (dev.width(), dev.height(), dpr, self._version, len(self.atlas))
        if self.moving() and self._image is not None and self._image_key == key:
            # the last full image, moved and scaled from its view onto this one
            assert self._image_transform is not None
            inverse, ok = self._image_transform.inverted()
            if ok:
                p.save()
                p.setTransform(inverse * p.transform())
                p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                p.drawImage(QPointF(0, 0), self._image)
                p.restore()
                self.last_draw = "preview"
                return
        # a full drawing, kept as an image (in device pixels) for the next moves
        image = QImage(
            max(1, round(dev.width() * dpr)),
            max(1, round(dev.height() * dpr)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(dpr)
        image.fill(Qt.GlobalColor.transparent)
        q = QPainter(image)
        q.setTransform(p.transform())
        self._draw(q)
        q.end()
        self._image, self._image_transform, self._image_key = image, p.transform(), key
        p.save()
        p.resetTransform()
        p.drawImage(QPointF(0, 0), image)
        p.restore()
        self.last_draw = "full"

    def _draw(self, p: QPainter) -> None:
        idx = self._in_view()
        if idx.size == 0:
            return
        dx, dy = device_positions(p, self.x[idx], self.y[idx])
        if is_vector(p):
            self._draw_shapes(p, dx, dy, self.sprite[idx])
            return
        dpr = p.device().devicePixelRatioF() or 1.0
        pixmap, rects, offsets = self.atlas.pixmap(dpr)
        sprite = self.sprite[idx]
        self._frags.resize(idx.size)
        frags = self._frags.ndarray()
        frags[:, 0] = dx + offsets[sprite, 0]
        frags[:, 1] = dy + offsets[sprite, 1]
        frags[:, 2:6] = rects[sprite]
        frags[:, 6:10] = (1.0 / dpr, 1.0 / dpr, 0.0, 1.0)
        p.save()
        p.resetTransform()
        # sprites are drawn 1:1 in device pixels (already antialiased in the atlas): no
        # resampling, which the view's SmoothPixmapTransform hint would otherwise ask for
        # at every fractional position (twice the cost)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        p.drawPixmapFragments(*self._frags.drawargs(), pixmap)
        p.restore()

    def _draw_shapes(self, p: QPainter, dx: np.ndarray, dy: np.ndarray, sprite: np.ndarray) -> None:
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for x, y, k in zip(dx.tolist(), dy.tolist(), sprite.tolist(), strict=True):
            p.save()
            p.translate(x, y)
            self.atlas.paint_symbol(p, k)
            p.restore()
        p.restore()

    def _in_view(self) -> np.ndarray:
        """Indices of the points whose symbol may show in the view."""
        view = self.viewRect()
        if view is None:
            return np.arange(len(self.x))
        px = self._pixel()
        pad = (float(self.atlas.sizes.max()) / 2.0 + 2.0) * px if len(self.atlas) else 0.0
        return np.flatnonzero(
            (self.x >= view.left() - pad)
            & (self.x <= view.right() + pad)
            & (self.y >= view.top() - pad)
            & (self.y <= view.bottom() + pad)
        )

    def _pixel(self) -> float:
        vb = self.getViewBox()
        return float(vb.viewPixelSize()[0]) if vb is not None else 0.0


def colour(hex_or_name: str, alpha: float = 1.0) -> QColor:
    c = QColor(hex_or_name)
    c.setAlphaF(alpha)
    return c
