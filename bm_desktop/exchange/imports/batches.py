"""Import batches: every import is one, and can be undone until it is synchronised.

``open_batch`` is called inside the import's write transaction; the importer lists
each row it adds, updates or removes, with the values the row had before
(:class:`~bm_desktop.db.models.ImportBatchRow`). ``undo_batch`` deletes the rows the
batch added (nobody else has seen them) and puts the others back as they were, in
one transaction. Once a change of the batch has been sent to the server, other
laptops may hold it, so the batch can no longer be undone here.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.db.models import ImportBatch, ImportBatchRow, OutboxChange, SecurityEvent
from bm_desktop.exchange.imports.report import ImportFileError, ImportReport

TABLES = {"security_events": SecurityEvent}


@dataclass(frozen=True)
class BatchView:
    id: int
    kind: str
    file_name: str
    created_at: dt.datetime
    added: int
    updated: int
    removed: int
    undone_at: dt.datetime | None
    synchronised: bool  # some of its changes reached the server: no undo


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def open_batch(s: Session, kind: str, report: ImportReport, source: str | None = None) -> int:
    batch = ImportBatch(kind=kind, file_name=report.path.name[:260], source=source,
                        created_at=_now(), added=report.added, updated=report.updated,
                        removed=report.removed)
    s.add(batch)
    s.flush()
    report.batch = batch.id
    return batch.id


def _sent(s: Session, batch: ImportBatch) -> bool:
    """Has any change to the batch's rows made since the batch been sent?"""
    rows = select(ImportBatchRow.row_id).where(ImportBatchRow.batch_id == batch.id)
    return bool(s.scalar(select(func.count()).select_from(OutboxChange).where(
        OutboxChange.row_id.in_(rows), OutboxChange.created_at >= batch.created_at,
        OutboxChange.sent_at.is_not(None))))


def list_batches(db: Database) -> list[BatchView]:
    """Every import batch, newest first."""
    with db.sessions() as s:
        return [BatchView(b.id, b.kind, b.file_name, b.created_at, b.added, b.updated,
                          b.removed, b.undone_at, _sent(s, b))
                for b in s.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))]


def undo_batch(db: Database, batch_id: int) -> BatchView:
    """Undo an import batch in one transaction; refuses one already undone, one that
    has reached the server, or one with a later batch on the same rows still in place."""
    with db.sessions.begin() as s:
        batch = s.get(ImportBatch, batch_id)
        if batch is None:
            raise ImportFileError("There is no import batch {batch} (see 'bm-desktop import "
                                  "batches').", batch=batch_id)
        if batch.undone_at is not None:
            raise ImportFileError("Import batch {batch} was already undone on {when}.",
                                  batch=batch_id, when=batch.undone_at.isoformat(sep=" "))
        if _sent(s, batch):
            raise ImportFileError("Import batch {batch} has been synchronised with the server, "
                                  "so it can no longer be undone here: correct the events "
                                  "instead.", batch=batch_id)
        later = s.scalar(select(func.min(ImportBatch.id)).where(
            ImportBatch.id > batch_id, ImportBatch.undone_at.is_(None),
            ImportBatch.id.in_(select(ImportBatchRow.batch_id).where(ImportBatchRow.row_id.in_(
                select(ImportBatchRow.row_id).where(ImportBatchRow.batch_id == batch_id))))))
        if later is not None:
            raise ImportFileError("Import batch {later} changed the same events after batch "
                                  "{batch}: undo {later} first.", batch=batch_id, later=later)
        entries = s.execute(select(ImportBatchRow.table_name, ImportBatchRow.row_id,
                                   ImportBatchRow.op, ImportBatchRow.before)
                            .where(ImportBatchRow.batch_id == batch_id)).all()
        _restore(s, entries)
        batch.undone_at = _now()
        s.flush()
        return BatchView(batch.id, batch.kind, batch.file_name, batch.created_at, batch.added,
                         batch.updated, batch.removed, batch.undone_at, False)


def _restore(s: Session, entries: list) -> None:
    added: dict[str, list] = {}
    restore: dict[str, dict] = {}
    for table, row_id, op, before in entries:
        if op == "add":
            added.setdefault(table, []).append(row_id)
        else:
            restore.setdefault(table, {})[row_id] = json.loads(before)
    for table, ids in added.items():
        model = TABLES[table]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            # Never sent: the rows and their queued changes go, nobody else saw them.
            s.execute(delete(OutboxChange).where(OutboxChange.table_name == table,
                                                 OutboxChange.row_id.in_(chunk)))
            s.execute(delete(model).where(model.id.in_(chunk)))
    for table, rows in restore.items():
        model = TABLES[table]
        ids = list(rows)
        for start in range(0, len(ids), 500):
            for obj in s.scalars(select(model).where(model.id.in_(ids[start:start + 500]))):
                for name, value in rows[obj.id].items():
                    column = model.__table__.columns[name]
                    if value is not None and column.type.python_type is dt.date:
                        value = dt.date.fromisoformat(value)
                    setattr(obj, name, value)
            s.flush()
