"""Help > Self-test: the installation self-test of ``bm-desktop self-test``, in a window.

The Qt check runs here in the window's own process (Qt is evidently working; the report
still names the platform plugin and counts the fonts); the other checks are the command's
(:mod:`bm_desktop.commands.selftest_checks`), on the open database's file. The report is
plain text the user can copy into an e-mail to support."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from bm_desktop.commands.selftest import qt_result
from bm_desktop.commands.selftest_checks import (
    Check,
    Context,
    Report,
    T,
    format_report,
    run_checks,
)
from bm_desktop.services.database_files import default_database_path
from bm_desktop.ui.selftest_qt import probe

QT_CHECK = Check(T("Qt platform plugin and fonts"), lambda _ctx: qt_result(probe()))


class SelfTestDialog(QDialog):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("selfTestDialog")
        self.setWindowTitle(self.tr("Self-test"))
        self.resize(820, 420)
        self.lang = window.ctx.lang
        self.database = window.ctx.db.path or default_database_path()
        self.verdict = QLabel()
        self.verdict.setObjectName("selfTestVerdict")
        self.report_view = QPlainTextEdit(readOnly=True)
        self.report_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy the report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.report_view)
        layout.addWidget(buttons)
        self.report: Report | None = None

    def run(self) -> Report:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = run_checks(Context(self.database, self.lang), extra=[QT_CHECK])
        finally:
            QApplication.restoreOverrideCursor()
        text = format_report(self.report, self.lang)
        self.report_view.setPlainText(text)
        self.verdict.setText(text.splitlines()[-1])
        colour = "#1b7a1b" if self.report.ok else "#b00020"
        self.verdict.setStyleSheet(f"font-weight: bold; color: {colour};")
        return self.report

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_view.toPlainText())
