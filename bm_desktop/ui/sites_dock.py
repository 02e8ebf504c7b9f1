"""The Sites dock: every site with its region, minerals, status and incident count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableView

from bm_desktop.domain import colours
from bm_desktop.domain.filters import FilterState
from bm_desktop.services import choices
from bm_desktop.services.sites import SiteSummary, list_sites
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import date_text
from bm_desktop.ui.locale_text import place_text
from bm_desktop.ui.theme import count_text

STATUS_TEXT = {
    "active": QT_TRANSLATE_NOOP("SitesModel", "Active"),
    "inactive": QT_TRANSLATE_NOOP("SitesModel", "Inactive"),
    "suspended": QT_TRANSLATE_NOOP("SitesModel", "Suspended"),
}


class SitesModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("SitesModel", "Code"),
        QT_TRANSLATE_NOOP("SitesModel", "Site"),
        QT_TRANSLATE_NOOP("SitesModel", "Region"),
        QT_TRANSLATE_NOOP("SitesModel", "Province"),
        QT_TRANSLATE_NOOP("SitesModel", "Minerals"),
        QT_TRANSLATE_NOOP("SitesModel", "Status"),
        QT_TRANSLATE_NOOP("SitesModel", "Incidents"),
        QT_TRANSLATE_NOOP("SitesModel", "Operator"),
        QT_TRANSLATE_NOOP("SitesModel", "Miners"),
        QT_TRANSLATE_NOOP("SitesModel", "Last visit"),
    )

    def __init__(self, mineral_names: dict[str, str] | None = None) -> None:
        super().__init__()
        self._rows: list[SiteSummary] = []
        self._mineral_names = mineral_names or {}

    def set_rows(self, rows: list[SiteSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def site_at(self, row: int) -> SiteSummary:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SitesModel", self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        site = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(site, col)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if col == 6:
                return site.incidents
            if col == 8:
                return site.miners_total or 0
            if col == 9:
                return site.last_visit.toordinal() if site.last_visit else 0
            return self._display(site, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == 5:
            return QBrush(QColor(colours.STATUS.get(site.status, colours.TEXT)))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (6, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, site: SiteSummary, col: int) -> Any:
        if col == 0:
            return site.code
        if col == 1:
            return site.name
        if col == 2:
            return place_text(site.region)
        if col == 3:
            return place_text(site.province)
        if col == 4:
            return ", ".join(self._mineral_names.get(m, m) for m in site.minerals)
        if col == 5:
            return QCoreApplication.translate(
                "SitesModel", STATUS_TEXT.get(site.status, site.status)
            )
        if col == 6:
            return site.incidents
        if col == 7:
            return site.operator or ""
        if col == 8:
            return count_text(site.miners_total) if site.miners_total else ""
        return date_text(site.last_visit) if site.last_visit else ""


class SitesDock(QDockWidget):
    def __init__(self, ctx: AppContext, window: Any = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Sites"))
        self.model = SitesModel(self._mineral_names())
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy = proxy
        view = QTableView()
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view = view
        self.setWidget(view)
        ctx.filters.changed.connect(self._on_filters_changed)
        ctx.data.changed.connect(lambda _tables: self.reload())
        getattr(window, "when_ready", lambda fn: fn())(self.reload)

    def _mineral_names(self) -> dict[str, str]:
        return choices.mineral_names(self.ctx.db, self.ctx.lang)

    def reload(self, filters: FilterState | None = None) -> None:
        self.model.set_rows(list_sites(self.ctx.db, filters or self.ctx.filters.state))

    def _on_filters_changed(self, state: FilterState) -> None:
        self.reload(state)

    def _on_selection_changed(self, *_args: object) -> None:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        self.ctx.selection.select([self.model.site_at(r).id for r in sorted(rows)])


def install(window: Any) -> SitesDock:
    """The Sites dock, added to ``window`` (kept as ``MainWindow.sites_dock``)."""
    return window.add_dock(
        "sitesDock", SitesDock(window.ctx, window), Qt.DockWidgetArea.BottomDockWidgetArea
    )
