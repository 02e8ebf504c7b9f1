"""The options of an export: period (from the global filters), region, site, sensitive
details (only for roles allowed to see them), workbook language and file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain.local_format import place_name
from bm_desktop.exchange.exports.catalogue import ExportKind, default_file_name, snap_period
from bm_desktop.exchange.exports.request import ExportRequest
from bm_desktop.services.incidents import role_sees_sensitive
from bm_desktop.services.kpis import region_names
from bm_desktop.services.sites import list_sites
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import TypedDateEdit
from bm_desktop.ui.incident_form import pydate
from bm_desktop.ui.unsaved_work import WorkDialog


def kind_title(kind: ExportKind) -> str:
    return QCoreApplication.translate("ExchangeWorkbook", kind.title)


class ExportDialog(WorkDialog):
    """Ask for the options of one export; ``request()`` and ``path()`` give the answer."""

    def __init__(self, ctx: AppContext, kind: ExportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.setWindowTitle(self.tr("Export: {title}").format(title=kind_title(kind)))
        self.setMinimumWidth(560)
        filters = ctx.filters.state
        period = snap_period(kind, filters.start, filters.end)
        self.start = TypedDateEdit(period.start)
        self.end = TypedDateEdit(period.end)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.region = QComboBox()
        self.region.addItem(self.tr("All regions"), None)
        for name in region_names(ctx.db):
            self.region.addItem(place_name(name, ctx.lang), name)
        if len(filters.regions) == 1:
            self.region.setCurrentIndex(self.region.findData(next(iter(filters.regions))))
        self.site = QComboBox()
        if not kind.needs_site:
            self.site.addItem(self.tr("All sites"), None)
        for site in list_sites(ctx.db):
            self.site.addItem(f"{site.code} — {site.name}", site.code)
        selected = self._selected_site_code()
        if selected:
            self.site.setCurrentIndex(max(self.site.findData(selected), 0))
        self.sensitive = QCheckBox(
            self.tr("Include sensitive incident details (victims, witnesses)")
        )
        allowed = role_sees_sensitive(ctx.role)
        self.sensitive.setEnabled(kind.sensitive and allowed)
        if kind.sensitive and not allowed:
            self.sensitive.setToolTip(self.tr("Your role may not export sensitive details."))
        self.sensitive.setVisible(kind.sensitive)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(self.language.findData(ctx.lang), 0))
        self.file = QLineEdit(str(Path.home() / default_file_name(kind, period)))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Period"), dates)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Site"), self.site)
        if kind.sensitive:
            form.addRow("", self.sensitive)
        form.addRow(self.tr("Workbook language"), self.language)
        form.addRow(self.tr("Save as"), file_row)
        # issue 19: the one place sensitive details leave the encrypted database
        self.sensitive_warning = QLabel(objectName="sensitive_warning")
        self.sensitive_warning.setWordWrap(True)
        self.sensitive_warning.setStyleSheet("color: #b00020")
        self.sensitive_warning.hide()
        form.addRow(self.sensitive_warning)
        self.sensitive.toggled.connect(self._on_sensitive_changed)
        self.file.textChanged.connect(self._on_sensitive_changed)
        hint = QLabel(self._hint())
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.message = QLabel()
        self.message.setStyleSheet("color: #C62828; font-weight: bold;")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        title = QLabel(f"<b>{kind_title(kind)}</b>")
        title.setObjectName("exportTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.export_button.setFocus()

    def _selected_site_code(self) -> str | None:
        ids = self.ctx.selection.ids
        if len(ids) != 1:
            return None
        for site in list_sites(self.ctx.db):
            if site.id == ids[0]:
                return site.code
        return None

    def _on_sensitive_changed(self) -> None:
        """Say where the readable victims' and witnesses' details will go."""
        on = self.sensitive.isEnabled() and self.sensitive.isChecked()
        self.sensitive_warning.setText(
            self.tr(
                "The workbook {file} will hold victims' and witnesses' details in readable form: "
                "it is not encrypted like the database. Keep it off shared folders, e-mail and "
                "USB sticks, and delete it when done."
            ).format(file=self.file.text())
        )
        self.sensitive_warning.setVisible(on)

    def _hint(self) -> str:
        if self.kind.period == "quarter":
            return self.tr(
                "The period is the quarter of the filters' end; the workbook "
                "compares it with the quarter before."
            )
        if self.kind.period == "week":
            return self.tr("A week, Monday to Sunday; the report is for one site.")
        return self.tr(
            "The period and region follow the Filters dock; change them here for this export only."
        )

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the workbook"), self.file.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.file.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def request(self) -> ExportRequest:
        filters = dataclasses.replace(self.ctx.filters.state, regions=frozenset())
        return ExportRequest(
            start=pydate(self.start.date()),
            end=pydate(self.end.date()),
            region=self.region.currentData(),
            site_code=self.site.currentData(),
            include_sensitive=self.sensitive.isEnabled() and self.sensitive.isChecked(),
            role=self.ctx.role,
            lang=self.language.currentData(),
            filters=filters,
        )

    def path(self) -> Path:
        return Path(self.file.text()).expanduser()

    def accept(self) -> None:
        problem = None
        if self.end.date() < self.start.date():
            problem = self.tr("The period ends before it starts.")
        elif self.kind.needs_site and not self.site.currentData():
            problem = self.tr("Choose the site of the report.")
        elif not self.file.text().strip():
            problem = self.tr("Choose where to save the workbook.")
        if problem:
            self.message.setText(problem)
            self.message.show()
            return
        super().accept()
