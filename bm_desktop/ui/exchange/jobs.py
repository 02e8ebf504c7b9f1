"""The work the exchange dialogs hand to workers (Qt-free wrappers that turn the
expected outcomes, a cancel or a refused file, into plain results)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from bm_desktop.domain.errors import BmError, error_text
from bm_desktop.exchange.exports.job import ExportCancelled
from bm_desktop.exchange.exports.request import ExportRequest, ExportResult
from bm_desktop.exchange.imports.report import ImportFileError, ImportRefused, ImportReport
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from bm_desktop.services.database_files import Database

# What each import may change, for the views to reload.
TABLES = {
    "actions": {"action_progress", "corrective_actions"},
    "events": {"security_events"},
    "sites": {"sites", "site_minerals", "site_visits", "site_status_changes"},
    "incidents": {"incidents"},
    "submissions": {"incidents"},
}


@dataclasses.dataclass
class Outcome:
    """An import's result: the report, or the reason nothing was written."""

    report: ImportReport | None = None
    error: str | None = None


def export(
    run: Callable[..., ExportResult],
    db: Database,
    request: ExportRequest,
    path: Path,
    progress: Callable[[int, int, str], None],
    cancelled: Callable[[], bool],
) -> ExportResult | None:
    """Run an export; None when the user cancelled it."""
    try:
        return run(db, request, path, progress=progress, cancelled=cancelled)
    except ExportCancelled:
        return None


def check(
    db: Database,
    kind: str,
    path: Path,
    options: ImportOptions,
    progress: Callable[[int, int, str], None],
    cancelled: Callable[[], bool],
) -> Outcome:
    """The dry run behind the preview."""
    try:
        return Outcome(
            run_import(
                db, kind, path, dataclasses.replace(options, dry_run=True), progress, cancelled
            )
        )
    except BmError as exc:
        return Outcome(error=error_text(exc, options.lang))


def apply(
    db: Database,
    kind: str,
    path: Path,
    options: ImportOptions,
    progress: Callable[[int, int, str], None],
    cancelled: Callable[[], bool],
) -> Outcome:
    """The import itself (one transaction); a refusal comes back with its report."""
    try:
        return Outcome(
            run_import(
                db, kind, path, dataclasses.replace(options, dry_run=False), progress, cancelled
            )
        )
    except ImportRefused as exc:
        return Outcome(exc.report, error_text(exc, options.lang))
    except (ImportFileError, BmError) as exc:
        return Outcome(error=error_text(exc, options.lang))


def write_report(
    db: Database,
    kind: str,
    path: Path,
    options: ImportOptions,
    out: Path,
    progress: Callable[[int, int, str], None],
    cancelled: Callable[[], bool],
) -> Outcome:
    """The dry run again, every line of its row report written to ``out`` (.csv or
    .xlsx): the preview keeps a bounded number of rows, the file has them all."""
    from bm_desktop.exchange.imports.report_file import ReportFile
    from bm_desktop.exchange.text import Words

    writer = ReportFile(out, Words(options.lang))
    try:
        report = run_import(
            db,
            kind,
            path,
            dataclasses.replace(options, dry_run=True, sink=writer.write),
            progress,
            cancelled,
        )
    except BmError as exc:
        writer.discard()
        return Outcome(error=error_text(exc, options.lang))
    writer.finish(report)
    return Outcome(report)
