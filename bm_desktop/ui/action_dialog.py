"""Recommending a corrective action for a risk or for selected incidents.

OK recommends the action itself, as the undoable command pushed on the window's
undo stack: the action service validates the draft once, in the transaction that
writes it. A refusal keeps the dialog open with its message and what was typed; a
success closes it.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain.enums import ActionKind, Priority
from bm_desktop.domain.errors import BmError
from bm_desktop.services import choices
from bm_desktop.services.actions import ActionDraft
from bm_desktop.services.risks import RiskView
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import TypedDateEdit
from bm_desktop.ui.incident_form import current_user, pydate
from bm_desktop.ui.loop_commands import RecommendAction
from bm_desktop.ui.theme import ok_cancel_buttons, validation_message
from bm_desktop.ui.unsaved_work import WorkDialog

KIND_TEXT = {
    ActionKind.TRAINING: QT_TRANSLATE_NOOP("ActionDialog", "Training"),
    ActionKind.AWARENESS: QT_TRANSLATE_NOOP("ActionDialog", "Awareness campaign"),
    ActionKind.INFRASTRUCTURE: QT_TRANSLATE_NOOP("ActionDialog", "Infrastructure"),
    ActionKind.GOVERNANCE: QT_TRANSLATE_NOOP("ActionDialog", "Governance"),
    ActionKind.ENGAGEMENT: QT_TRANSLATE_NOOP("ActionDialog", "Engagement"),
    ActionKind.OTHER: QT_TRANSLATE_NOOP("ActionDialog", "Other"),
}
PRIORITY_TEXT = {
    Priority.HIGH: QT_TRANSLATE_NOOP("ActionDialog", "High"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("ActionDialog", "Medium"),
    Priority.LOW: QT_TRANSLATE_NOOP("ActionDialog", "Low"),
}
DEFAULT_DAYS_TO_DUE = 90


class ActionDialog(WorkDialog):
    """Recommend an action from ``risk`` or from ``incident_ids`` (one site); OK saves it
    on ``stack`` (the window's undo stack; a dialog opened on its own gets its own)."""

    def __init__(
        self,
        ctx: AppContext,
        risk: RiskView | None = None,
        incident_ids: list[uuid.UUID] | None = None,
        parent: QWidget | None = None,
        stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.risk = ctx, risk
        self.incident_ids = tuple(incident_ids or ())
        self.stack = stack if stack is not None else QUndoStack(self)
        self.draft: ActionDraft | None = None  # the saved draft, once saved
        self.action_id: uuid.UUID | None = None  # the recommended action, once saved
        self.setWindowTitle(self.tr("Recommend a corrective action"))
        self.setMinimumWidth(520)
        self.site_id, self.area_codes, subject = self._subject()
        self.kind = QComboBox()
        for kind, text in KIND_TEXT.items():
            self.kind.addItem(self.tr(text), kind.value)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What is to be done, by whom, how"))
        self.stakeholder = QComboBox()
        self.stakeholder.addItem(self.tr("— choose a stakeholder —"), None)
        if self.site_id is not None:
            for option in choices.stakeholders(ctx.db, self.site_id, ctx.lang):
                self.stakeholder.addItem(f"{option.type_name}: {option.name}", str(option.id))
        self.risk_area = QComboBox()
        self._fill_areas()
        today = dt.date.today()
        self.recommended = TypedDateEdit(today)
        self.due = TypedDateEdit(today + dt.timedelta(days=DEFAULT_DAYS_TO_DUE))
        self.priority = QComboBox()
        for value, text in PRIORITY_TEXT.items():
            self.priority.addItem(self.tr(text), value.value)
        self.priority.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(self.tr("For"), QLabel(subject))
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Assigned to"), self.stakeholder)
        if self.risk is None:
            form.addRow(self.tr("Risk area"), self.risk_area)
        form.addRow(self.tr("Recommended on"), self.recommended)
        form.addRow(self.tr("Due on"), self.due)
        form.addRow(self.tr("Priority"), self.priority)
        self.message = validation_message()
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.mark_clean()

    def _subject(self) -> tuple[uuid.UUID | None, list[str], str]:
        if self.risk is not None:
            return (
                self.risk.site_id,
                [self.risk.risk_area_code],
                self.tr("risk {area} at {site} (score {score})").format(
                    area=self.risk.risk_area, site=self.risk.site_code, score=self.risk.score
                ),
            )
        subject = choices.incidents_subject(self.ctx.db, self.incident_ids)
        return (
            subject.site_id,
            list(subject.area_codes),
            self.tr("{n} incidents at {sites}").format(
                n=len(self.incident_ids), sites=", ".join(subject.site_codes)
            ),
        )

    def _fill_areas(self) -> None:
        for area in choices.risk_areas(self.ctx.db, self.ctx.lang):
            self.risk_area.addItem(f"{area.category}: {area.name}", area.code)
        if self.area_codes:
            self.risk_area.setCurrentIndex(max(self.risk_area.findData(self.area_codes[0]), 0))

    def current_draft(self) -> ActionDraft:
        return ActionDraft(
            kind=self.kind.currentData(),
            description=self.description.toPlainText(),
            recommended_on=pydate(self.recommended.date()),
            due_on=pydate(self.due.date()),
            stakeholder_id=uuid.UUID(self.stakeholder.currentData())
            if self.stakeholder.currentData()
            else None,
            priority=self.priority.currentData(),
            risk_id=self.risk.id if self.risk else None,
            incident_ids=() if self.risk else self.incident_ids,
            risk_area_code=None if self.risk else self.risk_area.currentData(),
            by=current_user(self.ctx),
        )

    def accept(self) -> None:
        """Save: recommend the action through its undo command (validated once, by the
        service that writes); a refusal keeps the dialog open with its message."""
        draft = self.current_draft()
        command = RecommendAction(self.ctx, draft)
        try:
            command.run(self.stack)
        except BmError as exc:
            self.message.setText(exc.text(self.ctx.lang))
            self.message.show()
            return
        self.draft, self.action_id = draft, command.action_id
        super().accept()
