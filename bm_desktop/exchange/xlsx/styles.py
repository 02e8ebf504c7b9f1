"""Cell styles of the exported workbooks, built on the programme's named colours.

A :class:`CellStyle` is a small value; :func:`style_id` registers it once per
workbook and returns the index the streaming sheet writes into each cell, so a
100,000-row sheet shares a handful of styles instead of creating one per cell.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

from bm_desktop.domain import colours
from bm_desktop.exchange.xlsx.cells import SafeCell

DATE_FORMAT = "yyyy-mm-dd"  # English workbooks: ISO dates (French: see FRENCH_FORMATS)
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
INT_FORMAT = "#,##0"
FLOAT_FORMAT = "#,##0.0"
COORD_FORMAT = "0.00000"
PERCENT_FORMAT = "0%"
FONT = "Calibri"

INPUT_FILL = "FFF8E1"  # pale amber: the cells partners fill in
LOCKED_FILL = "ECEFF1"  # pale grey: read-only cells on an input sheet
BAND_FILL = "E8EEF5"  # section headings on summary sheets
GRID = "B0BEC5"


def hex6(colour: str) -> str:
    """``#RRGGBB`` -> ``RRGGBB`` as openpyxl wants it."""
    return colour.lstrip("#").upper()


def light(colour: str, amount: float = 0.75) -> str:
    """A colour mixed with white (for cell fills under black text)."""
    c = hex6(colour)
    r, g, b = (int(c[i : i + 2], 16) for i in (0, 2, 4))
    mix = [round(v + (255 - v) * amount) for v in (r, g, b)]
    return "".join(f"{v:02X}" for v in mix)


@dataclass(frozen=True)
class CellStyle:
    number_format: str = "General"
    bold: bool = False
    italic: bool = False
    size: float = 10
    colour: str | None = None  # font colour, RRGGBB
    fill: str | None = None  # background, RRGGBB
    wrap: bool = False
    halign: str | None = None
    valign: str = "top"
    locked: bool = True
    border: bool = False

    def but(self, **changes: Any) -> CellStyle:
        return replace(self, **changes)


_THIN = Side(style="thin", color=GRID)


def apply(cell: Any, style: CellStyle) -> Any:
    """Give an openpyxl cell the style (returns the cell, for ``ws.append([...])``)."""
    cell.font = Font(
        name=FONT, size=style.size, bold=style.bold, italic=style.italic, color=style.colour
    )
    if style.fill:
        cell.fill = PatternFill("solid", start_color=style.fill, end_color=style.fill)
    cell.alignment = Alignment(wrap_text=style.wrap, horizontal=style.halign, vertical=style.valign)
    if style.number_format != "General":
        cell.number_format = style.number_format
    if not style.locked:
        cell.protection = Protection(locked=False)
    if style.border:
        cell.border = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
    return cell


def styled(ws: Any, value: Any, style: CellStyle) -> Any:
    """A cell for ``StreamSheet.append`` holding ``value`` with ``style``; text is
    neutralised and always stored as a string (never taken as a formula)."""
    return apply(SafeCell(ws, row=1, column=1, value=value), style)


def style_id(ws: Any, style: CellStyle) -> int:
    """The workbook's index for ``style`` (registered on first use)."""
    wb = ws.parent
    cache: dict[CellStyle, int] = wb.__dict__.setdefault("bm_style_ids", {})
    if style not in cache:
        wb.__dict__.setdefault("bm_font_sizes", set()).add(float(style.size))
        shown = style
        if getattr(ws.parent, "bm_lang", "en") == "fr" and style.number_format in FRENCH_FORMATS:
            shown = style.but(number_format=FRENCH_FORMATS[style.number_format])
        cache[style] = apply(WriteOnlyCell(ws), shown).style_id
    return cache[style]


# Dates as a French reader writes them (JJ/MM/AAAA); the value stays a real date.
# Percentages with a no-break space before the sign ("78,1 %"; the decimal comma is
# the spreadsheet's, from the reader's locale).
FRENCH_FORMATS = {
    DATE_FORMAT: "dd/mm/yyyy",
    DATETIME_FORMAT: "dd/mm/yyyy hh:mm",
    PERCENT_FORMAT: "0\u00a0%",
    "0.0%": "0.0\u00a0%",
}


TEXT = CellStyle()
WRAP = CellStyle(wrap=True)
DATE = CellStyle(number_format=DATE_FORMAT, halign="left")
DATETIME = CellStyle(number_format=DATETIME_FORMAT, halign="left")
INT = CellStyle(number_format=INT_FORMAT)
FLOAT = CellStyle(number_format=FLOAT_FORMAT)
COORD = CellStyle(number_format=COORD_FORMAT)
PERCENT = CellStyle(number_format=PERCENT_FORMAT)
# Rates keep one decimal, so 79.7% (below the 80% target) never shows as "80%".
RATE = CellStyle(number_format="0.0%")
CENTRED = CellStyle(halign="center")

TITLE = CellStyle(size=16, bold=True, colour=hex6(colours.HEADER_FILL), valign="center")
SUBTITLE = CellStyle(size=11, italic=True, colour="455A64", wrap=False)
LABEL = CellStyle(bold=True, colour="37474F")
VALUE = CellStyle(wrap=False)
NOTE = CellStyle(italic=True, colour="546E7A", wrap=False)
SECTION = CellStyle(size=11, bold=True, colour=hex6(colours.HEADER_FILL), fill=BAND_FILL)
HEADER = CellStyle(
    bold=True, colour="FFFFFF", fill=hex6(colours.HEADER_FILL), wrap=True, valign="center"
)
INPUT = CellStyle(fill=INPUT_FILL, locked=False, border=True)
INPUT_WRAP = INPUT.but(wrap=True)
INPUT_DATE = INPUT.but(number_format=DATE_FORMAT, halign="left")
