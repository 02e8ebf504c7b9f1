"""The corrective actions dock: the list (status, overdue, owner, due), one action's
full history, and progress updates for one or many actions."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain import colours
from bm_desktop.domain.enums import ActionStatus
from bm_desktop.services import action_views
from bm_desktop.services.action_views import ActionDetail, ActionView
from bm_desktop.services.errors import BmError
from bm_desktop.ui.action_dialog import KIND_TEXT, PRIORITY_TEXT
from bm_desktop.ui.action_edit_dialog import ActionEditDialog, current_edit
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.incident_form import current_user
from bm_desktop.ui.loop_commands import EditAction, RecordProgress
from bm_desktop.ui.progress_dialog import ProgressDialog, status_text
from bm_desktop.ui.theme import icon
from bm_desktop.ui.undo import undo_stack

COLUMNS = (QT_TRANSLATE_NOOP("ActionsModel", "Site"),
           QT_TRANSLATE_NOOP("ActionsModel", "Status"),
           QT_TRANSLATE_NOOP("ActionsModel", "Overdue"),
           QT_TRANSLATE_NOOP("ActionsModel", "Due"),
           QT_TRANSLATE_NOOP("ActionsModel", "Action"),
           QT_TRANSLATE_NOOP("ActionsModel", "Assigned to"),
           QT_TRANSLATE_NOOP("ActionsModel", "Risk area"),
           QT_TRANSLATE_NOOP("ActionsModel", "Kind"),
           QT_TRANSLATE_NOOP("ActionsModel", "Recommended"),
           QT_TRANSLATE_NOOP("ActionsModel", "Priority"))
STATUS_COL, OVERDUE_COL, DUE_COL, TEXT_COL = 1, 2, 3, 4
RELOAD_TABLES = {"corrective_actions", "action_progress", "action_incidents", "sites", "*"}
OPEN = {ActionStatus.RECOMMENDED.value, ActionStatus.IN_PROGRESS.value}


def _kind_text(kind: str) -> str:
    for key, text in KIND_TEXT.items():
        if key.value == kind:
            return QCoreApplication.translate("ActionDialog", text)
    return kind


def _priority_text(priority: str) -> str:
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

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ActionsModel", COLUMNS[section])
        return None

    def display(self, a: ActionView, col: int) -> str:
        return [a.site_code, status_text(a.status),
                QCoreApplication.translate("ActionsModel", "overdue") if a.overdue else "",
                a.due_on.isoformat(), a.description, a.stakeholder, a.risk_area,
                _kind_text(a.kind), a.recommended_on.isoformat(), _priority_text(a.priority)][col]

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
    """Status choice and text search over the small action list."""

    def __init__(self) -> None:
        super().__init__()
        self.status_choice = "all"
        self.text = ""

    def set_choice(self, choice: str) -> None:
        self.status_choice = choice
        self.invalidateFilter()

    def set_text(self, text: str) -> None:
        self.text = text.casefold()
        self.invalidateFilter()

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

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, ActionsModel)
        a = model.rows[row]
        choice = self.status_choice
        if choice == "open" and a.status not in OPEN:
            return False
        if choice == "overdue" and not a.overdue:
            return False
        if choice not in ("all", "open", "overdue") and a.status != choice:
            return False
        if self.text:
            hay = " ".join((a.site_code, a.site_name, a.description, a.stakeholder,
                            a.risk_area, a.kind)).casefold()
            return self.text in hay
        return True


class ActionDetailPanel(QWidget):
    """One action: what, where, who, due, status, and every progress update."""

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Status"),
                                                self.tr("Note"), self.tr("By")])
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incidents = QLabel()
        self.incidents.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(QLabel("<b>" + self.tr("History") + "</b>"))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.incidents)
        self.show_detail(None)

    def show_detail(self, detail: ActionDetail | None) -> None:
        if detail is None:
            self.title.setText("<i>" + self.tr("Select an action to see its history.") + "</i>")
            self.history.setRowCount(0)
            self.incidents.setText("")
            return
        a = detail.action
        late = self.tr("overdue")
        overdue = f" <span style='color:{colours.OVERDUE}'><b>{late}</b></span>" if a.overdue else ""
        self.title.setText(
            f"<b>{a.description}</b><br>"
            + self.tr("{site} ({region}) · {area} · {kind}").format(
                site=f"{a.site_code} {a.site_name}", region=a.region, area=a.risk_area,
                kind=_kind_text(a.kind)) + "<br>"
            + self.tr("Assigned to {who} · recommended {rec} · due {due} · priority {prio}").format(
                who=a.stakeholder or "—", rec=a.recommended_on.isoformat(),
                due=a.due_on.isoformat(), prio=_priority_text(a.priority)) + "<br>"
            + self.tr("Status: {status} since {on}").format(
                status=f"<span style='color:{colours.ACTION_STATUS.get(a.status)}'><b>"
                       f"{status_text(a.status)}</b></span>", on=a.status_on.isoformat())
            + overdue)
        self.history.setRowCount(len(detail.history))
        for r, h in enumerate(detail.history):
            for c, text in enumerate((h.on.isoformat(), status_text(h.status), h.note or "",
                                      h.by or "")):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setForeground(QBrush(QColor(colours.ACTION_STATUS.get(h.status,
                                                                               colours.TEXT))))
                self.history.setItem(r, c, item)
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(1)
        if detail.incidents:
            lines = [f"{i.occurred_on.isoformat()} · {i.risk_area} · {i.description[:70]}"
                     for i in detail.incidents[:6]]
            more = len(detail.incidents) - len(lines)
            self.incidents.setText("<b>" + self.tr("Incidents behind it") + "</b><br>"
                                   + "<br>".join(lines)
                                   + (("<br>" + self.tr("and {n} more").format(n=more))
                                      if more > 0 else ""))
        else:
            self.incidents.setText("")


class ActionsDock(QDockWidget):
    def __init__(self, ctx: AppContext, window: Any = None) -> None:
        super().__init__()
        self.ctx, self.window_ = ctx, window
        self.setWindowTitle(self.tr("Corrective actions"))
        self.model = ActionsModel()
        self.proxy = ActionsFilter()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DUE_COL, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        header = self.view.horizontalHeader()
        for col, width in enumerate((52, 92, 58, 80, 250, 150, 130, 100, 88, 60)):
            header.resizeSection(col, width)
        self.choice = QComboBox()
        for value, text in (("all", self.tr("All actions")), ("open", self.tr("Open")),
                            ("overdue", self.tr("Overdue"))):
            self.choice.addItem(text, value)
        for status in ActionStatus:
            self.choice.addItem(status_text(status.value), status.value)
        self.choice.currentIndexChanged.connect(
            lambda _i: self.proxy.set_choice(self.choice.currentData()))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search actions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.count = QLabel()
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.progress_action = QAction(icon("fa5s.flag-checkered"), self.tr("Record progress…"),
                                       self)
        self.progress_action.triggered.connect(self.record_progress)
        self.toolbar.addAction(self.progress_action)
        self.edit_action = QAction(icon("fa5s.edit"), self.tr("Edit…"), self)
        self.edit_action.triggered.connect(self.edit_selected)
        self.toolbar.addAction(self.edit_action)
        self.detail = ActionDetailPanel()
        top = QHBoxLayout()
        top.addWidget(self.choice)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.toolbar)
        lay.addLayout(top)
        lay.addWidget(self.view)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.setWidget(split)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.proxy.rowsInserted.connect(self._on_count)
        self.proxy.modelReset.connect(self._on_count)
        self.proxy.layoutChanged.connect(self._on_count)
        ctx.filters.changed.connect(lambda _s: self.reload())
        ctx.selection.changed.connect(lambda _ids: self.reload())
        ctx.data.changed.connect(self._on_data_changed)
        getattr(window, "when_ready", lambda fn: fn())(self.reload)

    def reload(self) -> None:
        selected = self.selected_ids()
        sites = set(self.ctx.selection.ids) or None
        self.model.set_rows(action_views.actions(self.ctx.db, self.ctx.filters.state, sites,
                                                         lang=self.ctx.lang))
        self.select_actions(selected)
        self._on_count()

    def _on_data_changed(self, tables: set) -> None:
        if not tables or tables & RELOAD_TABLES:
            self.reload()

    def _on_count(self, *_args: object) -> None:
        self.count.setText(self.tr("{shown} of {total} actions").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))

    def selected_ids(self) -> list[uuid.UUID]:
        rows = self.view.selectionModel().selectedRows()
        return [self.model.rows[self.proxy.mapToSource(i).row()].id for i in rows]

    def select_actions(self, ids: list[uuid.UUID]) -> None:
        wanted = set(ids)
        sel = self.view.selectionModel()
        sel.clearSelection()
        for row, a in enumerate(self.model.rows):
            if a.id in wanted:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    sel.select(index, QItemSelectionModel.SelectionFlag.Select
                               | QItemSelectionModel.SelectionFlag.Rows)
                    self.view.scrollTo(index)
        self._on_selection()

    def _on_selection(self, *_args: object) -> None:
        ids = self.selected_ids()
        self.progress_action.setEnabled(bool(ids))
        self.edit_action.setEnabled(len(ids) == 1)
        self.progress_action.setText(self.tr("Record progress…") if len(ids) <= 1
                                     else self.tr("Record progress of {n} actions…").format(
                                         n=len(ids)))
        self.detail.show_detail(action_views.detail(self.ctx.db, ids[0], lang=self.ctx.lang)
                                if len(ids) == 1 else None)

    def record_progress(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            detail = action_views.detail(self.ctx.db, ids[0], lang=self.ctx.lang)
            statuses = list(detail.allowed_next)
            subject = detail.action.description[:80]
            if not statuses:
                QMessageBox.information(self, self.windowTitle(), self.tr(
                    "This action is {status}: no further update is possible.").format(
                    status=status_text(detail.action.status)))
                return
        else:
            statuses = [s.value for s in ActionStatus if s != ActionStatus.RECOMMENDED]
            subject = self.tr("{n} selected actions").format(n=len(ids))

        def submit(draft: Any) -> None:
            RecordProgress(self.ctx, [(aid, draft) for aid in ids]).run(
                undo_stack(self.window_ or self))

        dialog = ProgressDialog(subject, statuses, current_user(self.ctx), submit, self,
                                lang=self.ctx.lang)
        self._dialog = dialog
        dialog.exec()

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        view = action_views.detail(self.ctx.db, ids[0], lang=self.ctx.lang).action
        dialog = ActionEditDialog(self.ctx, view, self)
        self._dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.edit is not None:
            try:
                EditAction(self.ctx, view.id, dialog.edit, current_edit(view)).run(
                    undo_stack(self.window_ or self))
            except BmError as exc:
                self.show_error(exc)

    def show_error(self, exc: BmError) -> None:
        QMessageBox.warning(self, self.windowTitle(), exc.text(self.ctx.lang))
