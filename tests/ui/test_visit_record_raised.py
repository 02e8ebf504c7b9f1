"""After the trip, the manager records a visit with an incident raised on it: the site's
incident entered since the trip's first day is offered in the "Incidents raised" list,
ticked, saved, and stored as a visit-incident link of kind "raised"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from sqlalchemy import select, update

from bm_desktop.db.models import Incident, SiteVisit, VisitIncident
from bm_desktop.services.trip_planner import TripRequest, plan_trip
from bm_desktop.services.visit_priorities import PlannerArea
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.settings import Settings
from bm_desktop.ui.visit_record_dialog import COLUMNS, VisitRecordDialog

FIRST = dt.date(2023, 1, 9)  # after the sample's last visits and incidents


def test_a_visit_is_recorded_with_an_incident_raised(qtbot, sample_db) -> None:
    plan = plan_trip(
        sample_db,
        TripRequest(PlannerArea(region="Rwanda"), "Kigali", FIRST, 2, top=4, time_limit_s=0.3),
    )
    site = plan.stops[0].site
    # the monitor entered, during the trip, an incident seen at the first site
    with sample_db.sessions() as s, s.begin():
        raised_id = s.scalars(
            select(Incident.id)
            .where(Incident.site_id == site.id, Incident.deleted.is_(False))
            .order_by(Incident.occurred_on.desc())
            .limit(1)
        ).one()
        s.execute(
            update(Incident)
            .where(Incident.id == raised_id)
            .values(
                occurred_on=FIRST + dt.timedelta(days=1),
                description="Child seen carrying ore at the new pit",
            )
        )
    dialog = VisitRecordDialog(AppContext(db=sample_db, settings=Settings(), lang="en"), plan)
    qtbot.addWidget(dialog)
    dialog.show()
    col = COLUMNS.index("Incidents raised")
    assert dialog.table.horizontalHeaderItem(col).text() == "Incidents raised"
    raised: QListWidget = dialog.table.cellWidget(0, col)
    shown = [raised.item(i).text() for i in range(raised.count())]
    assert shown == [
        f"{FIRST + dt.timedelta(days=1):%d/%m/%Y} · Child seen carrying ore at the new pit"
    ]
    # the other sites had nothing raised since the first day
    assert all(
        dialog.table.cellWidget(r, col).count() == 0 for r in range(1, dialog.table.rowCount())
    )
    raised.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.visitor, "J. Mukamana")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    with sample_db.sessions() as s:
        links = s.execute(
            select(SiteVisit.site_id, VisitIncident.incident_id, VisitIncident.kind)
            .join(SiteVisit, SiteVisit.id == VisitIncident.visit_id)
            .where(SiteVisit.visitor == "J. Mukamana")
        ).all()
    assert [tuple(r) for r in links] == [(site.id, raised_id, "raised")]
