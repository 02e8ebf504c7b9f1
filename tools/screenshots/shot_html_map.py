"""The offline HTML map of the sample (every region, English; Eastern DRC, French),
photographed in headless Chromium with the network cut, as a reader opens it."""

from __future__ import annotations

import datetime as dt
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
    for name, region, lang in (("html_map", None, "en"),
                               ("html_map_fr_eastern_drc", "Eastern DRC", "fr")):
        page = write_html_map(ctx.db, folder / f"{name}.html", dt.date(2021, 4, 1),
                              dt.date(2022, 3, 31), region, lang)
        out = ctx.outdir / f"{name}.png"
        subprocess.run([browser, "--headless=new", "--no-sandbox", "--disable-gpu",
                        "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                        f"--user-data-dir={folder / 'profile'}", "--hide-scrollbars",
                        "--window-size=1400,900", "--virtual-time-budget=4000",
                        f"--screenshot={out}", page.as_uri()],
                       check=True, capture_output=True, timeout=120)
        print(f"wrote {out}")
    shutil.rmtree(folder, ignore_errors=True)
