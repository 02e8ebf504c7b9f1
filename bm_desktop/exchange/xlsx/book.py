"""A streaming workbook whose temporary sheet files are removed if the export fails, and
the all-or-nothing save of any workbook."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook


def new_streaming_workbook() -> Workbook:
    """A write-only workbook for :func:`~bm_desktop.exchange.xlsx.stream.new_sheet`
    sheets; the caller calls :func:`discard` if it gives up on it."""
    return Workbook(write_only=True)


@contextlib.contextmanager
def streaming_workbook() -> Iterator[Workbook]:
    """A write-only workbook; on an exception (or a cancel) its sheets' temporary files
    are closed and deleted at once rather than when the application exits."""
    wb = new_streaming_workbook()
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
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.xf.close()
            with contextlib.suppress(Exception):
                writer.cleanup()


def save_workbook(wb: Any, path: Path) -> Path:
    """Save to a temporary file beside ``path``, then rename: an error never leaves a
    half-written workbook (nor destroys an older one)."""
    path = Path(path)
    tmp = path.with_name(f".{path.stem}.part{path.suffix or '.xlsx'}")
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return path
