"""The CAP meetings dock: a calendar of meetings per region and month (held, planned,
cancelled, in colour) with the gaps in red, and the way into the agenda builder
and "prepare all agendas for a region and a month"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain import colours
from bm_desktop.domain.filters import FilterState
from bm_desktop.domain.kpi import month_key
from bm_desktop.exchange import agenda_workbook
from bm_desktop.services import meetings
from bm_desktop.services.meetings_overview import MeetingsOverview, OverviewSite
from bm_desktop.ui import worker
from bm_desktop.ui.agenda_model import bold_font
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import date_text
from bm_desktop.ui.locale_text import place_text
from bm_desktop.ui.theme import icon

GAP_BG = "#FDECEA"
REGION_BG = "#E3E9F1"
SITE_WIDTH, MONTH_WIDTH, LAST_HELD_WIDTH = 230, 118, 96  # px; wide enough for "2 held · 1 planned"


class OverviewModel(QAbstractTableModel):
    """Rows: each region (with counts per month), then its sites; columns: site, months,
    last meeting held, gaps."""

    def __init__(self) -> None:
        super().__init__()
        self.overview: MeetingsOverview | None = None
        self.rows: list[str | OverviewSite] = []

    def set_overview(self, overview: MeetingsOverview) -> None:
        self.beginResetModel()
        self.overview = overview
        self.rows = []
        for region in overview.regions:
            self.rows.append(region)
            self.rows.extend(s for s in overview.sites if s.region == region)
        self.endResetModel()

    @property
    def months(self) -> list[str]:
        return self.overview.months if self.overview else []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.months) + 3

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Site")
        if section <= len(self.months):  # "2022-04" as the reader's "avr. 2022"
            year, month = self.months[section - 1].split("-")
            return QLocale().toString(QDate(int(year), int(month), 1), "MMM yyyy")
        return self.tr("Last held") if section == len(self.months) + 1 else self.tr("Gaps")

    def site_at(self, row: int) -> OverviewSite | None:
        value = self.rows[row] if 0 <= row < len(self.rows) else None
        return value if isinstance(value, OverviewSite) else None

    def month_at(self, column: int) -> str | None:
        return self.months[column - 1] if 1 <= column <= len(self.months) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self.rows[index.row()]
        col = index.column()
        if isinstance(value, str):
            return self._region_data(value, col, role)
        return self._site_data(value, col, role)

    def _status_text(self, status: str) -> str:
        return {
            "held": self.tr("held"),
            "planned": self.tr("planned"),
            "cancelled": self.tr("cancelled"),
        }.get(status, status)

    def _region_data(self, region: str, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(REGION_BG))
        if role == Qt.ItemDataRole.FontRole:
            return bold_font()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return place_text(region)
        month = self.month_at(col)
        if month and self.overview:
            counts = self.overview.counts(region, month)
            return " · ".join(
                f"{counts[s]} {self._status_text(s)}"
                for s in ("held", "planned", "cancelled")
                if counts.get(s)
            )
        if col == len(self.months) + 2 and self.overview:
            n = sum(1 for g in self.overview.gaps if g.region == region)
            return self.tr("{n} gap(s)").format(n=n) if n else ""
        return None

    def _gap_text(self, site: OverviewSite) -> str:
        texts = []
        for gap in self.overview.gaps_of(site.code) if self.overview else []:
            if gap.kind == "no_meeting":
                texts.append(self.tr("no meeting this month"))
            elif gap.kind == "never":
                texts.append(self.tr("never met"))
            else:
                texts.append(self.tr("last held {n} days ago").format(n=gap.days))
        return self.tr("; ").join(texts)  # French puts a (narrow) space before the ";"

    def _site_data(self, site: OverviewSite, col: int, role: int) -> Any:
        month = self.month_at(col)
        cell = site.cells.get(month) if month else None
        this_month = self.overview.this_month if self.overview else ""
        gap_here = month == this_month and any(
            g.kind == "no_meeting" for g in self.overview.gaps_of(site.code)
        )
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{site.code}  {site.name}"
            if cell is not None:
                day = f" {cell.day:%d}" if cell.day else ""
                return f"{self._status_text(cell.status)}{day}"
            if gap_here:
                return self.tr("none planned")
            if col == len(self.months) + 1:
                return date_text(site.last_held_on) if site.last_held_on else "—"
            if col == len(self.months) + 2:
                return self._gap_text(site)
            return ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell is not None:
                return QBrush(QColor(colours.MEETING_STATUS.get(cell.status, "#FFFFFF")))
            if gap_here or (col == len(self.months) + 2 and self._gap_text(site)):
                return QBrush(QColor(GAP_BG))
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell is not None:
                return QBrush(QColor("#FFFFFF"))
            if gap_here or col == len(self.months) + 2:
                return QBrush(QColor(colours.OVERDUE))
            if not site.active and col == 0:
                return QBrush(QColor(colours.STATUS["inactive"]))
        if role == Qt.ItemDataRole.TextAlignmentRole and month:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class MeetingsDock(QDockWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("CAP meetings"))
        self.model = OverviewModel()
        self.region = QComboBox()
        self.region.addItem(self.tr("All regions"), None)
        from bm_desktop.services.kpis import region_names

        for name in region_names(ctx.db):
            self.region.addItem(place_text(name), name)
        self.region.currentIndexChanged.connect(lambda *_: self.reload())
        self.as_of_label = QLabel()
        self.agenda_button = QPushButton(icon("fa5s.list-ol"), self.tr("Agenda…"))
        self.agenda_button.clicked.connect(self.open_selected_agenda)
        self.prepare_button = QPushButton(
            icon("fa5s.file-excel"), self.tr("Prepare all agendas of the region…")
        )
        self.prepare_button.clicked.connect(lambda: self.prepare_region())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Region")))
        bar.addWidget(self.region)
        bar.addWidget(self.as_of_label, 1)
        bar.addWidget(self.agenda_button)
        bar.addWidget(self.prepare_button)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        # Fixed widths: sizing to contents would measure every cell of the calendar.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(MONTH_WIDTH)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(
            lambda index: self.open_agenda_at(index.row(), index.column())
        )
        legend = QLabel(self._legend())
        legend.setTextFormat(Qt.TextFormat.RichText)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(legend)
        self.setWidget(body)
        ctx.filters.changed.connect(self._on_filters_changed)
        ctx.data.changed.connect(self._on_data_changed)
        getattr(parent, "when_ready", lambda fn: fn())(self.reload)

    def _legend(self) -> str:
        chips = [
            (colours.MEETING_STATUS["held"], self.tr("held")),
            (colours.MEETING_STATUS["planned"], self.tr("planned")),
            (colours.MEETING_STATUS["cancelled"], self.tr("cancelled")),
            (colours.OVERDUE, self.tr("gap: no meeting this month, or last one over 45 days ago")),
        ]
        return (
            " &nbsp; ".join(f'<span style="color:{c}">■</span> {t}' for c, t in chips)
            + " &nbsp; "
            + self.tr("Double-click a cell to open its agenda.")
        )

    @property
    def as_of(self) -> dt.date:
        """The calendar's "today": the end of the filter period (the data's own time)."""
        return self.ctx.filters.state.end

    def reload(self) -> None:
        region = self.region.currentData()
        overview = meetings.meetings_overview(
            self.ctx.db, self.as_of, regions=frozenset({region}) if region else None
        )
        self.model.set_overview(overview)
        header = self.view.horizontalHeader()
        header.resizeSection(0, SITE_WIDTH)
        header.resizeSection(len(overview.months) + 1, LAST_HELD_WIDTH)
        gaps = len({g.site_code for g in overview.gaps})
        self.as_of_label.setText(
            self.tr("As of {date}: {n} site(s) with a gap").format(
                date=date_text(self.as_of), n=gaps
            )
        )

    def _on_filters_changed(self, _state: FilterState) -> None:
        self.reload()

    def _on_data_changed(self, tables: set) -> None:
        if not tables or tables & {"cap_meetings", "sites", "agenda_items"}:
            self.reload()

    def open_selected_agenda(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.open_agenda_at(index.row(), index.column())

    def open_agenda_at(self, row: int, column: int):
        site = self.model.site_at(row)
        if site is None:
            return None
        month = self.model.month_at(column) or month_key(self.as_of)
        return self.open_agenda(site.code, month)

    def open_agenda(self, site_code: str, month: str):
        from bm_desktop.ui.agenda_builder import AgendaBuilder

        dialog = AgendaBuilder(self.ctx, site_code, month, self)
        self.agenda_dialog = dialog
        dialog.meeting_saved.connect(self.reload)
        dialog.show()
        return dialog

    def prepare_region(self, path: str | None = None, month: str | None = None):
        """Write every agenda of the chosen region for the month, in a worker."""
        region = self.region.currentData()
        if region is None:
            self.as_of_label.setText(self.tr("Choose a region first."))
            return None
        month = month or month_key(self.as_of)
        if path is None:
            suggested = str(Path.home() / f"CAP_agendas_{region}_{month}.xlsx")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Prepare all agendas"), suggested, self.tr("Excel workbook (*.xlsx)")
            )
            if not path:
                return None
        progress = QProgressDialog(
            self.tr("Preparing the agendas of {region}, {month}…").format(
                region=region, month=month
            ),
            self.tr("Cancel"),
            0,
            100,
            self,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        job = worker.Worker(
            agenda_workbook.write_region_agendas,
            self.ctx.db,
            region,
            month,
            Path(path),
            self.ctx.lang,
        )
        job.signals.progress.connect(
            lambda done, total, site: self._agenda_step(progress, region, month, done, total, site)
        )
        job.signals.result.connect(
            lambda result: self.as_of_label.setText(
                self.tr("Written: {path} ({n} sites)").format(path=result[0], n=result[1])
            )
        )
        job.signals.finished.connect(progress.reset)
        progress.canceled.connect(job.cancel)
        self.region_job, self.region_progress = job, progress
        worker.start(job)
        return job

    def _agenda_step(
        self, progress: QProgressDialog, region: str, month: str, done: int, total: int, site: str
    ) -> None:
        """One site's agenda written. A step still on its way after Cancel must not show
        the dialog again; ``setValue`` comes last because on a shown modal dialog it runs
        the event loop, where the work's end resets the dialog."""
        if progress.wasCanceled():
            return
        progress.setMaximum(max(total, 1))
        progress.setLabelText(
            self.tr("Preparing the agendas of {region}, {month}… {site}").format(
                region=region, month=month, site=site
            )
        )
        progress.setValue(done)


def install(window: Any) -> MeetingsDock:
    """The CAP meetings dock, added to ``window`` (kept as ``MainWindow.meetings_dock``)."""
    dock = MeetingsDock(window.ctx, window)
    tab_with = "sitesDock" if "sitesDock" in window.docks else None
    return window.add_dock(
        "meetingsDock", dock, Qt.DockWidgetArea.BottomDockWidgetArea, tab_with=tab_with
    )
