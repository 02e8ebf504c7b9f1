"""Mine sites: symbol by mineral group, colour by status or implementation rate,
size by incidents under the filters; hover, click and box selection; site labels."""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter

from bm_desktop.domain import colours
from bm_desktop.services.map_data import SiteTable
from bm_desktop.ui.map.labels import LabelBatch, LabelStyle, make_font
from bm_desktop.ui.map.layer import LegendEntry, LegendSection, MapLayer
from bm_desktop.ui.map.placement import AROUND
from bm_desktop.ui.map.sprites import SpriteAtlas, SpriteScatter
from bm_desktop.ui.map.symbols import (
    MARK_HIGHLIGHTED,
    MARK_NONE,
    MARK_SELECTED,
    draw_site_key,
    in_swatch,
    paint_site,
    site_diameter,
    site_sprite_size,
)
from bm_desktop.ui.theme import count_text, percent_text

STATUS_ORDER = ("active", "inactive", "suspended")
STATUS_TEXT = {
    "active": QT_TRANSLATE_NOOP("MapSites", "Active"),
    "inactive": QT_TRANSLATE_NOOP("MapSites", "Inactive"),
    "suspended": QT_TRANSLATE_NOOP("MapSites", "Suspended"),
}
COLOUR_BY_STATUS, COLOUR_BY_RATE = "status", "rate"


translate = QCoreApplication.translate


@dataclass
class SiteFigures:
    """What the sites layer shows of each site (arrays parallel to the SiteTable)."""

    table: SiteTable
    shown: np.ndarray  # bool: passes the site filters
    incidents: np.ndarray  # int: incidents under the filters
    rate: np.ndarray  # float: implementation rate as of the period's end (NaN: no action)
    open: np.ndarray  # int
    overdue: np.ndarray  # int
    as_of: str = ""  # the date the action figures are for, as shown (31/12/2021)
    mineral_names: dict[str, str] = field(default_factory=dict)
    alerts: dict[int, str] = field(default_factory=dict)  # site index -> alert line

    @classmethod
    def empty(cls, table: SiteTable) -> SiteFigures:
        n = len(table)
        return cls(
            table,
            np.ones(n, bool),
            np.zeros(n, int),
            np.full(n, np.nan),
            np.zeros(n, int),
            np.zeros(n, int),
        )


def nice_counts(maximum: int) -> list[int]:
    """Up to three round reference counts for the size legend (largest first)."""
    if maximum <= 0:
        return [0]
    top = int(maximum)
    magnitude = 10 ** int(math.floor(math.log10(top)))
    refs = [top]
    for candidate in (top // 4, top // 16):
        nice = max(
            1,
            int(round(candidate / magnitude) * magnitude) if candidate >= magnitude else candidate,
        )
        if 0 < nice < refs[-1]:
            refs.append(nice)
    return refs


class SitesLayer(MapLayer):
    key = "sites"
    site_clicked = Signal(int, bool)  # site index, extend the selection

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.atlas = SpriteAtlas(draw_site_key, site_sprite_size)
        self.scatter = self.add_item(SpriteScatter(self.atlas))
        self.figures: SiteFigures | None = None
        self.colour_by = COLOUR_BY_STATUS
        self.selected: set[int] = set()
        self.highlighted: set[int] = set()
        self.diameter = np.zeros(0)
        self.fill: list[str] = []

    def title(self) -> str:
        return translate("MapSites", "Mine sites")

    # -- data ----------------------------------------------------------------------------
    def set_figures(self, figures: SiteFigures) -> None:
        self.figures = figures
        self._rebuild()

    def set_colour_by(self, mode: str) -> None:
        if mode in (COLOUR_BY_STATUS, COLOUR_BY_RATE) and mode != self.colour_by:
            self.colour_by = mode
            self._rebuild()

    def set_selected(self, indices: set[int]) -> None:
        if indices != self.selected:
            self.selected = set(indices)
            self._rebuild()

    def set_highlighted(self, indices: set[int]) -> None:
        """Sites chosen in another view (e.g. the incident register), shown with a halo."""
        if indices != self.highlighted:
            self.highlighted = set(indices)
            self._rebuild()

    def mark_of(self, i: int) -> int:
        if i in self.selected:
            return MARK_SELECTED
        return MARK_HIGHLIGHTED if i in self.highlighted else MARK_NONE

    def fill_of(self, i: int) -> str:
        f = self.figures
        assert f is not None
        if self.colour_by == COLOUR_BY_RATE:
            rate = f.rate[i]
            return colours.rate_colour(None if math.isnan(rate) else float(rate))
        return colours.STATUS.get(str(f.table.status[i]), colours.STATUS["inactive"])

    def _rebuild(self) -> None:
        f = self.figures
        if f is None:
            return
        shown = np.flatnonzero(f.shown)
        top = int(f.incidents[shown].max()) if shown.size else 0
        self.diameter = np.array([site_diameter(float(n), top) for n in f.incidents])
        self.fill = [self.fill_of(i) for i in range(len(f.table))]
        multi = f.table.multi_mineral
        keys = [
            (
                str(f.table.group[i]),
                self.fill[i],
                round(float(self.diameter[i])),
                bool(multi[i]),
                self.mark_of(i),
            )
            for i in shown
        ]
        sprites = self.atlas.indices(keys)
        order = np.argsort(-self.diameter[shown], kind="stable")  # big ones below small ones
        self.scatter.set_points(f.table.x[shown][order], f.table.y[shown][order], sprites[order])
        self.changed.emit()

    # -- interaction ---------------------------------------------------------------------
    def hits(self, pos: QPointF, pixel: float) -> np.ndarray:
        """Shown sites under a map point, nearest first."""
        f = self.figures
        if f is None or pixel <= 0:
            return np.zeros(0, dtype=np.intp)
        d = np.hypot(f.table.x - pos.x(), f.table.y - pos.y()) / pixel
        hit = np.flatnonzero(f.shown & (d <= self.diameter / 2.0 + 3.0))
        return hit[np.argsort(d[hit], kind="stable")]

    def in_rect(self, rect: QRectF) -> list[int]:
        f = self.figures
        if f is None:
            return []
        t = f.table
        inside = (
            f.shown
            & (t.x >= rect.left())
            & (t.x <= rect.right())
            & (t.y >= rect.top())
            & (t.y <= rect.bottom())
        )
        return np.flatnonzero(inside).tolist()

    def click_at(self, pos: QPointF, pixel: float, extend: bool) -> bool:
        hit = self.hits(pos, pixel)
        if hit.size == 0:
            return False
        self.site_clicked.emit(int(hit[0]), extend)
        return True

    def tooltip_at(self, pos: QPointF, pixel: float) -> str | None:
        hit = self.hits(pos, pixel)
        if hit.size == 0 or self.figures is None:
            return None
        return self.tooltip(int(hit[0]))

    def tooltip(self, i: int) -> str:
        f = self.figures
        assert f is not None
        t = f.table
        minerals = ", ".join(f.mineral_names.get(m, m) for m in t.minerals[i]) or "—"
        rate = f.rate[i]
        rate_text = "—" if math.isnan(rate) else percent_text(rate)
        status = str(t.status[i])
        lines = [
            f"<b>{html.escape(t.names[i])}</b> ({html.escape(t.codes[i])})",
            translate("MapSites", "Minerals: {minerals}").format(minerals=minerals),
            translate("MapSites", "Status: {status}").format(
                status=translate("MapSites", STATUS_TEXT.get(status, status))
            ),
            translate("MapSites", "Incidents in the period: {n}").format(n=int(f.incidents[i])),
            translate("MapSites", "Open actions: {open}, overdue: {overdue}").format(
                open=int(f.open[i]), overdue=int(f.overdue[i])
            ),
            translate("MapSites", "Implementation rate: {rate}").format(rate=rate_text),
        ]
        if i in f.alerts:
            lines.append(f"<span style='color:{colours.ALERT}'>⚠ {html.escape(f.alerts[i])}</span>")
        return "<br>".join(lines)

    # -- labels and legend ---------------------------------------------------------------
    def label_obstacles(self, view: QRectF, pixel: float):  # noqa: ANN201
        f = self.figures
        if f is None or not self.visible:
            return None
        idx = np.flatnonzero(f.shown)
        return f.table.x[idx], f.table.y[idx], self.diameter[idx] / 2.0

    def legend(self) -> list[LegendSection]:
        f = self.figures
        sections = [
            LegendSection(
                translate("MapSites", "Mine sites: minerals"),
                [
                    LegendEntry(
                        translate("MapSites", "3TG (tin, tantalum, tungsten, gold)"),
                        _swatch("3TG", "#FFFFFF", False),
                    ),
                    LegendEntry(
                        translate("MapSites", "Cobalt / copper"),
                        _swatch("cobalt_copper", "#FFFFFF", False),
                    ),
                    LegendEntry(
                        translate("MapSites", "Both mineral groups"),
                        _swatch("mixed", "#FFFFFF", False),
                    ),
                    LegendEntry(
                        translate("MapSites", "Several minerals (white centre)"),
                        _swatch("3TG", "#9E9E9E", True),
                    ),
                ],
            )
        ]
        if self.colour_by == COLOUR_BY_RATE:
            sections.append(
                LegendSection(
                    translate("MapSites", "Mine sites: implementation rate"),
                    [
                        LegendEntry(
                            translate("MapSites", "80% or more (target)"),
                            _swatch("3TG", colours.RATE_HIGH),
                        ),
                        LegendEntry(
                            translate("MapSites", "65% to 79%"), _swatch("3TG", colours.RATE_MID)
                        ),
                        LegendEntry(
                            translate("MapSites", "Below 65%"), _swatch("3TG", colours.RATE_LOW)
                        ),
                        LegendEntry(
                            translate("MapSites", "No action recommended yet"),
                            _swatch("3TG", colours.STATUS["inactive"]),
                        ),
                    ],
                    note=translate("MapSites", "actions as of {date}").format(date=f.as_of)
                    if f
                    else "",
                )
            )
        else:
            sections.append(
                LegendSection(
                    translate("MapSites", "Mine sites: status"),
                    [
                        LegendEntry(
                            translate("MapSites", STATUS_TEXT[s]), _swatch("3TG", colours.STATUS[s])
                        )
                        for s in STATUS_ORDER
                    ],
                )
            )
        if f is not None:
            top = int(f.incidents[f.shown].max()) if f.shown.any() else 0
            counts = nice_counts(top)
            sizes = [(site_diameter(n, top), count_text(n)) for n in counts]
            sections.append(
                LegendSection(
                    translate("MapSites", "Mine sites: incidents in the period"),
                    [size_row(sizes, lambda p, d: paint_site(p, "3TG", "#FFFFFF", d, False))],
                )
            )
        return sections


def _swatch(group: str, fill: str, multi: bool = False):  # noqa: ANN202
    def draw(p: QPainter, r: QRectF) -> None:
        in_swatch(p, r, paint_site, group, fill, 13.0, multi)

    return draw


def size_row(sizes: list[tuple[float, str]], paint) -> LegendEntry:  # noqa: ANN001
    """One legend line of proportional symbols, each followed by its value."""
    from PySide6.QtGui import QFontMetricsF

    def draw(p: QPainter, r: QRectF) -> None:
        fm = QFontMetricsF(p.font())
        x = r.left()
        for d, text in sizes:
            p.save()
            p.translate(x + d / 2, r.center().y())
            paint(p, d)
            p.restore()
            x += d + 3
            p.setPen(QColor(colours.TEXT))
            p.drawText(
                QRectF(x, r.top(), fm.horizontalAdvance(text) + 2, r.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += fm.horizontalAdvance(text) + 10

    width = sum(d + 13 + 7 * len(t) for d, t in sizes)
    height = max(d for d, _t in sizes) + 2
    return LegendEntry("", draw, width=width, height=height)


class SiteLabelsLayer(MapLayer):
    """The names of the shown sites, placed first among all labels."""

    key = "site_labels"
    pinned_on_top = True

    def __init__(self, sites: SitesLayer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sites = sites
        self.style = LabelStyle(make_font(8.5, bold=True), QColor(colours.TEXT))

    def title(self) -> str:
        return translate("MapSites", "Site labels")

    def label_batches(self, view: QRectF, pixel: float) -> list[LabelBatch]:
        f = self.sites.figures
        if f is None or not self.visible or not self.sites.visible:
            return []
        x, y = f.table.x, f.table.y
        idx = np.flatnonzero(
            f.shown
            & (x >= view.left())
            & (x <= view.right())
            & (y >= view.top())
            & (y <= view.bottom())
        )
        names = f.table.names
        return [
            LabelBatch(
                x[idx],
                y[idx],
                [names[i] for i in idx],
                1000.0 + f.incidents[idx],
                self.sites.diameter[idx] / 2.0 + 3.5,
                self.style,
                AROUND,
                self.opacity,
            )
        ]
