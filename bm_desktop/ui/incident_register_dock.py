"""The incident register dock: search, per-column filters, review and the loop's actions.

It follows the global filters (reloading its columns in a worker), and the site
selection (a site chosen on the map or in the Sites dock filters it); the sites
of the rows the user selects are announced with ``sites_highlighted`` so the map
can highlight them without changing the shared selection.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain.errors import BmError
from bm_desktop.domain.filters import FilterState
from bm_desktop.services import incident_register, incidents
from bm_desktop.services.incident_register import COLUMNS, IncidentRegister
from bm_desktop.ui import worker
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.filter_header import FilterHeader
from bm_desktop.ui.incident_form import IncidentForm, current_user
from bm_desktop.ui.incident_register_model import IncidentRegisterModel
from bm_desktop.ui.loop_commands import ReviewIncidents, RollUpIncidents
from bm_desktop.ui.theme import count_text, icon
from bm_desktop.ui.undo import undo_stack
from bm_desktop.ui.unsaved_work import ask_text

RELOAD_TABLES = {"incidents", "sites", "risk_incidents", "*"}


class IncidentRegisterDock(QDockWidget):
    sites_highlighted = Signal(list)  # site ids of the selected rows
    recommend_requested = Signal(list)  # incident ids to recommend an action for

    def __init__(self, ctx: AppContext, window: Any = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self._generation = 0
        self.setWindowTitle(self.tr("Incident register"))
        self.model = IncidentRegisterModel()
        self.view = QTableView()
        self.header = FilterHeader(self.view)
        self.view.setHorizontalHeader(self.header)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.header.setStretchLastSection(True)
        for key, width in zip(COLUMNS, (88, 70, 100, 150, 200, 60, 90, 55, 50, 110), strict=False):
            self.header.resizeSection(COLUMNS.index(key), width)
        self.header.set_filter_boxes(
            len(COLUMNS),
            self.tr("filter"),
            self.tr(
                "Part of the text, or for dates and numbers a comparison: >=3, <01/07/2021, "
                "01/07/2021..30/09/2021"
            ),
        )
        self.header.filter_changed.connect(self._on_column_filter)
        self.header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search incidents (site, area, summary…)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.site_chip = QToolButton()
        self.site_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.site_chip.setIcon(icon("fa5s.times-circle"))
        self.site_chip.clicked.connect(lambda: self.ctx.selection.select([]))
        self.site_chip.hide()
        self.count = QLabel()
        self.toolbar = QToolBar()
        self._build_actions()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.site_chip)
        top.addWidget(self.count)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.setWidget(body)
        self.model.counts_changed.connect(self._on_counts)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        ctx.filters.changed.connect(self._on_filters_changed)
        ctx.selection.changed.connect(self._on_sites_selected)
        ctx.data.changed.connect(self._on_data_changed)
        getattr(window, "when_ready", lambda fn: fn())(self.reload)

    def _build_actions(self) -> None:
        def add(text: str, glyph: str, slot: Any, shortcut: str | None = None) -> QAction:
            action = QAction(icon(glyph), text, self)
            action.triggered.connect(slot)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.toolbar.addAction(action)
            return action

        self.new_action = add(self.tr("New incident"), "fa5s.plus", self.new_incident, "Ctrl+N")
        self.edit_action = add(self.tr("Edit"), "fa5s.edit", self.edit_selected)
        self.verify_action = add(
            self.tr("Verify"), "fa5s.check", self.verify_selected, "Ctrl+Shift+V"
        )
        self.reject_action = add(self.tr("Reject…"), "fa5s.ban", self.reject_selected)
        self.toolbar.addSeparator()
        self.rollup_action = add(
            self.tr("Roll up into risks"), "fa5s.layer-group", self.roll_up_selected
        )
        self.recommend_action = add(
            self.tr("Recommend action…"), "fa5s.tasks", self.recommend_for_selected
        )
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    # -- loading --------------------------------------------------------------------------
    def reload(self, filters: FilterState | None = None, wait: bool = False) -> None:
        """Load the register for the filters in a worker (``wait`` loads it right here)."""
        filters = filters or self.ctx.filters.state
        self._generation += 1
        generation = self._generation
        if wait:
            self._loaded(
                generation, incident_register.register(self.ctx.db, filters, self.ctx.lang)
            )
            return
        job = worker.Worker(incident_register.register, self.ctx.db, filters, self.ctx.lang)
        job.signals.result.connect(lambda reg, g=generation: self._loaded(g, reg))
        self._job = worker.start(job)

    def _loaded(self, generation: int, register: IncidentRegister) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        selected = self.selected_ids()
        self.model.set_register(register)
        self.model.set_site_filter(self.ctx.selection.ids)
        self._update_chip()
        if selected:
            self.select_incidents(selected)

    def _on_filters_changed(self, state: FilterState) -> None:
        self.reload(state)

    def _on_data_changed(self, tables: set) -> None:
        if not tables or tables & RELOAD_TABLES:
            self.reload()

    def _on_column_filter(self, section: int, text: str) -> None:
        self.model.set_column_filter(COLUMNS[section], text)

    def _on_counts(self, shown: int, total: int) -> None:
        self.count.setText(
            self.tr("{shown} of {total} incidents").format(
                shown=count_text(shown), total=count_text(total)
            )
        )

    # -- site selection ---------------------------------------------------------------------
    def _on_sites_selected(self, site_ids: list[uuid.UUID]) -> None:
        self.model.set_site_filter(site_ids)
        self._update_chip()

    def _update_chip(self) -> None:
        ids = self.model.site_filter
        reg = self.model.register
        if not ids or reg is None:
            self.site_chip.hide()
            return
        codes = [
            reg.table.columns["site"].labels[i]
            for i, sid in enumerate(reg.site_ids)
            if sid in set(ids)
        ]
        text = ", ".join(codes[:3]) + ("…" if len(codes) > 3 else "")
        self.site_chip.setText(self.tr("Sites: {codes}").format(codes=text or "—"))
        self.site_chip.setToolTip(self.tr("Show the incidents of every site"))
        self.site_chip.show()

    def _on_selection_changed(self, *_args: object) -> None:
        rows = self.selected_rows()
        sites = list(dict.fromkeys(self.model.site_id(r) for r in rows[:5000]))
        self.sites_highlighted.emit(sites)

    # -- selection helpers ---------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.view.selectionModel().selectedRows())

    def selected_ids(self) -> list[uuid.UUID]:
        return [self.model.incident_id(r) for r in self.selected_rows()]

    def select_incidents(self, ids: list[uuid.UUID]) -> None:
        self.view.clearSelection()
        sel = self.view.selectionModel()
        from PySide6.QtCore import QItemSelectionModel

        for iid in ids:
            row = self.model.view_row_of(iid)
            if row is not None:
                sel.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(self.model.index(row, 0))

    # -- actions -------------------------------------------------------------------------
    def _stack(self) -> QUndoStack:
        """The window's undo stack (edits made here and in the incident form go on it)."""
        return undo_stack(self.window_ or self)

    def _run(self, command: Any) -> bool:
        try:
            command.run(self._stack())
        except BmError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.text(self.ctx.lang))
            return False
        return True

    def new_incident(self) -> None:
        site = self.ctx.selection.ids[0] if len(self.ctx.selection.ids) == 1 else None
        form = IncidentForm(self.ctx, site_id=site, parent=self, stack=self._stack())
        if form.exec() == QDialog.DialogCode.Accepted and form.incident_id is not None:
            self.reload(wait=True)  # the form recorded it (undoable) before closing
            self.select_incidents([form.incident_id])

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        IncidentForm(
            self.ctx,
            incidents.get(self.ctx.db, ids[0], self.ctx.role),
            parent=self,
            stack=self._stack(),
        ).exec()  # OK saves the edit (undoable)

    def _reported_selection(self) -> list[uuid.UUID]:
        rows = self.selected_rows()
        return [self.model.incident_id(r) for r in rows if self.model.verification(r) == "reported"]

    def verify_selected(self) -> None:
        ids = self._reported_selection()
        if not ids:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Select reported incidents to verify.")
            )
            return
        self._run(ReviewIncidents(self.ctx, ids, current_user(self.ctx)))

    def reject_selected(self, reason: str | None = None) -> None:
        ids = self._reported_selection()
        if not ids:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Select reported incidents to reject.")
            )
            return
        if reason is None:
            reason, ok = ask_text(
                self,
                self.tr("Reject incidents"),
                self.tr("Why are the {n} selected incidents rejected?").format(n=len(ids)),
            )
            if not ok:
                return
        self._run(ReviewIncidents(self.ctx, ids, current_user(self.ctx), reason=reason))

    def roll_up_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        command = RollUpIncidents(self.ctx, ids)
        if self._run(command) and command.result is not None:
            result = command.result
            self.window_status(
                self.tr(
                    "{linked} incidents linked; {created} new risks, {updated} risks extended"
                ).format(
                    linked=result.incidents_linked,
                    created=len(result.risks_created),
                    updated=len(result.risks_updated),
                )
            )

    def recommend_for_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.recommend_requested.emit(ids)

    def window_status(self, text: str) -> None:
        if self.window_ is not None:
            self.window_.statusBar().showMessage(text, 8000)
