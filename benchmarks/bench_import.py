"""Importing security events: speed with every check, and memory on a junk file.

* 100,000 ACLED-layout events from CSV through ``run_import`` (every check: layout,
  dates and their order, coordinates inside the programme's countries, repeated
  rows, comparison with the stored events, one transaction with sync stamping and
  the undo batch), against ``pandas.read_csv`` + ``DataFrame.to_sql`` of the same
  file into a plain table (no checks). Target: within 2x of pandas (ratio >= 0.5).
* A 1,000,000-row file of junk under ACLED's header: refused (nothing written)
  with peak memory under 300 MB; the baseline is pandas reading the same file.

Each run is its own subprocess, so its peak memory (``ru_maxrss``) is its own; ours
and pandas alternate, so a busy machine slows both.

    python benchmarks/bench_import.py [--quick]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from tests.exchange.event_files import UCDP_COLUMNS  # noqa: E402

TARGET_RATIO = 0.5  # pandas time / ours: ours within 2x
JUNK_BUDGET_MB = 300

_PRELUDE = textwrap.dedent("""
    import datetime as dt, json, resource, sys, time
    sys.path.insert(0, {root!r})
    def peak_mb():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
""")

KEY = bytes(range(32))  # a raw 32-byte key, as argon2id derives it

_OURS = _PRELUDE + textwrap.dedent("""
    import pandas
    from bm_desktop.db.engine import open_database
    from bm_desktop.exchange.imports.report import ImportRefused
    from bm_desktop.exchange.imports.runner import ImportOptions, run_import
    from bm_desktop.db.reference_data import seed_reference_data
    db = open_database({db!r}, key={key!r})
    assert db.encrypted == ({key!r} is not None)
    with db.sessions.begin() as s:
        seed_reference_data(s)
    t = time.perf_counter()
    try:
        report = run_import(db, "events", {csv!r}, ImportOptions())
        rows, refused = report.added, False
        assert report.written and report.added == report.rows_read, report.counts_text
    except ImportRefused as exc:
        rows, refused = exc.report.rejected, True
    print(json.dumps({{"s": time.perf_counter() - t, "rows": rows, "refused": refused,
                      "mb": peak_mb()}}))
""")

_PANDAS = _PRELUDE + textwrap.dedent("""
    import sqlite3, warnings
    import pandas as pd
    key = {key!r}
    if key is not None:
        from bm_desktop.db import cipher
        conn = cipher.connect({db!r}, key)
        # pandas writes through any DB-API connection as it does through sqlite3's
        warnings.simplefilter("ignore", UserWarning)
    elif {write!r}:
        conn = sqlite3.connect({db!r})
    t = time.perf_counter()
    frame = pd.read_csv({csv!r})
    if {write!r}:
        with conn:
            frame.to_sql("events", conn, index=False)
        conn.close()
    print(json.dumps({{"s": time.perf_counter() - t, "rows": len(frame), "mb": peak_mb()}}))
""")

# UCDP GED's published column layout: the tests' file builder holds it once.
UCDP_HEADER = UCDP_COLUMNS
HEADER = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
]


def _run(script: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=3600, cwd=ROOT
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def _times(runs: list[dict]) -> str:
    return ", ".join(f"{r['s']:.2f}" for r in runs)


def write_events_csv(path: Path, n: int) -> None:
    """An ACLED export of ``n`` events in eastern DRC (fictitious)."""
    import csv
    import datetime as dt
    import random

    rng = random.Random(7)
    types = [
        ("Battles", "Armed clash"),
        ("Violence against civilians", "Attack"),
        ("Riots", "Mob violence"),
        ("Protests", "Peaceful protest"),
        ("Strategic developments", "Looting/property destruction"),
    ]
    provinces = ["Sud-Kivu", "Nord-Kivu", "Ituri", "Maniema", "Tanganyika"]
    start = dt.date(2015, 1, 1)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i in range(n):
            kind, sub = rng.choice(types)
            day = start + dt.timedelta(days=i % 3000)
            w.writerow(
                [
                    f"DRC{i:07d}",
                    day.isoformat(),
                    day.year,
                    1,
                    "Political violence",
                    kind,
                    sub,
                    "Mai-Mai Militia",
                    "Civilians (DRC)",
                    rng.choice(provinces),
                    "Territory",
                    f"Village {i % 997}",
                    round(rng.uniform(-5, 1), 5),
                    round(rng.uniform(26, 28.5), 5),
                    rng.randint(1, 3),
                    "Radio Okapi",
                    f"Fictitious benchmark event {i}",
                    rng.randint(0, 9),
                ]
            )


def write_ucdp_csv(path: Path, n: int) -> None:
    """A UCDP GED file of ``n`` events in eastern DRC (fictitious), in GED's column
    layout and date format; one in ten known to the month or the year only."""
    import csv
    import datetime as dt
    import random

    rng = random.Random(9)
    sides = [
        ("Government of DR Congo (Zaire)", "M23"),
        ("ADF", "Civilians"),
        ("CODECO", "Civilians"),
        ("Mai-Mai Yakutumba", "Raia Mutomboki"),
    ]
    provinces = ["Sud-Kivu province", "Nord-Kivu province", "Ituri province", "Maniema province"]
    start = dt.date(2015, 1, 1)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(UCDP_HEADER)
        for i in range(n):
            side_a, side_b = rng.choice(sides)
            first = start + dt.timedelta(days=i % 3000)
            last = first + dt.timedelta(days=rng.choice((0, 0, 0, 1, 3)))
            prec = rng.choice((1, 1, 1, 1, 1, 1, 2, 3, 4, 5))
            lat, lon = round(rng.uniform(-5, 1), 5), round(rng.uniform(26, 28.5), 5)
            a, b, c = rng.randint(0, 5), rng.randint(0, 5), rng.randint(0, 9)
            row = {
                "id": 400000 + i,
                "relid": f"COD-{first.year}-1-{i}",
                "year": first.year,
                "active_year": 1,
                "code_status": "Clear",
                "type_of_violence": rng.randint(1, 3),
                "conflict_dset_id": 11345,
                "conflict_new_id": 11345,
                "conflict_name": "DR Congo (Zaire): Government",
                "dyad_dset_id": 12345,
                "dyad_new_id": 12345,
                "dyad_name": f"{side_a} - {side_b}",
                "side_a_dset_id": 1,
                "side_a_new_id": 1,
                "side_a": side_a,
                "side_b_dset_id": 2,
                "side_b_new_id": 2,
                "side_b": side_b,
                "number_of_sources": 2,
                "source_article": "Radio Okapi",
                "source_office": "",
                "source_date": "",
                "source_headline": "",
                "source_original": "",
                "where_prec": rng.randint(1, 7),
                "where_coordinates": f"Village {i % 997}",
                "where_description": f"near village {i % 997}",
                "adm_1": rng.choice(provinces),
                "adm_2": "Territory",
                "latitude": lat,
                "longitude": lon,
                "geom_wkt": f"POINT ({lon} {lat})",
                "priogrid_gid": 150000 + i % 500,
                "country": "DR Congo (Zaire)",
                "country_id": 490,
                "region": "Africa",
                "event_clarity": 1,
                "date_prec": prec,
                "date_start": f"{first.isoformat()} 00:00:00.000",
                "date_end": f"{last.isoformat()} 00:00:00.000",
                "deaths_a": a,
                "deaths_b": b,
                "deaths_civilians": c,
                "deaths_unknown": 0,
                "best": a + b + c,
                "high": a + b + c + 2,
                "low": a + b + c,
                "gwnoa": 490,
                "gwnob": "",
            }
            w.writerow([row[h] for h in UCDP_HEADER])


def write_junk_csv(path: Path, n: int) -> None:
    """ACLED's header over ``n`` rows of junk: words where dates and numbers belong."""
    import random

    rng = random.Random(11)
    words = ["lorem", "ipsum", "n/a", "??", "TBD", "#REF!", "null", "—", "x"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(",".join(HEADER) + "\n")
        for i in range(n):
            fh.write(",".join(f"{rng.choice(words)}{i % 97}" for _ in HEADER) + "\n")


def _speed(tmp_path: Path, layout: str, csv_path: Path, encrypted: bool, repeats: int) -> dict:
    key = KEY if encrypted else None
    ours, base = [], []
    for i in range(repeats):
        tag = f"{layout}-{'c' if encrypted else 'p'}{i}"
        ours.append(
            _run(
                _OURS.format(
                    root=str(ROOT), db=str(tmp_path / f"o-{tag}.sqlite"), csv=str(csv_path), key=key
                )
            )
        )
        base.append(
            _run(
                _PANDAS.format(
                    root=str(ROOT),
                    db=str(tmp_path / f"p-{tag}.sqlite"),
                    csv=str(csv_path),
                    write=True,
                    key=key,
                )
            )
        )
    ours_s = statistics.median(r["s"] for r in ours)
    base_s = statistics.median(r["s"] for r in base)
    kind = "encrypted SQLCipher" if encrypted else "plain SQLite"
    return {
        "name": f"exchange: import security events ({layout}, CSV, every check, {kind})",
        "n": ours[0]["rows"],
        "ours_s": ours_s,
        "baseline": f"pandas read_csv + to_sql (no checks, {kind})",
        "baseline_s": base_s,
        "ratio": base_s / ours_s,
        "note": f"{ours[0]['rows'] / ours_s:,.0f} rows/s; target ratio >= {TARGET_RATIO} "
        f"(within 2x); runs {_times(ours)} s vs {_times(base)} s; peak "
        f"{max(r['mb'] for r in ours):.0f} MB; load average "
        f"{os.getloadavg()[0]:.1f}",
    }


def run(quick: bool, junk: bool = True, encrypted: bool = True) -> list[dict]:
    n = 10_000 if quick else 100_000
    junk_n = 100_000 if quick else 1_000_000
    repeats = 3
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        tmp_path = Path(tmp)
        files = {"ACLED": tmp_path / "events.csv", "UCDP GED": tmp_path / "ged.csv"}
        write_events_csv(files["ACLED"], n)
        write_ucdp_csv(files["UCDP GED"], n)
        for kind in (False, True) if encrypted else (False,):
            for layout, path in files.items():
                results.append(_speed(tmp_path, layout, path, kind, repeats))
        if not junk:
            return results
        junk_path = tmp_path / "junk.csv"
        write_junk_csv(junk_path, junk_n)
        mine = _run(
            _OURS.format(
                root=str(ROOT), db=str(tmp_path / "junk.sqlite"), csv=str(junk_path), key=None
            )
        )
        plain = _run(
            _PANDAS.format(root=str(ROOT), db="", csv=str(junk_path), write=False, key=None)
        )
        assert mine["refused"], "the junk file was not refused"
        results.append(
            {
                "name": f"exchange: junk file refused ({junk_n:,} rows)",
                "n": junk_n,
                "ours_s": mine["s"],
                "baseline": "pandas read_csv of the same file",
                "baseline_s": plain["s"],
                "ratio": plain["s"] / mine["s"],
                "note": f"peak {mine['mb']:.0f} MB (budget {JUNK_BUDGET_MB}"
                f"{', within' if mine['mb'] < JUNK_BUDGET_MB else ', OVER'}); pandas peak "
                f"{plain['mb']:.0f} MB; {mine['rows']:,} rows rejected, nothing written",
            }
        )
    return results


if __name__ == "__main__":
    for row in run(
        "--quick" in sys.argv, junk="--no-junk" not in sys.argv, encrypted="--plain" not in sys.argv
    ):
        print(row)
