"""The Filters dock: period (quick choices, quarter, year, typed dates, time slider)
with the day its figures are as of, risk categories and areas, severity,
verification, mineral, programme region, province and site status.

Every change goes to the one :class:`~bm_desktop.ui.context.FilterController`
(after a short pause, so dragging the time slider does not flood the map),
and every layer, table and figure on screen follows it. Empty choices mean
"all"; unticking everything in a group shows nothing for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from bm_desktop.domain.filters import FilterState
from bm_desktop.domain.local_format import place_name
from bm_desktop.domain.periods import (
    last_quarter,
    last_quarter_from,
    quarter,
    quarters_between,
    reference_day,
    this_month,
    year_period,
)
from bm_desktop.services.filter_choices import FilterChoices, filter_choices
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import TypedDateEdit, date_text

__all__ = ["FiltersDock", "last_quarter", "this_month"]

NONE = "__none__"  # a set that matches nothing (every box of a group unticked)
SEVERITIES = (1, 2, 3, 4)
APPLY_DELAY_MS = 250
THIS_MONTH, LAST_QUARTER, REPORTING, CUSTOM = "month", "quarter", "reporting", "custom"
DATA_TABLES = {"incidents", "security_events", "*"}


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
        ctx.data.changed.connect(self._on_data_changed)

    # -- building ------------------------------------------------------------------------
    def _period_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Period"))
        form = QFormLayout(box)
        self.period = QComboBox()
        for value in (THIS_MONTH, LAST_QUARTER, REPORTING, CUSTOM):
            self.period.addItem("", value)
        self.period.activated.connect(self._on_quick_choice)
        form.addRow(self.tr("Show"), self.period)
        self.quarter = QComboBox()
        self.quarter.currentIndexChanged.connect(self._on_quarter)
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(self._on_year)
        form.addRow(self.tr("Quarter"), self.quarter)
        form.addRow(self.tr("Year"), self.year)
        self.start = TypedDateEdit()
        self.end = TypedDateEdit()
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._on_dates_edited)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(self.tr("Slide the period through time (its length is kept)"))
        self.slider.setPageStep(30)
        self.slider.valueChanged.connect(self._on_slider)
        form.addRow(self.tr("Time"), self.slider)
        self.as_of = QLabel()
        self.as_of.setObjectName("figuresAsOf")
        self.as_of.setWordWrap(True)
        form.addRow(self.as_of)
        for combo in (self.period, self.quarter, self.year):
            # long names must not widen the panel past a laptop's narrow dock
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self._fill_period_choices()
        return box

    def _fill_period_choices(self) -> None:
        """Name the presets after the days they stand for, and list the quarters and
        years that hold data (the data may have grown since the last time)."""
        year = self.ctx.filters.default_period
        first = self.choices.first_day or year[0]
        last = max(self.choices.last_day or year[1], year[1])
        self._slider_origin = first
        self.slider.blockSignals(True)
        self.slider.setRange(0, max((last - first).days, 1))
        self.slider.blockSignals(False)
        today = self.today()
        ref = self.reference()
        month = QLocale().toString(QDate(ref.year, ref.month, 1), "MMMM yyyy")
        q_start = last_quarter_from(ref, today)[0]
        y, q = q_start.year, (q_start.month + 2) // 3
        texts = {
            THIS_MONTH: (
                self.tr("This month ({month})")
                if ref == today
                else self.tr("Latest month with data ({month})")
            ).format(month=month),
            LAST_QUARTER: self.tr("Last complete quarter ({quarter})").format(
                quarter=self.quarter_text(y, q)
            ),
            REPORTING: self.tr("Reporting year {start}–{end}").format(
                start=year[0].year, end=year[1].year % 100
            ),
            CUSTOM: self.tr("Custom"),
        }
        for i in range(self.period.count()):
            self.period.setItemText(i, texts[self.period.itemData(i)])
        self._loading, loading = True, self._loading
        self.quarter.clear()
        self.quarter.addItem(self.tr("Quarter…"), None)
        for year, qn in quarters_between(first, last):
            self.quarter.addItem(self.quarter_text(year, qn), f"{year}-{qn}")
        self.year.clear()
        self.year.addItem(self.tr("Year…"), None)
        for year in range(last.year, first.year - 1, -1):
            self.year.addItem(str(year), year)
        self._loading = loading

    def quarter_text(self, year: int, q: int) -> str:
        """Q4 2021 (T4 2021 in French)."""
        return self.tr("Q{q} {year}").format(q=q, year=year)

    def reference(self) -> dt.date:
        """The day "this month" and "last quarter" count from (see domain.periods)."""
        return reference_day(self.today(), self.choices.last_day)

    def _risk_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Risk category and area"))
        v = QVBoxLayout(box)
        self.risks = QTreeWidget()
        self.risks.setHeaderHidden(True)
        self.risks.setMinimumHeight(150)
        for cat in self.choices.categories:
            top = QTreeWidgetItem([cat.name])
            top.setData(0, Qt.ItemDataRole.UserRole, ("category", cat.code))
            top.setFlags(
                top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            )
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

    def _checks(
        self, grid: QGridLayout, items: list[tuple[str, object]], columns: int
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
        names = {
            1: self.tr("1 Low"),
            2: self.tr("2 Medium"),
            3: self.tr("3 High"),
            4: self.tr("4 Critical"),
        }
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
            grid, [(place_name(r, self.ctx.lang), r) for r in self.choices.regions], 2
        )
        v.addLayout(grid)
        v.addWidget(QLabel(self.tr("Province")))
        v.addWidget(self._province_tree())
        v.addWidget(QLabel(self.tr("Site status")))
        grid = QGridLayout()
        status = {
            "active": self.tr("Active"),
            "inactive": self.tr("Inactive"),
            "suspended": self.tr("Suspended"),
        }
        self.statuses = self._checks(
            grid, [(status.get(s, s), s) for s in self.choices.statuses], 2
        )
        v.addLayout(grid)
        return box

    def _province_tree(self) -> QTreeWidget:
        """Provinces under their programme region (a region's box ticks all of them),
        so a manager finds South Kivu by name instead of guessing that SK- codes are
        South Kivu; collapsed, it takes four lines."""
        tree = QTreeWidget()
        tree.setObjectName("provinceFilter")
        tree.setHeaderHidden(True)
        self.provinces: dict[str, QTreeWidgetItem] = {}
        regions: dict[str, QTreeWidgetItem] = {}
        for p in self.choices.provinces:
            top = regions.get(p.region)
            if top is None:
                top = QTreeWidgetItem([place_name(p.region, self.ctx.lang) or self.tr("No region")])
                top.setFlags(
                    top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
                )
                top.setCheckState(0, Qt.CheckState.Checked)
                tree.addTopLevelItem(top)
                regions[p.region] = top
            child = QTreeWidgetItem([place_name(p.name, self.ctx.lang)])
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(0, Qt.CheckState.Checked)
            child.setToolTip(
                0,
                self.tr("Province in {region}").format(region=place_name(p.region, self.ctx.lang))
                if p.region
                else place_name(p.name, self.ctx.lang),
            )
            top.addChild(child)
            self.provinces[p.name] = child
        rows = max(tree.topLevelItemCount(), 1) + 1
        tree.setMinimumHeight(rows * tree.fontMetrics().height() + 12)
        tree.setMaximumHeight(max(150, rows * tree.fontMetrics().height() + 12))
        tree.itemChanged.connect(lambda *_: self._changed())
        self.province_tree = tree
        return tree

    # -- state <-> widgets ---------------------------------------------------------------
    def show_state(self, state: FilterState) -> None:
        """Show a FilterState in the widgets (without applying it again)."""
        self._loading = True
        try:
            self.start.setDate(_qdate(state.start))
            self.end.setDate(_qdate(state.end))
            self.slider.setValue((state.end - self._slider_origin).days)
            self.period.setCurrentIndex(self.period.findData(self._quick_of(state)))
            self._show_named_period(state.start, state.end)
            self._tick(self.severity, state.severities)
            self._tick(self.minerals, state.minerals)
            self._tick(self.regions, state.regions)
            for name, item in self.provinces.items():
                item.setCheckState(
                    0,
                    Qt.CheckState.Checked
                    if not state.provinces or name in state.provinces
                    else Qt.CheckState.Unchecked,
                )
            self._tick(self.statuses, state.site_statuses)
            self.verified.setChecked(state.verified_only)
            for i in range(self.risks.topLevelItemCount()):
                top = self.risks.topLevelItem(i)
                cat = top.data(0, Qt.ItemDataRole.UserRole)[1]
                for j in range(top.childCount()):
                    child = top.child(j)
                    area = child.data(0, Qt.ItemDataRole.UserRole)[1]
                    on = (not state.risk_categories or cat in state.risk_categories) and (
                        not state.risk_areas or area in state.risk_areas
                    )
                    child.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self._loading = False

    @staticmethod
    def _tick(boxes: dict, chosen: frozenset) -> None:
        for key, box in boxes.items():
            box.setChecked(not chosen or key in chosen)

    def _quick_of(self, state: FilterState) -> str:
        period = (state.start, state.end)
        if period == tuple(self.ctx.filters.default_period):
            return REPORTING
        ref = self.reference()
        if period == this_month(ref):
            return THIS_MONTH
        if period == last_quarter_from(ref, self.today()):
            return LAST_QUARTER
        return CUSTOM

    def _show_named_period(self, start: dt.date, end: dt.date) -> None:
        """Show the quarter or year the period is (or "Quarter…", "Year…"), and what the
        figures are as of."""
        year, qn = start.year, (start.month + 2) // 3
        q = self.quarter.findData(f"{year}-{qn}")
        self.quarter.setCurrentIndex(q if q > 0 and quarter(year, qn) == (start, end) else 0)
        y = self.year.findData(start.year)
        self.year.setCurrentIndex(y if y > 0 and year_period(start.year) == (start, end) else 0)
        start, end = min(start, end), max(start, end)
        text = self.tr(
            "Figures count {start} to {end}; rates, statuses and alerts are as of {end}."
        ).format(start=date_text(start), end=date_text(end))
        last = self.choices.last_day
        if last is not None:
            text += " " + (
                self.tr("Data up to {last}.") if end <= last else self.tr("No data after {last}.")
            ).format(last=date_text(last))
        self.as_of.setText(text)

    @staticmethod
    def _chosen(boxes: dict, none_value: object) -> frozenset:
        on = [k for k, b in boxes.items() if b.isChecked()]
        if len(on) == len(boxes):
            return frozenset()
        return frozenset(on) if on else frozenset({none_value})

    def _chosen_provinces(self) -> frozenset:
        on = [
            n for n, item in self.provinces.items() if item.checkState(0) == Qt.CheckState.Checked
        ]
        if len(on) == len(self.provinces):
            return frozenset()
        return frozenset(on) if on else frozenset({NONE})

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
            self.ctx.filters.state,
            start=start,
            end=end,
            risk_categories=frozenset(),
            risk_areas=frozenset() if all_on else frozenset(areas or [NONE]),
            severities=self._chosen(self.severity, 0),
            verified_only=self.verified.isChecked(),
            minerals=self._chosen(self.minerals, NONE),
            regions=self._chosen(self.regions, NONE),
            provinces=self._chosen_provinces(),
            site_statuses=self._chosen(self.statuses, NONE),
        )

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
            self._show_named_period(start, end)
        finally:
            self._loading = False
        self._changed()

    def _on_quick_choice(self, _index: int) -> None:
        choice = self.period.currentData()
        ref = self.reference()
        if choice == THIS_MONTH:
            self._set_period(*this_month(ref))
        elif choice == LAST_QUARTER:
            self._set_period(*last_quarter_from(ref, self.today()))
        elif choice == REPORTING:
            self._set_period(*self.ctx.filters.default_period)

    def _on_quarter(self, index: int) -> None:
        chosen = self.quarter.itemData(index)
        if chosen and not self._loading:
            year, qn = (int(part) for part in chosen.split("-"))
            self._set_period(*quarter(year, qn))
            self.period.setCurrentIndex(self.period.findData(self._quick_of(self.state())))

    def _on_year(self, index: int) -> None:
        chosen = self.year.itemData(index)
        if chosen and not self._loading:
            self._set_period(*year_period(chosen))
            self.period.setCurrentIndex(self.period.findData(self._quick_of(self.state())))

    def _on_data_changed(self, tables: set) -> None:
        """New incidents or events may move the latest day with data."""
        if tables and not tables & DATA_TABLES:
            return
        self.choices = filter_choices(self.ctx.db, self.ctx.lang)
        self._loading = True
        try:
            self._fill_period_choices()
        finally:
            self._loading = False
        self.show_state(self.ctx.filters.state)

    def _on_dates_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self.slider.setValue((_date(self.end.date()) - self._slider_origin).days)
            self.period.setCurrentIndex(self.period.findData(CUSTOM))
            self._show_named_period(_date(self.start.date()), _date(self.end.date()))
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
            self._show_named_period(end - length, end)
        finally:
            self._loading = False
        self._changed()

    def reset(self) -> None:
        self.ctx.filters.set_state(self.ctx.filters.default_state)
        self.show_state(self.ctx.filters.state)
