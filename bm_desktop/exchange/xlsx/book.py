"""A streaming workbook whose temporary sheet files are removed if the export fails, and
the all-or-nothing save of any workbook."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

# zlib level of the package: openpyxl leaves zlib's default (6), which took a tenth of
# the 100,000-row register's export; level 1 compresses the sheet XML about three
# times faster for a file about a quarter larger.
ZIP_LEVEL = 1


def new_streaming_workbook() -> Workbook:
    """A write-only workbook for :func:`~bm_desktop.exchange.xlsx.stream.new_sheet`
    sheets; the caller calls :func:`discard` if it gives up on it."""
    return Workbook(write_only=True)


@contextlib.contextmanager
def streaming_workbook(lang: str = "en") -> Iterator[Workbook]:
    """A write-only workbook; on an exception (or a cancel) its sheets' temporary files
    are closed and deleted at once rather than when the application exits.

    In a French workbook (``lang="fr"``) a cell that holds a programme region's or a
    province's name gets its French name, and dates show as JJ/MM/AAAA."""
    wb = new_streaming_workbook()
    wb.bm_lang = lang
    try:
        yield wb
    except BaseException:
        discard(wb)
        raise


def discard(wb: Workbook) -> None:
    for ws in wb._sheets:
        rows = getattr(ws, "_rows", None)
        writer = getattr(ws, "_writer", None)
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()
        side = getattr(ws, "_side", None)  # a StreamSheet's rows not yet spliced in
        if side is not None:
            side.close()
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.xf.close()
            with contextlib.suppress(Exception):
                writer.cleanup()


def write_package(wb: Workbook, path: Path) -> None:
    """``wb.save(path)`` with the package compressed at :data:`ZIP_LEVEL`."""
    if wb.write_only and not wb.worksheets:
        wb.create_sheet()
    with ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=ZIP_LEVEL) as archive:
        ExcelWriter(wb, archive).save()


def save_workbook(wb: Any, path: Path, lang: str = "en") -> Path:
    """Save to a temporary file beside ``path``, then rename: an error never leaves a
    half-written workbook (nor destroys an older one). Every sheet is set up for A4
    first (:func:`~bm_desktop.exchange.xlsx.printing.setup_print`), keeping the
    orientation and page header the sheet was given."""
    import datetime as dt

    from bm_desktop.exchange.xlsx.printing import setup_print

    setup_print(wb, wb.properties.title or "", lang, dt.date.today(), "keep")
    path = Path(path)
    tmp = path.with_name(f".{path.stem}.part{path.suffix or '.xlsx'}")
    try:
        write_package(wb, tmp)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return path
