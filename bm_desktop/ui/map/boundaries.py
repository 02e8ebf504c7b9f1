"""Countries (land and borders, with their names) and official boundary files."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from bm_desktop.domain import colours
from bm_desktop.geo.basemap_mercator import PolygonFeatures
from bm_desktop.geo.shapes import label_points
from bm_desktop.ui.map.labels import LabelBatch, LabelStyle, make_font
from bm_desktop.ui.map.layer import LegendEntry, LegendSection
from bm_desktop.ui.map.placement import CENTRED
from bm_desktop.ui.map.polygons import PolygonLayer, cosmetic_pen

PROGRAMME_COUNTRIES = ("COD", "RWA")


def fill_swatch(fill: str, edge: str | None = None, style: Qt.PenStyle = Qt.PenStyle.SolidLine):  # noqa: ANN201
    def draw(p: QPainter, r: QRectF) -> None:
        p.setPen(QPen(QColor(edge), 1.0, style) if edge else Qt.PenStyle.NoPen)
        p.setBrush(QColor(fill) if fill else Qt.BrushStyle.NoBrush)
        p.drawRect(r.adjusted(1, 2, -1, -2))

    return draw


def line_swatch(colour: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine):  # noqa: ANN201
    def draw(p: QPainter, r: QRectF) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(QColor(colour), width, style))
        p.drawLine(r.left() + 1, r.center().y(), r.right() - 1, r.center().y())

    return draw


class NamedPolygonLayer(PolygonLayer):
    """A polygon layer whose features can carry name labels (placed inside them)."""

    label_style: LabelStyle | None = None
    label_priority = 100.0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.features: PolygonFeatures | None = None
        self.lang = "en"
        self._anchors = np.zeros((0, 2))
        self._areas = np.zeros(0)

    def set_features(self, features: PolygonFeatures) -> None:
        import shapely

        self.features = features
        self._areas = shapely.area(features.geoms)
        self._draw_features(features)
        self._anchors = label_points(features.geoms)

    def _draw_features(self, features: PolygonFeatures) -> None:
        raise NotImplementedError(f"{type(self).__name__} must define _draw_features()")

    def names(self) -> list[str]:
        if self.features is None:
            return []
        return self.features.names_fr if self.lang == "fr" else self.features.names

    def view_changed(self, rect: QRectF, pixel: float) -> None:
        super().view_changed(rect, pixel)
        if self.features is not None and self.label_style is not None:
            self._anchors = label_points(
                self.features.geoms, (rect.left(), rect.top(), rect.right(), rect.bottom())
            )

    def label_batches(self, view: QRectF, pixel: float) -> list[LabelBatch]:
        batch = self.label_batch(view, pixel)
        return [batch] if batch is not None else []

    def label_batch(self, view: QRectF, pixel: float) -> LabelBatch | None:
        if not self.visible or self.features is None or self.label_style is None:
            return None
        ok = np.isfinite(self._anchors[:, 0])
        # bigger areas first; an area too small on screen for its name gets none
        area_px = self._areas / max(pixel * pixel, 1e-9)
        ok &= area_px > 1500
        idx = np.flatnonzero(ok)
        names = self.names()
        return LabelBatch(
            self._anchors[idx, 0],
            self._anchors[idx, 1],
            [names[i] for i in idx],
            self.label_priority + np.log10(1 + self._areas[idx]) / 100.0,
            np.zeros(len(idx)),
            self.label_style,
            CENTRED,
            self.opacity,
        )


class CountriesLayer(NamedPolygonLayer):
    key = "countries"
    label_priority = 400.0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label_style = LabelStyle(
            make_font(10.0, spacing=12), QColor("#757575"), uppercase=True
        )

    def title(self) -> str:
        return QCoreApplication.translate("MapLayers", "Countries")

    def _draw_features(self, features: PolygonFeatures) -> None:
        groups = np.where(np.isin(features.group, PROGRAMME_COUNTRIES), "programme", "other")
        self.set_polygons(
            features.geoms,
            groups,
            {
                "other": QBrush(QColor(colours.LAND)),
                "programme": QBrush(QColor(colours.LAND_PROGRAMME)),
            },
            cosmetic_pen(colours.BORDER, 1.0),
            features.levels,
        )

    def legend(self) -> list[LegendSection]:
        translate = QCoreApplication.translate
        return [
            LegendSection(
                self.title(),
                [
                    LegendEntry(
                        translate("MapLayers", "Programme country (DRC, Rwanda)"),
                        fill_swatch(colours.LAND_PROGRAMME, colours.BORDER),
                    ),
                    LegendEntry(
                        translate("MapLayers", "Other country"),
                        fill_swatch(colours.LAND, colours.BORDER),
                    ),
                ],
                group=translate("MapLayers", "Basemap"),
            )
        ]


class OfficialBoundariesLayer(NamedPolygonLayer):
    """Boundaries the user loaded from a file (drawn as outlines, names inside)."""

    label_priority = 200.0
    EDGE = "#6D4C41"

    def __init__(self, key: str, file_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.file_name = file_name
        self.label_style = LabelStyle(make_font(8.0, italic=True), QColor(self.EDGE))

    def title(self) -> str:
        return QCoreApplication.translate("MapLayers", "Official boundaries: {file}").format(
            file=self.file_name
        )

    def _draw_features(self, features: PolygonFeatures) -> None:
        self.set_polygons(
            features.geoms, None, {}, cosmetic_pen(self.EDGE, 1.4, Qt.PenStyle.DashLine)
        )

    def legend(self) -> list[LegendSection]:
        return [
            LegendSection(
                self.title(),
                [
                    LegendEntry(
                        QCoreApplication.translate("MapLayers", "Boundary (from the loaded file)"),
                        line_swatch(self.EDGE, 1.4, Qt.PenStyle.DashLine),
                    )
                ],
            )
        ]
