"""Laptops and the server: first connection, push then pull, conflicts, on SQLite and
PostgreSQL servers."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from bm_desktop.db.models import (
    ActionProgress,
    CorrectiveAction,
    Incident,
    LocalSetting,
    OutboxChange,
    SecurityEvent,
    Site,
    SyncConflict,
)
from bm_desktop.db.models.local import SAMPLE_SOURCE_NOTE_KEY
from bm_desktop.db.reference_data import reference_id, seed_reference_data
from bm_desktop.services.sync_conflicts import list_conflicts, resolve_conflict
from bm_desktop.sync import local
from bm_desktop.sync.errors import AuthError, FirstConnectionChoice
from tests.sync.world import SyncWorld, table_contents

CHILD_LABOUR = reference_id("risk_areas", "child_labour")


def add_incident(db, site_id, description: str, severity: int = 2):
    with db.sessions.begin() as s:
        inc = Incident(
            site_id=site_id,
            occurred_on=dt.date(2021, 7, 1),
            reported_on=dt.date(2021, 7, 2),
            risk_area_id=CHILD_LABOUR,
            severity=severity,
            description=description,
        )
        s.add(inc)
    return inc.id


def edit(db, model, row_id, **values) -> None:
    with db.sessions.begin() as s:
        obj = s.get(model, row_id)
        for k, v in values.items():
            setattr(obj, k, v)


def test_first_connection_receives_scope_with_progress(world: SyncWorld) -> None:
    world.user("admin")
    for i in range(3):
        world.add_site(f"EX-{i}")
    laptop = world.laptop("a", "admin")
    seen: list[tuple[int, int]] = []
    report = laptop.sync(
        progress=lambda done, total, stage: stage == "first" and seen.append((done, total))
    )
    assert report.first_connection
    with laptop.db.sessions() as s:
        assert sorted(s.scalars(select(Site.code))) == ["EX-0", "EX-1", "EX-2"]
    assert seen and seen[-1][0] == seen[-1][1] > 0  # the bar reaches 100 %
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert table_contents(laptop.db) == table_contents(world.store)
    assert_indexes_present(laptop.db)


def assert_indexes_present(db) -> None:
    """The first connection builds the secondary indexes at the end: all there."""
    from sqlalchemy import inspect

    from bm_desktop.sync import rows

    inspector = inspect(db.engine)
    for name, tc in rows.codecs().items():
        have = {ix["name"] for ix in inspector.get_indexes(name)}
        assert {ix.name for ix in tc.table.indexes if not ix.unique} <= have, name


def test_changes_travel_between_laptops_and_nothing_twice(world: SyncWorld) -> None:
    world.user("admin")
    site = world.add_site("EX-1")
    a, b = world.laptop("a", "admin"), world.laptop("b", "admin")
    a.sync(), b.sync()
    ids = [add_incident(a.db, site, f"incident {i}") for i in range(5)]
    report = a.sync()
    assert report.pushed == 5
    edit(b.db, Site, site, name="Renamed on B")
    report = b.sync()
    assert report.pushed == 1 and report.pulled == 5
    assert a.sync().pulled == 1
    for laptop in (a, b):
        with laptop.db.sessions() as s:
            assert s.scalar(select(Site.name).where(Site.id == site)) == "Renamed on B"
            assert sorted(s.scalars(select(Incident.id))) == sorted(ids)
            pending = s.scalar(
                select(func.count())
                .select_from(OutboxChange)
                .where(OutboxChange.state == "pending")
            )
            assert pending == 0
    assert table_contents(a.db) == table_contents(b.db) == table_contents(world.store)
    # A second sync moves nothing: everything was applied once.
    assert (a.sync().pushed, a.sync().pulled) == (0, 0)


def test_concurrent_edits_later_clock_wins_and_loser_is_kept(world: SyncWorld) -> None:
    world.user("admin")
    world.user("amani")
    site = world.add_site("EX-1")
    a, b = world.laptop("a", "admin"), world.laptop("b", "amani")
    a.sync()
    inc = add_incident(a.db, site, "water pollution", severity=2)
    a.sync(), b.sync()
    edit(a.db, Incident, inc, severity=3, description="A's reading")
    edit(b.db, Incident, inc, severity=4, description="B's reading")  # later clock
    a.sync()
    b.sync()
    report = a.sync()
    assert report.conflicts == 1
    for laptop in (a, b):
        with laptop.db.sessions() as s:
            assert s.get(Incident, inc).description == "B's reading"
    conflicts = list_conflicts(a.db)
    assert len(conflicts) == 1
    diff = {d.column: (d.local, d.remote) for d in conflicts[0].differences}
    assert diff == {"severity": (3, 4), "description": ("A's reading", "B's reading")}
    # who made the winning change: the account B's laptop pushes with, not a device id
    assert conflicts[0].remote_device == b.db.device_id
    assert conflicts[0].remote_who == "amani"
    assert list_conflicts(b.db) == []  # B's version won: nothing for B to look at
    with world.store.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(SyncConflict)) == 1
    # A chooses its own version: a new change that wins everywhere.
    assert resolve_conflict(a.db, conflicts[0].id, "local")
    a.sync(), b.sync()
    with b.db.sessions() as s:
        assert s.get(Incident, inc).description == "A's reading"
    assert list_conflicts(a.db) == []
    assert table_contents(a.db) == table_contents(b.db) == table_contents(world.store)


def test_identical_edits_and_append_only_rows_never_conflict(world: SyncWorld) -> None:
    world.user("admin")
    site = world.add_site("EX-1")
    a, b = world.laptop("a", "admin"), world.laptop("b", "admin")
    a.sync()
    with a.db.sessions.begin() as s:
        action = CorrectiveAction(
            site_id=site,
            risk_area_id=CHILD_LABOUR,
            kind="awareness_campaign",
            description="School enrolment campaign",
            recommended_on=dt.date(2021, 8, 1),
            due_on=dt.date(2021, 9, 1),
        )
        s.add(action)
    a.sync(), b.sync()
    edit(a.db, CorrectiveAction, action.id, priority="high")
    edit(b.db, CorrectiveAction, action.id, priority="high")  # the same edit
    for laptop, status in ((a, "in_progress"), (b, "implemented")):
        with laptop.db.sessions.begin() as s:
            s.add(ActionProgress(action_id=action.id, status=status, on=dt.date(2021, 8, 20)))
    for laptop in (a, b, a):
        laptop.sync()
    assert list_conflicts(a.db) == list_conflicts(b.db) == []
    with world.store.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(SyncConflict)) == 0
        assert s.scalar(select(func.count()).select_from(ActionProgress)) == 2
    assert table_contents(a.db) == table_contents(b.db) == table_contents(world.store)


def test_delete_against_edit_keeps_the_edit_as_a_conflict(world: SyncWorld) -> None:
    world.user("admin")
    site = world.add_site("EX-1")
    a, b = world.laptop("a", "admin"), world.laptop("b", "admin")
    a.sync()
    inc = add_incident(a.db, site, "first report")
    a.sync(), b.sync()
    edit(a.db, Incident, inc, description="completed report")
    edit(b.db, Incident, inc, deleted=True)
    a.sync(), b.sync(), a.sync()
    with a.db.sessions() as s:
        assert s.get(Incident, inc).deleted
    [conflict] = list_conflicts(a.db)
    assert conflict.remote_deleted and not conflict.local_deleted
    resolve_conflict(a.db, conflict.id, "local")  # restore it
    a.sync(), b.sync()
    with b.db.sessions() as s:
        assert not s.get(Incident, inc).deleted
        assert s.get(Incident, inc).description == "completed report"


def test_a_database_with_data_asks_before_its_first_connection(world: SyncWorld) -> None:
    world.user("admin")
    server_site = world.add_site("SRV-1")
    laptop = world.laptop("a", "admin")
    with laptop.db.sessions.begin() as s:  # offline work before ever connecting
        seed_reference_data(s)
        s.flush()
        s.add(
            Site(
                code="LOCAL-1",
                name="Surveyed offline",
                longitude=28.1,
                latitude=-2.5,
                country_id=reference_id("countries", "COD"),
                region_id=reference_id("programme_regions", "Eastern DRC"),
            )
        )
    with pytest.raises(FirstConnectionChoice):
        laptop.sync()
    with laptop.db.engine.connect() as conn:
        assert not local.local_status(conn).attached  # nothing changed
    report = laptop.sync(first_connection="keep")
    assert report.pushed >= 1 and report.rejected == 0
    with world.store.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Site).where(Site.code == "LOCAL-1")) == 1
    with laptop.db.sessions() as s:
        assert s.get(Site, server_site) is not None
    other = world.laptop("b", "admin")
    with other.db.sessions.begin() as s:
        seed_reference_data(s)
        s.flush()
        s.add(
            Site(
                code="DEMO-1",
                name="Demo site",
                longitude=28.1,
                latitude=-2.5,
                country_id=reference_id("countries", "COD"),
                region_id=reference_id("programme_regions", "Eastern DRC"),
            )
        )
        s.add(LocalSetting(key=SAMPLE_SOURCE_NOTE_KEY, value="Fictitious sample data"))
    other.sync(first_connection="replace")
    with other.db.sessions() as s:
        assert sorted(s.scalars(select(Site.code))) == ["LOCAL-1", "SRV-1"]
        # the data are the server's now: nothing may still call them the fictitious sample
        assert s.get(LocalSetting, SAMPLE_SOURCE_NOTE_KEY) is None
    assert table_contents(other.db) == table_contents(world.store)


def test_same_event_imported_on_two_laptops_ends_as_one_row(world: SyncWorld) -> None:
    world.user("admin")
    a, b = world.laptop("a", "admin"), world.laptop("b", "admin")
    a.sync(), b.sync()
    for laptop in (a, b):
        with laptop.db.sessions.begin() as s:
            s.add(
                SecurityEvent(
                    source="acled",
                    source_id="DRC12345",
                    date_start=dt.date(2021, 5, 3),
                    date_end=dt.date(2021, 5, 3),
                    longitude=28.9,
                    latitude=-2.5,
                    event_type="Battles",
                    notes=f"imported on {laptop.name}",
                )
            )
    a.sync()
    report = b.sync()
    assert report.rejected == 1  # the server already has it under another id
    b.sync()
    with b.db.sessions() as s:
        events = list(s.scalars(select(SecurityEvent)))
    assert [e.notes for e in events] == ["imported on a"]
    assert len(list_conflicts(b.db)) == 1  # B's copy is kept where B can see it
    assert table_contents(a.db) == table_contents(b.db) == table_contents(world.store)


def test_wrong_password_changes_nothing(world: SyncWorld) -> None:
    world.user("admin")
    laptop = world.laptop("a", "admin")
    laptop.client.password_source = lambda: "not the password"
    with pytest.raises(AuthError, match="wrong"):
        laptop.sync()
    with laptop.db.engine.connect() as conn:
        status = local.local_status(conn)
    assert not status.attached
    assert "wrong" in (status.last_error or "")


def test_changes_made_on_the_server_reach_connected_laptops(world: SyncWorld) -> None:
    world.user("admin")
    laptop = world.laptop("a", "admin")
    laptop.sync()
    late = world.add_site("LATE-1")  # written on the server itself, not pushed
    report = laptop.sync()
    assert report.pulled == 1
    with laptop.db.sessions() as s:
        assert s.get(Site, late).code == "LATE-1"
    assert table_contents(laptop.db) == table_contents(world.store)


def test_reference_rows_seeded_on_a_laptop_are_not_refused(world: SyncWorld) -> None:
    site = world.add_site("EX-1")
    world.user("coord", "coordinator", sites=("EX-1",))
    laptop = world.laptop("a", "coord")
    with laptop.db.sessions.begin() as s:  # the app seeds reference data on every start
        seed_reference_data(s)
    report = laptop.sync(first_connection="keep")
    assert report.rejected == 0 and report.superseded > 0
    with laptop.db.sessions() as s:
        assert s.get(Site, site) is not None


def test_a_read_only_account_still_receives_and_keeps_its_edits(world: SyncWorld) -> None:
    site = world.add_site("IT-01")
    world.user("gov", "government", regions=("Eastern DRC",))
    laptop = world.laptop("gov", "gov")
    laptop.sync()
    with laptop.db.sessions.begin() as s:
        s.get(Site, site).name = "Edited by mistake"
    report = laptop.sync()
    assert report.rejected == 1 and "read-only" in report.messages[0]
    world.add_site("IT-02")
    assert laptop.sync().pulled == 1  # the refusal does not block receiving
    with laptop.db.engine.connect() as conn:
        status = local.local_status(conn)
    assert (status.pending, status.rejected, status.last_error) == (0, 1, None)
