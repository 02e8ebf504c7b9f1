"""The ``<row>`` elements of a streamed sheet, built as XML text.

A 100,000-row register is written as text in one pass per row: several times faster
than one object per cell (openpyxl's cells, XlsxWriter's cell tuples) and then one
serialiser call per cell, value and attribute. Every text value passes through the one
cell writer (:func:`~bm_desktop.exchange.xlsx.cells.text_for_cell`) before it is
escaped, so no text can become a formula; strings are always inline string cells
(``t="inlineStr"``), numbers and dates numbers (``t="n"``), booleans ``t="b"``. No
formula element (``<f>``) is ever written.

This is SpreadsheetML as ECMA-376 defines it (part 1, 18.3.1): nothing here depends on a
library's internals.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from bm_desktop.exchange.xlsx.cells import text_for_cell

_LETTERS = [get_column_letter(i) for i in range(1, 16385)]
_ESCAPE = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord("\r"): "&#13;"}

# Names, codes and labels repeat from row to row: their cell text (which went through
# text_for_cell once) is kept. Long free text (descriptions) is not.
SHORT, SHORT_CACHE = 40, 20_000
_SHORT: dict[str, str] = {}
_DATES: dict[dt.date, str] = {}


def column_letter(col: int) -> str:
    """The letter(s) of a 1-based column."""
    return _LETTERS[col - 1]


def serial(value: dt.date | dt.time | dt.timedelta) -> float:
    """A date, time or duration as the spreadsheet's serial number of days (aware
    datetimes in UTC)."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return to_excel(value)


def row_xml(
    values: Sequence[Any], styles: Sequence[int | None] | None, height: float | None, row_idx: int
) -> str:
    """One ``<row>``: ``styles`` gives each cell's style index (``None``/0: default). A
    ``None`` value with a style becomes an empty styled cell (an input cell, say)."""
    r = str(row_idx)
    parts = [f'<row r="{r}"' + (f' ht="{height:g}" customHeight="1">' if height else ">")]
    append = parts.append
    n_styles = len(styles) if styles is not None else 0
    for col, value in enumerate(values):
        sid = styles[col] if col < n_styles else None  # type: ignore[index]
        head = f'<c r="{_LETTERS[col]}{r}" s="{sid}"' if sid else f'<c r="{_LETTERS[col]}{r}"'
        kind = type(value)
        if kind is str:
            body = _SHORT.get(value)
            if body is None:
                body = text_body(value)
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
                body = _DATES[value] = f' t="n"><v>{serial(value)!r}</v></c>'
        else:
            body = cell_body(value)
        append(head + body)
    append("</row>")
    return "".join(parts)


def cell_body(value: Any) -> str:
    """What follows ``<c r=.. s=..`` for any value: type, value, end."""
    if isinstance(value, str):
        return text_body(value)
    if isinstance(value, bool):
        return f' t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int):
        return f' t="n"><v>{value}</v></c>'
    if isinstance(value, float | Decimal):
        number = float(value)
        return f' t="n"><v>{number!r}</v></c>' if math.isfinite(number) else "/>"
    if isinstance(value, dt.date | dt.time | dt.timedelta):
        return f' t="n"><v>{serial(value)!r}</v></c>'
    return text_body(str(value))


def text_body(value: str) -> str:
    """A text cell's body: through the one cell writer, then escaped."""
    value = text_for_cell(value)
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f' t="inlineStr"><is><t{space}>{value.translate(_ESCAPE)}</t></is></c>'
