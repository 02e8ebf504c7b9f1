"""What every map layer is: graphics items, visibility, opacity, order and legend.

A layer turns data it is given (never a database query) into graphics items in
Web Mercator metres. The canvas asks layers for tooltips and clicks, top layer
first; the legend asks the visible ones for their entries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem


@dataclass
class LegendEntry:
    """One line of the legend: a swatch painted into a small rect, and its label."""

    label: str
    draw: Callable[[QPainter, QRectF], None]
    width: float = 0.0  # a swatch bigger than the default (e.g. proportional symbols)
    height: float = 0.0


@dataclass
class LegendSection:
    title: str
    entries: list[LegendEntry] = field(default_factory=list)
    note: str = ""  # a smaller line under the title (e.g. the unit of a ramp)
    group: str = ""  # sections of one group (the basemap) share one title, at the end


class MapLayer(QObject):
    """Base class: subclasses create their items and implement what they need."""

    changed = Signal()  # the legend or the look changed
    key = "layer"  # stable id, for settings
    pinned_on_top = False  # labels stay above every other layer

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[QGraphicsItem] = []
        self._visible = True
        self._opacity = 1.0
        self._z = 0.0
        self._viewbox = None  # set by the canvas; items made later are added to it

    def attach(self, viewbox) -> None:  # noqa: ANN001  (a pyqtgraph ViewBox)
        self._viewbox = viewbox
        for item in self._items:
            viewbox.addItem(item, ignoreBounds=True)

    def detach(self) -> None:
        if self._viewbox is not None:
            for item in self._items:
                self._viewbox.removeItem(item)
        self._viewbox = None

    # -- to implement -------------------------------------------------------------------
    def title(self) -> str:
        """The layer's name in the Layers dock and the legend (translated)."""
        raise NotImplementedError(f"{type(self).__name__} must define title()")

    def legend(self) -> list[LegendSection]:
        return []

    def tooltip_at(self, pos: QPointF, pixel: float) -> str | None:
        """Text for the point under the cursor (map coords; pixel = map units per px)."""
        return None

    def click_at(self, pos: QPointF, pixel: float, extend: bool) -> bool:
        """Handle a click; True when the layer took it."""
        return False

    def view_changed(self, rect: QRectF, pixel: float) -> None:
        """The view settled on a new extent (debounced)."""

    # -- items ---------------------------------------------------------------------------
    def add_item(self, item: QGraphicsItem) -> QGraphicsItem:
        self._items.append(item)
        item.setVisible(self._visible)
        item.setOpacity(self._opacity)
        item.setZValue(self._z)
        if self._viewbox is not None:
            self._viewbox.addItem(item, ignoreBounds=True)
        return item

    def items(self) -> list[QGraphicsItem]:
        return list(self._items)

    @property
    def visible(self) -> bool:
        return self._visible

    def set_visible(self, visible: bool) -> None:
        if visible != self._visible:
            self._visible = visible
            for item in self._items:
                item.setVisible(visible)
            self.changed.emit()

    @property
    def opacity(self) -> float:
        return self._opacity

    def set_opacity(self, opacity: float) -> None:
        self._opacity = max(0.0, min(1.0, opacity))
        for item in self._items:
            item.setOpacity(self._opacity)

    def set_z(self, z: float) -> None:
        self._z = z
        for item in self._items:
            item.setZValue(z)
