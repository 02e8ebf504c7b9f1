"""Convergence, as a property: laptops of different roles and scopes make random
creates, edits, deletes and conflicting edits and sync in random order over a network
that loses, duplicates and replays requests. Afterwards every laptop holds exactly what
the server holds within that user's scope (redacted for the government user), every
version that lost is kept as a conflict, and no change was applied twice or lost.

The world: sites in two regions (Eastern DRC: two sites; Lualaba: one); an
administrator (everything), a regional manager of Eastern DRC (two sites), a
coordinator of one site (who edits the rows the others edit too), and a government
user of Eastern DRC (read-only: only syncs). Each example is new (not derandomised),
so every CI run explores other histories.

Runs against a SQLite server and a PostgreSQL server. ``BM_SYNC_EXAMPLES`` sets the
number of examples (defaults sized to about twenty seconds each on a quiet
machine: the suite's 15 minutes are shared; every run explores new histories).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import tempfile
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, insert, select

from bm_desktop.db.models import (
    ActionProgress,
    Base,
    ChangeReceipt,
    CorrectiveAction,
    FeedEntry,
    Incident,
    OutboxChange,
    Site,
    SyncConflict,
    User,
)
from bm_desktop.db.reference_data import reference_id
from bm_desktop.sync import rows
from bm_desktop.sync.errors import SyncError
from bm_desktop.sync.server.scope import load_scope
from bm_desktop.sync.server.store import SECRET_ENV, ServerStore, open_store
from tests.sync.conftest import reset_pg_store
from tests.sync.world import BASE_URL, SyncWorld, table_contents

CHILD_LABOUR = reference_id("risk_areas", "child_labour")
# (user, role, regions, sites): the laptops, in this order; the last one only syncs.
ACCOUNTS = (
    ("admin", "administrator", (), ()),
    ("manager", "regional_manager", ("Eastern DRC",), ()),
    ("coord", "coordinator", (), ("CV-1",)),
    ("gov", "government", ("Eastern DRC",), ()),
)
SITES = (("CV-1", "Eastern DRC"), ("CV-2", "Eastern DRC"), ("LB-1", "Lualaba"))
LAPTOPS = len(ACCOUNTS)
EDITORS = LAPTOPS - 1
EXAMPLES = int(os.environ.get("BM_SYNC_EXAMPLES", "0"))

laptop_index = st.integers(0, EDITORS - 1)
any_laptop = st.integers(0, LAPTOPS - 1)
row_ref = st.integers(0, 50)
words = st.sampled_from(["pit", "shaft", "school", "river", "checkpoint", "tax", "chief"])
fault = st.sampled_from([0.0, 0.0, 0.25, 0.5])

conflicting_edit = st.tuples(
    st.just("conflict"),
    row_ref,
    st.lists(st.tuples(words, st.integers(1, 4)), min_size=EDITORS, max_size=EDITORS),
)
sync = st.tuples(st.just("sync"), any_laptop, fault, fault, fault, fault)
operation = st.one_of(
    conflicting_edit,
    sync,
    sync,
    st.tuples(st.just("create_incident"), laptop_index, words, row_ref),
    st.tuples(st.just("create_action"), laptop_index, words, row_ref),
    st.tuples(st.just("progress"), laptop_index, row_ref),
    st.tuples(st.just("edit"), laptop_index, row_ref, words, st.integers(1, 4)),
    st.tuples(st.just("delete"), laptop_index, row_ref),
    conflicting_edit,
)


class ServerSeed:
    """The server side of a round (sites, shared rows, accounts), made once and then
    copied into each example's fresh server: hashing four passwords per example would
    cost more than the example."""

    TABLES = (
        "sites",
        "incidents",
        "corrective_actions",
        "users",
        "user_regions",
        "user_sites",
        "auth_tokens",
    )

    def __init__(self) -> None:
        self.rows: dict[str, list[dict]] | None = None
        # SQLite: the server and the four laptops as they stand after their first sync,
        # copied into each later example (a first connection costs more than an example).
        self.files: list[Path] | None = None
        # Each account's access token (the server secret is fixed for the test): signing
        # in checks a password hash, the slowest thing an example would do.
        self.tokens: dict[str, str] = {}

    def apply(self, store: ServerStore, tmp: Path, client_template: Path) -> SyncWorld:
        world = SyncWorld(store, tmp, client_template)
        if self.rows is None:  # the first example: made here, then captured
            for code, region in SITES:
                world.add_site(code, region)
            with store.db.sessions.begin() as s:  # rows every laptop starts with
                for site in s.scalars(select(Site)):
                    for i in range(2):
                        s.add(
                            Incident(
                                site_id=site.id,
                                occurred_on=dt.date(2021, 6, i + 1),
                                reported_on=dt.date(2021, 6, i + 1),
                                risk_area_id=CHILD_LABOUR,
                                description=f"shared incident {i} at {site.code}",
                            )
                        )
                    s.add(
                        CorrectiveAction(
                            site_id=site.id,
                            risk_area_id=CHILD_LABOUR,
                            kind="training",
                            description="shared action",
                            recommended_on=dt.date(2021, 6, 5),
                            due_on=dt.date(2021, 7, 5),
                        )
                    )
            for user, role, regions, sites in ACCOUNTS:
                world.user(user, role, regions=regions, sites=sites)
            return world
        with store.engine.begin() as conn:
            for name in self.TABLES:
                if self.rows[name]:
                    conn.execute(insert(Base.metadata.tables[name]), self.rows[name])
        return world

    def capture(self, store: ServerStore, laptops: list) -> None:
        """After the first example's first syncs: the rows and tokens to copy later."""
        with store.engine.connect() as conn:
            self.rows = {
                name: [dict(m) for m in conn.execute(select(Base.metadata.tables[name])).mappings()]
                for name in self.TABLES
            }
        for laptop, (user, *_rest) in zip(laptops, ACCOUNTS, strict=True):
            self.tokens[user] = laptop.client.credentials.token(BASE_URL, user)


def _backup(engine, path: Path) -> Path:
    """A consistent copy of a SQLite database in use (WAL included)."""
    src = sqlite3.connect(engine.url.database)
    dst = sqlite3.connect(path)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return path


class Round:
    """One example: a fresh server and four laptops that have connected once."""

    def __init__(
        self, store: ServerStore, tmp: Path, client_template: Path, seed: ServerSeed
    ) -> None:
        copies = seed.files if store.engine.dialect.name == "sqlite" else None
        if copies is None:
            self.world = seed.apply(store, tmp, client_template)
        else:
            self.world = SyncWorld(store, tmp, client_template)
        self.laptops = []
        for i, (user, *_rest) in enumerate(ACCOUNTS):
            if copies is not None:
                self.world.client_template = copies[i + 1]  # the laptop, already synced
            self.laptops.append(self.world.laptop(f"l{i}", user, seed=i))
            if user in seed.tokens:
                self.laptops[-1].client.credentials.set_token(BASE_URL, user, seed.tokens[user])
        if copies is None:
            for laptop in self.laptops:
                laptop.sync()
            if seed.rows is None:
                seed.capture(store, self.laptops)
            if store.engine.dialect.name == "sqlite":
                seed.files = [_backup(store.engine, tmp.parent / f"{tmp.name}-server")] + [
                    _backup(lap.db.engine, tmp.parent / f"{tmp.name}-{lap.name}")
                    for lap in self.laptops
                ]
        self.sites = []  # the sites each laptop sees
        for laptop in self.laptops:
            with laptop.db.sessions() as s:
                self.sites.append(sorted(s.scalars(select(Site.id))))

    def site_for(self, laptop_index: int, ref: int):
        sites = self.sites[laptop_index]
        return sites[ref % len(sites)]

    def editable(self, laptop, ref: int):
        with laptop.db.sessions() as s:
            ids = sorted(s.scalars(select(Incident.id).where(Incident.deleted.is_(False))))
            ids += sorted(
                s.scalars(select(CorrectiveAction.id).where(CorrectiveAction.deleted.is_(False)))
            )
        return ids[ref % len(ids)] if ids else None

    def run(self, op: tuple) -> None:
        kind = op[0]
        if kind == "sync":
            laptop = self.laptops[op[1]]
            laptop.faults.set_faults(
                drop_request=op[2], drop_response=op[3], duplicate=op[4], replay=op[5]
            )
            try:
                laptop.sync()
            except SyncError:
                pass  # the network lost it: the next sync must make up for it
            laptop.faults.quiet()
        elif kind == "create_incident":
            with self.laptops[op[1]].db.sessions.begin() as s:
                s.add(
                    Incident(
                        site_id=self.site_for(op[1], op[3]),
                        occurred_on=dt.date(2021, 7, 1),
                        reported_on=dt.date(2021, 7, 1),
                        risk_area_id=CHILD_LABOUR,
                        description=f"children at the {op[2]}",
                    )
                )
        elif kind == "create_action":
            with self.laptops[op[1]].db.sessions.begin() as s:
                s.add(
                    CorrectiveAction(
                        site_id=self.site_for(op[1], op[3]),
                        risk_area_id=CHILD_LABOUR,
                        kind="awareness_campaign",
                        description=f"talk at the {op[2]}",
                        recommended_on=dt.date(2021, 8, 1),
                        due_on=dt.date(2021, 9, 1),
                    )
                )
        elif kind == "progress":
            laptop = self.laptops[op[1]]
            with laptop.db.sessions.begin() as s:
                actions = sorted(s.scalars(select(CorrectiveAction.id)))
                if actions:
                    s.add(
                        ActionProgress(
                            action_id=actions[op[2] % len(actions)],
                            status="in_progress",
                            on=dt.date(2021, 8, 15),
                        )
                    )
        elif kind in ("edit", "delete"):
            laptop = self.laptops[op[1]]
            self._edit(laptop, self.editable(laptop, op[2]), op)
        elif kind == "conflict":
            target = self.editable(self.laptops[0], op[1])
            for laptop, (word, severity) in zip(self.laptops[:EDITORS], op[2], strict=True):
                self._edit(laptop, target, ("edit", 0, 0, word, severity))

    @staticmethod
    def _edit(laptop, row_id, op: tuple) -> None:
        if row_id is None:
            return
        with laptop.db.sessions.begin() as s:
            obj = s.get(Incident, row_id) or s.get(CorrectiveAction, row_id)
            if obj is None:  # not on this laptop yet
                return
            if op[0] == "delete":
                obj.deleted = True
            elif isinstance(obj, Incident):
                obj.description, obj.severity = f"seen near the {op[3]}", op[4]
            else:
                obj.description, obj.priority = f"meet at the {op[3]}", ("low", "high")[op[4] % 2]

    def settle(self) -> None:
        for laptop in self.laptops:
            laptop.faults.quiet()
        for _ in range(2):
            for laptop in self.laptops:
                laptop.sync()

    def close(self) -> None:
        self.world.close()


def in_scope(store: ServerStore, username: str) -> dict[str, list]:
    """What the server holds that this user may receive, as the user receives it."""
    with store.engine.connect() as conn:
        user = conn.execute(select(User).where(User.username == username)).one()
        scope = load_scope(conn, user.id, user.username, user.role)
        out: dict[str, list] = {}
        for name, tc in rows.codecs().items():
            t = tc.table
            out[name] = [
                scope.redact_row(name, tc.encode(m))
                for m in conn.execute(
                    select(t).where(scope.row_filter(name)).order_by(t.c.id)
                ).mappings()
            ]
    return out


def check(round_: Round) -> None:
    store = round_.world.store
    server = table_contents(store)
    for laptop, (user, *_rest) in zip(round_.laptops, ACCOUNTS, strict=True):
        expected = server if user == "admin" else in_scope(store, user)
        assert table_contents(laptop.db) == expected, f"{laptop.name} ({user}) differs"
    # The scopes differ indeed: the coordinator sees one site, the manager two.
    assert [len(s) for s in round_.sites] == [3, 2, 1, 2]

    versions: list[dict] = []  # every version a laptop wrote, from the outboxes
    for laptop in round_.laptops:
        with laptop.db.sessions() as s:
            assert (
                s.scalar(
                    select(func.count())
                    .select_from(OutboxChange)
                    .where(OutboxChange.state != "acknowledged")
                )
                == 0
            )
            for o in s.scalars(select(OutboxChange)):
                versions.append(
                    {
                        "laptop": laptop,
                        "change_id": o.change_id,
                        "table": o.table_name,
                        "row": o.row_id,
                        "clock": o.clock,
                        "base": o.base,
                        "content": rows.content(json.loads(o.payload)),
                    }
                )
    with store.db.sessions() as s:
        receipts = {r.change_id: r for r in s.scalars(select(ChangeReceipt))}
        feed = list(s.scalars(select(FeedEntry)))
        server_losers = {
            (c.table_name, c.row_id, c.local_clock) for c in s.scalars(select(SyncConflict))
        }
    # Nothing lost, nothing invented, nothing applied twice.
    assert {v["change_id"] for v in versions} == set(receipts)
    assert len({(f.row_id, f.clock) for f in feed}) == len(feed)
    pushed = [f for f in feed if f.user_id is not None]  # not the server's own writes
    assert {f.seq for f in pushed} == {r.seq for r in receipts.values() if r.outcome == "applied"}

    final = {
        (name, row["id"]): row["updated_at"] for name, table in server.items() for row in table
    }
    built_on = {v["base"] for v in versions if v["base"]}
    by_row: dict[tuple, list[dict]] = defaultdict(list)
    for v in versions:
        by_row[(v["table"], v["row"])].append(v)
    for v in versions:
        if final[(v["table"], v["row"].hex)] == v["clock"] or v["clock"] in built_on:
            continue  # the version kept, or one someone saw before changing it
        if rows.codec(v["table"]).append_only:
            continue
        others = [w["content"] for w in by_row[(v["table"], v["row"])] if w["clock"] != v["clock"]]
        if v["content"] in others:
            continue  # the same edit made twice is not a conflict
        key = (v["table"], v["row"], v["clock"])
        assert key in server_losers, f"lost version not in the server's conflicts: {key}"
        with v["laptop"].db.sessions() as s:
            mine = s.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(
                    SyncConflict.table_name == v["table"],
                    SyncConflict.row_id == v["row"],
                    SyncConflict.local_clock == v["clock"],
                )
            )
        assert mine == 1, f"lost version not in its author's conflicts: {key}"


def _property(make_store, client_template: Path, examples: int):
    seed = ServerSeed()

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.lists(operation, min_size=4, max_size=24))
    def prop(ops: list[tuple]) -> None:
        tmp = Path(tempfile.mkdtemp(prefix="bm-conv-"))
        store = make_store(tmp, seed.files[0] if seed.files else None)
        round_ = Round(store, tmp, client_template, seed)
        try:
            for op in ops:
                round_.run(op)
            round_.settle()
            check(round_)
        finally:
            round_.close()
            if store.engine.dialect.name == "sqlite":
                store.dispose()
            shutil.rmtree(tmp, ignore_errors=True)

    try:
        prop()
    finally:
        for f in seed.files or ():
            f.unlink(missing_ok=True)


@pytest.fixture(autouse=True)
def _fixed_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    """One token-signing secret for every example's server, so tokens carry over."""
    monkeypatch.setenv(SECRET_ENV, "convergence-test-secret-" + "x" * 32)


def test_convergence_on_sqlite_server(client_template: Path, server_template: Path) -> None:
    def make(tmp: Path, prepared: Path | None) -> ServerStore:
        shutil.copy(prepared or server_template, tmp / "server.sqlite")
        return open_store(str(tmp / "server.sqlite"))

    _property(make, client_template, EXAMPLES or 25)


@pytest.mark.postgres
def test_convergence_on_postgresql_server(client_template: Path, pg_store: ServerStore) -> None:
    def make(_tmp: Path, _prepared: Path | None) -> ServerStore:
        reset_pg_store(pg_store)
        return pg_store

    _property(make, client_template, EXAMPLES or 12)
