"""A write-only worksheet that streams rows straight to the file as XML elements.

openpyxl's write-only mode keeps memory flat, but it still builds a ``Cell``
object and runs its type checks for every value, then serialises it through a
nested ``with xf.element(...)`` per cell; 100,000 incidents take about as long
as ``pandas.DataFrame.to_excel``. :class:`StreamSheet` keeps openpyxl for
everything around the rows (workbook, styles, tables, validation, conditional
formats, charts) and writes each data row as one ``<row>`` element, built as
XML text (values escaped). Runs of such rows go straight to a side file as bytes;
openpyxl's writer only gets a marker comment where each run belongs, and
:meth:`StreamSheet.close` splices the runs in place of their markers. Parsing the
text back into elements for openpyxl's writer took a fifth of the export's time.

It relies on the write-only sheet's row generator (``_write_rows``) and on its
writer's file (``_writer.out``), internals of openpyxl 3.1; the read-back tests
guard them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tempfile
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl.formatting.formatting import ConditionalFormattingList
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.xml import LXML

from bm_desktop.domain.local_format import PLACE_NAMES_FR
from bm_desktop.exchange.xlsx.cells import plain_text, safe_row, text_for_cell

if LXML:
    from lxml.etree import Comment
else:  # pragma: no cover - openpyxl without lxml writes with xml.etree
    from xml.etree.ElementTree import Comment

_LETTERS = [get_column_letter(i) for i in range(1, 703)]
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


class _FastRow:
    __slots__ = ("height", "styles", "values")

    def __init__(self, values: Sequence[Any], styles: Sequence[int | None] | None,
                 height: float | None) -> None:
        self.values, self.styles, self.height = values, styles, height


class StreamSheet(WriteOnlyWorksheet):
    """Write-only sheet with a fast :meth:`write_row`; ``append`` (cells) still works."""

    _rows: Any  # openpyxl's row generator (None until the first row)

    def __init__(self, parent: Any, title: str) -> None:
        super().__init__(parent, title)
        # The write-only sheet lacks this list, though its writer reads it.
        self.conditional_formatting = ConditionalFormattingList()
        self.rows_written = 0
        self.max_column_written = 0
        self.internal_columns: set[int] = set()  # ids kept out of the print area
        # Runs of fast rows as XML bytes; (start, end) of each run, in marker order.
        self._side = tempfile.TemporaryFile(prefix="bm-rows-")
        self._runs: list[tuple[int, int]] = []
        # Region and province names as the workbook's reader names them (see book.py).
        self.place_names = PLACE_NAMES_FR if getattr(parent, "bm_lang", "en") == "fr" else {}
        # Written at the top of the sheet's XML, so known before the first row: every
        # sheet prints on A4 fitted to width (printing.setup_print sets how many pages).
        self.page_setup.paperSize = 9
        self.sheet_properties.pageSetUpPr.fitToPage = True

    def write_row(self, values: Sequence[Any], styles: Sequence[int | None] | None = None,
                  height: float | None = None) -> None:
        """Append one row of plain values; ``styles`` gives each cell's style index.

        Strings always become string cells (never formulas) and pass through
        :func:`~bm_desktop.exchange.xlsx.cells.text_for_cell`. A ``None`` value with a
        style index becomes an empty styled cell (an input cell, say).
        """
        if self.place_names:
            values = [self.place_names.get(v, v) if isinstance(v, str) else v for v in values]
        self.max_column_written = max(self.max_column_written, len(values))
        self._send(_FastRow(values, styles, height))

    def append(self, row: Any) -> None:
        """Append a row of values or cells; text goes through the cell writer too."""
        if not isinstance(row, list | tuple | range):
            self._invalid_row(row)
        self.max_column_written = max(self.max_column_written, len(row))
        self._send(safe_row(self, row))

    def _send(self, row: Any) -> None:
        self._get_writer()
        if self._rows is None:
            self._rows = self._write_rows()
            next(self._rows)
        self._rows.send(row)
        self.rows_written += 1

    def close(self) -> None:
        if self._rows is not None:
            self._rows.send(_FLUSH)
        super().close()
        try:
            self._splice()
        finally:
            self._side.close()

    def _splice(self) -> None:
        """Put each run of rows from the side file where its marker stands."""
        if not self._runs:
            return
        with open(self._writer.out, "rb") as f:
            sheet = f.read()  # everything but the fast rows: small
        with open(self._writer.out, "wb") as out:
            at = 0
            for k, (start, end) in enumerate(self._runs):
                marker = _marker(k)
                pos = sheet.index(marker, at)
                out.write(sheet[at:pos])
                self._side.seek(start)
                _copy(self._side, out, end - start)
                at = pos + len(marker)
            out.write(sheet[at:])

    def _end_run(self, xf: Any, pending: list[str]) -> None:
        """Write the pending rows to the side file; at the end of a run of fast rows,
        leave its marker in the sheet."""
        if pending:
            self._side.write("".join(pending).encode("utf-8"))
            pending.clear()

    def _write_rows(self):  # type: ignore[override]
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        with xf.element("sheetData"):
            row_idx = 1
            pending: list[str] = []  # fast rows as XML text, written in batches
            run_start: int | None = None  # side-file offset of the current run
            try:
                while True:
                    row = yield
                    if isinstance(row, _FastRow):
                        if run_start is None:
                            run_start = self._side.tell()
                        pending.append(_row_xml(row, row_idx))
                        row_idx += 1
                        if len(pending) >= BATCH:
                            self._end_run(xf, pending)
                        continue
                    if run_start is not None:
                        self._end_run(xf, pending)
                        xf.write(Comment(_marker(len(self._runs)).decode()[4:-3]))
                        self._runs.append((run_start, self._side.tell()))
                        run_start = None
                    if row is _FLUSH:
                        continue
                    cells = self._values_to_row(row, row_idx)
                    self._writer.write_row(xf, cells, row_idx)
                    row_idx += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)


_ESCAPE = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord("\r"): "&#13;"}


BATCH = 200  # rows written to the side file together
_FLUSH = object()  # sent before the sheet closes: end the run still open


def _marker(k: int) -> bytes:
    """The comment that stands for the k-th run of rows in openpyxl's sheet file."""
    return b"<!--bm-rows-%d-->" % k


def _copy(src: Any, dst: Any, length: int) -> None:
    while length > 0:
        chunk = src.read(min(length, 1 << 20))
        if not chunk:
            raise OSError("the sheet's rows were cut short")
        dst.write(chunk)
        length -= len(chunk)


def _row_xml(row: _FastRow, row_idx: int) -> str:
    """The ``<row>`` element as XML text (values escaped): text built in one pass is
    several times faster than one ``SubElement`` call per cell, value and attribute."""
    r = str(row_idx)
    parts = [f'<row r="{r}"' + (f' ht="{row.height:g}" customHeight="1">' if row.height
                                 else ">")]
    append = parts.append
    styles = row.styles
    n_styles = len(styles) if styles is not None else 0
    for col, value in enumerate(row.values):
        sid = styles[col] if col < n_styles else None  # type: ignore[index]
        head = f'<c r="{_LETTERS[col]}{r}" s="{sid}"' if sid else f'<c r="{_LETTERS[col]}{r}"'
        kind = type(value)
        if kind is str:
            body = _SHORT.get(value)
            if body is None:
                body = _text_body(value)
                if len(value) <= SHORT:
                    if len(_SHORT) >= SHORT_CACHE:
                        _SHORT.clear()
                    _SHORT[value] = body
        elif value is None:
            if sid:
                append(head + "/>")
            continue
        elif kind is dt.date:
            body = _DATES.get(value)
            if body is None:
                body = _DATES[value] = f' t="n"><v>{to_excel(value)!r}</v></c>'
        else:
            body = _cell_body(value)
        append(head + body)
    append("</row>")
    return "".join(parts)


# Names, codes and labels repeat from row to row: their cell text (which went through
# text_for_cell once) is kept. Long free text (descriptions) is not.
SHORT, SHORT_CACHE = 40, 20_000
_SHORT: dict[str, str] = {}
_DATES: dict[dt.date, str] = {}


def _cell_body(value: Any) -> str:
    """What follows ``<c r=.. s=..`` for a value that is not text: type, value, end."""
    if isinstance(value, str):
        return _text_body(value)
    if isinstance(value, bool):
        return f' t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int):
        return f' t="n"><v>{value}</v></c>'
    if isinstance(value, float | Decimal):
        number = float(value)
        return f' t="n"><v>{number!r}</v></c>' if math.isfinite(number) else "/>"
    if isinstance(value, dt.date):
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return f' t="n"><v>{to_excel(value)!r}</v></c>'
    return _text_body(str(value))


def _text_body(value: str) -> str:
    """A text cell's body: through the one cell writer, then escaped."""
    value = text_for_cell(value)
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f' t="inlineStr"><is><t{space}>{value.translate(_ESCAPE)}</t></is></c>'


def sheet_title(title: str, taken: Sequence[str] = ()) -> str:
    """A valid, unique sheet name: no ``[]:*?/\\``, at most 31 characters."""
    base = _BAD_TITLE.sub("-", plain_text(title)).strip("'") or "Sheet"
    base = base[:31]
    lowered = {t.lower() for t in taken}
    name, n = base, 2
    while name.lower() in lowered:
        suffix = f" ({n})"
        name = base[:31 - len(suffix)] + suffix
        n += 1
    return name


def new_sheet(wb: Any, title: str) -> StreamSheet:
    """Add a :class:`StreamSheet` to a write-only workbook."""
    ws = StreamSheet(wb, sheet_title(title, wb.sheetnames))
    wb._add_sheet(ws)
    return ws
