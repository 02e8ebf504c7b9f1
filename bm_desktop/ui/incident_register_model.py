"""Table model of the incident register over numpy columns.

The model holds an :class:`IncidentRegister` (columns, not row objects) and a
row order (numpy array of source rows). Sorting swaps in a column's cached
argsort, filtering a boolean mask, so neither calls Python per row or per
comparison; ``data()`` only formats the cells on screen.
"""

from __future__ import annotations

import uuid
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from bm_desktop.domain import colours
from bm_desktop.domain.columnar import CategoryColumn, NumberColumn
from bm_desktop.services.incident_register import COLUMNS, SEARCH_COLUMNS, IncidentRegister
from bm_desktop.ui.locale_text import place_text

TITLES = {
    "occurred_on": QT_TRANSLATE_NOOP("IncidentRegister", "Date"),
    "site": QT_TRANSLATE_NOOP("IncidentRegister", "Site"),
    "region": QT_TRANSLATE_NOOP("IncidentRegister", "Region"),
    "risk_category": QT_TRANSLATE_NOOP("IncidentRegister", "Risk category"),
    "risk_area": QT_TRANSLATE_NOOP("IncidentRegister", "Risk area"),
    "severity": QT_TRANSLATE_NOOP("IncidentRegister", "Severity"),
    "verification": QT_TRANSLATE_NOOP("IncidentRegister", "Verification"),
    "minors": QT_TRANSLATE_NOOP("IncidentRegister", "Minors"),
    "wfcl": QT_TRANSLATE_NOOP("IncidentRegister", "WFCL"),
    "source": QT_TRANSLATE_NOOP("IncidentRegister", "Source"),
    "summary": QT_TRANSLATE_NOOP("IncidentRegister", "Summary"),
}
VALUE_LABELS = {
    "reported": QT_TRANSLATE_NOOP("IncidentRegister", "Reported"),
    "verified": QT_TRANSLATE_NOOP("IncidentRegister", "Verified"),
    "rejected": QT_TRANSLATE_NOOP("IncidentRegister", "Rejected"),
    "monitor": QT_TRANSLATE_NOOP("IncidentRegister", "Monitor"),
    "self_monitoring": QT_TRANSLATE_NOOP("IncidentRegister", "Cooperative self-monitoring"),
    "government": QT_TRANSLATE_NOOP("IncidentRegister", "Government"),
    "other": QT_TRANSLATE_NOOP("IncidentRegister", "Other"),
    "WFCL": QT_TRANSLATE_NOOP("IncidentRegister", "WFCL"),
}
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)
VERIFICATION_COLOUR = {"reported": "#EF6C00", "verified": "#2E7D32", "rejected": "#757575"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentRegister", text)


class IncidentRegisterModel(QAbstractTableModel):
    """Filtered, sorted view of the register; emits ``counts_changed(shown, total)``."""

    counts_changed = Signal(int, int)

    def __init__(
        self,
        register: IncidentRegister | None = None,
        sort_key: str | None = "occurred_on",
        descending: bool = True,
    ) -> None:
        super().__init__()
        self._register: IncidentRegister | None = None
        self._order = np.zeros(0, dtype=np.int64)
        self._column_filters: dict[str, str] = {}
        self._search = ""
        self._sites: list[uuid.UUID] = []
        self._sort: tuple[str | None, bool] = (sort_key, descending)
        self._raw_verification: list[str] = []
        if register is not None:
            self.set_register(register)

    # -- content ---------------------------------------------------------------------
    @property
    def register(self) -> IncidentRegister | None:
        return self._register

    def set_register(self, register: IncidentRegister) -> None:
        """Show new columns (after a reload), keeping sort, filters and site filter."""
        cols = register.table.columns
        region = cols["region"]
        assert isinstance(region, CategoryColumn)
        region.relabel([place_text(name) for name in region.labels])  # searched as shown
        for key in ("verification", "source", "wfcl"):
            column = cols[key]
            assert isinstance(column, CategoryColumn)
            if key == "verification":
                self._raw_verification = list(column.labels)
            column.relabel(
                [_tr(VALUE_LABELS[v]) if v in VALUE_LABELS else v for v in column.labels]
            )
        self.beginResetModel()
        self._register = register
        self._order = self._compute_order()
        self.endResetModel()
        self.counts_changed.emit(len(self._order), register.size)

    def _compute_order(self) -> np.ndarray:
        reg = self._register
        if reg is None:
            return np.zeros(0, dtype=np.int64)
        base = reg.rows_of_sites(self._sites) if self._sites else None
        mask = reg.table.filter_mask(self._column_filters, self._search, SEARCH_COLUMNS, base)
        column, descending = self._sort
        return reg.table.view_order(mask, column, descending)

    def _refilter(self) -> None:
        self.beginResetModel()
        self._order = self._compute_order()
        self.endResetModel()
        if self._register is not None:
            self.counts_changed.emit(len(self._order), self._register.size)

    def set_column_filter(self, key: str, text: str) -> None:
        if self._column_filters.get(key, "") != text:
            self._column_filters[key] = text
            self._refilter()

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self._refilter()

    def set_site_filter(self, site_ids: list[uuid.UUID]) -> None:
        if list(site_ids) != self._sites:
            self._sites = list(site_ids)
            self._refilter()

    @property
    def site_filter(self) -> list[uuid.UUID]:
        return list(self._sites)

    # -- what rows are -------------------------------------------------------------------
    def incident_id(self, view_row: int) -> uuid.UUID:
        assert self._register is not None
        return self._register.incident_id(int(self._order[view_row]))

    def site_id(self, view_row: int) -> uuid.UUID:
        assert self._register is not None
        return self._register.site_ids[self._register.site_index[self._order[view_row]]]

    def verification(self, view_row: int) -> str:
        assert self._register is not None
        column = self._register.table.columns["verification"]
        return self._raw_verification[column.codes[self._order[view_row]]]

    def view_row_of(self, incident_id: uuid.UUID) -> int | None:
        if self._register is None:
            return None
        source = self._register.row_of(incident_id)
        if source is None:
            return None
        hits = np.flatnonzero(self._order == source)
        return int(hits[0]) if len(hits) else None

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(TITLES[COLUMNS[section]])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per cell on every paint: refuse the unused ones first.
        if role not in _ROLES or self._register is None:
            return None
        key = COLUMNS[index.column()]
        row = int(self._order[index.row()])
        column = self._register.table.columns[key]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "minors" and int(column.values[row]) == 0:  # type: ignore[union-attr]
                return ""
            return column.display(row)
        if role == Qt.ItemDataRole.BackgroundRole and key == "severity":
            return (
                QBrush(QColor(colours.SEVERITY.get(int(column.values[row]), "#FFFFFF")))
                if isinstance(column, NumberColumn)
                else None
            )
        if role == Qt.ItemDataRole.ForegroundRole and key == "severity":
            return QBrush(
                QColor(
                    "#FFFFFF"
                    if int(column.values[row]) >= 3  # type: ignore[union-attr]
                    else colours.TEXT
                )
            )
        if role == Qt.ItemDataRole.ForegroundRole and key == "verification":
            return QBrush(
                QColor(VERIFICATION_COLOUR.get(self.verification(index.row()), colours.TEXT))
            )
        if role == Qt.ItemDataRole.ForegroundRole and key == "wfcl":
            return QBrush(QColor(colours.OVERDUE))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("severity", "minors"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "summary":
            return column.display(row)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's cached order; selected rows stay selected."""
        key = COLUMNS[column]
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        if self._register is None:
            return
        self.layoutAboutToBeChanged.emit()
        old = self._order
        self._order = self._compute_order()
        persistent = self.persistentIndexList()
        if persistent:
            where = np.empty(self._register.size, dtype=np.int64)
            where[self._order] = np.arange(len(self._order))
            new = [self.index(int(where[old[p.row()]]), p.column()) for p in persistent]
            self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    def sort_key(self) -> tuple[str | None, bool]:
        return self._sort
