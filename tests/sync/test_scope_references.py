"""Scope covers every reference between tables: a row in the user's own scope may not
point at a row outside it (on push), and nothing outside it travels back (on pull).
Government users receive no account names and no authors of progress updates.
Also: a disabled account cannot sign in, and a reused change id with other content
is refused, not taken for a duplicate. On SQLite and PostgreSQL servers."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import select

from bm_desktop.db.models import (
    ActionProgress,
    CapMeeting,
    CorrectiveAction,
    Incident,
    SiteRisk,
    SiteStakeholder,
    Stakeholder,
)
from bm_desktop.db.reference_data import reference_id
from bm_desktop.sync import rows
from bm_desktop.sync.server import references, scope
from bm_desktop.sync.server.users import create_user, disable_user
from tests.sync.test_security import (
    CHILD_LABOUR,
    clock_now,
    incident_row,
    pull_all,
    push,
    rows_of,
    two_regions,  # noqa: F401
)
from tests.sync.world import SyncWorld, password_of

COMMUNITY = reference_id("stakeholder_types", "community")


def row(table: str, **values) -> dict:
    """A complete row of ``table`` as JSON values (defaults for what is not given)."""
    clock = clock_now()
    base = {
        "id": uuid.uuid4().hex,
        "updated_at": clock,
        "updated_by": clock.split("-")[-1],
        "deleted": False,
    }
    tc = rows.codec(table)
    decoded = tc.decode({**base, **values})
    return tc.encode(decoded)


def change(table: str, r: dict, op: str = "insert", base: str | None = None) -> dict:
    return {"id": uuid.uuid4().hex, "t": table, "op": op, "base": base, "row": r}


def server_rows(world: SyncWorld, model, **where) -> list:
    with world.store.db.sessions() as s:
        q = select(model)
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return list(s.scalars(q))


def other_regions_rows(world: SyncWorld, other: uuid.UUID) -> dict:
    """Another region's stakeholder, action, risk and meeting (written on the server)."""
    with world.store.db.sessions.begin() as s:
        person = s.scalar(
            select(Stakeholder)
            .join(SiteStakeholder, SiteStakeholder.stakeholder_id == Stakeholder.id)
            .where(SiteStakeholder.site_id == other)
        )
        org = Stakeholder(
            name="Lualaba Miners Cooperative",
            kind="organisation",
            type_id=COMMUNITY,
            phone="+243 99 111 2222",
        )
        s.add(org)
        s.flush()
        s.add(SiteStakeholder(site_id=other, stakeholder_id=org.id, role="cooperative"))
        risk = SiteRisk(
            site_id=other,
            risk_area_id=CHILD_LABOUR,
            likelihood=2,
            severity=3,
            identified_on=dt.date(2021, 5, 1),
        )
        s.add(risk)
        s.flush()
        action = CorrectiveAction(
            site_id=other,
            risk_area_id=CHILD_LABOUR,
            kind="training",
            description="Lualaba training",
            recommended_on=dt.date(2021, 5, 2),
            due_on=dt.date(2021, 6, 2),
            risk_id=risk.id,
        )
        meeting = CapMeeting(site_id=other, month="2021-05")
        s.add_all([action, meeting])
        s.flush()
        incident = s.scalar(select(Incident).where(Incident.site_id == other))
        return {
            "person": person.id,
            "phone": person.phone,
            "org": org.id,
            "risk": risk.id,
            "action": action.id,
            "meeting": meeting.id,
            "incident": incident.id,
        }


def test_a_row_in_scope_cannot_point_outside_it(world: SyncWorld, two_regions) -> None:  # noqa: F811
    own, other = two_regions
    theirs = other_regions_rows(world, other)
    coord = world.login("coord")
    meeting = row("cap_meetings", site_id=own.hex, month="2021-06")
    action = row(
        "corrective_actions",
        site_id=own.hex,
        risk_area_id=CHILD_LABOUR.hex,
        kind="training",
        description="Own action",
        recommended_on="2021-06-01",
        due_on="2021-07-01",
    )
    r = push(world, coord, [change("cap_meetings", meeting), change("corrective_actions", action)])
    assert [x["status"] for x in r.json()["results"]] == ["applied", "applied"]
    m, a = meeting["id"], action["id"]
    attacks = [  # each points from a row of my site at another region's row
        (
            "meeting_attendance",
            row("meeting_attendance", meeting_id=m, stakeholder_id=theirs["person"].hex),
        ),
        (
            "corrective_actions",
            {
                **row(
                    "corrective_actions",
                    site_id=own.hex,
                    risk_area_id=CHILD_LABOUR.hex,
                    kind="training",
                    description="x",
                    recommended_on="2021-06-01",
                    due_on="2021-07-01",
                ),
                "stakeholder_id": theirs["org"].hex,
            },
        ),
        (
            "corrective_actions",
            {
                **row(
                    "corrective_actions",
                    site_id=own.hex,
                    risk_area_id=CHILD_LABOUR.hex,
                    kind="training",
                    description="y",
                    recommended_on="2021-06-01",
                    due_on="2021-07-01",
                ),
                "risk_id": theirs["risk"].hex,
            },
        ),
        (
            "meeting_decisions",
            row(
                "meeting_decisions",
                meeting_id=m,
                text="Adopt their action",
                action_id=theirs["action"].hex,
            ),
        ),
        (
            "action_incidents",
            row("action_incidents", action_id=a, incident_id=theirs["incident"].hex),
        ),
        (
            "site_stakeholders",
            row("site_stakeholders", site_id=own.hex, stakeholder_id=theirs["person"].hex),
        ),
        (
            "stakeholders",
            row(
                "stakeholders",
                name="New member",
                kind="person",
                type_id=COMMUNITY.hex,
                organisation_id=theirs["org"].hex,
            ),
        ),
        (
            "agenda_items",
            row(
                "agenda_items",
                meeting_id=m,
                position=1,
                section="followup",
                title="Their incident",
                ref_table="incidents",
                ref_id=theirs["incident"].hex,
            ),
        ),
    ]
    r = push(world, coord, [change(t, x) for t, x in attacks])
    results = r.json()["results"]
    assert [x["code"] for x in results] == [403] * len(attacks), results
    assert all("outside your scope" in x["message"] for x in results)
    # The stakeholder itself cannot be rewritten either (the write check).
    [person] = server_rows(world, Stakeholder, id=theirs["person"])
    hijacked = {
        **rows.codec("stakeholders").encode(
            {c.name: getattr(person, c.name) for c in Stakeholder.__table__.columns}
        ),
        "phone": "+243 00 000 0000",
        "updated_at": clock_now(),
    }
    r = push(world, coord, [change("stakeholders", hijacked, "update", person.updated_at)])
    assert r.json()["results"][0]["code"] == 403
    assert server_rows(world, Stakeholder, id=theirs["person"])[0].phone == theirs["phone"]
    # Nothing of the other region travels back to the coordinator.
    everything = json.dumps(pull_all(world, coord))
    for secret in (
        "Lualaba Miners",
        "+243 99",
        "Lualaba training",
        *(v.hex for k, v in theirs.items() if k != "phone"),
    ):
        assert secret not in everything, secret
    # Rows of one's own scope, and new stakeholders, may be referred to (same batch too).
    mine = row("stakeholders", name="Own cooperative", kind="organisation", type_id=COMMUNITY.hex)
    r = push(
        world,
        coord,
        [
            change("stakeholders", mine),
            change(
                "site_stakeholders",
                row("site_stakeholders", site_id=own.hex, stakeholder_id=mine["id"]),
            ),
            change(
                "meeting_attendance",
                row("meeting_attendance", meeting_id=m, stakeholder_id=mine["id"], women=2, men=3),
            ),
            change(
                "meeting_decisions",
                row("meeting_decisions", meeting_id=m, text="Go on", action_id=a),
            ),
        ],
    )
    assert [x["status"] for x in r.json()["results"]] == ["applied"] * 4, r.json()


def test_every_foreign_key_leads_to_a_table_with_a_scope_rule() -> None:
    classified = scope.GLOBAL_TABLES | set(scope.SITE_LINKS) | {scope.STAKEHOLDERS}
    for table in rows.codecs():
        for column, target in references.foreign_keys(table):
            assert target in classified, f"{table}.{column} -> {target} has no scope rule"
    assert ("meeting_attendance", "stakeholder_id") in {
        (t, c) for t in rows.codecs() for c, _ in references.foreign_keys(t)
    }


def test_government_pages_carry_no_account_names_nor_progress_authors(
    world: SyncWorld,
    two_regions,  # noqa: F811
) -> None:
    own, _other = two_regions
    create_user(
        world.store,
        "amani",
        password_of("amani"),
        "coordinator",
        full_name="Amani Furaha",
        sites=("IT-01",),
    )
    laptop = world.laptop("amani", "amani")
    laptop.sync()
    with laptop.db.sessions.begin() as s:
        action = CorrectiveAction(
            site_id=own,
            risk_area_id=CHILD_LABOUR,
            kind="training",
            description="Training on child labour",
            recommended_on=dt.date(2021, 6, 1),
            due_on=dt.date(2021, 7, 1),
        )
        s.add(action)
        s.flush()
        s.add(
            ActionProgress(
                action_id=action.id,
                status="in_progress",
                on=dt.date(2021, 6, 15),
                by="Monitor Zawadi Neema",
            )
        )
    assert laptop.sync().pushed == 2
    coordinator_pages = pull_all(world, world.login("amani"))
    assert "Amani Furaha" in json.dumps(coordinator_pages)  # colleagues see who did it
    gov_pages = pull_all(world, world.login("gov"))
    text = json.dumps(gov_pages)
    assert [p["by"] for p in rows_of(gov_pages, "action_progress")] == [None]
    assert [p["status"] for p in rows_of(gov_pages, "action_progress")] == ["in_progress"]
    for secret in ("Amani Furaha", "amani", "Zawadi"):
        assert secret not in text, secret
    assert all(p["devices"] == {} for p in gov_pages)


def test_a_disabled_account_cannot_sign_in(world: SyncWorld, two_regions) -> None:  # noqa: F811
    assert (
        world.http.post(
            "/auth/login", json={"username": "coord", "password": password_of("coord")}
        ).status_code
        == 200
    )
    disable_user(world.store, "coord")
    r = world.http.post("/auth/login", json={"username": "coord", "password": password_of("coord")})
    assert r.status_code == 401 and "token" not in r.json()


def test_a_reused_change_id_with_other_content_is_refused(world: SyncWorld, two_regions) -> None:  # noqa: F811
    own, _other = two_regions
    admin = world.login("admin")
    first = incident_row(own, clock_now(), description="First content")
    change_id = uuid.uuid4().hex
    sent = {"id": change_id, "t": "incidents", "op": "insert", "base": None, "row": first}
    assert push(world, admin, [sent]).json()["results"][0]["status"] == "applied"
    assert push(world, admin, [sent]).json()["results"][0]["status"] == "duplicate"
    other = {**sent, "row": {**first, "description": "Other content", "updated_at": clock_now()}}
    [res] = push(world, admin, [other]).json()["results"]
    assert (res["status"], res["code"]) == ("rejected", 409)
    assert "different content" in res["message"]
    [inc] = server_rows(world, Incident, id=uuid.UUID(first["id"]))
    assert inc.description == "First content"
