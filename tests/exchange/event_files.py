"""Security-event files in the layouts they are published in, built by the tests.

ACLED's export columns and UCDP GED's (version 23.1 and later) are listed in
full, in their published order, so detection and parsing meet the real layouts;
the tracker export is a month-first sheet such as an incident tracker writes.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
UCDP_COLUMNS = [
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
]
TRACKER_COLUMNS = ["Incident ID", "Date", "Type", "Lat", "Lon", "Province", "Description"]


def acled(n: int, day: dt.date | str, **changes: Any) -> dict[str, Any]:
    row = {c: "" for c in ACLED_COLUMNS}
    row.update(
        {
            "event_id_cnty": f"DRC{30000 + n}",
            "event_date": day if isinstance(day, str) else day.isoformat(),
            "year": str(day)[:4],
            "time_precision": 1,
            "disorder_type": "Political violence",
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
            "actor1": "CODECO: Cooperative for Development of Congo",
            "inter1": 3,
            "actor2": "Civilians (Democratic Republic of Congo)",
            "inter2": 7,
            "interaction": 37,
            "iso": 180,
            "region": "Middle Africa",
            "country": "Democratic Republic of Congo",
            "admin1": "Ituri",
            "admin2": "Djugu",
            "location": f"Village {n}",
            "latitude": f"{1.55 + n / 1000:.4f}",
            "longitude": f"{30.25 + n / 1000:.4f}",
            "geo_precision": 1,
            "source": "Radio Okapi",
            "source_scale": "National",
            "notes": f"Event {n}.",
            "fatalities": n % 4,
            "timestamp": 1700000000,
        }
    )
    row.update(changes)
    return row


def ucdp(
    n: int, start: str, end: str, *, prec: int = 1, kind: int = 3, **changes: Any
) -> dict[str, Any]:
    row = {c: "" for c in UCDP_COLUMNS}
    row.update(
        {
            "id": 400000 + n,
            "relid": f"COD-2023-1-{n}",
            "year": start[:4] or changes.get("year"),
            "active_year": 1,
            "code_status": "Clear",
            "type_of_violence": kind,
            "conflict_name": "DR Congo (Zaire): Government",
            "side_a": "Government of DR Congo (Zaire)",
            "side_b": "M23",
            "number_of_sources": 2,
            "where_prec": 1,
            "where_coordinates": f"Village {n}",
            "where_description": f"near village {n}",
            "adm_1": "Nord-Kivu province",
            "adm_2": "Rutshuru territory",
            "latitude": -1.2 - n / 1000,
            "longitude": 29.4 + n / 1000,
            "geom_wkt": f"POINT ({29.4 + n / 1000} {-1.2 - n / 1000})",
            "country": "DR Congo (Zaire)",
            "country_id": 490,
            "region": "Africa",
            "event_clarity": 1,
            "date_prec": prec,
            "date_start": start,
            "date_end": end,
            "deaths_a": 1,
            "deaths_b": 2,
            "deaths_civilians": 0,
            "deaths_unknown": 0,
            "best": 3,
            "high": 5,
            "low": 3,
            "gwnoa": 490,
            "gwnob": "",
        }
    )
    row.update(changes)
    return row


def tracker(n: int, date: str, **changes: Any) -> dict[str, Any]:
    row = {
        "Incident ID": f"TRK-{n:04d}",
        "Date": date,
        "Type": "Illegal taxation",
        "Lat": f"{-2.5 - n / 1000:.4f}",
        "Lon": f"{28.8 + n / 1000:.4f}",
        "Province": "Sud-Kivu",
        "Description": f"Checkpoint {n}",
    }
    row.update(changes)
    return row


def write(
    path: Path, columns: list[str], rows: list[dict[str, Any]], encoding: str = "utf-8"
) -> Path:
    with open(path, "w", newline="", encoding=encoding) as fh:
        w = csv.DictWriter(fh, columns)
        w.writeheader()
        w.writerows(rows)
    return path
