"""Lakes: water fill, shore line and the names of the big lakes."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QBrush, QColor

from bm_desktop.domain import colours
from bm_desktop.geo.basemap_mercator import PolygonFeatures
from bm_desktop.ui.map.boundaries import NamedPolygonLayer, fill_swatch
from bm_desktop.ui.map.labels import LabelStyle, make_font
from bm_desktop.ui.map.layer import LegendEntry, LegendSection
from bm_desktop.ui.map.polygons import cosmetic_pen

LAKE_LABEL = "#2F5F8A"


class LakesLayer(NamedPolygonLayer):
    key = "lakes"
    label_priority = 300.0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label_style = LabelStyle(make_font(8.0, italic=True), QColor(LAKE_LABEL))

    def title(self) -> str:
        return QCoreApplication.translate("MapLayers", "Lakes")

    def _draw_features(self, features: PolygonFeatures) -> None:
        self.set_polygons(
            features.geoms,
            np.array([""] * len(features.geoms)),
            {"": QBrush(QColor(colours.WATER))},
            cosmetic_pen(colours.WATER_EDGE, 0.8),
            features.levels,
        )

    def legend(self) -> list[LegendSection]:
        return [
            LegendSection(
                self.title(),
                [
                    LegendEntry(
                        QCoreApplication.translate("MapLayers", "Lake"),
                        fill_swatch(colours.WATER, colours.WATER_EDGE),
                    )
                ],
                group=QCoreApplication.translate("MapLayers", "Basemap"),
            )
        ]
