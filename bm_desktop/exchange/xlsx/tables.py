"""Data sheets as Excel tables: header row, typed columns, widths, frozen header,
autofilter, conditional fills, print setup."""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from bm_desktop.exchange.text import Words
from bm_desktop.exchange.xlsx import styles as st
from bm_desktop.exchange.xlsx.stream import StreamSheet


@dataclass(frozen=True)
class Column:
    """One column of a data table. ``header`` is English, marked for translation."""

    key: str
    header: str
    width: float = 14
    style: st.CellStyle = st.TEXT
    hidden: bool = False
    internal: bool = False  # an internal id (UUID): in the sheet, never on paper


class DataTable:
    """Writes one Excel table on a :class:`StreamSheet`, row by row.

    The constructor sets widths, the frozen header and the print titles;
    ``first_row`` leaves room for a title block above the table.
    """

    def __init__(
        self,
        ws: StreamSheet,
        columns: Sequence[Column],
        words: Words,
        name: str,
        first_row: int = 1,
        freeze: bool = True,
        landscape: bool = True,
    ) -> None:
        self.ws, self.columns, self.words, self.name = ws, list(columns), words, name
        self.first_row = first_row
        self.headers = unique_headers([words.workbook(c.header) for c in self.columns])
        self.style_ids = [st.style_id(ws, c.style) for c in self.columns]
        self.header_id = st.style_id(ws, st.HEADER)
        self.rows = 0
        self._wrapped = [(i, c.width) for i, c in enumerate(self.columns) if c.style.wrap]
        for i, (col, header) in enumerate(zip(self.columns, self.headers, strict=True), start=1):
            dim = ws.column_dimensions[get_column_letter(i)]
            dim.width = max(col.width, header_word_width(header))
            if col.hidden:
                dim.hidden = True
            if col.internal:
                ws.internal_columns.add(i)
        if freeze:
            ws.freeze_panes = f"A{first_row + 1}"
        ws.print_title_rows = f"{first_row}:{first_row}"
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

    @property
    def last_column(self) -> str:
        return get_column_letter(len(self.columns))

    def letter(self, key: str) -> str:
        """The column letter of a column key."""
        return get_column_letter([c.key for c in self.columns].index(key) + 1)

    def write_header(self, height: float = 30) -> None:
        """The header row, tall enough for its longest wrapped header (bold text is
        wider: estimated on 85% of the column width)."""
        needed = row_height(
            self.headers,
            [
                (i, max(c.width, header_word_width(h)) * 0.85)
                for i, (c, h) in enumerate(zip(self.columns, self.headers, strict=True))
            ],
        )
        self.ws.write_row(
            self.headers, [self.header_id] * len(self.headers), height=max(height, needed or 0)
        )

    def write(self, values: Sequence[Any], styles: Sequence[int | None] | None = None) -> None:
        height = row_height(values, self._wrapped) if self._wrapped else None
        self.ws.write_row(values, styles or self.style_ids, height)
        self.rows += 1

    @property
    def data_ref(self) -> str:
        """The data cells (without the header), e.g. ``A2:T1001``."""
        last = self.first_row + max(self.rows, 1)
        return f"A{self.first_row + 1}:{self.last_column}{last}"

    def column_range(self, key: str) -> str:
        col = self.letter(key)
        return f"{col}{self.first_row + 1}:{col}{self.first_row + max(self.rows, 1)}"

    def finish(self, style: str = "TableStyleLight1") -> Table:
        """Close the table: a blank row if there was none (Excel needs one), then the
        table object with its autofilter."""
        if self.rows == 0:
            self.write([None] * len(self.columns))
        ref = f"A{self.first_row}:{self.last_column}{self.first_row + self.rows}"
        table = Table(
            displayName=self.name,
            ref=ref,
            autoFilter=AutoFilter(ref=ref),
            tableStyleInfo=TableStyleInfo(name=style, showRowStripes=True),
        )
        for i, header in enumerate(self.headers, start=1):
            table.tableColumns.append(TableColumn(id=i, name=header))
        with warnings.catch_warnings():  # columns are given: the sheet holds no cells
            warnings.simplefilter("ignore", UserWarning)
            self.ws.add_table(table)
        return table


def header_word_width(header: str) -> float:
    """The column width that holds the header's longest word on one line in bold (a
    French header such as "Événements" must not break as "Événement / s")."""
    longest = max((len(w) for w in header.split()), default=0)
    return round(longest * 1.2 + 2, 1)


def unique_headers(headers: Sequence[str]) -> list[str]:
    """Table headers must be unique and one line; repeated ones get a number."""
    seen: dict[str, int] = {}
    out = []
    for h in headers:
        h = re.sub(r"\s+", " ", h).strip() or "Column"
        n = seen.get(h.lower(), 0)
        seen[h.lower()] = n + 1
        out.append(h if n == 0 else f"{h} {n + 1}")
    return out


def table_name(text: str) -> str:
    """A valid Excel table name (letters, digits, underscores; starts with a letter)."""
    name = re.sub(r"\W", "_", text, flags=re.ASCII)
    if not name or not name[0].isalpha():
        name = "T_" + name
    return name[:250]


LINE_HEIGHT = 12.75  # points per line of 10-point Calibri


def row_height(values: Sequence[Any], wrapped: Sequence[tuple[int, float]]) -> float | None:
    """A row height that shows every line of the wrapped cells (spreadsheets do not grow
    rows on opening a file); None when one line is enough."""
    lines = 1
    for i, width in wrapped:
        value = values[i] if i < len(values) else None
        if not isinstance(value, str):
            continue
        per_line = int(max(width * 1.15 - 1, 4))
        if len(value) <= per_line and "\n" not in value:
            continue
        n = sum(max(1, -(-len(part) // per_line)) for part in value.split("\n"))
        lines = max(lines, n)
    return round(lines * LINE_HEIGHT + 2.25, 2) if lines > 1 else None
