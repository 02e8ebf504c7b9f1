"""The one cell writer: every value BM Desktop puts into a workbook passes through here.

User text (site and stakeholder names, incident descriptions, minutes...) can start
with ``=``, ``+``, ``-`` or ``@`` and can carry control characters from an imported
CSV. openpyxl would store ``"=cmd|' /C calc'!A0"`` as a live formula and refuses a
NUL byte with an exception, so no module writes a cell on its own:

* streamed sheets (:class:`~bm_desktop.exchange.xlsx.stream.StreamSheet`, the
  exports) write every row as XML text (:mod:`~bm_desktop.exchange.xlsx.rows_xml`)
  whose text goes through :func:`text_for_cell`, and their ``append`` path through
  :func:`safe_row` first;
* printable sheets (the CAP meeting papers, built in memory because they merge cells
  and set print areas) come from :func:`paper_workbook`, whose worksheets create only
  :class:`SafeCell` objects: ``ws.cell(r, c, v)``, ``ws["A1"] = v``, ``ws.append(...)``
  and ``cell.value = v`` are all neutralised, and sheet titles are cleaned.

The rules themselves (which starts are formulas, which characters XML forbids) live in
:mod:`bm_desktop.exchange.safe_text`, shared with the imports that undo the prefix.
A test scans the sources so that no other module creates a workbook or a cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from bm_desktop.exchange.safe_text import cell_text, cell_value, plain_text

__all__ = [
    "PaperWorkbook",
    "clean_properties",
    "SafeCell",
    "SafeWorksheet",
    "paper_workbook",
    "plain_text",
    "safe_row",
    "text_for_cell",
]


def text_for_cell(value: str) -> str:
    """Text as a cell must hold it: XML-illegal characters gone, formula starts defused."""
    return cell_text(value)


def _neutralise(cell: Cell) -> Cell:
    """Make an existing cell safe: text (or a formula object) becomes a string cell."""
    value = cell.value
    if cell.data_type == "f" or isinstance(value, str):
        cell._value = cell_text(value if isinstance(value, str) else str(value))
        cell.data_type = "s"
    return cell


class SafeCell(Cell):
    """A cell whose value setter neutralises text: it can never become a formula."""

    __slots__ = ()

    def _bind_value(self, value: Any) -> None:
        super()._bind_value(cell_value(value))
        _neutralise(self)


def safe_row(ws: Any, row: Iterable[Any]) -> list[Any]:
    """A row for ``append``: plain values become :class:`SafeCell`, given cells are
    neutralised (a write-only sheet would otherwise take ``"=..."`` as a formula)."""
    out: list[Any] = []
    for value in row:
        if isinstance(value, Cell):
            out.append(_neutralise(value))
        elif value is None or isinstance(value, _PLAIN):
            out.append(value)
        else:
            out.append(SafeCell(ws, row=1, column=1, value=value))
    return out


_PLAIN = (bool, int, float, Decimal, dt.date, dt.time, dt.timedelta)  # never a formula


class SafeWorksheet(Worksheet):
    """An in-memory worksheet whose every cell is a :class:`SafeCell` and whose title is
    valid XML."""

    title = property(
        Worksheet.title.fget,  # type: ignore[assignment]
        lambda self, value: Worksheet.title.fset(self, plain_text(value)),
    )

    def _get_cell(self, row: int, column: int) -> Cell:
        if not 0 < row < 1048577:
            raise ValueError(f"Row numbers must be between 1 and 1048576, not {row}")
        if (row, column) not in self._cells:
            self._add_cell(SafeCell(self, row=row, column=column))
        return self._cells[(row, column)]

    def append(self, iterable: Any) -> None:
        if isinstance(iterable, dict):
            iterable = {k: v if v is None else safe_row(self, [v])[0] for k, v in iterable.items()}
        else:
            iterable = safe_row(self, iterable)
        super().append(iterable)


class PaperWorkbook(Workbook):
    """An in-memory workbook whose sheets are :class:`SafeWorksheet`."""

    def __init__(self) -> None:
        super().__init__()
        self._sheets = [SafeWorksheet(self)]

    def create_sheet(self, title: str | None = None, index: int | None = None) -> Any:
        ws = SafeWorksheet(parent=self, title=title)
        self._add_sheet(sheet=ws, index=index)
        return ws

    def save(self, filename: Any) -> None:
        clean_properties(self)
        super().save(filename)


def clean_properties(wb: Any) -> None:
    """The document properties without characters XML forbids (a title from user text)."""
    props = wb.properties
    for name in ("title", "subject", "creator", "description", "keywords"):
        value = getattr(props, name)
        if isinstance(value, str):
            setattr(props, name, plain_text(value))


def paper_workbook() -> PaperWorkbook:
    """An empty in-memory workbook (one sheet) for printable papers."""
    return PaperWorkbook()
