"""The 5x5 risk matrix of a site: likelihood up, severity across, counts in the cells,
cells coloured by score band; clicking a cell selects it (``cell_clicked``)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from bm_desktop.domain import risk_scoring

BAND_COLOUR = {"low": "#C8E6C9", "medium": "#FFF59D", "high": "#FFCC80", "critical": "#EF9A9A"}


class RiskMatrix(QWidget):
    cell_clicked = Signal(int, int)  # likelihood, severity (1..5); (0, 0) clears

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = np.zeros((5, 5), dtype=np.int64)
        self.selected: tuple[int, int] | None = None
        self.setMinimumSize(240, 220)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, 270)

    def set_counts(self, counts: np.ndarray) -> None:
        self.counts = counts
        self.update()

    def _grid(self) -> tuple[float, float, float]:
        left, bottom = 34.0, 34.0
        size = min(self.width() - left - 6, self.height() - bottom - 6) / 5
        return left, 6.0, size

    def cell_rect(self, likelihood: int, severity: int) -> QRectF:
        left, top, size = self._grid()
        return QRectF(left + (severity - 1) * size, top + (5 - likelihood) * size, size, size)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top, size = self._grid()
        bold = QFont(self.font())
        bold.setBold(True)
        for lk in range(1, 6):
            for sv in range(1, 6):
                rect = self.cell_rect(lk, sv)
                band = risk_scoring.band(risk_scoring.score(lk, sv))
                p.fillRect(rect, QColor(BAND_COLOUR[band]))
                p.setPen(QPen(QColor("#FFFFFF"), 2))
                p.drawRect(rect)
                n = int(self.counts[lk - 1, sv - 1])
                if n:
                    p.setFont(bold)
                    p.setPen(QColor("#212121"))
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n))
        if self.selected:
            p.setPen(QPen(QColor("#1F3A5F"), 3))
            p.drawRect(self.cell_rect(*self.selected).adjusted(2, 2, -2, -2))
        p.setFont(self.font())
        p.setPen(QColor("#424242"))
        for i in range(1, 6):
            p.drawText(
                QRectF(left - 18, top + (5 - i) * size, 14, size),
                Qt.AlignmentFlag.AlignCenter,
                str(i),
            )
            p.drawText(
                QRectF(left + (i - 1) * size, top + 5 * size + 2, size, 14),
                Qt.AlignmentFlag.AlignCenter,
                str(i),
            )
        p.drawText(
            QRectF(left, top + 5 * size + 16, 5 * size, 16),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Severity"),
        )
        p.save()
        p.translate(10, top + 5 * size / 2)
        p.rotate(-90)
        p.drawText(
            QRectF(-5 * size / 2, -8, 5 * size, 16),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Likelihood"),
        )
        p.restore()
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        for lk in range(1, 6):
            for sv in range(1, 6):
                if self.cell_rect(lk, sv).contains(pos):
                    self.selected = None if self.selected == (lk, sv) else (lk, sv)
                    self.update()
                    self.cell_clicked.emit(*(self.selected or (0, 0)))
                    return
