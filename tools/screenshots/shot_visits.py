"""Screenshot of the Visit planner: Rwanda's sites ranked with why, a three-day trip
from Kigali planned and drawn on the map."""

from __future__ import annotations

import datetime as dt
from pathlib import Path


def render(ctx) -> list[Path]:  # noqa: ANN001
    from PySide6.QtCore import QDate

    window = ctx.window
    window.resize(1600, 1000)
    dock = window.visit_planner_dock
    dock.show()
    dock.raise_()
    dock.first_day.setDate(QDate(dt.date(2023, 1, 9)))
    dock.choose_area("Rwanda")
    dock.days.setValue(3)
    dock.top.setValue(10)
    for _ in range(100):
        if dock.table.rowCount():
            break
        ctx.settle(100)
    dock.plan_trip()
    for _ in range(100):
        if dock.plan is not None:
            break
        ctx.settle(100)
    window.map_canvas.settle_now()
    dock.raise_()
    return [ctx.grab(window, "visit_planner", 1500)]
