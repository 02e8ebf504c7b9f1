"""Read access to the basemap layers shipped in ``bm_desktop/resources/geodata/``.

The GeoPackages are built by ``tools/build_basemap.py`` from Natural Earth and
GeoNames data (see ``bm_desktop/resources/geodata/SOURCES.md``). Every loader returns a
GeoDataFrame in EPSG:4326. Files are read once per path (``functools.lru_cache``);
each call hands back a copy, so callers may modify what they get.

The admin-1 layer holds the DRC's *pre-2015* provinces (Katanga, Orientale, ...):
its ``boundary_vintage`` column says so per feature and must be shown to users.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry.base import BaseGeometry

GEODATA_ENV = "BM_DESKTOP_GEODATA"
CRS = "EPSG:4326"

COUNTRIES = ("countries.gpkg", "countries")
LAKES = ("lakes.gpkg", "lakes")
PLACES = ("places.gpkg", "places")
ADMIN1 = ("admin1.gpkg", "admin1_natural_earth")


def sample_geodata_dir() -> Path:
    """The basemap directory: ``$BM_DESKTOP_GEODATA`` if set, else the shipped ``bm_desktop/resources/geodata/``."""
    override = os.environ.get(GEODATA_ENV)
    if override:
        return Path(override).expanduser()
    from bm_desktop.resources import resource_dir

    return resource_dir("geodata")


@lru_cache(maxsize=16)
def _read_layer(path: Path, layer: str) -> gpd.GeoDataFrame:
    """Read *layer* of the GeoPackage at *path*, in EPSG:4326 (cached per path and layer)."""
    if not path.is_file():
        raise FileNotFoundError(
            f"basemap file not found: {path} (rebuild with 'python tools/build_basemap.py' "
            f"or point {GEODATA_ENV} at a directory holding it)"
        )
    gdf = gpd.read_file(path, layer=layer)
    if gdf.crs is None:
        raise ValueError(f"{path} layer {layer!r} has no CRS")
    return gdf.to_crs(CRS)


def _load(spec: tuple[str, str]) -> gpd.GeoDataFrame:
    """A copy of the cached layer named by *spec* (file name, layer name)."""
    filename, layer = spec
    return _read_layer(sample_geodata_dir() / filename, layer).copy()


def clear_cache() -> None:
    """Forget the layers read so far (e.g. after the files were rebuilt)."""
    _read_layer.cache_clear()


def load_countries() -> gpd.GeoDataFrame:
    """Admin-0 countries: ``iso3``, ``name_en``, ``name_fr`` and polygons."""
    return _load(COUNTRIES)


def load_lakes() -> gpd.GeoDataFrame:
    """Natural Earth lakes: ``name``, ``name_fr`` (null for small unnamed lakes) and polygons."""
    return _load(LAKES)


def load_places() -> gpd.GeoDataFrame:
    """GeoNames places: ``name``, ``alt_name``, ``country_iso3``, ``population``, ``admin1``, points."""
    return _load(PLACES)


def load_admin1() -> gpd.GeoDataFrame:
    """Natural Earth admin-1 polygons with ``name``, ``country_iso3``, ``source``, ``boundary_vintage``.

    DRC features are the pre-2015 provinces, flagged ``"pre-2015 (Natural Earth)"``.
    """
    return _load(ADMIN1)


def country_polygon(iso3: str) -> BaseGeometry:
    """The (multi)polygon of the country with ISO 3166-1 alpha-3 code *iso3*.

    Raises KeyError when the country is not in the basemap.
    """
    countries = _read_layer(sample_geodata_dir() / COUNTRIES[0], COUNTRIES[1])
    rows = countries[countries["iso3"] == iso3.strip().upper()]
    if rows.empty:
        raise KeyError(f"country {iso3!r} is not in the basemap")
    return shapely.union_all(rows.geometry.values)
