"""The offline HTML map of the sample (every region, English; Eastern DRC, French; and
Eastern DRC in French with a national register loaded as a reference layer: grey dots
under the programme's sites), photographed in headless Chromium with the network cut,
as a reader opens it."""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import subprocess
import tempfile
from pathlib import Path


def render(ctx) -> None:  # noqa: ANN001  (a ShotContext)
    from bm_desktop.exchange.html_map import write_html_map

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("html map: chromium is not installed; no screenshot")
        return
    folder = Path(tempfile.mkdtemp(prefix="bm-html-map-"))
    with_register = _with_register(ctx, folder)
    for name, db, region, lang in (
        ("html_map", ctx.db, None, "en"),
        ("html_map_fr_eastern_drc", ctx.db, "Eastern DRC", "fr"),
        ("html_map_fr_reference_layer", with_register, "Eastern DRC", "fr"),
    ):
        page = write_html_map(
            db, folder / f"{name}.html", dt.date(2021, 4, 1), dt.date(2022, 3, 31), region, lang
        )
        out = ctx.outdir / f"{name}.png"
        subprocess.run(
            [
                browser,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--proxy-server=127.0.0.1:9",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                f"--user-data-dir={folder / 'profile'}",
                "--hide-scrollbars",
                "--window-size=1400,900",
                "--virtual-time-budget=4000",
                f"--screenshot={out}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        print(f"wrote {out}")
    with_register.dispose()
    shutil.rmtree(folder, ignore_errors=True)


def _with_register(ctx, folder: Path):  # noqa: ANN001, ANN202
    """A copy of the sample with a made-up register of 150 sites in the Kivus loaded as
    the reference layer "IPIS 2020" (the sample itself stays without one)."""
    from bm_desktop.db.engine import open_database
    from bm_desktop.exchange.imports.reference_layer import add_register_layer

    copy = folder / "with_register.sqlite"
    with ctx.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(ctx.db.engine.url.database, copy)
    rnd = random.Random(7)
    rows = [
        [
            "pcode",
            "name",
            "longitude",
            "latitude",
            "province",
            "visit_date",
            "mineral1",
            "armed_group_presence",
            "child_labour",
        ]
    ]
    for k in range(150):
        lon, lat = rnd.uniform(26.8, 29.3), rnd.uniform(-4.3, 0.2)
        rows.append(
            [
                f"codmine{k:05d}",
                f"Site {k}",
                round(lon, 5),
                round(lat, 5),
                "Sud-Kivu" if lat < -1.7 else "Nord-Kivu",
                f"{2012 + k % 9}-0{1 + k % 9}-15",
                rnd.choice(["Or", "Cassitérite", "Coltan"]),
                int(rnd.random() < 0.3),
                int(rnd.random() < 0.2),
            ]
        )
    register = folder / "ipis_2020.csv"
    with open(register, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    db = open_database(copy)
    add_register_layer(db, register, "IPIS 2020")
    return db
