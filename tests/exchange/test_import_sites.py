"""Mine-site registers (one row per visit, latest wins, French minerals) and other site
files through a column mapping remembered per file layout."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import Point, Polygon
from sqlalchemy import select

from bm_desktop.db.models import LocalSetting, Mineral, Province, Site, SiteMineral, SiteVisit
from bm_desktop.exchange.imports.mapping import layout_hash
from bm_desktop.exchange.imports.report import ImportFileError, ImportRefused
from bm_desktop.exchange.imports.runner import ImportOptions, run_import
from tests.exchange.exchange_support import fingerprint

REGISTER = [
    "pcode",
    "name",
    "longitude",
    "latitude",
    "province",
    "territoire",
    "visit_date",
    "workers_numb",
    "mineral1",
    "mineral2",
    "mineral3",
    "is_gold_mine",
    "is_3t_mine",
    "armed_group_presence",
    "child_labour",
]


def write_rows(path: Path, headers: list[str], rows: list[list]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([headers, *rows])
    return path


def _site(db, code: str) -> tuple[Site, list[str], str | None]:
    with db.sessions() as s:
        site = s.scalar(select(Site).where(Site.code == code))
        minerals = [
            c
            for (c,) in s.execute(
                select(Mineral.code)
                .join(SiteMineral, SiteMineral.mineral_id == Mineral.id)
                .where(SiteMineral.site_id == site.id, SiteMineral.deleted.is_(False))
                .order_by(SiteMineral.rank)
            )
        ]
        province = s.scalar(select(Province.name).where(Province.id == site.province_id))
        return site, minerals, province


def test_register_latest_visit_wins_and_french_minerals(db, tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "register.csv",
        REGISTER,
        [
            [
                "cd100",
                "Kalimbi",
                28.85,
                -2.12,
                "Sud-Kivu",
                "Kalehe",
                "2019-03-15",
                450,
                "Cassitérite",
                "Coltan",
                "Wolframite",
                0,
                1,
                0,
                1,
            ],
            [
                "cd100",
                "Kalimbi (old)",
                28.80,
                -2.10,
                "Sud-Kivu",
                "Kalehe",
                "2015-06-01",
                300,
                "Cassitérite",
                "",
                "",
                0,
                1,
                1,
                0,
            ],
            [
                "cd200",
                "Mukungwe",
                28.6,
                -2.7,
                "Sud Kivu",
                "Walungu",
                "01/09/2018",
                800,
                "Or",
                "",
                "",
                1,
                0,
                1,
                1,
            ],
            [
                "cd300",
                "Kolwezi Kasulo",
                25.47,
                -10.71,
                "Lualaba",
                "Kolwezi",
                "2020-05-02",
                2000,
                "Hétérogénite",
                "Cuivre",
                "Diamant",
                0,
                0,
                0,
                1,
            ],
        ],
    )
    report = run_import(db, "sites", path, ImportOptions())
    assert (report.layout, report.added, report.unchanged, report.rejected) == (
        "mine-site register",
        3,
        1,
        0,
    )
    site, minerals, province = _site(db, "cd100")
    assert (site.name, site.longitude, site.miners_total, site.territory) == (
        "Kalimbi",
        28.85,
        450,
        "Kalehe",
    )
    assert minerals == ["tin", "tantalum", "tungsten"]
    assert (province, site.status) == ("South Kivu", "inactive")
    assert _site(db, "cd200")[1:] == (["gold"], "South Kivu")
    assert _site(db, "cd300")[1:] == (["cobalt", "copper"], "Lualaba")
    assert (
        "row 5: mineral 'Diamant' is not one the programme follows; it is left out."
        in report.reasons()
    )
    with db.sessions() as s:
        visits = s.execute(
            select(SiteVisit.visited_on, SiteVisit.notes)
            .join(Site, Site.id == SiteVisit.site_id)
            .where(Site.code == "cd100")
            .order_by(SiteVisit.visited_on)
        ).all()
    assert visits == [
        (
            dt.date(2015, 6, 1),
            "is_gold_mine: 0; is_3t_mine: 1; armed_group_presence: 1; child_labour: 0",
        ),
        (
            dt.date(2019, 3, 15),
            "is_gold_mine: 0; is_3t_mine: 1; armed_group_presence: 0; child_labour: 1",
        ),
    ]
    # A newer register: a later visit of cd100 changes its workers and minerals.
    newer = write_rows(
        tmp_path / "register-2021.csv",
        REGISTER,
        [
            [
                "cd100",
                "Kalimbi",
                28.85,
                -2.12,
                "Sud-Kivu",
                "Kalehe",
                "2021-02-01",
                520,
                "Coltan",
                "",
                "",
                0,
                1,
                0,
                0,
            ]
        ],
    )
    report = run_import(db, "sites", newer, ImportOptions())
    assert report.updated == 1 and "workers" in report.rows[0].summary
    site, minerals, _ = _site(db, "cd100")
    assert (site.miners_total, minerals) == (520, ["tantalum"])


def test_generic_geojson_with_a_remembered_mapping(db, tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {
            "Ref": ["gj-1", "gj-2"],
            "Label": ["Site A", "Site B"],
            "Prov": ["Nord-Kivu", "Maniema"],
            "Substance": ["Or", "Cassitérite; Coltan"],
        },
        geometry=[Point(29.2, -1.5), Polygon([(26, -3), (26.2, -3), (26.2, -3.2), (26, -3.2)])],
        crs="EPSG:4326",
    )
    path = tmp_path / "sites.geojson"
    frame.to_file(path, driver="GeoJSON")
    with pytest.raises(
        ImportFileError,
        match=r"no column is chosen for code \(Site code\), name "
        r"\(Site name\); name each with --map code=COLUMN",
    ):
        run_import(db, "sites", path, ImportOptions(dry_run=True))
    mapping = {"code": "Ref", "name": "Label", "province": "Prov", "mineral1": "Substance"}
    report = run_import(db, "sites", path, ImportOptions(mapping=mapping))
    assert report.added == 2
    site, minerals, province = _site(db, "gj-2")
    assert (province, minerals) == ("Maniema", ["tin", "tantalum"])
    assert -3.2 < site.latitude < -3 and 26 < site.longitude < 26.2  # a point inside the polygon
    with db.sessions() as s:
        headers = [*frame.columns[:-1], "longitude", "latitude"]  # points give the position
        stored = s.get(LocalSetting, f"exchange_mapping:sites:{layout_hash(headers)}")
    assert json.loads(stored.value)["code"] == "Ref"
    # The next file with the same columns needs no mapping.
    frame.loc[0, "Label"] = "Site A renamed"
    path2 = tmp_path / "sites-v2.gpkg"
    frame.to_file(path2, driver="GPKG")
    report = run_import(db, "sites", path2, ImportOptions())
    assert (report.updated, report.unchanged) == (1, 1)
    assert _site(db, "gj-1")[0].name == "Site A renamed"


def test_bad_site_rows_leave_the_database_unchanged(db, tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "bad.csv",
        REGISTER,
        [
            ["cd1", "Ok", 28.85, -2.12, "Sud-Kivu", "", "2019-03-15", 10, "Or", "", "", 1, 0, 0, 0],
            [
                "cd2",
                "Bad date",
                28.85,
                -2.12,
                "Sud-Kivu",
                "",
                "2019-02-30",
                10,
                "Or",
                "",
                "",
                1,
                0,
                0,
                0,
            ],
            [
                "cd3",
                "Far away",
                28.85,
                95,
                "Sud-Kivu",
                "",
                "2019-03-15",
                10,
                "Or",
                "",
                "",
                1,
                0,
                0,
                0,
            ],
            [
                "cd4",
                "Elsewhere",
                23.1,
                2.1,
                "Tshopo",
                "",
                "2019-03-15",
                10,
                "Or",
                "",
                "",
                1,
                0,
                0,
                0,
            ],
            [
                "",
                "No code",
                28.85,
                -2.12,
                "Sud-Kivu",
                "",
                "2019-03-15",
                10,
                "Or",
                "",
                "",
                1,
                0,
                0,
                0,
            ],
        ],
    )
    before = fingerprint(db)
    with pytest.raises(ImportRefused) as refused:
        run_import(db, "sites", path, ImportOptions())
    assert fingerprint(db) == before
    reasons = refused.value.report.rejected_reasons()
    assert reasons[:3] == [
        "row 3: visit date '2019-02-30' is not a date",
        "row 4: latitude 95 is out of range (-90 to 90)",
        "row 5: province 'Tshopo' is not one of the programme's provinces "
        "(Eastern Province, Haut-Katanga, Ituri, Kigali, Lualaba, Maniema, "
        "North Kivu, Northern Province, South Kivu, Southern Province, "
        "Tanganyika, Western Province)",
    ]
    assert reasons[3] == "row 6: the site code is empty"


def test_duplicate_codes_without_visit_dates(db, tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "dupes.csv",
        ["code", "name", "lon", "lat", "province"],
        [["x1", "A", 28.1, -2.1, "South Kivu"], ["x1", "B", 28.2, -2.2, "South Kivu"]],
    )
    report = run_import(db, "sites", path, ImportOptions(dry_run=True))
    assert report.rejected_reasons() == [
        "row 2: site code x1 appears again on row 3; without a visit date BM Desktop cannot "
        "tell which row is current.",
        "row 3: site code x1 appears again on row 2; without a visit date BM Desktop cannot "
        "tell which row is current.",
    ]
