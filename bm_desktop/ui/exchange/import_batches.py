"""File > Import > Import batches: every import made on this laptop, and undo.

An import batch can be undone until its changes have been sent to the server;
the table says which can, the Undo button takes the selected one back in one
transaction and the views reload.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain.errors import BmError, error_text
from bm_desktop.exchange.imports.batches import BatchView, list_batches, undo_batch
from bm_desktop.services.database_files import Database


class ImportBatchesDialog(QDialog):
    undone = Signal(str)  # the kind of import undone (for the views to reload)

    def __init__(self, db: Database, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.setWindowTitle(self.tr("Import batches"))
        self.resize(860, 420)
        intro = QLabel(
            self.tr(
                "Every import is a batch. A batch can be undone until it has "
                "been synchronised with the server: the events it added are "
                "deleted and the ones it changed or removed are put back."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Batch"),
                self.tr("Imported at"),
                self.tr("What"),
                self.tr("File"),
                self.tr("Changes"),
                self.tr("State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = self.buttons.addButton(
            self.tr("Undo this import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.clicked.connect(self.undo_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.batches: list[BatchView] = []
        self.reload()

    def reload(self) -> None:
        self.batches = list_batches(self.db)
        self.table.setRowCount(len(self.batches))
        for r, b in enumerate(self.batches):
            if b.undone_at is not None:
                state = self.tr("undone {when}").format(when=b.undone_at.isoformat(sep=" "))
            elif b.synchronised:
                state = self.tr("synchronised: can no longer be undone")
            else:
                state = self.tr("can be undone")
            changes = self.tr("{added} added, {updated} updated, {removed} removed").format(
                added=b.added, updated=b.updated, removed=b.removed
            )
            for c, text in enumerate(
                (
                    str(b.id),
                    b.created_at.isoformat(sep=" "),
                    self._kind(b.kind),
                    b.file_name,
                    changes,
                    state,
                )
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, b.id)
                self.table.setItem(r, c, item)
        self._update_button()

    def _kind(self, kind: str) -> str:
        return {
            "events": self.tr("security events"),
            "sites": self.tr("sites"),
            "incidents": self.tr("incidents"),
            "actions": self.tr("corrective-action tracker"),
        }.get(kind, kind)

    def selected(self) -> BatchView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        b = self.selected()
        self.undo_button.setEnabled(b is not None and b.undone_at is None and not b.synchronised)

    def undo_selected(self) -> None:
        b = self.selected()
        if b is None:
            return
        try:
            done = undo_batch(self.db, b.id)
        except BmError as exc:
            self.message.setText(error_text(exc, self.lang))
            return
        self.message.setText(
            self.tr("Import batch {batch} ({file}) undone.").format(
                batch=done.id, file=done.file_name
            )
        )
        self.reload()
        self.undone.emit(done.kind)
