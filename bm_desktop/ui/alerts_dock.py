"""The Alerts dock: sites with a security event within R km in the last N days before
the end of the filter period, each event with its distance, date and a summary.
Clicking a line zooms the map to the site and the event.

The columns sort by site, distance (as a number) and date (as a date) on a click
of their header; a site's line sorts by its nearest and latest event. Distance
and date take their contents' width and the site / event column the rest, its
long texts wrapping onto more lines: nothing is cut off, even in the narrow dock
of a laptop screen (an event's line holds its type and summary, which needed a
fourth column that never fitted).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import (
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain import colours
from bm_desktop.ui.dates import date_text
from bm_desktop.ui.map.events import event_type_text
from bm_desktop.ui.map.workspace import AlertRow, MapWorkspace

ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # per column: the value a sort compares
SITE_COL, DISTANCE_COL, DATE_COL = range(3)


class AlertItem(QTreeWidgetItem):
    """A line that sorts by its plain values (distance in km, ISO date, name)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        col = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(col, SORT_ROLE), other.data(col, SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the column's width (Qt's tree views size
    rows for one line, so long site names and summaries were cut with "…")."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = (
            self.tree.header().sectionSize(index.column())
            - 8
            - ((depth + 1) * self.tree.indentation() if index.column() == SITE_COL else 0)
        )
        text = str(index.data() or "")
        font = index.data(Qt.ItemDataRole.FontRole) or self.tree.font()
        box = QFontMetrics(font).boundingRect(
            QRect(0, 0, max(width, 20), 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(size.width(), max(size.height(), box.height() + 4))


def _shown_date(iso: str) -> str:
    try:
        return date_text(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


class AlertsDock(QDockWidget):
    def __init__(self, workspace: MapWorkspace) -> None:
        super().__init__()
        self.ws = workspace
        self.setWindowTitle(self.tr("Alerts"))
        body = QWidget()
        v = QVBoxLayout(body)
        v.setContentsMargins(6, 6, 6, 6)
        rule = QFormLayout()
        self.radius = QDoubleSpinBox()
        self.radius.setRange(1, 500)
        self.radius.setDecimals(0)
        self.radius.setSuffix(self.tr(" km"))
        self.radius.setValue(workspace.alerts_layer.radius_km)
        rule.addRow(self.tr("Security events within"), self.radius)
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(workspace.alerts_layer.days)
        rule.addRow(self.tr("in the last"), self.days)
        v.addLayout(rule)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        v.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Site / event"), self.tr("km"), self.tr("Date")])
        self.tree.headerItem().setToolTip(
            DISTANCE_COL, self.tr("Distance from the site, in km (click to sort)")
        )
        for col in (SITE_COL, DATE_COL):
            self.tree.headerItem().setToolTip(col, self.tr("Click to sort"))
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)  # long names and summaries take more lines, never "…"
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(DISTANCE_COL, Qt.SortOrder.AscendingOrder)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SITE_COL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DISTANCE_COL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DATE_COL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        header.sectionResized.connect(lambda *_: self.tree.scheduleDelayedItemsLayout())
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        v.addWidget(self.tree, 1)
        self.setWidget(body)
        self.radius.valueChanged.connect(self._on_rule)
        self.days.valueChanged.connect(self._on_rule)
        workspace.alerts_changed.connect(self.show_alerts)
        self.show_alerts(workspace.alerts)

    def _on_rule(self, *_args: object) -> None:
        self.ws.set_alert_rule(self.radius.value(), self.days.value())

    def show_alerts(self, rows: list[AlertRow]) -> None:
        self.tree.setSortingEnabled(False)  # add every line first, then sort once
        self.tree.clear()
        by_site: dict[int, list[AlertRow]] = {}
        for r in rows:
            by_site.setdefault(r.site, []).append(r)
        as_of = date_text(self.ws.filters.end)
        self.summary.setText(
            self.tr(
                "{n} sites with a security event within {km:g} km in the {days} days to {date}."
            ).format(
                n=len(by_site),
                km=self.ws.alerts_layer.radius_km,
                days=self.ws.alerts_layer.days,
                date=as_of,
            )
        )
        red = QBrush(QColor(colours.ALERT))
        for events in by_site.values():
            first = min(events, key=lambda e: e.distance_km)
            latest = max(e.date for e in events)
            site = f"{first.site_name} ({first.site_code})"
            top = AlertItem([site, f"{first.distance_km:.1f}", _shown_date(latest)])
            self._sort_keys(top, first.site_name.casefold(), first.distance_km, latest)
            top.setToolTip(
                SITE_COL,
                self.tr("{n} events").format(n=len(events))
                if len(events) > 1
                else self._event_text(first),
            )
            top.setForeground(0, red)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setData(0, ROW_ROLE, first)
            for e in events:
                child = AlertItem(
                    [self._event_text(e), f"{e.distance_km:.1f}", _shown_date(e.date)]
                )
                child.setData(0, ROW_ROLE, e)
                child.setToolTip(SITE_COL, child.text(SITE_COL))
                self._sort_keys(
                    child, event_type_text(e.event_type).casefold(), e.distance_km, e.date
                )
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.setSortingEnabled(True)
        if len(by_site) <= 3:
            self.tree.expandAll()
        title = self.tr("Alerts ({n})").format(n=len(by_site)) if by_site else self.tr("Alerts")
        self.setWindowTitle(title)

    @staticmethod
    def _sort_keys(item: QTreeWidgetItem, site: str, distance: float, date: str) -> None:
        item.setData(SITE_COL, SORT_ROLE, site)
        item.setData(DISTANCE_COL, SORT_ROLE, distance)
        item.setData(DATE_COL, SORT_ROLE, date)

    def _event_text(self, e: AlertRow) -> str:
        """An event's line: its type, what happened, and the dead if any."""
        killed = self.tr(" · {n} killed").format(n=e.fatalities) if e.fatalities else ""
        return f"{event_type_text(e.event_type)}: {e.summary}{killed}"

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        row = item.data(0, ROW_ROLE)
        if isinstance(row, AlertRow):
            self.ws.zoom_to_alert(row)
