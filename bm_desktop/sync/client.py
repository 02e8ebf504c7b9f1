"""The laptop's sync: sign in, push the outbox, pull pages, first connection.

Qt-free; the window runs :meth:`SyncClient.sync` in a worker, the command line
calls it directly. Every step can be interrupted (network, crash, SIGKILL)
without loss or duplication: outbox entries stay pending until the server's
answer is recorded, the server ignores a change id it has already applied,
and a pulled page is applied in the same transaction that moves the cursor.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import bindparam, select, update

from bm_desktop.db import journal
from bm_desktop.db.engine import Database
from bm_desktop.sync import apply, bootstrap, local, reasons, wire
from bm_desktop.sync.credentials import CredentialStore
from bm_desktop.sync.errors import (
    AuthError,
    NetworkError,
    ProtocolError,
    RefusedError,
    ServerError,
    SyncError,
)
from bm_desktop.sync.outbox import install_outbox, utcnow
from bm_desktop.sync.prefetch import PageStream
from bm_desktop.sync.transport import SyncConfig, Transport

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
PasswordSource = Callable[[], str | None]


@dataclass
class SyncReport:
    """What one sync did, for the status bar and the command line."""

    pushed: int = 0  # changes the server applied
    duplicates: int = 0  # already there (a retry of a lost answer)
    superseded: int = 0  # a newer version was already on the server
    rejected: int = 0  # refused (see the outbox messages)
    skipped: int = 0  # pulled rows left out because they break a rule (logged)
    pulled: int = 0  # rows received and written here
    received: int = 0
    conflicts: int = 0  # new conflicts to look at
    first_connection: bool = False
    bytes_sent: int = 0
    bytes_received: int = 0
    requests: int = 0
    seconds: float = 0.0
    tables: set[str] = field(default_factory=set)
    messages: list[str] = field(default_factory=list)  # refusals, in English
    # (table, reason as kept: render with sync.reasons.shown in the user's language)
    refusals: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Session:
    token: str
    expires_at: dt.datetime | None
    role: str
    scope: str


class SyncClient:
    """Synchronises one local database with one server, as one user."""

    def __init__(
        self,
        db: Database,
        server_url: str,
        username: str,
        *,
        password: PasswordSource | None = None,
        credentials: CredentialStore | None = None,
        config: SyncConfig | None = None,
        http: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        describe: Callable[[SyncError], str] = str,
        allow_http: bool = False,
    ) -> None:
        self.db = db
        install_outbox(db)  # from now on this database's changes are queued for the server
        self.describe = describe  # how a failure is worded in the sync state (language)
        self.server_url = server_url.rstrip("/")
        self.username = username
        self.password_source = password
        self.credentials = credentials or CredentialStore()
        self.config = config or SyncConfig()
        self.transport = Transport(
            self.server_url, self.config, http=http, sleep=sleep, allow_http=allow_http
        )
        self._session: Session | None = None
        self._lock = threading.Lock()
        self._push_batch = self.config.push_batch

    def close(self) -> None:
        self.transport.close()

    # -- signing in -------------------------------------------------------------------
    def login(self) -> Session:
        password = self.credentials.password(self.server_url, self.username)
        if password is None and self.password_source is not None:
            password = self.password_source()
        if not password:
            template = "A password is needed to sign in to {server} as {user}."
            raise AuthError(
                template.format(server=self.server_url, user=self.username),
                template=template,
                server=self.server_url,
                user=self.username,
            )
        answer = self.transport.request(
            "POST",
            "/auth/login",
            body={"username": self.username, "password": password, "device": self.db.device_id},
        )
        try:
            expires = dt.datetime.fromisoformat(answer["expires_at"].rstrip("Z"))
            session = Session(answer["token"], expires, answer["role"], answer["scope"])
        except (KeyError, ValueError, AttributeError):
            raise ProtocolError("The server's sign-in answer is incomplete.") from None
        self.credentials.set_password(self.server_url, self.username, password)
        self.credentials.set_token(self.server_url, self.username, session.token)
        self.db.clock.receive(answer.get("clock") or self.db.clock.now())
        self._session = session
        return session

    def logout(self) -> None:
        token = self._token(login=False)
        if token:
            try:
                self.transport.request("POST", "/auth/logout", token=token)
            except SyncError:
                pass
        self.credentials.set_token(self.server_url, self.username, None)
        self.credentials.set_password(self.server_url, self.username, None)
        self._session = None

    def _token(self, login: bool = True) -> str | None:
        s = self._session
        if s is not None and (
            s.expires_at is None or s.expires_at > utcnow() + dt.timedelta(minutes=1)
        ):
            return s.token
        stored = self.credentials.token(self.server_url, self.username)
        if stored and s is None:
            self._session = Session(stored, None, "", "")
            return stored
        return self.login().token if login else None

    def _call(self, method: str, path: str, **kwargs: Any) -> dict:
        """An authenticated request; an expired or revoked token is renewed once."""
        try:
            return self.transport.request(method, path, token=self._token(), **kwargs)
        except AuthError:
            self._session = None
            self.credentials.set_token(self.server_url, self.username, None)
            return self.transport.request(method, path, token=self.login().token, **kwargs)

    # -- the whole sync -----------------------------------------------------------------
    def sync(
        self, progress: Progress | None = None, *, first_connection: str | None = None
    ) -> SyncReport:
        """Push then pull. On a never-synchronised database holding data, pass
        ``first_connection="keep"`` (send it) or ``"replace"`` (take the server's)."""
        with self._lock:
            started = time.monotonic()
            report = SyncReport()
            t = self.transport
            before = (t.bytes_sent, t.bytes_received, t.requests)
            try:
                self._sync(report, progress, first_connection)
            except SyncError as exc:
                local.record_failure(self.db.engine, self.describe(exc))
                raise
            except (httpx.HTTPError, OSError) as exc:  # pragma: no cover - safety net
                local.record_failure(self.db.engine, str(exc))
                raise NetworkError(str(exc)) from exc
            finally:
                report.bytes_sent = t.bytes_sent - before[0]
                report.bytes_received = t.bytes_received - before[1]
                report.requests = t.requests - before[2]
                report.seconds = time.monotonic() - started
            with local.write_transaction(self.db.engine) as conn:
                local.set_state(
                    conn,
                    last_attempt_at=utcnow(),
                    last_success_at=utcnow(),
                    last_error=None,
                    failures=0,
                    last_pushed=report.pushed,
                    last_pulled=report.pulled,
                    last_conflicts=report.conflicts,
                )
            return report

    def _sync(
        self, report: SyncReport, progress: Progress | None, first_connection: str | None
    ) -> None:
        with self.db.engine.connect() as conn:
            state = local.read_state(conn)
        if (
            state is not None
            and state.attached_at
            and state.server_url
            and state.server_url != self.server_url
        ):
            template = (
                "This database is linked to the server {linked}; to use {server}, "
                "start from a new database."
            )
            raise SyncError(
                template.format(linked=state.server_url, server=self.server_url),
                template=template,
                linked=state.server_url,
                server=self.server_url,
            )
        self._token()  # sign in first: a wrong password must not touch local data
        if state is None or state.attached_at is None:
            report.first_connection = True
            bootstrap.attach(
                self.db,
                self.server_url,
                self.username,
                first_connection,
                self._session.role if self._session else None,
            )
        try:
            self.push(report)
        except (ServerError, RefusedError, ProtocolError):
            # The server could not take the changes: still receive everyone else's
            # (the changes stay pending), then report the failure.
            self.pull(report, progress)
            raise
        self.pull(report, progress)

    # -- push -----------------------------------------------------------------------------
    def push(self, report: SyncReport | None = None) -> SyncReport:
        """Send pending outbox entries in batches until none is left."""
        report = report or SyncReport()
        outbox = local.OUTBOX
        while True:
            with self.db.engine.connect() as conn:
                batch = conn.execute(
                    select(outbox)
                    .where(outbox.c.state == "pending")
                    .order_by(outbox.c.seq)
                    .limit(self._push_batch)
                ).all()
            if not batch:
                return report
            with local.write_transaction(self.db.engine) as conn:
                conn.execute(
                    update(outbox)
                    .where(outbox.c.seq.in_([b.seq for b in batch]))
                    .values(attempts=outbox.c.attempts + 1, sent_at=utcnow())
                )
            body = {
                "v": wire.PROTOCOL,
                "device": self.db.device_id,
                "changes": [
                    {
                        "id": b.change_id.hex,
                        "t": b.table_name,
                        "op": b.op,
                        "base": b.base,
                        "row": json.loads(b.payload),
                    }
                    for b in batch
                ],
            }
            try:
                answer = self._call("POST", "/sync/push", body=body, compress=True)
            except RefusedError as exc:
                if exc.status == 413 and self._push_batch > 1:
                    self._push_batch = max(1, self._push_batch // 2)
                    continue
                if exc.status == 403:  # e.g. a read-only account: keep them, refused, and
                    reason = exc.reason.wire() if exc.reason is not None else None
                    self._record_push(
                        batch,
                        {
                            "results": [  # still receive the others'
                                {
                                    "id": b.change_id.hex,
                                    "status": "rejected",
                                    "code": 403,
                                    "message": str(exc),
                                    "reason": reason,
                                }
                                for b in batch
                            ]
                        },
                        report,
                    )
                    continue
                raise
            except NetworkError:
                # A slow link: smaller batches next time (back up after a success).
                self._push_batch = max(self.config.min_batch, self._push_batch // 2)
                raise
            self._record_push(batch, answer, report)
            self._push_batch = min(self.config.push_batch, self._push_batch * 2)

    def _record_push(self, batch: Sequence[Any], answer: dict, report: SyncReport) -> None:
        results = answer.get("results")
        sent = {b.change_id.hex: b for b in batch}
        if not isinstance(results, list) or {r.get("id") for r in results} != set(sent):
            raise ProtocolError("The server's answer does not match the changes sent.")
        outbox = local.OUTBOX
        now = utcnow()
        updates = []
        for r in results:
            status = r.get("status")
            entry = sent[r["id"]]
            if status in ("applied", "duplicate", "superseded"):
                updates.append(
                    {
                        "s": entry.seq,
                        "st": "acknowledged",
                        "at": now,
                        "oc": status,
                        "msg": r.get("message"),
                    }
                )
                report.pushed += status == "applied"
                report.duplicates += status == "duplicate"
                report.superseded += status == "superseded"
            else:
                message = r.get("message") or "refused by the server"
                kept = reasons.stored(message, r.get("reason"))
                updates.append(
                    {
                        "s": entry.seq,
                        "st": "rejected",
                        "at": None,
                        "oc": f"refused ({r.get('code')})",
                        "msg": kept,
                    }
                )
                report.rejected += 1
                report.messages.append(f"{entry.table_name}: {message}")
                report.refusals.append((entry.table_name, kept))
        with local.write_transaction(self.db.engine) as conn:
            conn.execute(
                update(outbox)
                .where(outbox.c.seq == bindparam("s"))
                .values(
                    state=bindparam("st"),
                    acknowledged_at=bindparam("at"),
                    outcome=bindparam("oc"),
                    message=bindparam("msg"),
                ),
                updates,
            )
        if isinstance(answer.get("clock"), str):
            self.db.clock.receive(answer["clock"])

    # -- pull -----------------------------------------------------------------------------
    def _restore_indexes(self) -> None:
        with self.db.engine.connect() as conn:
            dropped = bootstrap.indexes_dropped(conn)
        if dropped:
            with local.write_transaction(self.db.engine, bulk=True) as conn:
                bootstrap.restore_indexes(conn)

    def _next_page_size(self, limit: int, seconds: float, rows: int) -> int:
        """Aim at pages of a few seconds: bigger on a fast link, smaller on a slow one
        (unless the page size was given: then it holds)."""
        if rows < limit or not self.config.adaptive_pages:
            return limit
        if seconds < 1.0:
            return min(limit * 2, wire.MAX_PULL_LIMIT)
        if seconds > 15.0:
            return max(limit // 2, self.config.min_batch)
        return limit

    def pull(
        self, report: SyncReport | None = None, progress: Progress | None = None
    ) -> SyncReport:
        """Fetch and apply pages until the server has nothing more.

        While one page is being applied the next one is already on its way (its
        cursor is known as soon as a page arrives), so the network and the disk
        work at the same time. A page that fails to apply is simply fetched again.
        """
        report = report or SyncReport()
        with self.db.engine.connect() as conn:
            state = local.read_state(conn)
        cursor = state.cursor if state is not None else None
        if cursor and not cursor.startswith("s"):
            self._restore_indexes()  # after a first connection that was interrupted
        known_scope = state.scope if state is not None else None
        sizes = {True: self.config.snapshot_page, False: self.config.pull_page}
        fresh = False  # True while filling an empty database from a snapshot
        out_of_wal = False  # the file left WAL for that fill (back to it at the end)

        def fetch(after: str | None) -> dict:
            snapshot = not after or after.startswith("s")
            limit = sizes[snapshot]
            asked = time.monotonic()
            page = self._call(
                "GET",
                "/sync/pull",
                params={  # snapshots column by column
                    "limit": limit,
                    "shape": "columns",
                    **({"cursor": after} if after else {}),
                },
            )
            sizes[snapshot] = self._next_page_size(
                limit, time.monotonic() - asked, page.get("count", 0)
            )
            if page.get("after") != after or not isinstance(page.get("cursor"), str):
                raise ProtocolError("The server's page does not follow the requested cursor.")
            return page

        stream = PageStream(fetch, cursor)
        try:
            while True:
                page = stream.next()
                snapshot = not cursor or cursor.startswith("s")
                if known_scope and page.get("scope") != known_scope and cursor:
                    # What the user may see changed: a fresh snapshot of the new scope.
                    with local.write_transaction(self.db.engine) as conn:
                        local.set_state(conn, cursor=None, scope=page.get("scope"))
                    cursor, known_scope = None, page.get("scope")
                    stream.close()
                    stream = PageStream(fetch, cursor)
                    continue
                if not cursor:  # (checked again inside the transaction)
                    with self.db.engine.connect() as conn:
                        fresh = bootstrap.is_empty(conn)
                    if fresh and not out_of_wal:
                        out_of_wal = journal.leave_wal(self.db.engine)
                with local.write_transaction(
                    self.db.engine, foreign_keys=False, bulk=fresh and snapshot
                ) as conn:
                    if not cursor:  # a snapshot begins: into an empty database?
                        fresh = bootstrap.is_empty(conn)
                        if fresh:
                            bootstrap.drop_indexes(conn)
                    result = apply.apply_page(
                        conn, page, self.db.device_id, all_new=fresh and snapshot
                    )
                    if fresh and snapshot and page.get("more"):
                        # tables before the page's last are complete (the snapshot
                        # goes table by table): their indexes now, not at the end
                        complete = [g["t"] for g in page.get("tables", [])[:-1]]
                        bootstrap.restore_table_indexes(conn, complete)
                    local.remember_device_names(conn, page.get("devices"))
                    local.remember_skipped(conn, result.skipped)
                    local.set_state(conn, cursor=page["cursor"], scope=page.get("scope"))
                if not page["cursor"].startswith("s"):
                    self._restore_indexes()
                for clock in (result.max_clock, page.get("clock")):
                    if clock:
                        self.db.clock.receive(clock)
                report.pulled += result.applied
                report.received += result.received
                report.conflicts += result.conflicts
                report.skipped += len(result.skipped)
                report.tables |= result.tables
                cursor, known_scope = page["cursor"], page.get("scope")
                done, total = (page.get("progress") or [0, 0])[:2]
                if progress is not None:
                    progress(int(done), int(total), "first" if snapshot else "changes")
                if not page.get("more"):
                    return report
        finally:
            stream.close()
            if out_of_wal:
                journal.back_to_wal(self.db.engine)
