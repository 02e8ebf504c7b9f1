"""Small pyqtgraph chart helpers for the dashboard: titled bar charts with text axes,
a target line, a legend, and export of each chart to PNG."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from bm_desktop.domain import colours
from bm_desktop.ui.theme import icon

pg.setConfigOptions(antialias=True, background="w", foreground="#424242")


class ChartPanel(QWidget):
    """A titled chart with an export button; subclasses draw into ``self.plot``."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.title = QLabel(f"<b>{title}</b>")
        self.header = QHBoxLayout()
        self.header.addWidget(self.title, 1)
        self.export_button = QToolButton()
        self.export_button.setIcon(icon("fa5s.file-image"))
        self.export_button.setToolTip(self.tr("Export this chart to PNG"))
        self.export_button.clicked.connect(self._ask_export)
        self.header.addWidget(self.export_button)
        self.plot = pg.PlotWidget()
        self.plot.setMinimumHeight(240)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.legend: pg.LegendItem | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.header)
        layout.addWidget(self.plot, 1)

    def clear(self) -> None:
        self.plot.clear()
        if self.legend is not None:
            scene = self.legend.scene()
            if scene is not None:
                scene.removeItem(self.legend)
            self.legend = None

    def add_legend(
        self, entries: Sequence[tuple[str, str]], offset=(-10, 10), columns: int = 1
    ) -> None:
        self.legend = pg.LegendItem(offset=offset, labelTextSize="8pt", colCount=columns)
        self.legend.setParentItem(self.plot.getPlotItem().vb)
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        for label, colour in entries:
            self.legend.addItem(pg.BarGraphItem(x=[0], height=[0], width=1, brush=colour), label)

    def export_png(self, path: Path | str) -> Path:
        """The panel (title and chart) as a PNG, as it looks on screen."""
        path = Path(path)
        pixmap = self.grab()
        pixmap.save(str(path), "PNG")
        return path

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), f"{self.name}.png", self.tr("PNG images (*.png)")
        )
        if path:
            self.export_png(path)


def text_axis(plot: pg.PlotWidget, side: str, labels: Sequence[str], step: int = 1) -> None:
    """Put ``labels`` at positions 0..n-1 of an axis (every ``step``-th one shown)."""
    axis = plot.getAxis(side)
    axis.setTicks([[(i, label) for i, label in enumerate(labels) if i % step == 0], []])
    font = QFont()
    font.setPointSize(8)
    axis.setStyle(tickFont=font)
    if side == "left" and labels:
        # pyqtgraph sizes the axis from the labels it has drawn so far and drops the
        # ones that do not fit; size it for the longest label up front.
        metrics = QFontMetrics(font)
        axis.setWidth(max(metrics.horizontalAdvance(label) for label in labels) + 14)


def horizontal_bars(
    panel: ChartPanel,
    labels: Sequence[str],
    values: Sequence[float],
    colours_: Sequence[str],
    value_text: Sequence[str],
    target: float | None = None,
    x_max: float | None = None,
) -> None:
    """One horizontal bar per label (first label at the top), with its value written."""
    plot = panel.plot
    n = len(labels)
    ys = [n - 1 - i for i in range(n)]
    plot.addItem(
        pg.BarGraphItem(
            x0=[0] * n,
            y=ys,
            height=0.7,
            width=list(values),
            brushes=[pg.mkBrush(c) for c in colours_],
            pen=pg.mkPen(None),
        )
    )
    for y, value, text in zip(ys, values, value_text, strict=True):
        item = pg.TextItem(text, color="#212121", anchor=(0, 0.5))
        item.setPos(value, y)
        plot.addItem(item)
    text_axis(plot, "left", list(reversed(labels)))
    top = x_max or max([*values, target or 0, 1]) * 1.15
    if target is not None:
        line = pg.InfiniteLine(
            pos=target, angle=90, pen=pg.mkPen(colours.TARGET, width=2, style=Qt.PenStyle.DashLine)
        )
        plot.addItem(line)
    plot.setXRange(0, top, padding=0)
    plot.setYRange(-0.6, n - 0.4, padding=0)
    plot.getPlotItem().showGrid(x=True, y=False, alpha=0.25)


def grouped_bars(
    panel: ChartPanel,
    groups: Sequence[str],
    series: Sequence[Sequence[float]],
    series_colours: Sequence[str],
    stacked: bool = False,
    label_step: int = 1,
    headroom: float = 1.18,
) -> list[tuple[float, float]]:
    """Vertical bars per group: side by side, or stacked. Returns each group's (x, top)."""
    plot = panel.plot
    n, k = len(groups), max(len(series), 1)
    width = 0.8 if stacked else 0.8 / k
    bottoms = [0.0] * n
    tops = [0.0] * n
    for j, values in enumerate(series):
        if stacked:
            xs = list(range(n))
            plot.addItem(
                pg.BarGraphItem(
                    x=xs,
                    y0=list(bottoms),
                    height=list(values),
                    width=width,
                    brush=series_colours[j],
                    pen=pg.mkPen("w", width=0.5),
                )
            )
            bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
            tops = bottoms
        else:
            xs = [i - 0.4 + width * (j + 0.5) for i in range(n)]
            plot.addItem(
                pg.BarGraphItem(
                    x=xs,
                    height=list(values),
                    width=width * 0.92,
                    brush=series_colours[j],
                    pen=pg.mkPen(None),
                )
            )
            tops = [max(t, v) for t, v in zip(tops, values, strict=True)]
    text_axis(plot, "bottom", groups, label_step)
    plot.setXRange(-0.6, n - 0.4, padding=0)
    plot.setYRange(0, max([*tops, 1]) * headroom, padding=0)
    return list(zip(range(n), tops, strict=True))
