"""The Help menu: the user guide (F1) and the keyboard shortcuts, above About."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from bm_desktop.ui.shortcuts_dialog import ShortcutsDialog
from bm_desktop.ui.user_guide import UserGuideWindow


class HelpFeature(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.guide: UserGuideWindow | None = None
        self.shortcuts: ShortcutsDialog | None = None
        self.guide_action = QAction(self.tr("&User guide"), window)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.open_guide)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts…"), window)
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        menu = window.help_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.guide_action)
        menu.insertAction(first, self.shortcuts_action)
        menu.insertSeparator(first)

    def open_guide(self) -> UserGuideWindow:
        """One guide window, raised if already open; in the interface's language."""
        if self.guide is None:
            self.guide = UserGuideWindow(self.window.ctx.lang, self.window)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def open_shortcuts(self) -> ShortcutsDialog:
        self.shortcuts = ShortcutsDialog(self.window)
        self.shortcuts.open()
        return self.shortcuts


def install(window: Any) -> None:
    window.help = HelpFeature(window)
