"""The monitors' XLSForm: generated from the reference data, read by pyxform as written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bm_desktop.cli import main
from bm_desktop.exchange.safe_text import looks_like_formula
from bm_desktop.exchange.xlsform import FORM_ID, FormData, write_form, xpath_cell

pyxform = pytest.importorskip("pyxform.xls2xform")


@pytest.fixture
def sample_path(sample_db_file, tmp_path) -> Path:
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    return path


def _sheet(path: Path, name: str) -> list[dict]:
    ws = load_workbook(path)[name]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=False)) for r in rows[1:]]


def test_form_from_the_command_line_converts_without_warnings(
    sample_path, tmp_path, capsys
) -> None:
    out = tmp_path / "form.xlsx"
    assert (
        main(["form", "--db", str(sample_path), "--region", "Eastern DRC", "--out", str(out)]) == 0
    )
    said = capsys.readouterr().out
    assert f"Form {FORM_ID} version 1." in said and str(out) in said
    warnings: list[str] = []
    xform = pyxform.convert(xlsform=str(out), warnings=warnings).xform
    assert warnings == []
    # cascading choices: sites by province, risk areas by category
    assert "instance('site')/root/item[province= /data/place/province ]" in xform
    assert "instance('risk_area')/root/item[category= /data/risk/category ]" in xform
    assert 'constraint=". &lt;= today()"' in xform  # no future dates
    assert 'type="geopoint"' in xform and 'mediatype="image/*"' in xform
    choices = _sheet(out, "choices")
    sites = {c["name"]: c for c in choices if c["list_name"] == "site"}
    assert "SK-01" in sites and not any(code.startswith("LB-") for code in sites)
    assert sites["SK-01"]["province"] == "south_kivu"
    assert {c["name"] for c in choices if c["list_name"] == "severity"} == {"1", "2", "3", "4"}
    severity = next(c for c in choices if c["list_name"] == "severity" and c["name"] == "4")
    assert severity["label::Français (fr)"].startswith("4 – Critique : Décès")
    wfcl = next(c for c in choices if c["name"] == "wfcl")
    assert (wfcl["category"], wfcl["label::English (en)"]) == (
        "human_rights",
        "Worst forms of child labour (WFCL)",
    )
    settings = _sheet(out, "settings")[0]
    assert settings["form_id"] == FORM_ID and settings["version"].startswith("1.")


def test_french_only_form_and_bad_region(sample_path, tmp_path, capsys) -> None:
    out = tmp_path / "form_fr.xlsx"
    assert main(["form", "--db", str(sample_path), "--lang", "fr", "--out", str(out)]) == 0
    survey = _sheet(out, "survey")
    assert "label::English (en)" not in survey[0]
    assert next(r for r in survey if r["name"] == "monitor")["label::Français (fr)"] == (
        "Votre nom (moniteur)"
    )
    assert pyxform.convert(xlsform=str(out)).warnings == []
    bad = tmp_path / "nowhere.xlsx"
    assert (
        main(
            [
                "--lang",
                "fr",
                "form",
                "--db",
                str(sample_path),
                "--region",
                "Atlantis",
                "--out",
                str(bad),
            ]
        )
        == 2
    )
    assert "Région du programme inconnue « Atlantis »" in capsys.readouterr().err
    assert not bad.exists()


def test_expressions_reach_pyxform_as_written(tmp_path) -> None:
    """The safe cell writer defuses text starting like a formula with an apostrophe,
    which pyxform would read as part of the expression. Every expression cell of the
    form reads back exactly as meant, and one that starts with '-' is parenthesised."""
    assert xpath_cell("-1 < .") == "(-1 < .)" and not looks_like_formula(xpath_cell("-1 < ."))
    assert xpath_cell(". <= today()") == ". <= today()"
    data = FormData(
        [("evil", "=Evil")],
        [("-S1", "-S1 – =cmd|' /C calc'!A0", "evil")],
        [("security", "Security", "Sécurité")],
        [("nsag", "Armed groups", "Groupes armés", "security")],
    )
    out = tmp_path / "form.xlsx"
    write_form(data, out)
    survey = _sheet(out, "survey")
    exprs = {r["name"]: (r["constraint"], r["choice_filter"]) for r in survey}
    assert exprs["occurred_on"][0] == ". <= today()"
    assert exprs["site"][1] == "province=${province}"
    assert all(not looks_like_formula(str(v)) for r in survey for v in r.values() if v)
    site = next(c for c in _sheet(out, "choices") if c["list_name"] == "site")
    assert site["label::English (en)"] == "'-S1 – =cmd|' /C calc'!A0"  # user text: defused
    assert pyxform.convert(xlsform=str(out)).warnings == []
