"""The dashboard: headline figures and charts of the programme under the global filters.

Figures come from :mod:`bm_desktop.services.dashboard` (that is, the KPI code),
computed in a worker whenever the filters or the data change. Each chart can
be exported to PNG.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.domain import colours
from bm_desktop.services.dashboard import TARGET_RATE, DashboardFigures, dashboard_figures
from bm_desktop.services.kpis import GroupRate
from bm_desktop.ui import worker
from bm_desktop.ui.charts import ChartPanel, grouped_bars, horizontal_bars
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import date_text
from bm_desktop.ui.theme import count_text, percent_text

RELOAD_TABLES = {"incidents", "corrective_actions", "action_progress", "cap_meetings", "sites", "*"}
QUARTER_COLOURS = ("#B0BEC5", "#78909C", "#455A64", "#263238", "#90CAF9", "#1E88E5")
KIND_SERIES = (
    (QT_TRANSLATE_NOOP("Dashboard", "Recommended"), colours.ACTION_STATUS["recommended"]),
    (
        QT_TRANSLATE_NOOP("Dashboard", "Implemented or in progress"),
        colours.ACTION_STATUS["in_progress"],
    ),
    (
        QT_TRANSLATE_NOOP("Dashboard", "Delivered (implemented)"),
        colours.ACTION_STATUS["implemented"],
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


# Short names of the action kinds, so the chart's axis labels never overlap.
KIND_SHORT = {
    "training": QT_TRANSLATE_NOOP("Dashboard", "Training"),
    "awareness_campaign": QT_TRANSLATE_NOOP("Dashboard", "Awareness"),
    "infrastructure": QT_TRANSLATE_NOOP("Dashboard", "Infrastructure"),
    "governance": QT_TRANSLATE_NOOP("Dashboard", "Governance"),
    "engagement": QT_TRANSLATE_NOOP("Dashboard", "Engagement"),
    "other": QT_TRANSLATE_NOOP("Dashboard", "Other"),
}


def _kind(kind: str) -> str:
    return _tr(KIND_SHORT[kind]) if kind in KIND_SHORT else kind


class Card(QFrame):
    """One headline figure: a big number and what it is."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "Card { background: white; border: 1px solid #D5DBE3; border-radius: 4px; }"
        )
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1F3A5F;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: str, colour: str = "#1F3A5F", caption: str | None = None) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"font-size: 20pt; font-weight: bold; color: {colour};")
        if caption is not None:
            self.caption.setText(caption)


class Dashboard(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.figures: DashboardFigures | None = None
        self._generation = 0
        self.period_label = QLabel()
        self.cards = {
            "incidents": Card(self.tr("incidents recorded")),
            "recommended": Card(self.tr("actions recommended to date")),
            "implementing": Card(self.tr("implemented or in progress")),
            "rate": Card(self.tr("implementation rate (target 80%)")),
            "overdue": Card(self.tr("actions overdue at the period's end")),
            "child_labour": Card(self.tr("child-labour incidents")),
            "meetings": Card(self.tr("CAP meetings held to date")),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        self.rate_chart = ChartPanel(
            self.tr("Implementation rate against the 80% target"), "implementation_rate"
        )
        self.rate_grouping = QComboBox()
        for key, text in (
            ("region", self.tr("per region")),
            ("site", self.tr("per site")),
            ("risk_category", self.tr("per risk category")),
        ):
            self.rate_grouping.addItem(text, key)
        self.rate_grouping.currentIndexChanged.connect(lambda _i: self._draw_rates())
        self.rate_chart.header.insertWidget(1, self.rate_grouping)
        self.overdue_chart = ChartPanel(self.tr("Overdue actions per site"), "overdue_actions")
        self.monthly_chart = ChartPanel(
            self.tr("Incidents per month by risk category"), "incidents_per_month"
        )
        self.child_chart = ChartPanel(
            self.tr("Child-labour incidents per quarter, by site"), "child_labour_per_quarter"
        )
        self.kind_chart = ChartPanel(self.tr("Corrective actions by kind"), "actions_by_kind")
        grid = QGridLayout()
        grid.addWidget(self.rate_chart, 0, 0)
        grid.addWidget(self.child_chart, 0, 1)
        grid.addWidget(self.monthly_chart, 1, 0)
        grid.addWidget(self.kind_chart, 1, 1)
        grid.addWidget(self.overdue_chart, 2, 0, 1, 2)
        for row in range(3):
            grid.setRowMinimumHeight(row, 300)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.period_label)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._reload_if_shown)
        ctx.filters.changed.connect(lambda _s: self._timer.start())
        ctx.data.changed.connect(self._on_data_changed)

    @property
    def charts(self) -> list[ChartPanel]:
        return [
            self.rate_chart,
            self.child_chart,
            self.monthly_chart,
            self.kind_chart,
            self.overdue_chart,
        ]

    def _on_data_changed(self, tables: set) -> None:
        if not tables or tables & RELOAD_TABLES:
            self._timer.start()

    def _reload_if_shown(self) -> None:
        """Figures are only worth computing when someone looks at them."""
        if self.isVisible():
            self.reload()
        else:
            self.figures = None  # stale: recomputed when the dashboard is shown

    def reload(self, wait: bool = False) -> None:
        """Recompute the figures in a worker (``wait``: right here) and redraw."""
        self._generation += 1
        generation = self._generation
        filters = self.ctx.filters.state
        if wait:
            self.show_figures(dashboard_figures(self.ctx.db, filters))
            return
        job = worker.Worker(dashboard_figures, self.ctx.db, filters)
        job.signals.result.connect(
            lambda figures, g=generation: (
                self.show_figures(figures) if g == self._generation else None
            )
        )
        self._job = worker.start(job)

    # -- drawing --------------------------------------------------------------------------
    def _name(self, en: str, fr: str) -> str:
        return fr if self.ctx.lang == "fr" else en

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        h = figures.headline
        self.period_label.setText(
            "<b>"
            + self.tr("Programme figures, {start} to {end}").format(
                start=date_text(figures.period.start), end=date_text(figures.period.end)
            )
            + "</b>"
        )
        rate = h.actions.rate
        self.cards["incidents"].set(count_text(h.incidents))
        self.cards["recommended"].set(count_text(h.actions.recommended))
        self.cards["implementing"].set(count_text(h.actions.implementing))
        self.cards["rate"].set(percent_text(rate), colours.rate_colour(rate, TARGET_RATE))
        self.cards["overdue"].set(
            count_text(len(figures.overdue)), colours.OVERDUE if figures.overdue else "#1F3A5F"
        )
        cl = h.child_labour
        self.cards["child_labour"].set(
            count_text(cl.incidents),
            caption=self.tr("child-labour incidents, of which {n} WFCL").format(
                n=count_text(cl.wfcl_incidents)
            ),
        )
        self.cards["meetings"].set(count_text(h.meetings_held))
        self._draw_rates()
        self._draw_overdue()
        self._draw_monthly()
        self._draw_child_labour()
        self._draw_kinds()

    def rate_rows(self) -> list[tuple[str, GroupRate | None]]:
        """(label, group) rows of the rate chart: the programme first, then the grouping."""
        f = self.figures
        assert f is not None
        key = self.rate_grouping.currentData()
        groups = {
            "region": f.rate_by_region,
            "site": f.rate_by_site,
            "risk_category": f.rate_by_category,
        }[key]
        rows: list[tuple[str, GroupRate | None]] = [(self.tr("Programme"), None)]
        for g in groups:
            rows.append((g.key if key == "site" else self._name(g.name_en, g.name_fr), g))
        return rows

    def _draw_rates(self) -> None:
        f = self.figures
        if f is None:
            return
        chart = self.rate_chart
        chart.clear()
        labels, values, fills, texts = [], [], [], []
        for label, group in self.rate_rows():
            figures = f.headline.actions if group is None else group.figures
            value = 100 * (figures.rate or 0)
            labels.append(label)
            values.append(value)
            fills.append(colours.rate_colour(figures.rate, TARGET_RATE))
            # One decimal, so 79.7% is not shown as a green-looking 80%.
            texts.append(
                f" {percent_text(figures.rate, 1)} ({figures.implementing}/{figures.recommended})"
                if figures.rate is not None
                else f" {percent_text(None)}"
            )
        chart.plot.setMinimumHeight(max(240, 22 * len(labels)))
        horizontal_bars(chart, labels, values, fills, texts, target=100 * TARGET_RATE, x_max=125)
        chart.plot.setLabel("bottom", self.tr("% of actions recommended to date"))

    def _draw_overdue(self) -> None:
        f = self.figures
        assert f is not None
        chart = self.overdue_chart
        chart.clear()
        per_site: dict[str, int] = {}
        for a in f.overdue:
            per_site[a.site_code] = per_site.get(a.site_code, 0) + 1
        ranked = sorted(per_site.items(), key=lambda kv: (-kv[1], kv[0]))[:25]
        grouped_bars(chart, [k for k, _ in ranked], [[v for _, v in ranked]], [colours.OVERDUE])
        chart.plot.setLabel("left", self.tr("overdue actions"))

    def _draw_monthly(self) -> None:
        f = self.figures
        assert f is not None
        chart = self.monthly_chart
        chart.clear()
        series = [s.monthly for s in f.incidents_by_month]
        fills = [colours.RISK_CATEGORY.get(s.code, "#9E9E9E") for s in f.incidents_by_month]
        step = 1 if len(f.months) <= 12 else (len(f.months) + 11) // 12
        grouped_bars(
            chart, list(f.months), series, fills, stacked=True, label_step=step, headroom=1.5
        )
        chart.add_legend(
            [
                (self._name(s.name_en, s.name_fr), c)
                for s, c in zip(f.incidents_by_month, fills, strict=True)
            ],
            offset=(10, 5),
            columns=3,
        )
        chart.plot.setLabel("left", self.tr("incidents"))

    def _quarter_text(self, label: str) -> str:
        """A quarter of the figures ("2021 Q4") as the reader writes it ("T4 2021")."""
        year, q = label.split(" Q")
        return self.tr("{year} Q{q}").format(year=year, q=q)

    def _draw_child_labour(self) -> None:
        f = self.figures
        assert f is not None
        chart = self.child_chart
        chart.clear()
        sites = f.child_labour_by_site
        series = [[s.counts[q] for s in sites] for q in range(len(f.quarters))]
        fills = [QUARTER_COLOURS[i % len(QUARTER_COLOURS)] for i in range(len(f.quarters))]
        grouped_bars(chart, [s.site_code for s in sites], series, fills)
        quarters = [self._quarter_text(q) for q in f.quarters]
        chart.add_legend(list(zip(quarters, fills, strict=True)))
        self.drop_labels: list[str] = []
        drops = [(s, s.biggest_drop) for s in sites if s.biggest_drop is not None]
        if drops:
            site, (quarter, change) = min(drops, key=lambda d: d[1][1].difference)
            index = sites.index(site)
            text = self.tr("{site}: {before} → {after} ({quarter}, −{pct}%)").format(
                site=f"{site.site_code} {site.site_name}",
                before=change.before,
                after=change.after,
                quarter=quarters[quarter],
                pct=change.reduction_percent,
            )
            self.drop_labels.append(text)
            label = pg.TextItem(text, color=colours.OVERDUE, anchor=(0, 1))
            label.setPos(index - 0.3, max(site.counts) * 1.02)
            chart.plot.addItem(label)
        chart.plot.setLabel("left", self.tr("child-labour incidents"))

    def _draw_kinds(self) -> None:
        f = self.figures
        assert f is not None
        chart = self.kind_chart
        chart.clear()
        kinds = f.actions_by_kind
        series = [
            [k.recommended for k in kinds],
            [k.implementing for k in kinds],
            [k.delivered for k in kinds],
        ]
        grouped_bars(chart, [_kind(k.kind) for k in kinds], series, [c for _, c in KIND_SERIES])
        chart.add_legend([(_tr(t), c) for t, c in KIND_SERIES])
        chart.plot.setLabel("left", self.tr("actions"))


class DashboardDock(QDockWidget):
    """The dashboard, built the first time it is shown or asked for.

    It sits behind the actions tab at start; its five charts cost a tenth of the
    start-up, so the window does not pay for them until the tab is opened."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Dashboard"))
        self._dashboard: Dashboard | None = None
        self.setWidget(QWidget())
        self.visibilityChanged.connect(self._on_visible)

    @property
    def dashboard(self) -> Dashboard:
        if self._dashboard is None:
            self._dashboard = Dashboard(self.ctx)
            self.setWidget(self._dashboard)
        return self._dashboard

    def _on_visible(self, visible: bool) -> None:
        if visible and self.dashboard.figures is None:
            self.dashboard.reload()


def install(window: Any) -> DashboardDock:
    """The dashboard dock, added to ``window`` (kept as ``MainWindow.dashboard_dock``)."""
    return window.add_dock(
        "dashboardDock",
        DashboardDock(window.ctx),
        Qt.DockWidgetArea.BottomDockWidgetArea,
        tab_with="actionsDock",
    )
