"""What the map's layers draw, as numpy columns, and the filters applied to them.

:func:`load_map_data` reads every site, counted incident and security event
once into columnar arrays (Web Mercator x/y included); a filter change is then
a few vectorised masks over those arrays, not a new database query, so the map
follows the Filters dock at once even with a million incidents. The arrays are
read again when the data change (``DataChanged``).

The counting rules are those of :mod:`bm_desktop.domain.kpi` and
:func:`bm_desktop.services.sites.list_sites`: rejected and deleted incidents
never count; an incident belongs to a period by the day it occurred; an
incident without its own coordinates is placed at its site.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import String, func, select, type_coerce

from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    Incident,
    Mineral,
    ProgrammeRegion,
    Province,
    RiskArea,
    RiskCategory,
    SecurityEvent,
    Site,
    SiteMineral,
)
from bm_desktop.domain.event_dates import DAY, MONTH, YEAR
from bm_desktop.domain.filters import FilterState
from bm_desktop.domain.kpi import COUNTED_VERIFICATIONS
from bm_desktop.geo.projection import lonlat_to_mercator

EPOCH = dt.date(1970, 1, 1)
Progress = Callable[[int, int, str], None]
CHUNK = 100_000  # rows fetched at a time: bounded memory on big databases


def day_number(day: dt.date) -> int:
    """Days since 1970-01-01 (how dates are stored in the columns)."""
    return (day - EPOCH).days


def _days(values: Sequence[str]) -> np.ndarray:
    """ISO dates ('2021-04-01') -> int32 days since 1970-01-01."""
    return np.array(values, dtype="datetime64[D]").astype(np.int32)


@dataclass
class SiteTable:
    """Every site (not deleted), ordered by code; row ``i`` is site ``ids[i]``."""

    ids: list[uuid.UUID]
    codes: list[str]
    names: list[str]
    lon: np.ndarray
    lat: np.ndarray
    x: np.ndarray
    y: np.ndarray
    region: np.ndarray  # int16 index into region_names (-1: none)
    region_names: list[str]
    province: list[str | None]
    status: np.ndarray  # str: active / inactive / suspended
    minerals: list[tuple[str, ...]]  # mineral codes, main mineral first
    mineral_bits: np.ndarray  # uint8, bit i = mineral_codes[i]
    mineral_codes: list[str]
    group: np.ndarray  # str: "3TG", "cobalt_copper", "mixed" or ""
    operator: list[str | None]
    miners: list[int | None]
    index: dict[uuid.UUID, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def multi_mineral(self) -> np.ndarray:
        """True for sites producing more than one mineral."""
        return np.array([len(m) > 1 for m in self.minerals], dtype=bool)


@dataclass
class IncidentTable:
    """Counted incidents (not rejected, not deleted), one row each."""

    x: np.ndarray  # float64, own location or the site's
    y: np.ndarray
    day: np.ndarray  # int32, day occurred (days since 1970-01-01)
    severity: np.ndarray  # int8, 1..4
    area: np.ndarray  # int16 index into area_codes
    verified: np.ndarray  # bool
    site: np.ndarray  # int32 index into the SiteTable
    own_location: np.ndarray  # bool: the incident has its own coordinates

    def __len__(self) -> int:
        return len(self.day)

    @property
    def nbytes(self) -> int:
        return sum(
            a.nbytes
            for a in (
                self.x,
                self.y,
                self.day,
                self.severity,
                self.area,
                self.verified,
                self.site,
                self.own_location,
            )
        )


UNIT_CODES = {DAY: 0, MONTH: 1, YEAR: 2}


@dataclass
class EventTable:
    """Security events (not deleted)."""

    ids: list[uuid.UUID]
    lon: np.ndarray
    lat: np.ndarray
    x: np.ndarray
    y: np.ndarray
    start: np.ndarray  # int32 days
    end: np.ndarray
    unit: np.ndarray  # int8: 0 day, 1 month, 2 year (what is known of the date)
    type: np.ndarray  # int16 index into type_names
    type_names: list[str]
    fatalities: np.ndarray  # int32
    sub_type: list[str | None]
    location: list[str | None]
    actors: list[str]
    notes: list[str | None]

    def __len__(self) -> int:
        return len(self.start)


@dataclass
class MapData:
    """The arrays behind the map, with the taxonomy needed to apply the filters."""

    sites: SiteTable
    incidents: IncidentTable
    events: EventTable
    area_codes: list[str]
    area_category: np.ndarray  # int16 index into category_codes, per area
    category_codes: list[str]

    # -- filters -> masks --------------------------------------------------------------
    def site_mask(self, f: FilterState) -> np.ndarray:
        """Sites that pass the site filters (region, province, site status, mineral)."""
        s = self.sites
        mask = np.ones(len(s), dtype=bool)
        if f.regions:
            wanted = [i for i, n in enumerate(s.region_names) if n in f.regions]
            mask &= np.isin(s.region, wanted)
        if f.provinces:
            mask &= np.array([p in f.provinces for p in s.province], dtype=bool)
        if f.site_statuses:
            mask &= np.isin(s.status, sorted(f.site_statuses))
        if f.minerals:
            bits = 0
            for i, code in enumerate(s.mineral_codes):
                if code in f.minerals:
                    bits |= 1 << i
            mask &= (s.mineral_bits & bits) != 0
        return mask

    def area_mask(self, f: FilterState) -> np.ndarray:
        """Risk areas that pass the risk category and risk area filters."""
        lut = np.ones(len(self.area_codes), dtype=bool)
        if f.risk_areas:
            lut &= np.isin(np.array(self.area_codes, dtype=object), sorted(f.risk_areas))
        if f.risk_categories:
            wanted = [i for i, c in enumerate(self.category_codes) if c in f.risk_categories]
            lut &= np.isin(self.area_category, wanted)
        return lut

    def incident_mask(self, f: FilterState, sites_ok: np.ndarray | None = None) -> np.ndarray:
        """Incidents under every filter (period, taxonomy, severity, verification, sites)."""
        inc = self.incidents
        if sites_ok is None:
            sites_ok = self.site_mask(f)
        mask = (inc.day >= day_number(f.start)) & (inc.day <= day_number(f.end))
        if not sites_ok.all():
            mask &= sites_ok[inc.site]
        if f.verified_only:
            mask &= inc.verified
        if f.severities:
            lut = np.zeros(256, dtype=bool)
            lut[[s for s in f.severities if 0 <= s < 256]] = True
            mask &= lut[inc.severity.astype(np.uint8)]
        if f.risk_areas or f.risk_categories:
            mask &= self.area_mask(f)[inc.area]
        return mask

    def site_incident_counts(self, f: FilterState) -> np.ndarray:
        """Incidents per site under the filters (0 for sites the filters hide)."""
        mask = self.incident_mask(f)
        return np.bincount(self.incidents.site[mask], minlength=len(self.sites))

    def incident_points(self, f: FilterState) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """x, y (Web Mercator metres) and severity of the incidents under the filters."""
        mask = self.incident_mask(f)
        inc = self.incidents
        return inc.x[mask], inc.y[mask], inc.severity[mask]

    def event_mask(self, f: FilterState) -> np.ndarray:
        """Security events counted in the filter period: day-dated ones that touch it,
        month- or year-dated ones whose whole month or year it holds (the rule of
        :mod:`bm_desktop.db.event_filters`)."""
        ev = self.events
        first, last = day_number(f.start), day_number(f.end)
        touches = (ev.start <= last) & (ev.end >= first)
        within = (ev.start >= first) & (ev.end <= last)
        return np.where(ev.unit == 0, touches, within)


# -- loading ---------------------------------------------------------------------------


def _hex(column):  # noqa: ANN001, ANN202  (a column expression)
    """A UUID column read as its stored text, skipping 1M uuid.UUID constructions."""
    return type_coerce(column, String)


def _load_sites(s) -> SiteTable:  # noqa: ANN001
    regions = [
        (r.id, r.name) for r in s.scalars(select(ProgrammeRegion).order_by(ProgrammeRegion.name))
    ]
    region_index = {rid: i for i, (rid, _) in enumerate(regions)}
    provinces = dict(s.execute(select(Province.id, Province.name)).all())
    mineral_rows = list(s.execute(select(Mineral.code, Mineral.group).order_by(Mineral.code)))
    mineral_codes = [code for code, _ in mineral_rows]
    mineral_group = dict(mineral_rows)
    per_site: dict[uuid.UUID, list[tuple[int, str]]] = {}
    for site_id, rank, code in s.execute(
        select(SiteMineral.site_id, SiteMineral.rank, Mineral.code)
        .join(Mineral, Mineral.id == SiteMineral.mineral_id)
        .where(SiteMineral.deleted.is_(False))
    ):
        per_site.setdefault(site_id, []).append((rank, code))
    rows = list(s.scalars(select(Site).where(Site.deleted.is_(False)).order_by(Site.code)))
    minerals = [tuple(code for _, code in sorted(per_site.get(r.id, []))) for r in rows]
    bits = np.zeros(len(rows), dtype=np.uint8)
    groups = []
    for i, codes in enumerate(minerals):
        for code in codes:
            bits[i] |= 1 << mineral_codes.index(code)
        g = {mineral_group[c] for c in codes}
        groups.append(g.pop() if len(g) == 1 else ("mixed" if g else ""))
    lon = np.array([r.longitude for r in rows], dtype=np.float64)
    lat = np.array([r.latitude for r in rows], dtype=np.float64)
    x, y = lonlat_to_mercator(lon, lat)
    ids = [r.id for r in rows]
    return SiteTable(
        ids=ids,
        codes=[r.code for r in rows],
        names=[r.name for r in rows],
        lon=lon,
        lat=lat,
        x=x,
        y=y,
        region=np.array([region_index.get(r.region_id, -1) for r in rows], dtype=np.int16),
        region_names=[n for _, n in regions],
        province=[provinces.get(r.province_id) for r in rows],
        status=np.array([r.status for r in rows], dtype="<U12"),
        minerals=minerals,
        mineral_bits=bits,
        mineral_codes=mineral_codes,
        group=np.array(groups, dtype="<U14"),
        operator=[r.operator for r in rows],
        miners=[r.miners_total for r in rows],
        index={sid: i for i, sid in enumerate(ids)},
    )


def _incident_rows(s, stmt):  # noqa: ANN001, ANN202
    """Chunks of raw rows. On SQLite the statement runs on the DBAPI cursor: a million
    incidents then cost one tuple each instead of one SQLAlchemy ``Row`` each (4x faster)."""
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        cursor = conn.connection.driver_connection.cursor()
        try:
            cursor.execute(sql)
            while rows := cursor.fetchmany(CHUNK):
                yield rows
        finally:
            cursor.close()
    else:
        yield from s.execute(stmt.execution_options(yield_per=CHUNK)).partitions(CHUNK)


def _load_incidents(
    s,
    sites: SiteTable,
    area_index: dict[str, int],  # noqa: ANN001
    progress: Progress | None = None,
) -> IncidentTable:
    site_index = {sid.hex: i for i, sid in enumerate(sites.ids)}
    stmt = select(
        _hex(Incident.site_id),
        type_coerce(Incident.occurred_on, String),
        Incident.severity,
        _hex(Incident.risk_area_id),
        Incident.verification == "verified",
        Incident.longitude,
        Incident.latitude,
    ).where(Incident.deleted.is_(False), Incident.verification.in_(COUNTED_VERIFICATIONS))
    parts: list[tuple[np.ndarray, ...]] = []
    done = 0
    total = 0
    if progress is not None:
        total = int(s.scalar(select(func.count()).select_from(Incident)) or 0)
    for chunk in _incident_rows(s, stmt):
        site_col, day_col, sev_col, area_col, ver_col, lon_col, lat_col = zip(*chunk, strict=True)
        parts.append(
            (
                np.array([site_index.get(h, -1) for h in site_col], dtype=np.int32),
                _days(day_col),
                np.array(sev_col, dtype=np.int8),
                np.array([area_index.get(h, -1) for h in area_col], dtype=np.int16),
                np.array(ver_col, dtype=bool),
                np.array(lon_col, dtype=np.float64),
                np.array(lat_col, dtype=np.float64),
            )
        )
        done += len(chunk)
        if progress is not None:
            progress(done, total, "")
    if parts:
        site, day, sev, area, verified, lon, lat = (
            np.concatenate(c) for c in zip(*parts, strict=True)
        )
    else:
        site, day = np.zeros(0, np.int32), np.zeros(0, np.int32)
        sev, area = np.zeros(0, np.int8), np.zeros(0, np.int16)
        verified = np.zeros(0, bool)
        lon, lat = np.zeros(0), np.zeros(0)
    keep = site >= 0  # incidents of deleted sites are not shown
    if not keep.all():
        site, day, sev, area, verified, lon, lat = (
            a[keep] for a in (site, day, sev, area, verified, lon, lat)
        )
    own = np.isfinite(lon) & np.isfinite(lat)
    lon = np.where(own, lon, sites.lon[site] if len(site) else lon)
    lat = np.where(own, lat, sites.lat[site] if len(site) else lat)
    x, y = lonlat_to_mercator(lon, lat)
    return IncidentTable(
        x=x, y=y, day=day, severity=sev, area=area, verified=verified, site=site, own_location=own
    )


def _load_events(s) -> EventTable:  # noqa: ANN001
    rows = list(
        s.execute(
            select(
                SecurityEvent.id,
                SecurityEvent.longitude,
                SecurityEvent.latitude,
                type_coerce(SecurityEvent.date_start, String),
                type_coerce(SecurityEvent.date_end, String),
                SecurityEvent.event_type,
                SecurityEvent.fatalities,
                SecurityEvent.sub_event_type,
                SecurityEvent.location,
                SecurityEvent.actor1,
                SecurityEvent.actor2,
                SecurityEvent.notes,
                SecurityEvent.date_unit,
            )
            .where(SecurityEvent.deleted.is_(False))
            .order_by(SecurityEvent.date_start)
        )
    )
    cols: list[Any] = list(zip(*rows, strict=True)) if rows else [[] for _ in range(13)]
    type_names = sorted(set(cols[5]))
    type_index = {t: i for i, t in enumerate(type_names)}
    lon = np.array(cols[1], dtype=np.float64)
    lat = np.array(cols[2], dtype=np.float64)
    x, y = lonlat_to_mercator(lon, lat)
    return EventTable(
        ids=list(cols[0]),
        lon=lon,
        lat=lat,
        x=x,
        y=y,
        start=_days(list(cols[3])),
        end=_days(list(cols[4])),
        unit=np.array([UNIT_CODES.get(u, 0) for u in cols[12]], dtype=np.int8),
        type=np.array([type_index[t] for t in cols[5]], dtype=np.int16),
        type_names=type_names,
        fatalities=np.array([f or 0 for f in cols[6]], dtype=np.int32),
        sub_type=list(cols[7]),
        location=list(cols[8]),
        actors=[
            " / ".join(a for a in (a1, a2) if a) for a1, a2 in zip(cols[9], cols[10], strict=True)
        ],
        notes=list(cols[11]),
    )


def load_map_data(db: Database, progress: Progress | None = None) -> MapData:
    """Read sites, counted incidents and security events into columns (one read-only session).

    ``progress(done, total, message)`` follows the incidents read (the worker convention).
    """
    with db.sessions() as s:
        categories = list(
            s.execute(
                select(RiskCategory.id, RiskCategory.code).order_by(
                    RiskCategory.sort_order, RiskCategory.code
                )
            )
        )
        category_index = {cid: i for i, (cid, _) in enumerate(categories)}
        areas = list(
            s.execute(
                select(RiskArea.id, RiskArea.code, RiskArea.category_id).order_by(
                    RiskArea.sort_order, RiskArea.code
                )
            )
        )
        area_index = {aid.hex: i for i, (aid, _, _) in enumerate(areas)}
        sites = _load_sites(s)
        incidents = _load_incidents(s, sites, area_index, progress)
        events = _load_events(s)
    return MapData(
        sites=sites,
        incidents=incidents,
        events=events,
        area_codes=[code for _, code, _ in areas],
        area_category=np.array([category_index.get(c, -1) for _, _, c in areas], dtype=np.int16),
        category_codes=[code for _, code in categories],
    )


# -- density image ------------------------------------------------------------------------


@dataclass(frozen=True)
class DensityImage:
    """A coloured density grid, ready to be drawn over ``extent`` (Web Mercator)."""

    rgba: np.ndarray  # (ny, nx, 4) uint8, rows from south to north
    extent: tuple[float, float, float, float]
    peak: float  # highest density inside the view (per 100 km²)
    points: int


def density_image(
    md: MapData,
    filters: FilterState,
    view: tuple[float, float, float, float],
    bandwidth_km: float,
    weighted: bool,
    ramp: np.ndarray,
) -> DensityImage:
    """The incident density under the filters for a view (x_min, y_min, x_max, y_max):
    mask, bin, smooth, colour. Scaled so the densest place in the view is the top colour."""
    from bm_desktop.geo.density import density_rgba, grid_for_view, incident_density

    x, y, severity = md.incident_points(filters)
    spec = grid_for_view(*view, bandwidth_km=bandwidth_km)
    grid = incident_density(
        x, y, spec, bandwidth_km, weights=severity.astype(np.float64) if weighted else None
    )
    ix0 = max(int((view[0] - spec.x0) / spec.cell), 0)
    ix1 = min(int(np.ceil((view[2] - spec.x0) / spec.cell)), spec.nx)
    iy0 = max(int((view[1] - spec.y0) / spec.cell), 0)
    iy1 = min(int(np.ceil((view[3] - spec.y0) / spec.cell)), spec.ny)
    inside = grid.values[iy0:iy1, ix0:ix1]
    peak = float(inside.max()) if inside.size else 0.0
    return DensityImage(density_rgba(grid.values, peak, ramp), spec.extent, peak, grid.points)
