"""Fusion style with one palette, and icons from the Font Awesome font (ui/icons.py)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel

ACCENT = "#1F3A5F"


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    pal = app.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#F5F6F8"))
    pal.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#F0F3F7"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#2F6DB5"))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    pal.setColor(QPalette.ColorRole.Button, QColor("#ECEFF3"))
    pal.setColor(QPalette.ColorRole.ToolTipBase, QColor("#FFFFF0"))
    pal.setColor(QPalette.ColorRole.ToolTipText, QColor("#212121"))
    app.setPalette(pal)


def icon(name: str, color: str = ACCENT) -> QIcon:
    """An icon of the Font Awesome 5 solid font (e.g. ``"fa5s.map"``); an empty icon if
    the name is unknown or the font cannot be loaded (a window must still open)."""
    from bm_desktop.ui.icons import IconFontMissing, glyph_icon

    try:
        return glyph_icon(name, color)
    except (KeyError, IconFontMissing):
        return QIcon()


def validation_message(hidden: bool = True) -> QLabel:
    """The label under a form that says, in the refusal colour, what is wrong."""
    from bm_desktop.domain import colours

    label = QLabel()
    label.setObjectName("validationMessage")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colours.OVERDUE}; font-weight: bold;")
    label.setVisible(not hidden)
    return label


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def count_text(n: int) -> str:
    """A whole number as the interface language writes it ("3,100"; "3 100" in French,
    where "3,100" would read as three point one)."""
    return QLocale().toString(int(n))


def percent_text(share: float | None, decimals: int = 0) -> str:
    """A share (0.809) as a percentage in the interface language: "81%", "80.9%";
    French "81 %", "80,9 %". None or NaN is "n/a" ("n.d.")."""
    if share is None or math.isnan(share):
        return QCoreApplication.translate("Numbers", "n/a")
    from bm_desktop.domain.kpi import percent

    locale = QLocale()
    text = (
        locale.toString(percent(share))
        if decimals == 0
        else locale.toString(100.0 * share, "f", decimals)
    )
    return text + ("\u202f%" if locale.language() == QLocale.Language.French else "%")
