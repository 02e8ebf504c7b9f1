"""The offline HTML map carries the reference layers the user loaded (issue 14 §3, with
issue 13 §4's registers): a switchable group per layer, drawn under the programme's
sites, each register site with a popup of its minerals, last visit year, armed presence
and child labour, in English or French; `bm-desktop html-map` includes them; a map with
no reference layer has no such group."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bm_desktop.exchange.html_map import write_html_map
from bm_desktop.exchange.imports.reference_layer import add_register_layer
from tests.exchange.chromium_page import chromium_binary, open_offline
from tests.register_file import register_rows, visit_row, write_register

START, END = dt.date(2021, 4, 1), dt.date(2022, 3, 31)
LAYER = "IPIS test"
KNOWN = "Mine de Kalumbi"  # a hand-placed register site near Mwenga (South Kivu)
needs_chromium = pytest.mark.skipif(
    chromium_binary() is None, reason="Debian's chromium is not installed"
)


@pytest.fixture
def register_db(sample_db, tmp_path: Path):
    """The sample programme with a small national register loaded as a reference layer:
    40 generated sites in the Kivus, Maniema and Ituri, and one known site visited twice
    (armed presence and child labour seen at its last visit, in 2020)."""
    rows = register_rows(40, visits_per_site=1)
    rows += [
        visit_row(
            9001, "codmine99001", KNOWN, dt.date(2016, 5, 2), 28.45, -3.05, mineral="Cassitérite"
        ),
        visit_row(
            9002,
            "codmine99001",
            KNOWN,
            dt.date(2020, 8, 14),
            28.45,
            -3.05,
            mineral="Cassitérite",
            armed_group="Raia Mutomboki",
            child=1,
        ),
    ]
    path = write_register(tmp_path / "register.csv", 0, rows=rows)
    report = add_register_layer(sample_db, path, LAYER)
    assert report.written, report
    return sample_db


def _points(page: str) -> list[list]:
    """The reference layer's points as the page's script holds them."""
    layer = re.search(r"Reference layer: IPIS test|Couche de r\u00e9f\u00e9rence : IPIS test", page)
    assert layer, "no reference layer group"
    start = page.index('"pane":"bmReference"')
    assert page.count('"pane":"bmReference"') == 1
    data = page[page.index("[[", start) : page.index(".forEach(function", start)]
    return json.loads(data.replace("<\\/", "</"))


def test_reference_layer_is_on_the_map_with_popups(register_db, tmp_path: Path) -> None:
    page = write_html_map(register_db, tmp_path / "map.html", START, END)
    text = page.read_text(encoding="utf-8")
    points = _points(text)
    assert len(points) == 41  # every register site is inside the programme's extent
    known = next(p for p in points if KNOWN in p[4])
    popup = known[3]
    assert f"<b>{KNOWN}</b> (codmine99001)" in popup
    assert "Reference layer: IPIS test" in popup
    assert "<th>Minerals</th><td>Tin</td>" in popup  # cassiterite: the programme's word
    assert "<th>Last visit</th><td>2020</td>" in popup
    assert "<th>Armed presence</th><td>yes</td>" in popup
    assert "<th>Child labour observed</th><td>yes</td>" in popup
    assert (known[0], known[1]) == (-3.05, 28.45)
    assert "Reference site (a national register; not a programme site)" in text  # legend
    # drawn under the programme's sites: the reference pane sits below the overlay pane
    assert re.search(r'createPane\(\s*"bmReference"\);\s*\w+\.style\.zIndex = 390;', text)


def test_french_map_names_the_reference_layer_in_french(register_db, tmp_path: Path) -> None:
    page = write_html_map(
        register_db, tmp_path / "carte.html", START, END, region="Eastern DRC", lang="fr"
    )
    text = page.read_text(encoding="utf-8")
    points = _points(text)
    popup = next(p for p in points if KNOWN in p[4])[3]
    assert "Couche de référence : IPIS test" in popup
    assert "<th>Minerais</th><td>Étain</td>" in popup
    assert "<th>Présence armée</th><td>oui</td>" in popup
    assert "<th>Travail des enfants observé</th><td>oui</td>" in popup
    assert "Site de référence (registre national ; pas un site du programme)" in text


def test_no_reference_layer_no_group(sample_db, tmp_path: Path) -> None:
    text = write_html_map(sample_db, tmp_path / "map.html", START, END).read_text(encoding="utf-8")
    assert "bmReference" not in text and "Reference layer" not in text


def test_command_line_map_includes_the_reference_layer(register_db, tmp_path: Path) -> None:
    db_path = Path(register_db.engine.url.database)
    register_db.dispose()
    out = tmp_path / "kivu.html"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bm_desktop.cli",
            "html-map",
            "--region",
            "Eastern DRC",
            "--db",
            str(db_path),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert KNOWN in out.read_text(encoding="utf-8")


@needs_chromium
def test_reference_markers_show_offline_under_the_sites(register_db, tmp_path: Path) -> None:
    page = write_html_map(register_db, tmp_path / "map.html", START, END)
    click = (
        "(function () { var p = document.querySelectorAll('path.bm-reference');"
        " p[p.length - 1].dispatchEvent(new MouseEvent('click', {bubbles: true}));"
        " var c = document.querySelector('.leaflet-popup-content');"
        " return c ? c.innerText : null; })()"
    )
    report = open_offline(
        page,
        {
            "reference": "document.querySelectorAll('.leaflet-bmReference-pane path.bm-reference')"
            ".length",
            "sites": "document.querySelectorAll('.leaflet-overlay-pane path.bm-site').length",
            "on_top": "Array.from(document.querySelectorAll('path.bm-reference')).map(p => {"
            " var b = p.getBoundingClientRect(); var e = document.elementFromPoint("
            "b.x + b.width / 2, b.y + b.height / 2);"
            " return e === p ? 'self' : e && e.closest('.leaflet-bmBackground-pane')"
            " ? 'land' : 'other'; })",
            "pane_z": "getComputedStyle(document.querySelector('.leaflet-bmReference-pane'))"
            ".zIndex",
            "overlay_z": "getComputedStyle(document.querySelector('.leaflet-overlay-pane')).zIndex",
            "layers": "Array.from(document.querySelectorAll('.leaflet-control-layers-overlays "
            "label')).map(l => l.textContent.trim())",
            "popup": click,
        },
    )
    assert report.console_errors == []
    assert [u for u in report.requests if u != page.as_uri() and not u.startswith("data:")] == []
    v = report.values
    assert v["reference"] == 41 and v["sites"] == 48
    # seen, never hidden under the basemap's land: what is under most markers' centres
    # is the marker itself (the others lie under a site, an alert ring, a cluster or
    # another register site)
    assert "land" not in v["on_top"] and v["on_top"].count("self") >= 20, v["on_top"]
    assert int(v["pane_z"]) < int(v["overlay_z"])
    assert "Reference layer: IPIS test" in v["layers"]
    assert v["layers"].index("Reference layer: IPIS test") < v["layers"].index("Programme sites")
    assert v["popup"] and "Armed presence" in v["popup"]
