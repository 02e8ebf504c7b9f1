"""Status-bar widgets that share a laptop's width without overlapping.

Read-outs (coordinates, scale) take a fixed width, that of their longest text, so they
never move or get cut; the rest (the data's source, the sync state) are
:class:`ElidedLabel` or elide their own text: they give up width first, end in "…"
and keep the full text in their tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

MIN_TEXT_WIDTH = 90  # an elided text keeps at least this much room
SHARE = 0.22  # at most this share of the bar each, the rest is for messages ("Wrote …")
PADDING = 12
SLACK = 4  # elidedText measures a little wider than horizontalAdvance


def fix_width_for(label: QLabel, longest: list[str]) -> None:
    """Give a read-out the width of its longest possible text, once and for all."""
    fm = label.fontMetrics()
    label.setFixedWidth(max(fm.horizontalAdvance(text) for text in longest) + PADDING)
    label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" when the bar is short of room."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
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
        return QSize(
            self.fontMetrics().horizontalAdvance(self._full) + PADDING, super().sizeHint().height()
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        return QSize(
            min(self.sizeHint().width(), MIN_TEXT_WIDTH), super().minimumSizeHint().height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(self.width() - PADDING // 2, 0)
        )
        if shown != super().text():
            super().setText(shown)


class ShareOfBar(QObject):
    """Caps a status-bar widget at a share of the bar's width, kept as the bar resizes,
    so on a laptop the messages on the left keep their room."""

    def __init__(self, bar: QStatusBar, widget: QWidget, share: float = SHARE) -> None:
        super().__init__(widget)
        self.bar, self.widget, self.share = bar, widget, share
        bar.installEventFilter(self)
        self._apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        if watched is self.bar and event.type() == QEvent.Type.Resize:
            self._apply()
        return False

    def _apply(self) -> None:
        self.widget.setMaximumWidth(
            max(int(self.bar.width() * self.share), MIN_TEXT_WIDTH + 2 * PADDING)
        )
