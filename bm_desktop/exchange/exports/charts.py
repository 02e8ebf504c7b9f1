"""Charts in the programme's colours (the same colour for a risk category on the map,
in the app's charts and in the workbooks)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.marker import DataPoint
from openpyxl.chart.shapes import GraphicalProperties

from bm_desktop.exchange.xlsx.styles import hex6


def stacked_columns(
    ws: Any,
    title: str,
    y_title: str,
    first_row: int,
    last_row: int,
    first_col: int,
    last_col: int,
    colours: Sequence[str],
) -> BarChart:
    """A stacked column chart: one series per row (its name in column ``first_col - 1``),
    one column per sheet column between ``first_col`` and ``last_col`` (names in the
    row above ``first_row``)."""
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = title
    chart.y_axis.title = y_title
    chart.height, chart.width = 9, 18
    data = Reference(
        ws, min_col=first_col - 1, max_col=last_col, min_row=first_row, max_row=last_row
    )
    chart.add_data(data, from_rows=True, titles_from_data=True)
    chart.set_categories(
        Reference(
            ws, min_col=first_col, max_col=last_col, min_row=first_row - 1, max_row=first_row - 1
        )
    )
    for series, colour in zip(chart.series, colours, strict=False):
        series.graphicalProperties = GraphicalProperties(solidFill=hex6(colour))
        series.graphicalProperties.line.solidFill = hex6(colour)
    chart.legend.position = "r"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    return chart


def bars(
    ws: Any,
    title: str,
    y_title: str,
    label_col: int,
    value_col: int,
    first_row: int,
    last_row: int,
    colour: str,
    percent: bool = False,
    point_colours: Sequence[str] = (),
) -> BarChart:
    """Plain columns of one value per row (e.g. the implementation rate per region);
    ``point_colours`` colours each column (the rate colours of the map)."""
    chart = BarChart()
    chart.type = "col"
    chart.title = title
    chart.y_axis.title = y_title
    chart.height, chart.width = 8, 16
    chart.add_data(
        Reference(ws, min_col=value_col, min_row=first_row - 1, max_row=last_row),
        titles_from_data=True,
    )
    chart.set_categories(Reference(ws, min_col=label_col, min_row=first_row, max_row=last_row))
    chart.series[0].graphicalProperties = GraphicalProperties(solidFill=hex6(colour))
    for i, point_colour in enumerate(point_colours):
        point = DataPoint(idx=i)
        point.graphicalProperties = GraphicalProperties(solidFill=hex6(point_colour))
        chart.series[0].dPt.append(point)
    if percent:
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 1
        chart.y_axis.number_format = "0%"
        chart.y_axis.majorUnit = 0.2
    chart.legend = None
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    return chart
