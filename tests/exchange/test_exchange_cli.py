"""``bm-desktop export`` and ``bm-desktop import`` as a user runs them."""

from __future__ import annotations

import csv
import shutil

import pytest
from openpyxl import load_workbook

from bm_desktop.cli import main


@pytest.fixture
def sample_path(sample_db_file, tmp_path):
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    return path


@pytest.mark.parametrize(
    "kind, extra, sheet",
    [
        ("incidents", ["--region", "Rwanda"], "Incidents"),
        ("actions", ["--site", "LB-01"], "Actions"),
        ("scorecards", ["--region", "Lualaba"], "Overview"),
        ("quarterly", [], "Regions"),
        ("annex2", [], "Annex II summary"),
        ("weekly", ["--site", "SK-01"], "Incidents"),
    ],
)
def test_every_export_from_the_command_line(
    sample_path, tmp_path, capsys, kind, extra, sheet
) -> None:
    out = tmp_path / f"{kind}.xlsx"
    code = main(
        [
            "export",
            kind,
            "--db",
            str(sample_path),
            "--out",
            str(out),
            "--from",
            "2021-10-01",
            "--to",
            "2021-12-31",
            *extra,
        ]
    )
    assert code == 0
    assert f"Wrote {out} (2021-10-01 to 2021-12-31;" in capsys.readouterr().out
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Cover" and sheet in wb.sheetnames
    assert wb["Cover"]["B4"].value == "2021-10-01 to 2021-12-31"


def test_export_defaults_french_and_errors(sample_path, tmp_path, capsys) -> None:
    out = tmp_path / "q.xlsx"
    assert (
        main(["--lang", "fr", "export", "quarterly", "--db", str(sample_path), "--out", str(out)])
        == 0
    )
    # no period given: the quarter of the latest record (the sample's data end in Dec. 2022)
    assert "(du 01/10/2022 au 31/12/2022 ; Régions: 4" in capsys.readouterr().out
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "Couverture",
        "Régions",
        "Provinces",
        "Catégories de risque",
        "Événements sécuritaires",
    ]
    assert wb["Couverture"]["A1"].value == "Rapport trimestriel au gouvernement"
    assert wb["Couverture"]["B4"].value == "du 01/10/2022 au 31/12/2022"
    assert main(["export", "weekly", "--db", str(sample_path), "--out", str(out)]) == 2
    assert "the weekly workbook is for one site: give --site CODE." in capsys.readouterr().err
    assert (
        main(
            [
                "export",
                "incidents",
                "--db",
                str(sample_path),
                "--out",
                str(out),
                "--include-sensitive",
                "--role",
                "government",
            ]
        )
        == 2
    )
    assert "may not export sensitive incident details" in capsys.readouterr().err
    assert (
        main(
            [
                "export",
                "incidents",
                "--db",
                str(sample_path),
                "--out",
                str(out),
                "--region",
                "Katanga",
            ]
        )
        == 2
    )
    assert "Unknown region 'Katanga'" in capsys.readouterr().err


def test_import_counts_reasons_and_exit_codes(sample_path, tmp_path, capsys) -> None:
    path = tmp_path / "register.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(
            [
                ["pcode", "name", "longitude", "latitude", "province", "visit_date", "mineral1"],
                ["r1", "Kalimbi", 28.85, -2.12, "Sud-Kivu", "2019-03-15", "Cassitérite"],
                ["r2", "Nyabibwe", 28.9, -1.9, "Sud-Kivu", "2019-02-30", "Cassitérite"],
            ]
        )
    args = ["import", "sites", str(path), "--db", str(sample_path)]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "register.csv (mine-site register): 2 rows read" in out
    assert "1 added, 0 updated, 0 removed, 0 unchanged, 1 rejected" in out
    assert "row 3: visit date '2019-02-30' is not a date" in out
    assert "Dry run: nothing was written." in out
    assert main(args) == 1
    captured = capsys.readouterr()
    assert "1 rows were rejected, so nothing was imported" in captured.err
    assert main([*args, "--skip-rejected", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "1 ajoutées, 0 mises à jour, 0 supprimées, 0 inchangées, 1 rejetées" in out
    assert "ligne 3 : date de visite : « 2019-02-30 » n'est pas une date" in out
    assert "Importé en une seule transaction." in out
    assert main(["import", "events", str(tmp_path / "none.csv"), "--db", str(sample_path)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_import_refusals_in_the_cli_language(sample_path, tmp_path, capsys) -> None:
    path = tmp_path / "register.doc"
    path.write_text("x", encoding="utf-8")
    args = ["--lang", "fr", "import", "sites", str(path), "--db", str(sample_path)]
    assert main(args) != 0
    assert (
        "importe des fichiers CSV, XLSX, GeoJSON et GeoPackage, pas des fichiers « .doc »"
        in capsys.readouterr().err
    )
    assert main([*args, "--map", "name"]) != 0
    assert "--map attend CHAMP=COLONNE, pas « name »." in capsys.readouterr().err
