"""The server's refusals and the laptop's skipped rows read in the interface's language:
the server sends a stable key with its parameters beside the English sentence, the
laptop keeps both and renders the key's template in French (or English)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from bm_desktop.db import rules
from bm_desktop.db.models import Incident
from bm_desktop.services.sync_conflicts import list_refused_changes, list_skipped_rows
from bm_desktop.sync import reasons
from bm_desktop.sync.errors import AuthError, localised
from tests.sync.test_bad_values import _change, push
from tests.sync.test_security import (
    CHILD_LABOUR,
    clock_now,
    incident_row,
    two_regions,  # noqa: F401
)
from tests.sync.world import SyncWorld


def test_refusals_reach_the_laptop_with_a_key_and_read_in_french(
    world: SyncWorld,
    two_regions,  # noqa: F811
) -> None:
    own, other = two_regions
    laptop = world.laptop("coord", "coord")
    laptop.sync()
    with laptop.db.sessions.begin() as s:  # a severity out of range, on the user's site
        s.add(
            Incident(
                site_id=own,
                occurred_on=dt.date(2021, 6, 1),
                reported_on=dt.date(2021, 6, 2),
                risk_area_id=CHILD_LABOUR,
                description="Typed by hand",
                severity=9,
            )
        )
    report = laptop.sync()
    assert report.rejected == 1
    refused = list_refused_changes(laptop.db)
    assert len(refused) == 1
    assert refused[0].message == "incidents.severity: 9 is out of range (1 to 4)."
    assert refused[0].text("fr") == "incidents.severity : 9 est hors limites (de 1 à 4)."
    laptop.close()


def test_a_scope_refusal_travels_as_a_key_with_its_parameters(
    world: SyncWorld,
    two_regions,  # noqa: F811
) -> None:
    _own, other = two_regions
    r = push(world, world.login("coord"), [_change(incident_row(other, clock_now()))])
    result = r.json()["results"][0]
    assert result["status"] == "rejected" and result["code"] == 403
    assert result["reason"] == {"key": "row_scope", "params": {"table": "incidents"}}
    assert result["message"] == "This incidents row belongs to a site outside your scope."
    kept = reasons.stored(result["message"], result["reason"])
    assert reasons.shown(kept, "en") == result["message"]
    assert reasons.shown(kept, "fr") == (
        "Cette ligne de incidents appartient à un site hors de votre périmètre."
    )


def test_a_refused_sign_in_reads_in_french(world: SyncWorld, two_regions) -> None:  # noqa: F811
    laptop = world.laptop("intruder", "coord")
    laptop.client.password_source = lambda: "not-the-password"
    with pytest.raises(AuthError) as refused:
        laptop.sync()
    assert str(refused.value) == "User name or password is wrong."
    assert localised(refused.value, "fr") == (
        "Le nom d'utilisateur ou le mot de passe est incorrect."
    )
    laptop.close()


@pytest.mark.parametrize(
    "reason",
    [
        {"key": "rule", "params": {"template": "{column.__class__}", "column": "x"}},
        {"key": "rule", "params": {"template": "{0}"}},
        {"key": "row_scope", "params": {}},  # a parameter missing
        {"key": "row_scope", "params": {"table": ["a list"]}},
        {"key": "a key from a newer server", "params": {}},
        "not an object",
    ],
)
def test_a_reason_this_laptop_cannot_render_shows_the_english_sentence(reason) -> None:
    kept = reasons.stored("The server's own words.", reason)
    assert reasons.shown(kept, "fr") == "The server's own words."


def test_pulled_rows_left_out_are_kept_for_the_window_with_their_reason(
    world: SyncWorld,
    two_regions,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    own, _other = two_regions
    with monkeypatch.context() as m:
        m.setattr(rules, "check_row", lambda *_a, **_k: None)  # an older server
        bad = incident_row(own, clock_now(), description="severity 40000", severity=40000)
        r = push(world, world.login("admin"), [_change(bad)])
        assert r.json()["results"][0]["status"] == "applied"
    laptop = world.laptop("admin-laptop", "admin")
    report = laptop.sync()
    assert report.skipped == 1
    skipped = list_skipped_rows(laptop.db)
    assert [(k.table, k.row_id) for k in skipped] == [("incidents", bad["id"])]
    assert skipped[0].text("en") == "incidents.severity: 40000 is out of range (1 to 4)."
    assert skipped[0].text("fr") == "incidents.severity : 40000 est hors limites (de 1 à 4)."
    with laptop.db.sessions() as s:
        assert s.scalar(select(Incident).where(Incident.id == uuid.UUID(bad["id"]))) is None
    laptop.sync()  # nothing new: the list stays as it was, the row listed once
    assert len(list_skipped_rows(laptop.db)) == 1
    laptop.close()
