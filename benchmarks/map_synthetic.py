"""Synthetic programmes for the map benchmarks: many sites, incidents and security events.

Rows are written with plain ``executemany`` (no ORM, no sync outbox) so that a
million incidents take seconds, not minutes. Sites cluster around the
programme's four regions; incidents cluster around their sites (a quarter with
their own location within ~20 km); security events are spread over the east.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import numpy as np
from sqlalchemy import select

from bm_desktop.db.engine import Database, open_database
from bm_desktop.db.models import Country, Mineral, ProgrammeRegion, RiskArea
from bm_desktop.db.reference_data import seed_reference_data

REGION_CENTRES = {  # lon, lat, spread (degrees)
    "Eastern DRC": (28.2, -2.5, 1.6),
    "Lualaba": (25.5, -10.7, 0.6),
    "Haut-Katanga": (27.3, -11.4, 0.6),
    "Rwanda": (29.9, -1.9, 0.4),
}
EVENT_TYPES = [
    "Battles",
    "Violence against civilians",
    "Explosions/Remote violence",
    "Riots",
    "Protests",
    "Strategic developments",
]
START = dt.date(2021, 4, 1)
DAYS = 365


def _ids(n: int) -> list[str]:
    return [uuid.uuid4().hex for _ in range(n)]


def _dates(days: np.ndarray) -> list[str]:
    base = np.datetime64(START, "D")
    return (base + days.astype("timedelta64[D]")).astype(str).tolist()


def build_synthetic_db(
    path: Path, n_sites: int, n_incidents: int, n_events: int, seed: int = 1
) -> Database:
    """A database with reference data and the given numbers of rows (returned open)."""
    rng = np.random.default_rng(seed)
    db = open_database(path)
    with db.sessions.begin() as s:
        seed_reference_data(s)
    with db.sessions() as s:
        regions = {r.name: (r.id.hex, r.country_id.hex) for r in s.scalars(select(ProgrammeRegion))}
        areas = [a.id.hex for a in s.scalars(select(RiskArea))]
        minerals = {m.code: m.id.hex for m in s.scalars(select(Mineral))}
        _ = s.scalars(select(Country)).all()
    names = list(REGION_CENTRES)
    region_of = rng.integers(0, len(names), n_sites)
    centre = np.array([REGION_CENTRES[names[r]] for r in region_of])
    s_lon = centre[:, 0] + rng.normal(0, 1, n_sites) * centre[:, 2]
    s_lat = centre[:, 1] + rng.normal(0, 1, n_sites) * centre[:, 2]
    site_ids = _ids(n_sites)
    statuses = rng.choice(["active", "active", "active", "inactive", "suspended"], n_sites)
    stamp = "0000000000000-0000-synthetic"
    site_rows = [
        (
            sid,
            stamp,
            "bench",
            False,
            f"S{i:06d}",
            f"Site {i}",
            float(s_lon[i]),
            float(s_lat[i]),
            regions[names[region_of[i]]][1],
            regions[names[region_of[i]]][0],
            str(statuses[i]),
        )
        for i, sid in enumerate(site_ids)
    ]
    mineral_rows = []
    for i, sid in enumerate(site_ids):
        region = names[region_of[i]]
        codes = (
            ["cobalt", "copper"]
            if region in ("Lualaba", "Haut-Katanga")
            else list(
                rng.choice(
                    ["gold", "tin", "tantalum", "tungsten"],
                    1 + int(rng.integers(0, 2)),
                    replace=False,
                )
            )
        )
        for rank, code in enumerate(codes, 1):
            mineral_rows.append(
                (uuid.uuid4().hex, stamp, "bench", False, sid, minerals[code], rank)
            )
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.executemany(
            "INSERT INTO sites (id, updated_at, updated_by, deleted, code, name, longitude, "
            "latitude, country_id, region_id, status) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            site_rows,
        )
        cur.executemany(
            "INSERT INTO site_minerals (id, updated_at, updated_by, deleted, site_id, mineral_id, "
            "rank) VALUES (?,?,?,?,?,?,?)",
            mineral_rows,
        )
        chunk = 200_000
        for start in range(0, n_incidents, chunk):
            n = min(chunk, n_incidents - start)
            site = rng.integers(0, n_sites, n)
            own = rng.random(n) < 0.25
            lon = np.where(own, s_lon[site] + rng.normal(0, 0.12, n), np.nan)
            lat = np.where(own, s_lat[site] + rng.normal(0, 0.12, n), np.nan)
            days = _dates(rng.integers(0, DAYS, n))
            sev = rng.choice([1, 2, 3, 4], n, p=[0.3, 0.4, 0.2, 0.1])
            ver = rng.choice(["reported", "verified", "rejected"], n, p=[0.3, 0.65, 0.05])
            area = rng.integers(0, len(areas), n)
            rows = [
                (
                    uuid.uuid4().hex,
                    stamp,
                    "bench",
                    False,
                    site_ids[site[k]],
                    days[k],
                    days[k],
                    "monitor",
                    areas[area[k]],
                    int(sev[k]),
                    "",
                    0,
                    None if not own[k] else float(lon[k]),
                    None if not own[k] else float(lat[k]),
                    str(ver[k]),
                )
                for k in range(n)
            ]
            cur.executemany(
                "INSERT INTO incidents (id, updated_at, updated_by, deleted, site_id, occurred_on, "
                "reported_on, source, risk_area_id, severity, description, minors_involved, "
                "longitude, latitude, verification) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
        e_lon = rng.uniform(26.5, 30.5, n_events)
        e_lat = rng.uniform(-5.0, 2.0, n_events)
        e_days = _dates(rng.integers(0, DAYS, n_events))
        e_type = rng.integers(0, len(EVENT_TYPES), n_events)
        fatalities = rng.geometric(0.3, n_events) - 1
        cur.executemany(
            "INSERT INTO security_events (id, updated_at, updated_by, deleted, source, source_id, "
            "date_start, date_end, date_precision, longitude, latitude, geo_precision, "
            "event_type, location, fatalities) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    uuid.uuid4().hex,
                    stamp,
                    "bench",
                    False,
                    "acled",
                    f"B{k}",
                    e_days[k],
                    e_days[k],
                    1,
                    float(e_lon[k]),
                    float(e_lat[k]),
                    1,
                    EVENT_TYPES[e_type[k]],
                    f"Place {k}",
                    int(fatalities[k]),
                )
                for k in range(n_events)
            ],
        )
        raw.commit()
    finally:
        raw.close()
    return db


def add_incidents_sql(db: Database, n: int) -> None:
    """Add ``n`` incidents in one SQL statement (a recursive CTE inside SQLite), for the
    million-incident memory benchmark: seconds instead of a minute of executemany.
    Incidents go to random sites on random days of the year; one in four gets its own
    location within ~0.2 degrees of its site."""
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA synchronous=OFF")
        cur.execute("PRAGMA cache_size=-400000")
        cur.execute(
            "CREATE TEMP TABLE s AS SELECT row_number() OVER () - 1 AS k, id, longitude, "
            "latitude FROM sites"
        )
        cur.execute(
            "CREATE TEMP TABLE a AS SELECT row_number() OVER () - 1 AS k, id FROM risk_areas"
        )
        indexes = cur.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
            "tbl_name = 'incidents' AND sql IS NOT NULL"
        ).fetchall()
        for name, _sql in indexes:  # rebuilt once at the end: much faster than row by row
            cur.execute(f'DROP INDEX "{name}"')
        (n_sites,) = cur.execute("SELECT count(*) FROM s").fetchone()
        (n_areas,) = cur.execute("SELECT count(*) FROM a").fetchone()
        cur.execute(f"""
            WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < {n - 1}),
            r AS (SELECT i, abs(random()) % {n_sites} AS sk, abs(random()) % {n_areas} AS ak,
                         abs(random()) % {DAYS} AS day, abs(random()) % 100 AS p FROM c)
            INSERT INTO incidents (id, updated_at, updated_by, deleted, site_id, occurred_on,
                reported_on, source, risk_area_id, severity, description, minors_involved,
                longitude, latitude, verification)
            SELECT printf('%08x%024x', r.i, r.i), '0000000000000-0000-synthetic', 'bench', 0, s.id,
                   date('{START.isoformat()}', '+' || r.day || ' days'),
                   date('{START.isoformat()}', '+' || r.day || ' days'), 'monitor', a.id,
                   1 + r.p % 4, '', 0,
                   CASE WHEN r.p < 25 THEN s.longitude + (r.p - 12) * 0.015 END,
                   CASE WHEN r.p < 25 THEN s.latitude + (r.p % 7 - 3) * 0.03 END,
                   CASE WHEN r.p < 60 THEN 'verified' WHEN r.p < 95 THEN 'reported'
                        ELSE 'rejected' END
            FROM r JOIN s ON s.k = r.sk JOIN a ON a.k = r.ak ORDER BY r.i""")
        for _name, sql in indexes:
            cur.execute(sql)
        raw.commit()
    finally:
        raw.close()


def synthetic_map_data(n_sites: int, n_incidents: int, n_events: int, seed: int = 1):  # noqa: ANN201
    """The map's columns (:class:`bm_desktop.services.map_data.MapData`) built in memory,
    for benchmarks that time the filters, the density and the drawing but not the reading."""
    from bm_desktop.domain.taxonomy import RISK_AREAS, RISK_CATEGORIES
    from bm_desktop.geo.projection import lonlat_to_mercator
    from bm_desktop.services.map_data import EventTable, IncidentTable, MapData, SiteTable

    rng = np.random.default_rng(seed)
    names = list(REGION_CENTRES)
    region = rng.integers(0, len(names), n_sites).astype(np.int16)
    centre = np.array([REGION_CENTRES[names[r]] for r in region])
    lon = centre[:, 0] + rng.normal(0, 1, n_sites) * centre[:, 2]
    lat = centre[:, 1] + rng.normal(0, 1, n_sites) * centre[:, 2]
    x, y = lonlat_to_mercator(lon, lat)
    mineral_codes = ["cobalt", "copper", "gold", "tantalum", "tin", "tungsten"]
    cobalt = np.isin(region, [names.index("Lualaba"), names.index("Haut-Katanga")])
    minerals = [
        ("cobalt", "copper") if c else ("gold",) if rng.random() < 0.4 else ("tin", "tantalum")
        for c in cobalt
    ]
    bits = np.array(
        [sum(1 << mineral_codes.index(m) for m in ms) for ms in minerals], dtype=np.uint8
    )
    ids = [uuid.UUID(int=i + 1) for i in range(n_sites)]
    sites = SiteTable(
        ids=ids,
        codes=[f"S{i:06d}" for i in range(n_sites)],
        names=[f"Site {i}" for i in range(n_sites)],
        lon=lon,
        lat=lat,
        x=x,
        y=y,
        region=region,
        region_names=names,
        province=[None] * n_sites,
        status=rng.choice(["active", "active", "inactive", "suspended"], n_sites).astype("<U12"),
        minerals=minerals,
        mineral_bits=bits,
        mineral_codes=mineral_codes,
        group=np.where(cobalt, "cobalt_copper", "3TG").astype("<U14"),
        operator=[None] * n_sites,
        miners=[None] * n_sites,
        index={sid: i for i, sid in enumerate(ids)},
    )
    site = rng.integers(0, n_sites, n_incidents).astype(np.int32)
    own = rng.random(n_incidents) < 0.25
    ix = np.where(own, x[site] + rng.normal(0, 15_000, n_incidents), x[site])
    iy = np.where(own, y[site] + rng.normal(0, 15_000, n_incidents), y[site])
    start = (START - dt.date(1970, 1, 1)).days
    incidents = IncidentTable(
        x=ix,
        y=iy,
        day=(start + rng.integers(0, DAYS, n_incidents)).astype(np.int32),
        severity=rng.choice([1, 2, 3, 4], n_incidents, p=[0.3, 0.4, 0.2, 0.1]).astype(np.int8),
        area=rng.integers(0, len(RISK_AREAS), n_incidents).astype(np.int16),
        verified=rng.random(n_incidents) < 0.7,
        site=site,
        own_location=own,
    )
    e_lon = rng.uniform(26.5, 30.5, n_events)
    e_lat = rng.uniform(-5.0, 2.0, n_events)
    ex, ey = lonlat_to_mercator(e_lon, e_lat)
    e_day = (start + rng.integers(0, DAYS, n_events)).astype(np.int32)
    events = EventTable(
        ids=[uuid.UUID(int=i + 1) for i in range(n_events)],
        lon=e_lon,
        lat=e_lat,
        x=ex,
        y=ey,
        start=e_day,
        end=e_day,
        unit=np.zeros(n_events, dtype=np.int8),
        type=rng.integers(0, len(EVENT_TYPES), n_events).astype(np.int16),
        type_names=sorted(EVENT_TYPES),
        fatalities=(rng.geometric(0.3, n_events) - 1).astype(np.int32),
        sub_type=[None] * n_events,
        location=[None] * n_events,
        actors=[""] * n_events,
        notes=[None] * n_events,
    )
    categories = [code for code, _en, _fr in RISK_CATEGORIES]
    return MapData(
        sites=sites,
        incidents=incidents,
        events=events,
        area_codes=[a.code for a in RISK_AREAS],
        area_category=np.array([categories.index(a.category) for a in RISK_AREAS], dtype=np.int16),
        category_codes=categories,
    )
