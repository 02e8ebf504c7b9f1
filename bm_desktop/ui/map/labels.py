"""Map labels: site names, towns, lakes and countries, placed anew at every paint.

Layers that have names to show are *label sources*: they hand over anchors in
map coordinates, texts, priorities and a style. One item collects them at paint
time, maps the anchors to screen pixels, places them greedily with collision
boxes (:mod:`~bm_desktop.ui.map.placement`) around the site symbols, and
blits each label from a cache of pre-rendered text with a white halo. Zooming
or panning therefore re-places every label, and no two labels ever overlap.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from pyqtgraph import GraphicsObject
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from bm_desktop.ui.map.placement import AROUND, Candidate, Placed, place_labels
from bm_desktop.ui.map.sprites import BIG, device_positions, is_vector

MAX_CANDIDATES = 600  # per source batch, by priority: more never fit on a screen
HALO = 2.5
HALO_OFFSETS = [
    (HALO * math.cos(2 * math.pi * k / 12), HALO * math.sin(2 * math.pi * k / 12))
    for k in range(12)
] + [(HALO / 2, 0.0), (-HALO / 2, 0.0), (0.0, HALO / 2), (0.0, -HALO / 2)]


@dataclass(eq=False)
class LabelStyle:
    font: QFont
    colour: QColor
    halo: QColor = field(default_factory=lambda: QColor(255, 255, 255, 235))
    dot: float = 0.0  # diameter of a dot drawn at the anchor of placed labels
    dot_colour: QColor = field(default_factory=lambda: QColor("#37474F"))
    uppercase: bool = False
    spacing: float = 0.0  # extra letter spacing (percent), for country names


@dataclass
class LabelBatch:
    x: np.ndarray  # anchors, map coordinates
    y: np.ndarray
    texts: list[str]
    priority: np.ndarray
    gap: np.ndarray  # pixels kept between anchor and text
    style: LabelStyle
    positions: tuple[str, ...] = AROUND
    opacity: float = 1.0


class LabelSource(Protocol):
    def label_batches(self, view: QRectF, pixel: float) -> list[LabelBatch]: ...


class ObstacleSource(Protocol):
    def label_obstacles(
        self, view: QRectF, pixel: float
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None: ...


class LabelsItem(GraphicsObject):
    """Draws every label source's labels on top of the map."""

    def __init__(self) -> None:
        super().__init__()
        self.sources: list[LabelSource] = []
        self.obstacles: list[ObstacleSource] = []
        self.last_placed: list[tuple[str, QRectF]] = []  # what the last paint showed
        # boxes of the view (its own pixels) kept free, e.g. the scale bar and north arrow
        self.screen_obstacles: Callable[[], list[QRectF]] | None = None
        self._version = 0  # bumped by invalidate(): the sources' data changed
        self._placement_key: tuple | None = None
        self._placement: list[Placed] = []
        self._cache: dict[tuple[str, int, float], QPixmap] = {}
        self._sizes: dict[tuple[str, int], tuple[float, float]] = {}
        self.setZValue(1e5)

    def invalidate(self) -> None:
        """The labels' sources changed: place them again at the next paint."""
        self._version += 1
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802  (Qt override)
        return QRectF(-BIG, -BIG, 2 * BIG, 2 * BIG)

    def _pixel(self) -> float:
        vb = self.getViewBox()
        return float(vb.viewPixelSize()[0]) if vb is not None else 0.0

    def paint(self, p: QPainter, *_args: object) -> None:
        view = self.viewRect()
        pixel = self._pixel()
        if view is None or pixel <= 0:
            return
        vb = self.getViewBox()
        frame = (
            p.transform().mapRect(self.mapRectFromScene(vb.sceneBoundingRect()))
            if vb is not None
            else QRectF(0, 0, 1e6, 1e6)
        )
        t = p.transform()
        key = (
            t.m11(),
            t.m12(),
            t.m21(),
            t.m22(),
            t.dx(),
            t.dy(),
            frame.width(),
            frame.height(),
            self._version,
            len(self.sources),
            len(self.obstacles),
        )
        if key == self._placement_key:  # a repaint of the same view: same labels
            self._draw(p, self._placement)
            return
        candidates: list[Candidate] = []
        batches = [b for source in self.sources for b in source.label_batches(view, pixel)]
        for batch in batches:
            if len(batch.x) == 0:
                continue
            inside = np.flatnonzero(
                (batch.x >= view.left())
                & (batch.x <= view.right())
                & (batch.y >= view.top())
                & (batch.y <= view.bottom())
            )
            if inside.size > MAX_CANDIDATES:
                inside = inside[np.argsort(-batch.priority[inside])[:MAX_CANDIDATES]]
            dx, dy = device_positions(p, batch.x[inside], batch.y[inside])
            style = batch.style
            fm = None
            for k, i in enumerate(inside.tolist()):
                text = batch.texts[i]
                if not text:
                    continue
                shown = text.upper() if style.uppercase else text
                size = self._sizes.get((shown, id(style)))
                if size is None:
                    fm = fm or QFontMetricsF(style.font)
                    size = (fm.horizontalAdvance(shown) + 2 * HALO, fm.height() + HALO)
                    self._sizes[(shown, id(style))] = size
                candidates.append(
                    Candidate(
                        float(dx[k]),
                        float(dy[k]),
                        size[0],
                        size[1],
                        float(batch.gap[i]),
                        float(batch.priority[i]),
                        batch.positions,
                        (shown, batch),
                    )
                )
        boxes = []
        for source in self.obstacles:
            obs = source.label_obstacles(view, pixel)
            if obs is None:
                continue
            ox, oy, r = obs
            ox, oy = device_positions(p, ox, oy)
            boxes.append(np.column_stack([ox - r, oy - r, ox + r, oy + r]))
        if self.screen_obstacles is not None:
            for r in self.screen_obstacles():
                boxes.append(
                    np.array(
                        [
                            [
                                frame.left() + r.left(),
                                frame.top() + r.top(),
                                frame.left() + r.right(),
                                frame.top() + r.bottom(),
                            ]
                        ]
                    )
                )
        obstacles = np.concatenate(boxes) if boxes else None
        placed = self._place(candidates, obstacles, frame)
        self._placement_key, self._placement = key, placed
        self._draw(p, placed)

    @staticmethod
    def _place(
        candidates: list[Candidate], obstacles: np.ndarray | None, frame: QRectF
    ) -> list[Placed]:
        """Place in the frame's own pixels (0..width, 0..height), then back to the device."""
        ox, oy = frame.left(), frame.top()
        for c in candidates:
            c.x -= ox
            c.y -= oy
        if obstacles is not None:
            obstacles = obstacles - np.array([ox, oy, ox, oy])
        placed = place_labels(candidates, frame.width(), frame.height(), obstacles)
        for pl in placed:
            pl.left += ox
            pl.top += oy
            pl.candidate.x += ox
            pl.candidate.y += oy
        return placed

    def _draw(self, p: QPainter, placed: list[Placed]) -> None:
        dpr = p.device().devicePixelRatioF() or 1.0
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.last_placed = []
        for pl in placed:
            text, batch = pl.candidate.ref
            style = batch.style
            p.setOpacity(batch.opacity)
            if style.dot > 0:
                p.setPen(QPen(QColor("#FFFFFF"), 1.0))
                p.setBrush(style.dot_colour)
                r = style.dot / 2.0
                p.drawEllipse(QPointF(pl.candidate.x, pl.candidate.y), r, r)
            if is_vector(p):
                self._draw_text(p, text, style, QPointF(pl.left, pl.top))
            else:
                p.drawPixmap(QPointF(pl.left, pl.top), self._pixmap(text, style, dpr))
            self.last_placed.append((text, QRectF(pl.left, pl.top, pl.candidate.w, pl.candidate.h)))
        p.restore()

    @staticmethod
    def _draw_text(p: QPainter, text: str, style: LabelStyle, top_left: QPointF) -> None:
        """A label as real text over a stroked halo (PDF, SVG: the text stays selectable)."""
        fm = QFontMetricsF(style.font)
        base = QPointF(top_left.x() + HALO, top_left.y() + HALO / 2 + fm.ascent())
        halo = QPainterPath()
        halo.addText(base, style.font, text)
        p.strokePath(
            halo,
            QPen(
                style.halo,
                2 * HALO,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            ),
        )
        p.setFont(style.font)
        p.setPen(style.colour)
        p.drawText(base, text)

    def _pixmap(self, text: str, style: LabelStyle, dpr: float) -> QPixmap:
        key = (text, id(style), dpr)
        pix = self._cache.get(key)
        if pix is not None:
            return pix
        if len(self._cache) > 4000:
            self._cache.clear()
        fm = QFontMetricsF(style.font)
        w = fm.horizontalAdvance(text) + 2 * HALO
        h = fm.height() + HALO
        pix = QPixmap(max(1, int(np.ceil(w * dpr))), max(1, int(np.ceil(h * dpr))))
        pix.setDevicePixelRatio(dpr)
        pix.fill(Qt.GlobalColor.transparent)
        base = QPointF(HALO, HALO / 2 + fm.ascent())
        # The halo: the text drawn once in the halo colour, that image stamped around a
        # circle of the halo's radius (and half-way in), then the text itself. Six times
        # faster than stroking the text's outline path, for the same look.
        halo = QImage(pix.width(), pix.height(), QImage.Format.Format_ARGB32_Premultiplied)
        halo.setDevicePixelRatio(dpr)
        halo.fill(Qt.GlobalColor.transparent)
        q = QPainter(halo)
        q.setFont(style.font)
        q.setPen(style.halo)
        q.drawText(base, text)
        q.end()
        q = QPainter(pix)
        q.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for dx, dy in HALO_OFFSETS:
            q.drawImage(QPointF(dx, dy), halo)
        q.setFont(style.font)
        q.setPen(style.colour)
        q.drawText(base, text)
        q.end()
        self._cache[key] = pix
        return pix


def make_font(
    point_size: float, bold: bool = False, italic: bool = False, spacing: float = 0.0
) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    if spacing:
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100 + spacing)
    return font
