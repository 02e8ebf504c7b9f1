"""The planned trip on the map: each day's route in its colour (the path driven, by
road when a road network was used), flagged legs dashed red over it, the base as a
square and the stops as dots labelled "day.stop code"."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem

from bm_desktop.domain import colours
from bm_desktop.exchange.trip_files import _day_path, day_colour
from bm_desktop.geo.projection import lonlat_to_mercator
from bm_desktop.services.trip_planner import TripPlan
from bm_desktop.ui.dates import date_text
from bm_desktop.ui.map.layer import LegendEntry, LegendSection, MapLayer
from bm_desktop.ui.map.polygons import cosmetic_pen

translate = QCoreApplication.translate


def _path(points: list[tuple[float, float]]) -> QPainterPath:
    x, y = lonlat_to_mercator(np.array([p[0] for p in points]), np.array([p[1] for p in points]))
    return pg.arrayToQPath(np.asarray(x, float), np.asarray(y, float))


class TripLayer(MapLayer):
    key = "trip"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: TripPlan | None = None
        self.routes: list[QGraphicsPathItem] = []
        self.flagged = self.add_item(QGraphicsPathItem())
        self.flagged.setPen(cosmetic_pen(colours.ALERT, 2.0, Qt.PenStyle.DashLine))
        self.stops = self.add_item(pg.ScatterPlotItem(pxMode=True))
        self.labels: list[pg.TextItem] = []
        self.stop_points: list[tuple[float, float, str]] = []  # mercator x, y, label

    def title(self) -> str:
        return translate("MapTrip", "Planned trip")

    def set_plan(self, plan: TripPlan | None) -> None:
        """Draw ``plan`` (None clears the layer)."""
        self.plan = plan
        for item in self.routes + self.labels:
            if self._viewbox is not None:
                self._viewbox.removeItem(item)
            self._items.remove(item)
        self.routes, self.labels, self.stop_points = [], [], []
        flagged = QPainterPath()
        spots = []
        if plan is not None:
            for d, day in enumerate(plan.days):
                pts = _day_path(day)
                if len(pts) < 2:
                    continue
                item = QGraphicsPathItem(_path(pts))
                item.setPen(cosmetic_pen(day_colour(d), 3.0))
                self.routes.append(self.add_item(item))
                for leg in day.legs:
                    if leg.events:
                        flagged.addPath(_path(leg.path))
            bx, by = lonlat_to_mercator(*plan.base_position)
            spots.append(
                {
                    "pos": (float(bx), float(by)),
                    "size": 12,
                    "symbol": "s",
                    "brush": QBrush(QColor("#202020")),
                }
            )
            self.stop_points.append((float(bx), float(by), plan.base))
            for d, day in enumerate(plan.days, start=1):
                for n, stop in enumerate(day.stops, start=1):
                    x, y = lonlat_to_mercator(stop.site.longitude, stop.site.latitude)
                    spots.append(
                        {
                            "pos": (float(x), float(y)),
                            "size": 11,
                            "symbol": "o",
                            "brush": QBrush(QColor(day_colour(d - 1))),
                            "pen": pg.mkPen(
                                colours.ALERT if stop.alerts else "w", width=2 if stop.alerts else 1
                            ),
                        }
                    )
                    self.stop_points.append((float(x), float(y), f"{d}.{n} {stop.site.code}"))
            for x, y, text in self.stop_points:
                label = pg.TextItem(text, color="#202020", anchor=(-0.1, 0.5))
                label.setPos(x, y)
                self.labels.append(self.add_item(label))
        self.flagged.setPath(flagged)
        self.stops.setData(spots)
        self.set_z(self._z)
        self.changed.emit()

    def bounds(self) -> QRectF | None:
        """The trip's extent (map metres), for zooming to it."""
        if not self.stop_points:
            return None
        xs = [p[0] for p in self.stop_points]
        ys = [p[1] for p in self.stop_points]
        for item in self.routes:
            r = item.path().boundingRect()
            xs += [r.left(), r.right()]
            ys += [r.top(), r.bottom()]
        rect = QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))
        pad = max(rect.width(), rect.height(), 20000.0) * 0.15
        return rect.adjusted(-pad, -pad, pad, pad)

    def legend(self) -> list[LegendSection]:
        if self.plan is None:
            return []
        entries = [
            LegendEntry(
                translate("MapTrip", "Day {n}: {date}").format(n=d + 1, date=date_text(day.day)),
                _line_swatch(day_colour(d)),
            )
            for d, day in enumerate(self.plan.days)
            if day.stops
        ]
        entries.append(
            LegendEntry(
                translate("MapTrip", "Leg near a security event"),
                _line_swatch(colours.ALERT, Qt.PenStyle.DashLine),
            )
        )
        return [LegendSection(self.title(), entries)]


def _line_swatch(colour: str, style: Qt.PenStyle = Qt.PenStyle.SolidLine):  # noqa: ANN202
    def draw(p: QPainter, r: QRectF) -> None:
        p.setPen(cosmetic_pen(colour, 3.0, style))
        p.drawLine(r.left() + 1, r.center().y(), r.right() - 1, r.center().y())

    return draw
