"""Nobody sees or changes what is not theirs; tokens and passwords are handled safely."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import logging
import uuid

import jwt
import pytest
from sqlalchemy import func, select, text

from bm_desktop.db.models import (
    SENSITIVE_INCIDENT_FIELDS,
    FeedEntry,
    Incident,
    Site,
    SiteStakeholder,
    SiteVisit,
    Stakeholder,
    User,
)
from bm_desktop.db.reference_data import reference_id
from bm_desktop.sync import wire
from bm_desktop.sync.server.app import ServerConfig, create_app
from tests.sync.world import SyncWorld, password_of

CHILD_LABOUR = reference_id("risk_areas", "child_labour")
SECRET_VICTIM = "Victim: Amani K., 14 years old"


def incident_row(site_id: uuid.UUID, clock: str, **extra) -> dict:
    row = {
        "id": uuid.uuid4().hex,
        "updated_at": clock,
        "updated_by": clock.split("-")[-1],
        "deleted": False,
        "site_id": site_id.hex,
        "occurred_on": "2021-06-01",
        "reported_on": "2021-06-02",
        "source": "monitor",
        "risk_area_id": CHILD_LABOUR.hex,
        "severity": 3,
        "description": "Children seen at the washing site",
        "minors_involved": 2,
        "verification": "reported",
    }
    row.update(extra)
    return row


def clock_now(node: str = "c0ffee000001") -> str:
    import time

    return f"{int(time.time() * 1000):016d}-0000-{node}"


def push(world: SyncWorld, headers: dict, changes: list[dict], **kwargs):
    body = gzip.compress(wire.dumps({"v": 1, "device": "c0ffee000001", "changes": changes}))
    return world.http.post(
        "/sync/push",
        content=body,
        headers={**headers, "Content-Encoding": "gzip", "Content-Type": "application/json"},
        **kwargs,
    )


def pull_all(world: SyncWorld, headers: dict) -> list[dict]:
    """Every page a user receives, from a snapshot to the end of the feed."""
    pages, cursor = [], None
    while True:
        r = world.http.get(
            "/sync/pull",
            headers=headers,
            params={"limit": 50, **({"cursor": cursor} if cursor else {})},
        )
        assert r.status_code == 200, r.text
        pages.append(r.json())
        cursor = r.json()["cursor"]
        if not r.json()["more"]:
            return pages


def rows_of(pages: list[dict], table: str) -> list[dict]:
    return [
        dict(zip(g["cols"], row, strict=True))
        for p in pages
        for g in p["tables"]
        if g["t"] == table
        for row in g["rows"]
    ]


@pytest.fixture
def two_regions(world: SyncWorld):
    """Sites in Eastern DRC and Lualaba, incidents on both (with sensitive details)."""
    own = world.add_site("IT-01", "Eastern DRC")
    other = world.add_site("LB-01", "Lualaba")
    with world.store.db.sessions.begin() as s:
        for site in (own, other):
            s.add(
                Incident(
                    site_id=site,
                    occurred_on=dt.date(2021, 6, 1),
                    reported_on=dt.date(2021, 6, 2),
                    risk_area_id=CHILD_LABOUR,
                    description="Minors at the pit",
                    reported_by="Monitor J. Mukendi",
                    sensitive_victims=SECRET_VICTIM,
                    sensitive_notes="Family threatened",
                )
            )
            person = Stakeholder(
                name="Chief Bahati",
                kind="person",
                phone="+243 81 000 0000",
                email="bahati@example.org",
                type_id=reference_id("stakeholder_types", "community"),
            )
            s.add(person)
            s.flush()
            s.add(SiteStakeholder(site_id=site, stakeholder_id=person.id, role="chief"))
            s.add(
                SiteVisit(
                    site_id=site,
                    visited_on=dt.date(2021, 6, 3),
                    visitor="Coordinator N. Uwase",
                    notes="Met the chief",
                )
            )
    world.user("admin")
    world.user("coord", "coordinator", sites=("IT-01",))
    world.user("gov", "government", regions=("Eastern DRC",))
    return own, other


def test_coordinator_pulls_only_their_sites(world: SyncWorld, two_regions) -> None:
    own, other = two_regions
    laptop = world.laptop("coord", "coord")
    laptop.sync()
    admin = world.login("admin")
    clock = clock_now()
    r = push(
        world,
        admin,
        [
            {
                "id": uuid.uuid4().hex,
                "t": "incidents",
                "op": "insert",
                "base": None,
                "row": incident_row(site, clock),
            }
            for site in (own, other)
        ],
    )
    assert [x["status"] for x in r.json()["results"]] == ["applied", "applied"]
    laptop.sync()  # now through the feed too
    with laptop.db.sessions() as s:
        assert list(s.scalars(select(Site.code))) == ["IT-01"]
        assert set(s.scalars(select(Incident.site_id))) == {own}
        assert s.scalar(select(func.count()).select_from(Incident)) == 2
    pages = pull_all(world, world.login("coord"))
    everything = json.dumps(pages)
    assert other.hex not in everything  # not even as a reference


def test_coordinator_cannot_push_another_regions_site(world: SyncWorld, two_regions) -> None:
    own, other = two_regions
    coord = world.login("coord")
    with world.store.db.sessions() as s:
        theirs = s.scalar(select(Incident).where(Incident.site_id == other))
        feed_before = s.scalar(select(func.count()).select_from(FeedEntry))
    moved = incident_row(own, clock_now(), id=theirs.id.hex)  # move their incident to mine
    r = push(
        world,
        coord,
        [
            {
                "id": uuid.uuid4().hex,
                "t": "incidents",
                "op": "insert",
                "base": None,
                "row": incident_row(other, clock_now()),
            },
            {
                "id": uuid.uuid4().hex,
                "t": "incidents",
                "op": "update",
                "base": theirs.updated_at,
                "row": moved,
            },
            {
                "id": uuid.uuid4().hex,
                "t": "sites",
                "op": "update",
                "base": None,
                "row": {**_site_row(world, other), "name": "Taken over"},
            },
            {
                "id": uuid.uuid4().hex,
                "t": "incidents",
                "op": "insert",
                "base": None,
                "row": incident_row(own, clock_now()),
            },
        ],
    )
    results = r.json()["results"]
    assert [x["code"] for x in results] == [403, 403, 403, 200]
    assert "outside your scope" in results[0]["message"]
    with world.store.db.sessions() as s:
        assert s.get(Incident, theirs.id).site_id == other
        assert s.get(Site, other).name == "Site LB-01"
        assert s.scalar(select(func.count()).select_from(FeedEntry)) == feed_before + 1


def _site_row(world: SyncWorld, site_id: uuid.UUID) -> dict:
    from bm_desktop.sync import rows

    tc = rows.codec("sites")
    with world.store.engine.connect() as conn:
        m = conn.execute(select(tc.table).where(tc.table.c.id == site_id)).mappings().one()
    return {**tc.encode(m), "updated_at": clock_now()}


def test_government_is_read_only_and_never_receives_sensitive_or_personal_data(
    world: SyncWorld, two_regions
) -> None:
    own, _other = two_regions
    gov = world.login("gov")
    r = push(
        world,
        gov,
        [
            {
                "id": uuid.uuid4().hex,
                "t": "incidents",
                "op": "insert",
                "base": None,
                "row": incident_row(own, clock_now()),
            }
        ],
    )
    assert r.status_code == 403 and "read-only" in r.json()["detail"]
    laptop = world.laptop("gov", "gov")
    laptop.sync()
    # Feed changes too: an administrator edits the incident after the snapshot.
    admin_laptop = world.laptop("admin", "admin")
    admin_laptop.sync()
    with admin_laptop.db.sessions.begin() as s:
        inc = s.scalar(select(Incident).where(Incident.site_id == own))
        inc.sensitive_witnesses = "Witness: Mr. P. Habimana"
        inc.description = "Verified by the risk expert"
    admin_laptop.sync()
    laptop.sync()
    pages = pull_all(world, gov)
    everything = json.dumps(pages)
    for secret in (
        SECRET_VICTIM,
        "Family threatened",
        "Habimana",
        "Mukendi",
        "Uwase",
        "+243",
        "bahati@example.org",
        "Chief Bahati",
    ):
        assert secret not in everything, secret
    with laptop.db.sessions() as s:
        [inc] = s.scalars(select(Incident))
        assert inc.description == "Verified by the risk expert"  # the rest arrives
        assert all(getattr(inc, f) is None for f in SENSITIVE_INCIDENT_FIELDS)
        assert inc.reported_by is None
        [person] = s.scalars(select(Stakeholder))
        assert (person.name, person.phone, person.email) == ("", None, None)
        assert [v.visitor for v in s.scalars(select(SiteVisit))] == [""]


def _bad_token(world: SyncWorld, case: str) -> dict:
    if case == "expired":
        from fastapi.testclient import TestClient

        app = create_app(world.store, ServerConfig(token_lifetime=dt.timedelta(seconds=-5)))
        with TestClient(app) as http:
            token = http.post(
                "/auth/login", json={"username": "coord", "password": password_of("coord")}
            ).json()
        return {"Authorization": f"Bearer {token['token']}"}
    if case == "revoked":
        headers = world.login("coord")
        assert world.http.post("/auth/logout", headers=headers).status_code == 200
        return headers
    if case == "forged":
        with world.store.engine.connect() as conn:
            user_id = conn.execute(select(User.id).where(User.username == "admin")).scalar()
        now = dt.datetime.now(dt.UTC)
        forged = jwt.encode(
            {
                "iss": "bm-desktop-sync",
                "sub": user_id.hex,
                "jti": "x" * 32,
                "iat": now,
                "exp": now + dt.timedelta(hours=1),
            },
            "not-the-server-secret-but-as-long-as-one-32b",  # a forger's key of full length
            algorithm="HS256",
        )
        return {"Authorization": f"Bearer {forged}"}
    if case == "none-alg":
        real = world.login("coord")["Authorization"].split()[1]
        claims = jwt.decode(real, options={"verify_signature": False})
        claims["sub"] = "0" * 32
        return {"Authorization": "Bearer " + jwt.encode(claims, None, algorithm="none")}
    if case == "garbage":
        return {"Authorization": "Bearer not.a.token"}
    if case == "missing":
        return {}
    raise AssertionError(case)


def test_bad_tokens_are_refused(world: SyncWorld, two_regions) -> None:
    for case in ("expired", "revoked", "forged", "none-alg", "garbage", "missing"):
        headers = _bad_token(world, case)
        r = world.http.get("/sync/pull", headers=headers)
        assert r.status_code == 401, case
        assert "sign in" in r.json()["detail"].lower(), (case, r.json())
        assert push(world, headers, []).status_code == 401
    # A disabled account's open session stops working at once.
    headers = world.login("coord")
    from bm_desktop.sync.server.users import disable_user

    assert disable_user(world.store, "coord") >= 1  # its open sessions are revoked
    r = world.http.get("/sync/pull", headers=headers)
    assert r.status_code == 401 and "sign in again" in r.json()["detail"]


def _counts(world: SyncWorld) -> tuple[int, int]:
    with world.store.db.sessions() as s:
        return (
            s.scalar(select(func.count()).select_from(Incident)),
            s.scalar(select(func.count()).select_from(FeedEntry)),
        )


def test_malformed_and_oversized_requests_get_a_message_and_change_nothing(
    world: SyncWorld, two_regions
) -> None:
    own, _other = two_regions
    admin = world.login("admin")
    before = _counts(world)
    json_headers = {**admin, "Content-Type": "application/json"}
    cases = [
        (world.http.post("/sync/push", content=b"{not json", headers=json_headers), 400, "JSON"),
        (
            world.http.post(
                "/sync/push",
                content=b"\x1f\x8bgarbage",
                headers={**json_headers, "Content-Encoding": "gzip"},
            ),
            400,
            "gzip",
        ),
        (
            world.http.post(
                "/sync/push", json={"v": 1, "device": "x", "changes": "all"}, headers=admin
            ),
            422,
            "changes",
        ),
        (
            world.http.post(
                "/sync/push",
                json={
                    "v": 1,
                    "device": "x",
                    "changes": [{"id": "not-a-uuid", "t": "incidents", "op": "insert", "row": {}}],
                },
                headers=admin,
            ),
            422,
            "id",
        ),
        (
            world.http.post(
                "/sync/push",
                json={
                    "v": 1,
                    "device": "x",
                    "changes": [
                        {"id": uuid.uuid4().hex, "t": "incidents", "op": "insert", "row": {}}
                        for _ in range(wire.MAX_CHANGES_PER_PUSH + 1)
                    ],
                },
                headers=admin,
            ),
            413,
            "at most",
        ),
        (world.http.get("/sync/pull", params={"cursor": "zzz"}, headers=admin), 422, "cursor"),
        (
            world.http.post(
                "/auth/login", content=b"x" * 10_000, headers={"Content-Type": "application/json"}
            ),
            413,
            "larger",
        ),
    ]
    # A gzip bomb: a few KB that would inflate to 40 MB.
    bomb = gzip.compress(b" " * (40 * 1024 * 1024))
    cases.append(
        (
            world.http.post(
                "/sync/push", content=bomb, headers={**json_headers, "Content-Encoding": "gzip"}
            ),
            413,
            "too large",
        )
    )
    for response, status, word in cases:
        assert response.status_code == status, (response.status_code, response.text)
        assert word.lower() in response.json()["detail"].lower()
    # Too big for a server configured with a small limit, before reading it all.
    from fastapi.testclient import TestClient

    small = create_app(world.store, ServerConfig(max_body_bytes=2048))
    with TestClient(small) as http:
        r = http.post("/sync/push", content=b"x" * 100_000, headers=json_headers)
        assert r.status_code == 413 and "fewer changes" in r.json()["detail"]
    # Bad values inside an otherwise valid batch: refused one by one, with the column named.
    bad = [
        incident_row(own, clock_now(), severity="very high"),
        incident_row(own, clock_now(), occurred_on="2021-02-30"),
        incident_row(own, clock_now(), unknown_column=1),
        incident_row(own, "yesterday"),
        incident_row(own, f"{(int(__import__('time').time()) + 86400) * 1000:016d}-0000-ab"),
    ]
    r = push(
        world,
        admin,
        [
            {"id": uuid.uuid4().hex, "t": "incidents", "op": "insert", "base": None, "row": row}
            for row in bad
        ],
    )
    messages = [x["message"] for x in r.json()["results"]]
    assert [x["code"] for x in r.json()["results"]] == [422] * 5
    assert "incidents.severity" in messages[0] and "incidents.occurred_on" in messages[1]
    assert "unknown_column" in messages[2] and "clock" in messages[3]
    assert "ahead" in messages[4]
    assert _counts(world) == before


def test_passwords_are_never_stored_or_logged_in_clear(
    world: SyncWorld, tmp_path, caplog, capsys, monkeypatch
) -> None:
    from bm_desktop.cli import main

    caplog.set_level(logging.DEBUG)
    secret = "Tr0ub4dor&3-horse"
    monkeypatch.setenv("BM_DESKTOP_PASSWORD", secret)
    url = world.store.url
    if url.startswith("sqlite"):
        url = url.removeprefix("sqlite:///")
    assert main(["server", "create-user", "alice", "--role", "administrator", "--db", url]) == 0
    for password in (secret, secret + "x"):
        world.http.post("/auth/login", json={"username": "alice", "password": password})
    out = capsys.readouterr()
    logged = caplog.text + out.out + out.err
    assert "alice" in logged  # the refused sign-in is logged, by name only
    assert secret not in logged
    with world.store.engine.connect() as conn:
        stored = conn.execute(select(User.password_hash).where(User.username == "alice")).scalar()
        assert stored.startswith("$argon2id$")
        dump = []
        for table in conn.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type='table'"
                if world.store.engine.dialect.name == "sqlite"
                else "SELECT tablename FROM pg_tables WHERE schemaname='public'"
            )
        ).scalars():
            dump += [str(tuple(r)) for r in conn.execute(text(f'SELECT * FROM "{table}"'))]
    assert secret not in "\n".join(dump)
    if world.store.db.path is not None:
        world.store.dispose()
        for suffix in ("", "-wal"):
            f = world.store.db.path.with_name(world.store.db.path.name + suffix)
            if f.exists():
                assert secret.encode() not in f.read_bytes()
