"""The agenda builder's table of the draft's items (``ui/agenda_builder.py``): time
computed from the start and the durations; minutes, title and presenter editable;
overdue actions in red, child-labour and Annex II items in bold."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from bm_desktop.domain import colours
from bm_desktop.domain.agenda import SECTION_TITLES, AgendaEditError
from bm_desktop.domain.meeting_papers import MeetingPapers
from bm_desktop.exchange.agenda_tables import agenda_text

ALERT_BG = "#FDECEA"


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class AgendaModel(QAbstractTableModel):
    """The draft's items; time is computed, minutes, title and presenter are editable."""

    COLUMNS = ("#", "Time", "Min.", "Item", "Presenter", "Section")
    EDITABLE = {2, 3, 4}
    edited = Signal()

    def __init__(self, papers: MeetingPapers, lang: str) -> None:
        super().__init__()
        self.papers, self.lang = papers, lang

    @property
    def draft(self):
        return self.papers.draft

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.draft.entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [
                self.tr("#"),
                self.tr("Time"),
                self.tr("Min."),
                self.tr("Item"),
                self.tr("Presenter"),
                self.tr("Section"),
            ][section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in self.EDITABLE else base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.draft.entries[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return index.row() + 1
            if col == 1:
                start, end = self.draft.schedule()[index.row()]
                return f"{start:%H:%M}–{end:%H:%M}"
            if col == 2:
                return entry.duration_min
            if col == 3:  # a standard text the app wrote ("Agreed: ...") in the window's language
                return (
                    agenda_text(entry.title, self.lang)
                    if role == Qt.ItemDataRole.DisplayRole
                    else entry.title
                )
            if col == 4:
                return entry.presenter
            return self._section(entry.section)
        if role == Qt.ItemDataRole.ToolTipRole and entry.details:
            return entry.details
        if role == Qt.ItemDataRole.BackgroundRole and entry.flags & {"overdue"}:
            return QBrush(QColor(ALERT_BG))
        if role == Qt.ItemDataRole.ForegroundRole and "overdue" in entry.flags:
            return QBrush(QColor(colours.OVERDUE))
        if role == Qt.ItemDataRole.FontRole and entry.flags & {"annex2", "wfcl"}:
            return bold_font()
        return None

    def _section(self, code: str) -> str:
        from bm_desktop.i18n import translate

        return translate("Agenda", SECTION_TITLES.get(code, SECTION_TITLES["other"]), self.lang)

    def setData(
        self,
        index: QModelIndex,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        row, col = index.row(), index.column()
        try:
            if col == 2:
                self.draft.set_duration(row, int(value))
            elif col == 3:
                self.draft.set_title(row, str(value))
            elif col == 4:
                self.draft.set_presenter(row, str(value))
            else:
                return False
        except (AgendaEditError, ValueError):
            return False
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 4))
        self.edited.emit()
        return True

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()
        self.edited.emit()
