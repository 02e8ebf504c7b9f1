"""Presentation maps as a reader gets them: ``bm-desktop map`` files read back (PDF page
size and text, PNG pixels where known features are, SVG text), and bad input."""

from __future__ import annotations

import itertools
import shutil
import xml.etree.ElementTree as ET

import numpy as np
import pypdf
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from bm_desktop.cli import main


@pytest.fixture
def sample_path(sample_db_file, tmp_path):
    path = tmp_path / "programme.sqlite"
    shutil.copy(sample_db_file, path)
    return path


QUARTER = ["--from", "2021-10-01", "--to", "2021-12-31"]


def test_pdf_is_a4_landscape_with_title_legend_scale_and_selectable_labels(
    sample_path, tmp_path, capsys
):
    out = tmp_path / "eastern.pdf"
    assert (
        main(
            [
                "map",
                "--db",
                str(sample_path),
                "--region",
                "Eastern DRC",
                *QUARTER,
                "--title",
                "Eastern DRC presentation map",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.strip() == str(out)
    page = pypdf.PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
    text = " ".join(page.extract_text().split())
    assert "Eastern DRC presentation map" in text
    assert "1 October 2021 to 31 December 2021" in text
    assert "Region: Eastern DRC" in text
    for legend_line in ("Legend", "Mine sites: status", "Active", "Security events"):
        assert legend_line in text
    assert " km" in text  # the scale bar's length
    assert "Natural Earth" in text and "ACLED" in text  # sources by name
    assert "Kamituga Mobale" in text  # a site's label is text, not a picture


def test_pdf_legend_has_only_the_layers_shown(sample_path, tmp_path):
    out = tmp_path / "sites.pdf"
    assert (
        main(
            [
                "map",
                "--db",
                str(sample_path),
                "--all",
                "--layers",
                "sites",
                "--colour",
                "rate",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    text = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert "Mine sites: implementation rate" in text
    assert "Security events" not in text and "Incident density" not in text
    assert "Sites coloured by implementation rate" in text


def test_a3_portrait(sample_path, tmp_path):
    out = tmp_path / "a3.pdf"
    assert (
        main(
            [
                "map",
                "--db",
                str(sample_path),
                "--region",
                "Rwanda",
                "--size",
                "A3",
                "--orientation",
                "portrait",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    page = pypdf.PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 1191)


def _close(c: QColor, hex_colour: str, tol: int = 40) -> bool:
    want = QColor(hex_colour)
    return all(
        abs(a - b) <= tol
        for a, b in ((c.red(), want.red()), (c.green(), want.green()), (c.blue(), want.blue()))
    )


def test_png_shows_a_site_in_its_colour_where_it_lies_and_the_north_arrow(qtbot, sample_db):
    from bm_desktop.ui.map.print_job import context, ensure_app
    from bm_desktop.ui.map.print_layout import PageSpec, frames, render_png
    from bm_desktop.ui.map.print_map import MapOptions, PrintMap

    ensure_app("en")
    spec = PageSpec(dpi=150)
    f = frames(spec)
    pm = PrintMap(context(sample_db, "en"), f.map.width(), f.map.height())
    try:
        pm.apply(MapOptions(region="Eastern DRC", layers=frozenset({"sites"}), colour="status"))
        image = render_png(pm, spec)
        assert (image.width(), image.height()) == (round(297 / 25.4 * 150), round(210 / 25.4 * 150))
        sites, fig = pm.ws.sites, pm.ws.sites.figures
        vb = pm.canvas.viewbox
        origin = vb.sceneBoundingRect().topLeft()
        shown = np.flatnonzero(fig.shown)
        pos = {}
        for i in shown:
            s = vb.mapViewToScene(QPointF(fig.table.x[i], fig.table.y[i])) - origin
            pos[i] = (f.map.left() + s.x(), f.map.top() + s.y())
        # a site with no other site near it, inside the frame
        alone = [
            i
            for i in shown
            if f.map.contains(QPointF(*pos[i]))
            and all(
                np.hypot(pos[i][0] - pos[j][0], pos[i][1] - pos[j][1])
                > sites.diameter[i] + sites.diameter[j]
                for j in shown
                if j != i
            )
        ]
        assert alone
        k = 150 / 96
        for i in alone[:3]:
            cx, cy = pos[i]
            r = sites.diameter[i] * 0.32
            ring = [
                image.pixelColor(round((cx + r * np.cos(a)) * k), round((cy + r * np.sin(a)) * k))
                for a in np.linspace(0, 2 * np.pi, 16, endpoint=False)
            ]
            assert sum(_close(c, sites.fill_of(i)) for c in ring) >= 8, fig.table.names[i]
        # the north arrow: dark ink in the map frame's top right corner
        corner = [
            image.pixelColor(round(x * k), round(y * k))
            for x in np.arange(f.map.right() - 40, f.map.right() - 8, 1.0)
            for y in np.arange(f.map.top() + 10, f.map.top() + 64, 1.0)
        ]
        assert sum(c.lightness() < 80 for c in corner) > 60
        # labels never overlap
        rects = [r for _t, r in pm.ws.labels.last_placed]
        assert len(rects) >= 5
        for a, b in itertools.combinations(rects, 2):
            assert not a.adjusted(1, 1, -1, -1).intersects(b.adjusted(1, 1, -1, -1))
    finally:
        pm.close()


def test_svg_is_vector_with_text(sample_path, tmp_path):
    out = tmp_path / "map.svg"
    assert (
        main(
            [
                "map",
                "--db",
                str(sample_path),
                "--region",
                "Lualaba",
                *QUARTER,
                "--title",
                "Lualaba sites",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    root = ET.parse(out).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    texts = " ".join("".join(t.itertext()) for t in root.iter(f"{ns}text"))
    assert "Lualaba sites" in texts and "Legend" in texts and "Mutoshi" in texts
    assert len(list(root.iter(f"{ns}image"))) <= 1  # the density image; symbols are shapes
    # drawn as a viewer shows it: nothing of the map outside its frame (SVG viewers do not
    # all honour clipping; the countries once covered the whole page and its title)
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(out))
    size = renderer.defaultSize()
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    p = QPainter(image)
    renderer.render(p)
    p.end()
    for x, y in (
        (3, 3),
        (size.width() - 4, size.height() - 4),
        (3, size.height() - 4),
        (size.width() // 2, 20),
    ):
        assert image.pixelColor(x, y).name() == "#ffffff", (x, y)


def test_french_map(sample_path, tmp_path):
    out = tmp_path / "carte.pdf"
    assert (
        main(
            ["map", "--db", str(sample_path), "--all", *QUARTER, "--lang", "fr", "--out", str(out)]
        )
        == 0
    )
    text = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert "1 octobre 2021 au 31 décembre 2021" in text
    assert "Légende" in text and "Sources" in text and "Carte établie le" in text
    assert "Legend" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--layers", "sites,roads"], "unknown layer 'roads'"),
        (["--dpi", "5000"], "--dpi must be between 50 and 1200"),
        (["--from", "2021-10-01"], "give both --from and --to"),
        (["--region", "Kivu"], "Unknown region 'Kivu'"),
    ],
)
def test_bad_input_writes_nothing(sample_path, tmp_path, capsys, args, message):
    out = tmp_path / "map.pdf"
    where = [] if "--region" in args else ["--all"]
    assert main(["map", "--db", str(sample_path), *where, *args, "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_unknown_format_is_refused(sample_path, tmp_path, capsys):
    out = tmp_path / "map.jpg"
    assert main(["map", "--db", str(sample_path), "--all", "--out", str(out)]) == 2
    assert "as .pdf, .png or .svg, not 'map.jpg'" in capsys.readouterr().err
    assert not out.exists()


def test_the_logo_from_the_settings_is_on_the_page(qtbot, sample_db, tmp_path):
    from PySide6.QtGui import QImage

    from bm_desktop.ui.map.print_job import context, ensure_app
    from bm_desktop.ui.map.print_layout import PageSpec, frames, render_png
    from bm_desktop.ui.map.print_map import MapOptions, PrintMap

    ensure_app("en")
    logo = tmp_path / "logo.png"
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#123456"))
    image.save(str(logo))
    ctx = context(sample_db, "en")
    ctx.settings.set("print/logo", str(logo))
    spec = PageSpec(dpi=96)
    f = frames(spec)
    pm = PrintMap(ctx, f.map.width(), f.map.height())
    try:
        pm.apply(MapOptions(region="Rwanda", layers=frozenset({"sites"})))
        page = render_png(pm, spec)
    finally:
        pm.close()
    h = f.header
    inside = page.pixelColor(round(h.right() - 10), round(h.top() + h.height() / 2))
    assert inside.name() == "#123456"


def test_the_command_starts_from_the_default_filters_not_the_windows_last_ones(
    sample_path, tmp_path, qtbot
):
    import json

    from bm_desktop.domain.filters import FilterState
    from bm_desktop.ui.settings import Settings

    settings = Settings()  # the window's settings file: its last filters were gold only
    settings.set("filters/state", json.dumps(FilterState(minerals=frozenset({"gold"})).to_dict()))
    settings.sync()
    out = tmp_path / "map.pdf"
    assert main(["map", "--db", str(sample_path), "--all", *QUARTER, "--out", str(out)]) == 0
    text = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert "Minerals:" not in text and "Whole programme" in text
    assert json.loads(Settings().get("filters/state"))["minerals"] == ["gold"]  # untouched


def test_a_damaged_database_is_refused_plainly(tmp_path, capsys):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("this is not a database")
    out = tmp_path / "map.pdf"
    assert main(["map", "--db", str(bad), "--all", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "Traceback" not in err
    assert not out.exists()
