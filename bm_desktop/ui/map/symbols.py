"""How sites and security events look: shapes, colours and sizes.

Site symbols: the *shape* tells the mineral group (circle: 3TG; square:
cobalt/copper; half circle, half square: both), a white centre marks a site
with several minerals, the *fill* is its status or its implementation
rate, the *size* grows with the square root of its incidents (area
proportional to the count). Security events: one shape and colour per event
type, size by fatalities. The same painters draw the atlas sprites and the
legend swatches, so the legend always matches the map.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from bm_desktop.domain import colours

SITE_MIN_PX, SITE_MAX_PX = 11.0, 28.0
OUTLINE = "#263238"
HALO_PX = 4.0  # selection halo around a site
FATALITY_CLASSES = ((0, 7.0), (1, 10.0), (10, 14.0), (50, 19.0))  # (at least, size px)

# event type -> shape
EVENT_SHAPES = {
    "Battles": "star",
    "Violence against civilians": "triangle",
    "Explosions/Remote violence": "burst",
    "Riots": "diamond",
    "Protests": "square",
    "Strategic developments": "cross",
    "State-based conflict": "diamond",
    "Non-state conflict": "square",
    "One-sided violence": "triangle",
}
SHAPES = ("circle", "diamond", "square", "triangle", "star", "burst", "cross")


def event_shape(event_type: str) -> str:
    """The symbol of an event type: the table's, else one chosen by its name, so the
    types of any source are told apart by shape as well as colour."""
    known = EVENT_SHAPES.get(event_type)
    if known is not None:
        return known
    if not event_type:
        return "circle"
    return SHAPES[(colours.type_hash(event_type) // len(colours.EVENT_PALETTE)) % len(SHAPES)]


def site_diameter(incidents: float, max_incidents: float) -> float:
    """Symbol diameter: area proportional to the incidents, the busiest site at the maximum."""
    if max_incidents <= 0 or incidents <= 0:
        return SITE_MIN_PX
    share = math.sqrt(min(incidents, max_incidents) / max_incidents)
    return SITE_MIN_PX + (SITE_MAX_PX - SITE_MIN_PX) * share


def fatality_size(fatalities: int) -> float:
    size = FATALITY_CLASSES[0][1]
    for at_least, px in FATALITY_CLASSES:
        if fatalities >= at_least:
            size = px
    return size


def _site_outline(group: str, d: float) -> QPainterPath:
    r = d / 2.0
    path = QPainterPath()
    if group == "cobalt_copper":
        path.addRoundedRect(QRectF(-r, -r, d, d), d * 0.12, d * 0.12)
    elif group == "mixed":  # left half circle, right half square
        path.moveTo(0, -r)
        path.arcTo(QRectF(-r, -r, d, d), 90, 180)
        path.lineTo(r, r)
        path.lineTo(r, -r)
        path.closeSubpath()
    else:
        path.addEllipse(QPointF(0, 0), r, r)
    return path


MARK_NONE, MARK_SELECTED, MARK_HIGHLIGHTED = 0, 1, 2
HIGHLIGHT = "#FFB300"  # sites of the rows chosen in another dock


def paint_site(
    p: QPainter, group: str, fill: str, d: float, multi: bool, mark: int = MARK_NONE
) -> None:
    """A site symbol of diameter ``d`` centred on (0, 0); ``mark`` adds a halo."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    shape = _site_outline(group, d)
    if mark:
        halo = colours.SELECTION if mark == MARK_SELECTED else HIGHLIGHT
        p.setPen(
            QPen(
                QColor(halo),
                HALO_PX * 1.5,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(shape)
    p.setPen(QPen(QColor(OUTLINE), 1.3))
    p.setBrush(QColor(fill))
    p.drawPath(shape)
    if multi:  # a white centre: readable at every size, leaves the fill colour around it
        inner = max(1.6, d * 0.16)
        p.setPen(QPen(QColor(OUTLINE), 0.6))
        p.setBrush(QColor("#FFFFFF"))
        p.drawEllipse(QPointF(0, 0), inner, inner)


def site_sprite_size(key: tuple) -> float:
    _group, _fill, d, _multi, mark = key
    return d + (HALO_PX * 1.5 + 2 if mark else 2)


def draw_site_key(key: tuple, p: QPainter, _size: float) -> None:
    group, fill, d, multi, mark = key
    paint_site(p, group, fill, d, multi, mark)


def _star(r: float, points: int, inner: float) -> QPolygonF:
    poly = QPolygonF()
    for i in range(points * 2):
        a = math.pi / points * i - math.pi / 2
        rr = r if i % 2 == 0 else r * inner
        poly.append(QPointF(rr * math.cos(a), rr * math.sin(a)))
    return poly


def event_path(shape: str, size: float) -> QPainterPath:
    r = size / 2.0
    path = QPainterPath()
    if shape == "star":
        path.addPolygon(_star(r * 1.15, 5, 0.45))
    elif shape == "burst":
        path.addPolygon(_star(r * 1.1, 8, 0.55))
    elif shape == "triangle":
        path.addPolygon(QPolygonF([QPointF(0, r), QPointF(-r, -r * 0.8), QPointF(r, -r * 0.8)]))
    elif shape == "diamond":
        path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)]))
    elif shape == "square":
        path.addRect(QRectF(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7))
    elif shape == "cross":
        w = r * 0.42
        path.addRect(QRectF(-w, -r, 2 * w, 2 * r))
        path.addRect(QRectF(-r, -w, 2 * r, 2 * w))
        path = path.simplified()
    else:
        path.addEllipse(QPointF(0, 0), r * 0.8, r * 0.8)
    path.closeSubpath()
    return path


def event_colour(event_type: str) -> str:
    return colours.event_colour(event_type)


def paint_event(p: QPainter, event_type: str, size: float) -> None:
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(QColor("#FFFFFF"), 1.0))
    colour = QColor(event_colour(event_type))
    colour.setAlphaF(0.9)
    p.setBrush(colour)
    p.drawPath(event_path(event_shape(event_type), size))


def event_sprite_size(key: tuple) -> float:
    return key[1] * 1.25 + 2


def draw_event_key(key: tuple, p: QPainter, _size: float) -> None:
    paint_event(p, key[0], key[1])


def paint_alert_ring(p: QPainter, d: float) -> None:
    """The red outline of an alerted site (``d``: the site symbol's diameter)."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    r = d / 2.0 + 5.0
    p.setPen(QPen(QColor("#FFFFFF"), 5.0))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(0, 0), r, r)
    p.setPen(QPen(QColor(colours.ALERT), 3.0))
    p.drawEllipse(QPointF(0, 0), r, r)


def in_swatch(p: QPainter, rect: QRectF, paint, *args: object) -> None:  # noqa: ANN001
    """Paint a symbol centred in a legend swatch."""
    p.save()
    p.translate(rect.center())
    paint(p, *args)
    p.restore()
