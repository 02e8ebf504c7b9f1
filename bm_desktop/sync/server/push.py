"""Applying a batch of pushed changes: at most once each, in scope, last writer wins.

Each change runs in its own savepoint, so a refused change (out of scope,
invalid, or a reused id with other content: 409) never blocks the rest of
the batch. A change id seen before with the same content is a no-op.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import time
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, StatementError

from bm_desktop.db import rules
from bm_desktop.db.models import ChangeReceipt, FeedEntry, SyncConflict
from bm_desktop.domain.hlc import Timestamp
from bm_desktop.sync import merge, rows, wire
from bm_desktop.sync.reasons import RULE_KEY, Reason
from bm_desktop.sync.server import scope as scopes
from bm_desktop.sync.server.references import check_references
from bm_desktop.sync.server.scope import Scope
from bm_desktop.sync.server.store import ServerStore

log = logging.getLogger("bm_desktop.sync.server")

OPS = ("insert", "update", "delete")
# A change stamped further ahead of the server's clock than this is refused: one
# laptop with a wrong date must not win every conflict for days.
MAX_CLOCK_AHEAD = dt.timedelta(hours=1)


@dataclass(frozen=True)
class ChangeIn:
    id: uuid.UUID
    table: str
    op: str
    base: str | None
    row: dict[str, Any]

    def digest(self) -> tuple[str, int]:
        """A digest of the change's content, and the size of that content in bytes."""
        body = json.dumps(
            [self.table, self.op, self.base, self.row],
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        )
        # "surrogatepass": a lone surrogate (valid JSON) is refused later, with a reason.
        data = body.encode("utf-8", "surrogatepass")
        return hashlib.sha256(data).hexdigest(), len(data)


class Refused(Exception):
    """A change refused alone: an HTTP-like code and the reason (a key the laptop shows
    in its user's language, :mod:`bm_desktop.sync.reasons`)."""

    def __init__(self, code: int, key: str, **params: object) -> None:
        self.reason = Reason(key, **params)
        super().__init__(str(self.reason))
        self.code = code


def result(
    change_id: uuid.UUID,
    status: str,
    code: int = 200,
    message: str = "",
    reason: Reason | None = None,
) -> dict:
    out: dict[str, Any] = {"id": change_id.hex, "status": status, "code": code}
    if message:
        out["message"] = message
    if reason is not None:
        out["reason"] = reason.wire()
    return out


def apply_push(
    store: ServerStore, scope: Scope, device: str, changes: list[ChangeIn]
) -> list[dict]:
    """Apply a batch in one transaction; one result per change.

    The batch is decided in memory and written with a few bulk statements. Only
    the end of the transaction (numbering the feed entries, commit) is serialised
    across pushes, so feed numbers are committed in order; on PostgreSQL the rows
    a batch changes are locked (FOR UPDATE) while it is decided, so two pushes
    about the same row take turns. If the database still refuses the batch (a
    row breaking a constraint, a deadlock), it is applied again change by change,
    each in its own savepoint, so only the bad change is refused.
    """
    started = time.perf_counter()
    try:
        if store.is_postgres:
            results = _in_bulk(store, scope, device, changes)
        else:
            with store.push_lock:  # SQLite has one writer anyway: take turns up front
                results = _in_bulk(store, scope, device, changes)
        how = "in bulk"
    except StatementError as exc:
        # A value the database refuses (a constraint, a NUL byte or an integer too large
        # for PostgreSQL, a deadlock): redo the batch change by change, so that error is
        # the refusal of the one change that caused it and the rest is applied.
        log.warning(
            "push from %s: the batch failed in bulk (%s); applying it change by change",
            scope.username,
            _first_line(exc),
        )
        with store.push_lock, store.engine.connect() as conn:
            conn = conn.execution_options(bm_write=True)
            with conn.begin():
                store.lock_for_push(conn)
                results = [_one_by_one(conn, store, scope, device, ch) for ch in changes]
        how = "one by one"
    counts: dict[str, int] = {}
    for r in results:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    log.info(
        "push from %s (%s, device %s): %s %s in %.0f ms",
        scope.username,
        scope.role,
        device,
        ", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "nothing",
        how,
        (time.perf_counter() - started) * 1000,
    )
    try:  # who works on this device, for other laptops' conflict messages
        from bm_desktop.sync.server.devices import note_device

        note_device(store, scope, device)
    except Exception:  # the changes are in; a missing name must not fail the push
        log.exception("could not record the account of device %s", device)
    return results


def _in_bulk(store: ServerStore, scope: Scope, device: str, changes: list[ChangeIn]) -> list[dict]:
    with store.engine.connect() as conn:
        conn = conn.execution_options(bm_write=True)
        with conn.begin():
            plan = BatchPlan(conn, store, scope, device, changes, lock_rows=store.is_postgres)
            results = [plan.decide(ch) for ch in changes]
            plan.write(before_feed=lambda: store.lock_for_push(conn))
    return results


def _one_by_one(
    conn: Connection, store: ServerStore, scope: Scope, device: str, ch: ChangeIn
) -> dict:
    savepoint = conn.begin_nested()
    try:  # reading the server's rows may fail too (a value too large to compare)
        plan = BatchPlan(conn, store, scope, device, [ch])
        res = plan.decide(ch)
        plan.write()
        savepoint.commit()
    except StatementError as exc:
        savepoint.rollback()
        log.warning(
            "push from %s: change %s refused by the database: %s",
            scope.username,
            ch.id.hex,
            _first_line(exc),
        )
        code, reason = _database_refusal(ch, exc)
        res = result(ch.id, "rejected", code, str(reason), reason)
    return res


def _first_line(exc: StatementError) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0][:200]


def _database_refusal(ch: ChangeIn, exc: StatementError) -> tuple[int, Reason]:
    """The code and reason of a change the database refused."""
    text = str(getattr(exc, "orig", exc)).lower()
    if isinstance(exc, IntegrityError) and "foreign key" in text:
        return 409, Reason("database_reference", table=ch.table)
    if isinstance(exc, IntegrityError):
        return 409, Reason("database_unique", table=ch.table)
    return 422, Reason("database_value", table=ch.table, detail=_first_line(exc))


def _check_clock(value: str | None, what: str) -> None:
    if value is None:
        return
    try:
        ts = Timestamp.decode(value)
    except ValueError:
        raise Refused(422, "clock_invalid", what=what, value=repr(value[:40])) from None
    ahead = ts.millis - int(time.time() * 1000)
    if ahead > MAX_CLOCK_AHEAD.total_seconds() * 1000:
        raise Refused(422, "clock_ahead", minutes=ahead // 60000)


class BatchPlan:
    """Decides a batch against the server's rows (read once) and the batch's own
    earlier changes, then writes rows, feed entries and receipts in bulk."""

    def __init__(
        self,
        conn: Connection,
        store: ServerStore,
        scope: Scope,
        device: str,
        changes: list[ChangeIn],
        *,
        lock_rows: bool = False,
    ) -> None:
        self.conn, self.store, self.scope, self.device = conn, store, scope, device[:64]
        self.now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        receipts = ChangeReceipt.__table__
        ids = [c.id for c in changes]
        self.receipts: dict[uuid.UUID, tuple[str, str]] = {}
        for i in range(0, len(ids), 500):
            for r in conn.execute(
                select(receipts.c.change_id, receipts.c.digest, receipts.c.outcome).where(
                    receipts.c.change_id.in_(ids[i : i + 500])
                )
            ):
                self.receipts[r.change_id] = (r.digest, r.outcome)
        self.rows: dict[tuple[str, uuid.UUID], dict[str, Any] | None] = {}
        by_table: dict[str, list[uuid.UUID]] = {}
        for c in changes:
            row_id = c.row.get("id") if isinstance(c.row, dict) else None
            if c.table in rows.codecs() and isinstance(row_id, str):
                try:
                    by_table.setdefault(c.table, []).append(uuid.UUID(row_id))
                except ValueError:
                    pass
        rank = rows.table_rank()
        for table in sorted(by_table, key=lambda name: rank[name]):
            t = rows.codec(table).table
            row_ids = sorted(set(by_table[table]))
            self.rows.update(((table, r), None) for r in row_ids)  # new unless found below
            for i in range(0, len(row_ids), 500):
                q = select(t).where(t.c.id.in_(row_ids[i : i + 500])).order_by(t.c.id)
                if lock_rows:  # always in the same order, so two pushes cannot deadlock
                    q = q.with_for_update()
                for m in conn.execute(q).mappings():
                    self.rows[(table, m["id"])] = dict(m)
        self.writes: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
        self.feed: list[dict[str, Any]] = []
        self.new_receipts: list[dict[str, Any]] = []
        self.conflicts: list[dict[str, Any]] = []
        self.clocks: list[str] = []
        self.stakeholders: dict[uuid.UUID, bool] = {}  # may the user refer to it?

    def current(self, table: str, row_id: uuid.UUID) -> dict[str, Any] | None:
        key = (table, row_id)
        if key not in self.rows:
            t = rows.codec(table).table
            m = self.conn.execute(select(t).where(t.c.id == row_id)).mappings().first()
            self.rows[key] = dict(m) if m is not None else None
        return self.rows[key]

    def decide(self, ch: ChangeIn) -> dict:
        try:
            return self._decide(ch)
        except Refused as exc:
            return result(ch.id, "rejected", exc.code, str(exc), exc.reason)

    def _decide(self, ch: ChangeIn) -> dict:
        digest, size = ch.digest()
        seen = self.receipts.get(ch.id)
        if seen is not None:
            if seen[0] == digest:
                return result(ch.id, "duplicate", 200, f"already received ({seen[1]})")
            raise Refused(409, "id_reused")
        if ch.op not in OPS:
            raise Refused(422, "unknown_operation", op=repr(ch.op)[:40])
        try:
            tc = rows.codec(ch.table)
            if ch.table in rows.SERVER_ONLY_TABLES:
                raise rows.RowError(f"{ch.table} is managed on the server only")
            if size > wire.MAX_ROW_BYTES:
                raise Refused(413, "row_too_large", table=ch.table, kb=wire.MAX_ROW_BYTES // 1024)
            values = tc.decode(ch.row)
            rules.check_row(ch.table, values, today=self.now.date())
        except rules.RuleError as exc:
            refused = Refused(422, RULE_KEY, template=exc.template, **exc.params)
            raise refused from None
        except rows.RowError as exc:
            raise Refused(422, "bad_row", table=str(ch.table)[:60], detail=str(exc)) from None
        clock = values["updated_at"]
        _check_clock(clock, "updated_at")
        _check_clock(ch.base, "base")
        values["updated_by"] = merge.node_of(clock)
        current = self.current(ch.table, values["id"])
        incoming = tc.encode(values)
        held = tc.encode(current) if current is not None else None
        if (
            ch.table in scopes.GLOBAL_TABLES
            and held is not None
            and rows.same_content(held, incoming)
        ):
            # The same reference row, seeded on the laptop: nothing to change, no refusal.
            self.receipts[ch.id] = (digest, "superseded")
            self.new_receipts.append(
                {
                    "change_id": ch.id,
                    "digest": digest,
                    "seq": None,
                    "user_id": self.scope.user_id,
                    "device": self.device,
                    "received_at": self.now,
                    "outcome": "superseded",
                }
            )
            return result(ch.id, "superseded", 200, "the server has the same row")
        site_id = _check_write(self, ch.table, values, current)
        verdict = merge.decide(
            current["updated_at"] if current is not None else None,
            clock,
            ch.base,
            same_content=held is not None and rows.same_content(held, incoming),
            append_only=tc.append_only,
        )
        if verdict.loser is not None and held is not None:
            loser, winner = (held, incoming) if verdict.loser == "current" else (incoming, held)
            self._conflict(ch.table, values["id"], loser, winner)
        receipt = {
            "change_id": ch.id,
            "digest": digest,
            "user_id": self.scope.user_id,
            "device": self.device,
            "received_at": self.now,
            "seq": None,
        }
        self.receipts[ch.id] = (digest, "applied" if verdict.apply else "superseded")
        if not verdict.apply:
            self.new_receipts.append({**receipt, "outcome": "superseded"})
            return result(ch.id, "superseded", 200, "a newer version is already on the server")
        self.rows[(ch.table, values["id"])] = values
        self.writes[(ch.table, values["id"])] = values
        self.feed.append(
            {
                "change_id": ch.id,
                "table_name": ch.table,
                "row_id": values["id"],
                "clock": clock,
                "base": ch.base,
                "site_id": site_id,
                "user_id": self.scope.user_id,
                "payload": rows_json(incoming),
                "received_at": self.now,
            }
        )
        self.new_receipts.append({**receipt, "outcome": "applied"})
        self.clocks.append(clock)
        return result(ch.id, "applied")

    def _conflict(self, table: str, row_id: uuid.UUID, loser: dict, winner: dict) -> None:
        c = SyncConflict.__table__
        if any(
            x["table_name"] == table
            and x["row_id"] == row_id
            and x["local_clock"] == loser["updated_at"]
            for x in self.conflicts
        ):
            return
        exists = self.conn.execute(
            select(c.c.id).where(
                c.c.table_name == table,
                c.c.row_id == row_id,
                c.c.local_clock == loser["updated_at"],
            )
        ).first()
        if exists is None:
            self.conflicts.append(
                {
                    "table_name": table,
                    "row_id": row_id,
                    "local_version": rows_json(loser),
                    "remote_version": rows_json(winner),
                    "local_clock": loser["updated_at"],
                    "remote_clock": winner["updated_at"],
                    "detected_by": "server",
                    "resolved": False,
                    "detected_at": self.now,
                }
            )

    def write(self, before_feed: Any = None) -> None:
        """Rows (parents first), then feed entries in order, receipts and conflicts.
        ``before_feed`` takes the lock that keeps feed numbers in commit order."""
        conn = self.conn
        rank = rows.table_rank()
        for table in sorted({t for t, _ in self.writes}, key=lambda t: rank[t]):
            t = rows.codec(table).table
            batch = [v for (name, _), v in self.writes.items() if name == table]
            conn.execute(_upsert(conn, t), batch)
        seqs: dict[uuid.UUID, int] = {}
        if self.feed and before_feed is not None:
            before_feed()
        if self.feed:
            feed = FeedEntry.__table__
            for seq, change_id in conn.execute(
                insert(feed).returning(feed.c.seq, feed.c.change_id, sort_by_parameter_order=True),
                self.feed,
            ):
                seqs[change_id] = seq
        if self.new_receipts:
            for r in self.new_receipts:
                r["seq"] = seqs.get(r["change_id"])
            conn.execute(insert(ChangeReceipt.__table__), self.new_receipts)
        if self.conflicts:
            conn.execute(insert(SyncConflict.__table__), self.conflicts)
        if self.clocks:
            self.store.clock.receive(max(self.clocks))

    def site_of(self, parent: str, ref: uuid.UUID) -> uuid.UUID | None:
        row = self.current(parent, ref)
        return row["site_id"] if row is not None else None


def _upsert(conn: Connection, t: Any) -> Any:
    stmt: Any
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        stmt = postgresql_insert(t)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(t)
    return stmt.on_conflict_do_update(
        index_elements=[t.c.id],
        set_={c.name: stmt.excluded[c.name] for c in t.columns if c.name != "id"},
    )


def rows_json(encoded: dict[str, Any]) -> str:
    return wire.dumps(encoded).decode("utf-8")


def _record_conflict(
    conn: Connection, table: str, row_id: uuid.UUID, loser: dict, winner: dict
) -> None:
    c = SyncConflict.__table__
    exists = conn.execute(
        select(c.c.id).where(
            c.c.table_name == table, c.c.row_id == row_id, c.c.local_clock == loser["updated_at"]
        )
    ).first()
    if exists is None:
        conn.execute(
            insert(c).values(
                table_name=table,
                row_id=row_id,
                local_version=rows_json(loser),
                remote_version=rows_json(winner),
                local_clock=loser["updated_at"],
                remote_clock=winner["updated_at"],
                detected_by="server",
                resolved=False,
                detected_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            )
        )


def _check_write(
    plan: BatchPlan, table: str, values: dict[str, Any], current: Any
) -> uuid.UUID | None:
    """Refuse a change the user may not make; return the row's site (None if programme-wide).
    The row itself must be in the user's scope, and so must every row it refers to."""
    site = _check_row_scope(plan, table, values, current)
    check_references(plan, table, values)
    return site


def _check_row_scope(
    plan: BatchPlan, table: str, values: dict[str, Any], current: Any
) -> uuid.UUID | None:
    conn, scope = plan.conn, plan.scope
    if scope.read_only:
        raise Refused(403, "read_only")
    if table in scopes.REFERENCE_TABLES:
        if not scope.everything:
            raise Refused(403, "reference_data")
        return None
    if table in scopes.GLOBAL_TABLES:
        return None
    if table == scopes.STAKEHOLDERS:
        if (
            current is not None
            and not scope.everything
            and scopes.stakeholder_is_linked(conn, values["id"], None)
            and not scopes.stakeholder_is_linked(conn, values["id"], scope.site_ids)
        ):
            raise Refused(403, "stakeholder_scope")
        return None
    if table not in scopes.SITE_LINKS:
        if not scope.everything:
            raise Refused(403, "administrators_only", table=table)
        return None
    if table == "sites":
        return _check_site_write(scope, values, current)
    new_sites = _sites_of_row(plan, table, values)
    for (col, parent), site in zip(scopes.SITE_LINKS[table], new_sites, strict=True):
        if site is None:
            what = (parent or "sites").rstrip("s").replace("_", " ")
            raise Refused(
                422,
                "missing_reference",
                table=table,
                what=what,
                column=col,
                ref=str(values.get(col)),
            )
    old_sites = _sites_of_row(plan, table, current) if current is not None else []
    for site in (*new_sites, *old_sites):
        if not scope.has_site(site):
            raise Refused(403, "row_scope", table=table)
    return new_sites[0]


def _sites_of_row(plan: BatchPlan, table: str, values: dict[str, Any]) -> list:
    """The site(s) of a row, following its links (to the server's rows or this batch's)."""
    out = []
    for col, parent in scopes.SITE_LINKS.get(table, ()):
        ref = values.get(col)
        out.append(ref if parent is None or ref is None else plan.site_of(parent, ref))
    return out


def _check_site_write(scope: Scope, values: dict[str, Any], current: Any) -> uuid.UUID:
    if scope.everything:
        return values["id"]
    if scope.role == "regional_manager":
        regions = [values["region_id"]] + ([current["region_id"]] if current is not None else [])
        if all(r in scope.region_ids for r in regions):
            return values["id"]
        raise Refused(403, "region_scope")
    if current is None:
        raise Refused(403, "add_sites")
    if not scope.has_site(values["id"]) or current["region_id"] != values["region_id"]:
        raise Refused(403, "site_scope")
    return values["id"]
