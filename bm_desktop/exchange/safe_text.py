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

The same holds after leading whitespace (``" =1+1"``, ``"\n@SUM(A1)"``: some
programs trim before they parse), and for the full-width forms (``＝ ＋ － ＠``) that
East Asian versions of Excel read as the ASCII ones.

Characters that XML 1.0 forbids (control characters other than tab, line feed
and carriage return, lone surrogates, U+FFFE and U+FFFF) are removed, since no
workbook can hold them: openpyxl refuses a NUL byte and lxml one surrogate.

These are the rules; :mod:`bm_desktop.exchange.xlsx.cells` is the one place that
applies them to workbook cells.
"""

from __future__ import annotations

import re
from typing import Any

# Leading characters a spreadsheet may read as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
PREFIX = "'"
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def plain_text(value: str) -> str:
    """Text with the characters XML forbids removed (sheet titles, page headers,
    document properties: places that are never evaluated but must still be valid XML)."""
    return _ILLEGAL.sub("", value) if _ILLEGAL.search(value) else value


def looks_like_formula(value: str) -> bool:
    """True if a spreadsheet could take ``value`` for a formula (also after whitespace)."""
    return value.startswith(FORMULA_STARTS) or value.lstrip().startswith(FORMULA_STARTS)


def cell_text(value: str) -> str:
    """User text ready for a cell: illegal characters removed, formula starts defused."""
    value = plain_text(value)
    if looks_like_formula(value):
        return PREFIX + value
    return value


def cell_value(value: Any) -> Any:
    """:func:`cell_text` for strings; other values (numbers, dates, None) unchanged."""
    return cell_text(value) if isinstance(value, str) else value


def restore_text(value: str) -> str:
    """Undo :func:`cell_text`'s prefix when reading a workbook back (one apostrophe only)."""
    if value.startswith(PREFIX) and looks_like_formula(value[1:]):
        return value[1:]
    return value


def is_neutral(value: Any) -> bool:
    """True if a value read from a cell cannot be taken as a formula."""
    return not (isinstance(value, str) and looks_like_formula(value))
