"""The rows of an import preview as a table: row, what happens, id or code, summary,
reason (rejected rows in the overdue colour, so they stand out)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from bm_desktop.domain import colours
from bm_desktop.exchange.imports.report import ADD, REJECT, REMOVE, UNCHANGED, UPDATE, PreviewRow


def action_text(action: str) -> str:
    texts = {
        ADD: QCoreApplication.translate("ImportPreview", "added"),
        UPDATE: QCoreApplication.translate("ImportPreview", "updated"),
        REMOVE: QCoreApplication.translate("ImportPreview", "removed"),
        UNCHANGED: QCoreApplication.translate("ImportPreview", "unchanged"),
        REJECT: QCoreApplication.translate("ImportPreview", "rejected"),
    }
    return texts.get(action, action)


class PreviewModel(QAbstractTableModel):
    def __init__(self, rows: list[PreviewRow]) -> None:
        super().__init__()
        order = {REJECT: 0, ADD: 1, UPDATE: 2, REMOVE: 3, UNCHANGED: 4}
        self.rows = sorted(rows, key=lambda r: (order.get(r.action, 9), r.row))
        self.headers = [
            QCoreApplication.translate("ImportPreview", "Row"),
            QCoreApplication.translate("ImportPreview", "Result"),
            QCoreApplication.translate("ImportPreview", "ID or code"),
            QCoreApplication.translate("ImportPreview", "What"),
            QCoreApplication.translate("ImportPreview", "Reason"),
        ]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            reason = "; ".join(r.split(": ", 1)[-1] for r in row.reasons)
            return [row.row or "", action_text(row.action), row.key, row.summary, reason][
                index.column()
            ]
        if role == Qt.ItemDataRole.ForegroundRole and row.action == REJECT:
            return QBrush(QColor(colours.OVERDUE))
        if role == Qt.ItemDataRole.ToolTipRole and row.reasons:
            return "\n".join(row.reasons)
        return None
