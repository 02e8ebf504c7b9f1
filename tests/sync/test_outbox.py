"""The outbox: every change to a synchronised row is queued in the same transaction."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from sqlalchemy import select

from bm_desktop.db.models import Incident, OutboxChange, Site
from bm_desktop.db.reference_data import reference_id
from bm_desktop.sync import local
from bm_desktop.sync.outbox import utcnow


def attach(db) -> None:
    with local.write_transaction(db.engine) as conn:
        local.set_state(conn, attached_at=utcnow(), server_url="http://server")


def new_site(code: str = "OB-1") -> Site:
    return Site(
        code=code,
        name="Outbox site",
        longitude=28.0,
        latitude=-2.0,
        country_id=reference_id("countries", "COD"),
        region_id=reference_id("programme_regions", "Eastern DRC"),
    )


def outbox(db) -> list[OutboxChange]:
    with db.sessions() as s:
        return list(s.scalars(select(OutboxChange).order_by(OutboxChange.seq)))


def test_nothing_is_queued_before_the_first_connection(db) -> None:
    with db.sessions.begin() as s:
        s.add(new_site())
    assert outbox(db) == []


def test_each_change_is_queued_with_its_clock_and_the_version_it_replaced(db) -> None:
    attach(db)
    with db.sessions.begin() as s:
        site = new_site()
        site.id = uuid.uuid4()
        s.add(site)
        s.flush()
        s.add(
            Incident(
                site_id=site.id,
                occurred_on=dt.date(2021, 5, 1),
                reported_on=dt.date(2021, 5, 2),
                risk_area_id=reference_id("risk_areas", "water"),
            )
        )
    with db.sessions.begin() as s:
        s.get(Site, site.id).name = "Renamed"
    with db.sessions.begin() as s:
        s.get(Site, site.id).deleted = True
    entries = outbox(db)
    assert [(e.table_name, e.op) for e in entries] == [
        ("sites", "insert"),
        ("incidents", "insert"),
        ("sites", "update"),
        ("sites", "delete"),
    ]
    first = json.loads(entries[0].payload)
    assert first["status"] == "active"  # the column default, as stored
    assert first["updated_at"] == entries[0].clock and entries[0].base is None
    assert entries[2].base == entries[0].clock and entries[3].base == entries[2].clock
    assert json.loads(entries[3].payload)["deleted"] is True
    with db.sessions() as s:
        assert s.get(Site, site.id).updated_at == entries[3].clock
    assert {e.state for e in entries} == {"pending"}


def test_a_rolled_back_change_leaves_no_outbox_entry(db) -> None:
    attach(db)
    with pytest.raises(RuntimeError), db.sessions.begin() as s:
        s.add(new_site())
        s.flush()
        raise RuntimeError("the user cancelled")
    assert outbox(db) == []
    with db.sessions() as s:
        assert s.scalar(select(Site)) is None


def test_a_linked_database_opened_without_its_outbox_refuses_edits(tmp_path) -> None:
    """db/engine.py no longer installs the outbox (db sits below sync): an opener that
    forgets it must not lose the change silently; installing twice queues once."""
    from bm_desktop.db.engine import open_database
    from bm_desktop.db.reference_data import seed_reference_data
    from bm_desktop.sync.outbox import install_outbox

    path = tmp_path / "linked.sqlite"
    first = open_database(path)
    install_outbox(first)
    with first.sessions.begin() as s:
        seed_reference_data(s)
    attach(first)
    first.dispose()
    bare = open_database(path)
    try:
        with pytest.raises(RuntimeError, match="outbox is not installed"):
            with bare.sessions.begin() as s:
                s.add(new_site("OB-9"))
        assert outbox(bare) == []
        install_outbox(bare)
        install_outbox(bare)
        with bare.sessions.begin() as s:
            s.add(new_site("OB-9"))
        assert [(c.table_name, c.op) for c in outbox(bare)] == [("sites", "insert")]
    finally:
        bare.dispose()
