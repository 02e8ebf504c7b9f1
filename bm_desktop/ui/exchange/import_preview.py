"""The import preview: what the file would change, row by row, with the error report,
before anything is written. "Import" writes in one transaction; rejected rows block
it unless the user chooses to leave them out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.exchange.imports.report import ImportReport
from bm_desktop.exchange.text import Words
from bm_desktop.ui.exchange.preview_model import PreviewModel

MAX_REASONS_SHOWN = 500


class ImportPreviewDialog(QDialog):
    """Shows a dry run's report; emits ``import_requested(skip_rejected)``."""

    import_requested = Signal(bool)

    def __init__(self, title: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(title)
        self.resize(1000, 640)
        self.summary = QLabel(self.tr("Checking the file…"))
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.errors_label = QLabel(self.tr("Error report"))
        self.errors = QPlainTextEdit()
        self.errors.setReadOnly(True)
        self.errors.setMaximumHeight(170)
        self.skip = QCheckBox(self.tr("Import the other rows and leave the rejected ones out"))
        self.skip.toggled.connect(self._update_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #C62828; font-weight: bold;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(lambda: self.import_requested.emit(self.skip.isChecked()))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors)
        layout.addWidget(self.skip)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.report: ImportReport | None = None

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        words = Words(self.lang)
        self.summary.setText(self.tr("<b>{file}</b> — {layout}, {rows} rows read.<br>{counts}")
                             .format(file=report.path.name, layout=report.layout,
                                     rows=report.rows_read, counts=report.counts_text(words)))
        self.table.setModel(PreviewModel(report.rows))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        rejected = report.rejected_reasons()
        lines = report.advice + rejected[:MAX_REASONS_SHOWN]
        notes = [r for e in report.rows if e.action != "reject" for r in e.reasons]
        notes += report.warnings
        if notes:
            lines += ["", self.tr("Notes:")] + notes[:MAX_REASONS_SHOWN]
        self.errors.setPlainText("\n".join(lines).strip() or self.tr("No problems found."))
        self.skip.setVisible(report.rejected > 0)
        self._update_button()

    def show_file_error(self, message: str) -> None:
        """The file cannot be imported at all (wrong sheet, missing columns, damaged)."""
        self.summary.setText(self.tr("This file cannot be imported."))
        self.errors.setPlainText(message)
        self.skip.hide()
        self.import_button.setEnabled(False)

    def show_message(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def _update_button(self) -> None:
        report = self.report
        ready = report is not None and report.changes > 0 and (
            report.rejected == 0 or self.skip.isChecked())
        self.import_button.setEnabled(ready)
        if report is not None and report.rejected and not self.skip.isChecked():
            self.import_button.setToolTip(self.tr("Some rows were rejected: fix the file, or "
                                                  "choose to leave them out."))
        else:
            self.import_button.setToolTip("")
