"""A reference layer on the map: the sites of a national register, small and muted,
drawn under the programme's sites, filtered by the register's own attributes
(mineral, last visit year, armed presence, child labour) and identified by click."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QPainter, QPen

from bm_desktop.domain import colours
from bm_desktop.services.reference_layers import ReferenceSites
from bm_desktop.ui.map.layer import LegendEntry, LegendSection, MapLayer
from bm_desktop.ui.map.sprites import SpriteAtlas, SpriteScatter

FILL = colours.REFERENCE_SITE  # muted: context, not the programme
EDGE = "#FFFFFF"
SIZE = 6.0
PREFIX = "reference:"
translate = QCoreApplication.translate


def layer_key(name: str) -> str:
    return PREFIX + name


def paint_reference(p: QPainter, size: float) -> None:
    p.setPen(QPen(QColor(EDGE), 0.8))
    fill = QColor(FILL)
    fill.setAlphaF(0.75)
    p.setBrush(fill)
    p.drawEllipse(QPointF(0, 0), size / 2, size / 2)


class ReferenceSitesLayer(MapLayer):
    site_clicked = Signal(object)  # the reference site's id (uuid)

    def __init__(
        self,
        sites: ReferenceSites,
        mineral_names: dict[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = layer_key(sites.layer)
        self.name = sites.layer
        self.sites = sites
        self.mineral_names = mineral_names or {}
        self.atlas = SpriteAtlas(lambda _k, p, s: paint_reference(p, s), lambda _k: SIZE)
        self.scatter = self.add_item(SpriteScatter(self.atlas))
        self.filters: dict[str, object] = {
            "mineral": None,
            "visited_since": None,
            "armed": None,
            "child": None,
        }
        self.shown = np.zeros(0, dtype=np.intp)
        self._apply()

    def title(self) -> str:
        return translate("ReferenceLayers", "{name} (reference)").format(name=self.name)

    # -- filters -------------------------------------------------------------------------
    def set_filters(
        self,
        mineral: str | None = None,
        visited_since: int | None = None,
        armed: bool | None = None,
        child: bool | None = None,
    ) -> None:
        """Show only the register's sites that pass its own filters (None: any)."""
        self.filters = {
            "mineral": mineral,
            "visited_since": visited_since,
            "armed": armed,
            "child": child,
        }
        self._apply()

    def _apply(self) -> None:
        t = self.sites
        self.shown = np.flatnonzero(t.mask(**self.filters))  # type: ignore[arg-type]
        sprite = self.atlas.index("site")
        self.scatter.set_points(
            t.x[self.shown], t.y[self.shown], np.full(len(self.shown), sprite, dtype=np.int32)
        )
        self.changed.emit()

    def mineral_text(self, code: str) -> str:
        return self.mineral_names.get(code, code)

    # -- identify ------------------------------------------------------------------------
    def hits(self, pos: QPointF, pixel: float) -> np.ndarray:
        if self.shown.size == 0 or pixel <= 0:
            return np.zeros(0, dtype=np.intp)
        t, idx = self.sites, self.shown
        d = np.hypot(t.x[idx] - pos.x(), t.y[idx] - pos.y()) / pixel
        hit = np.flatnonzero(d <= SIZE / 2.0 + 3.0)
        return idx[hit[np.argsort(d[hit], kind="stable")]]

    def click_at(self, pos: QPointF, pixel: float, extend: bool) -> bool:
        hit = self.hits(pos, pixel)
        if hit.size == 0:
            return False
        self.site_clicked.emit(self.sites.ids[int(hit[0])])
        return True

    def tooltip_at(self, pos: QPointF, pixel: float) -> str | None:
        hit = self.hits(pos, pixel)
        if hit.size == 0:
            return None
        i, t = int(hit[0]), self.sites
        minerals = ", ".join(self.mineral_text(m) for m in t.minerals[i]) or "—"
        lines = [
            f"<b>{html.escape(t.names[i])}</b> ({html.escape(t.codes[i])})",
            html.escape(self.title()),
            translate("ReferenceLayers", "Minerals: {minerals}").format(
                minerals=html.escape(minerals)
            ),
            translate("ReferenceLayers", "Last visit: {year}").format(
                year=int(t.last_year[i]) or "—"
            ),
            translate("ReferenceLayers", "Click for the attributes and visits"),
        ]
        return "<br>".join(lines)

    def legend(self) -> list[LegendSection]:
        def draw(p: QPainter, r: QRectF) -> None:
            p.save()
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.translate(r.center())
            paint_reference(p, 8.0)
            p.restore()

        return [
            LegendSection(
                self.title(),
                [
                    LegendEntry(
                        translate("ReferenceLayers", "Register site ({n} shown of {total})").format(
                            n=len(self.shown), total=len(self.sites)
                        ),
                        draw,
                    )
                ],
                note=translate("ReferenceLayers", "context only: not programme sites"),
            )
        ]
