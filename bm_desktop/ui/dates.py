"""How the interface writes and reads dates: day first (dd/MM/yyyy) in English and
French alike, as people in the programme's countries write them; the typing hint is
in the interface language (DD/MM/YYYY, JJ/MM/AAAA in French).

:class:`TypedDateEdit` takes a whole typed date. Qt's own date field edits one
section at a time: typing ``15/01/2022`` into it lands in the wrong sections
(the day ends up in the month, the year is lost), so people thought typing was
ignored and used the arrow keys. Here digits and separators typed into the field
are collected as they are shown and read as one date on Enter, Tab or when the
field loses focus; the arrows, the wheel (when focused) and the calendar still work.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

from bm_desktop.domain.local_format import day_text

DISPLAY_FORMAT = "dd/MM/yyyy"  # Qt's format letters (the same in every language)
DATE_CHARACTERS = frozenset("0123456789/.-")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{4})")


def date_text(day: dt.date) -> str:
    """A date as the interface shows it (15/01/2022)."""
    return day_text(day)


def datetime_text(when: dt.datetime) -> str:
    """A date and time as the interface shows it (15/01/2022 14:30)."""
    return when.strftime("%d/%m/%Y %H:%M")


def date_hint() -> str:
    """What to type, in the interface language."""
    return QCoreApplication.translate("Dates", "DD/MM/YYYY")


def parse_typed_date(text: str) -> dt.date | None:
    """A typed date, day first (15/01/2022, 15-1-22, 15.01.2022, 15012022) or ISO
    (2022-01-15); None when it is not a date."""
    text = text.strip()
    if m := _ISO.fullmatch(text):
        year, month, day = m.groups()
    elif m := _DAY_FIRST.fullmatch(text) or _COMPACT.fullmatch(text):
        day, month, year = m.groups()
    else:
        return None
    y = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return dt.date(y, int(month), int(day))
    except ValueError:
        return None


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class TypedDateEdit(QDateEdit):
    """A date field that takes a typed date as well as the arrows and the calendar."""

    def __init__(self, day: dt.date | None = None, parent: QWidget | None = None) -> None:
        self._typed: str | None = None  # what is being typed (None: not typing)
        super().__init__(parent, calendarPopup=True, displayFormat=DISPLAY_FORMAT)
        if day is not None:
            self.setDate(qdate(day))
        self.setToolTip(
            QCoreApplication.translate(
                "Dates", "Type a date ({hint}) or pick it in the calendar"
            ).format(hint=date_hint())
        )

    @property
    def typing(self) -> bool:
        return self._typed is not None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt override)
        text = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        edit = self.lineEdit()
        if plain and text and text in DATE_CHARACTERS:
            if self._typed is None or edit.selectedText() == edit.text():
                self._typed = ""
            self._show_typed(self._typed + text)
            event.accept()
            return
        if self._typed is not None:
            key = event.key()
            if key == Qt.Key.Key_Backspace:
                self._show_typed(self._typed[:-1])
                event.accept()
                return
            if key == Qt.Key.Key_Escape:
                self._stop_typing()
                event.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                if not self.commit_typed():
                    event.accept()
                    return
            else:
                self._stop_typing()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802  (Qt override)
        if self._typed is not None and not self.commit_typed():
            self._stop_typing()
        super().focusOutEvent(event)

    def validate(self, text: str, pos: int) -> object:  # Qt override
        if self._typed is not None:  # Qt's section parser must not rewrite what is typed
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def commit_typed(self) -> bool:
        """Read what was typed as the date; False (with a tip saying what to type) when
        it is not a date, and the typed text stays to be corrected."""
        typed = self._typed or ""
        day = parse_typed_date(typed)
        if day is None or not (self.minimumDate() <= qdate(day) <= self.maximumDate()):
            QToolTip.showText(
                self.mapToGlobal(QPoint(0, self.height())),
                QCoreApplication.translate(
                    "Dates", "“{typed}” is not a date: type it as {hint}, for example 15/01/2022."
                ).format(typed=typed, hint=date_hint()),
                self,
            )
            return False
        self._stop_typing()
        self.setDate(qdate(day))
        return True

    def _show_typed(self, text: str) -> None:
        self._typed = text
        edit = self.lineEdit()
        edit.blockSignals(True)  # Qt's date parser must not see the partial text
        edit.setText(text)
        edit.blockSignals(False)

    def _stop_typing(self) -> None:
        self._typed = None
        edit = self.lineEdit()
        edit.blockSignals(True)
        edit.setText(self.textFromDateTime(self.dateTime()))
        edit.blockSignals(False)
