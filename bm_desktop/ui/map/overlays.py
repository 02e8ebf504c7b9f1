"""Scale bar and north arrow, painted in screen space over the map.

Both are plain painting functions so that the same code draws them on screen,
into PNG exports and into PDF layouts. The scale bar measures *ground*
distance at the latitude of the view's centre: one Web Mercator metre there is
cos(latitude) metres on the ground (the Mercator scale factor is 1/cos(lat)).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from bm_desktop.domain import colours

NICE_STEPS = (1.0, 2.0, 5.0)


def nice_distance(max_metres: float) -> float:
    """The largest 1, 2 or 5 x 10^k metres not above ``max_metres``."""
    if max_metres <= 0 or not math.isfinite(max_metres):
        return 0.0
    exponent = math.floor(math.log10(max_metres))
    best = 10.0**exponent
    for step in NICE_STEPS:
        if step * 10.0**exponent <= max_metres:
            best = step * 10.0**exponent
    return best


def distance_text(metres: float) -> str:
    if metres >= 1000:
        km = metres / 1000.0
        return QCoreApplication.translate("MapOverlay", "{n} km").format(
            n=f"{km:g}" if km < 10 else f"{km:,.0f}"
        )
    return QCoreApplication.translate("MapOverlay", "{n} m").format(n=f"{metres:,.0f}")


def scale_bar_length(ground_m_per_px: float, target_px: float = 120.0) -> tuple[float, float]:
    """(ground metres, pixels) of a bar of a nice length near ``target_px``."""
    metres = nice_distance(ground_m_per_px * target_px)
    return metres, (metres / ground_m_per_px if ground_m_per_px > 0 else 0.0)


def _halo_text(p: QPainter, pos: QPointF, text: str, align_center: bool = True) -> None:
    fm = QFontMetricsF(p.font())
    w = fm.horizontalAdvance(text)
    x = pos.x() - w / 2 if align_center else pos.x()
    path = QPainterPath()
    path.addText(QPointF(x, pos.y()), p.font(), text)
    p.strokePath(
        path,
        QPen(
            QColor(255, 255, 255, 230),
            3.0,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        ),
    )
    p.fillPath(path, QColor(colours.TEXT))


def paint_scale_bar(
    p: QPainter, viewport: QRectF, ground_m_per_px: float, margin: float = 14.0
) -> QRectF:
    """A two-segment bar with its ground length, at the bottom left; returns its rect."""
    metres, px = scale_bar_length(ground_m_per_px)
    if px <= 0:
        return QRectF()
    p.save()
    font = QFont(p.font())
    font.setPointSizeF(8.5)
    p.setFont(font)
    fm = QFontMetricsF(font)
    h = 6.0
    x0 = viewport.left() + margin
    y0 = viewport.bottom() - margin - h
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(QPen(QColor(colours.TEXT), 1.0))
    half = px / 2.0
    p.setBrush(QBrush(QColor(colours.TEXT)))
    p.drawRect(QRectF(x0, y0, half, h))
    p.setBrush(QBrush(QColor("#FFFFFF")))
    p.drawRect(QRectF(x0 + half, y0, px - half, h))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    ty = y0 - 4
    _halo_text(p, QPointF(x0, ty), "0")
    _halo_text(p, QPointF(x0 + px, ty), distance_text(metres))
    p.restore()
    return QRectF(
        x0 - 6, y0 - fm.height() - 4, px + fm.horizontalAdvance("0000 km"), h + fm.height() + 4
    )


def paint_north_arrow(
    p: QPainter, viewport: QRectF, margin: float = 14.0, size: float = 34.0
) -> QRectF:
    """A north arrow at the top right. Web Mercator keeps north straight up everywhere."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    cx = viewport.right() - margin - size / 3
    top = viewport.top() + margin + 12
    w = size / 3
    left = QPainterPath()
    left.moveTo(cx, top)
    left.lineTo(cx - w, top + size)
    left.lineTo(cx, top + size * 0.72)
    left.closeSubpath()
    right = QPainterPath()
    right.moveTo(cx, top)
    right.lineTo(cx + w, top + size)
    right.lineTo(cx, top + size * 0.72)
    right.closeSubpath()
    pen = QPen(QColor(colours.TEXT), 1.0)
    p.setPen(pen)
    p.setBrush(QColor(colours.TEXT))
    p.drawPath(left)
    p.setBrush(QColor("#FFFFFF"))
    p.drawPath(right)
    font = QFont(p.font())
    font.setBold(True)
    font.setPointSizeF(10)
    p.setFont(font)
    _halo_text(p, QPointF(cx, top - 3), QCoreApplication.translate("MapOverlay", "N"))
    p.restore()
    return QRectF(cx - w - 4, top - 16, 2 * w + 8, size + 20)
