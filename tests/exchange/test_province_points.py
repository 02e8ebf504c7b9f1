"""Security events (and any point) are placed in provinces by where they are: point in
polygon against the admin-1 layer in use, not by the province name a file writes."""

from __future__ import annotations

import csv
import datetime as dt
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
from openpyxl import load_workbook
from shapely.geometry import box
from sqlalchemy import select

from bm_desktop.db.models import Country, ProgrammeRegion, Province, Site
from bm_desktop.exchange.exports.catalogue import EXPORTS
from bm_desktop.exchange.exports.request import ExportRequest
from bm_desktop.exchange.imports.runner import ImportOptions, run_import

# code, name, lon, lat, province
SITES = [
    ("SK-1", "Luhihi", 28.93, -2.32, "South Kivu"),
    ("NK-1", "Rubaya", 28.88, -1.55, "North Kivu"),
    ("LUA-1", "Karajipopo", 25.47, -10.72, "Lualaba"),
    ("HK-1", "Kipushi", 27.24, -11.76, "Haut-Katanga"),
    ("RW-1", "Rutongo", 30.05, -1.80, "Northern Province"),
]
# A tracker export: coordinates, no province column. (lat, lon, where it is)
EVENTS = [
    (-2.35, 28.85, "South Kivu"),
    (-2.63, 28.66, "South Kivu"),
    (-3.10, 28.70, "South Kivu"),
    (-1.68, 29.22, "North Kivu"),
    (-1.45, 28.95, "North Kivu"),
    (-10.70, 25.40, "Lualaba"),
    (-11.66, 27.48, "Haut-Katanga"),
    (-1.62, 29.95, "Northern Province"),
    (-4.32, 15.31, None),
]  # Kinshasa: no programme province


def _programme(db) -> dict[str, object]:  # noqa: ANN001
    with db.sessions.begin() as s:
        provinces = {p.name: p for p in s.scalars(select(Province))}
        regions = {r.id: r for r in s.scalars(select(ProgrammeRegion))}
        countries = {c.id: c for c in s.scalars(select(Country))}
        for code, name, lon, lat, province in SITES:
            p = provinces[province]
            s.add(
                Site(
                    code=code,
                    name=name,
                    longitude=lon,
                    latitude=lat,
                    country_id=p.country_id,
                    region_id=p.region_id,
                    province_id=p.id,
                    status="active",
                )
            )
        assert regions and countries
        return {name: p.id for name, p in provinces.items()}


def _tracker(path: Path) -> Path:
    headers = [
        "event_id_cnty",
        "event_date",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "fatalities",
        "notes",
    ]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        for k, (lat, lon, _where) in enumerate(EVENTS):
            w.writerow(
                [
                    f"KST{k}",
                    f"2021-11-{k + 3:02d}",
                    "Battles",
                    "Armed clash",
                    "Unidentified Armed Group",
                    "Civilians",
                    f"Place {k}",
                    lat,
                    lon,
                    1,
                    k % 3,
                    "tracker export",
                ]
            )
    return path


def test_quarterly_counts_events_of_a_tracker_without_provinces(db, tmp_path) -> None:
    _programme(db)
    report = run_import(db, "events", _tracker(tmp_path / "tracker.csv"), ImportOptions())
    assert report.added == len(EVENTS)
    out = tmp_path / "quarterly.xlsx"
    EXPORTS["quarterly"].run(db, ExportRequest(dt.date(2021, 10, 1), dt.date(2021, 12, 31)), out)
    ws = load_workbook(out)["Security events"]
    rows = {(r[0], r[1]): r for r in ws.iter_rows(min_row=4, values_only=True) if r[1]}
    header = next(r for r in ws.iter_rows(values_only=True) if r and r[0] == "Region")
    total = header.index("All events")
    counts = {province: row[total] for (_region, province), row in rows.items()}
    assert counts == {
        "South Kivu": 3,
        "North Kivu": 2,
        "Lualaba": 1,
        "Haut-Katanga": 1,
        "Northern Province": 1,
    }
    notes = [r[0] for r in ws.iter_rows(values_only=True) if r and isinstance(r[0], str)]
    assert (
        "1 events of the period are outside the programme's provinces and are not "
        "counted here." in notes
    )
    cover = [
        c
        for row in load_workbook(out)["Cover"].iter_rows(values_only=True)
        for c in row
        if isinstance(c, str)
    ]
    assert any(
        "where they happened (their coordinates against the admin-1 boundaries in "
        "use: Natural Earth admin-1" in c
        for c in cover
    )


def test_any_point_by_the_boundaries_in_use(db, tmp_path) -> None:
    from bm_desktop.exchange.province_points import assign_provinces
    from bm_desktop.services.admin_boundaries import set_admin1_file

    ids = _programme(db)
    lat = np.array([e[0] for e in EVENTS])
    lon = np.array([e[1] for e in EVENTS])
    with db.sessions() as s:
        found = assign_provinces(s, lon, lat)
    assert found == [ids[w] if w else None for _la, _lo, w in EVENTS]
    # Official boundaries (any CRS) replace the sample: here a made-up split of the
    # south-east along 26.5 E, in Web Mercator, so a point east of it is Haut-Katanga
    # even near the Lualaba site
    official = gpd.GeoDataFrame(
        {"ADM1_FR": ["Lualaba", "Haut-Katanga"]},
        geometry=[box(21.5, -12.5, 26.5, -6.5), box(26.5, -13.5, 30.5, -7.0)],
        crs=4326,
    ).to_crs(3857)
    path = tmp_path / "official.geojson"
    official.to_file(path, driver="GeoJSON")
    point = (np.array([26.6]), np.array([-10.7]))
    with db.sessions() as s:
        assert assign_provinces(s, *point) == [ids["Lualaba"]]  # sample: nearest site
    set_admin1_file(db, path)
    with db.sessions() as s:
        assert assign_provinces(s, *point) == [ids["Haut-Katanga"]]
        assert assign_provinces(s, np.array([28.85]), np.array([-2.35])) == [None]
    set_admin1_file(db, None)
    with db.sessions() as s:
        assert assign_provinces(s, np.array([28.85]), np.array([-2.35])) == [ids["South Kivu"]]


def test_the_same_name_in_another_country_is_not_a_programme_province(db) -> None:
    from bm_desktop.exchange.province_points import assign_provinces

    ids = _programme(db)
    # Zambia's Eastern and Northern provinces are not Rwanda's
    with db.sessions() as s:
        found = assign_provinces(s, np.array([32.0, 31.0, 30.4]), np.array([-13.5, -10.5, -2.0]))
    assert found == [None, None, ids["Eastern Province"]]


def test_a_hundred_thousand_points_are_placed_at_once(db) -> None:
    from bm_desktop.exchange.province_points import assign_provinces
    from bm_desktop.geo.admin_areas import sample_admin1

    ids = _programme(db)
    areas = sample_admin1()
    rng = np.random.default_rng(5)
    lon, lat = rng.uniform(25, 31, 100_000), rng.uniform(-11, 2, 100_000)
    started = time.perf_counter()
    where = areas.locate(lon, lat)
    assert (where >= 0).all() and time.perf_counter() - started < 3.0
    started = time.perf_counter()
    with db.sessions() as s:  # most of these are in former Katanga: the nearest-site rule
        found = assign_provinces(s, lon, lat, ["Katanga"] * len(lon), areas)
    assert time.perf_counter() - started < 3.0
    by_province = {p: found.count(ids[p]) for p in ("Lualaba", "Haut-Katanga", "South Kivu")}
    assert all(n > 1000 for n in by_province.values()), by_province


def test_a_site_file_without_provinces_places_new_sites_by_position(db, tmp_path) -> None:
    ids = _programme(db)
    path = tmp_path / "new-sites.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["code", "name", "longitude", "latitude", "mineral"])
        w.writerow(["SK-9", "Kamituga", 28.18, -3.06, "Or"])
        w.writerow(["NK-9", "Walikale", 28.05, -1.42, "Cassitérite"])
        w.writerow(["KIN-1", "Kinshasa depot", 15.31, -4.32, "Or"])
    report = run_import(db, "sites", path, ImportOptions(skip_rejected=True))
    assert (report.added, report.rejected) == (2, 1)
    assert (
        "row 2: site SK-9 names no province; it is in South Kivu by its position."
        in report.reasons()
    )
    assert any("KIN-1 is new and has no province" in r for r in report.rejected_reasons())
    with db.sessions() as s:
        placed = dict(
            s.execute(
                select(Site.code, Site.province_id).where(Site.code.in_(["SK-9", "NK-9"]))
            ).all()
        )
    assert placed == {"SK-9": ids["South Kivu"], "NK-9": ids["North Kivu"]}
