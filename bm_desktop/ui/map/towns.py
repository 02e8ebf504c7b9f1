"""Towns: a dot and a name, bigger and placed first for bigger towns.

Only towns whose label finds room are drawn (with their dot), so the map never
fills with unnamed dots; the programme's own towns (Bukavu, Goma, Kolwezi,
Lubumbashi, Kigali ...) come before any other town.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from bm_desktop.domain import colours
from bm_desktop.geo.basemap_mercator import Places
from bm_desktop.geo.projection import latitude_at
from bm_desktop.ui.map.labels import LabelBatch, LabelStyle, make_font
from bm_desktop.ui.map.layer import LegendEntry, LegendSection, MapLayer
from bm_desktop.ui.map.placement import AROUND

DOT = 4.5


def _town_swatch(p: QPainter, r: QRectF) -> None:
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(QColor("#FFFFFF"), 1.0))
    p.setBrush(QColor(colours.TOWN))
    p.drawEllipse(QPointF(r.center()), DOT / 2 + 0.5, DOT / 2 + 0.5)


class TownsLayer(MapLayer):
    key = "towns"
    pinned_on_top = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.places: Places | None = None
        colour = QColor(colours.TOWN)
        self._styles = [
            LabelStyle(make_font(9.0, bold=True), colour, dot=DOT + 1, dot_colour=colour),
            LabelStyle(make_font(8.5), colour, dot=DOT, dot_colour=colour),
            LabelStyle(make_font(7.5), colour, dot=DOT - 1, dot_colour=colour),
        ]

    def title(self) -> str:
        return QCoreApplication.translate("MapLayers", "Towns")

    def set_places(self, places: Places) -> None:
        self.places = places
        self.changed.emit()

    def label_batches(self, view: QRectF, pixel: float) -> list[LabelBatch]:
        """One batch per size class (programme towns and cities, towns, small towns)."""
        pl = self.places
        if not self.visible or pl is None:
            return []
        pop = pl.population.astype(float)
        # Zoomed out, only bigger towns compete for room (programme towns always do).
        ground = pixel * float(np.cos(np.radians(latitude_at(view.center().y()))))
        keep = pl.programme_town | (pop >= min(ground * 30.0, 250_000.0))
        priority = np.log10(1 + pop) + np.where(pl.programme_town, 600.0, 100.0)
        big = keep & (pl.programme_town | (pop >= 500_000))
        small = keep & ~big & (pop < 100_000)
        mid = keep & ~big & ~small
        out = []
        for style, sel in zip(self._styles, (big, mid, small), strict=True):
            idx = np.flatnonzero(sel)
            out.append(
                LabelBatch(
                    pl.x[idx],
                    pl.y[idx],
                    [pl.names[i] for i in idx],
                    priority[idx],
                    np.full(len(idx), DOT / 2 + 2.0),
                    style,
                    AROUND,
                    self.opacity,
                )
            )
        return out

    def legend(self) -> list[LegendSection]:
        return [
            LegendSection(
                self.title(),
                [
                    LegendEntry(
                        QCoreApplication.translate("MapLayers", "Town (bigger name: more people)"),
                        _town_swatch,
                    )
                ],
                group=QCoreApplication.translate("MapLayers", "Basemap"),
            )
        ]
