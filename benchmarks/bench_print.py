"""Presentation maps and the quarterly map pack (issue 14 §6).

* A4 map, 300 dpi PNG and vector PDF: ``bm-desktop map``'s own function
  (``export_map``) on the sample programme, the whole programme with every layer,
  end to end: a fresh offscreen canvas, the basemap and the programme's data read
  from the database, the density computed, the page laid out and written. The Qt
  application exists already (a command's start-up is not the drawing). Budget 2 s
  each. Baseline: geopandas + matplotlib drawing the same layers (countries, provinces,
  lakes, the same density image, security events, sites coloured by status and sized by
  incidents, site names, title, legend) at the same size and dpi, from data already in
  memory (what a Python user would do; reading the data is not counted for it).
* The quarterly pack of the four regions (16 maps, the quarterly report workbook, the
  index page) into a zip: budget 30 s. Its baseline: 16 matplotlib PDFs of the
  baseline above (drawing only), timed in the same run.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_MAP_S = 2.0
BUDGET_PACK_S = 30.0


def _sample(tmp: Path) -> Path:
    from bm_desktop.db.engine import open_database
    from bm_desktop.services.sample_programme import generate_sample_programme

    path = tmp / "sample.sqlite"
    db = open_database(path)
    generate_sample_programme(db)
    db.dispose()
    return path


def _layers(db):  # noqa: ANN001, ANN202
    """The arrays the baseline draws (prepared once, outside its timing)."""
    import geopandas as gpd
    import numpy as np

    from bm_desktop.domain import colours
    from bm_desktop.domain.filters import FilterState
    from bm_desktop.geo.basemap_mercator import prepare_basemap
    from bm_desktop.services.map_data import density_image, load_map_data
    from bm_desktop.ui.map.density import RAMP
    from bm_desktop.ui.map.presets import ALL, preset_rect

    basemap = prepare_basemap()
    md = load_map_data(db)
    f = FilterState()
    r = preset_rect(ALL, md.sites)
    view = (r.left(), r.top(), r.right(), r.bottom())
    dens = density_image(md, f, view, 15.0, False, RAMP)
    counts = md.site_incident_counts(f)
    ev = md.event_mask(f)
    crs = "EPSG:3857"
    return {
        "countries": gpd.GeoSeries(basemap.countries.geoms, crs=crs),
        "admin1": gpd.GeoSeries(basemap.admin1.geoms, crs=crs),
        "lakes": gpd.GeoSeries(basemap.lakes.geoms, crs=crs),
        "density": dens,
        "view": view,
        "sites": (
            md.sites.x,
            md.sites.y,
            [colours.STATUS.get(str(s), "#9E9E9E") for s in md.sites.status],
            20 + 200 * np.sqrt(counts / max(counts.max(), 1)),
            md.sites.names,
        ),
        "events": (md.events.x[ev], md.events.y[ev]),
    }


def _matplotlib(layers: dict, out: Path, dpi: int) -> float:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    t0 = time.perf_counter()
    fig = plt.figure(figsize=(297 / 25.4, 210 / 25.4))
    ax = fig.add_axes((0.04, 0.08, 0.66, 0.78))
    x0, y0, x1, y1 = layers["view"]
    layers["countries"].plot(ax=ax, facecolor="#F4F1E8", edgecolor="#78909C", linewidth=0.6)
    layers["admin1"].boundary.plot(ax=ax, color="#90A4AE", linewidth=0.4, linestyle="--")
    layers["lakes"].plot(ax=ax, facecolor="#A9CBE8", edgecolor="none")
    d = layers["density"]
    ax.imshow(
        d.rgba,
        extent=(d.extent[0], d.extent[2], d.extent[1], d.extent[3]) if len(d.extent) == 4 else None,
        origin="lower",
        zorder=2,
    )
    ex, ey = layers["events"]
    ax.scatter(ex, ey, s=6, c="#C62828", marker="*", zorder=3)
    sx, sy, fill, size, names = layers["sites"]
    ax.scatter(sx, sy, s=size, c=fill, edgecolors="white", linewidths=0.8, zorder=4)
    for x, y, name in zip(sx, sy, names, strict=True):
        ax.annotate(name, (x, y), xytext=(5, 3), textcoords="offset points", fontsize=6, zorder=5)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    fig.suptitle("Programme sites and incidents", x=0.04, ha="left", fontsize=16)
    fig.legend(
        handles=[
            Line2D([], [], marker="o", ls="", color=c, label=k)
            for k, c in (("Active", "#2E7D32"), ("Inactive", "#9E9E9E"), ("Suspended", "#C62828"))
        ]
        + [Line2D([], [], marker="*", ls="", color="#C62828", label="Security event")],
        loc="upper right",
        fontsize=8,
    )
    fig.savefig(out, dpi=dpi)
    plt.close(fig)
    return time.perf_counter() - t0


def _ours(db, out: Path, dpi: int) -> float:  # noqa: ANN001
    from bm_desktop.ui.map.print_job import export_map
    from bm_desktop.ui.map.print_layout import PageSpec
    from bm_desktop.ui.map.print_map import MapOptions

    t0 = time.perf_counter()
    export_map(
        db,
        out,
        MapOptions(
            layers=frozenset({"sites", "density", "events", "alerts", "boundaries", "reference"})
        ),
        PageSpec(dpi=dpi),
    )
    return time.perf_counter() - t0


def _ours_drawing(db, out: Path, dpi: int) -> float:  # noqa: ANN001
    """Ours from data already loaded, like the baseline: lay out and write only."""
    from bm_desktop.ui.map.print_job import context
    from bm_desktop.ui.map.print_layout import PageSpec, frames, write
    from bm_desktop.ui.map.print_map import MapOptions, PrintMap

    spec = PageSpec(dpi=dpi)
    f = frames(spec)
    pm = PrintMap(context(db, "en"), f.map.width(), f.map.height())
    pm.apply(
        MapOptions(
            layers=frozenset({"sites", "density", "events", "alerts", "boundaries", "reference"})
        )
    )
    t0 = time.perf_counter()
    write(pm, spec, out)
    spent = time.perf_counter() - t0
    pm.close()
    return spent


def run(quick: bool) -> list[dict]:
    from bm_desktop.db.engine import open_database
    from bm_desktop.ui.map.pack import write_pack
    from bm_desktop.ui.map.print_job import ensure_app

    repeats = 2 if quick else 3
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-print-") as tmp_name:
        tmp = Path(tmp_name)
        os.environ["BM_DESKTOP_SETTINGS_DIR"] = str(tmp / "settings")
        db = open_database(_sample(tmp))
        ensure_app("en")
        layers = _layers(db)
        _ours(db, tmp / "warm.png", 96)  # fonts, the basemap's first read
        _matplotlib(layers, tmp / "warm-mpl.png", 96)
        for suffix in ("png", "pdf"):
            ours = [_ours(db, tmp / f"ours{i}.{suffix}", 300) for i in range(repeats)]
            base = [_matplotlib(layers, tmp / f"mpl{i}.{suffix}", 300) for i in range(repeats)]
            o, b = statistics.median(ours), statistics.median(base)
            drawing = statistics.median(
                _ours_drawing(db, tmp / f"draw{i}.{suffix}", 300) for i in range(repeats)
            )
            size = (tmp / f"ours0.{suffix}").stat().st_size / 1e6
            rows.append(
                {
                    "name": f"print: A4 map, 300 dpi {suffix.upper()}"
                    + (" (vector)" if suffix == "pdf" else ""),
                    "n": "A4",
                    "ours_s": o,
                    "budget_s": BUDGET_MAP_S,
                    "baseline": "geopandas + matplotlib, same layers, size and dpi",
                    "baseline_s": b,
                    "ratio": b / o,
                    "note": f"ours end to end (data read, density, layout); ours drawing only "
                    f"(data loaded, as the baseline's) {drawing:.2f} s; file {size:.1f} MB",
                }
            )
        t0 = time.perf_counter()
        write_pack(db, (2021, 4), None, tmp / "pack.zip", "en")
        pack_s = time.perf_counter() - t0
        base = sum(_matplotlib(layers, tmp / f"pack-mpl{i}.pdf", 300) for i in range(16))
        rows.append(
            {
                "name": "print: quarterly map pack, four regions",
                "n": "16 maps + workbook",
                "ours_s": pack_s,
                "budget_s": BUDGET_PACK_S,
                "baseline": "16 matplotlib PDFs (drawing only)",
                "baseline_s": base,
                "ratio": base / pack_s,
                "note": f"zip {(tmp / 'pack.zip').stat().st_size / 1e6:.1f} MB",
            }
        )
        db.dispose()
    return rows


if __name__ == "__main__":
    for row in run("--quick" in sys.argv):
        print(row)
