"""The Sites table shows each site's last visit; Site details lists its visit history
with what each visit checked, and a loaded register's visits of the same site."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from bm_desktop.db.engine import open_database
from bm_desktop.db.models import CorrectiveAction, ReferenceLayer, ReferenceSite, ReferenceVisit
from tests.ui.map.conftest import close_window, open_window


def _visits(path, prog) -> None:  # noqa: ANN001
    from bm_desktop.services.visits import VisitRecord, record_visits

    db = open_database(path)
    luhihi = prog.sites["SK-001"]
    with db.sessions() as s:
        action = s.scalars(
            select(CorrectiveAction.id).where(CorrectiveAction.site_id == luhihi)
        ).first()
    record_visits(
        db,
        [
            VisitRecord(luhihi, dt.date(2022, 2, 3), "B. Mushi", "monitoring", "Shafts shored up"),
            VisitRecord(
                luhihi,
                dt.date(2022, 5, 10),
                "A. Furaha",
                "action_follow_up",
                "Training held",
                actions_checked=[action],
            ),
            VisitRecord(luhihi, dt.date(2022, 5, 20), "A. Furaha", "cap_meeting", done=False),
        ],
        today=dt.date(2022, 6, 1),
    )
    with db.sessions.begin() as s:  # a register that visited Luhihi in 2019
        layer = ReferenceLayer(
            name="IPIS 2019", source_file="ipis.csv", loaded_at=dt.datetime(2022, 1, 1)
        )
        s.add(layer)
        s.flush()
        ref = ReferenceSite(
            layer_id=layer.id, code="ipis-77", name="Luhihi", longitude=28.931, latitude=-2.321
        )
        s.add(ref)
        s.flush()
        s.add(
            ReferenceVisit(
                site_id=ref.id, visited_on=dt.date(2019, 8, 14), workers=420, armed_presence=True
            )
        )
    db.dispose()


def test_sites_table_and_site_details_show_the_visits(qtbot, programme_db) -> None:
    path, prog = programme_db
    _visits(path, prog)
    window = open_window(qtbot, path)
    try:
        dock = window.sites_dock
        model = dock.model
        headers = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        col = headers.index("Last visit")
        last = {
            model.data(model.index(r, 0)): model.data(model.index(r, col))
            for r in range(model.rowCount())
        }
        # the visit recorded as not done (20 May) does not count
        assert last["SK-001"] == "10/05/2022" and last["NK-002"] == ""
        # choose Luhihi in the Sites table: Site details lists its visits
        row = next(
            r
            for r in range(dock.proxy.rowCount())
            if dock.proxy.data(dock.proxy.index(r, 0)) == "SK-001"
        )
        rect = dock.view.visualRect(dock.proxy.index(row, 1))
        qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        details = window.site_details_dock
        qtbot.waitUntil(lambda: "Visits" in details.view.toPlainText(), timeout=10000)
        text = " ".join(details.view.toPlainText().split())
        assert "Last visit: 10/05/2022" in text
        assert "20/05/2022 · CAP meeting (not done) · A. Furaha" in text
        assert (
            "10/05/2022 · Follow-up of an action · A. Furaha Training held 1 action(s) checked"
        ) in text
        assert "03/02/2022 · Monitoring · B. Mushi Shafts shored up" in text
        assert "14/08/2019 · IPIS 2019 (ipis-77) · 420 workers · armed presence: yes" in text
    finally:
        close_window(window)
