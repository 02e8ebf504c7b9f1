"""Sync conflicts side by side: your version (which lost to a later edit made
elsewhere) and the version kept; choose either. Also the changes the server refused
and the rows received from it that this laptop left out, each with its reason in the
interface's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.services.sync_conflicts import (
    ConflictView,
    list_conflicts,
    list_refused_changes,
    list_skipped_rows,
    resolve_conflict,
)
from bm_desktop.ui.dates import datetime_text
from bm_desktop.ui.sync_status import local_time

TABLE_NAMES = {
    "sites": QT_TRANSLATE_NOOP("SyncTables", "Site"),
    "site_minerals": QT_TRANSLATE_NOOP("SyncTables", "Site mineral"),
    "site_status_changes": QT_TRANSLATE_NOOP("SyncTables", "Site status change"),
    "stakeholders": QT_TRANSLATE_NOOP("SyncTables", "Stakeholder"),
    "site_stakeholders": QT_TRANSLATE_NOOP("SyncTables", "Site stakeholder"),
    "site_visits": QT_TRANSLATE_NOOP("SyncTables", "Site visit"),
    "visit_incidents": QT_TRANSLATE_NOOP("SyncTables", "Visit–incident link"),
    "visit_actions": QT_TRANSLATE_NOOP("SyncTables", "Visit–action link"),
    "incidents": QT_TRANSLATE_NOOP("SyncTables", "Incident"),
    "site_risks": QT_TRANSLATE_NOOP("SyncTables", "Site risk"),
    "risk_incidents": QT_TRANSLATE_NOOP("SyncTables", "Risk–incident link"),
    "corrective_actions": QT_TRANSLATE_NOOP("SyncTables", "Corrective action"),
    "action_incidents": QT_TRANSLATE_NOOP("SyncTables", "Action–incident link"),
    "action_progress": QT_TRANSLATE_NOOP("SyncTables", "Action progress"),
    "cap_meetings": QT_TRANSLATE_NOOP("SyncTables", "CAP meeting"),
    "agenda_items": QT_TRANSLATE_NOOP("SyncTables", "Agenda item"),
    "meeting_attendance": QT_TRANSLATE_NOOP("SyncTables", "Meeting attendance"),
    "meeting_decisions": QT_TRANSLATE_NOOP("SyncTables", "Meeting decision"),
    "security_events": QT_TRANSLATE_NOOP("SyncTables", "Security event"),
    "countries": QT_TRANSLATE_NOOP("SyncTables", "Country"),
    "programme_regions": QT_TRANSLATE_NOOP("SyncTables", "Programme region"),
    "provinces": QT_TRANSLATE_NOOP("SyncTables", "Province"),
    "minerals": QT_TRANSLATE_NOOP("SyncTables", "Mineral"),
    "risk_categories": QT_TRANSLATE_NOOP("SyncTables", "Risk category"),
    "risk_areas": QT_TRANSLATE_NOOP("SyncTables", "Risk area"),
    "stakeholder_types": QT_TRANSLATE_NOOP("SyncTables", "Stakeholder type"),
}


def table_name(table: str) -> str:
    text = TABLE_NAMES.get(table)
    return QCoreApplication.translate("SyncTables", text) if text else table


def field_name(column: str) -> str:
    return column.replace("_id", "").replace("_", " ").capitalize()


def shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if value is True:
        return QCoreApplication.translate("ConflictsDialog", "yes")
    if value is False:
        return QCoreApplication.translate("ConflictsDialog", "no")
    return str(value)


def _when(utc: Any) -> str:
    return datetime_text(local_time(utc)) if utc else "?"


class ConflictsDialog(QDialog):
    resolved = Signal()  # a choice was written: worth syncing soon

    def __init__(self, db: Any, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.db = db
        self.lang = lang  # the servers' reasons are rendered in it
        self.setObjectName("syncConflictsDialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(980, 560)
        self.conflicts: list[ConflictView] = []
        self.list = QListWidget()
        self.list.setMinimumWidth(260)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._on_selected)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your version"), self.tr("Their version (kept)")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.keep_mine = QPushButton(self.tr("Restore my version"))
        self.keep_theirs = QPushButton(self.tr("Keep their version"))
        self.keep_mine.clicked.connect(lambda: self._choose("local"))
        self.keep_theirs.clicked.connect(lambda: self._choose("remote"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.explanation)
        rl.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_theirs)
        buttons.addWidget(self.keep_mine)
        rl.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        self.refused = QTableWidget(0, 3)
        self.refused.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Changed on"), self.tr("Why the server refused it")]
        )
        self.refused.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.refused.verticalHeader().setVisible(False)
        self.refused.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("Conflicts"))
        self.tabs.addTab(self.refused, self.tr("Refused changes"))
        self.skipped = QTableWidget(0, 4)
        self.skipped.setObjectName("skippedRows")
        self.skipped.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Row"),
                self.tr("Received on"),
                self.tr("Why it was left out"),
            ]
        )
        self.skipped.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.skipped.verticalHeader().setVisible(False)
        self.skipped.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.skipped.setToolTip(
            self.tr(
                "Rows the server sent that break a rule of this version of BM Desktop (a value "
                "out of range, say): they were left out so that nothing else is blocked. Ask the "
                "programme administrator to correct them on the server."
            )
        )
        self.tabs.addTab(self.skipped, self.tr("Rows not received"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Someone else changed these records at the same time as you, and their change "
                "was later, so it was kept. Your version is not lost: compare both and choose."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.conflicts = list_conflicts(self.db)
        self.list.clear()
        for c in self.conflicts:
            item = QListWidgetItem(f"{table_name(c.table)}: {c.label}")
            item.setToolTip(
                self.tr("Detected {when}").format(when=datetime_text(local_time(c.detected_at)))
            )
            self.list.addItem(item)
        self.tabs.setTabText(0, self.tr("Conflicts ({n})").format(n=len(self.conflicts)))
        refused = list_refused_changes(self.db)
        self.refused.setRowCount(len(refused))
        for i, r in enumerate(refused):
            self.refused.setItem(i, 0, QTableWidgetItem(table_name(r.table)))
            self.refused.setItem(i, 1, QTableWidgetItem(datetime_text(local_time(r.created_at))))
            self.refused.setItem(i, 2, QTableWidgetItem(r.text(self.lang)))
        self.tabs.setTabText(1, self.tr("Refused changes ({n})").format(n=len(refused)))
        skipped = list_skipped_rows(self.db)
        self.skipped.setRowCount(len(skipped))
        for i, k in enumerate(skipped):
            self.skipped.setItem(i, 0, QTableWidgetItem(table_name(k.table)))
            self.skipped.setItem(i, 1, QTableWidgetItem(k.row_id))
            self.skipped.setItem(i, 2, QTableWidgetItem(datetime_text(local_time(k.received_at))))
            self.skipped.setItem(i, 3, QTableWidgetItem(k.text(self.lang)))
        self.tabs.setTabText(2, self.tr("Rows not received ({n})").format(n=len(skipped)))
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self._on_selected(-1)

    def _on_selected(self, row: int) -> None:
        has = 0 <= row < len(self.conflicts)
        self.keep_mine.setEnabled(has)
        self.keep_theirs.setEnabled(has)
        self.table.setRowCount(0)
        if not has:
            self.explanation.setText(self.tr("No conflicts to review."))
            return
        c = self.conflicts[row]
        if c.remote_who:
            text = self.tr(
                "{record}: you changed it on {mine}; {who} changed it on {theirs} "
                "(on the device {device}), and that version was kept."
            )
        else:
            text = self.tr(
                "{record}: you changed it on {mine}; another device ({device}) "
                "changed it on {theirs}, and that version was kept."
            )
        self.explanation.setText(
            text.format(
                record=f"{table_name(c.table)} “{c.label}”",
                mine=_when(c.local_time),
                who=c.remote_who,
                device=c.remote_device,
                theirs=_when(c.remote_time),
            )
        )
        rows = (
            [(self.tr("Deleted"), c.local_deleted, c.remote_deleted)]
            if c.local_deleted != c.remote_deleted
            else []
        )
        rows += [(field_name(d.column), d.local, d.remote) for d in c.differences]
        self.table.setRowCount(len(rows))
        highlight = QBrush(QColor("#fff4d6"))
        for i, (name, mine, theirs) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(name))
            for j, value in ((1, mine), (2, theirs)):
                item = QTableWidgetItem(shown(value))
                item.setBackground(highlight)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()

    def _choose(self, choice: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        resolve_conflict(self.db, self.conflicts[row].id, choice)
        self.resolved.emit()
        self.reload()
