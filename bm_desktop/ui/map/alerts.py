"""Proximity alerts: sites with a security event within R km in the last N days are
ringed in red, with a dashed line to each such event."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem

from bm_desktop.domain import colours
from bm_desktop.ui.map.layer import LegendEntry, LegendSection, MapLayer
from bm_desktop.ui.map.polygons import cosmetic_pen
from bm_desktop.ui.map.sprites import SpriteAtlas, SpriteScatter
from bm_desktop.ui.map.symbols import in_swatch, paint_alert_ring

translate = QCoreApplication.translate


class AlertsLayer(MapLayer):
    key = "alerts"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.atlas = SpriteAtlas(lambda d, p, _s: paint_alert_ring(p, d), lambda d: d + 14)
        self.lines = self.add_item(QGraphicsPathItem())
        self.lines.setPen(cosmetic_pen(colours.ALERT, 1.3, Qt.PenStyle.DashLine))
        self.rings = self.add_item(SpriteScatter(self.atlas))
        self.radius_km = 25.0
        self.days = 30
        self.as_of = ""
        self.site_indices: list[int] = []

    def title(self) -> str:
        return translate("MapAlerts", "Security alerts near sites")

    def set_alerts(
        self,
        site_indices: list[int],
        site_x: np.ndarray,
        site_y: np.ndarray,
        diameters: np.ndarray,
        event_x: np.ndarray,
        event_y: np.ndarray,
        pair_sites: np.ndarray,
        radius_km: float,
        days: int,
        as_of: str,
    ) -> None:
        """Ring the alerted sites; ``pair_sites`` / ``event_x`` / ``event_y`` are the pairs."""
        self.site_indices = list(site_indices)
        self.radius_km, self.days, self.as_of = radius_km, days, as_of
        idx = np.asarray(site_indices, dtype=np.intp)
        sprites = self.atlas.indices([round(float(d)) for d in diameters[idx]])
        self.rings.set_points(site_x[idx], site_y[idx], sprites)
        n = len(pair_sites)
        xs = np.empty(2 * n)
        ys = np.empty(2 * n)
        xs[0::2], ys[0::2] = site_x[pair_sites], site_y[pair_sites]
        xs[1::2], ys[1::2] = event_x, event_y
        self.lines.setPath(pg.arrayToQPath(xs, ys, connect="pairs") if n else QPainterPath())
        self.changed.emit()

    def legend(self) -> list[LegendSection]:
        return [
            LegendSection(
                self.title(),
                [
                    LegendEntry(
                        translate(
                            "MapAlerts", "Event within {km:g} km in the {days} days to {date}"
                        ).format(km=self.radius_km, days=self.days, date=self.as_of),
                        _ring_swatch,
                        width=26,
                        height=24,
                    ),
                    LegendEntry(translate("MapAlerts", "Line to the event"), _line_swatch),
                ],
            )
        ]


def _ring_swatch(p: QPainter, r: QRectF) -> None:
    in_swatch(p, r, paint_alert_ring, 10.0)


def _line_swatch(p: QPainter, r: QRectF) -> None:
    p.setPen(cosmetic_pen(colours.ALERT, 1.3, Qt.PenStyle.DashLine))
    p.drawLine(r.left() + 1, r.center().y(), r.right() - 1, r.center().y())
