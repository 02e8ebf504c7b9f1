"""Status-bar widgets that share a laptop's width without overlapping.

Read-outs (coordinates, scale) take a fixed width, that of their longest text, so they
never move or get cut; the rest (the data's source, the sync state) are
:class:`ElidedLabel` or elide their own text: they give up width first, end in "…"
and keep the full text in their tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_TEXT_WIDTH = 90  # an elided text keeps at least this much room
SOURCE_MAX_WIDTH = 260  # the rest of the bar is for messages ("Wrote …", "Sync failed: …")
SYNC_MAX_WIDTH = 380
PADDING = 12


def fix_width_for(label: QLabel, longest: list[str]) -> None:
    """Give a read-out the width of its longest possible text, once and for all."""
    fm = label.fontMetrics()
    label.setFixedWidth(max(fm.horizontalAdvance(text) for text in longest) + PADDING)
    label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" when the bar is short of room."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 max_width: int = SOURCE_MAX_WIDTH) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMaximumWidth(max_width)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802  (Qt name)
        self._full = text
        self.setToolTip(text)
        self._elide()
        self.updateGeometry()

    def text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + PADDING,
                     super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        return QSize(min(self.sizeHint().width(), MIN_TEXT_WIDTH),
                     super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(self.width() - PADDING // 2, 0))
        if shown != super().text():
            super().setText(shown)
