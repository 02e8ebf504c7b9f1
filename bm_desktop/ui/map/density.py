"""Incident density: the kernel density grid as a transparent colour image.

The grid and its colours are computed off the GUI thread (see
:mod:`bm_desktop.ui.map.workspace`); this layer only shows the newest image,
scaled smoothly onto the map, with a colour-ramp legend in incidents per
100 km² of ground.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPen

from bm_desktop.domain import colours
from bm_desktop.geo.density import ramp_from_stops
from bm_desktop.ui.map.layer import LegendEntry, LegendSection, MapLayer
from bm_desktop.ui.theme import count_text

RAMP = ramp_from_stops(colours.DENSITY_RAMP)


translate = QCoreApplication.translate


class SmoothImageItem(pg.ImageItem):
    """An image drawn with bilinear smoothing (the grid is coarser than the screen)."""

    def paint(self, p: QPainter, *args: object) -> None:
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        super().paint(p, *args)


class DensityLayer(MapLayer):
    key = "density"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.image = self.add_item(SmoothImageItem(axisOrder="row-major"))
        self.peak = 0.0
        self.bandwidth_km = 15.0  # chosen in the Layers dock
        self.shown_bandwidth_km = 15.0  # of the image on the map (wider when zoomed far out)
        self.weighted = False
        self.generation = -1  # of the image shown
        self.rgba: np.ndarray | None = None
        self.extent: tuple[float, float, float, float] | None = None

    def title(self) -> str:
        return translate("MapDensity", "Incident density")

    def set_image(
        self,
        rgba: np.ndarray,
        extent: tuple[float, float, float, float],
        peak: float,
        bandwidth_km: float,
        weighted: bool,
        generation: int,
    ) -> None:
        """Show a new density image (rows from south to north) over ``extent``."""
        self.rgba, self.extent, self.generation = rgba, extent, generation
        self.peak, self.shown_bandwidth_km, self.weighted = peak, bandwidth_km, weighted
        x0, y0, x1, y1 = extent
        self.image.setImage(rgba, autoLevels=False, levels=None)
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.changed.emit()

    def legend(self) -> list[LegendSection]:
        unit = (
            translate("MapDensity", "severity-weighted incidents")
            if self.weighted
            else translate("MapDensity", "incidents")
        )
        if self.shown_bandwidth_km > self.bandwidth_km + 0.05:
            note = translate(
                "MapDensity",
                "{unit} per 100 km², bandwidth {km:g} km (widened to {shown:.0f} km at this scale)",
            ).format(unit=unit, km=self.bandwidth_km, shown=self.shown_bandwidth_km)
        else:
            note = translate("MapDensity", "{unit} per 100 km², bandwidth {km:g} km").format(
                unit=unit, km=self.bandwidth_km
            )
        peak = (
            QLocale().toString(float(self.peak), "f", 1)
            if self.peak < 10
            else count_text(round(self.peak))
        )  # "0,4" and "1 200" in French
        return [
            LegendSection(
                self.title(),
                [
                    LegendEntry(
                        translate("MapDensity", "low → high (peak {peak})").format(peak=peak),
                        _ramp_swatch,
                        width=70.0,
                        height=12.0,
                    )
                ],
                note=note,
            )
        ]


def _ramp_swatch(p: QPainter, r: QRectF) -> None:
    grad = QLinearGradient(r.left(), 0, r.right(), 0)
    for pos, colour, alpha in colours.DENSITY_RAMP:
        c = QColor(colour)
        c.setAlphaF(max(alpha, 0.08))
        grad.setColorAt(pos, c)
    p.setPen(QPen(QColor(colours.BORDER), 0.8))
    p.setBrush(grad)
    p.drawRect(r.adjusted(0, 1, 0, -1))
    p.setPen(Qt.PenStyle.NoPen)
