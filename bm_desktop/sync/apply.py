"""Applying a pulled page to the laptop's database: last writer wins, losers kept.

Runs inside the caller's transaction (the same one that moves the cursor), with
plain SQL statements: no stamping and no outbox, since these rows are not local
edits. A version of this laptop's own that loses to a concurrent remote one is
recorded in ``conflicts`` with both versions, so the user can choose.

Speed matters here (a first connection receives hundreds of thousands of rows),
so values go from their JSON form straight to SQLite's storage form, checked
column by column, without building Python objects for every UUID and date.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from operator import is_not
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    UniqueConstraint,
    Uuid,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from bm_desktop.db import cipher
from bm_desktop.db.models import OutboxChange, SyncConflict
from bm_desktop.sync import merge, rows
from bm_desktop.sync.errors import ProtocolError
from bm_desktop.sync.outbox import dumps, utcnow
from bm_desktop.sync.screen import as_rows, checked_columns, group_size, screen_group

CHUNK = 500  # ids per IN (...) query
OUTBOX = OutboxChange.__table__


def _integrity_errors() -> tuple[type[Exception], ...]:
    """The driver's IntegrityError classes (plain sqlite3 and SQLCipher's are distinct)."""
    try:
        return (sqlite3.IntegrityError, cipher.cipher_module().IntegrityError)
    except ImportError:
        return (sqlite3.IntegrityError,)


_INTEGRITY_ERRORS: tuple[type[Exception], ...] = (IntegrityError, *_integrity_errors())
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}")


@dataclass
class PageResult:
    received: int = 0
    applied: int = 0
    conflicts: int = 0
    max_clock: str = ""
    tables: set[str] = field(default_factory=set)
    skipped: list[str] = field(default_factory=list)  # rows left out, with the reason


def apply_page(
    conn: Connection, page: dict[str, Any], device_id: str, *, all_new: bool = False
) -> PageResult:
    """Apply every table group of a pull page; returns what changed.

    ``all_new``: the page is part of the snapshot of a first connection into an
    empty database, so its rows cannot be here yet; they are inserted as they
    are (if one is here after all, the page falls back to the careful way).
    """
    result = PageResult()
    groups = page.get("tables")
    if not isinstance(groups, list):
        raise ProtocolError("The server's page has no table list.")
    for group in groups:
        try:
            columns: list = []  # the group's values column by column, once screened
            if isinstance(group, dict) and "columns" in group:
                group = checked_columns(group)
            if isinstance(group, dict) and isinstance(
                group.get("rows", group.get("columns")), list
            ):
                received = group_size(group)
                group = screen_group(group, result.skipped, columns_out=columns)
                result.received += received - group_size(group)
            try:
                _apply_table(conn, group, device_id, result, all_new, columns)
            except (TypeError, ValueError, IndexError):
                # A value of the wrong type for its column: find the rows at fault, leave
                # them out and apply the rest (nothing was written before the failure).
                group = as_rows(group)
                screened = screen_group(group, result.skipped, _storage)
                if screened is group:
                    raise
                result.received += len(group["rows"]) - len(screened["rows"])
                _apply_table(conn, screened, device_id, result, all_new)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise ProtocolError(f"The server sent rows this laptop cannot store ({exc}).") from None
    return result


def _apply_table(
    conn: Connection,
    group: dict[str, Any],
    device_id: str,
    result: PageResult,
    all_new: bool,
    columns: list | None = None,
) -> None:
    if all_new and _insert_new(conn, group, result, columns):
        return
    _apply_group(conn, as_rows(group), device_id, result)


# -- JSON values to SQLite storage, a column at a time ------------------------------------
# A first connection checks millions of values: the common case (every value of the
# column of the expected type) is decided with C-level map/set calls, and only a column
# that needs converting, or holds a bad value, goes value by value.
_NONE = type(None)
_not_none = partial(is_not, None)


def _types(values: list) -> set[type]:
    return set(map(type, values))


def _uuids(values: list) -> list:
    if _types(values) <= {str, _NONE} and set(map(len, filter(_not_none, values))) <= {32}:
        return values
    out = []
    for v in values:
        if v is not None:
            if type(v) is not str:
                raise ValueError(f"{v!r} is not a UUID")
            if len(v) != 32:  # a UUID with dashes: normalise (invalid ones raise here)
                v = uuid.UUID(v).hex
        out.append(v)
    return out


def _dates(values: list) -> list:
    if _types(values) <= {str, _NONE} and all(map(_DATE.fullmatch, filter(_not_none, values))):
        return values
    for v in values:
        if v is not None and (type(v) is not str or not _DATE.fullmatch(v)):
            raise ValueError(f"{v!r} is not a date")
    return values


def _datetimes(values: list) -> list:
    if _types(values) <= {str, _NONE} and all(map(_DATETIME.fullmatch, filter(_not_none, values))):
        return values
    out = []
    for v in values:
        if v is not None:
            if type(v) is not str:
                raise ValueError(f"{v!r} is not a date-time")
            v = v.replace("T", " ")
            if len(v) == 19:
                v += ".000000"
            if not _DATETIME.fullmatch(v):
                raise ValueError(f"{v!r} is not a date-time")
        out.append(v)
    return out


def _booleans(values: list) -> list:
    if not _types(values) <= {bool, _NONE}:
        raise ValueError("a boolean column holds something else")
    return values  # sqlite3 stores True and False as 1 and 0


def _integers(values: list) -> list:
    if not _types(values) <= {int, _NONE}:
        raise ValueError("an integer column holds something else")
    return values


def _floats(values: list) -> list:
    types = _types(values)
    if types <= {float, _NONE}:
        return values
    if not types <= {int, float, _NONE}:
        raise ValueError("a number column holds something else")
    return [None if v is None else float(v) for v in values]


def _strings(values: list) -> list:
    if not _types(values) <= {str, _NONE}:
        raise ValueError("a text column holds something else")
    return values


def _storage(column: Any) -> Callable[[list], list]:
    t = column.type
    if isinstance(t, Uuid):
        return _uuids
    if isinstance(t, DateTime):
        return _datetimes
    if isinstance(t, Date):
        return _dates
    if isinstance(t, Boolean):
        return _booleans
    if isinstance(t, Integer):
        return _integers
    if isinstance(t, Float):
        return _floats
    return _strings


def _upsert_sql(tc: rows.TableCodec, new_rows_only: bool) -> str:
    names = [f'"{c.name}"' for c in tc.table.columns]
    insert_sql = (
        f'INSERT INTO "{tc.name}" ({", ".join(names)}) VALUES ({", ".join("?" for _ in names)})'
    )
    if new_rows_only:  # a first connection: plain inserts are faster
        return insert_sql
    updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != '"id"')
    return f'{insert_sql} ON CONFLICT ("id") DO UPDATE SET {updates}'


# -- one table of a page -------------------------------------------------------------------
def _latest_versions(group: dict[str, Any], id_i: int, clock_i: int) -> dict[str, list]:
    """The newest version of each row in the group (a page may hold several), with the
    bases of all of them: a local version any of them was built on was seen."""
    data = group["rows"]
    bases = group.get("bases") or [None] * len(data)
    latest: dict[str, list] = {}
    for row, base in zip(data, bases, strict=True):
        held = latest.get(row[id_i])
        if held is None:
            latest[row[id_i]] = [row, base, None]
        else:
            seen = held[2] or {held[1]}
            seen.add(base)
            if row[clock_i] > held[0][clock_i]:
                held[0], held[1] = row, base
            held[2] = seen
    return latest


def _local_clocks(conn: Connection, table: str, ids: list[str]) -> dict[str, str]:
    held: dict[str, str] = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        sql = (
            f'SELECT "id", "updated_at" FROM "{table}" WHERE "id" IN ({",".join("?" * len(chunk))})'
        )
        held.update(conn.exec_driver_sql(sql, tuple(chunk)).all())
    return held


def _insert_new(
    conn: Connection, group: dict[str, Any], result: PageResult, columns: list | None = None
) -> bool:
    """Insert a snapshot group as it is; False (nothing written) if a row already exists."""
    name, cols = group["t"], group["cols"]
    n = group_size(group)
    tc = rows.codecs().get(name)
    if tc is None or not n:
        result.received += n
        return True
    data = group.get("rows")
    if not columns:
        columns = group["columns"] if data is None else list(zip(*data, strict=True))
    position = {c: i for i, c in enumerate(cols)}
    top = max(columns[position["updated_at"]])
    if type(top) is not str:
        raise ValueError("a row without a clock")
    conn.exec_driver_sql("SAVEPOINT bm_insert_new")
    try:
        _write(
            conn,
            tc,
            cols,
            position,
            data,
            result,
            new_rows_only=True,
            fallback=False,
            columns=columns,
            n=n,
        )
    except _INTEGRITY_ERRORS:
        conn.exec_driver_sql("ROLLBACK TO bm_insert_new")
        conn.exec_driver_sql("RELEASE bm_insert_new")
        return False
    conn.exec_driver_sql("RELEASE bm_insert_new")
    result.received += n
    result.applied += n
    result.max_clock = max(result.max_clock, top)
    result.tables.add(name)
    return True


def _apply_group(
    conn: Connection, group: dict[str, Any], device_id: str, result: PageResult
) -> None:
    name, cols, data = group["t"], group["cols"], group["rows"]
    result.received += len(data)
    tc = rows.codecs().get(name)
    if tc is None or not data:
        return  # a table this version of BM Desktop does not know: skip it
    position = {c: i for i, c in enumerate(cols)}
    id_i, clock_i = position["id"], position["updated_at"]
    latest = _latest_versions(group, id_i, clock_i)
    ids = _uuids(list(latest))
    if ids != list(latest):
        latest = dict(zip(ids, latest.values(), strict=True))
    local = _local_clocks(conn, name, ids)
    writes: list[list] = []
    to_compare: list[tuple[str, list]] = []
    for row_id, (row, base, seen) in latest.items():
        clock = row[clock_i]
        if type(clock) is not str:
            raise ValueError("a row without a clock")
        if clock > result.max_clock:
            result.max_clock = clock
        current = local.get(row_id)
        if seen is not None:  # several versions in the page: was ours among the bases?
            base = current if current in seen else None
        verdict = merge.decide(current, clock, base, same_content=False, append_only=tc.append_only)
        if verdict.loser == "current" and merge.node_of(current or "") == device_id:
            to_compare.append((row_id, row))  # ours may lose: compare contents first
        elif verdict.apply:
            writes.append(row)
    for row_id, row in to_compare:
        if _keep_losing_version(conn, tc, uuid.UUID(row_id), dict(zip(cols, row, strict=True))):
            result.conflicts += 1
        writes.append(row)
    if writes:
        _write(conn, tc, cols, position, writes, result, new_rows_only=not local)
        result.applied += len(writes)
        result.tables.add(name)


def _write(
    conn: Connection,
    tc: rows.TableCodec,
    cols: list[str],
    position: dict[str, int],
    writes: list[list] | None,
    result: PageResult,
    *,
    new_rows_only: bool,
    fallback: bool = True,
    columns: list | None = None,
    n: int | None = None,
) -> None:
    """Write ``writes`` (rows in the order of ``cols``); ``columns``: the same values
    column by column when the caller has them already (``writes`` None: only them)."""
    if not columns:
        columns = list(zip(*writes, strict=True))  # type: ignore[misc]
    n = len(writes) if writes is not None else n or 0
    stored = []
    as_sent = writes is not None and list(position) == list(tc.column_names)
    for column, codec in zip(tc.table.columns, tc.columns, strict=True):
        i = position.get(column.name)
        if i is None:  # a column the server does not send (an older server): its default
            stored.append([codec.default] * n)
        else:
            sent = columns[i]
            checked = _storage(column)(sent)
            as_sent = as_sent and checked is sent
            stored.append(checked)
    # Nothing converted: the rows go to SQLite as they came (no second transposition);
    # columns go row by row as the driver asks for them (no list per row).
    params: Any = writes if as_sent else zip(*stored, strict=True)
    if not fallback:  # straight to the driver (sqlite3 takes the lists as they are)
        driver: Any = conn.connection.driver_connection
        driver.executemany(_upsert_sql(tc, new_rows_only), params)
        return
    conn.exec_driver_sql("SAVEPOINT bm_apply_group")
    try:
        conn.exec_driver_sql(_upsert_sql(tc, new_rows_only), list(map(tuple, params)))
    except IntegrityError:
        conn.exec_driver_sql("ROLLBACK TO bm_apply_group")
        for row in writes or zip(*columns, strict=True):
            values = tc.decode(
                {c: v for c, v in zip(cols, row, strict=True) if c in tc.column_names}
            )
            result.conflicts += _write_replacing_duplicates(conn, tc, values)
    conn.exec_driver_sql("RELEASE bm_apply_group")


def _keep_losing_version(
    conn: Connection, tc: rows.TableCodec, row_id: uuid.UUID, incoming: dict[str, Any]
) -> bool:
    """Record our version before a concurrent, later one replaces it (unless they say
    the same thing). Returns True when a conflict was recorded."""
    t = tc.table
    current = conn.execute(select(t).where(t.c.id == row_id)).mappings().first()
    mine = tc.encode(current)
    theirs = tc.encode(tc.decode({k: v for k, v in incoming.items() if k in tc.column_names}))
    if rows.same_content(mine, theirs):
        return False
    return _record_conflict(conn, tc.name, row_id, mine, theirs)


def _write_replacing_duplicates(
    conn: Connection, tc: rows.TableCodec, values: dict[str, Any]
) -> int:
    """Write one row; a local row with another id but the same unique values (the same
    event imported on two laptops) gives way to the server's, and is kept as a conflict."""
    t = tc.table
    stmt = sqlite_insert(t)
    stmt = stmt.on_conflict_do_update(
        index_elements=[t.c.id],
        set_={c.name: stmt.excluded[c.name] for c in t.columns if c.name != "id"},
    )
    conn.exec_driver_sql("SAVEPOINT bm_apply_row")
    try:
        conn.execute(stmt, [values])
        conn.exec_driver_sql("RELEASE bm_apply_row")
        return 0
    except IntegrityError:
        conn.exec_driver_sql("ROLLBACK TO bm_apply_row")
    recorded = 0
    for constraint in t.constraints:
        if not isinstance(constraint, UniqueConstraint):
            continue
        cols = list(constraint.columns)
        clash = (
            conn.execute(
                select(t).where(*(c == values[c.name] for c in cols), t.c.id != values["id"])
            )
            .mappings()
            .first()
        )
        if clash is None:
            continue
        if _record_conflict(conn, tc.name, clash["id"], tc.encode(clash), tc.encode(values)):
            recorded += 1
        conn.execute(delete(t).where(t.c.id == clash["id"]))
        conn.execute(
            update(OUTBOX)
            .where(OUTBOX.c.row_id == clash["id"], OUTBOX.c.state == "pending")
            .values(
                state="rejected",
                outcome="replaced",
                message="The server already has this row under another id.",
            )
        )
    conn.execute(stmt, [values])  # still failing: a real inconsistency, let it raise
    conn.exec_driver_sql("RELEASE bm_apply_row")
    return recorded


def _record_conflict(
    conn: Connection, table: str, row_id: uuid.UUID, local: dict[str, Any], remote: dict[str, Any]
) -> bool:
    c = SyncConflict.__table__
    exists = conn.execute(
        select(c.c.id).where(
            c.c.table_name == table, c.c.row_id == row_id, c.c.local_clock == local["updated_at"]
        )
    ).first()
    if exists is not None:
        return False
    conn.execute(
        insert(c).values(
            table_name=table,
            row_id=row_id,
            local_version=dumps(local),
            remote_version=dumps(remote),
            local_clock=local["updated_at"],
            remote_clock=remote["updated_at"],
            detected_at=utcnow(),
            detected_by="client",
            resolved=False,
        )
    )
    return True
