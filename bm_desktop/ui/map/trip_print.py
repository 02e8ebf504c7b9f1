"""The trip sheet's map, drawn by the presentation-map renderer.

The PDF trip sheet (:mod:`bm_desktop.exchange.trip_pdf`) is Qt-free; its map is drawn
here, on the Qt side, by the same offscreen :class:`~bm_desktop.ui.map.print_map.PrintMap`
and map frame as File > Export map… (basemap, province boundaries and towns, scale bar
and north arrow), with the planned route on top (:class:`~bm_desktop.ui.map.trip.TripLayer`,
the window's own trip layer). The result is a PNG (about 200 dpi) that the dock and
``bm-desktop plan --out FILE.pdf`` hand to the PDF writer; without it the writer keeps
its vector sketch of the route.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from bm_desktop.services.database_files import Database
from bm_desktop.services.trip_planner import TripPlan
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.map.print_layout import LAYOUT_DPI, MM
from bm_desktop.ui.map.print_layout import _paint_map as paint_map_frame
from bm_desktop.ui.map.print_map import MapOptions, PrintMap
from bm_desktop.ui.map.trip import TripLayer

DPI = 200
CONTEXT_LAYERS = frozenset({"boundaries", "reference"})  # provinces and towns around


def _stop_boxes(pm: PrintMap, layer: TripLayer) -> list[QRectF]:
    """Where the trip's stops and their "day.stop code" labels sit (view pixels): the
    town and site labels keep off them, so every stop stays readable."""
    vb = pm.canvas.viewbox
    origin = vb.sceneBoundingRect().topLeft()
    boxes = []
    for x, y, text in layer.stop_points:
        pt = vb.mapViewToScene(QPointF(x, y)) - origin
        boxes.append(QRectF(pt.x() - 8, pt.y() - 11, 16 + 8.5 * len(text), 22))
    return boxes


def render_trip_map(
    ctx: AppContext, plan: TripPlan, width_mm: float, height_mm: float, dpi: int = DPI
) -> bytes | None:
    """A PNG of the trip's area, ``width_mm`` x ``height_mm`` at ``dpi``, with the
    route drawn over the presentation basemap. Never changes the window's map. None
    when the basemap did not load in time: the sheet then keeps its vector sketch."""
    w, h = width_mm * MM, height_mm * MM  # layout pixels (96 to the inch)
    pm = PrintMap(ctx, w, h, ctx.filters.default_state)
    try:
        layer = TripLayer()
        layer.set_plan(plan)
        try:
            pm.apply(MapOptions(layers=CONTEXT_LAYERS, view=layer.bounds()))
        except TimeoutError:
            return None
        pm.canvas.add_layer(layer)
        pm.canvas.apply_order(["trip", *(k for k in pm.canvas.order() if k != "trip")])
        layer.set_visible(True)
        pm.ws.labels.screen_obstacles = lambda: pm.overlay_boxes() + _stop_boxes(pm, layer)
        view = layer.bounds()
        if view is not None:
            pm.canvas.set_view(view)
        pm.ready()
        ratio = dpi / LAYOUT_DPI
        image = QImage(round(w * ratio), round(h * ratio), QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(QColor("#FFFFFF"))
        p = QPainter(image)
        try:
            paint_map_frame(p, pm, QRectF(0, 0, w, h))
        finally:
            p.end()
        image.setDevicePixelRatio(1.0)
        dpm = round(dpi / 0.0254)
        image.setDotsPerMeterX(dpm)
        image.setDotsPerMeterY(dpm)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())
    finally:
        pm.close()


def trip_map_png(
    db: Database, plan: TripPlan, width_mm: float, height_mm: float, lang: str = "en"
) -> bytes | None:
    """:func:`render_trip_map` without a window (``bm-desktop plan --out FILE.pdf``): Qt
    offscreen when there is no display, the user's settings read only."""
    from bm_desktop.ui.map.print_job import context, ensure_app

    ensure_app(lang)
    return render_trip_map(context(db, lang), plan, width_mm, height_mm)
