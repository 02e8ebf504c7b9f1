"""Writing an events import: new events in bulk, updates and removals through the ORM,
and every change listed under its import batch (see :mod:`.batches`)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import operator
import os
import time
import uuid
from collections.abc import Iterator
from itertools import chain, islice, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from bm_desktop.db.models import ImportBatchRow, SecurityEvent
from bm_desktop.exchange.imports.event_layouts import FIELDS
from bm_desktop.sync.outbox import is_attached

if TYPE_CHECKING:
    from bm_desktop.exchange.imports.events import EventPlan

BATCH = 2000
ROWS = 25_000  # new rows per executemany (SQLite)
PER_STATEMENT = 20  # rows per INSERT ... VALUES (...), (...) (22 values each)
BULK_ROWS = 20_000  # from this many new events, indexes are rebuilt after the insert


def write(
    s: Session, plan: EventPlan, tick=lambda n: None, stamper: Any = None, batch: int | None = None
) -> None:
    """Apply the plan in the caller's transaction, in batches (memory stays flat), and
    list every change under the import batch ``batch`` so it can be undone.

    New events are inserted with one executemany per batch, stamped here from
    the database's clock, while the laptop is not attached to a server: the sync
    outbox records nothing before then (the first connection sends or replaces
    the whole database), so nothing is lost and 100,000 events take seconds, not
    minutes. Once attached, they go through the ORM so the outbox records each.
    """
    if plan.add and stamper is not None and not is_attached(s.connection()):
        added = _insert_stamped(s, plan, stamper, tick)
    else:
        added = _insert_objects(s, plan, tick)
    _update_and_remove(s, plan)
    if batch is not None:
        _list_batch(s, plan, batch, added)


def _insert_stamped(s: Session, plan: EventPlan, stamper: Any, tick) -> list[str]:
    """New events in one executemany per batch, stamped in bulk. On SQLite (every
    laptop) the rows go to the driver as plain tuples in the column types the
    models store (UUID as 32 hex digits, dates as ISO text), past SQLAlchemy's
    per-row parameter processing, which took most of the time of a big import."""
    ids = new_ids(len(plan.add))
    clocks = stamper.clock.many(len(plan.add))
    raw = s.connection().dialect.name == "sqlite"
    if raw:  # room for the indexes' pages while 100,000 rows go in (64 MB at most)
        s.connection().exec_driver_sql("PRAGMA cache_size = -65536")
    with _indexes_rebuilt_after(s, len(plan.add) if raw else 0):
        _insert_rows(s, plan, ids, clocks, stamper.device_id, raw, tick)
    if raw:
        s.connection().exec_driver_sql("PRAGMA cache_size = -2000")  # SQLite's default
    return ids


@contextlib.contextmanager
def _indexes_rebuilt_after(s: Session, n: int) -> Iterator[None]:
    """For a big import into a table it more than doubles, drop the secondary indexes
    and build them again once the rows are in (a third faster than keeping them up to
    date row by row). Inside the transaction: if the import fails, the rollback
    brings them back as they were."""
    conn = s.connection()
    table = SecurityEvent.__table__
    if n < BULK_ROWS or n < (conn.scalar(select(func.count()).select_from(table)) or 0):
        yield
        return
    indexes = [i for i in table.indexes if not i.unique]
    for index in indexes:
        index.drop(conn)
    yield
    for index in indexes:
        index.create(conn)


def _insert_rows(
    s: Session, plan: EventPlan, ids: list[str], clocks: list[str], device: str, raw: bool, tick
) -> None:
    names = ("id", "source", "source_id", *FIELDS, "updated_at", "updated_by", "deleted")
    source = plan.source
    if raw:
        _insert_columns(s, plan, ids, clocks, device, names, tick)
        return
    for start in range(0, len(plan.add), BATCH):
        part = plan.add[start : start + BATCH]
        rows = [
            dict(
                zip(
                    names,
                    (
                        uuid.UUID(ids[start + k]),
                        source,
                        source_id,
                        *values,
                        clocks[start + k],
                        device,
                        False,
                    ),
                    strict=True,
                )
            )
            for k, (source_id, values) in enumerate(part)
        ]
        s.execute(insert(SecurityEvent.__table__), rows)
        tick(start + len(part))


def _insert_columns(
    s: Session,
    plan: EventPlan,
    ids: list[str],
    clocks: list[str],
    device: str,
    names: tuple[str, ...],
    tick,
) -> None:
    """The new rows handed to the driver's executemany ``ROWS`` at a time,
    ``PER_STATEMENT`` rows to a statement (a quarter less time in SQLite than one row
    to a statement), on the same connection, so in the same transaction.

    Each part's parameters are one list, row after row, made in C with no Python step
    per row: each row's values, then its source id, id and clock (see ``_part``); each
    statement's parameters are then one slice of it. Values the same in every row of
    the part (the source, this device, not deleted, the date unit of a file of days)
    are written into the statement instead, and an end day equal to the start day in
    every row takes the start's parameter: fewer values to hand over one by one."""
    n = len(plan.add)
    extra: list[tuple[str, Any]] = [
        ("source_id", map(itemgetter(0), plan.add)),
        ("id", ids),
        ("updated_at", clocks),
    ]
    fixed: dict[str, str] = {"deleted": "0"}
    for name, value in (("source", plan.source), ("updated_by", device)):
        if isinstance(literal := _literal(value), str):
            fixed[name] = literal
        else:
            extra.append((name, literal))
    layout = (*FIELDS, *(name for name, _ in extra))
    rows = map(
        operator.add, map(itemgetter(1), plan.add), zip(*(c for _, c in extra), strict=False)
    )
    iso: dict[dt.date, str] = {}
    cursor: Any = s.connection().connection.cursor()  # the driver's: it takes iterables
    try:
        for start in range(0, n, ROWS):
            take = min(ROWS, n - start)
            flat, params, shared = _part(list(chain.from_iterable(islice(rows, take))), layout, iso)
            width = len(params)
            sql = _insert_sql(names, params, {**fixed, **shared})
            whole = take // PER_STATEMENT
            step = PER_STATEMENT * width
            cursor.executemany(
                sql(PER_STATEMENT), (flat[i : i + step] for i in range(0, whole * step, step))
            )
            if take > whole * PER_STATEMENT:
                cursor.executemany(
                    sql(1), (flat[i : i + width] for i in range(whole * step, take * width, width))
                )
            tick(start + take)
    finally:
        cursor.close()


def _part(
    flat: list[Any], layout: tuple[str, ...], iso: dict[dt.date, str]
) -> tuple[list[Any], list[str], dict[str, str]]:
    """One part's values, row after row in ``layout``, made ready to bind: days as ISO
    text (each day written once, in ``iso``); the date unit left out when the same in
    every row, the end day when equal to the start day in every row (each a strided
    deletion, in C). Returns the values, the names of the columns still bound (in each
    row's order), and what the left-out columns take instead: SQL text, or the name of
    the bound column whose parameter they share."""
    width = len(layout)
    at = {name: j for j, name in enumerate(layout)}
    starts, ends = flat[at["date_start"] :: width], flat[at["date_end"] :: width]
    for day in {*starts, *ends}.difference(iso):
        iso[day] = day.isoformat()
    shared: dict[str, str] = {}
    flat[at["date_start"] :: width] = map(iso.__getitem__, starts)
    left_out = []
    units = flat[at["date_unit"] :: width]
    if units.count(units[0]) == len(units) and isinstance(unit := _literal(units[0]), str):
        shared["date_unit"] = unit
        left_out.append(at["date_unit"])
    if starts == ends:
        shared["date_end"] = "date_start"
        left_out.append(at["date_end"])
    else:
        flat[at["date_end"] :: width] = map(iso.__getitem__, ends)
    params = list(layout)
    for j in sorted(left_out, reverse=True):  # the later column first: earlier ones stay put
        del flat[j :: len(params)]
        del params[j]
    return flat, params, shared


def _insert_sql(names: tuple[str, ...], params: list[str], fixed: dict[str, str]):
    """The INSERT of ``rows`` rows: each column takes its row's parameter (numbered in
    the row's order of ``params``), another column's parameter, or SQL text."""
    width = len(params)
    slot = {name: j for j, name in enumerate(params)}
    shape = [slot[k] if k in slot else slot.get(fixed[k], fixed[k]) for k in names]
    head = f"INSERT INTO security_events ({', '.join(names)}) VALUES "

    def sql(rows: int) -> str:
        return head + ", ".join(
            "("
            + ", ".join(x if isinstance(x, str) else f"?{r * width + x + 1}" for x in shape)
            + ")"
            for r in range(rows)
        )

    return sql


def _literal(text: str) -> Any:
    """A plain word written into the statement as SQL text; anything else is bound."""
    return f"'{text}'" if text.isascii() and text.replace("_", "").isalnum() else repeat(text)


def new_ids(n: int) -> list[str]:
    """``n`` new UUIDs as 32 hex digits (as SQLite stores them), in the time-ordered
    layout of RFC 9562's version 7: the milliseconds, then a counter, then 42 random
    bits. Rising keys go to the end of the primary-key index instead of to random
    pages, which halves the time of a big insert; they are as unique as version 4's."""
    ms = int(time.time() * 1000) & (2**48 - 1)
    k = np.arange(n, dtype=np.uint64)
    noise = np.frombuffer(os.urandom(8 * n), dtype=np.uint64) >> np.uint64(22)
    hi = np.uint64(ms << 16 | 0x7000) | ((k >> np.uint64(20)) & np.uint64(0x0FFF))
    lo = np.uint64(0b10 << 62) | ((k & np.uint64(0xFFFFF)) << np.uint64(42)) | noise
    text = np.stack([hi, lo], axis=1).astype(">u8").tobytes().hex()
    return [text[j : j + 32] for j in range(0, 32 * n, 32)]


def _insert_objects(s: Session, plan: EventPlan, tick) -> list[str]:
    done = 0
    ids = []
    for start in range(0, len(plan.add), BATCH):
        events = [
            SecurityEvent(
                id=uuid.uuid4(),
                source=plan.source,
                source_id=source_id,
                **dict(zip(FIELDS, values, strict=True)),
            )
            for source_id, values in plan.add[start : start + BATCH]
        ]
        ids += [e.id.hex for e in events]
        s.add_all(events)
        s.flush()
        s.expunge_all()
        done += BATCH
        tick(done)
    return ids


def _update_and_remove(s: Session, plan: EventPlan) -> None:
    changes = {event_id: values for event_id, values, _, _ in plan.update}
    ids = list(changes) + [event_id for event_id, _ in plan.remove]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for event in s.scalars(select(SecurityEvent).where(SecurityEvent.id.in_(chunk))):
            if event.id in changes:
                for name, value in zip(FIELDS, changes[event.id], strict=True):
                    setattr(event, name, value)
                event.deleted = False
            else:
                event.deleted = True
        s.flush()
        s.expunge_all()


def before_json(values: tuple, deleted: bool) -> str:
    """An event's values as they were, for undo."""
    out = {
        k: (x.isoformat() if isinstance(x, dt.date) else x)
        for k, x in zip(FIELDS, values, strict=True)
    }
    out["deleted"] = deleted
    return json.dumps(out, ensure_ascii=False)


def _list_batch(s: Session, plan: EventPlan, batch: int, added: list[str]) -> None:
    """Every change of the import under its batch (row ids as 32 hex digits)."""
    table = "security_events"
    # New events as lists of 5,000 ids ("adds"): one row per new event cost as much as
    # inserting the events' own indexes.
    rows: list[tuple] = [
        (batch, table, added[k], "adds", json.dumps(added[k : k + 5000]))
        for k in range(0, len(added), 5000)
    ]
    rows += [
        (batch, table, i.hex, "update", before_json(stored, deleted))
        for i, _, stored, deleted in plan.update
    ]
    rows += [
        (batch, table, i.hex, "remove", before_json(stored, False)) for i, stored in plan.remove
    ]
    names = ("batch_id", "table_name", "row_id", "op", "before")
    if s.connection().dialect.name == "sqlite":
        sql = (
            f"INSERT INTO import_batch_rows ({', '.join(names)}) "
            f"VALUES ({', '.join('?' for _ in names)})"
        )
        for start in range(0, len(rows), 5000):
            s.connection().exec_driver_sql(sql, rows[start : start + 5000])
        return
    for start in range(0, len(rows), 5000):
        s.execute(
            insert(ImportBatchRow.__table__),
            [
                dict(zip(names, (b, t, uuid.UUID(i), o, j), strict=True))
                for b, t, i, o, j in rows[start : start + 5000]
            ],
        )
