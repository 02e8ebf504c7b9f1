"""The PDF trip sheet carries the presentation map of the trip: the basemap with the
route drawn by the trip layer, rendered on the Qt side and embedded as an image, from
the Visit planner's Save and from ``bm-desktop plan --out FILE.pdf``; the stops are
listed beside it. Without an image the Qt-free writer keeps its vector sketch."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader

from bm_desktop.cli import main
from bm_desktop.exchange.trip_files import day_colour
from bm_desktop.exchange.trip_pdf import MAP_BOX, write_trip_pdf
from bm_desktop.services.trip_checklists import site_checklists
from bm_desktop.services.trip_planner import TripRequest, plan_trip
from bm_desktop.services.visit_priorities import PlannerArea
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.map.trip_print import render_trip_map
from bm_desktop.ui.settings import Settings

FIRST = dt.date(2022, 3, 7)


def _map_image(path: Path) -> np.ndarray:
    """The one image of the sheet's first page (an image XObject), as RGB pixels."""
    page = PdfReader(path).pages[0]
    xobjects = page["/Resources"]["/XObject"]
    images = [xobjects[k] for k in xobjects if xobjects[k].get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1
    assert len(page.images) == 1
    return np.asarray(Image.open(io.BytesIO(page.images[0].data)).convert("RGB"))


def _near(img: np.ndarray, hex_colour: str, tol: int = 40) -> int:
    rgb = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(img.astype(int) - rgb).sum(axis=2) < tol).sum())


def _check_sheet(path: Path, days: list[list[str]]) -> None:
    """``days``: each day's stop codes, in order."""
    img = _map_image(path)
    # about 200 dpi over the map box (170 x 160 mm)
    assert img.shape[1] == pytest.approx(MAP_BOX[2] / 25.4 * 200, abs=2)
    assert img.shape[0] == pytest.approx(MAP_BOX[3] / 25.4 * 200, abs=2)
    # each busy day's route in its colour, over a basemap (not a blank sheet)
    for d, codes in enumerate(days):
        if codes:
            assert _near(img, day_colour(d)) > 200, d
    white = (img.min(axis=2) > 250).mean()
    assert white < 0.2  # land, lakes and neighbours are painted
    text = PdfReader(path).pages[0].extract_text()
    assert "Site visit trip from Kigali" in text and "Trip map" in text
    for d, codes in enumerate(days, 1):
        assert f"Day {d}: {(FIRST + dt.timedelta(days=d - 1)).isoformat()}" in text
        for n, code in enumerate(codes, 1):
            assert f"{d}.{n} {code} " in text


def test_the_sheet_embeds_the_presentation_map_and_falls_back_without(
    qtbot, sample_db, tmp_path
) -> None:
    plan = plan_trip(
        sample_db,
        TripRequest(PlannerArea(region="Rwanda"), "Kigali", FIRST, 3, top=8, time_limit_s=0.3),
    )
    checklists = site_checklists(sample_db, [s.site.id for s in plan.stops], FIRST)
    ctx = AppContext(db=sample_db, settings=Settings(tmp_path / "s.ini"), lang="en")
    png = render_trip_map(ctx, plan, MAP_BOX[2], MAP_BOX[3])
    assert png is not None
    _check_sheet(
        write_trip_pdf(plan, checklists, tmp_path / "map.pdf", "en", png),
        [[s.site.code for s in day.stops] for day in plan.days],
    )
    # without an image: the vector sketch, no image, the stops labelled as text on it
    sketch = PdfReader(write_trip_pdf(plan, checklists, tmp_path / "sketch.pdf"))
    assert len(sketch.pages[0].images) == 0
    assert "1.1 " + plan.days[0].stops[0].site.code in sketch.pages[0].extract_text()


def test_the_plan_command_writes_the_sheet_with_the_map(
    qtbot, sample_db_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "trip.pdf"
    code = main(
        [
            "plan",
            "--db",
            str(sample_db_file),
            "--region",
            "Rwanda",
            "--start",
            "Kigali",
            "--from",
            FIRST.isoformat(),
            "--days",
            "2",
            "--top",
            "5",
            "--out",
            str(out),
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0, printed
    # the days as the command printed them: "Day 1: 2022-03-07  RW-06 → RW-08  (...)"
    days = [
        re.match(r"Day \d+: \S+\s+(.*?)\s+\(", line).group(1).split(" → ")
        for line in printed.splitlines()
        if line.startswith("Day ")
    ]
    assert len(days) == 2 and days[0]
    _check_sheet(out, days)
