"""Writing the small summary sheets (score cards, reports): a title block, label/value
pairs and little tables, on a streaming sheet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bm_desktop.exchange.xlsx import styles as st
from bm_desktop.exchange.xlsx.stream import StreamSheet

RATE_FORMAT = st.PERCENT


class SummarySheet:
    """Row-by-row writer that remembers where things went (for conditional formats)."""

    def __init__(self, ws: StreamSheet, widths: Sequence[float]) -> None:
        self.ws = ws
        self.row = 0
        ws.sheet_view.showGridLines = False
        for i, width in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + i)].width = width
        ws.page_setup.orientation = "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ids = {
            name: st.style_id(ws, style)
            for name, style in (
                ("title", st.TITLE),
                ("subtitle", st.SUBTITLE),
                ("label", st.LABEL),
                ("text", st.TEXT),
                ("wrap", st.WRAP),
                ("int", st.INT),
                ("percent", st.RATE),
                ("section", st.SECTION),
                ("header", st.HEADER),
                ("note", st.NOTE),
                ("bold_int", st.INT.but(bold=True)),
                ("bold_percent", st.RATE.but(bold=True)),
                ("bold", st.LABEL),
                ("date", st.DATE),
                ("value_int", st.INT.but(halign="left")),
                ("value_percent", st.PERCENT.but(halign="left")),
            )
        }

    def write(
        self, values: Sequence[Any], styles: Sequence[str | None] = (), height: float | None = None
    ) -> int:
        ids = [self.ids[s] if s else None for s in styles] if styles else None
        self.ws.write_row(list(values), ids, height)
        self.row += 1
        return self.row

    def blank(self) -> None:
        self.write([])

    def title(self, text: str, subtitle: str | None = None) -> None:
        self.write([text], ["title"], height=28)
        if subtitle:
            self.write([subtitle], ["subtitle"])

    def section(self, text: str, width: int) -> int:
        return self.write([text] + [None] * (width - 1), ["section"] * width, height=18)

    def header(self, values: Sequence[str]) -> int:
        return self.write(values, ["header"] * len(values), height=30)

    def pair(self, label: str, value: Any) -> int:
        if isinstance(value, float):
            kind = "value_percent"
        elif isinstance(value, int):
            kind = "value_int"
        else:
            kind = "text"
        return self.write([label, value], ["label", kind])

    def figures(
        self, label: str, values: Sequence[Any], kinds: Sequence[str], bold: bool = False
    ) -> int:
        styles = ["bold" if bold else "text"] + [("bold_" if bold else "") + k for k in kinds]
        return self.write([label, *values], styles)

    def note(self, text: str) -> int:
        return self.write([text], ["note"])
