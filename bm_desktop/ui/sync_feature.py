"""Sync in the window: Tools menu actions, the status-bar button, the dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from bm_desktop.ui.app import refresh_source_line
from bm_desktop.ui.status_bar import ShareOfBar
from bm_desktop.ui.sync_conflicts_dialog import ConflictsDialog
from bm_desktop.ui.sync_connect_dialog import ConnectDialog
from bm_desktop.ui.sync_controller import SyncController
from bm_desktop.ui.sync_status import SyncStatusButton


class SyncFeature(QObject):
    def __init__(self, window: Any, controller: SyncController | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller or SyncController(window.ctx, self)
        c = self.controller
        self.sync_action = QAction(self.tr("&Sync now"), window)
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.triggered.connect(self.sync_now)
        self.connect_action = QAction(self.tr("Connect to the programme server…"), window)
        self.connect_action.triggered.connect(self.open_connect)
        self.conflicts_action = QAction(self.tr("Sync conflicts…"), window)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.sign_out_action = QAction(self.tr("Sign out of the server"), window)
        self.sign_out_action.triggered.connect(c.sign_out)
        menu = QMenu(self.tr("S&ync"), window)
        for action in (
            self.sync_action,
            self.conflicts_action,
            self.connect_action,
            self.sign_out_action,
        ):
            menu.addAction(action)
        window.tools_menu.addMenu(menu)
        self.menu = menu
        self.button = SyncStatusButton(menu, window)
        self.button.clicked.connect(self.sync_now)
        window.statusBar().addPermanentWidget(self.button)
        ShareOfBar(window.statusBar(), self.button)
        c.status_changed.connect(self._on_status)
        c.running_changed.connect(self._on_running)
        c.failed.connect(self._on_failed)
        c.synced.connect(lambda _report: refresh_source_line(window))
        window.closed.connect(c.shutdown)  # the timer stops, the HTTP client is closed
        c.refresh()

    def _on_status(self, status: Any) -> None:
        self.button.show_status(status)
        self.connect_action.setText(
            self.tr("Sign in to the programme server…")
            if status.attached
            else self.tr("Connect to the programme server…")
        )
        self.sign_out_action.setEnabled(status.attached)
        self.conflicts_action.setText(
            self.tr("Sync conflicts ({n})…").format(n=status.open_conflicts)
            if status.open_conflicts
            else self.tr("Sync conflicts…")
        )

    def _on_running(self, running: bool) -> None:
        self.sync_action.setEnabled(not running)
        self.button.set_running(running)

    def _on_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Sync failed: {message}").format(message=message), 15000
        )

    def sync_now(self) -> None:
        if self.controller.sync_now() is None:
            self.open_connect()

    def open_connect(self) -> ConnectDialog:
        dialog = ConnectDialog(self.controller, self.window)
        dialog.open()
        return dialog

    def open_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.controller.db, self.window, lang=self.controller.ctx.lang)
        dialog.resolved.connect(self.controller.refresh)
        dialog.finished.connect(lambda _r: self.controller.sync_now())
        dialog.open()
        return dialog


def install(window: Any) -> SyncFeature:
    """The sync menu and status-bar button (kept as ``MainWindow.sync``)."""
    return SyncFeature(window)
