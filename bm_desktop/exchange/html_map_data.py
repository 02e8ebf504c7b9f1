"""What the offline HTML map shows, gathered from the services (no Qt, no HTML).

The same figures as the window: sites, counted incidents and security events come
from :func:`~bm_desktop.services.map_data.load_map_data` and its filter masks, action
figures from :func:`~bm_desktop.services.site_details.site_action_figures` (the KPI
rules), alerts from :func:`~bm_desktop.services.security_alerts.security_alerts`, the
density from our own density grid. The background is the basemap GeoPackages, cut to
the map's extent and simplified to what a screen can show.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

import numpy as np
import shapely
from sqlalchemy import select

from bm_desktop.db.engine import Database
from bm_desktop.db.models import CapMeeting, Mineral
from bm_desktop.domain import colours
from bm_desktop.domain.enums import MeetingStatus
from bm_desktop.domain.filters import FilterState
from bm_desktop.geo import basemap
from bm_desktop.geo.density import DEFAULT_BANDWIDTH_KM, ramp_from_stops
from bm_desktop.geo.projection import lonlat_to_mercator, mercator_to_lonlat
from bm_desktop.services import kpis
from bm_desktop.services.map_data import density_image, load_map_data
from bm_desktop.services.reference_layers import UNKNOWN, YES, list_layers, load_reference_sites
from bm_desktop.services.security_alerts import SecurityAlert, security_alerts
from bm_desktop.services.site_details import SiteActionFigures, site_action_figures

MARGIN_DEG = 0.6  # around the sites, so the nearest towns and borders show
MIN_TOWN_POPULATION = 20_000


@dataclass(frozen=True)
class MapSite:
    """One programme site with its figures for the period."""

    code: str
    name: str
    region: str
    province: str | None
    lon: float
    lat: float
    status: str
    incidents: int
    actions: SiteActionFigures
    next_meeting: dt.date | None


@dataclass(frozen=True)
class MapEvent:
    lon: float
    lat: float
    start: dt.date
    end: dt.date
    kind: str
    location: str | None
    actors: str
    fatalities: int


@dataclass(frozen=True)
class MapReferenceSite:
    """A site of a reference layer (a national register): context, not a programme site."""

    code: str
    name: str
    lon: float
    lat: float
    minerals: tuple[str, ...]  # names in the map's language (the register's word if unknown)
    last_year: int | None
    armed: bool | None  # None: the register does not say
    child: bool | None


@dataclass(frozen=True)
class Density:
    png_rgba: np.ndarray  # (rows north to south, cols, 4) uint8
    bounds: tuple[tuple[float, float], tuple[float, float]]  # ((south, west), (north, east))
    peak: float


@dataclass(frozen=True)
class Background:
    """Basemap layers cut to the view (GeoJSON-ready dicts, rounded coordinates)."""

    countries: dict
    lakes: dict
    admin1: dict
    towns: list[tuple[str, float, float]]  # name, lon, lat


@dataclass(frozen=True)
class HtmlMapData:
    start: dt.date
    end: dt.date
    region: str | None
    bounds: tuple[float, float, float, float]  # west, south, east, north
    sites: list[MapSite]
    events: list[MapEvent]
    alerts: list[SecurityAlert]
    density: Density | None
    background: Background
    references: dict[str, list[MapReferenceSite]] = field(default_factory=dict)  # by layer


def gather(
    db: Database, start: dt.date, end: dt.date, region: str | None = None, lang: str = "en"
) -> HtmlMapData:
    """Everything the map draws for the period and region (None: the whole programme).
    An unknown region raises the services' NotFoundError (with the known names)."""
    if region is not None:
        region = kpis.resolve_region(db, region)
    filters = FilterState(
        start=start, end=end, regions=frozenset({region}) if region else frozenset()
    )
    md = load_map_data(db)
    site_ok = md.site_mask(filters)
    counts = md.site_incident_counts(filters)
    figures = site_action_figures(db, end)
    meetings = next_meetings(db, end)
    s = md.sites
    chosen = np.flatnonzero(site_ok)
    sites = [
        MapSite(
            code=s.codes[i],
            name=s.names[i],
            region=s.region_names[s.region[i]] if s.region[i] >= 0 else "",
            province=s.province[i],
            lon=float(s.lon[i]),
            lat=float(s.lat[i]),
            status=str(s.status[i]),
            incidents=int(counts[i]),
            actions=figures.get(s.ids[i], SiteActionFigures()),
            next_meeting=meetings.get(s.ids[i]),
        )
        for i in chosen
    ]
    if chosen.size:
        bounds = (
            float(s.lon[chosen].min()) - MARGIN_DEG,
            float(s.lat[chosen].min()) - MARGIN_DEG,
            float(s.lon[chosen].max()) + MARGIN_DEG,
            float(s.lat[chosen].max()) + MARGIN_DEG,
        )
    else:
        bounds = (12.0, -14.0, 31.5, 5.5)  # the DRC and its neighbours
    ev = md.events
    west, south, east, north = bounds
    ev_ok = (
        md.event_mask(filters)
        & (ev.lon >= west)
        & (ev.lon <= east)
        & (ev.lat >= south)
        & (ev.lat <= north)
    )
    epoch = dt.date(1970, 1, 1)
    events = [
        MapEvent(
            float(ev.lon[i]),
            float(ev.lat[i]),
            epoch + dt.timedelta(days=int(ev.start[i])),
            epoch + dt.timedelta(days=int(ev.end[i])),
            ev.type_names[ev.type[i]],
            ev.location[i],
            ev.actors[i],
            int(ev.fatalities[i]),
        )
        for i in np.flatnonzero(ev_ok)
    ]
    alerts = security_alerts(db, end, site_ids=[s.ids[i] for i in chosen]) if chosen.size else []
    return HtmlMapData(
        start,
        end,
        region,
        bounds,
        sites,
        events,
        alerts,
        _density(md, filters, bounds),
        background(bounds),
        reference_sites(db, bounds, lang),
    )


def reference_sites(
    db: Database, bounds: tuple[float, float, float, float], lang: str = "en"
) -> dict[str, list[MapReferenceSite]]:
    """The sites of every loaded reference layer inside the map's extent, by layer name
    (no layer: empty). Minerals by their names in ``lang``."""
    layers = list_layers(db)
    if not layers:
        return {}
    with db.sessions() as s:
        names = {
            m.code: (m.name_fr if lang == "fr" else m.name_en).split(" (")[0]
            for m in s.scalars(select(Mineral))
        }
    west, south, east, north = bounds
    out: dict[str, list[MapReferenceSite]] = {}
    for layer in layers:
        r = load_reference_sites(db, layer.name)
        inside = (r.lon >= west) & (r.lon <= east) & (r.lat >= south) & (r.lat <= north)
        out[layer.name] = [
            MapReferenceSite(
                r.codes[i],
                r.names[i],
                round(float(r.lon[i]), 5),
                round(float(r.lat[i]), 5),
                tuple(names.get(m, m) for m in r.minerals[i]),
                int(r.last_year[i]) or None,
                _yes_no(int(r.armed[i])),
                _yes_no(int(r.child[i])),
            )
            for i in np.flatnonzero(inside)
        ]
    return out


def _yes_no(flag: int) -> bool | None:
    return None if flag == UNKNOWN else flag == YES


def next_meetings(db: Database, as_of: dt.date) -> dict[uuid.UUID, dt.date]:
    """Per site, the date of its next CAP meeting still planned (on or after ``as_of``;
    a meeting planned for a month without a day counts from the month's first day)."""
    out: dict[uuid.UUID, dt.date] = {}
    with db.sessions() as s:
        rows = s.execute(
            select(CapMeeting.site_id, CapMeeting.planned_on, CapMeeting.month).where(
                CapMeeting.deleted.is_(False), CapMeeting.status == MeetingStatus.PLANNED.value
            )
        )
        for site_id, planned_on, month in rows:
            day = planned_on or dt.date.fromisoformat(f"{month}-01")
            if day >= as_of and (site_id not in out or day < out[site_id]):
                out[site_id] = day
    return out


def _density(
    md,
    filters: FilterState,
    bounds: tuple[float, float, float, float],  # noqa: ANN001
) -> Density | None:
    west, south, east, north = bounds
    x0, y0 = lonlat_to_mercator(west, south)
    x1, y1 = lonlat_to_mercator(east, north)
    ramp = ramp_from_stops(colours.DENSITY_RAMP)
    image = density_image(
        md, filters, (float(x0), float(y0), float(x1), float(y1)), DEFAULT_BANDWIDTH_KM, False, ramp
    )
    if image.points == 0:
        return None
    ex0, ey0, ex1, ey1 = image.extent
    w, s_ = mercator_to_lonlat(ex0, ey0)
    e, n = mercator_to_lonlat(ex1, ey1)
    return Density(
        image.rgba[::-1].copy(), ((float(s_), float(w)), (float(n), float(e))), image.peak
    )


def _rounded(geom):  # noqa: ANN001, ANN202  (a shapely geometry)
    return shapely.transform(geom, lambda c: np.round(c, 4))


def _collection(gdf, bounds, props: dict[str, str]) -> dict:  # noqa: ANN001
    """The features of ``gdf`` that meet ``bounds``, cut and simplified, as GeoJSON."""
    west, south, east, north = bounds
    pad = 2 * max(east - west, north - south)  # a wide window still shows land to its edges
    box = shapely.box(west - pad, south - pad / 2, east + pad, north + pad / 2)
    tolerance = max(east - west, north - south) / 2000.0
    features = []
    for row in gdf.itertuples(index=False):
        geom = row.geometry
        if geom is None or not geom.intersects(box):
            continue
        geom = _rounded(shapely.simplify(shapely.intersection(geom, box), tolerance))
        if geom.is_empty:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": shapely.geometry.mapping(geom),
                "properties": {out: str(getattr(row, col) or "") for out, col in props.items()},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def background(bounds: tuple[float, float, float, float]) -> Background:
    """Countries, lakes, admin-1 and towns from the basemap GeoPackages."""
    west, south, east, north = bounds
    places = basemap.load_places()
    places = places[
        (places["population"].fillna(0) >= MIN_TOWN_POPULATION)
        & (places.geometry.x >= west)
        & (places.geometry.x <= east)
        & (places.geometry.y >= south)
        & (places.geometry.y <= north)
    ]
    places = places.sort_values("population", ascending=False)
    spacing = max(east - west, north - south) / 25.0
    towns: list[tuple[str, float, float]] = []
    for r in places.itertuples(index=False):  # the largest first; no label over another
        x, y = float(r.geometry.x), float(r.geometry.y)
        if all(abs(x - tx) > spacing * 2 or abs(y - ty) > spacing / 2 for _, tx, ty in towns):
            towns.append((str(r.name), round(x, 4), round(y, 4)))
    return Background(
        countries=_collection(
            basemap.load_countries(), bounds, {"name_en": "name_en", "name_fr": "name_fr"}
        ),
        lakes=_collection(basemap.load_lakes(), bounds, {"name": "name", "name_fr": "name_fr"}),
        admin1=_collection(
            basemap.load_admin1(), bounds, {"name": "name", "vintage": "boundary_vintage"}
        ),
        towns=towns,
    )
