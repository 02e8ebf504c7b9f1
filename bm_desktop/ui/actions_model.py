"""The corrective-action tracker's table: the model over the listed actions and the
proxy that applies the status choice and the search box, and sorts by plain keys."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from bm_desktop.domain import colours
from bm_desktop.domain.enums import ActionStatus
from bm_desktop.services.action_views import ActionView
from bm_desktop.ui.action_dialog import KIND_TEXT, PRIORITY_TEXT
from bm_desktop.ui.dates import date_text
from bm_desktop.ui.progress_dialog import status_text

COLUMNS = (
    QT_TRANSLATE_NOOP("ActionsModel", "Site"),
    QT_TRANSLATE_NOOP("ActionsModel", "Status"),
    QT_TRANSLATE_NOOP("ActionsModel", "Overdue"),
    QT_TRANSLATE_NOOP("ActionsModel", "Due"),
    QT_TRANSLATE_NOOP("ActionsModel", "Action"),
    QT_TRANSLATE_NOOP("ActionsModel", "Assigned to"),
    QT_TRANSLATE_NOOP("ActionsModel", "Risk area"),
    QT_TRANSLATE_NOOP("ActionsModel", "Kind"),
    QT_TRANSLATE_NOOP("ActionsModel", "Recommended"),
    QT_TRANSLATE_NOOP("ActionsModel", "Priority"),
)
STATUS_COL, OVERDUE_COL, DUE_COL, TEXT_COL = 1, 2, 3, 4
RELOAD_TABLES = {"corrective_actions", "action_progress", "action_incidents", "sites", "*"}
OPEN = {ActionStatus.RECOMMENDED.value, ActionStatus.IN_PROGRESS.value}


def kind_text(kind: str) -> str:
    for key, text in KIND_TEXT.items():
        if key.value == kind:
            return QCoreApplication.translate("ActionDialog", text)
    return kind


def priority_text(priority: str) -> str:
    for key, text in PRIORITY_TEXT.items():
        if key.value == priority:
            return QCoreApplication.translate("ActionDialog", text)
    return priority


class ActionsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ActionView] = []

    def set_rows(self, rows: list[ActionView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ActionsModel", COLUMNS[section])
        return None

    def display(self, a: ActionView, col: int) -> str:
        return [
            a.site_code,
            status_text(a.status),
            QCoreApplication.translate("ActionsModel", "overdue") if a.overdue else "",
            date_text(a.due_on),
            a.description,
            a.stakeholder,
            a.risk_area,
            kind_text(a.kind),
            date_text(a.recommended_on),
            priority_text(a.priority),
        ][col]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        a = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return self.display(a, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == STATUS_COL:
                return QBrush(QColor(colours.ACTION_STATUS.get(a.status, colours.TEXT)))
            if col == OVERDUE_COL:
                return QBrush(QColor(colours.OVERDUE))
        if role == Qt.ItemDataRole.ToolTipRole and col == TEXT_COL:
            return a.description
        return None


class ActionsFilter(QSortFilterProxyModel):
    """Status choice and text search over the small action list (search matches the
    site code and name, the action, the person assigned, the risk area and the kind).
    Actions in ``always`` (just created) pass whatever the choice and search."""

    def __init__(self) -> None:
        super().__init__()
        self.status_choice = "all"
        self.text = ""
        self.always: set = set()  # action ids shown whatever the choice and search

    def set_choice(self, choice: str) -> None:
        self._refilter(lambda: setattr(self, "status_choice", choice))

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "text", text.casefold()))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Change what the rows are filtered by, and filter them again: Qt 6.10's
        begin/endFilterChange where there (invalidateRowsFilter is deprecated there),
        else invalidateRowsFilter (PySide6 6.6-6.9)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, ActionsModel)
        a = model.rows[row]
        if a.id in self.always:
            return True
        choice = self.status_choice
        if choice == "open" and a.status not in OPEN:
            return False
        if choice == "overdue" and not a.overdue:
            return False
        if choice not in ("all", "open", "overdue") and a.status != choice:
            return False
        if self.text:
            hay = " ".join(
                (
                    a.site_code,
                    a.site_name,
                    a.description,
                    a.stakeholder,
                    a.risk_area,
                    kind_text(a.kind),
                )
            ).casefold()
            return self.text in hay
        return True

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802
        """Compare plain sort keys of the two actions, not their display texts (fast)."""
        model = self.sourceModel()
        assert isinstance(model, ActionsModel)
        col = left.column()
        return _sort_key(model.rows[left.row()], col) < _sort_key(model.rows[right.row()], col)


def _sort_key(a: ActionView, col: int) -> Any:
    if col == 0:
        return a.site_code
    if col == STATUS_COL:
        return a.status
    if col == OVERDUE_COL:
        return a.overdue
    if col == DUE_COL:
        return a.due_on
    if col == TEXT_COL:
        return a.description
    if col == 5:
        return a.stakeholder or ""
    if col == 6:
        return a.risk_area or ""
    if col == 7:
        return a.kind
    if col == 8:
        return a.recommended_on
    return a.priority
