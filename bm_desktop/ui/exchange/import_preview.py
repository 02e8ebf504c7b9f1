"""The import preview: what the file would change, row by row, with the error report,
before anything is written. "Import" writes in one transaction; rejected rows block
it unless the user chooses to leave them out.

For security events the dialog also holds the two choices the file cannot make
for the user: whether stored events of the same source that the file no longer
lists are removed (never by default; the preview then lists each one), and how
dates like 06/01/2021 are written when the file does not show it. Changing
either checks the file again (``recheck_requested``).

The error report shows every row kept by the check, the reasons grouped first
("492 rows: province outside the programme: Haut-Lomami 310, Tshopo 182"), and can
be narrowed to one reason.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
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


class ImportPreviewDialog(QDialog):
    """Shows a dry run's report; emits ``import_requested(skip_rejected)``."""

    import_requested = Signal(bool)
    recheck_requested = Signal()  # the user changed a choice that changes the check
    save_requested = Signal(str)  # write every line of the row report to this file

    def __init__(
        self, title: str, lang: str, parent: QWidget | None = None, kind: str = ""
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.kind = kind
        self.setWindowTitle(title)
        self.resize(1000, 680)
        self.summary = QLabel(self.tr("Checking the file…"))
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        self.replace = QCheckBox(
            self.tr("Remove the events of this source that the file no longer lists")
        )
        self.replace.setObjectName("replacePeriod")
        self.replace.setToolTip(
            self.tr(
                "Off: stored events are only added to or updated. On: "
                "the events of the same source within the file's dates "
                "that it no longer lists are removed, and the preview "
                "lists every one."
            )
        )
        self.date_order = QComboBox()
        self.date_order.setObjectName("dateOrder")
        self.date_order.addItem(self.tr("Dates: in the order the file shows"), None)
        self.date_order.addItem(self.tr("Dates day first (06/01/2021 is 6 January)"), "dmy")
        self.date_order.addItem(self.tr("Dates month first (06/01/2021 is 1 June)"), "mdy")
        for widget in (self.replace, self.date_order):
            widget.setVisible(kind == "events")
        self.replace.toggled.connect(lambda _: self._recheck())
        self.date_order.currentIndexChanged.connect(lambda _: self._recheck())
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.errors_label = QLabel(self.tr("Error report"))
        self.reason_filter = QComboBox()
        self.reason_filter.setObjectName("reasonFilter")
        self.reason_filter.currentIndexChanged.connect(lambda _: self._fill_errors())
        self.errors = QPlainTextEdit()
        self.errors.setReadOnly(True)
        self.errors.setMaximumHeight(200)
        self.skip = QCheckBox(self.tr("Import the other rows and leave the rejected ones out"))
        self.skip.toggled.connect(self._update_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #C62828; font-weight: bold;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.save_button = self.buttons.addButton(
            self.tr("Save the full report…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setToolTip(
            self.tr("Every line of the row report, as a CSV file or an Excel workbook")
        )
        self.save_button.clicked.connect(self._ask_report_path)
        self.buttons.accepted.connect(lambda: self.import_requested.emit(self.skip.isChecked()))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        choices = QHBoxLayout()
        choices.addWidget(self.replace, 1)
        choices.addWidget(self.date_order)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        errors_head = QHBoxLayout()
        errors_head.addWidget(self.errors_label, 1)
        errors_head.addWidget(self.reason_filter)
        layout.addLayout(errors_head)
        layout.addWidget(self.errors)
        layout.addWidget(self.skip)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.report: ImportReport | None = None

    @property
    def replace_period(self) -> bool:
        return self.replace.isChecked()

    @property
    def chosen_date_order(self) -> str | None:
        return self.date_order.currentData()

    def _recheck(self) -> None:
        self.report = None
        self.summary.setText(self.tr("Checking the file…"))
        self._update_button()
        self.recheck_requested.emit()

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        words = Words(self.lang)
        self.summary.setText(
            self.tr("<b>{file}</b> — {layout}, {rows} rows read.<br>{counts}").format(
                file=report.path.name,
                layout=report.layout,
                rows=report.rows_read,
                counts=report.counts_text(words),
            )
        )
        self.table.setModel(PreviewModel(report.rows))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.reason_filter.blockSignals(True)
        self.reason_filter.clear()
        self.reason_filter.addItem(self.tr("All reasons"), None)
        for group, details in sorted(report.groups.items(), key=lambda g: -g[1].total()):
            self.reason_filter.addItem(f"{group} ({details.total():,})", group)
        self.reason_filter.blockSignals(False)
        self.reason_filter.setVisible(bool(report.groups))
        self._fill_errors()
        self.skip.setVisible(report.rejected > 0)
        self._update_button()

    def _fill_errors(self) -> None:
        report = self.report
        if report is None:
            return
        group = self.reason_filter.currentData()
        rows = sorted(report.rows, key=lambda e: (e.row == 0, e.row))
        if group is not None:
            lines = [r for e in rows if e.group == group for r in e.reasons]
        else:
            repeated = any(d.total() > 1 for d in report.groups.values())
            lines = list(report.advice)
            lines += report.grouped(Words(self.lang)) if repeated else []
            listed = [r for e in rows if e.action == "reject" for r in e.reasons]
            if lines and listed:
                lines.append("")
            lines += listed
            notes = [r for e in rows if e.action != "reject" for r in e.reasons]
            notes += report.warnings
            if notes:
                lines += ["", self.tr("Notes:")] + notes
        if report.omitted:
            lines += [
                "",
                self.tr(
                    "{n} more rows are counted above but not listed here: "
                    "'Save the full report…' writes every one."
                ).format(n=report.omitted),
            ]
        self.errors.setPlainText("\n".join(lines).strip() or self.tr("No problems found."))

    def _ask_report_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the full report"),
            "",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            if not path.lower().endswith((".xlsx", ".csv")):
                path += ".xlsx"
            self.save_requested.emit(path)

    def show_file_error(self, message: str) -> None:
        """The file cannot be imported at all (wrong sheet, missing columns, damaged)."""
        self.summary.setText(self.tr("This file cannot be imported."))
        self.errors.setPlainText(message)
        self.reason_filter.hide()
        self.skip.hide()
        self.import_button.setEnabled(False)

    def show_message(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def _update_button(self) -> None:
        report = self.report
        ready = (
            report is not None
            and report.changes > 0
            and (report.rejected == 0 or self.skip.isChecked())
        )
        self.import_button.setEnabled(ready)
        if report is not None and report.rejected and not self.skip.isChecked():
            self.import_button.setToolTip(
                self.tr("Some rows were rejected: fix the file, or choose to leave them out.")
            )
        else:
            self.import_button.setToolTip("")
