"""Issue 2, "Done when": bad input to the services raises a specific error and writes
nothing, on the sample programme: unknown site, due date before the recommendation
date, coordinates outside the programme area, an incident dated in the future."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bm_desktop.db.models import Site, SiteStakeholder
from bm_desktop.domain.errors import NotFoundError, ValidationError
from bm_desktop.services import actions, incidents
from bm_desktop.services.actions import ActionDraft
from bm_desktop.services.incidents import IncidentDraft
from tests.services.loop_data import snapshot

TODAY = dt.date(2022, 3, 31)


def incident(**kw) -> IncidentDraft:
    base = dict(
        occurred_on=dt.date(2022, 3, 1),
        reported_on=dt.date(2022, 3, 2),
        risk_area_code="child_labour",
        description="Children at the washing ponds",
        site_code="LB-01",
    )
    return IncidentDraft(**{**base, **kw})


@pytest.mark.parametrize(
    ("draft", "error", "message"),
    [
        (
            incident(site_code="ZZ-404"),
            NotFoundError,
            "Unknown site code 'ZZ-404': no site with that code exists.",
        ),
        (
            incident(occurred_on=dt.date(2022, 4, 5), reported_on=None),
            ValidationError,
            r"The incident date 05/04/2022 is in the future \(today is 31/03/2022\).",
        ),
        (
            incident(longitude=2.35, latitude=48.85),
            ValidationError,
            r"The location \(2.3500, 48.8500\) is outside the programme area",
        ),
    ],
)
def test_bad_incident_is_refused_and_nothing_is_written(sample_db, draft, error, message) -> None:
    before = snapshot(sample_db)
    with pytest.raises(error, match=message):
        incidents.record(sample_db, draft, today=TODAY)
    assert snapshot(sample_db) == before


def test_due_date_before_recommendation_is_refused_and_nothing_is_written(sample_db) -> None:
    with sample_db.sessions() as s:
        site = s.scalar(select(Site).where(Site.code == "LB-01"))
        stakeholder = s.scalar(
            select(SiteStakeholder.stakeholder_id)
            .where(SiteStakeholder.site_id == site.id)
            .limit(1)
        )
    draft = ActionDraft(
        kind="training",
        description="Train the pit managers",
        recommended_on=dt.date(2022, 3, 10),
        due_on=dt.date(2022, 2, 28),
        stakeholder_id=stakeholder,
        site_id=site.id,
        risk_area_code="child_labour",
    )
    before = snapshot(sample_db)
    with pytest.raises(
        ValidationError,
        match="The due date 28/02/2022 is before the recommendation date 10/03/2022.",
    ):
        actions.recommend(sample_db, draft, today=TODAY)
    assert snapshot(sample_db) == before
