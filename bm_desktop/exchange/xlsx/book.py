"""A streaming workbook whose temporary sheet files are removed if the export fails, and
the all-or-nothing save of any workbook."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.writer.excel import ExcelWriter

from bm_desktop.exchange.xlsx.cells import clean_properties
from bm_desktop.exchange.xlsx.package import ZIP_LEVEL
from bm_desktop.exchange.xlsx.stream import StreamingWorkbook


def new_streaming_workbook(lang: str = "en") -> StreamingWorkbook:
    """A workbook for :func:`~bm_desktop.exchange.xlsx.stream.new_sheet` sheets; the
    caller calls :func:`discard` if it gives up on it."""
    return StreamingWorkbook(lang)


@contextlib.contextmanager
def streaming_workbook(lang: str = "en") -> Iterator[StreamingWorkbook]:
    """A streaming workbook; on an exception (or a cancel) its sheets' side files are
    closed and deleted at once rather than when the application exits.

    In a French workbook (``lang="fr"``) a cell that holds a programme region's or a
    province's name gets its French name, and dates show as JJ/MM/AAAA."""
    wb = new_streaming_workbook(lang)
    try:
        yield wb
    except BaseException:
        discard(wb)
        raise


def discard(wb: Any) -> None:
    """Drop the streamed rows of a workbook that will not be saved."""
    if isinstance(wb, StreamingWorkbook):
        wb.discard()


def write_package(wb: Any, path: Path) -> None:
    """``wb.save(path)``, the package compressed at :data:`ZIP_LEVEL`."""
    if isinstance(wb, StreamingWorkbook):
        wb.save(path)
        return
    clean_properties(wb)
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
