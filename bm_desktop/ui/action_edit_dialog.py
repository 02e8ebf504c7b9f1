"""Editing an action's details: description, kind, stakeholder, due date, priority.

Its status is not here: it changes only through dated progress updates. OK saves
the edit itself, as the undoable command pushed on the window's undo stack (the
service validates it once, in the transaction that writes); a refusal keeps the
dialog open with its message.
"""

from __future__ import annotations

import uuid

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain.errors import BmError
from bm_desktop.services import choices
from bm_desktop.services.action_views import ActionView
from bm_desktop.services.actions import ActionEdit
from bm_desktop.ui.action_dialog import KIND_TEXT, PRIORITY_TEXT
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import TypedDateEdit
from bm_desktop.ui.incident_form import pydate
from bm_desktop.ui.loop_commands import EditAction
from bm_desktop.ui.theme import ok_cancel_buttons, validation_message
from bm_desktop.ui.unsaved_work import WorkDialog


def current_edit(view: ActionView) -> ActionEdit:
    """The action's details as they are (what undo restores)."""
    return ActionEdit(view.description, view.due_on, view.priority, view.stakeholder_id, view.kind)


class ActionEditDialog(WorkDialog):
    """Edit an action's details; OK saves the edit on ``stack`` (the window's undo stack;
    a dialog opened on its own gets its own)."""

    def __init__(
        self,
        ctx: AppContext,
        view: ActionView,
        parent: QWidget | None = None,
        stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.view = ctx, view
        self.stack = stack if stack is not None else QUndoStack(self)
        self.edit: ActionEdit | None = None  # the saved edit, once saved
        self.setWindowTitle(self.tr("Edit corrective action"))
        self.setMinimumWidth(520)
        self.description = QPlainTextEdit(view.description)
        self.kind = QComboBox()
        for kind, text in KIND_TEXT.items():
            self.kind.addItem(self.tr(text), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(view.kind), 0))
        self.stakeholder = QComboBox()
        self.stakeholder.addItem(self.tr("— choose a stakeholder —"), None)
        for option in choices.stakeholders(ctx.db, view.site_id, ctx.lang):
            self.stakeholder.addItem(f"{option.type_name}: {option.name}", str(option.id))
        if view.stakeholder_id is not None:
            self.stakeholder.setCurrentIndex(
                max(self.stakeholder.findData(str(view.stakeholder_id)), 0)
            )
        self.due = TypedDateEdit(view.due_on)
        self.priority = QComboBox()
        for value, text in PRIORITY_TEXT.items():
            self.priority.addItem(self.tr(text), value.value)
        self.priority.setCurrentIndex(max(self.priority.findData(view.priority), 0))
        form = QFormLayout()
        form.addRow(
            self.tr("Site"), QLabel(f"{view.site_code} {view.site_name} · {view.risk_area}")
        )
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Assigned to"), self.stakeholder)
        form.addRow(self.tr("Due on"), self.due)
        form.addRow(self.tr("Priority"), self.priority)
        self.message = validation_message()
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.mark_clean()

    def current(self) -> ActionEdit:
        data = self.stakeholder.currentData()
        return ActionEdit(
            self.description.toPlainText(),
            pydate(self.due.date()),
            self.priority.currentData(),
            uuid.UUID(data) if data else None,
            self.kind.currentData(),
        )

    def accept(self) -> None:
        """Save: edit the action through its undo command (validated once, by the
        service that writes); a refusal keeps the dialog open with its message."""
        edit = self.current()
        try:
            EditAction(self.ctx, self.view.id, edit, current_edit(self.view)).run(self.stack)
        except BmError as exc:
            self.message.setText(exc.text(self.ctx.lang))
            self.message.show()
            return
        self.edit = edit
        super().accept()
