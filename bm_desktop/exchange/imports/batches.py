"""Import batches: every import is one, and can be undone until it is synchronised.

``open_batch`` is called inside the import's write transaction; the importer lists
each row it adds, updates or removes, with the values the row had before
(:class:`~bm_desktop.db.models.ImportBatchRow`). ``undo_batch`` deletes the rows the
batch added (nobody else has seen them) and puts the others back as they were, in
one transaction. Once a change of the batch has been sent to the server, other
laptops may hold it, so the batch can no longer be undone here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, DateTime, Uuid, delete, event, func, insert, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bm_desktop.db.base import Synced
from bm_desktop.db.engine import Database
from bm_desktop.db.models import Base, ImportBatch, ImportBatchRow, OutboxChange
from bm_desktop.exchange.imports.report import ImportFileError, ImportReport

META = ("id", "updated_at", "updated_by")


def _models() -> dict[str, Any]:
    return {
        m.class_.__tablename__: m.class_
        for m in Base.registry.mappers
        if issubclass(m.class_, Synced)
    }


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return value.hex
    return value


def _typed(column: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return dt.date.fromisoformat(value)
    if isinstance(column.type, Uuid):
        return uuid.UUID(value)
    return value


@contextlib.contextmanager
def recording(s: Session, kind: str, report: ImportReport) -> Iterator[None]:
    """List every synchronised row the import's ORM writes add or change, with its
    values before, under a new batch (for the importers that write through the ORM:
    sites, incidents, the action tracker)."""
    rows: list[dict[str, Any]] = []

    def after_flush(session: Session, _context: Any) -> None:
        for obj in session.new:
            if isinstance(obj, Synced):
                rows.append(
                    {"table_name": obj.__tablename__, "row_id": obj.id, "op": "add", "before": None}
                )
        for obj in session.dirty:
            if not isinstance(obj, Synced) or not session.is_modified(obj):
                continue
            state = inspect(obj)
            before = {}
            for attr in state.mapper.column_attrs:
                if attr.key in META:
                    continue
                hist = state.attrs[attr.key].history
                old = (
                    hist.deleted[0]
                    if hist.deleted
                    else (hist.unchanged[0] if hist.unchanged else None)
                )
                before[attr.key] = _plain(old)
            rows.append(
                {
                    "table_name": obj.__tablename__,
                    "row_id": obj.id,
                    "op": "update",
                    "before": json.dumps(before, ensure_ascii=False),
                }
            )

    event.listen(s, "after_flush", after_flush)
    try:
        yield
        s.flush()
    finally:
        event.remove(s, "after_flush", after_flush)
    if not rows:
        return
    batch = open_batch(s, kind, report)
    for start in range(0, len(rows), 5000):
        s.execute(
            insert(ImportBatchRow.__table__),
            [{**r, "batch_id": batch} for r in rows[start : start + 5000]],
        )


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
    batch = ImportBatch(
        kind=kind,
        file_name=report.path.name[:260],
        source=source,
        created_at=_now(),
        added=report.added,
        updated=report.updated,
        removed=report.removed,
    )
    s.add(batch)
    s.flush()
    report.batch = batch.id
    return batch.id


def _sent(s: Session, batch: ImportBatch) -> bool:
    """Has any change to the batch's rows made since the batch been sent?"""
    rows = select(ImportBatchRow.row_id).where(ImportBatchRow.batch_id == batch.id)
    return bool(
        s.scalar(
            select(func.count())
            .select_from(OutboxChange)
            .where(
                OutboxChange.row_id.in_(rows),
                OutboxChange.created_at >= batch.created_at,
                OutboxChange.sent_at.is_not(None),
            )
        )
    )


def list_batches(db: Database) -> list[BatchView]:
    """Every import batch, newest first."""
    with db.sessions() as s:
        return [
            BatchView(
                b.id,
                b.kind,
                b.file_name,
                b.created_at,
                b.added,
                b.updated,
                b.removed,
                b.undone_at,
                _sent(s, b),
            )
            for b in s.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
        ]


def undo_batch(db: Database, batch_id: int) -> BatchView:
    """Undo an import batch in one transaction; refuses one already undone, one that
    has reached the server, or one with a later batch on the same rows still in place."""
    with db.sessions.begin() as s:
        batch = s.get(ImportBatch, batch_id)
        if batch is None:
            raise ImportFileError(
                "There is no import batch {batch} (see 'bm-desktop import batches').",
                batch=batch_id,
            )
        if batch.undone_at is not None:
            raise ImportFileError(
                "Import batch {batch} was already undone on {when}.",
                batch=batch_id,
                when=batch.undone_at.isoformat(sep=" "),
            )
        if _sent(s, batch):
            raise ImportFileError(
                "Import batch {batch} has been synchronised with the server, "
                "so it can no longer be undone here: correct the rows "
                "instead.",
                batch=batch_id,
            )
        later = _later_batch(s, batch_id)
        if later is not None:
            raise ImportFileError(
                "Import batch {later} changed the same rows after batch "
                "{batch}: undo {later} first.",
                batch=batch_id,
                later=later,
            )
        entries = s.execute(
            select(
                ImportBatchRow.table_name,
                ImportBatchRow.row_id,
                ImportBatchRow.op,
                ImportBatchRow.before,
            ).where(ImportBatchRow.batch_id == batch_id)
        ).all()
        try:
            _restore(s, list(entries))
        except IntegrityError:
            raise ImportFileError(
                "Import batch {batch} cannot be undone: rows it added are "
                "used by records entered since (an incident on a new site, "
                "say). Remove those first.",
                batch=batch_id,
            ) from None
        batch.undone_at = _now()
        s.flush()
        return BatchView(
            batch.id,
            batch.kind,
            batch.file_name,
            batch.created_at,
            batch.added,
            batch.updated,
            batch.removed,
            batch.undone_at,
            False,
        )


def _row_ids(s: Session, batch_ids: Any) -> dict[int, set[uuid.UUID]]:
    """The rows each batch touched (a bulk "adds" entry lists many)."""
    out: dict[int, set[uuid.UUID]] = {}
    for batch, row_id, op, before in s.execute(
        select(
            ImportBatchRow.batch_id, ImportBatchRow.row_id, ImportBatchRow.op, ImportBatchRow.before
        ).where(ImportBatchRow.batch_id.in_(batch_ids))
    ):
        ids = out.setdefault(batch, set())
        if op == "adds":
            ids.update(uuid.UUID(x) for x in json.loads(before or "[]"))
        else:
            ids.add(row_id)
    return out


def _later_batch(s: Session, batch_id: int) -> int | None:
    """The first batch after ``batch_id``, not undone, that touched one of its rows."""
    later = select(ImportBatch.id).where(ImportBatch.id > batch_id, ImportBatch.undone_at.is_(None))
    touched = _row_ids(s, [batch_id, *s.scalars(later)])
    mine = touched.pop(batch_id, set())
    return min((b for b, ids in touched.items() if ids & mine), default=None)


def _restore(s: Session, entries: list) -> None:
    models = _models()
    added: dict[str, list] = {}
    restore: dict[str, dict] = {}
    for table, row_id, op, before in entries:
        if op == "adds":
            added.setdefault(table, []).extend(uuid.UUID(x) for x in json.loads(before))
        elif op == "add":
            added.setdefault(table, []).append(row_id)
        else:
            restore.setdefault(table, {})[row_id] = json.loads(before)
    order = [t.name for t in reversed(Base.metadata.sorted_tables)]  # children first
    for table in sorted(added, key=order.index):
        ids = added[table]
        model = models[table]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            # Never sent: the rows and their queued changes go, nobody else saw them.
            s.execute(
                delete(OutboxChange).where(
                    OutboxChange.table_name == table, OutboxChange.row_id.in_(chunk)
                )
            )
            s.execute(delete(model).where(model.id.in_(chunk)))
    for table, rows in restore.items():
        model = models[table]
        ids = list(rows)
        for start in range(0, len(ids), 500):
            for obj in s.scalars(select(model).where(model.id.in_(ids[start : start + 500]))):
                for name, value in rows[obj.id].items():
                    setattr(obj, name, _typed(model.__table__.columns[name], value))
            s.flush()
