"""``bm-desktop layers``: a national register (IPIS open-data layout, one row per visit)
is loaded as a reference layer, not as programme sites: the figures, alerts and
exports stay as they were; the site import points to ``layers add`` for such a file."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from bm_desktop.cli import main
from bm_desktop.db.engine import open_database
from bm_desktop.db.models import Site
from bm_desktop.services.map_data import load_map_data
from bm_desktop.services.security_alerts import security_alerts
from tests.exchange.exchange_support import fingerprint
from tests.register_file import register_rows, write_register

YEAR = ["--from", "2021-04-01", "--to", "2022-03-31"]


@pytest.fixture
def sample_path(sample_db_file, tmp_path):
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    return path


def _state(path, tmp_path, capsys, tag: str) -> dict:
    """What the programme's figures, alerts, map and score cards show."""
    assert main(["stats", "--db", str(path), *YEAR, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    out = tmp_path / f"scorecards-{tag}.xlsx"
    assert main(["export", "scorecards", "--db", str(path), *YEAR, "--out", str(out)]) == 0
    capsys.readouterr()
    sheet = load_workbook(out, read_only=True).worksheets[1]
    db = open_database(path)
    try:
        alerts = [(a.site_code, a.distance_km) for a in security_alerts(db, dt.date(2022, 3, 31))]
        map_sites = len(load_map_data(db).sites)
    finally:
        db.dispose()
    return {
        "stats": stats,
        "alerts": alerts,
        "map_sites": map_sites,
        "scorecard_rows": sheet.max_row,
    }


def test_register_becomes_a_reference_layer_and_the_programme_is_unchanged(
    sample_path, tmp_path, capsys
) -> None:
    register = write_register(
        tmp_path / "cod_mines_curated_all_opendata_p_ipis.csv", 2500, visits_per_site=2
    )
    before = _state(sample_path, tmp_path, capsys, "before")
    assert before["map_sites"] == 48 and before["alerts"]
    assert (
        main(["layers", "add", str(register), "--name", "IPIS 2021", "--db", str(sample_path)]) == 0
    )
    out = capsys.readouterr().out
    assert "Loaded the reference layer 'IPIS 2021'" in out and "2,500 sites, 5,000 visits" in out
    assert _state(sample_path, tmp_path, capsys, "after") == before
    from bm_desktop.db.models import ReferenceVisit

    db = open_database(sample_path)
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Site)) == 48
        assert s.scalar(select(func.count()).select_from(ReferenceVisit)) == 5000
    db.dispose()
    assert main(["layers", "list", "--db", str(sample_path)]) == 0
    listed = capsys.readouterr().out
    assert listed.startswith("IPIS 2021") and "2,500 sites, 5,000 visits" in listed
    assert main(["layers", "list", "--db", str(sample_path), "--lang", "fr"]) == 0
    assert "2\u202f500 sites, 5\u202f000 visites, chargée le" in capsys.readouterr().out
    assert main(["layers", "remove", "IPIS 2021", "--db", str(sample_path)]) == 0
    assert (
        "Removed the reference layer 'IPIS 2021' (2,500 sites, 5,000 visits)."
        in capsys.readouterr().out
    )
    assert main(["layers", "list", "--db", str(sample_path), "--lang", "fr"]) == 0
    assert capsys.readouterr().out.startswith("Aucune couche de référence")


def test_refusals_write_nothing(sample_path, tmp_path, capsys) -> None:
    rows = register_rows(20)
    rows[5][7] = "east"  # longitude
    bad = write_register(tmp_path / "bad.csv", 0, rows=rows)
    db = open_database(sample_path)
    before = fingerprint(db)
    db.dispose()
    assert main(["layers", "add", str(bad), "--name", "R", "--db", str(sample_path)]) == 1
    captured = capsys.readouterr()
    assert "row 7: longitude 'east' is not a number" in captured.out
    assert "1 rows were rejected, so nothing was loaded" in captured.err
    assert (
        main(
            [
                "layers",
                "add",
                str(bad),
                "--name",
                "R",
                "--map",
                "mine=pcode",
                "--db",
                str(sample_path),
            ]
        )
        == 2
    )
    assert "'mine' is not a field of a register layer" in capsys.readouterr().err
    assert main(["layers", "remove", "Nope", "--db", str(sample_path)]) == 2
    assert "There is no reference layer named 'Nope'" in capsys.readouterr().err
    db = open_database(sample_path)
    assert fingerprint(db) == before
    db.dispose()
    # the good rows, when asked; the same name twice is refused
    assert (
        main(
            ["layers", "add", str(bad), "--name", "R", "--skip-rejected", "--db", str(sample_path)]
        )
        == 0
    )
    assert "(1 rows left out)" in capsys.readouterr().out
    assert (
        main(
            [
                "layers",
                "add",
                str(bad),
                "--name",
                "R",
                "--skip-rejected",
                "--db",
                str(sample_path),
                "--lang",
                "fr",
            ]
        )
        == 2
    )
    assert "Il existe déjà une couche de référence nommée « R »" in capsys.readouterr().err


def test_site_import_suggests_a_reference_layer_for_a_national_register(
    sample_path, tmp_path, capsys
) -> None:
    register = write_register(tmp_path / "ipis.csv", 300, visits_per_site=1)
    assert main(["import", "sites", str(register), "--dry-run", "--db", str(sample_path)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert (
        "This file would add 300 sites to the programme's 48: it looks like a national "
        "register. Load it as a reference layer instead"
    ) in out
    assert 'bm-desktop layers add "ipis.csv" --name NAME' in out


def _layer_rows(path) -> list[tuple]:  # noqa: ANN001
    from bm_desktop.db.models import ReferenceSite

    db = open_database(path)
    with db.sessions() as s:
        rows = s.execute(
            select(
                ReferenceSite.code,
                ReferenceSite.name,
                ReferenceSite.longitude,
                ReferenceSite.latitude,
                ReferenceSite.minerals,
                ReferenceSite.workers,
                ReferenceSite.last_visit,
                ReferenceSite.armed_presence,
                ReferenceSite.child_labour,
            ).order_by(ReferenceSite.code)
        ).all()
    db.dispose()
    return [(c, n, round(lon, 6), round(lat, 6), *rest) for c, n, lon, lat, *rest in rows]


def test_other_layouts_through_map_and_messy_copies_give_the_same_layer(tmp_path, capsys) -> None:
    import geopandas as gpd
    from openpyxl import Workbook

    from tests.register_file import HEADERS

    rows = register_rows(40)
    csv_path = write_register(tmp_path / "register.csv", 0, rows=rows)
    # an XLSX copy and a GeoPackage in UTM zone 35S (positions in the geometry)
    wb = Workbook()
    wb.active.append(HEADERS)
    for row in rows:
        wb.active.append(row)
    wb.save(tmp_path / "register.xlsx")
    lon, lat = HEADERS.index("longitude"), HEADERS.index("latitude")
    frame = gpd.GeoDataFrame(
        [
            {h: v for h, v in zip(HEADERS, row, strict=True) if h not in ("longitude", "latitude")}
            for row in rows
        ],
        geometry=gpd.points_from_xy([r[lon] for r in rows], [r[lat] for r in rows]),
        crs=4326,
    ).to_crs(32735)
    frame.to_file(tmp_path / "register.gpkg", layer="mines")
    # a French export whose columns only --map can name
    french = [
        "identifiant",
        "nom_site",
        "x_long",
        "y_lat",
        "date_passage",
        "substance",
        "groupe_arme",
        "enfants_vus",
        "creuseurs",
    ]
    fr_path = tmp_path / "registre.csv"
    with open(fr_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(french)
        for row in rows:
            r = dict(zip(HEADERS, row, strict=True))
            w.writerow(
                [
                    r["pcode"],
                    r["name"],
                    str(r["longitude"]).replace(".", ","),
                    str(r["latitude"]).replace(".", ","),
                    r["visit_date"],
                    r["mineral1"],
                    r["interference"],
                    r["child_labour"],
                    r["workers_numb"],
                ]
            )
    results = []
    for k, (path, extra) in enumerate(
        [
            (csv_path, []),
            (tmp_path / "register.xlsx", []),
            (tmp_path / "register.gpkg", []),
            (
                fr_path,
                [
                    "--map",
                    "code=identifiant",
                    "--map",
                    "name=nom_site",
                    "--map",
                    "longitude=x_long",
                    "--map",
                    "latitude=y_lat",
                    "--map",
                    "visit_date=date_passage",
                    "--map",
                    "mineral1=substance",
                    "--map",
                    "armed_presence=groupe_arme",
                    "--map",
                    "child_labour=enfants_vus",
                    "--map",
                    "workers=creuseurs",
                ],
            ),
        ]
    ):
        db_path = tmp_path / f"copy{k}.sqlite"
        assert main(["init", "--db", str(db_path)]) == 0
        assert (
            main(["layers", "add", str(path), "--name", "IPIS", "--db", str(db_path), *extra]) == 0
        ), capsys.readouterr().err
        assert "40 sites, 80 visits" in capsys.readouterr().out
        results.append(_layer_rows(db_path))
    assert results[0] == results[1] == results[2] == results[3]
    assert results[0][0][4] == "gold" and results[0][1][4] == "tin"
