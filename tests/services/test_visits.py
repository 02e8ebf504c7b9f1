"""Site visits as records: checked, written in one transaction, read back as history
and as each site's last visit; register visits found for programme sites."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from bm_desktop.db.models import CorrectiveAction, Incident, SiteVisit, VisitAction, VisitIncident
from bm_desktop.domain.errors import ValidationError
from bm_desktop.services.visits import (
    VisitRecord,
    last_visits,
    record_visits,
    visit_history,
)
from tests.map_programme import build_small_programme

TODAY = dt.date(2022, 6, 1)


def _ids(db, model, site):  # noqa: ANN001
    with db.sessions() as s:
        return list(s.scalars(select(model.id).where(model.site_id == site).order_by(model.id)))


def test_a_trip_is_recorded_with_its_checks_and_feeds_the_last_visit(db) -> None:
    prog = build_small_programme(db)
    luhihi, rubaya = prog.sites["SK-001"], prog.sites["NK-002"]
    incidents = _ids(db, Incident, luhihi)
    actions = _ids(db, CorrectiveAction, luhihi)
    record_visits(
        db,
        [
            VisitRecord(
                luhihi,
                dt.date(2022, 5, 10),
                "A. Furaha",
                "incident_verification",
                "Pit 3 fenced",
                incidents_verified=incidents[:2],
                incidents_raised=incidents[2:3],
                actions_checked=actions[:1],
            ),
            VisitRecord(rubaya, dt.date(2022, 5, 11), "A. Furaha", "monitoring", done=False),
        ],
        today=TODAY,
    )
    history = visit_history(db, luhihi)
    assert [(v.visited_on, v.findings, v.done) for v in history] == [
        (dt.date(2022, 5, 10), "Pit 3 fenced", True)
    ]
    v = history[0]
    assert (v.incidents_verified, v.incidents_raised, v.actions_checked) == (2, 1, 1)
    last = last_visits(db)
    # the visit that did not take place does not reset Rubaya's clock
    assert last[luhihi] == dt.date(2022, 5, 10) and rubaya not in last
    assert [x.done for x in visit_history(db, rubaya)] == [False]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"visited_on": dt.date(2022, 6, 2)}, "visited_on"),
        ({"visitor": "  "}, "visitor"),
        ({"purpose": "tourism"}, "purpose"),
        ({"done": False, "checked": True}, "done"),
        ({"foreign_incident": True}, "incident"),
    ],
)
def test_a_bad_visit_is_refused_and_nothing_of_the_trip_is_written(db, change, field) -> None:
    prog = build_small_programme(db)
    luhihi, kara = prog.sites["SK-001"], prog.sites["LUA-001"]
    fields = {k: v for k, v in change.items() if k not in ("checked", "foreign_incident")}
    if change.get("checked"):
        fields["actions_checked"] = _ids(db, CorrectiveAction, luhihi)[:1]
    if change.get("foreign_incident"):  # Karajipopo's incident, not Luhihi's
        fields["incidents_verified"] = _ids(db, Incident, kara)[:1]
    bad = VisitRecord(
        **{
            "site_id": luhihi,
            "visited_on": dt.date(2022, 5, 10),
            "visitor": "A. Furaha",
            "purpose": "monitoring",
            **fields,
        }
    )
    good = VisitRecord(luhihi, dt.date(2022, 5, 9), "A. Furaha", "monitoring")
    with pytest.raises(ValidationError) as err:
        record_visits(db, [good, bad], today=TODAY)
    assert err.value.field == field
    with db.sessions() as s:
        assert s.scalar(select(func.count(SiteVisit.id))) == 0
        assert s.scalar(select(func.count(VisitAction.id))) == 0
        assert s.scalar(select(func.count(VisitIncident.id))) == 0
