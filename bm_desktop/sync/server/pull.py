"""Pages of rows for a laptop: first a snapshot of its scope, then the change feed.

A page groups rows by table with the column names given once, which gzip
turns into a few dozen bytes per row. Rows a page refers to but that the user
would not otherwise receive (a corrective action's stakeholder) travel with it.
"""

from __future__ import annotations

import json
import logging
import operator
import uuid
from collections.abc import Iterable, Sequence
from itertools import repeat
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, String, Uuid, cast, func, select, type_coerce
from sqlalchemy.engine import Connection

from bm_desktop.db.models import FeedEntry
from bm_desktop.sync import rows, wire
from bm_desktop.sync.server import scope as scopes
from bm_desktop.sync.server.devices import device_names
from bm_desktop.sync.server.scope import Scope
from bm_desktop.sync.server.store import ServerStore
from bm_desktop.sync.wire import Cursor

log = logging.getLogger("bm_desktop.sync.server")


class Page:
    """Rows of one pull answer, grouped by table in arrival order.

    ``columnar``: snapshot groups hold their values column by column (``columns``, one
    list per column) instead of row by row. A first connection receives hundreds of
    thousands of rows: columns are what the laptop checks and inserts, they cost no
    list per row on either side, and similar values side by side compress better. Feed
    groups (with their ``bases``) are always rows."""

    def __init__(self, scope: Scope, columnar: bool = False) -> None:
        self.scope = scope
        self.columnar = columnar
        self.groups: dict[str, dict[str, Any]] = {}
        self.count = 0
        self._stakeholders: set[str] = set()

    def _group(self, table: str, columnar: bool = False) -> dict[str, Any] | None:
        group = self.groups.get(table)
        if group is None:
            tc = rows.codecs().get(table)
            if tc is None:  # a table this server version no longer syncs
                return None
            cols = list(tc.column_names)
            if columnar:
                group = {"t": table, "cols": cols, "columns": [[] for _ in cols]}
            else:
                group = {"t": table, "cols": cols, "rows": [], "bases": []}
            self.groups[table] = group
        return group

    def add(self, table: str, row: dict[str, Any], base: str | None) -> None:
        """A row as a dict of JSON values (feed payloads, stakeholders referred to)."""
        group = self._group(table)
        if group is None:
            return
        row = self.scope.redact_row(table, row)
        if "columns" in group:  # a referred-to stakeholder in a snapshot page (no base)
            for values, c in zip(group["columns"], group["cols"], strict=True):
                values.append(row.get(c))
        else:
            group["rows"].append([row.get(c) for c in group["cols"]])
            group["bases"].append(base)
        self.count += 1
        if table == scopes.STAKEHOLDERS:
            self._stakeholders.add(row["id"])

    def add_values(
        self, table: str, values: Sequence[Sequence[Any]], booleans: Sequence[int] = ()
    ) -> None:
        """Rows already as sequences of JSON values in the table's column order
        (snapshots), except the columns at ``booleans``: SQLite's 0 and 1."""
        group = self._group(table, self.columnar)
        if group is None or not values:
            return
        cols = group["cols"]
        if self.scope.redact:
            values = [
                [r.get(c) for c in cols]
                for r in (
                    self.scope.redact_row(
                        table, _with_booleans(dict(zip(cols, v, strict=True)), cols, booleans)
                    )
                    for v in values
                )
            ]
            booleans = ()
        if "columns" in group:
            for i, (held, got) in enumerate(
                zip(group["columns"], zip(*values, strict=True), strict=True)
            ):
                held.extend(_as_booleans(got) if i in booleans else got)
        else:
            if booleans:
                converted = [list(v) for v in values]
                for i in booleans:
                    for r in converted:
                        if r[i] is not None:
                            r[i] = r[i] == 1
                values = converted
            group["rows"].extend(values)
            group["bases"].extend([None] * len(values))
        self.count += len(values)
        if table == scopes.STAKEHOLDERS:
            i = cols.index("id")
            self._stakeholders.update(v[i] for v in values)

    def _column(self, group: dict[str, Any], name: str) -> Iterable[Any]:
        i = group["cols"].index(name)
        if "columns" in group:
            return group["columns"][i]
        return (r[i] for r in group["rows"])

    def add_referenced_stakeholders(self, conn: Connection) -> None:
        """Send the stakeholders the page's rows refer to (and their organisations)."""
        if self.scope.everything:
            return
        st = rows.codec(scopes.STAKEHOLDERS)
        for _ in range(3):
            wanted: set[str] = set()
            for tname, col in (*scopes.STAKEHOLDER_REFS, (scopes.STAKEHOLDERS, "organisation_id")):
                group = self.groups.get(tname)
                if group is None:
                    continue
                wanted.update(v for v in self._column(group, col) if v is not None)
            wanted -= self._stakeholders
            if not wanted:
                return
            ids = [uuid.UUID(h) for h in wanted]
            for m in conn.execute(select(st.table).where(st.table.c.id.in_(ids))).mappings():
                self.add(scopes.STAKEHOLDERS, st.encode(m), None)
            self._stakeholders |= wanted

    def devices(self) -> set[str]:
        """The devices that made the page's rows (their ``updated_by``)."""
        found: set[str] = set()
        for g in self.groups.values():
            if "updated_by" in g["cols"]:
                found.update(filter(None, self._column(g, "updated_by")))
        return found

    def body(
        self,
        after: str | None,
        cursor: Cursor,
        more: bool,
        progress: tuple[int, int],
        clock: str,
        devices: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        tables = []
        for g in self.groups.values():
            if "bases" in g and all(b is None for b in g["bases"]):
                g = {k: v for k, v in g.items() if k != "bases"}
            tables.append(g)
        return {
            "v": wire.PROTOCOL,
            "after": after,
            "cursor": cursor.encode(),
            "more": more,
            "progress": list(progress),
            "scope": self.scope.fingerprint(),
            "clock": clock,
            "count": self.count,
            "tables": tables,
            "devices": devices or {},
        }


def _as_booleans(values: Sequence[Any]) -> list[Any]:
    """SQLite's 0 and 1 (or JSON's false and true) as booleans, None kept."""
    if None not in values:
        return list(map(operator.eq, values, repeat(1)))  # (in C)
    return [None if v is None else v == 1 for v in values]


def _with_booleans(row: dict[str, Any], cols: list[str], booleans: Sequence[int]) -> dict:
    for i in booleans:
        if row[cols[i]] is not None:
            row[cols[i]] = row[cols[i]] == 1
    return row


def pull_page(
    store: ServerStore, scope: Scope, after: str | None, limit: int, columnar: bool = False
) -> dict:
    """One page after ``after`` (None: start with a snapshot of the user's scope);
    ``columnar``: snapshot groups column by column (laptops that ask for it)."""
    cursor = Cursor.decode(after)  # ValueError -> 422 in the app
    if cursor is not None:
        _check_cursor(cursor)
    limit = max(1, min(limit, wire.MAX_PULL_LIMIT))
    page = Page(scope, columnar)
    with store.engine.connect() as conn:
        if cursor is None:
            cursor = _start_snapshot(conn, scope)
        if cursor.snapshot:
            nxt, more, progress = _snapshot_page(conn, scope, cursor, limit, page)
        else:
            nxt, more, progress = _feed_page(conn, scope, cursor, limit, page)
        page.add_referenced_stakeholders(conn)
        # Who made the rows (account names) is personal data: not for government users.
        devices = {} if scope.redact else device_names(conn, page.devices())
        conn.rollback()
    log.info("pull by %s: %d rows after %s", scope.username, page.count, after or "start")
    return page.body(after, nxt, more, progress, store.clock.now(), devices)


MAX_SEQ = 2**63 - 1  # a BIGINT: a larger number cannot even be compared in SQL


def _check_cursor(cursor: Cursor) -> None:
    """A cursor this server could have written, or ValueError (a 422 for the laptop)."""
    numbers = (cursor.seq, cursor.table, cursor.sent, cursor.total)
    if any(not 0 <= n <= MAX_SEQ for n in numbers) or cursor.table > len(rows.codecs()):
        raise ValueError("sync cursor out of range")


def _wire_columns(tc: rows.TableCodec, dialect: str) -> list[Any]:
    """The table's columns as SQL that yields JSON-ready values: UUIDs as 32 hex digits,
    dates and times as ISO text, read without building a Python object for each."""
    out = []
    for c in tc.table.columns:
        e: Any
        if isinstance(c.type, Uuid):
            e = (
                type_coerce(c, String)
                if dialect == "sqlite"
                else func.replace(cast(c, String), "-", "")
            )
        elif isinstance(c.type, (Date, DateTime)):
            e = type_coerce(c, String) if dialect == "sqlite" else cast(c, String)
        else:
            e = c
        out.append(e.label(c.name))
    return out


def _fetch(conn: Connection, query: Any) -> list[Sequence[Any]]:
    """The rows of a snapshot query as sequences of JSON values (booleans aside: SQLite
    gives 0 and 1, see :meth:`Page.add_values`). On SQLite, straight from the driver:
    building SQLAlchemy rows cost a third of a first connection's query time."""
    result = conn.execute(query)
    if conn.dialect.name != "sqlite":
        return list(map(tuple, result.all()))
    try:
        return result.cursor.fetchall()  # type: ignore[no-any-return,return-value]
    finally:
        result.close()


def _boolean_positions(tc: rows.TableCodec, dialect: str) -> tuple[int, ...]:
    if dialect != "sqlite":
        return ()
    return tuple(i for i, c in enumerate(tc.table.columns) if isinstance(c.type, Boolean))


def _high_water(conn: Connection) -> int:
    return int(conn.execute(select(func.max(FeedEntry.seq))).scalar() or 0)


def _start_snapshot(conn: Connection, scope: Scope) -> Cursor:
    high = _high_water(conn)
    total = 0
    for name, tc in rows.codecs().items():
        total += (
            conn.execute(
                select(func.count()).select_from(tc.table).where(scope.row_filter(name))
            ).scalar()
            or 0
        )
    return Cursor(high, snapshot=True, total=total)


def _snapshot_page(
    conn: Connection, scope: Scope, cursor: Cursor, limit: int, page: Page
) -> tuple[Cursor, bool, tuple[int, int]]:
    names = list(rows.codecs())
    table_index, after, sent = cursor.table, cursor.after, cursor.sent
    while table_index < len(names) and page.count < limit:
        name = names[table_index]
        tc = rows.codecs()[name]
        t = tc.table
        q = select(t).where(scope.row_filter(name))
        if after:
            q = q.where(t.c.id > uuid.UUID(after))
        want = limit - page.count
        q = q.with_only_columns(*_wire_columns(tc, conn.dialect.name))
        got = _fetch(conn, q.order_by(t.c.id).limit(want))
        page.add_values(name, got, _boolean_positions(tc, conn.dialect.name))
        sent += len(got)
        if len(got) < want:
            table_index, after = table_index + 1, ""
        else:
            after = got[-1][list(tc.column_names).index("id")]
    if table_index >= len(names):
        # Snapshot done: continue with the feed from where it stood when it began.
        return Cursor(cursor.seq), True, (cursor.total, cursor.total)
    return (
        Cursor(cursor.seq, True, table_index, after, sent, cursor.total),
        True,
        (sent, cursor.total),
    )


def _feed_page(
    conn: Connection, scope: Scope, cursor: Cursor, limit: int, page: Page
) -> tuple[Cursor, bool, tuple[int, int]]:
    feed = FeedEntry.__table__
    high = _high_water(conn)
    got = conn.execute(
        select(feed.c.seq, feed.c.table_name, feed.c.base, feed.c.payload)
        .where(feed.c.seq > cursor.seq, scope.feed_filter(feed))
        .order_by(feed.c.seq)
        .limit(limit)
    ).all()
    for entry in got:
        page.add(entry.table_name, json.loads(entry.payload), entry.base)
    if len(got) == limit:
        return Cursor(got[-1].seq), True, (got[-1].seq, max(high, got[-1].seq))
    last = max([high, cursor.seq] + [e.seq for e in got[-1:]])
    return Cursor(last), False, (last, last)
