"""The cover sheet every workbook opens on: what it is, for which period and filters,
how fresh the data is, when it was made and from what source, and what each sheet
holds (the habit of the RMI's reporting templates)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bm_desktop.domain.local_format import date_text
from bm_desktop.exchange.text import Words
from bm_desktop.exchange.xlsx import styles as st
from bm_desktop.exchange.xlsx.printing import setup_print
from bm_desktop.exchange.xlsx.stream import StreamSheet, new_sheet
from bm_desktop.exchange.xlsx.tables import row_height

LABEL_WIDTH, VALUE_WIDTH = 40, 90
WRAPPED = [(0, LABEL_WIDTH), (1, VALUE_WIDTH)]


@dataclass
class Cover:
    """What the cover sheet says; label texts are translated when written."""

    title: str
    purpose: str
    period: str
    filters: list[tuple[str, str]]
    last_sync: str
    generated_at: dt.datetime
    source: str
    contents: list[tuple[str, str]] = field(default_factory=list)  # sheet, what it holds
    notes: list[str] = field(default_factory=list)
    figures: list[tuple[str, Any]] = field(default_factory=list)  # label, value
    # Paper orientation of the sheets: "auto" (landscape where wide) or "one" (the same
    # for every sheet, as in the quarterly report).
    orientation: str = "auto"


def write_cover(wb: Any, cover: Cover, words: Words) -> StreamSheet:
    """Write the cover sheet and move it first (it is written last, once the contents
    are known)."""
    ws = new_sheet(wb, words.translate("ExchangeWorkbook", "Cover"))
    ws.sheet_view.showGridLines = False
    ws.column_dimensions["A"].width = LABEL_WIDTH
    ws.column_dimensions["B"].width = VALUE_WIDTH
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ids = {
        name: st.style_id(ws, style)
        for name, style in (
            ("title", st.TITLE),
            ("subtitle", st.SUBTITLE),
            ("label", st.LABEL.but(wrap=True)),
            ("value", st.WRAP),
            ("section", st.SECTION),
            ("note", st.NOTE.but(wrap=True)),
            ("wrap", st.WRAP),
            ("int", st.INT.but(halign="left")),
        )
    }

    def pair(label: str, value: Any, style: str = "value") -> None:
        if isinstance(value, int) and not isinstance(value, bool):
            style = "int"
        ws.write_row(
            [label, value], [ids["label"], ids[style]], row_height([label, value], WRAPPED)
        )

    def section(text: str) -> None:
        ws.write_row([])
        ws.write_row([text, None], [ids["section"], ids["section"]], height=18)

    translate = words.translate
    ws.write_row([cover.title], [ids["title"]], height=30)
    ws.write_row([cover.purpose], [ids["subtitle"]])
    ws.write_row([])
    pair(translate("ExchangeWorkbook", "Period"), cover.period)
    for label, value in cover.filters:
        pair(label, value)
    pair(translate("ExchangeWorkbook", "Data as of the last sync"), cover.last_sync)
    pair(
        translate("ExchangeWorkbook", "Generated at"),
        f"{date_text(cover.generated_at.date(), words.lang)} {cover.generated_at:%H:%M}",
    )
    pair(translate("ExchangeWorkbook", "Source"), cover.source)
    if cover.figures:
        section(translate("ExchangeWorkbook", "Key figures"))
        for label, value in cover.figures:
            pair(label, value)
    if cover.contents:
        section(translate("ExchangeWorkbook", "Contents"))
        for sheet, what in cover.contents:
            pair(sheet, what)
    if cover.notes:
        section(translate("ExchangeWorkbook", "Notes"))
        for note in cover.notes:
            ws.write_row([None, note], [None, ids["note"]], row_height([None, note], WRAPPED))
    move_first(wb, ws)
    # The cover is written last: every sheet is known, so all are set up for A4 now.
    setup_print(wb, cover.title, words.lang, cover.generated_at.date(), cover.orientation)
    return ws


def move_first(wb: Any, ws: Any) -> None:
    sheet = getattr(ws, "worksheet", ws)  # a StreamSheet's openpyxl sheet
    wb.move_sheet(sheet, -wb.index(sheet))
    wb.active = 0


def period_text(start: dt.date, end: dt.date, words: Words) -> str:
    return words.translate("ExchangeWorkbook", "{start} to {end}").format(
        start=date_text(start, words.lang), end=date_text(end, words.lang)
    )


def join(values: Sequence[str]) -> str:
    return ", ".join(values)
