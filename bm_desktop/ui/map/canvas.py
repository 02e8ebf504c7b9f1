"""The map canvas: a pyqtgraph ViewBox in Web Mercator metres, north up, aspect locked.

Navigation: drag to pan, wheel or touchpad pinch to zoom, arrow keys to pan and
+ / - to zoom, Shift+drag (or the box-select tool) to select sites in a box.
The scale bar, north arrow and legend are painted over the map in screen space
(``drawForeground``), so they stay right at every zoom and appear in grabs.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsRectItem,
    QHBoxLayout,
    QPinchGesture,
    QScrollArea,
    QToolTip,
    QWidget,
)

from bm_desktop.domain import colours
from bm_desktop.domain.taxonomy import PROGRAMME_AREA
from bm_desktop.geo.projection import (
    ground_per_map_metre,
    latitude_at,
    lonlat_bounds_to_mercator,
    mercator_to_lonlat,
)
from bm_desktop.ui.map.layer import LegendSection, MapLayer
from bm_desktop.ui.map.legend import LegendPanel
from bm_desktop.ui.map.legend_frame import LEFT, LegendFrame
from bm_desktop.ui.map.overlays import paint_north_arrow, paint_scale_bar

PAN_STEP = 0.2  # share of the view an arrow key moves
ZOOM_STEP = 1.5
MIN_SPAN_M = 3_000.0  # closest zoom: 3 km across
HOLD_AT_MOST_MS = 8000  # a first view whose layers never all arrive is drawn anyway
SETTLE_MS = 120  # a view that stops changing for this long has "settled"
WIDE_VIEW_PAD = 0.5  # share of the programme area's width allowed beyond each side


class MapViewBox(pg.ViewBox):
    """The ViewBox with box selection and clicks reported in map coordinates."""

    box_selected = Signal(QRectF, bool)  # map rect, extend the selection
    clicked = Signal(QPointF, bool)  # map point, extend (Ctrl/Shift held)

    def __init__(self) -> None:
        super().__init__(lockAspect=1.0, enableMenu=False, invertY=False, defaultPadding=0.0)
        self.box_mode = False
        self._band = QGraphicsRectItem()
        pen = QPen(QColor(colours.TARGET), 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self._band.setPen(pen)
        self._band.setBrush(QColor(21, 101, 192, 40))
        self._band.setZValue(1e6)
        self._band.hide()
        self.addItem(self._band, ignoreBounds=True)

    def mouseDragEvent(self, ev, axis=None) -> None:  # noqa: N802, ANN001  (pyqtgraph override)
        shift = bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if ev.button() == Qt.MouseButton.LeftButton and (self.box_mode or shift):
            ev.accept()
            rect = QRectF(self.mapToView(ev.buttonDownPos()), self.mapToView(ev.pos())).normalized()
            if ev.isFinish():
                self._band.hide()
                extend = bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
                self.box_selected.emit(rect, extend)
            else:
                self._band.setRect(rect)
                self._band.show()
            return
        super().mouseDragEvent(ev, axis)

    def mouseClickEvent(self, ev) -> None:  # noqa: N802, ANN001  (pyqtgraph override)
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            mods = ev.modifiers()
            extend = bool(
                mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            )
            self.clicked.emit(self.mapToView(ev.pos()), extend)
            return
        super().mouseClickEvent(ev)


class MapView(pg.GraphicsView):
    """The widget: keys, touchpad gestures and the overlays painted over the map."""

    painted = Signal()

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(background=colours.SEA)
        self._canvas = canvas
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)

    def keyPressEvent(self, ev: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        key = ev.key()
        c = self._canvas
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }
        if key in moves:
            c.pan_by(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            c.zoom_by(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            c.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_Escape:
            c.viewbox.box_mode = False
            c.box_mode_changed.emit(False)
        else:
            super().keyPressEvent(ev)
            return
        ev.accept()

    def viewportEvent(self, ev: QEvent) -> bool:  # noqa: N802  (Qt override)
        if ev.type() == QEvent.Type.NativeGesture:  # macOS / libinput touchpad pinch
            if ev.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self._canvas.zoom_by(1.0 + ev.value(), self.mapToScene(ev.position().toPoint()))
                return True
        if ev.type() == QEvent.Type.Gesture:  # touch-screen pinch
            pinch = ev.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                factor = pinch.scaleFactor()
                if factor > 0:
                    centre = self.mapToScene(pinch.centerPoint().toPoint())
                    self._canvas.zoom_by(factor, centre)
                if isinstance(ev, QGestureEvent):
                    ev.accept(pinch)
                return True
        return super().viewportEvent(ev)

    def drawForeground(self, p: QPainter, rect: QRectF) -> None:  # noqa: N802  (Qt override)
        super().drawForeground(p, rect)
        p.save()
        p.resetTransform()
        self._canvas.paint_overlays(p, QRectF(self.viewport().rect()))
        p.restore()

    def paintEvent(self, ev: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        if self._canvas.holding:
            self._paint_loading()
            return
        super().paintEvent(ev)
        self.painted.emit()

    def _paint_loading(self) -> None:
        """Sea and one line of text while the first view's layers load: a half-drawn map
        (countries without sites, sites without density) would mislead, and each such
        paint would delay the complete one."""
        p = QPainter(self.viewport())
        p.fillRect(self.viewport().rect(), QColor(colours.SEA))
        p.setPen(QColor(colours.BORDER))
        p.drawText(
            self.viewport().rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("Loading the map…")
        )
        p.end()


class MapCanvas(QWidget):
    """The map: layers in a ViewBox, navigation, overlays, and what the cursor points at."""

    view_settled = Signal(QRectF)  # the view stopped changing (debounced)
    cursor_moved = Signal(float, float)  # longitude, latitude
    scale_changed = Signal(float)  # the map scale's denominator (1:N)
    clicked_empty = Signal(bool)  # a click that no layer took (extend held)
    box_selected = Signal(QRectF, bool)
    box_mode_changed = Signal(bool)
    first_complete_paint = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layers: list[MapLayer] = []
        self.view = MapView(self)
        self.viewbox = MapViewBox()
        self.view.setCentralItem(self.viewbox)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        self.legend = LegendPanel(self.legend_sections)
        self.legend_scroll = QScrollArea()
        self.legend_scroll.setWidget(self.legend)
        self.legend_scroll.setWidgetResizable(True)
        self.legend_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.legend_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.legend_scroll.setObjectName("mapLegend")
        self.legend_scroll.setStyleSheet("#mapLegend { background: white; }")
        self.legend_frame = LegendFrame(self.legend_scroll)
        self.legend_frame.side_changed.connect(self._place_legend)
        layout.addWidget(self.legend_frame)
        x0, y0, x1, y1 = lonlat_bounds_to_mercator(PROGRAMME_AREA)
        self.world = QRectF(x0, y0, x1 - x0, y1 - y0)
        # Panning stops at the programme area; sideways there is room for a wide, short map
        # (a laptop's, under the tables) to show the whole programme from north to south:
        # with the aspect locked, pyqtgraph would otherwise shrink the view to the limits.
        pad = (x1 - x0) * WIDE_VIEW_PAD
        self.viewbox.setLimits(
            xMin=x0 - pad,
            xMax=x1 + pad,
            yMin=y0,
            yMax=y1,
            minXRange=MIN_SPAN_M,
            minYRange=MIN_SPAN_M,
        )
        self._ready = False
        self._holding = False
        self._first_paint_sent = False
        self._legend_timer = QTimer(self, singleShot=True, interval=0)
        self._legend_timer.timeout.connect(self._refresh_legend)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._emit_settled)
        self.viewbox.sigRangeChanged.connect(self._on_range_changed)
        self.viewbox.box_selected.connect(self.box_selected)
        self.viewbox.clicked.connect(self._on_click)
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.view.painted.connect(self._on_painted)

    # -- layers --------------------------------------------------------------------------
    def add_layer(self, layer: MapLayer) -> MapLayer:
        self.layers.append(layer)
        layer.attach(self.viewbox)
        for item in layer.items():
            if hasattr(item, "moving"):
                item.moving = self.is_moving
        layer.changed.connect(self.refresh_overlays)
        self.apply_order([lay.key for lay in self.layers])
        return layer

    def remove_layer(self, layer: MapLayer) -> None:
        layer.detach()
        if layer in self.layers:
            self.layers.remove(layer)
        self.refresh_overlays()

    def layer(self, key: str) -> MapLayer | None:
        return next((lay for lay in self.layers if lay.key == key), None)

    def apply_order(self, keys_top_first: list[str]) -> None:
        """Stack the layers: the first key is drawn on top (labels always stay on top)."""
        known = [k for k in keys_top_first if self.layer(k)]
        rest = [lay.key for lay in self.layers if lay.key not in known]
        order = known + rest
        n = len(order)
        for i, key in enumerate(order):
            layer = self.layer(key)
            assert layer is not None
            layer.set_z(1000 + (n - i) * 10 if layer.pinned_on_top else (n - i) * 10)
        self.layers.sort(key=lambda lay: order.index(lay.key))

    def order(self) -> list[str]:
        return [lay.key for lay in self.layers]

    # -- view ----------------------------------------------------------------------------
    def view_rect(self) -> QRectF:
        return self.viewbox.viewRect()

    def set_view(self, rect: QRectF) -> None:
        self.viewbox.setRange(rect=rect, padding=0.0)

    def pixel_size(self) -> float:
        """Map metres per screen pixel."""
        return float(self.viewbox.viewPixelSize()[0])

    def centre_latitude(self) -> float:
        return latitude_at(self.view_rect().center().y())

    def ground_metres_per_pixel(self) -> float:
        """Ground metres per screen pixel at the view's centre (what the scale bar shows)."""
        return self.pixel_size() * ground_per_map_metre(self.centre_latitude())

    def scale_denominator(self) -> float:
        """N of the map scale 1:N on this screen (logical DPI)."""
        metres_per_screen_px = 0.0254 / max(self.logicalDpiX(), 1)
        return self.ground_metres_per_pixel() / metres_per_screen_px

    def zoom_by(self, factor: float, centre_scene: QPointF | None = None) -> None:
        """Zoom in by ``factor`` (> 1) or out (< 1) around a scene point or the centre."""
        if factor <= 0:
            return
        centre = (
            self.viewbox.mapSceneToView(centre_scene)
            if centre_scene is not None
            else self.view_rect().center()
        )
        self.viewbox.scaleBy((1 / factor, 1 / factor), center=centre)

    def pan_by(self, fx: float, fy: float) -> None:
        """Move the view by a share of its size (1 = a whole view to the east/north)."""
        r = self.view_rect()
        self.viewbox.translateBy(x=fx * PAN_STEP * r.width(), y=fy * PAN_STEP * r.height())

    def set_box_mode(self, on: bool) -> None:
        self.viewbox.box_mode = on
        self.view.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)
        self.box_mode_changed.emit(on)

    def is_moving(self) -> bool:
        """True between a change of the view and the moment it settles."""
        return self._settle.isActive()

    def _on_range_changed(self, *_args: object) -> None:
        self._settle.start()
        self.scale_changed.emit(self.scale_denominator())

    def _emit_settled(self) -> None:
        self.view.viewport().update()  # layers that previewed while moving draw afresh
        rect, pixel = self.view_rect(), self.pixel_size()
        for layer in self.layers:
            layer.view_changed(rect, pixel)
        self.view_settled.emit(rect)
        self.scale_changed.emit(self.scale_denominator())

    def settle_now(self) -> None:
        """Tell the layers about the current view at once (tests, screenshots)."""
        self._settle.stop()
        self._emit_settled()

    # -- pointer -------------------------------------------------------------------------
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        pos = self.viewbox.mapSceneToView(scene_pos)
        lon, lat = mercator_to_lonlat(pos.x(), pos.y())
        self.cursor_moved.emit(float(lon), float(lat))
        text = self.tooltip_at(pos)
        if text:
            QToolTip.showText(
                self.view.mapToGlobal(self.view.mapFromScene(scene_pos)), text, self.view
            )
        else:
            QToolTip.hideText()

    def tooltip_at(self, pos: QPointF) -> str | None:
        pixel = self.pixel_size()
        for layer in self.layers:  # top first
            if layer.visible:
                text = layer.tooltip_at(pos, pixel)
                if text:
                    return text
        return None

    def _on_click(self, pos: QPointF, extend: bool) -> None:
        pixel = self.pixel_size()
        for layer in self.layers:
            if layer.visible and layer.click_at(pos, pixel, extend):
                return
        self.clicked_empty.emit(extend)

    def map_to_widget(self, x: float, y: float) -> QPointF:
        """A map point -> pixel position in the view widget (for tests and tools)."""
        return QPointF(self.view.mapFromScene(self.viewbox.mapViewToScene(QPointF(x, y))))

    # -- overlays ------------------------------------------------------------------------
    def legend_sections(self) -> list[LegendSection]:
        """Every visible layer's sections, top layer first; grouped ones (the basemap)
        merged under one title at the end."""
        sections: list[LegendSection] = []
        groups: dict[str, LegendSection] = {}
        for layer in self.layers:
            if not layer.visible:
                continue
            for section in layer.legend():
                if not section.group:
                    sections.append(section)
                elif section.group in groups:
                    groups[section.group].entries.extend(section.entries)
                else:
                    groups[section.group] = LegendSection(section.group, list(section.entries))
        return sections + list(groups.values())

    @property
    def legend_visible(self) -> bool:
        return not self.legend_frame.isHidden()

    @legend_visible.setter
    def legend_visible(self, on: bool) -> None:
        self.legend_frame.setVisible(on)

    def _place_legend(self, side: str) -> None:
        """The legend beside the map, on the side the user chose."""
        layout = self.layout()
        layout.removeWidget(self.legend_frame)
        layout.insertWidget(0 if side == LEFT else layout.count(), self.legend_frame)

    def paint_overlays(self, p: QPainter, viewport: QRectF) -> None:
        ground = self.ground_metres_per_pixel()
        if math.isfinite(ground) and ground > 0:
            paint_scale_bar(p, viewport, ground)
        paint_north_arrow(p, viewport)

    def overlay_boxes(self) -> list[QRectF]:
        """Where the scale bar and the north arrow sit (view pixels): labels keep off."""
        r = QRectF(self.view.viewport().rect())
        return [QRectF(r.left(), r.bottom() - 44, 210, 44), QRectF(r.right() - 50, r.top(), 50, 70)]

    def refresh_overlays(self) -> None:
        self.view.viewport().update()
        self._legend_timer.start()

    def _refresh_legend(self) -> None:
        self.legend.refresh()
        width = self.legend.sizeHint().width() + (
            self.legend_scroll.verticalScrollBar().sizeHint().width()
            if self.legend.sizeHint().height() > self.legend_scroll.height()
            else 0
        )
        self.legend_scroll.setFixedWidth(min(width, 320))

    # -- first paint ---------------------------------------------------------------------
    def hold_until_ready(self, at_most_ms: int = HOLD_AT_MOST_MS) -> None:
        """Paint only "Loading the map…" until :meth:`set_ready` (or ``at_most_ms``, should
        a layer never arrive: then whatever is loaded is drawn)."""
        self._holding = True
        QTimer.singleShot(at_most_ms, self._release)

    @property
    def holding(self) -> bool:
        return self._holding

    def _release(self) -> None:
        if self._holding:
            self._holding = False
            self.view.viewport().update()

    def set_ready(self) -> None:
        """Everything of the first view is loaded: the next paint is the first complete one."""
        self._ready = True
        self._release()
        self.view.viewport().update()

    def _on_painted(self) -> None:
        if self._ready and not self._first_paint_sent:
            self._first_paint_sent = True
            QTimer.singleShot(0, self.first_complete_paint.emit)
