"""Proximity alerts: an event 10 km from a site raises its alert, one 40 km away does not."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF

from bm_desktop.db.engine import open_database
from bm_desktop.geo.projection import lonlat_to_mercator
from tests.map_programme import KM_PER_DEG_LAT, add_event
from tests.ui.map.conftest import close_window, open_window

RUBAYA = (28.88, -1.55)
KARAJIPOPO = (25.47, -10.72)


def _east(lon: float, lat: float, km: float) -> float:
    import math

    return lon + km / (KM_PER_DEG_LAT * math.cos(math.radians(lat)))


def test_event_10_km_away_alerts_40_km_away_does_not(qtbot, programme_db) -> None:
    path, prog = programme_db
    db = open_database(path)
    with db.sessions.begin() as s:
        add_event(s, 10, _east(*RUBAYA, 10), RUBAYA[1], dt.date(2022, 3, 25), "Battles", 4)
        add_event(s, 40, _east(*KARAJIPOPO, 40), KARAJIPOPO[1], dt.date(2022, 3, 25), "Riots")
    db.dispose()
    window = open_window(qtbot, path)
    ws = window.map_workspace
    names = {r.site_name: r for r in ws.alerts}
    assert "Rubaya Hill" in names and "Karajipopo" not in names
    assert round(names["Rubaya Hill"].distance_km, 1) == 10.0
    assert names["Rubaya Hill"].date == "2022-03-25"
    # outlined on the map
    ringed = {ws.data.sites.codes[i] for i in ws.alerts_layer.site_indices}
    assert "NK-002" in ringed and "LUA-001" not in ringed
    # listed in the Alerts dock with distance, date and summary
    tree = window.alerts_dock.tree
    tops = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
    }
    rubaya = tops["Rubaya Hill (NK-002)"]
    assert (rubaya.text(1), rubaya.text(2)) == ("10.0", "25/03/2022")
    event = rubaya.child(0).text(0)
    assert "Armed clash" in event and "Place 10" in event
    assert "Karajipopo (LUA-001)" not in tops
    assert window.alerts_dock.windowTitle() == f"Alerts ({len(tops)})"
    # clicking the alert zooms to the site and the event, and selects the site
    window.alerts_dock._on_clicked(rubaya)
    view = window.map_canvas.view_rect()
    assert view.contains(QPointF(*lonlat_to_mercator(*RUBAYA)))
    assert view.contains(QPointF(*lonlat_to_mercator(_east(*RUBAYA, 10), RUBAYA[1])))
    assert view.width() < 100_000
    assert window.ctx.selection.ids == [prog.sites["NK-002"]]
    # a wider radius brings in the event 40 km from Karajipopo
    window.alerts_dock.radius.setValue(50)
    assert "Karajipopo" in {r.site_name for r in ws.alerts}
    # the window is N days before the end of the filter period: a period ending before
    # the events shows no alert for them
    window.alerts_dock.radius.setValue(25)
    window.filters_dock.end.setDate(dt.date(2022, 3, 19))
    window.filters_dock.apply()
    assert "Rubaya Hill" not in {r.site_name for r in ws.alerts}
    close_window(window)
