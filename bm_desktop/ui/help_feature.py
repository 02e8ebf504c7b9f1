"""The Help menu: the user guide (F1), the keyboard shortcuts and the installation
self-test, above About."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from bm_desktop.ui.selftest_dialog import SelfTestDialog
from bm_desktop.ui.shortcuts_dialog import ShortcutsDialog
from bm_desktop.ui.user_guide import UserGuideWindow


class HelpFeature(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.guide: UserGuideWindow | None = None
        self.shortcuts: ShortcutsDialog | None = None
        self.self_test: SelfTestDialog | None = None
        self.guide_action = QAction(self.tr("&User guide"), window)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.open_guide)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts…"), window)
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        self.self_test_action = QAction(self.tr("&Self-test…"), window)
        self.self_test_action.setToolTip(self.tr("Check that this installation has what it needs"))
        self.self_test_action.triggered.connect(self.open_self_test)
        menu = window.help_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.guide_action)
        menu.insertAction(first, self.shortcuts_action)
        menu.insertAction(first, self.self_test_action)
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

    def open_self_test(self) -> SelfTestDialog:
        """Show the dialog, then run the checks (a second or two) with the report in it."""
        self.self_test = SelfTestDialog(self.window)
        self.self_test.open()
        self.self_test.run()
        return self.self_test


def install(window: Any) -> HelpFeature:
    """The Help menu's guide, shortcuts and self-test (kept as ``MainWindow.help``)."""
    return HelpFeature(window)
