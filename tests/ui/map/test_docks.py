"""Filters and Layers docks drive the map; layer settings and the view persist; the
legend lists the visible layers only; the newest density request wins."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from bm_desktop.domain.filters import REPORTING_YEAR
from bm_desktop.ui.filters_dock import last_quarter, this_month
from tests.ui.map.conftest import close_window, open_window


def test_quick_periods() -> None:
    assert this_month(dt.date(2022, 3, 17)) == (dt.date(2022, 3, 1), dt.date(2022, 3, 17))
    assert last_quarter(dt.date(2022, 3, 17)) == (dt.date(2021, 10, 1), dt.date(2021, 12, 31))
    assert last_quarter(dt.date(2022, 8, 2)) == (dt.date(2022, 4, 1), dt.date(2022, 6, 30))


def test_filters_dock_drives_the_global_filters_and_the_map(qtbot, map_window) -> None:
    window, _prog = map_window
    dock, ctx, ws = window.filters_dock, window.ctx, window.map_workspace
    assert (ctx.filters.state.start, ctx.filters.state.end) == REPORTING_YEAR
    assert dock.period.currentData() == "reporting"
    dock.today = lambda: dt.date(2022, 2, 10)
    dock.period.setCurrentIndex(dock.period.findData("quarter"))
    dock.period.activated.emit(dock.period.currentIndex())
    dock.apply()
    assert (ctx.filters.state.start, ctx.filters.state.end) == (
        dt.date(2021, 10, 1),
        dt.date(2021, 12, 31),
    )
    # the time slider moves the period and keeps its length
    dock.slider.setValue(dock.slider.value() + 31)
    dock.apply()
    assert (ctx.filters.state.start, ctx.filters.state.end) == (
        dt.date(2021, 11, 1),
        dt.date(2022, 1, 31),
    )
    assert dock.period.currentData() == "custom"
    # untick gold: the gold site leaves the map
    dock.minerals["gold"].setChecked(False)
    dock.severity[1].setChecked(False)
    dock.verified.setChecked(True)
    dock.apply()
    state = ctx.filters.state
    assert "gold" not in state.minerals and "tin" in state.minerals
    assert state.severities == frozenset({2, 3, 4}) and state.verified_only
    luhihi = ws.data.sites.codes.index("SK-001")
    assert not ws.figures.shown[luhihi]
    # a risk area unticked in the tree
    top = dock.risks.topLevelItem(0)
    top.child(0).setCheckState(0, Qt.CheckState.Unchecked)  # child labour
    dock.apply()
    assert "child_labour" not in ctx.filters.state.risk_areas
    assert "wfcl" in ctx.filters.state.risk_areas
    dock.reset()
    assert ctx.filters.state.minerals == frozenset()
    assert dock.minerals["gold"].isChecked() and dock.period.currentData() == "reporting"


def test_layers_legend_and_settings_persist(qtbot, map_window, programme_db) -> None:
    window, _prog = map_window
    ws, canvas, dock = window.map_workspace, window.map_canvas, window.layers_dock

    def titles() -> list[str]:
        return [s.title for s in canvas.legend_sections()]

    assert "Security events" in titles() and "Incident density" in titles()
    items = {
        dock.list.item(i).data(Qt.ItemDataRole.UserRole): dock.list.item(i)
        for i in range(dock.list.count())
    }
    items["events"].setCheckState(Qt.CheckState.Unchecked)
    assert not ws.events.visible
    assert "Security events" not in titles()
    assert not ws.events.scatter.isVisible()
    dock.list.setCurrentItem(items["density"])
    dock.opacity.setValue(40)
    assert ws.density.image.opacity() == 0.4
    dock.bandwidth.setValue(30)
    assert ws.density.bandwidth_km == 30
    dock.set_colour_by("rate")
    assert "Mine sites: implementation rate" in titles()
    canvas.apply_order(["site_labels", "towns", "sites", "density", "alerts", "events"])
    ws.save_layer_settings()
    ws.zoom_to("Rwanda")
    canvas.settle_now()
    view = canvas.view_rect()
    close_window(window)
    window = open_window(qtbot, programme_db[0])
    ws, canvas = window.map_workspace, window.map_canvas
    assert not ws.events.visible and ws.density.opacity == 0.4
    assert ws.density.bandwidth_km == 30 and ws.sites.colour_by == "rate"
    assert canvas.order()[:4] == ["site_labels", "towns", "sites", "density"]
    assert abs(canvas.view_rect().center().x() - view.center().x()) < 1000
    close_window(window)


def test_newest_density_request_wins(qtbot, map_window) -> None:
    window, _prog = map_window
    ws = window.map_workspace
    shown = []
    ws.density_shown.connect(shown.append)
    ws.zoom_to("Eastern DRC")
    first = ws.request_density()
    ws.zoom_to("Rwanda")
    last = ws.request_density()
    assert ws.request_density() == last  # the same image again: nothing new started
    qtbot.waitUntil(lambda: ws.density.generation >= last, timeout=10000)
    qtbot.waitUntil(lambda: ws.density.generation == ws._density_gen, timeout=10000)
    assert first not in shown  # superseded before its result came back: dropped
    assert shown == sorted(shown) and shown[-1] == ws._density_gen >= last
    # a stale result arriving late is dropped
    rgba = ws.density.rgba
    ws._on_density(
        (first, 15.0, type("I", (), {"rgba": rgba[:1], "extent": (0, 0, 1, 1), "peak": 1.0})())
    )
    assert ws.density.generation == shown[-1] and ws.density.rgba is rgba
