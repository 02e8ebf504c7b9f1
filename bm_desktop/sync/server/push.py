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

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from bm_desktop.db.models import ChangeReceipt, FeedEntry, SyncConflict
from bm_desktop.domain.hlc import Timestamp
from bm_desktop.sync import merge, rows, wire
from bm_desktop.sync.server import scope as scopes
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

    def digest(self) -> str:
        body = json.dumps([self.table, self.op, self.base, self.row], sort_keys=True,
                          separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(body.encode("utf-8")).hexdigest()


class Refused(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


def result(change_id: uuid.UUID, status: str, code: int = 200, message: str = "") -> dict:
    out = {"id": change_id.hex, "status": status, "code": code}
    if message:
        out["message"] = message
    return out


def apply_push(store: ServerStore, scope: Scope, device: str,
               changes: list[ChangeIn]) -> list[dict]:
    """Apply a batch in one transaction (one savepoint per change); one result each."""
    results: list[dict] = []
    with store.push_lock, store.engine.connect() as conn:
        conn = conn.execution_options(bm_write=True)
        with conn.begin():
            store.lock_for_push(conn)
            for ch in changes:
                savepoint = conn.begin_nested()
                try:
                    res = _apply_one(conn, store, scope, device, ch)
                except Refused as exc:
                    savepoint.rollback()
                    res = result(ch.id, "rejected", exc.code, str(exc))
                except IntegrityError as exc:
                    savepoint.rollback()
                    res = result(ch.id, "rejected", 409, _integrity_message(ch, exc))
                else:
                    savepoint.commit()
                results.append(res)
    counts: dict[str, int] = {}
    for r in results:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    log.info("push from %s (%s, device %s): %s", scope.username, scope.role, device,
             ", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "nothing")
    return results


def _integrity_message(ch: ChangeIn, exc: IntegrityError) -> str:
    text = str(exc.orig).lower()
    if "foreign key" in text:
        return (f"This {ch.table} row refers to a row the server does not have; "
                "it was not applied.")
    return f"This {ch.table} row clashes with an existing row (same unique values)."


def _check_clock(value: str | None, what: str) -> None:
    if value is None:
        return
    try:
        ts = Timestamp.decode(value)
    except ValueError:
        raise Refused(422, f"{what} {value[:40]!r} is not a clock value.") from None
    ahead = ts.millis - int(time.time() * 1000)
    if ahead > MAX_CLOCK_AHEAD.total_seconds() * 1000:
        raise Refused(422, f"The laptop's clock is {ahead // 60000} minutes ahead of the "
                           "server's: set the correct date and time, then sync again.")


def _apply_one(conn: Connection, store: ServerStore, scope: Scope, device: str,
               ch: ChangeIn) -> dict:
    receipts = ChangeReceipt.__table__
    digest = ch.digest()
    seen = conn.execute(select(receipts.c.digest, receipts.c.outcome)
                        .where(receipts.c.change_id == ch.id)).first()
    if seen is not None:
        if seen.digest == digest:
            return result(ch.id, "duplicate", 200, f"already received ({seen.outcome})")
        raise Refused(409, "This change id was already received with different content; "
                           "the new content was not applied.")
    if ch.op not in OPS:
        raise Refused(422, f"Unknown operation {ch.op!r} (expected insert, update or delete).")
    try:
        tc = rows.codec(ch.table)
        if ch.table in rows.SERVER_ONLY_TABLES:
            raise rows.RowError(f"{ch.table} is managed on the server only")
        if len(wire.dumps(ch.row)) > wire.MAX_ROW_BYTES:
            raise Refused(413, f"This {ch.table} row is larger than "
                               f"{wire.MAX_ROW_BYTES // 1024} KB.")
        values = tc.decode(ch.row)
    except rows.RowError as exc:
        raise Refused(422, str(exc)) from None
    clock = values["updated_at"]
    _check_clock(clock, "updated_at")
    _check_clock(ch.base, "base")
    values["updated_by"] = merge.node_of(clock)
    t = tc.table
    current = conn.execute(select(t).where(t.c.id == values["id"])).mappings().first()
    site_id = _check_write(conn, scope, ch.table, values, current)
    incoming = tc.encode(values)
    held = tc.encode(current) if current is not None else None
    verdict = merge.decide(current["updated_at"] if current is not None else None, clock,
                           ch.base, same_content=held is not None
                           and rows.same_content(held, incoming), append_only=tc.append_only)
    if verdict.loser is not None and held is not None:
        loser, winner = (held, incoming) if verdict.loser == "current" else (incoming, held)
        _record_conflict(conn, ch.table, values["id"], loser, winner)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    if not verdict.apply:
        conn.execute(insert(receipts).values(change_id=ch.id, digest=digest,
                                             outcome="superseded", user_id=scope.user_id,
                                             device=device[:64], received_at=now))
        return result(ch.id, "superseded", 200, "a newer version is already on the server")
    if current is None:
        conn.execute(insert(t).values(**values))
    else:
        conn.execute(update(t).where(t.c.id == values["id"]).values(**values))
    feed = FeedEntry.__table__
    seq = conn.execute(insert(feed).values(
        change_id=ch.id, table_name=ch.table, row_id=values["id"], clock=clock, base=ch.base,
        site_id=site_id, user_id=scope.user_id, payload=rows_json(incoming),
        received_at=now)).inserted_primary_key[0]
    conn.execute(insert(receipts).values(change_id=ch.id, digest=digest, outcome="applied",
                                         seq=seq, user_id=scope.user_id, device=device[:64],
                                         received_at=now))
    store.clock.receive(clock)
    return result(ch.id, "applied")


def rows_json(encoded: dict[str, Any]) -> str:
    return wire.dumps(encoded).decode("utf-8")


def _record_conflict(conn: Connection, table: str, row_id: uuid.UUID, loser: dict,
                     winner: dict) -> None:
    c = SyncConflict.__table__
    exists = conn.execute(select(c.c.id).where(c.c.table_name == table, c.c.row_id == row_id,
                                               c.c.local_clock == loser["updated_at"])).first()
    if exists is None:
        conn.execute(insert(c).values(
            table_name=table, row_id=row_id, local_version=rows_json(loser),
            remote_version=rows_json(winner), local_clock=loser["updated_at"],
            remote_clock=winner["updated_at"], detected_by="server", resolved=False,
            detected_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))


def _check_write(conn: Connection, scope: Scope, table: str, values: dict[str, Any],
                 current: Any) -> uuid.UUID | None:
    """Refuse a change the user may not make; return the row's site (None if programme-wide)."""
    if scope.read_only:
        raise Refused(403, "This account is read-only.")
    if table in scopes.REFERENCE_TABLES:
        if not scope.everything:
            raise Refused(403, "Only administrators can change reference data.")
        return None
    if table in scopes.GLOBAL_TABLES:
        return None
    if table == scopes.STAKEHOLDERS:
        if (current is not None and not scope.everything
                and scopes.stakeholder_is_linked(conn, values["id"], None)
                and not scopes.stakeholder_is_linked(conn, values["id"], scope.site_ids)):
            raise Refused(403, "This stakeholder belongs to sites outside your scope.")
        return None
    if table not in scopes.SITE_LINKS:
        if not scope.everything:
            raise Refused(403, f"Only administrators can change {table}.")
        return None
    if table == "sites":
        return _check_site_write(scope, values, current)
    new_sites = scopes.sites_of_row(conn, table, values)
    for (col, parent), site in zip(scopes.SITE_LINKS[table], new_sites, strict=True):
        if site is None:
            what = (parent or "sites").rstrip("s").replace("_", " ")
            raise Refused(422, f"This {table} row refers to a {what} the server does not have "
                               f"({col} {values.get(col)}).")
    old_sites = scopes.sites_of_row(conn, table, dict(current)) if current is not None else []
    for site in (*new_sites, *old_sites):
        if not scope.has_site(site):
            raise Refused(403, f"This {table} row belongs to a site outside your scope.")
    return new_sites[0]


def _check_site_write(scope: Scope, values: dict[str, Any], current: Any) -> uuid.UUID:
    if scope.everything:
        return values["id"]
    if scope.role == "regional_manager":
        regions = [values["region_id"]] + ([current["region_id"]] if current is not None else [])
        if all(r in scope.region_ids for r in regions):
            return values["id"]
        raise Refused(403, "This site is in a region outside your scope.")
    if current is None:
        raise Refused(403, "Only administrators and regional managers can add sites.")
    if not scope.has_site(values["id"]) or current["region_id"] != values["region_id"]:
        raise Refused(403, "This site is outside your scope.")
    return values["id"]
