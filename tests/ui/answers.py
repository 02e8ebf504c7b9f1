"""Answering modal questions in tests as a person does.

A modal dialog or question (``exec()``) blocks the test until it closes, so the
answer is scheduled first: :func:`when_shown` polls (on Qt timers, inside the
modal loop) until the widget a getter returns is visible, notes what it shows,
then runs the step (key presses, clicks). What was seen is returned in a dict
the test asserts on afterwards; nothing is seen if the widget never appeared. A
step that raises is recorded under "error" and its dialog closed, so a failing
test fails instead of waiting forever on a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

POLL_MS, TRIES = 20, 250  # up to five seconds


def when_shown(getter: Callable[[], QWidget | None], step: Callable[[Any], None]) -> dict:
    """Run ``step(widget)`` once ``getter()`` returns a visible widget."""
    seen: dict = {}

    def poll(left: int) -> None:
        widget = getter()
        if widget is None or not widget.isVisible():
            if left:
                QTimer.singleShot(POLL_MS, lambda: poll(left - 1))
            return
        if isinstance(widget, QMessageBox):
            seen["text"] = widget.text()
            seen["informative"] = widget.informativeText()
            seen["buttons"] = sorted(b.text() for b in widget.buttons())
        seen["widget"] = widget
        try:
            step(widget)
        except Exception as exc:  # noqa: BLE001  (reported by the test, never swallowed)
            seen["error"] = repr(exc)
            if isinstance(widget, QDialog):  # unblock the test: close without any question
                QDialog.done(widget, QDialog.DialogCode.Rejected)
            return
        seen["done"] = True

    QTimer.singleShot(0, lambda: poll(TRIES))
    return seen


def press_escape(box: QWidget) -> None:
    QTest.keyClick(box, Qt.Key.Key_Escape)


def click(button_text: str) -> Callable[[QMessageBox], None]:
    """A step that clicks the question's button with this text."""

    def step(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.text() == button_text)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    return step
