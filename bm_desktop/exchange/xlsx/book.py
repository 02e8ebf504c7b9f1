"""A streaming workbook whose temporary sheet files are removed if the export fails."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from openpyxl import Workbook


@contextlib.contextmanager
def streaming_workbook() -> Iterator[Workbook]:
    """A write-only workbook; on an exception (or a cancel) its sheets' temporary files
    are closed and deleted at once rather than when the application exits."""
    wb = Workbook(write_only=True)
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
