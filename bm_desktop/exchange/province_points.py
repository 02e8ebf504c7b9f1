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


def assign_provinces(s: Session, lon: np.ndarray, lat: np.ndarray,
                     named: list[str | None] | None = None,
                     areas: AdminAreas | None = None) -> list[uuid.UUID | None]:
    """The programme province of each point (None: outside the programme's provinces).

    ``named`` is what the source calls each point's province (only used inside a
    pre-2015 province that was split)."""
    areas = areas or admin1_in_use(s)
    rows = s.execute(select(Province.name, Province.id, Country.iso3)
                     .join(Country, Country.id == Province.country_id)
                     .where(Province.deleted.is_(False))).all()
    provinces = {name: pid for name, pid, _iso in rows}
    country_of = {name: iso for name, _pid, iso in rows}
    known = {fold(n): n for n in provinces}
    where = areas.locate(lon, lat)
    area_province = []
    for k, n in enumerate(areas.names):  # the same name in another country is not ours
        found = province_name(n, known)
        country = areas.countries[k] if k < len(areas.countries) else ""
        area_province.append(found if found and (not country or country_of[found] == country)
                             else None)
    sites = s.execute(select(Site.longitude, Site.latitude, Province.name)
                      .join(Province, Province.id == Site.province_id)
                      .where(Site.deleted.is_(False))).all()
    site_lon = np.array([r[0] for r in sites], dtype=float)
    site_lat = np.array([r[1] for r in sites], dtype=float)
    site_province = [r[2] for r in sites]
    out: list[uuid.UUID | None] = []
    for k, i in enumerate(where):
        name = area_province[i] if i >= 0 else None
        if name is None and i >= 0:
            split = SPLIT_IN_2015.get(fold(areas.names[i]), ()) if (
                i >= len(areas.countries) or areas.countries[i] in ("", "COD")) else ()
            successors = {fold(p) for p in split}
            if successors:
                name = _successor(named[k] if named else None, successors, known,
                                  float(lon[k]), float(lat[k]), site_lon, site_lat,
                                  site_province)
        out.append(provinces[name] if name else None)
    return out


def _successor(named: str | None, successors: set[str], known: dict[str, str], lon: float,
               lat: float, site_lon: np.ndarray, site_lat: np.ndarray,
               site_province: list[str]) -> str | None:
    """Inside a province split in 2015: the one the source names, else the province of
    the nearest programme site among its successors."""
    said = province_name(named, known)
    if said and fold(said) in successors:
        return said
    candidates = [j for j, p in enumerate(site_province) if fold(p) in successors]
    if not candidates:
        return None
    idx = np.array(candidates)
    d = np.hypot((site_lon[idx] - lon) * np.cos(np.radians(lat)), site_lat[idx] - lat)
    return site_province[int(idx[np.argmin(d)])]
