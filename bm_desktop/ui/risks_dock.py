"""Site risks: the risk matrix of the selected site and its risks, highest score first;
a risk is where a corrective action is recommended from."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain.errors import BmError
from bm_desktop.services import risks
from bm_desktop.services.risks import RiskView
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.risk_matrix import BAND_COLOUR, RiskMatrix
from bm_desktop.ui.theme import icon
from bm_desktop.ui.unsaved_work import WorkDialog

RELOAD_TABLES = {"site_risks", "risk_incidents", "corrective_actions", "incidents", "*"}


class RisksDock(QDockWidget):
    recommend_requested = Signal(object)  # RiskView

    def __init__(self, ctx: AppContext, window: Any = None) -> None:
        super().__init__()
        self.ctx, self.window_ = ctx, window
        self.setWindowTitle(self.tr("Site risks"))
        self.risks: list[RiskView] = []
        self.cell: tuple[int, int] | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.matrix = RiskMatrix()
        self.matrix.cell_clicked.connect(self._on_cell)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Site"),
                self.tr("Risk area"),
                self.tr("L"),
                self.tr("S"),
                self.tr("Score"),
                self.tr("Incidents / actions"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.recommend_action = QAction(icon("fa5s.tasks"), self.tr("Recommend action…"), self)
        self.recommend_action.triggered.connect(self._recommend)
        self.recommend_action.setEnabled(False)
        self.toolbar.addAction(self.recommend_action)
        self.score_action = QAction(icon("fa5s.sliders-h"), self.tr("Score…"), self)
        self.score_action.triggered.connect(self._score)
        self.score_action.setEnabled(False)
        self.toolbar.addAction(self.score_action)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        row.addWidget(self.matrix, 0)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        ctx.selection.changed.connect(lambda _ids: self.reload())
        ctx.data.changed.connect(self._on_data_changed)
        getattr(window, "when_ready", lambda fn: fn())(self.reload)

    def reload(self) -> None:
        ids = self.ctx.selection.ids
        if len(ids) == 1:
            self.risks = risks.site_risks(self.ctx.db, ids[0], lang=self.ctx.lang)
            name = self.risks[0].site_code + " " + self.risks[0].site_name if self.risks else ""
            self.heading.setText(
                "<b>"
                + self.tr("Risks at {site}").format(site=name or self.tr("the selected site"))
                + "</b>"
            )
        else:
            all_risks = risks.site_risks(self.ctx.db, lang=self.ctx.lang)
            self.risks = [r for r in all_risks if not ids or r.site_id in set(ids)]
            self.heading.setText(
                "<b>"
                + self.tr("Risks at every site")
                + "</b> — "
                + self.tr("select a site on the map or in the Sites list to see its own matrix")
            )
        self.matrix.set_counts(risks.risk_matrix(self.risks))
        self._fill()

    def _on_data_changed(self, tables: set) -> None:
        if not tables or tables & RELOAD_TABLES:
            self.reload()

    def _on_cell(self, likelihood: int, severity: int) -> None:
        self.cell = (likelihood, severity) if likelihood else None
        self._fill()

    def shown(self) -> list[RiskView]:
        if self.cell is None:
            return self.risks
        return [r for r in self.risks if (r.likelihood, r.severity) == self.cell]

    def _fill(self) -> None:
        rows = self.shown()
        self.table.setRowCount(len(rows))
        for r, risk in enumerate(rows):
            values = (
                risk.site_code,
                risk.risk_area,
                str(risk.likelihood),
                str(risk.severity),
                str(risk.score),
                f"{risk.incidents} / {risk.actions}",
            )
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setBackground(QBrush(QColor(BAND_COLOUR[risk.band])))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def selected_risk(self) -> RiskView | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        shown = self.shown()
        return shown[rows.pop()] if len(rows) == 1 else None

    def select_risk(self, risk_id: Any) -> None:
        for r, risk in enumerate(self.shown()):
            if risk.id == risk_id:
                self.table.selectRow(r)

    def _on_selection(self) -> None:
        self.recommend_action.setEnabled(self.selected_risk() is not None)
        self.score_action.setEnabled(self.selected_risk() is not None)

    def _recommend(self) -> None:
        risk = self.selected_risk()
        if risk is not None:
            self.recommend_requested.emit(risk)

    def _score(self) -> None:
        risk = self.selected_risk()
        if risk is None:
            return
        dialog = WorkDialog(self)  # a changed score is not dropped without asking
        dialog.setWindowTitle(self.tr("Score the risk"))
        likelihood = QSpinBox(minimum=1, maximum=5, value=risk.likelihood)
        severity = QSpinBox(minimum=1, maximum=5, value=risk.severity)
        form = QFormLayout(dialog)
        form.addRow(QLabel(f"{risk.site_code} · {risk.risk_area}"))
        form.addRow(self.tr("Likelihood (1-5)"), likelihood)
        form.addRow(self.tr("Severity (1-5)"), severity)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        self._dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.score_risk(risk, likelihood.value(), severity.value())

    def score_risk(self, risk: RiskView, likelihood: int, severity: int) -> None:
        """Set the score (undoable) and keep the risk selected."""
        from bm_desktop.ui.loop_commands import ScoreRisk
        from bm_desktop.ui.undo import undo_stack

        try:
            ScoreRisk(self.ctx, risk, likelihood, severity).run(undo_stack(self.window_ or self))
        except BmError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.text(self.ctx.lang))
            return
        self.select_risk(risk.id)

    def matrix_counts(self) -> np.ndarray:
        return self.matrix.counts
