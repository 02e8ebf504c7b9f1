"""Undo and redo of edits made in the app, through the same services as the edit itself.

A :class:`ServiceCommand` does its work once *before* it is pushed, so a refused
edit raises its message to the dialog and never reaches the stack; Qt's first
``redo()`` (called by ``push``) is then skipped. Later undo/redo calls run the
compensating service (append-only rows are withdrawn by a soft delete, never
erased) in one transaction, and tell the views what changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox

from bm_desktop.domain.errors import BmError, DatabaseRefusal
from bm_desktop.services import database_files
from bm_desktop.ui.context import AppContext


class ServiceCommand(QUndoCommand):
    """An undoable edit: ``apply(first)`` does (or redoes) it, ``revert()`` undoes it."""

    tables: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._pushed = False

    def apply(self, first: bool) -> None:
        raise NotImplementedError(f"{type(self).__name__} must define apply()")

    def revert(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must define revert()")

    def run(self, stack: QUndoStack) -> None:
        """Do the edit (errors propagate to the caller) and put it on the stack.

        A failure of the database file (another program locks it, the disk is full)
        reaches the caller as a :class:`DatabaseRefusal` in plain words, so a dialog
        shows it as it shows any refusal, and stays open."""
        try:
            self.apply(True)
        except BmError:
            raise
        except Exception as exc:
            refusal = self._file_refusal(exc)
            if refusal is None:
                raise
            raise refusal from exc
        self._pushed = False
        stack.push(self)
        self._pushed = True
        self.ctx.data.changed.emit(set(self.tables))

    def redo(self) -> None:
        if not self._pushed:
            return  # done by run() already
        self._guard(lambda: self.apply(False))

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, fn: Any) -> None:
        """Undo or redo; a refusal, or a failure of the database file (another program
        locks it, the disk is full), is said in plain words instead of escaping into Qt:
        nothing was changed (one transaction) and the step leaves the stack, which can
        no longer tell where the data stands."""
        try:
            fn()
        except Exception as exc:
            refusal = exc if isinstance(exc, BmError) else self._file_refusal(exc)
            if refusal is None:
                raise
            self.setObsolete(True)
            QMessageBox.warning(None, "BM Desktop", refusal.text(self.ctx.lang))
        self.ctx.data.changed.emit(set(self.tables))

    def _file_refusal(self, exc: Exception) -> BmError | None:
        reason = database_files.explain(exc, self.ctx.db.path)
        return None if reason is None else DatabaseRefusal(reason)


def new_undo_stack(window: Any) -> tuple[QUndoStack, QAction, QAction]:
    """An undo stack for ``window`` with its Undo and Redo actions, first in its Edit menu
    when it has one (else shortcuts on the window)."""
    stack = QUndoStack(window)
    undo = stack.createUndoAction(window, QCoreApplication.translate("Undo", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window, QCoreApplication.translate("Undo", "&Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    menu = getattr(window, "edit_menu", None)
    if menu is not None:
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, undo)
        menu.insertAction(first, redo)
    else:
        window.addAction(undo)
        window.addAction(redo)
    return stack, undo, redo


def undo_stack(window: Any) -> QUndoStack:
    """The window's one undo stack (``MainWindow.undo_stack``); a dock shown outside the
    main window (tests, a lone dialog's host) gets one on first use."""
    stack = getattr(window, "undo_stack", None)
    if stack is None:
        stack, window.undo_action, window.redo_action = new_undo_stack(window)
        window.undo_stack = stack
    return stack
