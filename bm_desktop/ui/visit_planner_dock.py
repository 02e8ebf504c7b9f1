"""The Visit planner dock: the chosen region's or province's sites ranked by need, each
with why (every contributing factor and its points); a trip from a start town over N
days drawn on the map, saved as an itinerary workbook, PDF, GPX or KML, and recorded
as visits afterwards (:mod:`bm_desktop.ui.visit_record_dialog`).

Ranking and planning run in workers; the weights come from the settings
(``planner/*``, declared in ui/settings.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain.errors import BmError, error_text
from bm_desktop.domain.visit_priority import FACTOR_TEXT, PriorityWeights, RankedSite
from bm_desktop.services import choices
from bm_desktop.services.trip_planner import (
    REGIONAL_OFFICES,
    ExcludedArea,
    TripPlan,
    TripRequest,
    plan_trip,
)
from bm_desktop.services.visit_priorities import PlannerArea, ranked_sites
from bm_desktop.ui import worker
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import TypedDateEdit, date_text
from bm_desktop.ui.locale_text import place_text
from bm_desktop.ui.map.trip import TripLayer
from bm_desktop.ui.settings import Settings

REGION_OFFICE = {
    "Eastern DRC": "Goma",
    "Lualaba": "Kolwezi",
    "Haut-Katanga": "Lubumbashi",
    "Rwanda": "Kigali",
}


def priority_weights(settings: Settings) -> PriorityWeights:
    """The ranking weights as the user set them."""
    g = settings.get
    return PriorityWeights(
        unverified_severe=g("planner/weight_unverified_severe"),
        wfcl=g("planner/weight_wfcl"),
        overdue_actions=g("planner/weight_overdue_actions"),
        visit_due=g("planner/weight_visit_due"),
        cap_meeting=g("planner/weight_cap_meeting"),
        security_alerts=g("planner/weight_security_alerts"),
        target_interval_days=g("planner/target_interval_days"),
    )


def why_text(ranked: RankedSite) -> str:
    return "; ".join(
        QCoreApplication.translate(
            "VisitPlannerDock", "{factor} ({amount:g}): {points:g} pts"
        ).format(
            factor=QCoreApplication.translate("VisitPriority", FACTOR_TEXT[f.key]),
            amount=f.amount,
            points=f.points,
        )
        for f in ranked.factors
    )


def leave_out(text: str) -> tuple[list[str], list[ExcludedArea]]:
    """Site codes and areas ("lon,lat,km") typed in the Leave out box, ';'-separated."""
    codes, areas = [], []
    for part in (p.strip() for p in text.split(";")):
        numbers = part.split(",")
        if len(numbers) == 3:
            try:
                areas.append(ExcludedArea(*(float(v) for v in numbers)))
                continue
            except ValueError:
                pass
        codes += [c.strip() for c in numbers if c.strip()]
    return codes, areas


def town_position(text: str) -> tuple[float, float] | None:
    """An edited start town typed as "lon, lat" (None: a town name)."""
    parts = text.split(",")
    if len(parts) != 2:
        return None
    try:
        return float(parts[0]), float(parts[1])
    except ValueError:
        return None


class VisitPlannerDock(QDockWidget):
    def __init__(self, ctx: AppContext, window: Any = None) -> None:
        super().__init__()
        self.ctx, self.window = ctx, window
        self.setWindowTitle(self.tr("Visit planner"))
        self.ranked: list[RankedSite] = []
        self.plan: TripPlan | None = None
        self.layer: TripLayer | None = None
        self._jobs: list[worker.Worker] = []
        self._gen = 0
        self.area = QComboBox()
        self.start_town = QComboBox()
        self.start_town.setEditable(True)
        self.start_town.addItems(list(REGIONAL_OFFICES))
        self.first_day = TypedDateEdit()
        self.first_day.setDate(QDate.currentDate())
        self.days = QSpinBox(minimum=1, maximum=14, value=3)
        self.drive_hours = QDoubleSpinBox(minimum=1, maximum=16, value=6, singleStep=0.5)
        self.on_site = QSpinBox(minimum=0, maximum=600, value=120, singleStep=15)
        self.top = QSpinBox(minimum=1, maximum=50, value=10)
        self.overnight = QCheckBox(self.tr("Nights at the last site of the day"))
        self.leave_out = QLineEdit()
        self.leave_out.setPlaceholderText(
            self.tr("site codes, and areas as lon,lat,km; separated by ;")
        )
        self.roads: Path | None = None
        self.roads_button = QPushButton(self.tr("Road network…"))
        self.plan_button = QPushButton(self.tr("Plan the trip"))
        self.save_button = QPushButton(self.tr("Save…"))
        self.record_button = QPushButton(self.tr("Record the visits…"))
        for b in (self.save_button, self.record_button):
            b.setEnabled(False)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Site"), self.tr("Priority"), self.tr("Why")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QTextBrowser()
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Region or province"), self.area)
        form.addRow(self.tr("Start town"), self.start_town)
        form.addRow(self.tr("First day"), self.first_day)
        form.addRow(self.tr("Days"), self.days)
        form.addRow(self.tr("Driving hours per day"), self.drive_hours)
        form.addRow(self.tr("Minutes on site"), self.on_site)
        form.addRow(self.tr("Top N sites (or tick sites)"), self.top)
        form.addRow("", self.overnight)
        form.addRow(self.tr("Leave out"), self.leave_out)
        buttons = QGridLayout()  # two by two: the dock stays as narrow as Site details
        for k, b in enumerate(
            (self.plan_button, self.roads_button, self.save_button, self.record_button)
        ):
            buttons.addWidget(b, k // 2, k % 2)
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        lay.addWidget(self.table, 2)
        lay.addWidget(self.summary, 1)
        self.table.setMinimumHeight(160)
        scroll = QScrollArea()  # a small window scrolls the planner instead of growing
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(box)
        self.setWidget(scroll)
        getattr(window, "when_ready", lambda fn: fn())(self._fill_areas)
        self.area.currentIndexChanged.connect(self._on_area_changed)
        self.first_day.dateChanged.connect(lambda _d: self.rank())
        self.days.valueChanged.connect(lambda _v: self.rank())
        self.plan_button.clicked.connect(self.plan_trip)
        self.roads_button.clicked.connect(self._choose_roads)
        self.save_button.clicked.connect(self._save)
        self.record_button.clicked.connect(self._record)
        ctx.data.changed.connect(self._on_data_changed)

    # -- choices -------------------------------------------------------------------------
    def _fill_areas(self) -> None:
        regions = choices.regions(self.ctx.db)
        provinces = choices.provinces_with_sites(self.ctx.db)
        self.area.blockSignals(True)
        self.area.clear()
        for name in regions:
            self.area.addItem(place_text(name), ("region", name))
        for name in provinces:
            self.area.addItem(
                self.tr("{province} (province)").format(province=place_text(name)),
                ("province", name),
            )
        self.area.setCurrentIndex(-1)
        self.area.blockSignals(False)

    def choose_area(self, name: str) -> None:
        """Choose a region or province by name (as the combo box shows it)."""
        self.area.setCurrentIndex(self.area.findText(name))

    def chosen_area(self) -> PlannerArea | None:
        data = self.area.currentData()
        if not data:
            return None
        kind, name = data
        return PlannerArea(region=name) if kind == "region" else PlannerArea(province=name)

    def _on_area_changed(self, _index: int) -> None:
        data = self.area.currentData()
        if data and data[0] == "region" and data[1] in REGION_OFFICE:
            self.start_town.setCurrentText(REGION_OFFICE[data[1]])
        self.rank()

    def _on_data_changed(self, tables: set) -> None:
        if tables & {
            "site_visits",
            "incidents",
            "action_progress",
            "corrective_actions",
            "cap_meetings",
            "security_events",
            "sites",
            "*",
        }:
            self.rank()

    def _choose_roads(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Road network"), "", self.tr("Road lines (*.gpkg *.shp *.geojson *.json)")
        )
        self.roads = Path(name) if name else None
        self.roads_button.setText(
            self.tr("Roads: {name}").format(name=self.roads.name)
            if self.roads
            else self.tr("Road network…")
        )

    # -- ranking -------------------------------------------------------------------------
    def _first_day(self) -> dt.date:
        return self.first_day.date().toPython()

    def rank(self) -> None:
        area = self.chosen_area()
        if area is None:
            return
        self._gen += 1
        gen, db = self._gen, self.ctx.db
        first, days = self._first_day(), self.days.value()
        weights = priority_weights(self.ctx.settings)
        job = worker.Worker(lambda: ranked_sites(db, area, first, days, weights)[0])
        job.signals.result.connect(lambda res, g=gen: self._show_ranking(g, res))
        job.signals.error.connect(lambda exc: self.status.setText(error_text(exc, self.ctx.lang)))
        self._jobs = self._jobs[-8:] + [job]
        worker.start(job)

    def _show_ranking(self, gen: int, ranked: list[RankedSite]) -> None:
        if gen != self._gen:
            return
        self.ranked = ranked
        self.table.setRowCount(len(ranked))
        for row, r in enumerate(ranked):
            code = QTableWidgetItem(r.facts.code)
            code.setFlags(code.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            code.setCheckState(Qt.CheckState.Unchecked)
            if r.risk:
                code.setToolTip(self.tr("Security events nearby: plan with care"))
            score = QTableWidgetItem(QLocale().toString(float(r.score), "g", 6))
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col, item in enumerate(
                (code, QTableWidgetItem(r.facts.name), score, QTableWidgetItem(why_text(r)))
            ):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self.status.setText(
            self.tr("{n} sites ranked for a trip from {date}.").format(
                n=len(ranked), date=date_text(self._first_day())
            )
        )

    def ticked_codes(self) -> list[str]:
        return [
            self.table.item(r, 0).text()
            for r in range(self.table.rowCount())
            if self.table.item(r, 0).checkState() == Qt.CheckState.Checked
        ]

    # -- planning ------------------------------------------------------------------------
    def request(self) -> TripRequest | None:
        area = self.chosen_area()
        if area is None:
            return None
        codes = self.ticked_codes()
        codes_out, areas = leave_out(self.leave_out.text())
        town = self.start_town.currentText().strip()
        return TripRequest(
            area,
            town,
            self._first_day(),
            self.days.value(),
            drive_hours=self.drive_hours.value(),
            work_hours=max(10.0, self.drive_hours.value()),
            on_site_minutes=self.on_site.value(),
            site_codes=codes,
            top=None if codes else self.top.value(),
            roads=self.roads,
            overnight=self.overnight.isChecked(),
            exclude_codes=codes_out,
            exclude_areas=areas,
            start_position=town_position(town),
        )

    def plan_trip(self) -> None:
        req = self.request()
        if req is None:
            self.status.setText(self.tr("Choose a region or a province first."))
            return
        db, weights = self.ctx.db, priority_weights(self.ctx.settings)
        self.plan_button.setEnabled(False)
        self.status.setText(self.tr("Planning…"))
        job = worker.Worker(lambda: plan_trip(db, req, weights))
        job.signals.result.connect(self._show_plan)
        job.signals.error.connect(self._plan_failed)
        self._jobs = self._jobs[-8:] + [job]
        worker.start(job)

    def _plan_failed(self, exc: BaseException) -> None:
        self.plan_button.setEnabled(True)
        self.status.setText(error_text(exc, self.ctx.lang))

    def _show_plan(self, plan: TripPlan) -> None:
        from bm_desktop.exchange.trip_text import clock, plan_text

        self.plan_button.setEnabled(True)
        self.plan = plan
        self.save_button.setEnabled(bool(plan.stops))
        self.record_button.setEnabled(bool(plan.stops))
        lines = []
        for d, day in enumerate(plan.days, start=1):
            stops = " → ".join(f"{s.site.code} {clock(s.arrive)}" for s in day.stops)
            lines.append(
                self.tr("Day {n} ({date}): {stops}").format(
                    n=d, date=date_text(day.day), stops=stops or self.tr("no visit")
                )
            )
            if day.overnight_at:
                lines[-1] += " · " + self.tr("night at {site}").format(site=day.overnight_at)
        if plan.not_fitting:
            lines.append(
                self.tr("Do not fit: {codes}").format(
                    codes=", ".join(s.code for s in plan.not_fitting)
                )
            )
        flagged = sum(1 for d in plan.days for leg in d.legs if leg.events)
        if flagged:
            lines.append(self.tr("{n} leg(s) pass near a security event.").format(n=flagged))
        lines.append(
            self.tr("Travel times: {method}").format(
                method=plan_text(plan.method, plan.method_params, self.ctx.lang)
            )
        )
        self.summary.setPlainText("\n".join(lines))
        self.status.setText(
            self.tr("{n} site(s) in {days} day(s), {km} km.").format(
                n=len(plan.stops), days=len(plan.days), km=round(plan.km)
            )
        )
        self._draw(plan)

    def _draw(self, plan: TripPlan) -> None:
        canvas = getattr(self.window, "map_canvas", None)
        if canvas is None:
            return
        if self.layer is None:
            self.layer = TripLayer()
            canvas.add_layer(self.layer)
            canvas.apply_order(["trip", *(k for k in canvas.order() if k != "trip")])
        self.layer.set_plan(plan)
        rect = self.layer.bounds()
        if rect is not None:
            canvas.set_view(rect)

    # -- outputs -------------------------------------------------------------------------
    def _save(self) -> None:
        if self.plan is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the trip"),
            "trip.xlsx",
            self.tr(
                "Itinerary workbook (*.xlsx);;PDF trip sheet (*.pdf);;GPX (*.gpx);;KML (*.kml)"
            ),
        )
        if name:
            self.save(Path(name))

    def save(self, path: Path) -> Path | None:
        from bm_desktop.commands.plan import FORMATS, write_plan

        if path.suffix.lower() not in FORMATS:
            path = path.with_suffix(".xlsx")
        try:
            map_png = None
            if path.suffix.lower() == ".pdf":  # the presentation map of the trip
                from bm_desktop.exchange.trip_pdf import MAP_BOX
                from bm_desktop.ui.map.trip_print import render_trip_map

                map_png = render_trip_map(self.ctx, self.plan, MAP_BOX[2], MAP_BOX[3])
            return write_plan(self.ctx.db, self.plan, path, self.ctx.lang, map_png)
        except (BmError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Save the trip"), error_text(exc, self.ctx.lang))
            return None

    def _record(self) -> None:
        from bm_desktop.ui.visit_record_dialog import VisitRecordDialog

        if self.plan is not None:
            VisitRecordDialog(self.ctx, self.plan, self).open()


def install(window: Any) -> VisitPlannerDock:
    """The visit planner dock, added to ``window`` (``MainWindow.visit_planner_dock``)."""
    return window.add_dock(
        "visitPlannerDock",
        VisitPlannerDock(window.ctx, window),
        Qt.DockWidgetArea.RightDockWidgetArea,
        tab_with="siteDetailsDock",
    )
