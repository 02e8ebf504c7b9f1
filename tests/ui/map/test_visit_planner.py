"""The Visit planner dock on the sample programme, driven as a manager would: choose a
region, the first day and the top N, see the ranked sites with why, plan, see the route
on the map, save it, then record the visits of the trip in one step and see them feed
the last-visit dates and the priorities."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import numpy as np
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QListWidget
from sqlalchemy import select

from bm_desktop.db.engine import open_database
from bm_desktop.db.models import SiteVisit, VisitAction
from tests.ui.map.conftest import close_window, open_window

FIRST = dt.date(2023, 1, 9)  # after the sample's last visits


def _grab(window) -> np.ndarray:  # noqa: ANN001
    img = (
        window.map_canvas.grab()
        .toImage()
        .convertToFormat(window.map_canvas.grab().toImage().Format.Format_RGB888)
    )
    ptr = img.constBits()
    return (
        np.frombuffer(ptr, np.uint8)
        .reshape(img.height(), img.bytesPerLine())[:, : img.width() * 3]
        .reshape(img.height(), img.width(), 3)
        .copy()
    )


def test_plan_a_trip_see_it_on_the_map_and_record_the_visits(
    qtbot, sample_db_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "sample.sqlite"
    shutil.copy(sample_db_file, path)
    window = open_window(qtbot, path)
    try:
        dock = window.visit_planner_dock
        dock.show()
        dock.raise_()
        dock.first_day.setDate(QDate(FIRST))
        dock.choose_area("Rwanda")
        assert dock.start_town.currentText() == "Kigali"  # the region's office
        qtbot.waitUntil(lambda: dock.table.rowCount() == 16, timeout=20000)
        top = dock.ranked[0]
        assert dock.table.item(0, 0).text() == top.facts.code
        assert dock.table.item(0, 2).text() == f"{top.score:g}"
        first_factor = top.factors[0]
        assert (
            dock.table.item(0, 3)
            .text()
            .startswith(
                f"{_factor_text(first_factor.key)} ({first_factor.amount:g}): "
                f"{first_factor.points:g} pts"
            )
        )
        # top 6 over three days
        dock.days.setValue(3)
        dock.top.clear()
        qtbot.keyClicks(dock.top, "6")
        # leave out the top site and any site within 2 km of the second
        second = dock.ranked[1]
        pos = next((s.longitude, s.latitude) for s in _sites(path) if s.code == second.facts.code)
        qtbot.keyClicks(dock.leave_out, f"{top.facts.code}; {pos[0]},{pos[1]},2")
        before = _grab(window)
        qtbot.mouseClick(dock.plan_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dock.plan is not None, timeout=30000)
        plan = dock.plan
        assert len(plan.stops) + len(plan.not_fitting) == 6
        assert sorted(s.code for s, _why in plan.excluded) == sorted(
            [top.facts.code, second.facts.code]
        )
        assert top.facts.code not in [s.site.code for s in plan.stops]
        text = dock.summary.toPlainText()
        assert f"Day 1 ({FIRST:%d/%m/%Y}): " in text and "Travel times: Straight-line" in text
        # the route is on the map, in the first day's colour, and the view shows the trip
        layer = window.map_canvas.layer("trip")
        assert layer is not None and layer.visible and len(layer.routes) >= 1
        window.map_canvas.settle_now()
        QApplication.processEvents()
        after = _grab(window)
        blue = np.array([0x1F, 0x77, 0xB4])
        assert (np.abs(after.astype(int) - blue).sum(axis=2) < 40).sum() > 30
        assert not np.array_equal(before, after)
        # save the itinerary
        out = dock.save(tmp_path / "trip.xlsx")
        assert out is not None and out.exists()
        # the PDF trip sheet carries the presentation map of the trip (an image)
        from pypdf import PdfReader

        sheet = dock.save(tmp_path / "trip.pdf")
        assert sheet is not None
        page = PdfReader(sheet).pages[0]
        assert len(page.images) == 1 and "Trip map" in page.extract_text()
        # record the visits: all done but the last, one action checked on the first
        from bm_desktop.ui.visit_record_dialog import VisitRecordDialog

        dialog = VisitRecordDialog(window.ctx, plan, dock)
        qtbot.addWidget(dialog)
        dialog.show()
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # nobody named: refused
        assert dialog.isVisible() and dialog.message.text() == "Say who made the visit."
        db = open_database(path)
        with db.sessions() as s:
            assert s.scalars(select(SiteVisit.id).where(SiteVisit.visited_on >= FIRST)).all() == []
        db.dispose()
        qtbot.keyClicks(dialog.visitor, "A. Uwase")
        rows = dialog.rows
        qtbot.keyClicks(dialog.table.cellWidget(0, 4), "Shafts shored up")
        actions: QListWidget = dialog.table.cellWidget(0, 5)
        assert actions.count() > 0
        item = actions.item(0)
        item.setCheckState(Qt.CheckState.Checked)
        last_done: QCheckBox = dialog.table.cellWidget(len(rows) - 1, 1)
        last_done.setChecked(False)
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        assert dialog.result() == dialog.DialogCode.Accepted
        db = open_database(path)
        with db.sessions() as s:
            visits = s.execute(
                select(
                    SiteVisit.site_id, SiteVisit.visited_on, SiteVisit.done, SiteVisit.notes
                ).where(SiteVisit.visitor == "A. Uwase")
            ).all()
            checked = s.scalars(select(VisitAction.action_id)).all()
        db.dispose()
        assert len(visits) == len(plan.stops)
        assert sum(1 for v in visits if not v.done) == 1
        first_stop = plan.stops[0]
        assert (first_stop.site.id, plan.days[0].day, True, "Shafts shored up") in [
            tuple(v) for v in visits
        ]
        assert checked == [item.data(Qt.ItemDataRole.UserRole)]
        # the Sites table shows the new last visit of the first site
        model = window.sites_dock.model
        qtbot.waitUntil(
            lambda: _last_visit(model, first_stop.site.code) == f"{plan.days[0].day:%d/%m/%Y}",
            timeout=10000,
        )
        # and the ranking no longer counts the first site late for a visit
        qtbot.waitUntil(
            lambda: (
                _factors(dock, first_stop.site.code) is not None
                and "visit_due" not in _factors(dock, first_stop.site.code)
                and "never_visited" not in _factors(dock, first_stop.site.code)
            ),
            timeout=20000,
        )
    finally:
        close_window(window)


def _sites(path: Path):  # noqa: ANN202
    from bm_desktop.services.visit_priorities import PlannerArea, area_sites

    db = open_database(path)
    try:
        return area_sites(db, PlannerArea(region="Rwanda"))[0]
    finally:
        db.dispose()


def _factor_text(key: str) -> str:
    from bm_desktop.domain.visit_priority import FACTOR_TEXT

    return FACTOR_TEXT[key]


def _factors(dock, code: str):  # noqa: ANN001, ANN202
    found = [r for r in dock.ranked if r.facts.code == code]
    return {f.key for f in found[0].factors} if found else None


def _last_visit(model, code: str) -> str | None:  # noqa: ANN001
    col = [
        model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
    ].index("Last visit")
    for r in range(model.rowCount()):
        if model.data(model.index(r, 0)) == code:
            return model.data(model.index(r, col))
    return None


assert QLineEdit  # the dialog's findings and visitor boxes are line edits
