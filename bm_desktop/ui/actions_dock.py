"""The corrective actions dock: the list (status, overdue, owner, due), one action's
full history, and progress updates for one or many actions."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
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
from bm_desktop.services.action_views import ActionDetail
from bm_desktop.ui.action_edit_dialog import ActionEditDialog
from bm_desktop.ui.actions_model import (
    DUE_COL,
    RELOAD_TABLES,
    ActionsFilter,
    ActionsModel,
    kind_text,
    priority_text,
)
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import date_text
from bm_desktop.ui.incident_form import current_user
from bm_desktop.ui.locale_text import place_text
from bm_desktop.ui.loop_commands import RecordProgress
from bm_desktop.ui.progress_dialog import ProgressDialog, status_text
from bm_desktop.ui.theme import icon
from bm_desktop.ui.undo import undo_stack

PERIOD, OPEN_TODAY = "period", "open_today"


class ActionDetailPanel(QWidget):
    """One action: what, where, who, due, status, and every progress update."""

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Status"), self.tr("Note"), self.tr("By")]
        )
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
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
        overdue = (
            f" <span style='color:{colours.OVERDUE}'><b>{late}</b></span>" if a.overdue else ""
        )
        self.title.setText(
            f"<b>{a.description}</b><br>"
            + self.tr("{site} ({region}) · {area} · {kind}").format(
                site=f"{a.site_code} {a.site_name}",
                region=place_text(a.region),
                area=a.risk_area,
                kind=kind_text(a.kind),
            )
            + "<br>"
            + self.tr("Assigned to {who} · recommended {rec} · due {due} · priority {prio}").format(
                who=a.stakeholder or "—",
                rec=date_text(a.recommended_on),
                due=date_text(a.due_on),
                prio=priority_text(a.priority),
            )
            + "<br>"
            + self.tr("Status: {status} since {on}").format(
                status=f"<span style='color:{colours.ACTION_STATUS.get(a.status)}'><b>"
                f"{status_text(a.status)}</b></span>",
                on=date_text(a.status_on),
            )
            + overdue
        )
        self.history.setRowCount(len(detail.history))
        for r, h in enumerate(detail.history):
            for c, text in enumerate(
                (date_text(h.on), status_text(h.status), h.note or "", h.by or "")
            ):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setForeground(
                        QBrush(QColor(colours.ACTION_STATUS.get(h.status, colours.TEXT)))
                    )
                self.history.setItem(r, c, item)
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(1)
        if detail.incidents:
            lines = [
                f"{date_text(i.occurred_on)} · {i.risk_area} · {i.description[:70]}"
                for i in detail.incidents[:6]
            ]
            more = len(detail.incidents) - len(lines)
            self.incidents.setText(
                "<b>"
                + self.tr("Incidents behind it")
                + "</b><br>"
                + "<br>".join(lines)
                + (("<br>" + self.tr("and {n} more").format(n=more)) if more > 0 else "")
            )
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
        # the line saying which actions are listed must not make the dock taller
        self.view.setMinimumHeight(self.view.minimumSizeHint().height() - 24)
        header = self.view.horizontalHeader()
        for col, width in enumerate((52, 92, 58, 80, 250, 150, 130, 100, 88, 60)):
            header.resizeSection(col, width)
        self.choice = QComboBox()
        for value, text in (
            ("all", self.tr("All actions")),
            ("open", self.tr("Open")),
            ("overdue", self.tr("Overdue")),
        ):
            self.choice.addItem(text, value)
        for status in ActionStatus:
            self.choice.addItem(status_text(status.value), status.value)
        self.choice.currentIndexChanged.connect(
            lambda _i: self.proxy.set_choice(self.choice.currentData())
        )
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Actions of the filter period"), PERIOD)
        self.scope.addItem(self.tr("Open today, whatever the period"), OPEN_TODAY)
        self.scope.setToolTip(self.tr("Which actions the tracker lists"))
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search actions (site, action, person…)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.count = QLabel()
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.progress_action = QAction(
            icon("fa5s.flag-checkered"), self.tr("Record progress…"), self
        )
        self.progress_action.triggered.connect(self.record_progress)
        self.toolbar.addAction(self.progress_action)
        self.edit_action = QAction(icon("fa5s.edit"), self.tr("Edit…"), self)
        self.edit_action.triggered.connect(self.edit_selected)
        self.toolbar.addAction(self.edit_action)
        self.detail = ActionDetailPanel()
        self.shows = QLabel()
        self.shows.setObjectName("actionsShown")
        self.shows.setWordWrap(True)
        self.shows.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.scope)
        top = QHBoxLayout()
        top.addWidget(self.choice)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.toolbar)
        lay.addLayout(top)
        lay.addWidget(self.shows)
        lay.addWidget(self.view)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.setWidget(split)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._on_count)
        # Actions created on this computer since the tracker last looked: always listed
        # (a meeting after the period's end must not make its new actions vanish).
        self.pinned: set[uuid.UUID] = set()
        self.outside = 0
        self._made_here: set[uuid.UUID] | None = None
        ctx.filters.changed.connect(self._on_filters)
        ctx.selection.changed.connect(lambda _ids: self.reload())
        ctx.data.changed.connect(self._on_data_changed)
        getattr(window, "when_ready", lambda fn: fn())(self.reload)

    def reload(self) -> None:
        selected = self.selected_ids()
        sites = set(self.ctx.selection.ids) or None
        rows = action_views.actions(
            self.ctx.db,
            self.ctx.filters.state,
            sites,
            lang=self.ctx.lang,
            open_today=self.scope.currentData() == OPEN_TODAY,
        )
        outside = self.pinned - {a.id for a in rows}
        if outside:
            rows += action_views.actions(self.ctx.db, action_ids=outside, lang=self.ctx.lang)
        self.outside = len(outside)
        self.proxy.always = set(self.pinned)
        self.model.set_rows(rows)
        if self._made_here is None:
            self._made_here = action_views.action_ids_made_on(self.ctx.db, self.ctx.db.device_id)
        self.select_actions(selected)
        self._on_count()

    def reveal(self, ids: list[uuid.UUID]) -> None:
        """Show and select these actions whatever the filters, status choice and search
        (a new action must be seen); they stay listed until the filters change."""
        self.pinned |= set(ids)
        self.reload()
        self.select_actions(ids)

    def _on_filters(self, _state: object) -> None:
        self.pinned.clear()  # the user chose anew what to see
        self.reload()

    def _on_data_changed(self, tables: set) -> None:
        if tables and not tables & RELOAD_TABLES:
            return
        if self._made_here is not None and (not tables or "corrective_actions" in tables):
            now = action_views.action_ids_made_on(self.ctx.db, self.ctx.db.device_id)
            self.pinned |= now - self._made_here
            self._made_here = now
        self.reload()

    def _on_count(self, *_args: object) -> None:
        self.count.setText(
            self.tr("{shown} of {total} actions").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )
        self.shows.setText(self.scope_text())

    def scope_text(self) -> str:
        """Which actions the list holds, in words (period, as-of day, selection, new ones)."""
        f = self.ctx.filters.state
        today = dt.date.today()
        if self.scope.currentData() == OPEN_TODAY:
            text = self.tr(
                "Actions still open today ({today}), whatever the period; statuses as of today."
            ).format(today=date_text(today))
        else:
            text = self.tr(
                "Actions recommended by {end} and open at some time from {start} "
                "to {end}; statuses as of today ({today})."
            ).format(start=date_text(f.start), end=date_text(f.end), today=date_text(today))
        if self.ctx.selection.ids:
            text += " " + self.tr("Selected sites only.")
        if self.outside:
            text += " " + self.tr(
                "Also listed: {n} new action(s) outside this selection, until the filters change."
            ).format(n=self.outside)
        return text

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
                    sel.select(
                        index,
                        QItemSelectionModel.SelectionFlag.Select
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    self.view.scrollTo(index)
        self._on_selection()

    def _on_selection(self, *_args: object) -> None:
        ids = self.selected_ids()
        self.progress_action.setEnabled(bool(ids))
        self.edit_action.setEnabled(len(ids) == 1)
        self.progress_action.setText(
            self.tr("Record progress…")
            if len(ids) <= 1
            else self.tr("Record progress of {n} actions…").format(n=len(ids))
        )
        self.detail.show_detail(
            action_views.detail(self.ctx.db, ids[0], lang=self.ctx.lang) if len(ids) == 1 else None
        )

    def record_progress(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            detail = action_views.detail(self.ctx.db, ids[0], lang=self.ctx.lang)
            statuses = list(detail.allowed_next)
            subject = detail.action.description[:80]
            if not statuses:
                QMessageBox.information(
                    self,
                    self.windowTitle(),
                    self.tr("This action is {status}: no further update is possible.").format(
                        status=status_text(detail.action.status)
                    ),
                )
                return
        else:
            statuses = [s.value for s in ActionStatus if s != ActionStatus.RECOMMENDED]
            subject = self.tr("{n} selected actions").format(n=len(ids))

        def submit(draft: Any) -> None:
            RecordProgress(self.ctx, [(aid, draft) for aid in ids]).run(
                undo_stack(self.window_ or self)
            )

        dialog = ProgressDialog(
            subject, statuses, current_user(self.ctx), submit, self, lang=self.ctx.lang
        )
        self._dialog = dialog
        dialog.exec()

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        view = action_views.detail(self.ctx.db, ids[0], lang=self.ctx.lang).action
        dialog = ActionEditDialog(self.ctx, view, self, stack=undo_stack(self.window_ or self))
        self._dialog = dialog
        dialog.exec()  # OK saves the edit (undoable) before closing
