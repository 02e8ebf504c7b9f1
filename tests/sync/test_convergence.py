"""Convergence, as a property: three laptops make random creates, edits, deletes and
conflicting edits and sync in random order over a network that loses, duplicates and
replays requests. Afterwards every laptop and the server hold the same data, every
version that lost is kept as a conflict, and no change was applied twice or lost.

Runs against a SQLite server and a PostgreSQL server. ``BM_SYNC_EXAMPLES`` sets the
number of examples (default: modest, so the test takes well under a minute).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bm_desktop.db.models import (
    ActionProgress,
    ChangeReceipt,
    CorrectiveAction,
    FeedEntry,
    Incident,
    OutboxChange,
    SyncConflict,
)
from bm_desktop.services.reference import reference_id
from bm_desktop.sync import rows
from bm_desktop.sync.errors import SyncError
from bm_desktop.sync.server.store import ServerStore, open_store
from tests.sync.conftest import reset_pg_store
from tests.sync.world import SyncWorld, table_contents

CHILD_LABOUR = reference_id("risk_areas", "child_labour")
LAPTOPS = 3
EXAMPLES = int(os.environ.get("BM_SYNC_EXAMPLES", "0"))

laptop_index = st.integers(0, LAPTOPS - 1)
row_ref = st.integers(0, 50)
words = st.sampled_from(["pit", "shaft", "school", "river", "checkpoint", "tax", "chief"])
fault = st.sampled_from([0.0, 0.0, 0.25, 0.5])

conflicting_edit = st.tuples(st.just("conflict"), row_ref, st.lists(
    st.tuples(words, st.integers(1, 4)), min_size=LAPTOPS, max_size=LAPTOPS))
sync = st.tuples(st.just("sync"), laptop_index, fault, fault, fault, fault)
operation = st.one_of(
    conflicting_edit, sync, sync,
    st.tuples(st.just("create_incident"), laptop_index, words),
    st.tuples(st.just("create_action"), laptop_index, words),
    st.tuples(st.just("progress"), laptop_index, row_ref),
    st.tuples(st.just("edit"), laptop_index, row_ref, words, st.integers(1, 4)),
    st.tuples(st.just("delete"), laptop_index, row_ref),
    conflicting_edit,
)


class Round:
    """One example: a fresh server and three laptops that have connected once."""

    def __init__(self, store: ServerStore, tmp: Path, client_template: Path) -> None:
        self.world = SyncWorld(store, tmp, client_template)
        self.world.user("admin")
        self.site = self.world.add_site("CV-1")
        with store.db.sessions.begin() as s:  # rows every laptop starts with
            for i in range(3):
                s.add(Incident(site_id=self.site, occurred_on=dt.date(2021, 6, i + 1),
                               reported_on=dt.date(2021, 6, i + 1), risk_area_id=CHILD_LABOUR,
                               description=f"shared incident {i}"))
            s.add(CorrectiveAction(site_id=self.site, risk_area_id=CHILD_LABOUR, kind="training",
                                   description="shared action", recommended_on=dt.date(2021, 6, 5),
                                   due_on=dt.date(2021, 7, 5)))
        self.laptops = [self.world.laptop(f"l{i}", "admin", seed=i) for i in range(LAPTOPS)]
        for laptop in self.laptops:
            laptop.sync()

    def editable(self, laptop, ref: int):
        with laptop.db.sessions() as s:
            ids = sorted(s.scalars(select(Incident.id).where(Incident.deleted.is_(False))))
            ids += sorted(s.scalars(select(CorrectiveAction.id)
                                    .where(CorrectiveAction.deleted.is_(False))))
        return ids[ref % len(ids)] if ids else None

    def run(self, op: tuple) -> None:
        kind = op[0]
        if kind == "sync":
            laptop = self.laptops[op[1]]
            laptop.faults.set_faults(drop_request=op[2], drop_response=op[3], duplicate=op[4],
                                     replay=op[5])
            try:
                laptop.sync()
            except SyncError:
                pass  # the network lost it: the next sync must make up for it
            laptop.faults.quiet()
        elif kind == "create_incident":
            with self.laptops[op[1]].db.sessions.begin() as s:
                s.add(Incident(site_id=self.site, occurred_on=dt.date(2021, 7, 1),
                               reported_on=dt.date(2021, 7, 1), risk_area_id=CHILD_LABOUR,
                               description=f"children at the {op[2]}"))
        elif kind == "create_action":
            with self.laptops[op[1]].db.sessions.begin() as s:
                s.add(CorrectiveAction(site_id=self.site, risk_area_id=CHILD_LABOUR,
                                       kind="awareness_campaign", description=f"talk at the {op[2]}",
                                       recommended_on=dt.date(2021, 8, 1),
                                       due_on=dt.date(2021, 9, 1)))
        elif kind == "progress":
            laptop = self.laptops[op[1]]
            with laptop.db.sessions.begin() as s:
                actions = sorted(s.scalars(select(CorrectiveAction.id)))
                if actions:
                    s.add(ActionProgress(action_id=actions[op[2] % len(actions)],
                                         status="in_progress", on=dt.date(2021, 8, 15)))
        elif kind in ("edit", "delete"):
            laptop = self.laptops[op[1]]
            self._edit(laptop, self.editable(laptop, op[2]), op)
        elif kind == "conflict":
            target = self.editable(self.laptops[0], op[1])
            for laptop, (word, severity) in zip(self.laptops, op[2], strict=True):
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


def check(round_: Round) -> None:
    store = round_.world.store
    server = table_contents(store)
    for laptop in round_.laptops:
        assert table_contents(laptop.db) == server, f"{laptop.name} differs from the server"

    versions: list[dict] = []  # every version a laptop wrote, from the outboxes
    for laptop in round_.laptops:
        with laptop.db.sessions() as s:
            assert s.scalar(select(func.count()).select_from(OutboxChange)
                            .where(OutboxChange.state != "acknowledged")) == 0
            for o in s.scalars(select(OutboxChange)):
                versions.append({"laptop": laptop, "change_id": o.change_id, "table": o.table_name,
                                 "row": o.row_id, "clock": o.clock, "base": o.base,
                                 "content": rows.content(json.loads(o.payload))})
    with store.db.sessions() as s:
        receipts = {r.change_id: r for r in s.scalars(select(ChangeReceipt))}
        feed = list(s.scalars(select(FeedEntry)))
        server_losers = {(c.table_name, c.row_id, c.local_clock)
                         for c in s.scalars(select(SyncConflict))}
    # Nothing lost, nothing invented, nothing applied twice.
    assert {v["change_id"] for v in versions} == set(receipts)
    assert len({(f.row_id, f.clock) for f in feed}) == len(feed)
    pushed = [f for f in feed if f.user_id is not None]  # not the server's own writes
    assert {f.seq for f in pushed} == {r.seq for r in receipts.values()
                                       if r.outcome == "applied"}

    final = {(name, row["id"]): row["updated_at"] for name, table in server.items()
             for row in table}
    built_on = {v["base"] for v in versions if v["base"]}
    by_row: dict[tuple, list[dict]] = defaultdict(list)
    for v in versions:
        by_row[(v["table"], v["row"])].append(v)
    for v in versions:
        if final[(v["table"], v["row"].hex)] == v["clock"] or v["clock"] in built_on:
            continue  # the version kept, or one someone saw before changing it
        if rows.codec(v["table"]).append_only:
            continue
        others = [w["content"] for w in by_row[(v["table"], v["row"])]
                  if w["clock"] != v["clock"]]
        if v["content"] in others:
            continue  # the same edit made twice is not a conflict
        key = (v["table"], v["row"], v["clock"])
        assert key in server_losers, f"lost version not in the server's conflicts: {key}"
        with v["laptop"].db.sessions() as s:
            mine = s.scalar(select(func.count()).select_from(SyncConflict).where(
                SyncConflict.table_name == v["table"], SyncConflict.row_id == v["row"],
                SyncConflict.local_clock == v["clock"]))
        assert mine == 1, f"lost version not in its author's conflicts: {key}"


def _property(make_store, client_template: Path, examples: int):
    @settings(max_examples=examples, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.lists(operation, min_size=4, max_size=24))
    def prop(ops: list[tuple]) -> None:
        tmp = Path(tempfile.mkdtemp(prefix="bm-conv-"))
        store = make_store(tmp)
        round_ = Round(store, tmp, client_template)
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

    prop()


def test_convergence_on_sqlite_server(client_template: Path, server_template: Path) -> None:
    def make(tmp: Path) -> ServerStore:
        shutil.copy(server_template, tmp / "server.sqlite")
        return open_store(str(tmp / "server.sqlite"))

    _property(make, client_template, EXAMPLES or 12)


@pytest.mark.postgres
def test_convergence_on_postgresql_server(client_template: Path, pg_store: ServerStore) -> None:
    def make(_tmp: Path) -> ServerStore:
        reset_pg_store(pg_store)
        return pg_store

    _property(make, client_template, EXAMPLES or 8)
