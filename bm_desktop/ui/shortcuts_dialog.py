"""Help > Keyboard shortcuts: every shortcut the window defines, read from its actions
when the dialog opens (so a new action with a shortcut is listed without editing a list)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Shortcut:
    where: str  # the menu path, or the panel the shortcut works in
    command: str
    keys: str


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(action: QAction) -> str:
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText)
        for s in action.shortcuts()
        if not s.isEmpty()
    )


def window_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """The menus' shortcuts in menu order, then those of actions outside the menus
    (toolbars, panels), each once."""
    out: list[Shortcut] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} > {_clean(action.text())}")
            elif _keys(action) and id(action) not in seen:
                seen.add(id(action))
                out.append(Shortcut(path, _clean(action.text()), _keys(action)))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _clean(top.text()))
    for action in window.findChildren(QAction):
        if _keys(action) and id(action) not in seen and action.text():
            seen.add(id(action))
            out.append(Shortcut(_panel_of(action, window), _clean(action.text()), _keys(action)))
    return out


def _panel_of(action: QAction, window: QMainWindow) -> str:
    """The dock an action belongs to (its shortcut works there), else the window."""
    for widget in action.associatedObjects():
        node = widget if isinstance(widget, QWidget) else None
        while node is not None:
            if isinstance(node, QDockWidget):
                return node.windowTitle()
            node = node.parentWidget()
    return QCoreApplication.translate("ShortcutsDialog", "Main window")


class ShortcutsDialog(QDialog):
    """A table: command, keys, where it works."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 560)
        self.shortcuts = window_shortcuts(window)
        self.table = QTableWidget(len(self.shortcuts), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Command"), self.tr("Shortcut"), self.tr("Where")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, s in enumerate(self.shortcuts):
            for col, text in enumerate((s.command, s.keys, s.where)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def keys_of(self, command: str) -> str | None:
        """The keys listed for ``command`` (as the person reads the table)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == command:
                return self.table.item(row, 1).text()
        return None
