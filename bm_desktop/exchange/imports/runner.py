"""Running an import: read, check every row, then (unless it is a dry run) write in
one transaction, or not at all.

A dry run (the preview) only reads. A real run repeats the checks inside the
write transaction (the database may have changed since the preview) and
writes nothing when a row was rejected, unless the user chose to skip the
rejected rows; any error or a cancel rolls the whole transaction back.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from bm_desktop.db import journal
from bm_desktop.db.engine import Database
from bm_desktop.exchange.exports.job import Cancelled, Job, Progress
from bm_desktop.exchange.imports import (
    batches,
    events,
    events_write,
    incidents,
    sites,
    sites_write,
    submission_files,
    submissions,
    tracker,
)
from bm_desktop.exchange.imports.readers import Table, open_table
from bm_desktop.exchange.imports.report import (
    ImportFileError,
    ImportRefused,
    ImportReport,
    PreviewRow,
)
from bm_desktop.exchange.text import Words


@dataclass
class ImportOptions:
    dry_run: bool = False
    skip_rejected: bool = False
    lang: str = "en"
    sheet: str | None = None
    mapping: dict[str, str] | None = None  # target field -> file column (generic files)
    today: dt.date | None = None
    date_order: str | None = None  # events: "dmy" or "mdy" (else decided from the file)
    replace_period: bool = False  # events: remove this source's unlisted events
    sink: Callable[[PreviewRow], None] | None = None  # sees every row (--report)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Importer:
    kind: str
    open: Callable[[Path, ImportOptions], Table]
    analyse: Callable[..., Any]  # (session, table, report, words, options, tick) -> plan
    write: Callable[..., None]  # (session, plan, options, tick)
    # (plan) -> whether it is written out of the write-ahead log (tens of thousands of rows)
    bulk: Callable[[Any], bool] | None = None


def _tracker_table(path: Path, options: ImportOptions) -> Table:
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise ImportFileError(
            "{name}: the corrective-action tracker is an Excel workbook "
            "(.xlsx) exported by BM Desktop.",
            name=path.name,
        )
    if options.sheet:
        return open_table(path, options.sheet)
    last: ImportFileError | None = None
    for name in tracker.sheet_names():
        try:
            return open_table(path, name)
        except ImportFileError as exc:
            last = exc
    raise ImportFileError(
        "{name} has no '{sheet}' sheet: is it a corrective-action tracker "
        "exported by BM Desktop? ({reason})",
        name=path.name,
        sheet=tracker.sheet_names()[0],
        reason=last,
    )


def _tracker_analyse(s, table, report, words, options, tick):
    return tracker.analyse(s, table, report, words, options.today or dt.date.today())


def _tracker_write(s, plan, options, tick):
    with batches.recording(s, "actions", plan.report):
        tracker.write(s, plan, options.today or dt.date.today())


def _plain_table(path: Path, options: ImportOptions) -> Table:
    return open_table(path, options.sheet)


def _events_table(path: Path, options: ImportOptions) -> Table:
    return open_table(path, options.sheet, accept=lambda keys: events.detect(keys)[0] is not None)


def _events_analyse(s, table, report, words, options, tick):
    return events.analyse(
        s,
        table,
        report,
        words,
        tick,
        given=options.mapping,
        date_order=options.date_order,
        replace_period=options.replace_period,
        today=options.today,
    )


def _events_write(s, plan, options, tick):
    batch = batches.open_batch(s, "events", plan.report, plan.source)
    events_write.write(s, plan, tick, options.extra.get("stamper"), batch)
    if options.mapping and plan.source == "other":
        from bm_desktop.exchange.imports import mapping as mp

        mp.remember(s, "events", options.extra["headers"], options.mapping)


def _events_bulk(plan: Any) -> bool:
    return len(plan.add) >= events_write.BULK_ROWS


def _sites_analyse(s, table, report, words, options, tick):
    return sites.analyse(s, table, report, words, options.mapping, tick)


def _sites_write(s, plan, options, tick):
    with batches.recording(s, "sites", plan.report):
        visits = sites_write.write(s, plan, options.today or dt.date.today())
    plan.report.warnings.append(
        Words(options.lang)
        .translate("ExchangeImport", "{n} site visits added to the visit history.")
        .format(n=visits)
    )


def _incidents_analyse(s, table, report, words, options, tick):
    return incidents.analyse(
        s, table, report, words, options.mapping, options.today or dt.date.today()
    )


def _incidents_write(s, plan, options, tick):
    with batches.recording(s, "incidents", plan.report):
        incidents.write(s, plan, options.today or dt.date.today())


def _submissions_table(path: Path, options: ImportOptions) -> Table:
    export = submission_files.read_export(path, options.extra.get("media"))
    options.extra["export"] = export
    return Table(list(export.headers), [])


def _submissions_analyse(s, table, report, words, options, tick):
    return submissions.analyse(
        s, options.extra["export"], report, words, options.today or dt.date.today()
    )


def _submissions_write(s, plan, options, tick):
    with batches.recording(s, "submissions", plan.report):
        submissions.write(s, plan, options.today or dt.date.today(), options.extra.get("database"))


IMPORTERS: dict[str, Importer] = {
    "actions": Importer("actions", _tracker_table, _tracker_analyse, _tracker_write),
    "events": Importer("events", _events_table, _events_analyse, _events_write, _events_bulk),
    "sites": Importer("sites", _plain_table, _sites_analyse, _sites_write),
    "incidents": Importer("incidents", _plain_table, _incidents_analyse, _incidents_write),
    "submissions": Importer(
        "submissions", _submissions_table, _submissions_analyse, _submissions_write
    ),
}


def register(importer: Importer) -> None:
    IMPORTERS[importer.kind] = importer


def run_import(
    db: Database,
    kind: str,
    path: Path,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Check (and unless ``dry_run``, apply) an import; returns what it found and did.

    Raises :class:`ImportFileError` for a file that cannot be imported at all and
    :class:`ImportRefused` (with the report) when rows were rejected and
    ``skip_rejected`` is off; in both cases nothing was written.
    """
    options = options or ImportOptions()
    importer = IMPORTERS.get(kind)
    if importer is None:
        raise ImportFileError(
            "Unknown import '{kind}' (use one of: {kinds}).", kind=kind, kinds=sorted(IMPORTERS)
        )
    words = Words(options.lang)
    job = Job(progress, cancelled)
    options.extra.setdefault("stamper", db.stamper)
    options.extra.setdefault("database", db.path)
    path = Path(path)
    report = ImportReport(kind, path, dry_run=options.dry_run, sink=options.sink)

    def tick(n: int) -> None:
        job.step(n, 0, words.translate("ExchangeImport", "Checking rows"))

    table = importer.open(path, options)
    options.extra["headers"] = list(table.headers)
    collecting = gc.isenabled()
    # Checking a big file makes millions of small tuples and no reference cycles; the
    # cycle collector would walk them again and again (a third of the time).
    gc.disable()
    try:
        if options.dry_run:
            with db.sessions() as s:
                importer.analyse(s, table, report, words, options, tick)
            return report
        with db.engine.connect() as conn, db.sessions(bind=conn) as s:
            with s.begin():
                seen = journal.data_version(s.connection())
                plan = importer.analyse(s, table, report, words, options, tick)
                if report.rejected and not options.skip_rejected:
                    raise ImportRefused(
                        words.translate(
                            "ExchangeImport",
                            "{n} rows were rejected, so nothing was imported. Fix "
                            "them, or import the other rows and leave the rejected ones out.",
                        ).format(n=report.rejected),
                        report,
                    )
                job.step(0, report.changes, words.translate("ExchangeImport", "Writing"))
                bulk = (
                    conn.dialect.name == "sqlite"
                    and importer.bulk is not None
                    and importer.bulk(plan)
                )
                if not bulk:
                    _write(importer, s, plan, options, tick, job)
            if bulk:
                _write_out_of_wal(importer, conn, s, seen, plan, options, tick, job)
        report.written = True
        return report
    finally:
        table.close()
        if collecting:
            gc.enable()


def _write(importer: Importer, s: Session, plan: Any, options: ImportOptions, tick, job) -> None:
    importer.write(s, plan, options, tick)
    _flush(s)
    job.check()


def _write_out_of_wal(
    importer: Importer,
    conn: Connection,
    s: Session,
    seen: int,
    plan: Any,
    options: ImportOptions,
    tick,
    job: Job,
) -> None:
    """Write a big plan out of the write-ahead log, when nothing else has the file open
    (:mod:`bm_desktop.db.journal`: a third of such an import's time went into writing
    its pages twice), in a transaction of its own after the checking one. A refused
    file never reaches this, so it leaves the file byte for byte as it was. Should
    another connection have written in between (the window's sync, say), the checks
    no longer hold: nothing is written and the user is asked to import again."""
    if journal.data_version(conn) != seen:
        raise ImportFileError(
            "The database changed while the file was being checked (a "
            "synchronisation or an edit ended meanwhile), so nothing was imported. "
            "Import the file again."
        )
    with journal.out_of_wal_on(conn), s.begin():
        _write(importer, s, plan, options, tick, job)


def _flush(s: Session) -> None:
    s.flush()
