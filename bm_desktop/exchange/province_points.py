"""Programme provinces of points (security events, any point) by point-in-polygon.

The polygons are the admin-1 layer in use (:func:`bm_desktop.services.admin_boundaries.
admin1_in_use`), located all at once (:mod:`bm_desktop.geo.admin_areas`); a polygon's
name is matched to a programme province as outside files spell them (French or
English, with or without "Province").

Natural Earth still has the DRC's provinces before 2015: a point in former Katanga
or Orientale lies in one polygon that now holds several provinces. It goes to the
successor province its source names (``admin1``) when it names one, else to the
province of the nearest programme site in that former province. Official
boundaries need neither rule.
"""

from __future__ import annotations

import uuid

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.models import Country, Province, Site
from bm_desktop.exchange.places import fold, province_name
from bm_desktop.geo.admin_areas import AdminAreas
from bm_desktop.services.admin_boundaries import admin1_in_use

# The DRC's provinces before 2015 and the provinces they were split into.
SPLIT_IN_2015 = {
    "katanga": ("Haut-Katanga", "Lualaba", "Haut-Lomami", "Tanganyika"),
    "orientale": ("Ituri", "Tshopo", "Haut-Uele", "Bas-Uele"),
    "equateur": ("Equateur", "Mongala", "Nord-Ubangi", "Sud-Ubangi", "Tshuapa"),
    "kasai occidental": ("Kasai", "Kasai-Central"),
    "kasai oriental": ("Kasai-Oriental", "Lomami", "Sankuru"),
    "bandundu": ("Kwango", "Kwilu", "Mai-Ndombe"),
}


def assign_provinces(
    s: Session,
    lon: np.ndarray,
    lat: np.ndarray,
    named: list[str | None] | None = None,
    areas: AdminAreas | None = None,
) -> list[uuid.UUID | None]:
    """The programme province of each point (None: outside the programme's provinces).

    ``named`` is what the source calls each point's province (only used inside a
    pre-2015 province that was split)."""
    areas = areas or admin1_in_use(s)
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    rows = s.execute(
        select(Province.name, Province.id, Country.iso3)
        .join(Country, Country.id == Province.country_id)
        .where(Province.deleted.is_(False))
    ).all()
    names = [name for name, _pid, _iso in rows]
    ids = [pid for _name, pid, _iso in rows]
    number = {name: k for k, name in enumerate(names)}
    country_of = {name: iso for name, _pid, iso in rows}
    known = {fold(n): n for n in names}
    area_province = np.full(len(areas), -1, dtype=np.intp)
    for k, n in enumerate(areas.names):  # the same name in another country is not ours
        found = province_name(n, known)
        country = areas.countries[k] if k < len(areas.countries) else ""
        if found and (not country or country_of[found] == country):
            area_province[k] = number[found]
    where = areas.locate(lon, lat)
    out = np.full(len(lon), -1, dtype=np.intp)
    inside = where >= 0
    out[inside] = area_province[where[inside]]
    unresolved = np.flatnonzero(inside & (out < 0))
    if unresolved.size:
        _split_provinces(s, areas, where, unresolved, named, known, number, lon, lat, out)
    return [ids[k] if k >= 0 else None for k in out]


def _split_provinces(
    s: Session,
    areas: AdminAreas,
    where: np.ndarray,
    todo: np.ndarray,
    named: list[str | None] | None,
    known: dict[str, str],
    number: dict[str, int],
    lon: np.ndarray,
    lat: np.ndarray,
    out: np.ndarray,
) -> None:
    """Points inside a province split in 2015: the successor their source names, else
    the province of the nearest programme site among the successors (vectorised)."""
    sites = s.execute(
        select(Site.longitude, Site.latitude, Province.name)
        .join(Province, Province.id == Site.province_id)
        .where(Site.deleted.is_(False))
    ).all()
    site_lon = np.array([r[0] for r in sites], dtype=float)
    site_lat = np.array([r[1] for r in sites], dtype=float)
    site_province = np.array([number.get(r[2], -1) for r in sites], dtype=np.intp)
    site_fold = [fold(r[2]) for r in sites]
    said_cache: dict[str | None, str | None] = {}
    for area in np.unique(where[todo]):
        country = areas.countries[area] if area < len(areas.countries) else ""
        split = SPLIT_IN_2015.get(fold(areas.names[area]), ()) if country in ("", "COD") else ()
        successors = {fold(p) for p in split}
        if not successors:
            continue
        points = todo[where[todo] == area]
        if named is not None:
            for k in points:
                text = named[k]
                if text not in said_cache:
                    said_cache[text] = province_name(text, known)
                said = said_cache[text]
                if said and fold(said) in successors:
                    out[k] = number[said]
            points = points[out[points] < 0]
        candidates = np.array(
            [j for j, f in enumerate(site_fold) if f in successors], dtype=np.intp
        )
        if candidates.size == 0 or points.size == 0:
            continue
        for chunk in np.array_split(points, max(1, points.size // 20_000)):
            dx = (site_lon[candidates][None, :] - lon[chunk, None]) * np.cos(
                np.radians(lat[chunk, None])
            )
            dy = site_lat[candidates][None, :] - lat[chunk, None]
            out[chunk] = site_province[candidates[np.argmin(np.hypot(dx, dy), axis=1)]]
