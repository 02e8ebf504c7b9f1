"""Admin-1 boundaries of the sample basemap, named for what they are.

Natural Earth still has the DRC's eleven pre-2015 provinces (Katanga, not
Lualaba and Haut-Katanga), so the layer says so in its name and legend, draws
outlines only and shows no province names that could mislead. Official
boundaries loaded from a file can replace it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from bm_desktop.domain import colours
from bm_desktop.geo.basemap_mercator import PolygonFeatures
from bm_desktop.ui.map.boundaries import NamedPolygonLayer, line_swatch
from bm_desktop.ui.map.layer import LegendEntry, LegendSection
from bm_desktop.ui.map.polygons import cosmetic_pen

EDGE = "#9C8F80"


class Admin1Layer(NamedPolygonLayer):
    key = "admin1"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.replaced_by: str | None = None  # file name of official boundaries replacing it

    def title(self) -> str:
        return QCoreApplication.translate(
            "MapLayers", "Admin-1 (Natural Earth, DRC pre-2015 provinces)"
        )

    def _draw_features(self, features: PolygonFeatures) -> None:
        self.set_polygons(
            features.geoms, None, {}, cosmetic_pen(EDGE, 1.0, Qt.PenStyle.DashLine), features.levels
        )

    def legend(self) -> list[LegendSection]:
        return [
            LegendSection(
                self.title(),
                [
                    LegendEntry(
                        QCoreApplication.translate(
                            "MapLayers",
                            "Province boundary (Natural Earth; DRC: the 11 provinces before 2015)",
                        ),
                        line_swatch(EDGE, 1.0, Qt.PenStyle.DashLine),
                    )
                ],
                group=QCoreApplication.translate("MapLayers", "Basemap"),
            )
        ]


__all__ = ["Admin1Layer", "PolygonFeatures", "colours"]
