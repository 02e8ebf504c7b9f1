"""The main window: the map in the centre, docks around it, one status bar.

Features install themselves: each module in ``FEATURES`` defines
``install(window: MainWindow) -> None`` and adds its docks, menus and actions.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from bm_desktop import APP_NAME, __version__
from bm_desktop.services.errors import error_text
from bm_desktop.ui import worker
from bm_desktop.ui.context import AppContext

# Feature modules, in the order their docks are created.
FEATURES = [
    "bm_desktop.ui.sites_dock",
    "bm_desktop.ui.map.feature",
    "bm_desktop.ui.incident_loop",
    "bm_desktop.ui.meetings_dock",
    "bm_desktop.ui.visit_planner_dock",
    "bm_desktop.ui.exchange",
    "bm_desktop.ui.sync_feature",
]
# Features with menus only (no docks), installed once the map is drawn when loading is deferred.
LATE_FEATURES = {"bm_desktop.ui.exchange", "bm_desktop.ui.sync_feature"}


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, *, defer_loading: bool = False) -> None:
        """``defer_loading`` (the interactive start only) postpones the docks' first data
        load until the map is drawn; otherwise (tests, screenshots) everything loads now."""
        super().__init__()
        self.ctx = ctx
        self._pending: list[Callable[[], object]] | None = [] if defer_loading else None
        self._loads_left = 0
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("{app} — artisanal-mining assurance programme").format(
            app=APP_NAME))
        self.setDockOptions(QMainWindow.DockOption.AllowTabbedDocks
                            | QMainWindow.DockOption.AnimatedDocks)
        placeholder = QLabel(self.tr("Map"))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(placeholder)
        self._build_menus()
        self._source_label = QLabel(ctx.source_line)
        self._source_label.setObjectName("sourceLine")
        self.statusBar().addPermanentWidget(self._source_label)
        self.docks: dict[str, QDockWidget] = {}
        for name in FEATURES:
            if name in LATE_FEATURES:
                self.when_ready(lambda n=name: self._install_feature(n))
            else:
                self._install_feature(name)
        self._restore_layout()
        if worker.notifier is not None:
            worker.notifier.error.connect(self.show_error)

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

    def _install_feature(self, name: str) -> None:
        importlib.import_module(name).install(self)

    # -- construction helpers used by the features ---------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu: QMenu = bar.addMenu(self.tr("&File"))
        self.edit_menu: QMenu = bar.addMenu(self.tr("&Edit"))
        self.view_menu: QMenu = bar.addMenu(self.tr("&View"))
        self.tools_menu: QMenu = bar.addMenu(self.tr("&Tools"))
        self.help_menu: QMenu = bar.addMenu(self.tr("&Help"))
        self.file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.quit_action = quit_action
        self.file_menu.addAction(quit_action)
        about = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        about.triggered.connect(self._about)
        self.help_menu.addAction(about)

    def add_dock(self, key: str, dock: QDockWidget,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
                 tab_with: str | None = None) -> QDockWidget:
        """Add a dock (its objectName is ``key``, so its place is remembered)."""
        dock.setObjectName(key)
        self.addDockWidget(area, dock)
        if tab_with and tab_with in self.docks:
            self.tabifyDockWidget(self.docks[tab_with], dock)
        self.docks[key] = dock
        self.view_menu.addAction(dock.toggleViewAction())
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
            self.resize(1600, 1000)
        state = self.ctx.settings.get("ui/state")
        if state:
            self.restoreState(QByteArray(state))

    def save_layout(self) -> None:
        self.ctx.settings.set("ui/geometry", bytes(self.saveGeometry().data()))
        self.ctx.settings.set("ui/state", bytes(self.saveState().data()))
        self.ctx.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802  (Qt override)
        self.save_layout()
        worker.wait_for_all()
        super().closeEvent(event)

    def show_error(self, exc: BaseException) -> None:
        """The one place worker errors reach the user, in plain words."""
        QMessageBox.warning(self, APP_NAME,
                            error_text(exc, self.ctx.lang) or type(exc).__name__)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About {app}").format(app=APP_NAME), self.tr(
            "{app} {version}\nDesktop GIS for the coordinators of an artisanal-mining "
            "assurance programme in the DRC and Rwanda.").format(app=APP_NAME,
                                                                 version=__version__))
