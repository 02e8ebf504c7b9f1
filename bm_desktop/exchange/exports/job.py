"""Progress, cancellation and the all-or-nothing save shared by every export."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bm_desktop.domain.errors import BmError
from bm_desktop.exchange.xlsx.book import write_package

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ExportCancelled(BmError):
    """The user cancelled the export; no file was written."""


class Job:
    """Reports progress and stops the work when the user cancels."""

    def __init__(self, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> None:
        self._progress = progress
        self._cancelled = cancelled

    def step(self, done: int, total: int, message: str = "") -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("The export was cancelled; no file was written.")
        if self._progress is not None:
            self._progress(done, total, message)

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("The export was cancelled; no file was written.")


def save(wb: Any, path: Path, job: Job) -> None:
    """Save to a temporary file beside ``path``, then rename: a cancelled or failed
    export never leaves a half-written workbook (nor destroys an older one)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.part{path.suffix or '.xlsx'}")
    try:
        job.check()
        write_package(wb, tmp)
        job.check()
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
