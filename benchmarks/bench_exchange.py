"""Excel export at 100,000 rows (quick: 10,000) and the offline HTML map; the events
import is measured in bench_import.py.

* Export: the incident register (``export_incident_register``: query, streaming
  write-only workbook with cover, table, formats) of 100,000 incidents, against
  ``pandas.DataFrame.to_excel(engine="openpyxl")`` of the very same rows and
  columns (the DataFrame built beforehand, not timed). Each runs in its own
  subprocess so its peak memory (``ru_maxrss``) is its own.
* HTML map: the sample programme's offline map (every region, Leaflet inlined) against
  folium's defaults drawing the same data (CDN links, online tiles); size in the note.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

MEMORY_BUDGET_MB = 500
PERIOD = ("2000-01-01", "2030-12-31")

_PRELUDE = textwrap.dedent("""
    import datetime as dt, json, resource, sys, time
    sys.path.insert(0, {root!r})
    def peak_mb():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
""")

_OURS = _PRELUDE + textwrap.dedent("""
    from bm_desktop.db.engine import open_database
    from bm_desktop.exchange.exports.incident_register import export_incident_register
    from bm_desktop.exchange.exports.request import ExportRequest
    db = open_database({db!r})
    request = ExportRequest(dt.date.fromisoformat({start!r}), dt.date.fromisoformat({end!r}))
    t = time.perf_counter()
    result = export_incident_register(db, request, {out!r})
    print(json.dumps({{"s": time.perf_counter() - t, "rows": result.rows, "mb": peak_mb()}}))
""")

_PANDAS = _PRELUDE + textwrap.dedent("""
    import pandas as pd
    from bm_desktop.db.engine import open_database
    from bm_desktop.exchange.exports import incident_register as ir
    from bm_desktop.exchange.exports import labels as lb
    from bm_desktop.exchange.exports.request import ExportRequest
    from bm_desktop.exchange.text import Words
    db = open_database({db!r})
    request = ExportRequest(dt.date.fromisoformat({start!r}), dt.date.fromisoformat({end!r}))
    words = Words("en")
    verification = lb.labels(lb.VERIFICATION, words)
    sources = lb.labels(lb.INCIDENT_SOURCE, words)
    rows = []
    with db.sessions() as s:
        for row in s.execute(ir.statement(request, False)):  # the same rows, same labels
            values = list(row)
            values[8] = lb.annex2(values[8], words)
            values[13] = verification.get(values[13], values[13])
            values[15] = sources.get(values[15], values[15])
            values[-1] = str(values[-1])
            rows.append(values)
    headers = [words.workbook(c.header) for c in ir.COLUMNS + [ir.ID_COLUMN]]
    frame = pd.DataFrame(rows, columns=headers)
    del rows
    t = time.perf_counter()
    frame.to_excel({out!r}, sheet_name="Incidents", index=False, engine="openpyxl")
    print(json.dumps({{"s": time.perf_counter() - t, "rows": len(frame), "mb": peak_mb()}}))
""")

# GDAL's XLSX driver through pyogrio on the very same frame (what the issue compares
# the register with); text-like columns stay text, dates become datetimes.
_GDAL = _PANDAS.replace(
    'frame.to_excel({out!r}, sheet_name="Incidents", index=False, engine="openpyxl")',
    "import pyogrio\n"
    "for col in frame.columns:\n"
    "    if frame[col].map(lambda v: isinstance(v, dt.date)).any():\n"
    "        frame[col] = pd.to_datetime(frame[col])\n"
    "t = time.perf_counter()\n"
    'pyogrio.write_dataframe(frame, {out!r}, driver="XLSX", layer="Incidents")',
)


_HTML_OURS = _PRELUDE + textwrap.dedent("""
    from pathlib import Path
    from bm_desktop.db.engine import open_database
    from bm_desktop.exchange.html_map import write_html_map
    db = open_database({db!r})
    t = time.perf_counter()
    path = write_html_map(db, Path({out!r}), dt.date(2021, 4, 1), dt.date(2022, 3, 31))
    print(json.dumps({{"s": time.perf_counter() - t, "bytes": path.stat().st_size,
                      "mb": peak_mb()}}))
""")

# What a Python user would write: folium's defaults (CDN links, online tiles), the same
# sites with popups, clustered events and basemap polygons from the same data.
_HTML_FOLIUM = _PRELUDE + textwrap.dedent("""
    import folium
    from folium.plugins import MarkerCluster
    from bm_desktop.db.engine import open_database
    from bm_desktop.exchange.html_map_data import gather
    db = open_database({db!r})
    t = time.perf_counter()
    d = gather(db, dt.date(2021, 4, 1), dt.date(2022, 3, 31))
    w, s, e, n = d.bounds
    m = folium.Map(location=[(s + n) / 2, (w + e) / 2], zoom_start=6)
    for layer in (d.background.countries, d.background.lakes, d.background.admin1):
        folium.GeoJson(layer).add_to(m)
    for site in d.sites:
        folium.CircleMarker([site.lat, site.lon], radius=7, popup=f"{{site.name}}: "
                            f"{{site.incidents}} incidents, {{site.actions.open}} open, "
                            f"{{site.actions.overdue}} overdue").add_to(m)
    cluster = MarkerCluster().add_to(m)
    for ev in d.events:
        folium.CircleMarker([ev.lat, ev.lon], radius=5, popup=ev.kind).add_to(cluster)
    folium.LayerControl().add_to(m)
    m.save({out!r})
    import os
    print(json.dumps({{"s": time.perf_counter() - t, "bytes": os.path.getsize({out!r}),
                      "mb": peak_mb()}}))
""")

HTML_MAP_BUDGET_S, HTML_MAP_BUDGET_MB = 2.0, 5.0


def html_map_row(tmp_path: Path, repeats: int) -> dict:
    """The sample's offline HTML map (every region) beside plain folium with CDN links."""
    from bm_desktop.db.engine import open_database
    from bm_desktop.services.sample_programme import generate_sample_programme

    db_path = tmp_path / "sample.sqlite"
    db = open_database(db_path)
    generate_sample_programme(db)
    db.dispose()
    ours, base = [], []
    for i in range(repeats):
        ours.append(
            _run(
                _HTML_OURS.format(
                    root=str(ROOT), db=str(db_path), out=str(tmp_path / f"map{i}.html")
                )
            )
        )
        base.append(
            _run(
                _HTML_FOLIUM.format(
                    root=str(ROOT), db=str(db_path), out=str(tmp_path / f"folium{i}.html")
                )
            )
        )
    ours_s = statistics.median(r["s"] for r in ours)
    base_s = statistics.median(r["s"] for r in base)
    return {
        "name": "exchange: offline HTML map of the sample",
        "n": 1,
        "ours_s": ours_s,
        "baseline": "folium defaults (CDN links, online tiles)",
        "baseline_s": base_s,
        "ratio": base_s / ours_s,
        "note": f"{ours[0]['bytes'] / 1e6:.2f} MB, Leaflet inlined (budget "
        f"{HTML_MAP_BUDGET_S:g} s, {HTML_MAP_BUDGET_MB:g} MB); folium's page "
        f"{base[0]['bytes'] / 1e6:.2f} MB without Leaflet and needs the network",
    }


def _run(script: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=3600, cwd=ROOT
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def build_incidents_db(path: Path, n: int) -> None:
    """The sample programme, its incidents copied (new ids) until there are ``n``."""
    import uuid

    from sqlalchemy import func, insert, select

    from bm_desktop.db.engine import open_database
    from bm_desktop.db.models import Incident
    from bm_desktop.services.sample_programme import generate_sample_programme

    db = open_database(path)
    generate_sample_programme(db)
    with db.sessions.begin() as s:
        base = [dict(r._mapping) for r in s.execute(select(Incident.__table__))]
        have = s.scalar(select(func.count(Incident.id)))
        rows, copy = [], 0
        while have + len(rows) < n:
            for row in base:
                if have + len(rows) >= n:
                    break
                rows.append(
                    {**row, "id": uuid.uuid4(), "updated_at": f"{row['updated_at']}-{copy}"}
                )
            copy += 1
        for start in range(0, len(rows), 20000):
            s.execute(insert(Incident.__table__), rows[start : start + 20000])
    db.dispose()


def run(quick: bool) -> list[dict]:
    n = 10_000 if quick else 100_000
    repeats = 3 if quick else 2  # ours and pandas alternate, so a busy machine hits both
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as tmp:
        tmp_path = Path(tmp)
        results.append(html_map_row(tmp_path, repeats))
        db = tmp_path / "incidents.sqlite"
        build_incidents_db(db, n)
        fmt = dict(root=str(ROOT), db=str(db), start=PERIOD[0], end=PERIOD[1])
        ours, base = [], []
        for i in range(repeats):
            ours.append(_run(_OURS.format(out=str(tmp_path / f"ours{i}.xlsx"), **fmt)))
            base.append(_run(_PANDAS.format(out=str(tmp_path / f"pandas{i}.xlsx"), **fmt)))
        gdal = [
            _run(_GDAL.format(out=str(tmp_path / f"gdal{i}.xlsx"), **fmt)) for i in range(repeats)
        ]
        ours_s = statistics.median(r["s"] for r in ours)
        base_s = statistics.median(r["s"] for r in base)
        gdal_s = statistics.median(r["s"] for r in gdal)
        results.append(
            {
                "name": "exchange: export incident register vs GDAL",
                "n": ours[0]["rows"],
                "ours_s": ours_s,
                "baseline": "GDAL XLSX driver (pyogrio), same rows",
                "baseline_s": gdal_s,
                "ratio": gdal_s / ours_s,
                "note": "target: ours within 2x of GDAL (ratio >= 0.5); GDAL writes a bare "
                "sheet (no cover, table, styles, print set-up)",
            }
        )
        peak = max(r["mb"] for r in ours)
        results.append(
            {
                "name": "exchange: export incident register",
                "n": ours[0]["rows"],
                "ours_s": ours_s,
                "baseline": "pandas to_excel (openpyxl)",
                "baseline_s": base_s,
                "ratio": base_s / ours_s,
                "note": f"peak {peak:.0f} MB (budget {MEMORY_BUDGET_MB}); pandas peak "
                f"{max(r['mb'] for r in base):.0f} MB; target ratio >= 1.5",
            }
        )
    return results


if __name__ == "__main__":
    for row in run("--quick" in sys.argv):
        print(row)
