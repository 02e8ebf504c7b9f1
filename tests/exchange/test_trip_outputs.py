"""The trip's outputs on the sample programme: GPX and KML parse with the route and the
sites in order, the itinerary workbook reads back day by day with the checklists, the
PDF trip sheet has the map; and the command line writes each of them."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bm_desktop.cli import main
from bm_desktop.services.trip_checklists import site_checklists
from bm_desktop.services.trip_planner import TripRequest, plan_trip
from bm_desktop.services.visit_priorities import PlannerArea

FIRST = dt.date(2022, 3, 7)
GPX = "{http://www.topografix.com/GPX/1/1}"
KML = "{http://www.opengis.net/kml/2.2}"


@pytest.fixture
def plan(sample_db):  # noqa: ANN201
    return plan_trip(
        sample_db,
        TripRequest(PlannerArea(region="Rwanda"), "Kigali", FIRST, 3, top=10, time_limit_s=0.4),
    )


def test_gpx_and_kml_parse_with_the_route_and_the_sites_in_order(plan, tmp_path) -> None:
    from bm_desktop.exchange.trip_files import write_gpx, write_kml

    order = [
        f"{d}.{n} {s.site.code} {s.site.name}"
        for d, day in enumerate(plan.days, 1)
        for n, s in enumerate(day.stops, 1)
    ]
    gpx = ET.parse(write_gpx(plan, tmp_path / "t.gpx")).getroot()
    assert [w.findtext(f"{GPX}name") for w in gpx.iter(f"{GPX}wpt")] == ["Kigali", *order]
    busy = [d for d in plan.days if d.stops]
    routes = gpx.findall(f"{GPX}rte")
    assert len(routes) == len(busy) == len(gpx.findall(f"{GPX}trk"))
    first = [p.findtext(f"{GPX}name") for p in routes[0].iter(f"{GPX}rtept")]
    assert first == ["Kigali", *(s.site.code for s in busy[0].stops), "Kigali"]
    trkpts = list(gpx.find(f"{GPX}trk").iter(f"{GPX}trkpt"))
    assert float(trkpts[0].get("lon")) == pytest.approx(plan.base_position[0])
    kml = ET.parse(write_kml(plan, tmp_path / "t.kml")).getroot()
    names = [p.findtext(f"{KML}name") for p in kml.iter(f"{KML}Placemark")]
    assert [n for n in names if n[0].isdigit()] == order
    lines = [ls.findtext(f"{KML}coordinates") for ls in kml.iter(f"{KML}LineString")]
    assert len(lines) == len(busy) and all(len(c.split()) >= 3 for c in lines)


def test_the_workbook_reads_back_day_by_day_with_the_checklists(plan, sample_db, tmp_path) -> None:
    from bm_desktop.exchange.trip_workbook import write_trip_workbook

    checklists = site_checklists(sample_db, [s.site.id for s in plan.stops], FIRST)
    path = write_trip_workbook(plan, checklists, tmp_path / "t.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Itinerary", "Checklist", "Not planned", "Priorities"]
    ws = wb["Itinerary"]
    assert ws["A1"].value == "Site visit trip from Kigali"
    assert ws["A3"].value.startswith("Travel times: Straight-line distance x 1.3")
    rows = [r for r in ws.iter_rows(min_row=7, values_only=True) if r[0] is not None]
    stops = [(r[0], r[5]) for r in rows if r[5]]
    assert stops == [(d, s.site.code) for d, day in enumerate(plan.days, 1) for s in day.stops]
    first_stop = plan.days[0].stops[0]
    assert (
        rows[0][6] == round(first_stop.leg.km, 1)
        and rows[0][8] == f"{first_stop.arrive // 60:02d}:{first_stop.arrive % 60:02d}"
    )
    check = [r for r in wb["Checklist"].iter_rows(min_row=2, values_only=True)]
    c = checklists[first_stop.site.id]
    mine = [r for r in check if r[1] == first_stop.site.code]
    assert sum(r[3] == "Contact" for r in mine) == len(c.contacts) > 0
    assert sum(r[3] == "Incident to verify" for r in mine) == len(c.incidents)
    assert sum(r[3] in ("Action to check", "Overdue action to check") for r in mine) == len(
        c.actions
    )
    left = [r[0] for r in wb["Not planned"].iter_rows(min_row=2, values_only=True)]
    assert left == [s.code for s in plan.not_fitting]
    prio = list(wb["Priorities"].iter_rows(min_row=2, max_row=2, values_only=True))[0]
    assert prio[1] == plan.ranked[0].facts.code and prio[3] == plan.ranked[0].score


def test_the_pdf_has_the_trip_map(plan, sample_db, tmp_path) -> None:
    from pypdf import PdfReader

    from bm_desktop.exchange.trip_pdf import write_trip_pdf

    checklists = site_checklists(sample_db, [s.site.id for s in plan.stops], FIRST)
    reader = PdfReader(write_trip_pdf(plan, checklists, tmp_path / "t.pdf"))
    first = reader.pages[0]
    text = first.extract_text()
    assert "Trip map" in text and "Kigali" in text and " km" in text
    for d, day in enumerate(plan.days, 1):
        for n, stop in enumerate(day.stops, 1):
            assert f"{d}.{n} {stop.site.code}" in text  # each stop labelled on the map
    ops = first.get_contents().get_data().decode("latin-1")
    # each day's route drawn as a polyline in its own colour
    from bm_desktop.exchange.trip_files import day_colour

    strokes = {
        tuple(round(float(v) * 255) for v in m.split())
        for m in re.findall(r"([\d.]+ [\d.]+ [\d.]+) RG", ops)
    }
    for d, day in enumerate(plan.days):
        if day.stops:
            assert tuple(int(day_colour(d)[i : i + 2], 16) for i in (1, 3, 5)) in strokes
    assert ops.count(" l\n") + ops.count(" l ") >= sum(len(d.legs) for d in plan.days)


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf", ".gpx", ".kml"])
def test_the_command_writes_each_format(
    sample_db_file: Path, tmp_path: Path, capsys, suffix: str
) -> None:
    out = tmp_path / f"trip{suffix}"
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
            "2022-03-07",
            "--days",
            "2",
            "--top",
            "5",
            "--out",
            str(out),
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0 and out.stat().st_size > 500
    assert "Day 1: 2022-03-07" in printed and "Travel times: Straight-line" in printed


def test_the_command_refuses_bad_input_and_writes_nothing(
    sample_db_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "trip.xlsx"
    base = [
        "plan",
        "--db",
        str(sample_db_file),
        "--region",
        "Rwanda",
        "--from",
        "2022-03-07",
        "--days",
        "2",
        "--out",
        str(out),
    ]
    assert main([*base, "--start", "Kampala"]) == 2
    assert "Unknown start town 'Kampala'" in capsys.readouterr().err
    assert main([*base, "--start", "Kigali", "--sites", "RW-01,XX-9"]) == 2
    assert "XX-9" in capsys.readouterr().err
    assert main([*base[:-1], str(tmp_path / "trip.doc"), "--start", "Kigali"]) == 2
    assert ".xlsx, .pdf, .gpx or .kml" in capsys.readouterr().err
    assert not out.exists()


def test_the_command_leaves_out_sites_and_areas(
    sample_db_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "trip.gpx"
    # RW-01 Rutongo Mines lies at 30.07, -1.81: a 3 km circle around it
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
            "2022-03-07",
            "--days",
            "1",
            "--sites",
            "RW-01,RW-16,RW-02",
            "--exclude",
            "RW-02",
            "--avoid",
            "30.07,-1.81,3",
            "--out",
            str(out),
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0
    assert "Left out: RW-02 (Excluded by the manager)" in printed
    assert "Left out: RW-01 (Inside an excluded area)" in printed
    names = [w.findtext(f"{GPX}name") for w in ET.parse(out).getroot().iter(f"{GPX}wpt")]
    assert names == ["Kigali", "1.1 RW-16 " + names[1].split(" ", 2)[2]]
    assert (
        main(
            [
                "plan",
                "--db",
                str(sample_db_file),
                "--region",
                "Rwanda",
                "--start",
                "Kigali",
                "--from",
                "2022-03-07",
                "--days",
                "1",
                "--avoid",
                "30.07",
                "--out",
                str(tmp_path / "x.gpx"),
            ]
        )
        == 2
    )
    assert "LON,LAT,KM" in capsys.readouterr().err
