"""A table header with a filter box under each column title (no widget per row)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget


class FilterHeader(QHeaderView):
    """Horizontal header whose sections carry a line edit each; emits
    ``filter_changed(section, text)`` as the user types."""

    filter_changed = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._editors: list[QLineEdit] = []
        self._padding = 4
        self.setSectionsClickable(True)
        self.setSortIndicatorShown(True)
        self.setHighlightSections(False)
        self.sectionResized.connect(self._place_editors)
        self.sectionMoved.connect(self._place_editors)

    def set_filter_boxes(self, count: int, placeholder: str, tooltip: str) -> None:
        for editor in self._editors:
            editor.deleteLater()
        self._editors = []
        for section in range(count):
            editor = QLineEdit(self)
            editor.setPlaceholderText(placeholder)
            editor.setToolTip(tooltip)
            editor.setClearButtonEnabled(True)
            editor.textChanged.connect(lambda text, s=section: self.filter_changed.emit(s, text))
            self._editors.append(editor)
        self._place_editors()

    def editor(self, section: int) -> QLineEdit:
        return self._editors[section]

    def sizeHint(self):  # noqa: N802  (Qt override)
        size = super().sizeHint()
        if self._editors:
            size.setHeight(size.height() + self._editors[0].sizeHint().height() + self._padding)
        return size

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt override)
        super().resizeEvent(event)
        self._place_editors()

    def updateGeometries(self) -> None:  # noqa: N802  (Qt override)
        if self._editors:
            self.setViewportMargins(0, 0, 0, self._editors[0].sizeHint().height() + self._padding)
        else:
            self.setViewportMargins(0, 0, 0, 0)
        super().updateGeometries()
        self._place_editors()

    def _place_editors(self, *_args: object) -> None:
        if not self._editors:
            return
        height = self._editors[0].sizeHint().height()
        # The titles are painted in the viewport; the editors sit in the bottom margin.
        top = max(self.height() - height - self._padding, super().sizeHint().height())
        for section, editor in enumerate(self._editors):
            editor.move(self.sectionPosition(section) - self.offset() + 1, top + self._padding // 2)
            editor.resize(max(self.sectionSize(section) - 2, 8), height)
            editor.setVisible(not self.isSectionHidden(section))
