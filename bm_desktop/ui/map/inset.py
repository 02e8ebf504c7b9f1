"""The locator inset of a presentation map: the programme's countries, small, with the
printed map's extent outlined in red, so a reader sees where the map lies."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import shapely
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from bm_desktop.domain import colours
from bm_desktop.domain.taxonomy import PROGRAMME_AREA
from bm_desktop.geo.basemap_mercator import PreparedBasemap
from bm_desktop.geo.projection import lonlat_bounds_to_mercator

INSET_PAD = 0.0  # the programme area already has a margin around the countries
SIMPLIFY_M = 8_000.0
WRAP = int(Qt.TextFlag.TextWordWrap)


@lru_cache(maxsize=4)
def _country_paths(key: int, geoms: tuple) -> list[QPainterPath]:  # noqa: ARG001
    paths = []
    for g in geoms:
        path = QPainterPath()
        simple = shapely.simplify(g, SIMPLIFY_M)
        for poly in getattr(simple, "geoms", [simple]):
            if poly.is_empty or not hasattr(poly, "exterior"):
                continue
            xy = np.asarray(poly.exterior.coords)
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in xy]))
            path.closeSubpath()
        paths.append(path)
    return paths


def locator_extent(view: QRectF) -> QRectF:
    """The inset's extent: the programme area with a margin, grown to hold the view."""
    x0, y0, x1, y1 = lonlat_bounds_to_mercator(PROGRAMME_AREA)
    area = QRectF(x0, y0, x1 - x0, y1 - y0)
    pad_x, pad_y = area.width() * INSET_PAD, area.height() * INSET_PAD
    return area.adjusted(-pad_x, -pad_y, pad_x, pad_y).united(view)


def paint_locator(
    p: QPainter, r: QRectF, basemap: PreparedBasemap | None, view: QRectF, lang: str = "en"
) -> None:
    """Paint the inset into ``r``: countries, their names, the map's extent."""
    p.save()
    p.setClipRect(r)
    p.fillRect(r, QColor(colours.SEA))
    extent = locator_extent(view)
    scale = min(r.width() / extent.width(), r.height() / extent.height())
    cx, cy = extent.center().x(), extent.center().y()

    def to_page(x: float, y: float) -> QPointF:  # north up: map y grows upwards
        return QPointF(r.center().x() + (x - cx) * scale, r.center().y() - (y - cy) * scale)

    if basemap is not None:
        feats = basemap.countries
        paths = _country_paths(id(feats), tuple(feats.geoms))
        p.save()
        p.translate(r.center().x(), r.center().y())
        p.scale(scale, -scale)
        p.translate(-cx, -cy)
        pen = QPen(QColor(colours.BORDER), 0.6)
        pen.setCosmetic(True)
        p.setPen(pen)
        p.setBrush(QColor("#F1EFE8"))
        for path in paths:
            p.drawPath(path)
        p.restore()
        p.setFont(_small_font())
        p.setPen(QColor("#616161"))
        fm = QFontMetricsF(p.font())
        caption = QFontMetricsF(_small_font(italic=True)).horizontalAdvance(
            QCoreApplication.translate("PrintLayout", "Location of the map")
        )
        taken = [QRectF(r.left(), r.bottom() - 16, caption + 10, 16)]  # the caption's place
        # the biggest countries first: their names matter most
        order = sorted(range(len(feats.geoms)), key=lambda k: -shapely.area(feats.geoms[k]))
        names = feats.names_fr if lang == "fr" else feats.names
        for k in order:
            g, name = feats.geoms[k], names[k]
            x0, y0, x1, y1 = shapely.bounds(g)
            width = (x1 - x0) * scale * 0.8
            if width < 24:
                continue
            c = shapely.point_on_surface(g)
            pt = to_page(c.x, c.y)
            text = fm.boundingRect(QRectF(0, 0, width, 100), WRAP, name)
            if text.width() > width + 0.5 or text.height() > (y1 - y0) * scale * 0.6:
                continue  # a name that does not fit its country is left out
            box = QRectF(
                pt.x() - text.width() / 2 - 2,
                pt.y() - text.height() / 2,
                text.width() + 4,
                text.height(),
            )
            if not r.contains(box) or any(box.intersects(b) for b in taken):
                continue  # outside the inset, or on a name already written
            taken.append(box)
            p.drawText(
                QRectF(pt.x() - width / 2, pt.y() - text.height() / 2, width, text.height()),
                WRAP | int(Qt.AlignmentFlag.AlignHCenter),
                name,
            )
    a, b = to_page(view.left(), view.bottom()), to_page(view.right(), view.top())
    box = QRectF(a, b).normalized()
    if box.width() < 4 or box.height() < 4:  # a very small map: a mark, not a dot
        box = QRectF(box.center().x() - 3, box.center().y() - 3, 6, 6)
    p.setPen(QPen(QColor("#C62828"), 1.6))
    p.setBrush(QColor(198, 40, 40, 40))
    p.drawRect(box)
    p.restore()
    p.setPen(QPen(QColor(colours.BORDER), 0.8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(r)
    p.setFont(_small_font(italic=True))
    p.setPen(QColor("#455A64"))
    p.drawText(
        r.adjusted(4, 2, -4, -2),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
        QCoreApplication.translate("PrintLayout", "Location of the map"),
    )


def _small_font(italic: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(6.5)
    font.setItalic(italic)
    return font
