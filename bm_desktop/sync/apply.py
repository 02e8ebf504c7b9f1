"""Applying a pulled page to the laptop's database: last writer wins, losers kept.

Runs inside the caller's transaction (the same one that moves the cursor), with
plain SQL statements: no stamping and no outbox, since these rows are not local
edits. A version of this laptop's own that loses to a concurrent remote one is
recorded in ``conflicts`` with both versions, so the user can choose.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import UniqueConstraint, delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from bm_desktop.db.models import OutboxChange, SyncConflict
from bm_desktop.sync import merge, rows
from bm_desktop.sync.errors import ProtocolError
from bm_desktop.sync.outbox import dumps, utcnow

CHUNK = 500  # ids per IN (...) query
OUTBOX = OutboxChange.__table__


@dataclass
class PageResult:
    received: int = 0
    applied: int = 0
    conflicts: int = 0
    max_clock: str = ""
    tables: set[str] = field(default_factory=set)


def apply_page(conn: Connection, page: dict[str, Any], device_id: str) -> PageResult:
    """Apply every table group of a pull page; returns what changed."""
    result = PageResult()
    groups = page.get("tables")
    if not isinstance(groups, list):
        raise ProtocolError("The server's page has no table list.")
    for group in groups:
        _apply_group(conn, group, device_id, result)
    return result


def _latest_versions(group: dict[str, Any]) -> dict[str, tuple[dict[str, Any], set]]:
    """The newest version of each row in the group (a page may hold several), with the
    bases of all of them: a local version that any of them was built on was seen."""
    cols = group["cols"]
    bases = group.get("bases") or [None] * len(group["rows"])
    latest: dict[str, tuple[dict[str, Any], set]] = {}
    for values, base in zip(group["rows"], bases, strict=True):
        row = dict(zip(cols, values, strict=True))
        held = latest.get(row["id"])
        if held is None:
            latest[row["id"]] = (row, {base})
        else:
            held[1].add(base)
            if row["updated_at"] > held[0]["updated_at"]:
                latest[row["id"]] = (row, held[1])
    return latest


def _apply_group(conn: Connection, group: dict[str, Any], device_id: str,
                 result: PageResult) -> None:
    try:
        name, cols = group["t"], group["cols"]
    except (KeyError, TypeError):
        raise ProtocolError("The server's page has a malformed table group.") from None
    tc = rows.codecs().get(name)
    result.received += len(group.get("rows", ()))
    if tc is None or not group.get("rows"):
        return  # a table this version of BM Desktop does not know: skip it
    known = set(tc.column_names)
    latest = _latest_versions(group)
    t = tc.table
    held: dict[str, Any] = {}
    ids = [uuid.UUID(h) for h in latest]
    for i in range(0, len(ids), CHUNK):
        for m in conn.execute(select(t).where(t.c.id.in_(ids[i:i + CHUNK]))).mappings():
            held[m["id"].hex] = m
    writes: list[dict[str, Any]] = []
    for row_id, (row, bases) in latest.items():
        if set(cols) - known:
            row = {k: v for k, v in row.items() if k in known}
        try:
            values = tc.decode(row)
        except rows.RowError as exc:
            raise ProtocolError(f"The server sent a row this laptop cannot store: {exc}") from None
        clock = row["updated_at"]
        if clock > result.max_clock:
            result.max_clock = clock
        current = held.get(row_id)
        mine = tc.encode(current) if current is not None else None
        if current is not None and current["updated_at"] in bases:
            base = current["updated_at"]  # one of the versions was built on ours
        else:
            base = next(iter(bases)) if len(bases) == 1 else None
        verdict = merge.decide(current["updated_at"] if current is not None else None, clock,
                               base, same_content=mine is not None
                               and rows.same_content(mine, tc.encode(values)),
                               append_only=tc.append_only)
        if (verdict.loser == "current" and mine is not None
                and merge.node_of(mine["updated_at"]) == device_id):
            if _record_conflict(conn, name, values["id"], mine, tc.encode(values)):
                result.conflicts += 1
        if verdict.apply:
            writes.append(values)
    if writes:
        stmt = sqlite_insert(t)
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.c.id],
            set_={c.name: stmt.excluded[c.name] for c in t.columns if c.name != "id"})
        conn.exec_driver_sql("SAVEPOINT bm_apply_group")
        try:
            conn.execute(stmt, writes)
        except IntegrityError:
            conn.exec_driver_sql("ROLLBACK TO bm_apply_group")
            for values in writes:
                result.conflicts += _write_replacing_duplicates(conn, tc, stmt, values)
        conn.exec_driver_sql("RELEASE bm_apply_group")
        result.applied += len(writes)
        result.tables.add(name)


def _write_replacing_duplicates(conn: Connection, tc: rows.TableCodec, stmt: Any,
                                values: dict[str, Any]) -> int:
    """Write one row; a local row with another id but the same unique values (the same
    event imported on two laptops) gives way to the server's, and is kept as a conflict."""
    conn.exec_driver_sql("SAVEPOINT bm_apply_row")
    try:
        conn.execute(stmt, [values])
        conn.exec_driver_sql("RELEASE bm_apply_row")
        return 0
    except IntegrityError:
        conn.exec_driver_sql("ROLLBACK TO bm_apply_row")
    t = tc.table
    recorded = 0
    for constraint in t.constraints:
        if not isinstance(constraint, UniqueConstraint):
            continue
        cols = list(constraint.columns)
        clash = conn.execute(select(t).where(*(c == values[c.name] for c in cols),
                                             t.c.id != values["id"])).mappings().first()
        if clash is None:
            continue
        if _record_conflict(conn, tc.name, clash["id"], tc.encode(clash), tc.encode(values)):
            recorded += 1
        conn.execute(delete(t).where(t.c.id == clash["id"]))
        conn.execute(update(OUTBOX).where(OUTBOX.c.row_id == clash["id"],
                                          OUTBOX.c.state == "pending")
                     .values(state="rejected", outcome="replaced",
                             message="The server already has this row under another id."))
    conn.execute(stmt, [values])  # still failing: a real inconsistency, let it raise
    conn.exec_driver_sql("RELEASE bm_apply_row")
    return recorded


def _record_conflict(conn: Connection, table: str, row_id: uuid.UUID, local: dict[str, Any],
                     remote: dict[str, Any]) -> bool:
    c = SyncConflict.__table__
    exists = conn.execute(select(c.c.id).where(c.c.table_name == table, c.c.row_id == row_id,
                                               c.c.local_clock == local["updated_at"])).first()
    if exists is not None:
        return False
    conn.execute(insert(c).values(
        table_name=table, row_id=row_id, local_version=dumps(local), remote_version=dumps(remote),
        local_clock=local["updated_at"], remote_clock=remote["updated_at"], detected_at=utcnow(),
        detected_by="client", resolved=False))
    return True
