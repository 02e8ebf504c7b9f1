"""The Filters dock: period (quick choices, dates, time slider), risk categories and
areas, severity, verification, mineral, programme region and site status.

Every change goes to the one :class:`~bm_desktop.ui.context.FilterController`
(after a short pause, so dragging the time slider does not flood the map),
and every layer, table and figure on screen follows it. Empty choices mean
"all"; unticking everything in a group shows nothing for it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain.filters import REPORTING_YEAR, FilterState
from bm_desktop.domain.local_format import place_name
from bm_desktop.services.filter_choices import FilterChoices, filter_choices
from bm_desktop.ui.context import AppContext

NONE = "__none__"  # a set that matches nothing (every box of a group unticked)
SEVERITIES = (1, 2, 3, 4)
APPLY_DELAY_MS = 250
THIS_MONTH, LAST_QUARTER, REPORTING, CUSTOM = "month", "quarter", "reporting", "custom"


def this_month(today: dt.date) -> tuple[dt.date, dt.date]:
    return today.replace(day=1), today


def last_quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last complete calendar quarter before ``today``."""
    q = (today.month - 1) // 3  # quarters finished this year
    year = today.year if q > 0 else today.year - 1
    q = q if q > 0 else 4
    first = 3 * (q - 1) + 1
    return dt.date(year, first, 1), dt.date(year, first + 2,
                                            calendar.monthrange(year, first + 2)[1])


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class FiltersDock(QDockWidget):
    def __init__(self, ctx: AppContext, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.ctx = ctx
        self.today = today
        self.setWindowTitle(self.tr("Filters"))
        self.choices: FilterChoices = filter_choices(ctx.db, ctx.lang)
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=APPLY_DELAY_MS)
        self._timer.timeout.connect(self.apply)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._period_box())
        layout.addWidget(self._risk_box())
        layout.addWidget(self._incident_box())
        layout.addWidget(self._site_box())
        reset = QPushButton(self.tr("Reset all filters"))
        reset.clicked.connect(self.reset)
        layout.addWidget(reset)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.show_state(ctx.filters.state)
        ctx.filters.changed.connect(self.show_state)

    # -- building ------------------------------------------------------------------------
    def _period_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Period"))
        form = QFormLayout(box)
        self.period = QComboBox()
        self.period.addItem(self.tr("This month"), THIS_MONTH)
        self.period.addItem(self.tr("Last quarter"), LAST_QUARTER)
        self.period.addItem(self.tr("Reporting year {start}–{end}").format(
            start=REPORTING_YEAR[0].year, end=REPORTING_YEAR[1].year % 100), REPORTING)
        self.period.addItem(self.tr("Custom"), CUSTOM)
        self.period.activated.connect(self._on_quick_choice)
        form.addRow(self.tr("Show"), self.period)
        self.start = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.end = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._on_dates_edited)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(self.tr("Slide the period through time (its length is kept)"))
        first = self.choices.first_day or REPORTING_YEAR[0]
        last = max(self.choices.last_day or REPORTING_YEAR[1], REPORTING_YEAR[1])
        self._slider_origin = first
        self.slider.setRange(0, max((last - first).days, 1))
        self.slider.setPageStep(30)
        self.slider.valueChanged.connect(self._on_slider)
        form.addRow(self.tr("Time"), self.slider)
        return box

    def _risk_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Risk category and area"))
        v = QVBoxLayout(box)
        self.risks = QTreeWidget()
        self.risks.setHeaderHidden(True)
        self.risks.setMinimumHeight(150)
        for cat in self.choices.categories:
            top = QTreeWidgetItem([cat.name])
            top.setData(0, Qt.ItemDataRole.UserRole, ("category", cat.code))
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable
                         | Qt.ItemFlag.ItemIsAutoTristate)
            top.setCheckState(0, Qt.CheckState.Checked)
            for area in cat.areas:
                child = QTreeWidgetItem([area.name])
                child.setData(0, Qt.ItemDataRole.UserRole, ("area", area.code))
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked)
                top.addChild(child)
            self.risks.addTopLevelItem(top)
        self.risks.itemChanged.connect(lambda *_: self._changed())
        v.addWidget(self.risks)
        return box

    def _checks(self, grid: QGridLayout, items: list[tuple[str, object]], columns: int
                ) -> dict[object, QCheckBox]:
        boxes = {}
        for i, (label, key) in enumerate(items):
            box = QCheckBox(label)
            box.setChecked(True)
            box.toggled.connect(lambda _on: self._changed())
            grid.addWidget(box, i // columns, i % columns)
            boxes[key] = box
        return boxes

    def _incident_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Incidents"))
        v = QVBoxLayout(box)
        grid = QGridLayout()
        names = {1: self.tr("1 Low"), 2: self.tr("2 Medium"), 3: self.tr("3 High"),
                 4: self.tr("4 Critical")}
        v.addWidget(QLabel(self.tr("Severity")))
        self.severity = self._checks(grid, [(names[s], s) for s in SEVERITIES], 2)
        v.addLayout(grid)
        self.verified = QCheckBox(self.tr("Verified incidents only"))
        self.verified.toggled.connect(lambda _on: self._changed())
        v.addWidget(self.verified)
        return box

    def _site_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sites"))
        v = QVBoxLayout(box)
        v.addWidget(QLabel(self.tr("Mineral")))
        grid = QGridLayout()
        self.minerals = self._checks(grid, [(m.name, m.code) for m in self.choices.minerals], 2)
        v.addLayout(grid)
        v.addWidget(QLabel(self.tr("Programme region")))
        grid = QGridLayout()
        self.regions = self._checks(
            grid, [(place_name(r, self.ctx.lang), r) for r in self.choices.regions], 2)
        v.addLayout(grid)
        v.addWidget(QLabel(self.tr("Site status")))
        grid = QGridLayout()
        status = {"active": self.tr("Active"), "inactive": self.tr("Inactive"),
                  "suspended": self.tr("Suspended")}
        self.statuses = self._checks(grid, [(status.get(s, s), s)
                                            for s in self.choices.statuses], 3)
        v.addLayout(grid)
        return box

    # -- state <-> widgets ---------------------------------------------------------------
    def show_state(self, state: FilterState) -> None:
        """Show a FilterState in the widgets (without applying it again)."""
        self._loading = True
        try:
            self.start.setDate(_qdate(state.start))
            self.end.setDate(_qdate(state.end))
            self.slider.setValue((state.end - self._slider_origin).days)
            self.period.setCurrentIndex(self.period.findData(self._quick_of(state)))
            self._tick(self.severity, state.severities)
            self._tick(self.minerals, state.minerals)
            self._tick(self.regions, state.regions)
            self._tick(self.statuses, state.site_statuses)
            self.verified.setChecked(state.verified_only)
            for i in range(self.risks.topLevelItemCount()):
                top = self.risks.topLevelItem(i)
                cat = top.data(0, Qt.ItemDataRole.UserRole)[1]
                for j in range(top.childCount()):
                    child = top.child(j)
                    area = child.data(0, Qt.ItemDataRole.UserRole)[1]
                    on = ((not state.risk_categories or cat in state.risk_categories)
                          and (not state.risk_areas or area in state.risk_areas))
                    child.setCheckState(0, Qt.CheckState.Checked if on
                                        else Qt.CheckState.Unchecked)
        finally:
            self._loading = False

    @staticmethod
    def _tick(boxes: dict, chosen: frozenset) -> None:
        for key, box in boxes.items():
            box.setChecked(not chosen or key in chosen)

    def _quick_of(self, state: FilterState) -> str:
        period = (state.start, state.end)
        if period == REPORTING_YEAR:
            return REPORTING
        today = self.today()
        if period == this_month(today):
            return THIS_MONTH
        if period == last_quarter(today):
            return LAST_QUARTER
        return CUSTOM

    @staticmethod
    def _chosen(boxes: dict, none_value: object) -> frozenset:
        on = [k for k, b in boxes.items() if b.isChecked()]
        if len(on) == len(boxes):
            return frozenset()
        return frozenset(on) if on else frozenset({none_value})

    def state(self) -> FilterState:
        """The FilterState the widgets show."""
        start, end = _date(self.start.date()), _date(self.end.date())
        if end < start:
            start, end = end, start
        areas, all_on = [], True
        for i in range(self.risks.topLevelItemCount()):
            top = self.risks.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                if child.checkState(0) == Qt.CheckState.Checked:
                    areas.append(child.data(0, Qt.ItemDataRole.UserRole)[1])
                else:
                    all_on = False
        return replace(
            self.ctx.filters.state, start=start, end=end,
            risk_categories=frozenset(),
            risk_areas=frozenset() if all_on else frozenset(areas or [NONE]),
            severities=self._chosen(self.severity, 0),
            verified_only=self.verified.isChecked(),
            minerals=self._chosen(self.minerals, NONE),
            regions=self._chosen(self.regions, NONE),
            site_statuses=self._chosen(self.statuses, NONE))

    # -- reactions -----------------------------------------------------------------------
    def _changed(self) -> None:
        if not self._loading:
            self._timer.start()

    def apply(self) -> None:
        """Send what the widgets show to the global filters now."""
        self._timer.stop()
        self.ctx.filters.set_state(self.state())

    def _set_period(self, start: dt.date, end: dt.date) -> None:
        self._loading = True
        try:
            self.start.setDate(_qdate(start))
            self.end.setDate(_qdate(end))
            self.slider.setValue((end - self._slider_origin).days)
        finally:
            self._loading = False
        self._changed()

    def _on_quick_choice(self, _index: int) -> None:
        choice = self.period.currentData()
        today = self.today()
        if choice == THIS_MONTH:
            self._set_period(*this_month(today))
        elif choice == LAST_QUARTER:
            self._set_period(*last_quarter(today))
        elif choice == REPORTING:
            self._set_period(*REPORTING_YEAR)

    def _on_dates_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self.slider.setValue((_date(self.end.date()) - self._slider_origin).days)
            self.period.setCurrentIndex(self.period.findData(CUSTOM))
        finally:
            self._loading = False
        self._changed()

    def _on_slider(self, value: int) -> None:
        if self._loading:
            return
        length = _date(self.end.date()) - _date(self.start.date())
        end = self._slider_origin + dt.timedelta(days=value)
        self._loading = True
        try:
            self.start.setDate(_qdate(end - length))
            self.end.setDate(_qdate(end))
            self.period.setCurrentIndex(self.period.findData(CUSTOM))
        finally:
            self._loading = False
        self._changed()

    def reset(self) -> None:
        self.ctx.filters.set_state(FilterState())
        self.show_state(self.ctx.filters.state)
