"""A national register of artisanal mine sites in the published IPIS open-data layout
(one row per visit), built with a fixed seed for the tests."""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

HEADERS = [
    "vid",
    "source",
    "project",
    "pcode",
    "name",
    "visit_date",
    "visit_onsite",
    "longitude",
    "latitude",
    "province",
    "territoire",
    "collectivite",
    "groupement",
    "village",
    "workers_numb",
    "pits_numb",
    "mineral1",
    "mineral2",
    "mineral3",
    "is_3t_mine",
    "is_gold_mine",
    "mercury",
    "armed_group1",
    "armed_group2",
    "interference",
    "child_labour",
    "itsci",
    "qualification",
]
PLACES = [
    ("Sud-Kivu", "Mwenga", 28.4, -3.2),
    ("Nord-Kivu", "Walikale", 27.9, -1.4),
    ("Maniema", "Pangi", 26.6, -3.1),
    ("Ituri", "Mambasa", 28.9, 1.3),
]
MINERALS = ["Or", "Cassitérite", "Coltan", "Wolframite"]


def register_rows(sites: int, visits_per_site: int = 2, seed: int = 13) -> list[list]:
    """``sites`` register sites with ``visits_per_site`` visits each (2009 to 2021)."""
    rnd = random.Random(seed)
    rows, vid = [], 0
    for k in range(sites):
        province, territory, lon0, lat0 = PLACES[k % len(PLACES)]
        lon, lat = lon0 + rnd.uniform(-0.5, 0.5), lat0 + rnd.uniform(-0.5, 0.5)
        for j in range(visits_per_site):
            vid += 1
            year = 2009 + (k + 4 * j) % 13
            day = dt.date(year, 1 + (k % 12), 1 + (j * 7) % 28)
            mineral = MINERALS[k % len(MINERALS)]
            armed = "FDLR" if (k + j) % 3 == 0 else ""
            rows.append(
                [
                    vid,
                    "IPIS",
                    f"IPIS - {year}",
                    f"codmine{k:05d}",
                    f"Site {k}",
                    f"{day.isoformat()}Z",
                    1,
                    round(lon, 6),
                    round(lat, 6),
                    province,
                    territory,
                    "",
                    "",
                    f"Village {k}",
                    50 + 10 * j + k,
                    5 + j,
                    mineral,
                    "",
                    "",
                    int(mineral != "Or"),
                    int(mineral == "Or"),
                    int(mineral == "Or"),
                    armed,
                    "",
                    int(bool(armed)),
                    int((k + j) % 4 == 0),
                    "",
                    "",
                ]
            )
    return rows


def write_register(
    path: Path, sites: int, visits_per_site: int = 2, rows: list[list] | None = None
) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerows(rows if rows is not None else register_rows(sites, visits_per_site))
    return path


def visit_row(
    vid: int,
    code: str,
    name: str,
    day: dt.date,
    lon: float,
    lat: float,
    mineral: str = "Or",
    armed_group: str = "",
    child: int = 0,
    workers: int = 100,
    province: str = "Sud-Kivu",
) -> list:
    """One visit in the published layout (for files with hand-placed sites)."""
    return [
        vid,
        "IPIS",
        f"IPIS - {day.year}",
        code,
        name,
        f"{day.isoformat()}Z",
        1,
        lon,
        lat,
        province,
        "Mwenga",
        "",
        "",
        "",
        workers,
        3,
        mineral,
        "",
        "",
        int(mineral != "Or"),
        int(mineral == "Or"),
        0,
        armed_group,
        "",
        int(bool(armed_group)),
        child,
        "",
        "",
    ]
