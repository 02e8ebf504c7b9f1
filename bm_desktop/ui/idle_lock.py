"""The idle lock: after a while without keyboard or mouse, the window hides its data.

A laptop left open at a checkpoint or in a shared office shows no incident: after
``security/idle_lock_minutes`` (default 15; 0 never locks) without input, an overlay
covers the whole window (map, docks, tables) and asks for the database passphrase (or,
for a key kept in the keyring or a plain file, only a click on Unlock). Nothing is
paused: sync, imports and exports go on in the background. While locked, keys and
shortcuts reach only the overlay.
"""

from __future__ import annotations

import hmac

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.services import database_files as files
from bm_desktop.ui.settings import IDLE_LOCK

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
BLOCKED = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}


class LockOverlay(QFrame):
    """An opaque cover over the window, with the passphrase field."""

    def __init__(self, window: QMainWindow, needs_passphrase: bool) -> None:
        super().__init__(window)
        self.setObjectName("idle_lock")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#idle_lock { background: #1f2a36; } QLabel { color: white; }")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("BM Desktop is locked"), objectName="lock_title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 18pt")
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "The window was idle, so the programme's data are hidden. Sync "
                "and exports go on in the background."
            )
            + " "
            + (
                self.tr("Type the passphrase to go on.")
                if needs_passphrase
                else self.tr("Click Unlock to go on.")
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="passphrase")
        self.passphrase.setMaximumWidth(360)
        self.passphrase.setVisible(needs_passphrase)
        layout.addWidget(self.passphrase, 0, Qt.AlignmentFlag.AlignHCenter)
        self.problem = QLabel(objectName="problem")
        self.problem.setStyleSheet("color: #ff8a80")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.problem)
        self.unlock_button = QPushButton(self.tr("Unlock"), objectName="unlock")
        self.unlock_button.setMaximumWidth(200)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class IdleLock(QObject):
    """Watches the application's input and locks ``window`` when it has been idle."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.ctx.db
        self.overlay: LockOverlay | None = None
        self.hidden_docks: list[QDockWidget] = []
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.lock)
        self.restart()
        QApplication.instance().installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.overlay is not None

    def restart(self) -> None:
        minutes = float(self.window.ctx.settings.get(IDLE_LOCK.key) or 0)
        if minutes <= 0:
            self.timer.stop()
            return
        self.timer.start(max(int(minutes * 60_000), 1))

    def _needs_passphrase(self) -> bool:
        key = self.db.key
        return (
            key is not None and self.db.path is not None and (files.stored_key(self.db.path) != key)
        )

    def lock(self) -> None:
        if self.locked:
            return
        self.overlay = LockOverlay(self.window, self._needs_passphrase())
        self.overlay.unlock_button.clicked.connect(self._try_unlock)
        self.overlay.passphrase.returnPressed.connect(self._try_unlock)
        # floating docks are windows of their own: hide them too
        self.hidden_docks = [
            d for d in self.window.findChildren(QDockWidget) if d.isFloating() and d.isVisible()
        ]
        for dock in self.hidden_docks:
            dock.hide()
        self.overlay.setGeometry(self.window.rect())
        self.overlay.show()
        self.overlay.raise_()
        self.overlay.passphrase.setFocus()

    def _try_unlock(self) -> None:
        assert self.overlay is not None
        if self._needs_passphrase():
            assert self.db.key is not None and self.db.path is not None
            params = files.read_parameters(self.db.path)
            typed = self.overlay.passphrase.text()
            key = files.derive_key(typed, params) if params is not None else b""
            if not hmac.compare_digest(key, self.db.key):
                self.overlay.passphrase.selectAll()
                self.overlay.problem.setText(self.tr("Wrong passphrase: the window stays locked."))
                return
        self.unlock()

    def unlock(self) -> None:
        if self.overlay is None:
            return
        self.overlay.hide()
        self.overlay.deleteLater()
        self.overlay = None
        for dock in self.hidden_docks:
            dock.show()
        self.hidden_docks = []
        self.restart()

    def _inside_overlay(self, watched: QObject) -> bool:
        node = watched
        while node is not None:
            if node is self.overlay:
                return True
            node = node.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        kind = event.type()
        if self.overlay is not None:
            if kind == QEvent.Type.Resize and watched is self.window:
                self.overlay.setGeometry(self.window.rect())
            if (
                kind in BLOCKED
                and isinstance(watched, QWidget)
                and (watched.window() is self.window)
                and not self._inside_overlay(watched)
            ):
                return True  # no shortcut or click reaches the hidden window
            return False
        if kind in ACTIVITY or (kind == QEvent.Type.Show and watched is self.window):
            self.restart()  # the idle time counts from the last input
        return False


def install_idle_lock(window: QMainWindow) -> IdleLock:
    """Lock ``window`` after the idle time of the settings (kept as ``MainWindow.idle_lock``)."""
    return IdleLock(window)
