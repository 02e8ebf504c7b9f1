"""Recording, editing, verifying and rejecting incidents; bad input writes nothing."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

import pytest

from bm_desktop.domain.errors import NotFoundError, TransitionError, ValidationError
from bm_desktop.services import incidents
from bm_desktop.services.incidents import IncidentDraft, SensitiveDetails
from tests.services.loop_data import TODAY, build_small_programme, snapshot


@pytest.fixture
def prog(db):
    return build_small_programme(db)


def draft(prog, **kw) -> IncidentDraft:
    base = IncidentDraft(
        occurred_on=dt.date(2021, 8, 3),
        reported_on=dt.date(2021, 8, 4),
        risk_area_code="child_labour",
        description="Two children sorting ore",
        site_id=prog.kolwezi,
        severity=3,
        people_affected=2,
        minors_involved=2,
        reported_by="monitor Kabila",
        sensitive=SensitiveDetails(victims="A. (12), B. (14)", witnesses="pit chief"),
    )
    return replace(base, **kw)


def test_record_then_read_back_with_sensitive_details_only_for_allowed_roles(db, prog) -> None:
    iid = incidents.record(db, draft(prog), today=TODAY)
    coordinator = incidents.get(db, iid, role="coordinator")
    assert (coordinator.site_code, coordinator.verification, coordinator.risk_category) == (
        "KZ-01",
        "reported",
        "Human rights",
    )
    assert coordinator.sensitive.victims == "A. (12), B. (14)"
    government = incidents.get(db, iid, role="government")
    assert government.sensitive is None
    assert government.description == "Two children sorting ore"
    assert [
        incidents.role_sees_sensitive(r)
        for r in ("administrator", "regional_manager", "coordinator", "government", None)
    ] == [True, True, True, False, False]


def test_site_code_works_like_the_site_id(db, prog) -> None:
    iid = incidents.record(db, draft(prog, site_id=None, site_code="SK-01"), today=TODAY)
    assert incidents.get(db, iid, "coordinator").site_name == "Luhihi"


BAD_INPUT = [
    ({"site_id": None}, ValidationError, "Choose the site where the incident happened"),
    ({"site_id": None, "site_code": "XX-99"}, NotFoundError, "Unknown site code 'XX-99'"),
    ({"site_id": uuid.UUID(int=7)}, NotFoundError, "does not exist"),
    (
        {"occurred_on": dt.date(2022, 4, 2), "reported_on": None},
        ValidationError,
        "incident date 02/04/2022 is in the future .today is 31/03/2022",
    ),
    ({"occurred_on": None}, ValidationError, "Enter the date the incident occurred"),
    (
        {"reported_on": dt.date(2021, 8, 1)},
        ValidationError,
        "report date 01/08/2021 is before the incident date 03/08/2021",
    ),
    (
        {"risk_area_code": "smuggling"},
        ValidationError,
        "Unknown risk area 'smuggling': choose one from the risk taxonomy",
    ),
    ({"severity": 5}, ValidationError, "Severity must be from 1 .low. to 4 .critical., not 5"),
    ({"minors_involved": 3}, ValidationError, "Minors involved .3. cannot exceed people affected"),
    ({"description": "  "}, ValidationError, "Describe what happened"),
    (
        {"longitude": -10.7, "latitude": 25.5},
        ValidationError,
        r"outside the programme area .*longitude and latitude are not swapped",
    ),
    ({"longitude": 25.5}, ValidationError, "both longitude and latitude"),
    (
        {"longitude": 26.2, "latitude": -10.71},
        ValidationError,
        r"80 km from site KZ-01 \(Karajipopo\), more than 50 km: confirm",
    ),
    ({"source": "rumour"}, ValidationError, "Unknown source 'rumour'"),
]


@pytest.mark.parametrize(("change", "error", "message"), BAD_INPUT)
def test_bad_input_gives_its_message_and_writes_nothing(db, prog, change, error, message) -> None:
    before = snapshot(db)
    with pytest.raises(error, match=message):
        incidents.record(db, draft(prog, **change), today=TODAY)
    assert snapshot(db) == before


def test_far_location_is_accepted_once_confirmed(db, prog) -> None:
    iid = incidents.record(
        db, draft(prog, longitude=26.2, latitude=-10.71, confirm_far_location=True), today=TODAY
    )
    assert incidents.get(db, iid, "coordinator").longitude == 26.2


def test_edit_keeps_sensitive_details_when_the_role_could_not_see_them(db, prog) -> None:
    iid = incidents.record(db, draft(prog), today=TODAY)
    seen_by_government = incidents.get(db, iid, "government")
    edited = replace(incidents.incident_draft(seen_by_government), severity=4)
    assert edited.sensitive is None
    incidents.edit(db, iid, edited, today=TODAY)
    after = incidents.get(db, iid, "administrator")
    assert after.severity == 4 and after.sensitive.victims == "A. (12), B. (14)"


def test_bad_edit_changes_nothing(db, prog) -> None:
    iid = incidents.record(db, draft(prog), today=TODAY)
    before = snapshot(db)
    with pytest.raises(ValidationError, match="in the future"):
        incidents.edit(
            db, iid, draft(prog, occurred_on=dt.date(2030, 1, 1), reported_on=None), today=TODAY
        )
    assert snapshot(db) == before


def test_verify_records_who_and_when_and_only_once(db, prog) -> None:
    iid = incidents.record(db, draft(prog), today=TODAY)
    incidents.verify(db, iid, by="risk expert Mwamba")
    view = incidents.get(db, iid, "coordinator")
    assert (view.verification, view.verified_by) == ("verified", "risk expert Mwamba")
    assert (
        abs((dt.datetime.now(dt.UTC).replace(tzinfo=None) - view.verified_at).total_seconds()) < 60
    )
    before = snapshot(db)
    with pytest.raises(TransitionError, match="already verified; only a reported incident"):
        incidents.reject(db, iid, reason="duplicate", by="x")
    assert snapshot(db) == before


def test_reject_needs_a_reason_and_records_it(db, prog) -> None:
    iid = incidents.record(db, draft(prog), today=TODAY)
    before = snapshot(db)
    with pytest.raises(ValidationError, match="Give the reason for rejecting"):
        incidents.reject(db, iid, reason=" ", by="expert")
    assert snapshot(db) == before
    incidents.reject(db, iid, reason="Duplicate of the 2021-08-02 report", by="expert")
    view = incidents.get(db, iid, "coordinator")
    assert (view.verification, view.rejection_reason, view.verified_by) == (
        "rejected",
        "Duplicate of the 2021-08-02 report",
        "expert",
    )


def test_reopen_and_withdraw_support_undo(db, prog) -> None:
    iid = incidents.record(db, draft(prog), today=TODAY)
    incidents.verify(db, iid, by="expert")
    with db.sessions.begin() as s:
        incidents.reopen_incident(s, iid)
    assert incidents.get(db, iid, "coordinator").verification == "reported"
    with db.sessions.begin() as s:
        incidents.set_incident_withdrawn(s, iid, True)
    with pytest.raises(NotFoundError):
        incidents.get(db, iid, "coordinator")
    with db.sessions.begin() as s:
        incidents.set_incident_withdrawn(s, iid, False)
    assert incidents.get(db, iid, "coordinator").verification == "reported"
