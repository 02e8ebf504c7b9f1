"""The offline HTML map as a reader gets it: opened from disk in headless Chromium with
the network cut, it draws the basemap polygons, every site and the event clusters,
logs no error and asks for nothing but its own file; French throughout in French; the
command line writes it and refuses bad input without writing."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from sqlalchemy import select, update

from bm_desktop.db.models import Site
from bm_desktop.exchange.html_map import write_html_map
from tests.exchange.chromium_page import chromium_binary, open_offline

START, END = dt.date(2021, 4, 1), dt.date(2022, 3, 31)
needs_chromium = pytest.mark.skipif(
    chromium_binary() is None, reason="Debian's chromium is not installed"
)

PROBES = {
    "sites": "document.querySelectorAll('.leaflet-overlay-pane path.bm-site').length",
    "polygons": "document.querySelectorAll('.leaflet-overlay-pane path, "
    ".leaflet-bmBackground-pane path').length",
    "clusters": "document.querySelectorAll('.marker-cluster').length",
    "density": "document.querySelectorAll('img.leaflet-image-layer').length",
    "layers": "Array.from(document.querySelectorAll('.leaflet-control-layers-overlays label'))"
    ".map(l => l.textContent.trim())",
    "legend": "document.querySelector('.bm-legend').innerText",
    "title": "document.querySelector('.bm-title h1').textContent",
    "doc_title": "document.title",
}


def _site_count(db) -> int:
    with db.sessions() as s:
        return len(list(s.scalars(select(Site.id).where(Site.deleted.is_(False)))))


@needs_chromium
def test_map_opens_offline_with_every_layer(sample_db, tmp_path: Path) -> None:
    # A site name that would end a JavaScript template literal if it were not escaped.
    with sample_db.sessions.begin() as s:
        s.execute(
            update(Site)
            .where(Site.code == s.scalars(select(Site.code)).first())
            .values(name="Mine `${document.title='hacked'}` <b>\\x</b>")
        )
    page = write_html_map(sample_db, tmp_path / "map.html", START, END)
    report = open_offline(page, PROBES)

    assert report.console_errors == []
    others = [u for u in report.requests if u != page.as_uri() and not u.startswith("data:")]
    assert others == [], f"the page asked for {others}"
    v = report.values
    assert v["sites"] == _site_count(sample_db)
    assert v["polygons"] > v["sites"] + 20  # countries, lakes, provinces, alert lines
    assert v["clusters"] >= 1 and v["density"] == 1
    assert v["layers"] == [
        "Countries and lakes",
        "Provinces (boundaries before 2015 in the DRC)",
        "Towns",
        "Incident density",
        "Security events (grouped)",
        "Security alerts near sites",
        "Programme sites",
    ]
    assert v["title"] == "Programme sites, incidents and security: All programme regions"
    assert v["doc_title"] == v["title"]  # the odd site name ran no code
    assert "80% or more" in v["legend"]
    shot = Image.open(io.BytesIO(report.screenshot_png)).convert("RGB")
    assert shot.size == (1280, 800)
    assert max(ImageStat.Stat(shot).stddev) > 20  # not a blank page
    assert len(shot.getcolors(1 << 16) or range(1 << 16)) > 50


@needs_chromium
def test_online_tiles_are_an_extra_that_stays_off(sample_db, tmp_path: Path) -> None:
    page = write_html_map(
        sample_db, tmp_path / "map.html", START, END, region="Rwanda", online_tiles=True
    )
    report = open_offline(
        page,
        {"tiles": "document.querySelectorAll('.leaflet-tile').length", "sites": PROBES["sites"]},
    )
    assert report.values["tiles"] == 0 and report.values["sites"] > 0
    assert [u for u in report.requests if u.startswith("http")] == []
    assert "tile.openstreetmap.org" in page.read_text(encoding="utf-8")


def test_page_links_nothing_outside_itself(sample_db, tmp_path: Path) -> None:
    """No CDN: no <script src>, <link href> or CSS url() pointing anywhere, and the
    sample's map stays small enough to e-mail."""
    page = write_html_map(sample_db, tmp_path / "map.html", START, END)
    text = page.read_text(encoding="utf-8")
    assert page.stat().st_size <= 5 * 1024 * 1024
    assert not re.search(r"<script[^>]+src=", text)
    assert not re.search(r"<link[^>]+href=", text)
    urls = set(re.findall(r"url\(([^)]*)\)", text))
    assert {u for u in urls if not u.startswith(("data:", "#default#VML"))} == set()
    assert "Leaflet 1.9.4 (BSD-2-Clause)" in text


def test_french_map_speaks_french(sample_db, tmp_path: Path) -> None:
    page = write_html_map(
        sample_db, tmp_path / "carte.html", START, END, region="Eastern DRC", lang="fr"
    )
    text = page.read_text(encoding="utf-8")
    assert '<html lang="fr">' in text
    assert "Sites du programme, incidents et sécurité : Est de la RDC" in text
    assert "du 01/04/2021 au 31/03/2022" in text
    assert "Prochaine réunion PAC" in text
    assert "Eastern DRC" not in text and "South Kivu" not in text
    assert re.search(r"\d+,\d\u202f%", text)  # "78,1 %"


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bm_desktop.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_command_writes_the_map_and_refuses_bad_input(sample_db_file, tmp_path: Path) -> None:
    out = tmp_path / "lualaba.html"
    done = _cli(
        "html-map",
        "--region",
        "Lualaba",
        "--from",
        "2021-07-01",
        "--to",
        "2021-09-30",
        "--db",
        str(sample_db_file),
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Wrote {out} (2021-07-01 to 2021-09-30)."
    assert "security: Lualaba</title>" in out.read_text(encoding="utf-8")

    bad = tmp_path / "bad.html"
    refused = _cli(
        "html-map", "--region", "Nowhere", "--db", str(sample_db_file), "--out", str(bad)
    )
    assert refused.returncode == 2 and not bad.exists()
    assert "Unknown region 'Nowhere'. Valid regions: Eastern DRC" in refused.stderr
    wrong = _cli(
        "html-map",
        "--all",
        "--db",
        str(sample_db_file),
        "--out",
        str(tmp_path / "map.pdf"),
        "--lang",
        "fr",
    )
    assert wrong.returncode == 2 and not (tmp_path / "map.pdf").exists()
    assert "la carte est une page HTML" in wrong.stderr
    neither = _cli("html-map", "--db", str(sample_db_file), "--out", str(bad))
    assert neither.returncode == 2 and not bad.exists()
