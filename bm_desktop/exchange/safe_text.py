"""Formula neutralisation: text from users never runs as a formula when a workbook opens.

openpyxl stores any ``str`` that starts with ``=`` as a formula, and spreadsheet
programs evaluate text starting with ``=``, ``+``, ``-`` or ``@`` (and, after a
copy or a CSV round trip, text starting with a tab or a carriage return) as a
formula: ``=cmd|' /C calc'!A0`` would launch a program (the "CSV injection" of
OWASP).

The choice, following OWASP's advice: such text is written with a leading
apostrophe (``'=1+1``), *in the value itself*, and always as a string cell.
The apostrophe stays visible, which is the price of being safe in every
consumer: Excel, LibreOffice, Google Sheets, and a CSV saved from the workbook
(Excel's own "quote prefix" style flag would be lost in that CSV). Our imports
remove exactly that one apostrophe again (:func:`restore_text`), so a tracker
note survives the round trip unchanged.

Characters that XML 1.0 forbids (control characters other than tab, line feed
and carriage return) are removed, since no workbook can hold them.
"""

from __future__ import annotations

import re
from typing import Any

# Leading characters a spreadsheet may read as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PREFIX = "'"
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037\ufffe\uffff]")


def cell_text(value: str) -> str:
    """User text ready for a cell: illegal characters removed, formula starts defused."""
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub("", value)
    if value.startswith(FORMULA_STARTS):
        return PREFIX + value
    return value


def cell_value(value: Any) -> Any:
    """:func:`cell_text` for strings; other values (numbers, dates, None) unchanged."""
    return cell_text(value) if isinstance(value, str) else value


def restore_text(value: str) -> str:
    """Undo :func:`cell_text`'s prefix when reading a workbook back (one apostrophe only)."""
    if value.startswith(PREFIX) and value[1:2] and value[1] in FORMULA_STARTS:
        return value[1:]
    return value


def is_neutral(value: Any) -> bool:
    """True if a value read from a cell cannot be taken as a formula."""
    return not (isinstance(value, str) and value.startswith(FORMULA_STARTS))
