"""Recording a dated progress update for one action, or the same update for many
(as after a CAP meeting). The life cycle's refusal is shown in the dialog, which
stays open so the user can correct the status or the date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain.enums import ActionStatus
from bm_desktop.domain.errors import BmError
from bm_desktop.services.actions import ProgressDraft
from bm_desktop.ui.dates import TypedDateEdit
from bm_desktop.ui.incident_form import pydate
from bm_desktop.ui.theme import ok_cancel_buttons, validation_message
from bm_desktop.ui.unsaved_work import WorkDialog

STATUS_TEXT = {
    ActionStatus.RECOMMENDED: QT_TRANSLATE_NOOP("ActionStatus", "Recommended"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ActionStatus", "In progress"),
    ActionStatus.IMPLEMENTED: QT_TRANSLATE_NOOP("ActionStatus", "Implemented"),
    ActionStatus.VERIFIED: QT_TRANSLATE_NOOP("ActionStatus", "Verified"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("ActionStatus", "Cancelled"),
}


def status_text(status: str) -> str:
    try:
        return QCoreApplication.translate("ActionStatus", STATUS_TEXT[ActionStatus(status)])
    except ValueError:
        return status


class ProgressDialog(WorkDialog):
    """Ask for one update; ``submit(draft)`` records it and raises BmError if refused."""

    def __init__(
        self,
        subject: str,
        statuses: list[str],
        by: str,
        submit: Callable[[ProgressDraft], None],
        parent: QWidget | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.submit = submit
        # Refusals show in the interface's language (the default locale install_language set).
        self.lang = lang or ("fr" if QLocale().language() == QLocale.Language.French else "en")
        self.setWindowTitle(self.tr("Record progress"))
        self.setMinimumWidth(460)
        self.status = QComboBox()
        for value in statuses:
            self.status.addItem(status_text(value), value)
        self.on = TypedDateEdit(dt.date.today())
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was observed; the reason if cancelled"))
        self.by = QLineEdit(by)
        form = QFormLayout()
        form.addRow(self.tr("Actions"), QLabel(subject))
        form.addRow(self.tr("New status"), self.status)
        form.addRow(self.tr("Observed on"), self.on)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Recorded by"), self.by)
        self.message = validation_message()
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.mark_clean()

    def current_draft(self) -> ProgressDraft:
        return ProgressDraft(
            status=self.status.currentData(),
            on=pydate(self.on.date()),
            note=self.note.toPlainText(),
            by=self.by.text(),
        )

    def accept(self) -> None:
        try:
            self.submit(self.current_draft())
        except BmError as exc:
            self.message.setText(exc.text(self.lang))
            self.message.show()
            return
        super().accept()
