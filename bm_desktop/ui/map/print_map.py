"""The map a print layout draws: the screen's own layers on a canvas that is never shown.

A presentation map, a print or a map of the quarterly pack is drawn by the very
layer code of the screen (one renderer): a :class:`PrintMap` builds a
:class:`~bm_desktop.ui.map.canvas.MapCanvas` and a
:class:`~bm_desktop.ui.map.workspace.MapWorkspace` of its own, sized to the map
frame of the page (in layout pixels, 96 to the inch), applies the options (layers,
colour, period, region), waits until every layer has its data, and hands the
canvas to :mod:`~bm_desktop.ui.map.print_layout`. It works on a private copy of the
settings so that printing never changes the window's layers or its last view.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QObject, QRectF, Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from bm_desktop.domain.filters import FilterState
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.map.boundary_files import BoundaryFiles
from bm_desktop.ui.map.canvas import MapCanvas
from bm_desktop.ui.map.presets import ALL, preset_rect
from bm_desktop.ui.map.reference_layers import ReferenceLayers
from bm_desktop.ui.map.reference_sites import ReferenceSitesLayer
from bm_desktop.ui.map.sites import COLOUR_BY_RATE, COLOUR_BY_STATUS
from bm_desktop.ui.map.workspace import MapWorkspace
from bm_desktop.ui.settings import Settings

# What ``--layers`` names -> the canvas layers it shows (the countries always show).
PRINT_LAYERS = {
    "sites": ("sites", "site_labels"),
    "density": ("density",),
    "events": ("events",),
    "alerts": ("alerts",),
    "boundaries": ("admin1",),  # and the official boundary files loaded
    "reference": ("towns",),  # and the reference registers of mine sites
}
ALWAYS = ("countries", "lakes")  # the basemap
COLOURS = {"status": COLOUR_BY_STATUS, "rate": COLOUR_BY_RATE}
WAIT_MS = 60_000


@dataclass(frozen=True)
class MapOptions:
    """What a presentation map shows. ``None`` keeps what the window shows."""

    region: str | None = None  # a programme region, or None for the whole programme
    start: dt.date | None = None
    end: dt.date | None = None
    layers: frozenset[str] | None = None  # names of PRINT_LAYERS
    colour: str | None = None  # "status" or "rate"
    view: QRectF | None = None  # a map extent (the window's view), instead of the region
    risk_areas: frozenset[str] = field(default_factory=frozenset)  # e.g. child labour


def layer_group(key: str, layer: object) -> str | None:
    """The ``--layers`` name a canvas layer belongs to (None: always drawn)."""
    for name, keys in PRINT_LAYERS.items():
        if key in keys:
            return name
    if key in ALWAYS:
        return None
    return "reference" if isinstance(layer, ReferenceSitesLayer) else "boundaries"


def wait_until(done, timeout_ms: int = WAIT_MS) -> bool:  # noqa: ANN001
    """Process events (workers deliver their results through them) until ``done()``."""
    deadline = QDeadlineTimer(timeout_ms)
    pool = QThreadPool.globalInstance()
    while not done():
        if deadline.hasExpired():
            return False
        QApplication.processEvents()
        pool.waitForDone(5)
    QApplication.processEvents()
    return True


class _QuietBoundaryFiles(BoundaryFiles):
    """The remembered boundary files, loaded without a window to report to."""

    def warn(self, text: str) -> None:
        self.last_message = text


class _QuietReferenceLayers(ReferenceLayers):
    def warn(self, text: str) -> None:
        self.last_message = text


class PrintMap(QObject):
    """An offscreen canvas and workspace over the window's database and settings."""

    def __init__(
        self, ctx: AppContext, width: float, height: float, filters: FilterState | None = None
    ) -> None:
        super().__init__()
        self._tmp = Path(tempfile.mkdtemp(prefix="bm-print-"))
        settings_file = self._tmp / "settings.ini"
        ctx.settings.sync()
        if ctx.settings.path.exists():
            shutil.copy(ctx.settings.path, settings_file)
        self.ctx = AppContext(ctx.db, Settings(settings_file), lang=ctx.lang, role=ctx.role)
        # the window's filters (Export map…, Print…), or the given ones (the commands and
        # the pack start from the default filters, not from the window's last ones)
        self.ctx.filters.set_state(filters or ctx.filters.state)
        self.canvas = MapCanvas()
        # "shown" but never on screen: Qt then lays the canvas out at the frame's size
        # (a hidden widget keeps pyqtgraph's default 640x480 view box)
        self.canvas.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.canvas.resize(max(int(round(width)), 50), max(int(round(height)), 50))
        self.canvas.show()
        self.ws = MapWorkspace(self.ctx, self.canvas)
        self.ws.labels.screen_obstacles = self.overlay_boxes
        self.canvas.legend_visible = False  # the layout draws its own legend
        self.boundaries = _QuietBoundaryFiles(None, self.ws)
        self.references = _QuietReferenceLayers(None, self.ws)
        self.boundaries.restore()
        self.references.restore()
        QApplication.processEvents()  # the layout at the frame's size
        self.options = MapOptions()

    def overlay_boxes(self) -> list[QRectF]:
        """Where the layout puts the scale bar and north arrow (map frame pixels): the
        labels keep off them."""
        r = self.canvas.viewbox.sceneBoundingRect()
        return [QRectF(0, r.height() - 48, 230, 48), QRectF(r.width() - 56, 0, 56, 76)]

    def close(self) -> None:
        """Let the last workers finish, then drop the private settings."""
        wait_until(lambda: not self.ws._jobs, 10_000)
        self.canvas.hide()
        self.canvas.deleteLater()
        shutil.rmtree(self._tmp, ignore_errors=True)

    # -- options -------------------------------------------------------------------------
    def apply(self, options: MapOptions) -> None:
        """Show what ``options`` ask for; :meth:`ready` then waits for the layers."""
        self.options = options
        self.wait_loaded()
        if options.layers is not None:
            for layer in self.canvas.layers:
                group = layer_group(layer.key, layer)
                layer.set_visible(group is None or group in options.layers)
        if options.colour:
            self.ws.sites.set_colour_by(COLOURS[options.colour])
        state = self.ctx.filters.state
        if options.start and options.end:
            state = state.with_period(options.start, options.end)
        if options.region:
            state = replace(state, regions=frozenset({options.region}), provinces=frozenset())
        elif options.view is None:  # the whole programme
            state = replace(state, regions=frozenset(), provinces=frozenset())
        if options.view is None or options.risk_areas:  # (a view keeps the window's)
            state = replace(state, risk_areas=frozenset(options.risk_areas))
        self.ctx.filters.set_state(state)
        self.ws.refresh()
        data = self.ws.data
        rect = options.view or preset_rect(
            options.region or ALL, data.sites if data is not None else None
        )
        self.canvas.set_view(rect)
        self.ready()

    @property
    def filters(self) -> FilterState:
        return self.ctx.filters.state

    def wait_loaded(self) -> None:
        """The basemap and the programme's data are in (the first load)."""
        if not wait_until(lambda: self.ws.data is not None and self.ws.basemap is not None):
            raise TimeoutError("the map's data did not load")

    def ready(self) -> None:
        """Every layer has the data of the current view and filters (density included)."""
        self.canvas.settle_now()
        ws = self.ws
        wait_until(lambda: not ws._jobs and ws.density.generation == ws._density_gen)
        self.canvas.settle_now()  # polygons pick their detail for this view
        wait_until(lambda: not ws._jobs and ws.density.generation == ws._density_gen)
        ws.labels.invalidate()
