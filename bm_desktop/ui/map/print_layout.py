"""The presentation map's page: title, subtitle, map, legend, scale, north, locator,
date, sources, logo; written as PDF or SVG (vector, selectable text) or PNG at a dpi.

Everything is laid out in *layout pixels*, 96 to the inch, on every device: the
PNG is a QImage whose device pixel ratio is dpi / 96, the PDF writer and the SVG
generator work at 96 dpi (their coordinates are floating point, so nothing is lost).
The map itself is the scene of a :class:`~bm_desktop.ui.map.print_map.PrintMap`,
drawn by the screen's layer code; the scale bar and north arrow are the screen's own
painting functions (:mod:`~bm_desktop.ui.map.overlays`), the legend the screen's
:func:`~bm_desktop.ui.map.legend.paint_legend` over the visible layers only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from bm_desktop.domain import colours
from bm_desktop.services import choices
from bm_desktop.ui.locale_text import place_text
from bm_desktop.ui.map.inset import paint_locator
from bm_desktop.ui.map.legend import paint_legend
from bm_desktop.ui.map.overlays import paint_north_arrow, paint_scale_bar
from bm_desktop.ui.map.print_map import PrintMap

LAYOUT_DPI = 96.0
MM = LAYOUT_DPI / 25.4  # layout pixels per millimetre
PAGE_MM = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}  # landscape
MARGIN_MM = 10.0
PANEL_MM = 88.0  # the legend and locator column (landscape) or band (portrait)
LEGEND_SCALES = (1.0, 0.92, 0.84, 0.76, 0.7, 0.64, 0.58)  # shrunk until the legend fits
FORMATS = (".pdf", ".png", ".svg")
EVENT_SOURCES = {"acled": "ACLED", "ucdp": "UCDP GED"}


translate = QCoreApplication.translate


@dataclass(frozen=True)
class PageSpec:
    """The sheet and the texts of a presentation map."""

    size: str = "A4"
    orientation: str = "landscape"
    title: str = ""
    dpi: int = 300
    logo: str = ""  # an image file drawn top right (default: the "print/logo" setting)

    @property
    def page_mm(self) -> tuple[float, float]:
        w, h = PAGE_MM[self.size]
        return (w, h) if self.orientation == "landscape" else (h, w)

    @property
    def page_px(self) -> QSizeF:
        w, h = self.page_mm
        return QSizeF(w * MM, h * MM)


@dataclass
class Frames:
    """Where each part of the page goes (layout pixels)."""

    page: QRectF
    header: QRectF
    map: QRectF
    locator: QRectF
    legend: QRectF
    footer: QRectF


def frames(spec: PageSpec) -> Frames:
    size = spec.page_px
    page = QRectF(0, 0, size.width(), size.height())
    m = MARGIN_MM * MM
    inner = page.adjusted(m, m, -m, -m)
    header = QRectF(inner.left(), inner.top(), inner.width(), 17 * MM)
    footer = QRectF(inner.left(), inner.bottom() - 12 * MM, inner.width(), 12 * MM)
    body = QRectF(
        inner.left(),
        header.bottom() + 2 * MM,
        inner.width(),
        footer.top() - header.bottom() - 4 * MM,
    )
    panel = PANEL_MM * MM
    gap = 4 * MM
    if spec.orientation == "landscape":
        mp = QRectF(body.left(), body.top(), body.width() - panel - gap, body.height())
        locator = QRectF(mp.right() + gap, body.top(), panel, panel * 0.62)
        legend = QRectF(
            locator.left(), locator.bottom() + gap, panel, body.bottom() - locator.bottom() - gap
        )
    else:
        band = panel * 0.95
        mp = QRectF(body.left(), body.top(), body.width(), body.height() - band - gap)
        locator = QRectF(body.left(), mp.bottom() + gap, band * 0.9, band)
        legend = QRectF(
            locator.right() + gap, locator.top(), body.right() - locator.right() - gap, band
        )
    return Frames(page, header, mp, locator, legend, footer)


def _font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _date_text(day: dt.date) -> str:
    """A date in words in the language of the map ("1 October 2021", "1 octobre 2021")."""
    return QLocale().toString(day, "d MMMM yyyy")


def subtitle_text(pm: PrintMap) -> str:
    """The period and the filters in words."""
    f = pm.filters
    o = pm.options
    parts = [
        translate("PrintLayout", "{start} to {end}").format(
            start=_date_text(f.start), end=_date_text(f.end)
        )
    ]
    if o.region:
        parts.append(translate("PrintLayout", "Region: {name}").format(name=region_text(o.region)))
    elif f.regions:
        parts.append(
            translate("PrintLayout", "Regions: {names}").format(
                names=", ".join(region_text(r) for r in sorted(f.regions))
            )
        )
    elif o.view is None:
        parts.append(translate("PrintLayout", "Whole programme"))
    if pm.ws.sites.visible:
        parts.append(
            translate("PrintLayout", "Sites coloured by implementation rate")
            if pm.ws.sites.colour_by == "rate"
            else translate("PrintLayout", "Sites coloured by status")
        )
    if f.risk_areas:
        parts.append(
            translate("PrintLayout", "Incidents: {areas}").format(
                areas=", ".join(risk_area_text(a) for a in sorted(f.risk_areas))
            )
        )
    if f.minerals:
        parts.append(
            translate("PrintLayout", "Minerals: {names}").format(
                names=", ".join(pm.ws.mineral_names.get(m, m) for m in sorted(f.minerals))
            )
        )
    if f.severities:
        parts.append(
            translate("PrintLayout", "Severities: {list}").format(
                list=", ".join(map(str, sorted(f.severities)))
            )
        )
    if f.verified_only:
        parts.append(translate("PrintLayout", "verified incidents only"))
    return " · ".join(parts)


def risk_area_text(code: str) -> str:
    return {
        "child_labour": translate("PrintLayout", "child labour"),
        "wfcl": translate("PrintLayout", "worst forms of child labour"),
    }.get(code, code)


def region_text(name: str) -> str:
    """A programme region in the page's language (the one table of ``domain.local_format``)."""
    return place_text(name)


def sources_text(pm: PrintMap) -> str:
    """Data sources and attributions: the programme, the basemap, the boundary files
    loaded and the security events' sources by name."""
    parts = [translate("PrintLayout", "Programme data: BM Desktop database")]
    parts.append(translate("PrintLayout", "Basemap: Natural Earth (public domain)"))
    official = [e.get("path", "") for e in pm.boundaries.entries()]
    if official:
        parts.append(
            translate("PrintLayout", "Official boundaries: {files}").format(
                files=", ".join(Path(p).name for p in official)
            )
        )
    if pm.ws.events.visible or pm.ws.alerts_layer.visible:
        found = choices.security_event_sources(pm.ctx.db)
        names = [
            EVENT_SOURCES.get(x)
            or (
                translate("PrintLayout", "programme field reports")
                if x == "programme"
                else translate("PrintLayout", "other sources")
            )
            for x in found
        ]
        if names:
            parts.append(
                translate("PrintLayout", "Security events: {names}").format(names=", ".join(names))
            )
    return translate("PrintLayout", "Sources: {list}.").format(list="; ".join(parts))


def paint_page(p: QPainter, pm: PrintMap, spec: PageSpec, today: dt.date | None = None) -> Frames:
    """Paint the whole page with ``p`` (in layout pixels); returns where things went."""
    fr = frames(spec)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    p.fillRect(fr.page, QColor("#FFFFFF"))
    _paint_map(p, pm, fr.map)
    # White around the map frame: SVG viewers do not all honour clipping, and the
    # countries and the density image reach far beyond the frame.
    around = QPainterPath()
    around.setFillRule(Qt.FillRule.OddEvenFill)
    around.addRect(fr.page)
    around.addRect(fr.map)
    p.fillPath(around, QColor("#FFFFFF"))
    p.setPen(QPen(QColor(colours.BORDER), 0.8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(fr.map)
    _paint_header(p, pm, spec, fr.header)
    paint_locator(p, fr.locator, pm.ws.basemap, pm.canvas.view_rect(), pm.ctx.lang)
    paint_fitted_legend(p, fr.legend, pm)
    _paint_footer(p, pm, fr.footer, today or dt.date.today())
    p.restore()
    return fr


def paint_fitted_legend(p: QPainter, area: QRectF, pm: PrintMap) -> QRectF:
    """The legend of the visible layers, in columns, shrunk (down to about 5 pt) until it
    fits ``area``; returns the rect it covers on the page."""
    from PySide6.QtGui import QPicture

    sections = pm.canvas.legend_sections()
    font = _font(8.5)
    scale = LEGEND_SCALES[-1]
    for s in LEGEND_SCALES:
        trial = QPicture()
        q = QPainter(trial)
        q.setFont(font)
        box = paint_legend(
            q,
            QRectF(0, 0, area.width() / s, area.height() / s),
            sections,
            title=translate("PrintLayout", "Legend"),
        )
        q.end()
        if box.width() * s <= area.width() + 0.5 and box.height() * s <= area.height() + 0.5:
            scale = s
            break
    p.save()
    p.translate(area.topLeft())
    p.scale(scale, scale)
    p.setFont(font)
    box = paint_legend(
        p,
        QRectF(0, 0, area.width() / scale, area.height() / scale),
        sections,
        title=translate("PrintLayout", "Legend"),
    )
    p.restore()
    return QRectF(area.left(), area.top(), box.width() * scale, box.height() * scale)


def _paint_header(p: QPainter, pm: PrintMap, spec: PageSpec, r: QRectF) -> None:
    logo_w = 0.0
    logo = spec.logo or str(pm.ctx.settings.get("print/logo") or "")
    if logo and Path(logo).is_file():
        image = QImage(logo)
        if not image.isNull():
            h = r.height()
            w = min(h * image.width() / max(image.height(), 1), 50 * MM)
            target = QRectF(r.right() - w, r.top(), w, h)
            p.drawImage(target, image)
            logo_w = w + 4 * MM
    title = spec.title or translate("PrintLayout", "Programme sites and incidents")
    p.setPen(QColor(colours.TEXT))
    p.setFont(_font(18, bold=True))
    fm = QFontMetricsF(p.font())
    text_w = r.width() - logo_w
    p.drawText(
        QRectF(r.left(), r.top(), text_w, fm.height()),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        fm.elidedText(title, Qt.TextElideMode.ElideRight, text_w),
    )
    p.setFont(_font(10))
    p.setPen(QColor("#455A64"))
    p.drawText(
        QRectF(r.left(), r.top() + fm.height() + 2, text_w, r.height() - fm.height()),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
        subtitle_text(pm),
    )


def _paint_map(p: QPainter, pm: PrintMap, r: QRectF) -> None:
    """The scene of the print canvas into the map frame, 1:1 in layout pixels, then the
    scale bar and north arrow of the screen, then a frame line."""
    canvas = pm.canvas
    p.save()
    p.setClipRect(r)
    p.fillRect(r, QColor(colours.SEA))
    vb = canvas.viewbox
    source = vb.sceneBoundingRect()
    canvas.view.scene().render(p, r, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    ground = canvas.ground_metres_per_pixel() * (source.width() / max(r.width(), 1.0))
    paint_scale_bar(p, r, ground)
    paint_north_arrow(p, r)
    p.restore()


def _paint_footer(p: QPainter, pm: PrintMap, r: QRectF, today: dt.date) -> None:
    p.setPen(QColor("#455A64"))
    p.setFont(_font(7.5))
    right_w = 80 * MM
    p.drawText(
        QRectF(r.left(), r.top() + 1 * MM, r.width() - right_w - 4 * MM, r.height()),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
        sources_text(pm) + " " + translate("PrintLayout", "Projection: Web Mercator (EPSG:3857)."),
    )
    p.setFont(_font(8))
    p.drawText(
        QRectF(r.right() - right_w, r.top() + 1 * MM, right_w, r.height()),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        | int(Qt.TextFlag.TextWordWrap),
        translate("PrintLayout", "Map made on {date}").format(date=_date_text(today))
        + "\n"
        + translate("PrintLayout", "BM Desktop, artisanal-mining assurance programme"),
    )


# -- writers ------------------------------------------------------------------------------
def page_layout(spec: PageSpec) -> QPageLayout:
    size = QPageSize(QPageSize.PageSizeId.A4 if spec.size == "A4" else QPageSize.PageSizeId.A3)
    orient = (
        QPageLayout.Orientation.Landscape
        if spec.orientation == "landscape"
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orient, QMarginsF(0, 0, 0, 0))


def write_pdf(pm: PrintMap, spec: PageSpec, path: Path, title: str = "") -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(int(LAYOUT_DPI))
    writer.setPageLayout(page_layout(spec))
    writer.setTitle(title or spec.title)
    writer.setCreator("BM Desktop")
    p = QPainter(writer)
    try:
        paint_page(p, pm, spec)
    finally:
        p.end()


def write_svg(pm: PrintMap, spec: PageSpec, path: Path) -> None:
    from PySide6.QtSvg import QSvgGenerator

    size = spec.page_px
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setResolution(int(LAYOUT_DPI))
    gen.setSize(size.toSize())
    gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
    gen.setTitle(spec.title or translate("PrintLayout", "Programme sites and incidents"))
    p = QPainter(gen)
    try:
        paint_page(p, pm, spec)
    finally:
        p.end()


def render_png(pm: PrintMap, spec: PageSpec) -> QImage:
    size = spec.page_px
    ratio = spec.dpi / LAYOUT_DPI
    image = QImage(
        round(size.width() * ratio),
        round(size.height() * ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    dpm_96 = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dpm_96)
    image.setDotsPerMeterY(dpm_96)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("#FFFFFF"))
    p = QPainter(image)
    try:
        paint_page(p, pm, spec)
    finally:
        p.end()
    dpm = round(spec.dpi / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    return image


def write(pm: PrintMap, spec: PageSpec, path: Path) -> None:
    """Write the page to ``path``; the suffix (.pdf, .png, .svg) chooses the format."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        write_pdf(pm, spec, path)
    elif suffix == ".svg":
        write_svg(pm, spec, path)
    elif suffix == ".png":
        image = render_png(pm, spec)
        image.setDevicePixelRatio(1.0)
        if not image.save(str(path), "PNG"):
            raise OSError(translate("PrintLayout", "Could not write {path}.").format(path=path))
    else:
        raise ValueError(
            translate("PrintLayout", "Choose a .pdf, .png or .svg file (not {name}).").format(
                name=path.name
            )
        )
