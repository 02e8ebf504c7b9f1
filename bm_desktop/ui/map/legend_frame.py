"""The legend's place beside the map, which the user controls: collapse it to a narrow
"Legend" tab (the map gets its width, useful on a laptop) or move it to the other side
of the map. Both choices are settings, so the legend comes back as it was left."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

RIGHT, LEFT = "right", "left"  # the values of the map/legend_side setting


class VerticalTab(QAbstractButton):
    """A narrow button with its text written upwards, like a tab on the map's edge."""

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt override)
        fm = self.fontMetrics()
        return QSize(fm.height() + 10, fm.horizontalAdvance(self.text()) + 24)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802  (Qt override)
        p = QPainter(self)
        p.fillRect(
            self.rect(), self.palette().button() if self.underMouse() else self.palette().base()
        )
        p.setPen(self.palette().buttonText().color())
        p.translate(0, self.height())
        p.rotate(-90)
        p.drawText(0, 0, self.height(), self.width(), Qt.AlignmentFlag.AlignCenter, self.text())
        p.end()


class LegendFrame(QWidget):
    """The legend panel (in its scroll area) under a header with two buttons: move it to
    the other side, collapse it. Collapsed, only the "Legend" tab is left."""

    changed = Signal()  # collapsed or side changed by the user
    side_changed = Signal(str)

    def __init__(self, scroll: QScrollArea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendFrame")
        self.scroll = scroll
        self._side = RIGHT
        self.title = QLabel(self.tr("Legend"))
        self.title.setStyleSheet("font-weight: bold; padding-left: 6px;")
        self.move_button = QToolButton()
        self.move_button.setObjectName("legendMove")
        self.move_button.setAutoRaise(True)
        self.move_button.setText("⇆")
        self.move_button.setToolTip(self.tr("Move the legend to the other side of the map"))
        self.move_button.clicked.connect(self._on_move)
        self.collapse_button = QToolButton()
        self.collapse_button.setObjectName("legendCollapse")
        self.collapse_button.setAutoRaise(True)
        self.collapse_button.setToolTip(self.tr("Collapse the legend (the map gets its width)"))
        self.collapse_button.clicked.connect(lambda: self._user_sets_collapsed(True))
        self.header = QWidget()
        head = QHBoxLayout(self.header)
        head.setContentsMargins(0, 2, 2, 2)
        head.addWidget(self.title, 1)
        head.addWidget(self.move_button)
        head.addWidget(self.collapse_button)
        self.tab = VerticalTab()
        self.tab.setObjectName("legendTab")
        self.tab.setText(self.tr("Legend"))
        self.tab.setToolTip(self.tr("Show the legend"))
        self.tab.setCursor(Qt.CursorShape.PointingHandCursor)
        self.tab.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.tab.clicked.connect(lambda: self._user_sets_collapsed(False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.tab, 0, Qt.AlignmentFlag.AlignTop)
        self.tab.hide()
        self._style()

    # -- state -----------------------------------------------------------------------------
    @property
    def collapsed(self) -> bool:
        return not self.tab.isHidden()

    @collapsed.setter
    def collapsed(self, on: bool) -> None:
        self.header.setVisible(not on)
        self.scroll.setVisible(not on)
        self.tab.setVisible(on)

    @property
    def side(self) -> str:
        return self._side

    @side.setter
    def side(self, side: str) -> None:
        self._side = LEFT if side == LEFT else RIGHT
        self._style()
        self.side_changed.emit(self._side)

    def _style(self) -> None:
        edge = "border-left" if self._side == RIGHT else "border-right"
        self.setStyleSheet(f"#legendFrame {{ {edge}: 1px solid #C8C8C8; background: white; }}")
        # The arrow points to the map's edge, where the legend goes when collapsed.
        self.collapse_button.setText("»" if self._side == RIGHT else "«")

    # -- the user's clicks -------------------------------------------------------------------
    def _user_sets_collapsed(self, on: bool) -> None:
        self.collapsed = on
        self.changed.emit()

    def _on_move(self) -> None:
        self.side = LEFT if self._side == RIGHT else RIGHT
        self.changed.emit()
