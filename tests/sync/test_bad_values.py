"""A bad value can never block or break anyone.

* The server checks every pushed row with the domain rules (db/rules.py) and refuses
  that change alone, naming the column; the rest of the batch applies.
* A value the database itself refuses (PostgreSQL: a NUL byte, an integer over 2^31)
  is that change's refusal, not the batch's: every change runs in a savepoint.
* A laptop skips a pulled row that breaks a rule (logged), and keeps working.
* Malformed requests get a 4xx with a reason, never a 500.
* The CSV import refuses the values that used to get in (NUL byte, 2^31).
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import logging
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bm_desktop.db import rules
from bm_desktop.db.models import Incident
from bm_desktop.exchange.imports.report import ImportRefused
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from bm_desktop.services.incident_register import register
from bm_desktop.services.map_data import load_map_data
from bm_desktop.sync.server.store import ServerStore
from tests.sync.test_security import clock_now, incident_row
from tests.sync.world import SyncWorld


@pytest.fixture
def site(world: SyncWorld) -> uuid.UUID:
    world.user("admin")
    return world.add_site("BV-01")


def push(world: SyncWorld, headers: dict, changes: list[dict]):
    """Like a laptop's push, but ASCII JSON, so a lone surrogate can travel as \\ud800."""
    body = json.dumps({"v": 1, "device": "c0ffee000001", "changes": changes}).encode()
    return world.http.post(
        "/sync/push",
        content=gzip.compress(body),
        headers={**headers, "Content-Encoding": "gzip", "Content-Type": "application/json"},
    )


def _change(row: dict) -> dict:
    return {"id": uuid.uuid4().hex, "t": "incidents", "op": "insert", "base": None, "row": row}


def _incidents(store_or_db) -> list[str]:
    with store_or_db.engine.connect() as conn:
        return sorted(conn.execute(select(Incident.description)).scalars())


BAD_VALUES = [  # (values, the column the refusal names)
    ({"severity": 99}, "incidents.severity"),
    ({"severity": 40000}, "incidents.severity"),
    ({"severity": 1e300}, "incidents.severity"),
    ({"latitude": 999.0, "longitude": 28.0}, "incidents.latitude"),
    ({"latitude": -2.0, "longitude": 1e308}, "incidents.longitude"),
    ({"occurred_on": "2099-01-01", "reported_on": "2099-01-02"}, "incidents.occurred_on"),
    ({"verification": "hacked"}, "incidents.verification"),
    ({"description": "nul \x00 byte"}, "incidents.description"),
    ({"description": "lone \ud800 surrogate"}, "incidents.description"),
    ({"minors_involved": 2**31}, "incidents.minors_involved"),
    ({"people_affected": 2**63 - 1}, "incidents.people_affected"),
    ({"people_affected": -3}, "incidents.people_affected"),
    ({"source": "x" * 21}, "incidents.source"),
]


def test_every_bad_value_is_refused_alone_with_its_column(world: SyncWorld, site) -> None:
    admin = world.login("admin")
    good = incident_row(site, clock_now(), description="The good one")
    batch = [_change(incident_row(site, clock_now(), **values)) for values, _ in BAD_VALUES]
    r = push(world, admin, [*batch[:5], _change(good), *batch[5:]])
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    del results[5]  # the good one
    assert [x["code"] for x in results] == [422] * len(BAD_VALUES), results
    for res, (_values, column) in zip(results, BAD_VALUES, strict=True):
        assert column in res["message"], (column, res["message"])
    assert _incidents(world.store) == ["The good one"]
    laptop = world.laptop("a", "admin")  # and everyone keeps syncing
    laptop.sync()
    assert _incidents(laptop.db) == ["The good one"]


@pytest.mark.postgres
def test_a_value_the_database_refuses_fails_only_its_change(
    pg_store: ServerStore, tmp_path: Path, client_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Values the rules would catch, let through (as an older server did): PostgreSQL
    refuses them, and only their own changes are refused."""
    from tests.sync.conftest import reset_pg_store

    reset_pg_store(pg_store)
    world = SyncWorld(pg_store, tmp_path, client_template)
    try:
        world.user("admin")
        site = world.add_site("PG-01")
        laptop = world.laptop("a", "admin")
        laptop.sync()
        monkeypatch.setattr(rules, "check_row", lambda *_a, **_k: None)
        admin = world.login("admin")
        batch = [
            incident_row(site, clock_now(), description="before"),
            incident_row(site, clock_now(), description="nul \x00 byte"),
            incident_row(site, clock_now(), description="huge", minors_involved=2**31),
            incident_row(site, clock_now(), description="after"),
        ]
        r = push(world, admin, [_change(x) for x in batch])
        assert r.status_code == 200, r.text
        results = r.json()["results"]
        assert [x["code"] for x in results] == [200, 422, 422, 200]
        assert "database" in results[1]["message"] and "incidents" in results[2]["message"]
        assert _incidents(pg_store) == ["after", "before"]
        report = laptop.sync()  # the pull runs as always
        assert report.pulled == 2 and _incidents(laptop.db) == ["after", "before"]
    finally:
        world.close()


def test_a_laptop_skips_a_bad_pulled_row_and_keeps_working(
    world: SyncWorld, site, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Rows an older server accepted reach laptops by the feed and by a snapshot: each bad
    one is skipped with its reason logged, the rest arrives, the register and the map load."""
    caplog.set_level(logging.WARNING, logger="bm_desktop.sync")
    following = world.laptop("following", "admin")
    following.sync()
    with monkeypatch.context() as m:
        m.setattr(rules, "check_row", lambda *_a, **_k: None)  # an older server
        bad = [
            incident_row(site, clock_now(), description="severity 40000", severity=40000),
            incident_row(
                site, clock_now(), description="latitude 999", latitude=999.0, longitude=28.0
            ),
            incident_row(site, clock_now(), description="year 0999", occurred_on="0999-01-01"),
        ]
        if world.store.engine.dialect.name == "sqlite":  # PostgreSQL cannot hold these
            bad += [
                incident_row(site, clock_now(), description="2^63-1", people_affected=2**63 - 1),
                incident_row(site, clock_now(), description="nul \x00 byte"),
            ]
        good = incident_row(site, clock_now(), description="a good one")
        r = push(world, world.login("admin"), [_change(x) for x in [*bad, good]])
        assert {x["status"] for x in r.json()["results"]} == {"applied"}
    new = world.laptop("new", "admin")
    for laptop in (following, new):  # the feed, and a first connection's snapshot
        report = laptop.sync()
        assert report.skipped == len(bad)
        assert _incidents(laptop.db) == ["a good one"]
        register(laptop.db)
        md = load_map_data(laptop.db)
        assert len(md.incidents.severity) == 1
    skipped = [r.getMessage() for r in caplog.records if "pulled row skipped" in r.getMessage()]
    assert len(skipped) == 2 * len(bad)
    assert any("incidents.severity" in s and "40000" in s for s in skipped)
    assert any("incidents.latitude" in s for s in skipped)


def test_malformed_requests_get_a_4xx_with_a_reason(world: SyncWorld, site) -> None:
    admin = world.login("admin")
    json_headers = {"Content-Type": "application/json"}
    deep_login = b'{"username": ' + b"[" * 1900 + b"]" * 1900 + b"}"
    deep_push = b"[" * 50_000 + b"]" * 50_000
    huge_int = (
        b'{"v": 1, "device": "x", "changes": [{"id": "'
        + uuid.uuid4().hex.encode()
        + b'", "t": "incidents", "op": "insert", "row": {"severity": '
        + b"9" * 5000
        + b"}}]}"
    )
    cases = [
        world.http.post("/auth/login", content=deep_login, headers=json_headers),
        world.http.post(
            "/sync/push",
            content=gzip.compress(deep_push),
            headers={**admin, **json_headers, "Content-Encoding": "gzip"},
        ),
        world.http.post("/sync/push", content=huge_int, headers={**admin, **json_headers}),
        world.http.get("/sync/pull", params={"cursor": "f" + "9" * 100}, headers=admin),
        world.http.get("/sync/pull", params={"cursor": f"s{2**64}.0..0.0"}, headers=admin),
        world.http.get(
            "/sync/pull", params={"cursor": "s0.99999999999999999999..0.0"}, headers=admin
        ),
        world.http.get("/sync/pull", params={"limit": "1e300"}, headers=admin),
    ]
    for r in cases:
        assert 400 <= r.status_code < 500, (r.status_code, r.text[:200])
        assert r.json()["detail"], r.text
    # 1e300 in an integer column: that change is refused, with the column named.
    r = push(world, admin, [_change(incident_row(site, clock_now(), minors_involved=1e300))])
    [res] = r.json()["results"]
    assert res["code"] == 422 and "incidents.minors_involved" in res["message"]


def test_the_csv_import_refuses_nul_bytes_and_integers_over_2_31(sample_db, tmp_path: Path) -> None:
    path = tmp_path / "incidents.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows(
            [
                ["Ref", "Site", "Date", "Risque", "Résumé", "Gravité", "Mineurs"],
                # (a NUL byte at the start of a file makes it "not a text file")
                [
                    "N1",
                    "SK-01",
                    "2022-04-03",
                    "child_labour",
                    "long " * 1000 + "nul \x00 byte",
                    "2",
                    "0",
                ],
                ["N2", "SK-01", "2022-04-03", "child_labour", "too many minors", "2", str(2**31)],
            ]
        )
    mapping = {
        "id": "Ref",
        "site_code": "Site",
        "occurred_on": "Date",
        "risk_area": "Risque",
        "description": "Résumé",
        "severity": "Gravité",
        "minors_involved": "Mineurs",
    }
    with sample_db.sessions() as s:
        before = s.scalar(select(func.count(Incident.id)))
    with pytest.raises(ImportRefused) as refused:
        run_import(
            sample_db, "incidents", path, ImportOptions(mapping=mapping, today=dt.date(2022, 4, 20))
        )
    reasons = refused.value.report.rejected_reasons()
    assert reasons[0].startswith("row 2: ") and "control character" in reasons[0]
    assert reasons[1].startswith("row 3: ") and "too large" in reasons[1]
    with sample_db.sessions() as s:
        assert s.scalar(select(func.count(Incident.id))) == before


def test_every_row_of_the_sample_programme_passes_the_rules(sample_db) -> None:
    """The rules refuse nothing the app itself writes."""
    from bm_desktop.sync import rows

    checked = 0
    with sample_db.engine.connect() as conn:
        for name, tc in rows.codecs().items():
            for m in conn.execute(select(tc.table)).mappings():
                rules.check_row(name, m, dt.date.today())
                checked += 1
    assert checked > 10_000


def test_a_pulled_page_with_rows_of_the_wrong_shape_applies_the_good_rows(
    tmp_path: Path, client_template: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Rows no server of ours would send (a word in a number column, a missing required
    value, 30 February, a short row) are each left out with the reason; the rest applies."""
    import shutil

    from bm_desktop.db.engine import open_database
    from bm_desktop.db.reference_data import reference_id
    from bm_desktop.sync import apply, local, rows

    caplog.set_level(logging.WARNING, logger="bm_desktop.sync")
    site = uuid.uuid4()
    tc = rows.codec("incidents")
    cols = list(tc.column_names)

    def wire_row(**values) -> list:
        row = tc.encode(
            tc.decode(
                incident_row(
                    site, clock_now(), risk_area_id=reference_id("risk_areas", "child_labour").hex
                )
            )
        )
        return [values.get(c, row[c]) if c in values else row[c] for c in cols]

    good = wire_row(description="good")
    data = [
        wire_row(description="word", severity="high"),
        wire_row(description="no date", occurred_on=None),
        wire_row(description="30 February", reported_on="2021-02-30"),
        good[:-1],
        good,
    ]
    page = {"tables": [{"t": "incidents", "cols": cols, "rows": data}]}
    for all_new in (True, False):  # a first connection's snapshot, and any other page
        shutil.copy(client_template, tmp_path / f"laptop-{all_new}.sqlite")
        db = open_database(tmp_path / f"laptop-{all_new}.sqlite")
        with local.write_transaction(db.engine, foreign_keys=False) as conn:
            result = apply.apply_page(conn, page, "c0ffee000009", all_new=all_new)
        assert (result.applied, len(result.skipped)) == (1, 4), result.skipped
        assert _incidents(db) == ["good"]
        db.dispose()
    reasons = " | ".join(result.skipped)
    for column in ("incidents.severity", "incidents.occurred_on", "incidents.reported_on"):
        assert column in reasons, reasons
    assert "values for" in reasons
    assert sum("pulled row skipped" in r.getMessage() for r in caplog.records) == 8


def test_the_pull_runs_even_when_the_server_cannot_take_the_push(
    world: SyncWorld, site, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi import HTTPException

    from bm_desktop.sync.errors import ServerError
    from bm_desktop.sync.server import push as server_push

    a, b = world.laptop("a", "admin"), world.laptop("b", "admin")
    a.sync(), b.sync()
    with a.db.sessions.begin() as s:
        s.add(
            Incident(
                site_id=site,
                occurred_on=dt.date(2021, 7, 1),
                reported_on=dt.date(2021, 7, 1),
                risk_area_id=incident_area(),
                description="from a",
            )
        )
    a.sync()
    with b.db.sessions.begin() as s:
        s.add(
            Incident(
                site_id=site,
                occurred_on=dt.date(2021, 7, 2),
                reported_on=dt.date(2021, 7, 2),
                risk_area_id=incident_area(),
                description="from b",
            )
        )

    def broken(*_args, **_kwargs):
        raise HTTPException(500, "the server failed")

    monkeypatch.setattr(server_push, "apply_push", broken)
    with pytest.raises(ServerError):
        b.sync()
    assert _incidents(b.db) == ["from a", "from b"]  # a's incident arrived all the same
    monkeypatch.undo()
    assert b.sync().pushed == 1
    assert _incidents(world.store) == ["from a", "from b"]


def incident_area() -> uuid.UUID:
    from bm_desktop.db.reference_data import reference_id

    return reference_id("risk_areas", "child_labour")


def test_every_synchronised_column_has_the_rules_of_its_type() -> None:
    """Derived from the models: a new column gets its rules without anyone writing them."""
    from sqlalchemy import Date, DateTime, Float, Integer, String

    from bm_desktop.sync import rows

    for name, tc in rows.codecs().items():
        table_rules = rules.rules(name)
        for column in tc.table.columns:
            kind = column.type
            if isinstance(kind, (Integer, Float, String, Date, DateTime)):
                assert column.name in table_rules.columns, f"{name}.{column.name}"
            if isinstance(kind, Integer):
                low, high = table_rules.bounds[column.name]
                assert rules.INT_MIN <= low <= high <= rules.INT_MAX
    assert rules.rules("incidents").bounds["severity"] == (1, 4)
    with pytest.raises(rules.RuleError, match="out of range"):
        rules.check_value("security_events", "latitude", 91.0)
