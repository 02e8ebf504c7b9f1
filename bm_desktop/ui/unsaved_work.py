"""Dialogs that hold typed work never throw it away without asking.

:class:`WorkDialog` is the base of every dialog where the user types or chooses
something (incident form, action dialogs, decision, agenda builder, meeting
mode). Escape, the Cancel button, the window's close button, and closing the
main window while the dialog is open all go through :meth:`WorkDialog.reject`,
which asks "Save / Discard / Cancel" when the work differs from what the dialog
opened with. Cancel (and Escape on the question) keeps the dialog and its text.

What counts as the work is :meth:`WorkDialog.work_state`: by default the values
of the dialog's own input widgets (text, numbers, dates, choices, ticks, ticked
checklist items, table cells), so a dialog only has to call
:meth:`WorkDialog.mark_clean` once it is filled. Dialogs whose work is not in their widgets (an agenda being edited)
override it.

:func:`ask_text` is the one-line prompt (an agenda item's title, the reason for
rejecting incidents, a layer's name) in place of ``QInputDialog.getText``, whose
Escape dropped the typed text without a word.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

NOT_WORK = "notTypedWork"  # a widget property: True leaves the widget out of the work


def widget_value(widget: QWidget) -> Any:
    """What the user typed or chose in one input widget (None if it is not an input)."""
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QListWidget):  # ticks in a checklist (actions checked on a visit)
        ticks = tuple(
            widget.item(i).checkState() == Qt.CheckState.Checked
            for i in range(widget.count())
            if widget.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
        )
        return ticks or None
    if isinstance(widget, QTableWidget):
        return tuple(
            widget.item(r, c).text() if widget.item(r, c) else ""
            for r in range(widget.rowCount())
            for c in range(widget.columnCount())
        )
    return None


def root_window(widget: QWidget | None) -> QWidget | None:
    """The top ancestor (the main window, even for a dialog opened from a floating dock)."""
    while widget is not None and widget.parentWidget() is not None:
        widget = widget.parentWidget()
    return widget


class WorkDialog(QDialog):
    """A dialog that asks before discarding typed work (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clean_state: Any = None
        self._guarded: QWidget | None = None
        self.discard_question: QMessageBox | None = None  # reachable from tests while open

    # -- what the work is ---------------------------------------------------------------
    def work_state(self) -> Any:
        """The work as a comparable value: the dialog's own input widgets, in order."""
        values = []
        for widget in self.findChildren(QWidget):
            if widget.window() is not self or widget.property(NOT_WORK):
                continue
            value = widget_value(widget)
            if value is not None:
                values.append((type(widget).__name__, value))
        return tuple(values)

    def mark_clean(self) -> None:
        """The dialog's current content is what it opened with (or what was just saved)."""
        self._clean_state = self.work_state()

    def has_unsaved_work(self) -> bool:
        if self._clean_state is None:
            return False
        return self.work_state() != self._clean_state

    # -- hooks for the three answers ----------------------------------------------------
    def save_work(self) -> bool:
        """Save (OK) as the dialog's own button does; True once saved and closed."""
        self.accept()
        return self.result() == QDialog.DialogCode.Accepted and not self.isVisible()

    def discard_work(self) -> None:
        """Called when the user chooses Discard (e.g. to delete a kept draft)."""

    # -- asking --------------------------------------------------------------------------
    def ask_to_discard(self) -> QMessageBox.StandardButton:
        """Save / Discard / Cancel; Escape on the question is Cancel."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr("You have typed work in this window that is not saved."),
            parent=self,
        )
        box.setInformativeText(self.tr("Save it, discard it, or go back to it?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.discard_question = box
        try:
            box.exec()
            return (
                box.standardButton(box.clickedButton())
                if box.clickedButton()
                else QMessageBox.StandardButton.Cancel
            )
        finally:
            self.discard_question = None
            box.deleteLater()

    def confirm_leave(self) -> bool:
        """True when the dialog may close: no unsaved work, or saved, or discarded."""
        if not self.has_unsaved_work():
            return True
        answer = self.ask_to_discard()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_work()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard_work()
            return True
        return False

    def reject(self) -> None:
        """Escape, Cancel and the close button: ask first when there is unsaved work."""
        if not self.isVisible():  # nobody is looking at it: nothing to ask
            super().reject()
            return
        if self.confirm_leave() and self.isVisible():
            super().reject()

    def discard_without_asking(self) -> None:
        """Close and throw the work away (after the user has said so elsewhere)."""
        self.discard_work()
        super().reject()

    # -- the main window's close asks too -----------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt override)
        if self._clean_state is None:
            self.mark_clean()
        root = root_window(self.parentWidget())
        if root is not None and root is not self._guarded:
            root.installEventFilter(self)
            self._guarded = root
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802  (Qt override)
        if self._guarded is not None:
            self._guarded.removeEventFilter(self)
            self._guarded = None
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self._guarded
            and event.type() == QEvent.Type.Close
            and self.isVisible()
            and self._guarded.isVisible()
        ):
            if not self.confirm_leave():
                event.ignore()
                return True  # the main window stays open, and so does the work
            if self.isVisible():
                super().reject()
        return super().eventFilter(watched, event)


class TextPrompt(WorkDialog):
    """A one-line question whose typed answer is not thrown away without asking."""

    def __init__(self, parent: QWidget | None, title: str, label: str, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("textPrompt")
        self.setWindowTitle(title)
        self.field = QLineEdit(text)
        self.field.setMinimumWidth(360)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        question = QLabel(label)
        question.setWordWrap(True)
        layout.addWidget(question)
        layout.addWidget(self.field)
        layout.addWidget(buttons)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """Like ``QInputDialog.getText``: the typed text and whether the person chose OK
    (Escape with typed text asks Save / Discard / Cancel first)."""
    prompt = TextPrompt(parent, title, label, text)
    try:
        ok = prompt.exec() == QDialog.DialogCode.Accepted
        return prompt.field.text(), ok
    finally:
        prompt.deleteLater()
