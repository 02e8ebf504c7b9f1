"""The main window: the map in the centre, docks around it, one status bar.

Its parts (docks, menus' features) are typed attributes declared on the class below, so
"go to definition" and mypy follow ``window.sites_dock`` to its class; each is built by
one ``_build_*`` method, which calls the feature's ``install(window)`` (it adds its docks,
menus and actions to the window and returns what it built). ``PARTS`` lists them in the
order their docks are created. At the interactive start the table docks and the menus
without docks are built once the map is drawn (``defer_loading``): until then their
attributes are absent (``hasattr`` is False) and stand-ins hold their docks' places.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from bm_desktop import APP_NAME
from bm_desktop.domain.errors import error_text
from bm_desktop.ui import dock_plan, window_layout, worker
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.status_bar import ElidedLabel, ShareOfBar
from bm_desktop.ui.undo import new_undo_stack

if TYPE_CHECKING:  # the feature modules are imported when their part is built
    from bm_desktop.ui.actions_dock import ActionsDock
    from bm_desktop.ui.alerts_dock import AlertsDock
    from bm_desktop.ui.dashboard_dock import DashboardDock
    from bm_desktop.ui.exchange.feature import ExchangeFeature
    from bm_desktop.ui.filters_dock import FiltersDock
    from bm_desktop.ui.help_feature import HelpFeature
    from bm_desktop.ui.idle_lock import IdleLock
    from bm_desktop.ui.incident_register_dock import IncidentRegisterDock
    from bm_desktop.ui.layers_dock import LayersDock
    from bm_desktop.ui.map.boundary_files import BoundaryFiles
    from bm_desktop.ui.map.canvas import MapCanvas
    from bm_desktop.ui.map.print_feature import PrintFeature
    from bm_desktop.ui.map.reference_layers import ReferenceLayers
    from bm_desktop.ui.map.workspace import MapWorkspace
    from bm_desktop.ui.meetings_dock import MeetingsDock
    from bm_desktop.ui.risks_dock import RisksDock
    from bm_desktop.ui.site_details_dock import SiteDetailsDock
    from bm_desktop.ui.site_search import SiteSearch
    from bm_desktop.ui.sites_dock import SitesDock
    from bm_desktop.ui.sync_feature import SyncFeature
    from bm_desktop.ui.visit_planner_dock import VisitPlannerDock

# The window's parts, in the order their docks are created; "late" ones have menus only and
# are built once the map is drawn when loading is deferred, as are those with stand-ins in
# ``dock_plan.PLAN`` (keyed by these names).
PARTS = ["sites", "map", "incident_loop", "meetings", "visit_planner", "exchange", "sync", "help"]
LATE_PARTS = {"exchange", "sync", "help"}


class MainWindow(QMainWindow):
    # -- its parts (see the module's docstring) ------------------------------------------
    # the map (ui/map/feature.py), built before the first paint
    map_canvas: MapCanvas
    map_workspace: MapWorkspace
    filters_dock: FiltersDock
    layers_dock: LayersDock
    site_details_dock: SiteDetailsDock
    alerts_dock: AlertsDock
    boundary_files: BoundaryFiles
    reference_layers: ReferenceLayers
    cursor_label: QLabel
    scale_label: QLabel
    load_boundaries_action: QAction
    map_actions: dict[str, QAction]  # the Map toolbar's, by name (zoom_in, box, a region...)
    site_search: SiteSearch
    visit_planner_dock: VisitPlannerDock
    # the table docks (stand-ins until the map is drawn at the interactive start)
    sites_dock: SitesDock
    incident_register: IncidentRegisterDock
    actions_dock: ActionsDock
    risks_dock: RisksDock
    dashboard_dock: DashboardDock
    meetings_dock: MeetingsDock
    # menus without docks
    exchange: ExchangeFeature  # File > Export, Import
    print_feature: PrintFeature  # File > Export map, Print map, Quarterly map pack
    sync: SyncFeature
    help: HelpFeature
    # built with the window
    undo_stack: QUndoStack
    undo_action: QAction
    redo_action: QAction
    idle_lock: IdleLock  # set by ui/app.create_window (the interactive start and its tests)

    closed = Signal()  # the window has closed and its background work has ended

    def __init__(self, ctx: AppContext, *, defer_loading: bool = False) -> None:
        """``defer_loading`` (the interactive start only) postpones the docks' first data
        load until the map is drawn; otherwise (tests, screenshots) everything loads now."""
        super().__init__()
        self.ctx = ctx
        self._pending: list[Callable[[], object]] | None = [] if defer_loading else None
        self._loads_left = 0
        self.setObjectName("MainWindow")
        self.setWindowTitle(
            self.tr("{app} — artisanal-mining assurance programme").format(app=APP_NAME)
        )
        self.setDockOptions(
            QMainWindow.DockOption.AllowTabbedDocks | QMainWindow.DockOption.AnimatedDocks
        )
        placeholder = QLabel(self.tr("Map"))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(placeholder)
        self._build_menus()
        self.undo_stack, self.undo_action, self.redo_action = new_undo_stack(self)
        self._source_label = ElidedLabel(ctx.source_line)
        self._source_label.setObjectName("sourceLine")
        self.statusBar().addPermanentWidget(self._source_label)
        ShareOfBar(self.statusBar(), self._source_label)
        self.docks: dict[str, QDockWidget] = {}
        self._menu_slots: dict[str, QAction] = {}  # a stand-in's place in the View menu
        builders: dict[str, Callable[[], None]] = {
            "sites": self._build_sites,
            "map": self._build_map,
            "incident_loop": self._build_incident_loop,
            "meetings": self._build_meetings,
            "visit_planner": self._build_visit_planner,
            "exchange": self._build_exchange,
            "sync": self._build_sync,
            "help": self._build_help,
        }
        for name in PARTS:
            build = builders[name]
            if name in LATE_PARTS:
                self.when_ready(build)
            elif self._pending is not None and name in dock_plan.PLAN:
                self._add_placeholders(name)
                self.when_ready(partial(self._build_in_placeholders, name, build))
            else:
                build()
        self._initial_state = self.saveState()  # what View > Reset layout starts from
        self._first_start = False
        self._shown_once = False
        self._restore_layout()
        if self._first_start:
            window_layout.arrange_docks(self)
            # sized now if the window is never shown (tests), else at the first show
            QTimer.singleShot(0, self._size_docks_once)
        if worker.notifier is not None:
            worker.notifier.error.connect(self.show_error)

    # -- the parts ------------------------------------------------------------------------
    def _build_map(self) -> None:
        from bm_desktop.ui.map import feature

        parts = feature.install(self)
        self.map_canvas, self.map_workspace = parts.canvas, parts.workspace
        self.filters_dock, self.layers_dock = parts.filters_dock, parts.layers_dock
        self.site_details_dock, self.alerts_dock = parts.site_details_dock, parts.alerts_dock
        self.boundary_files, self.reference_layers = parts.boundary_files, parts.reference_layers
        self.cursor_label, self.scale_label = parts.cursor_label, parts.scale_label
        self.load_boundaries_action, self.map_actions = (
            parts.load_boundaries_action,
            parts.actions,
        )
        self.site_search = parts.site_search

    def _build_sites(self) -> None:
        from bm_desktop.ui import sites_dock

        self.sites_dock = sites_dock.install(self)

    def _build_incident_loop(self) -> None:
        from bm_desktop.ui import incident_loop

        docks = incident_loop.install(self)
        self.incident_register, self.actions_dock = docks.incident_register, docks.actions_dock
        self.risks_dock, self.dashboard_dock = docks.risks_dock, docks.dashboard_dock

    def _build_meetings(self) -> None:
        from bm_desktop.ui import meetings_dock

        self.meetings_dock = meetings_dock.install(self)

    def _build_visit_planner(self) -> None:
        from bm_desktop.ui import visit_planner_dock

        self.visit_planner_dock = visit_planner_dock.install(self)

    def _build_exchange(self) -> None:
        from bm_desktop.ui.exchange import feature
        from bm_desktop.ui.map import print_feature

        self.exchange = feature.install(self)
        self.print_feature = print_feature.install(self)

    def _build_sync(self) -> None:
        from bm_desktop.ui import sync_feature

        self.sync = sync_feature.install(self)

    def _build_help(self) -> None:
        from bm_desktop.ui import help_feature

        self.help = help_feature.install(self)

    def highlight_sites(self, ids: list) -> None:
        """Highlight these sites on the map (the incident register's selected rows)."""
        if not hasattr(self, "map_workspace") or self.map_workspace.data is None:
            return
        index = self.map_workspace.data.sites.index
        self.map_workspace.sites.set_highlighted({index[i] for i in ids if i in index})

    # -- deferred loading -------------------------------------------------------------
    def when_ready(self, fn: Callable[[], object]) -> None:
        """Run ``fn`` once the window is ready: now, unless loading is deferred, in which
        case after the map's first complete paint (see ``mark_ready``)."""
        if self._pending is None:
            fn()
        else:
            self._pending.append(fn)

    def mark_ready(self) -> None:
        """The map is drawn: run the queued loads, one per event-loop turn so the window
        stays responsive between them. Idempotent."""
        pending, self._pending = self._pending, None
        self._loads_left = len(pending or [])
        if pending:
            QTimer.singleShot(0, lambda: self._run_pending(pending))

    def _run_pending(self, pending: list[Callable[[], object]]) -> None:
        self._loads_left = len(pending) - 1
        pending.pop(0)()
        if pending:
            QTimer.singleShot(0, lambda: self._run_pending(pending))

    @property
    def deferred_loads_started(self) -> bool:
        """True once every load postponed until the map was drawn has been started."""
        return self._pending is None and self._loads_left == 0

    def _add_placeholders(self, name: str) -> None:
        """Light stand-ins for a feature's docks until the map is drawn (see dock_plan)."""
        for spec in dock_plan.PLAN[name]:
            self.add_dock(spec.key, dock_plan.placeholder(spec), spec.area, spec.tab_with)

    def _build_in_placeholders(self, name: str, build: Callable[[], None]) -> None:
        """Build the feature's real docks in place of its stand-ins: same place, size,
        tab and visibility (the layout with the stand-ins is restored onto them)."""
        state = self.saveState()
        stand_ins = [self.docks[s.key] for s in dock_plan.PLAN[name] if s.key in self.docks]
        for stand_in in stand_ins:  # its key stays in ``docks``: the real dock takes its turn
            self._menu_slots[stand_in.objectName()] = stand_in.toggleViewAction()
            self.removeDockWidget(stand_in)
            stand_in.setObjectName("")
            stand_in.deleteLater()
        # the layout without the stand-ins keeps their places; add_dock puts each real
        # dock in its stand-in's place (QMainWindow.restoreDockWidget)
        self.restoreState(state)
        build()
        for key, action in self._menu_slots.items():  # a dock the feature no longer adds
            self.view_menu.removeAction(action)
            del self.docks[key]
        self._menu_slots.clear()

    # -- construction helpers used by the features ---------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu: QMenu = bar.addMenu(self.tr("&File"))
        self.edit_menu: QMenu = bar.addMenu(self.tr("&Edit"))
        self.view_menu: QMenu = bar.addMenu(self.tr("&View"))
        self.tools_menu: QMenu = bar.addMenu(self.tr("&Tools"))
        self.help_menu: QMenu = bar.addMenu(self.tr("&Help"))
        self.reset_layout_action = QAction(self.tr("&Reset layout"), self)
        self.reset_layout_action.setToolTip(
            self.tr("The default size and arrangement of the panels for this screen")
        )
        self.reset_layout_action.triggered.connect(self.reset_layout)
        self.view_menu.addAction(self.reset_layout_action)
        self.view_menu.addSeparator()
        self.file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.quit_action = quit_action
        self.file_menu.addAction(quit_action)
        about = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        about.triggered.connect(self._about)
        self.help_menu.addAction(about)

    def add_dock(
        self,
        key: str,
        dock: QDockWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        tab_with: str | None = None,
    ) -> QDockWidget:
        """Add a dock (its objectName is ``key``, so its place is remembered)."""
        dock.setObjectName(key)
        slot = self._menu_slots.pop(key, None)  # replacing a stand-in: it takes its place
        if slot is None or not self.restoreDockWidget(dock):
            self.addDockWidget(area, dock)
        if tab_with and tab_with in self.docks and slot is None:
            self.tabifyDockWidget(self.docks[tab_with], dock)
        self.docks[key] = dock
        if slot is None:
            self.view_menu.addAction(dock.toggleViewAction())
        else:  # in its stand-in's place
            self.view_menu.insertAction(slot, dock.toggleViewAction())
            self.view_menu.removeAction(slot)
        return dock

    def set_central(self, widget: QWidget) -> None:
        self.setCentralWidget(widget)

    def set_source_line(self, text: str) -> None:
        self._source_label.setText(text)

    # -- state ------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.ctx.settings.get("ui/geometry")
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            window_layout.fit_to_screen(self)
        self._sized_for = self.size()
        state = self.ctx.settings.get("ui/state")
        if state:
            self.restoreState(QByteArray(state))
        else:
            self._first_start = True
        self._docks_sized = not self._first_start

    def setVisible(self, visible: bool) -> None:  # noqa: N802  (Qt override)
        """At the first show, on the screen the window opens on: a first start takes the
        default size and layout for that screen; a window too big for it is fitted."""
        first_show = visible and not self._shown_once
        if first_show:
            self._shown_once = True
            if self._first_start:  # the screen may differ from the one arranged for
                window_layout.arrange_docks(self)
            if self._first_start and self.size() == self._sized_for:
                window_layout.fit_to_screen(self)
            elif not window_layout.fits_screen(self):
                window_layout.fit_to_screen(self, self.size())
        super().setVisible(visible)
        if first_show and not window_layout.fits_screen(self):  # its frame is known now
            window_layout.fit_to_screen(self, self.size())
        if first_show and self._first_start:
            self._docks_sized = False
            self._size_docks_once()

    def _size_docks_once(self) -> None:
        if not self._docks_sized:
            self._docks_sized = True
            window_layout.size_docks(self)

    def reset_layout(self) -> None:
        """View > Reset layout: the default size and dock layout for the current screen."""
        self.restoreState(self._initial_state)
        window_layout.arrange_docks(self)  # first: the tabbed layout's minimum size is smaller
        if not self.isMaximized():
            window_layout.fit_to_screen(self)
        window_layout.size_docks(self)

    def save_layout(self) -> None:
        self.ctx.settings.set("ui/geometry", bytes(self.saveGeometry().data()))
        self.ctx.settings.set("ui/state", bytes(self.saveState().data()))
        self.ctx.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802  (Qt override)
        self.save_layout()
        worker.wait_for_all()
        super().closeEvent(event)
        self.closed.emit()

    def show_error(self, exc: BaseException) -> None:
        """The one place worker errors reach the user, in plain words."""
        QMessageBox.warning(self, APP_NAME, error_text(exc, self.ctx.lang) or type(exc).__name__)

    def _about(self) -> None:
        from bm_desktop.ui.about import show_about  # the versions, with the database's

        self.about_box = show_about(self)
