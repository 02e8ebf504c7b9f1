"""Where imported events may lie: within the programme's countries.

An event at 29.7 E 29.6 N (longitude and latitude typed the wrong way round) or at
4.0, 0.0 (a zero typed for a missing coordinate) would draw far from every site and
distort counts; such rows are refused with the likely cause. The programme's
countries are the ones in the database's reference data; their outlines come from
the basemap, widened by 25 km (the alert radius) so events just across a border,
which still matter to nearby sites, are kept. All points are tested at once.
"""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter

import numpy as np
import shapely
from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.models import Country
from bm_desktop.exchange.imports.values import BadValue
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP
from bm_desktop.geo.basemap_mercator import COUNTRIES, sample_geodata_dir
from bm_desktop.geo.gpkg import read_gpkg

MARGIN_DEGREES = 0.25  # about 25 km at these latitudes


@lru_cache(maxsize=8)
def programme_area(iso3: tuple[str, ...]) -> shapely.Geometry | None:
    """The countries' outline widened by the margin (simplified: borders need no metre
    precision at 25 km), or None when the basemap lacks them."""
    try:
        layer = read_gpkg(sample_geodata_dir() / COUNTRIES[0], COUNTRIES[1])
    except (OSError, ValueError):
        return None
    codes = [str(c).upper() for c in layer.columns.get("iso3", [])]
    parts = [g for g, c in zip(layer.geoms, codes, strict=True) if c in iso3 and g is not None]
    if not parts:
        return None
    area = shapely.union_all([p.simplify(0.02) for p in parts]).buffer(MARGIN_DEGREES, quad_segs=4)
    shapely.prepare(area)
    return area


def check(s: Session, parsed: dict[str, tuple[int, tuple]]) -> dict[str, tuple[int, BadValue]]:
    """The rows whose point lies outside the programme's countries, with the reason."""
    names = {
        c.iso3: c.name_en for c in s.scalars(select(Country).where(Country.deleted.is_(False)))
    }
    area = programme_area(tuple(sorted(names))) if names and parsed else None
    if area is None:
        return {}
    ids = list(parsed)
    values = list(map(itemgetter(1), parsed.values()))
    lon = np.fromiter(map(itemgetter(4), values), float, len(ids))
    lat = np.fromiter(map(itemgetter(5), values), float, len(ids))
    inside = shapely.contains_xy(area, lon, lat)
    out: dict[str, tuple[int, BadValue]] = {}
    outside = np.flatnonzero(~inside)
    if outside.size == 0:
        return out
    swapped = shapely.contains_xy(area, lat[outside], lon[outside])
    countries = ", ".join(sorted(names.values()))
    for k, flipped in zip(outside, swapped, strict=True):
        point = f"{lon[k]:g}, {lat[k]:g}"
        if flipped:
            exc = BadValue(
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "longitude and latitude look swapped: the point {value} "
                    "(longitude, latitude) is outside the programme's countries, but it falls in "
                    "them the other way round",
                ),
                value=point,
            )
        else:
            exc = BadValue(
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "the point {value} (longitude, latitude) is outside the "
                    "programme's countries ({countries}): check its coordinates",
                ),
                value=point,
                countries=countries,
            )
        out[ids[k]] = (parsed[ids[k]][0], exc)
    return out
