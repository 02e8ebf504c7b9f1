"""Progress, cancellation and the all-or-nothing save shared by every export."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.domain.errors import BmError
from bm_desktop.exchange.exports.request import ExportRequest, check_request
from bm_desktop.exchange.text import Words
from bm_desktop.exchange.xlsx.book import streaming_workbook, write_package

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ExportCancelled(BmError):
    """The user cancelled the export; no file was written."""


class Job:
    """Reports progress and stops the work when the user cancels."""

    def __init__(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> None:
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


class ExportStart(NamedTuple):
    """What every export works with, in the order ``workbook_export`` yields it."""

    job: Job
    words: Words
    session: Session
    workbook: Any
    request: ExportRequest


@contextlib.contextmanager
def workbook_export(
    db: Database,
    request: ExportRequest,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Iterator[ExportStart]:
    """The start every export shares: its progress job, the words of its language, a
    read session, a streaming workbook, and the request checked against the database
    (unknown region or site, sensitive details the role may not see: refused here).

        with workbook_export(db, request, progress, cancelled) as (job, words, s, wb, request):
    """
    job = Job(progress, cancelled)
    words = Words(request.lang)
    with db.sessions() as s, streaming_workbook(request.lang) as wb:
        yield ExportStart(job, words, s, wb, check_request(s, request))
