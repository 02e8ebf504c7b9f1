"""Streamed workbooks: sheets whose rows go straight to a side file as XML text.

openpyxl's write-only mode keeps memory flat, but it builds a cell object per value and
serialises it through a nested element per cell; 100,000 incidents took about as long
as ``pandas.DataFrame.to_excel``. A :class:`StreamSheet` writes each row as one
``<row>`` element of text (:mod:`~bm_desktop.exchange.xlsx.rows_xml`, every text
through the one cell writer) into a temporary side file, and keeps an ordinary openpyxl
worksheet, holding no cells, for everything around the rows (column widths, frozen
panes, tables, validation, conditional formats, charts, page set-up).
:meth:`StreamingWorkbook.save` lets openpyxl save that workbook through its public
``save`` and then copies the package, writing each sheet's rows into its empty
``<sheetData>`` (:mod:`~bm_desktop.exchange.xlsx.package`).

Only openpyxl's public API is used (``Workbook``, ``create_sheet``, ``remove``,
``save``, the sheet's settings): the review found the previous version built on the
write-only sheet's private row generator and writer file, which an upgrade can break.

XlsxWriter was measured as the alternative (issue 14,
``benchmarks/compare_xlsx_writers.py``): its ``constant_memory`` mode cannot add an
Excel table, and writing the register's 100,000 rows took 12.5 s of CPU against 3.8 s
for GDAL's XLSX driver and 2.5 s for this module (same rows, same run), so it is not
used.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import tempfile
from collections.abc import Sequence
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.utils.exceptions import WorkbookAlreadySaved

from bm_desktop.domain.local_format import PLACE_NAMES_FR
from bm_desktop.exchange.xlsx.cells import clean_properties, plain_text, safe_row
from bm_desktop.exchange.xlsx.package import ZIP_LEVEL, repackage
from bm_desktop.exchange.xlsx.rows_xml import cell_body, column_letter, row_xml

_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
BATCH = 200  # rows written to the side file together
_OWN = frozenset(("worksheet", "place_names", "_side", "_pending", "_date_ids"))
# Number formats of dates, times and durations given to append without a style.
_DATE_FORMATS = {
    dt.date: "yyyy-mm-dd",
    dt.datetime: "yyyy-mm-dd h:mm:ss",
    dt.time: "h:mm:ss",
    dt.timedelta: "[hh]:mm:ss",
}


class StreamingWorkbook(Workbook):
    """A workbook of :class:`StreamSheet` sheets (see the module's docstring); its
    :meth:`save` can run once, and :meth:`discard` drops the rows of an abandoned one."""

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.remove(self.active)  # sheets come from new_sheet
        # In a French workbook region and province names are French, dates JJ/MM/AAAA.
        self.bm_lang = lang
        self.bm_streams: list[StreamSheet] = []
        self.bm_font_sizes: set[float] = set()  # of the styles its cells use (printing.py)

    def save(self, filename: Any) -> None:
        """Write the workbook to ``filename`` (a path or a binary file)."""
        if any(s.closed for s in self.bm_streams):
            raise WorkbookAlreadySaved(
                "Workbook has already been saved and cannot be modified or saved anymore."
            )
        clean_properties(self)
        if not self.worksheets:
            new_sheet(self, "Sheet")  # a workbook needs one sheet
        buffer = io.BytesIO()
        super().save(buffer)  # every sheet's <sheetData> is empty: the package is small
        buffer.seek(0)
        try:
            repackage(buffer, filename, {s.worksheet.title: s for s in self.bm_streams}, ZIP_LEVEL)
        finally:
            self.discard()

    def discard(self) -> None:
        """Close and delete every sheet's side file (an export failed or was cancelled)."""
        for sheet in self.bm_streams:
            sheet.close()


class StreamSheet:
    """A sheet written row by row: :meth:`write_row` (plain values and style indexes,
    fast) and :meth:`append` (values or styled cells). Everything else (``title``,
    ``column_dimensions``, ``freeze_panes``, ``page_setup``, ``add_table``,
    ``conditional_formatting``...) is the underlying openpyxl worksheet's, which
    never holds a cell: reading or writing a cell directly is refused."""

    __slots__ = tuple(_OWN)

    def __init__(self, wb: StreamingWorkbook, title: str) -> None:
        ws = wb.create_sheet(sheet_title(title, wb.sheetnames))
        own = object.__setattr__
        own(self, "worksheet", ws)
        own(self, "_side", tempfile.TemporaryFile(prefix="bm-rows-"))
        own(self, "_pending", [])
        own(self, "_date_ids", {})
        # Region and province names as the workbook's reader names them (see book.py).
        own(self, "place_names", PLACE_NAMES_FR if wb.bm_lang == "fr" else {})
        ws.rows_written = 0
        ws.max_column_written = 0
        ws.internal_columns = set()  # ids kept out of the print area (printing.py)
        ws.page_setup.paperSize = 9  # A4; printing.setup_print completes the set-up
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        wb.bm_streams.append(self)

    def __getattr__(self, name: str) -> Any:
        if name in _OWN:
            raise AttributeError(name)
        return getattr(self.worksheet, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _OWN:
            object.__setattr__(self, name, value)
        else:
            setattr(self.worksheet, name, value)

    @property
    def closed(self) -> bool:
        return self._side.closed

    def write_row(
        self,
        values: Sequence[Any],
        styles: Sequence[int | None] | None = None,
        height: float | None = None,
    ) -> None:
        """Append one row of plain values; ``styles`` gives each cell's style index.

        Strings always become string cells (never formulas) and pass through
        :func:`~bm_desktop.exchange.xlsx.cells.text_for_cell`. A ``None`` value with a
        style index becomes an empty styled cell (an input cell, say).
        """
        if self.place_names:
            values = [self.place_names.get(v, v) if isinstance(v, str) else v for v in values]
        self._add(row_xml(values, styles, height, self._next(len(values))))

    def append(self, row: Any) -> None:
        """Append a row of values or cells; text goes through the cell writer too, and a
        date without a style shows as a date."""
        if not isinstance(row, list | tuple | range):
            raise TypeError(f"Value must be a list, tuple or range, not {type(row)!r}")
        r = self._next(len(row))
        parts = [f'<row r="{r}">']
        for col, item in enumerate(safe_row(self.worksheet, row), start=1):
            if item is None:
                continue
            if isinstance(item, Cell):
                value, sid = item.value, item.style_id if item.has_style else 0
                if sid and item.font.sz:
                    self.worksheet.parent.bm_font_sizes.add(float(item.font.sz))
            else:
                value, sid = item, self._date_style(item)
            if value is None and not sid:
                continue
            head = f'<c r="{column_letter(col)}{r}"' + (f' s="{sid}"' if sid else "")
            parts.append(head + ("/>" if value is None else cell_body(value)))
        parts.append("</row>")
        self._add("".join(parts))

    def _next(self, width: int) -> int:
        ws = self.worksheet
        if self._side.closed:
            raise WorkbookAlreadySaved("the workbook was saved or discarded")
        ws.rows_written += 1
        if width > ws.max_column_written:
            ws.max_column_written = width
        return int(ws.rows_written)

    def _add(self, xml: str) -> None:
        pending = self._pending
        pending.append(xml)
        if len(pending) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._side.write("".join(self._pending).encode("utf-8"))
            self._pending.clear()

    def _date_style(self, value: Any) -> int:
        """The style index of a date, time or duration written without a style."""
        kind = type(value)
        if kind not in _DATE_FORMATS:
            return 0
        if kind not in self._date_ids:
            cell = Cell(self.worksheet)
            cell.number_format = _DATE_FORMATS[kind]
            self._date_ids[kind] = cell.style_id
        return int(self._date_ids[kind])

    def dimension(self) -> str:
        ws = self.worksheet
        return f"A1:{column_letter(max(ws.max_column_written, 1))}{max(ws.rows_written, 1)}"

    def copy_rows(self, out: IO[bytes]) -> None:
        self._flush()
        side = self._side
        side.seek(0)
        while chunk := side.read(1 << 20):
            out.write(chunk)

    def close(self) -> None:
        self._pending.clear()
        self._side.close()

    def cell(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("a streamed sheet is written row by row (write_row, append)")

    __getitem__ = __setitem__ = merge_cells = cell


def sheet_title(title: str, taken: Sequence[str] = ()) -> str:
    """A valid, unique sheet name: no ``[]:*?/\\``, at most 31 characters."""
    base = _BAD_TITLE.sub("-", plain_text(title)).strip("'") or "Sheet"
    base = base[:31]
    lowered = {t.lower() for t in taken}
    name, n = base, 2
    while name.lower() in lowered:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    return name


def new_sheet(wb: StreamingWorkbook, title: str) -> StreamSheet:
    """Add a :class:`StreamSheet` to a streaming workbook."""
    if not isinstance(wb, StreamingWorkbook):
        raise TypeError("stream sheets belong to a StreamingWorkbook (book.new_streaming_workbook)")
    return StreamSheet(wb, title)
