"""Every workbook prints on A4 and stays readable on paper.

A 25-column register fitted to one page width on US Letter came out at about 3-point
type, its UUID column included. :func:`setup_print` is run on every workbook the app
writes, just before it is saved, and sets each sheet up for A4:

* portrait when the printed columns fit the page at full size, landscape otherwise (or
  one orientation for the whole workbook, as the quarterly report wants);
* fitted to the page width *only as far as 8-point type allows*: the scale Excel will
  use is computed from the column widths, and a sheet too wide for one page at that
  scale is split over as many pages across as it needs (``fitToWidth = N``);
* the table header repeated on every page (print titles), a header with the
  workbook's title and the sheet's name, a footer with the date it was made and
  "page X of Y";
* internal ids (UUID columns, marked ``internal`` or hidden) outside the print area.

The arithmetic is public (:func:`column_points`, :func:`printable_width`) so the tests read a saved workbook back and check the type size
that will reach the paper.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from openpyxl.utils import get_column_letter

from bm_desktop.domain.local_format import date_text
from bm_desktop.exchange.safe_text import plain_text
from bm_desktop.i18n import translate

A4 = 9  # openpyxl / SpreadsheetML paper size code
A4_POINTS = (595.28, 841.89)  # portrait width, height
SIDE_MARGIN_INCHES = 0.5
MIN_PRINTED_POINTS = 8.0
DEFAULT_WIDTH = 8.43  # Excel's default column width (characters)
CONTEXT = "WorkbookPrint"


def column_points(width: float | None) -> float:
    """Printed width of a column in points: Excel pads a width of ``w`` characters of
    the 7-pixel default digit to ``7w + 5`` pixels, at 96 pixels per inch."""
    w = DEFAULT_WIDTH if width is None else width
    return (w * 7 + 5) * 0.75


def printable_width(orientation: str, margins: Any = None) -> float:
    """Points across an A4 page between the side margins."""
    left = getattr(margins, "left", None) or SIDE_MARGIN_INCHES
    right = getattr(margins, "right", None) or SIDE_MARGIN_INCHES
    paper = A4_POINTS[1] if orientation == "landscape" else A4_POINTS[0]
    return paper - (left + right) * 72


def _hf(text: str) -> str:
    """Header/footer text: ``&`` is a control character there."""
    return plain_text(text).replace("&", "&&")


def printed_columns(ws: Any) -> list[int]:
    """The 1-based columns that print: used, not hidden, not internal ids."""
    last = used_columns(ws)
    internal = set(getattr(ws, "internal_columns", ()))
    out = []
    for col in range(1, last + 1):
        dim = (
            ws.column_dimensions.get(get_column_letter(col))
            if hasattr(ws.column_dimensions, "get")
            else None
        )
        if col in internal or (dim is not None and dim.hidden):
            continue
        out.append(col)
    return out


def used_columns(ws: Any) -> int:
    tracked = getattr(ws, "max_column_written", None)
    if tracked is not None:
        return max(tracked, 1)
    return max(ws.max_column, 1)


def used_rows(ws: Any) -> int:
    tracked = getattr(ws, "rows_written", None)
    if tracked is not None:
        return max(tracked, 1)
    return max(ws.max_row, 1)


def content_points(ws: Any, columns: list[int]) -> float:
    dims = ws.column_dimensions
    total = 0.0
    for col in columns:
        letter = get_column_letter(col)
        dim = dims[letter] if letter in dims else None
        total += column_points(dim.width if dim is not None and dim.width else None)
    return total


def smallest_font(wb: Any) -> float:
    """The smallest type size any cell of the workbook uses (points); unstyled cells
    use the default 11-point font. A streaming workbook knows the sizes of the styles
    it registered (its sheets hold no cell objects); an in-memory one is read."""
    sizes = getattr(wb, "bm_font_sizes", None)
    if sizes is None:
        sizes = {
            float(cell.font.sz)
            for ws in wb.worksheets
            for row in ws.iter_rows()
            for cell in row
            if cell.has_style and cell.font.sz
        }
    return min({11.0, *sizes})


def needed_orientation(ws: Any) -> str:
    width = content_points(ws, printed_columns(ws))
    return "portrait" if width <= printable_width("portrait") else "landscape"


def setup_print(
    wb: Any, title: str, lang: str, made_on: dt.date, orientation: str = "auto"
) -> None:
    """Set every sheet of ``wb`` up for A4 (see the module's docstring).

    ``orientation``: ``"auto"`` per sheet, ``"one"`` the same for every sheet
    (landscape if any sheet needs it), ``"keep"`` what the sheet already has.
    """
    sheets = list(wb.worksheets)
    single = None
    if orientation == "one":
        single = (
            "landscape"
            if any(needed_orientation(ws) == "landscape" for ws in sheets)
            else "portrait"
        )
    min_scale = MIN_PRINTED_POINTS / smallest_font(wb)
    page_of = translate(CONTEXT, "Page &P of &N", lang)
    made = translate(CONTEXT, "Made on {date}", lang).format(date=date_text(made_on, lang))
    for ws in sheets:
        setup = ws.page_setup
        setup.paperSize = A4
        columns = printed_columns(ws)
        width = content_points(ws, columns)
        if orientation == "keep" and setup.orientation in ("portrait", "landscape"):
            chosen = setup.orientation
        else:
            chosen = single or needed_orientation(ws)
        setup.orientation = chosen
        ws.page_margins.left = ws.page_margins.right = SIDE_MARGIN_INCHES
        ws.page_margins.top = ws.page_margins.bottom = 0.75
        ws.page_margins.header = ws.page_margins.footer = 0.3
        pages = max(1, math.ceil(width * min_scale / printable_width(chosen) - 1e-9))
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        setup.fitToWidth = pages
        setup.fitToHeight = 0
        if columns:
            ws.print_area = (
                f"{get_column_letter(columns[0])}1:{get_column_letter(columns[-1])}{used_rows(ws)}"
            )
        if not ws.oddHeader.center.text:
            ws.oddHeader.center.text = _hf(title)
            ws.oddHeader.center.size = 9
        if not ws.oddHeader.right.text:
            ws.oddHeader.right.text = "&A"  # the sheet's name
            ws.oddHeader.right.size = 9
        if not ws.oddFooter.left.text:
            ws.oddFooter.left.text = _hf(made)
            ws.oddFooter.left.size = 8
        if not (ws.oddFooter.right.text or ws.oddFooter.center.text):
            ws.oddFooter.right.text = page_of
            ws.oddFooter.right.size = 8
        ws.print_options.horizontalCentered = False
