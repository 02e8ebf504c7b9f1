"""The Alerts dock: sites with a security event within R km in the last N days before
the end of the filter period, each event with its distance, date and a summary.
Clicking a line zooms the map to the site and the event."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain import colours
from bm_desktop.ui.map.events import event_type_text
from bm_desktop.ui.map.workspace import AlertRow, MapWorkspace

ROW_ROLE = Qt.ItemDataRole.UserRole


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
        self.tree.setHeaderLabels([self.tr("Site / event"), self.tr("Distance"),
                                   self.tr("Date"), self.tr("Summary")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
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
        self.tree.clear()
        by_site: dict[int, list[AlertRow]] = {}
        for r in rows:
            by_site.setdefault(r.site, []).append(r)
        as_of = self.ws.filters.end.isoformat()
        self.summary.setText(self.tr(
            "{n} sites with a security event within {km:g} km in the {days} days to {date}."
        ).format(n=len(by_site), km=self.ws.alerts_layer.radius_km,
                 days=self.ws.alerts_layer.days, date=as_of))
        red = QBrush(QColor(colours.ALERT))
        for events in by_site.values():
            first = events[0]
            top = QTreeWidgetItem([f"{first.site_name} ({first.site_code})",
                                   f"{first.distance_km:.1f} km", max(e.date for e in events),
                                   self.tr("{n} events").format(n=len(events))
                                   if len(events) > 1 else first.summary])
            top.setForeground(0, red)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setData(0, ROW_ROLE, first)
            for e in events:
                child = QTreeWidgetItem([event_type_text(e.event_type),
                                         f"{e.distance_km:.1f} km", e.date,
                                         e.summary + (self.tr(" · {n} killed").format(
                                             n=e.fatalities) if e.fatalities else "")])
                child.setData(0, ROW_ROLE, e)
                child.setToolTip(3, e.summary)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        title = self.tr("Alerts ({n})").format(n=len(by_site)) if by_site else self.tr("Alerts")
        self.setWindowTitle(title)

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        row = item.data(0, ROW_ROLE)
        if isinstance(row, AlertRow):
            self.ws.zoom_to_alert(row)
