"""The basemap layers read once and projected to Web Mercator for the map canvas.

Runs off the GUI thread at start: reads the GeoPackages with the loaders of
:mod:`bm_desktop.geo.basemap`, projects them with the closed Mercator formula
and keeps only the columns the layers draw. User boundary files go through
:func:`read_boundary_file` (any CRS, reprojected with geopandas).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely

from bm_desktop.geo.projection import lonlat_to_mercator, to_web_mercator
from bm_desktop.geo.shapes import simplified_levels, to_mercator

# The layers of resources/geodata/ as bm_desktop.geo.basemap names them (that module imports
# geopandas at once, which the start-up budget cannot afford; a test keeps them equal).
GEODATA_ENV = "BM_DESKTOP_GEODATA"
COUNTRIES = ("countries.gpkg", "countries")
LAKES = ("lakes.gpkg", "lakes")
PLACES = ("places.gpkg", "places")
ADMIN1 = ("admin1.gpkg", "admin1_natural_earth")


def sample_geodata_dir() -> Path:
    """Same rule as :func:`bm_desktop.geo.basemap.sample_geodata_dir`."""
    override = os.environ.get(GEODATA_ENV)
    if override:
        return Path(override).expanduser()
    from bm_desktop.resources import resource_dir

    return resource_dir("geodata")


# Columns that name a boundary, most specific first (GADM, geoBoundaries, OCHA COD-AB,
# Natural Earth, common exports).
NAME_COLUMNS = (
    "ADM1_FR",
    "ADM1_EN",
    "NAME_1",
    "shapeName",
    "admin1Name_fr",
    "admin1Name",
    "name_fr",
    "name",
    "NAME",
    "nom",
    "NOM",
    "Name",
    "province",
    "PROVINCE",
)


@dataclass
class PolygonFeatures:
    """Polygons in Web Mercator metres with one name per feature."""

    geoms: np.ndarray  # shapely geometries
    names: list[str]
    names_fr: list[str]
    group: np.ndarray  # str per feature (e.g. the country code)
    # the same polygons simplified at each of shapes.DETAIL_TOLERANCES_M (finest first),
    # when prepared beforehand; else the map layer simplifies them in a worker
    levels: list[np.ndarray] | None = field(default=None, repr=False)

    def with_levels(self) -> PolygonFeatures:
        """These features with their simplified levels (computed here if missing)."""
        if self.levels is None:
            self.levels = simplified_levels(self.geoms)
        return self


@dataclass
class Places:
    x: np.ndarray
    y: np.ndarray
    names: list[str]
    population: np.ndarray
    programme_town: np.ndarray  # bool
    country: list[str]


@dataclass
class PreparedBasemap:
    countries: PolygonFeatures
    lakes: PolygonFeatures
    admin1: PolygonFeatures
    admin1_vintage: list[str]
    places: Places


def _names(table, column: str, fallback: str | None = None) -> list[str]:  # noqa: ANN001
    """Names from a column of a GeoDataFrame or a dict of lists ('' when missing)."""
    n = len(next(iter(table.values()))) if isinstance(table, dict) and table else len(table)
    values = table[column] if column in table else [None] * n
    backup = table[fallback] if fallback and fallback in table else [None] * n
    return [
        str(v) if isinstance(v, str) and v else (str(b) if isinstance(b, str) and b else "")
        for v, b in zip(values, backup, strict=True)
    ]


def _read(spec: tuple[str, str]) -> tuple[np.ndarray, dict]:
    """Geometries (EPSG:4326) and columns of a basemap layer: the fast reader when the
    file is plain WGS 84, else the geopandas loaders of :mod:`bm_desktop.geo.basemap`."""
    from bm_desktop.geo.gpkg import UnsupportedGeoPackage, read_gpkg

    path = sample_geodata_dir() / spec[0]
    try:
        layer = read_gpkg(path, spec[1])
        if layer.srs == "EPSG:4326":
            return layer.geoms, layer.columns
    except UnsupportedGeoPackage:
        pass
    from bm_desktop.geo import basemap

    loaders = {
        basemap.COUNTRIES: basemap.load_countries,
        basemap.LAKES: basemap.load_lakes,
        basemap.ADMIN1: basemap.load_admin1,
        basemap.PLACES: basemap.load_places,
    }
    gdf = loaders[spec]()
    columns = {c: gdf[c].tolist() for c in gdf.columns if c != gdf.geometry.name}
    return np.asarray(gdf.geometry.values, dtype=object), columns


def _features(spec: tuple[str, str], name: str, name_fr: str, group: str | None) -> PolygonFeatures:
    geoms, cols = _read(spec)
    return PolygonFeatures(
        to_mercator(geoms),
        _names(cols, name),
        _names(cols, name_fr, name),
        np.array(cols[group] if group else [""] * len(geoms), dtype=str),
    )


def prepare_basemap() -> PreparedBasemap:
    """Countries, lakes, admin-1 and places of ``bm_desktop/resources/geodata/`` in Web Mercator, the
    polygons with their simplified levels (so the first paint of the whole programme
    strokes the coarse outlines, and no worker has to simplify them after it)."""
    places, cols = _read(PLACES)
    coords = shapely.get_coordinates(places)
    px, py = lonlat_to_mercator(coords[:, 0], coords[:, 1])
    display = [
        a if isinstance(a, str) and a else n
        for n, a in zip(cols["name"], cols["alt_name"], strict=True)
    ]
    admin1_geoms, admin1_cols = _read(ADMIN1)
    return PreparedBasemap(
        countries=_features(COUNTRIES, "name_en", "name_fr", "iso3").with_levels(),
        lakes=_features(LAKES, "name", "name_fr", None).with_levels(),
        admin1=PolygonFeatures(
            to_mercator(admin1_geoms),
            _names(admin1_cols, "name"),
            _names(admin1_cols, "name_fr", "name"),
            np.array(admin1_cols["country_iso3"], dtype=str),
        ).with_levels(),
        admin1_vintage=[str(v) for v in admin1_cols["boundary_vintage"]],
        places=Places(
            px,
            py,
            display,
            np.array([int(p or 0) for p in cols["population"]], dtype=np.int64),
            np.array([bool(p) for p in cols["programme_town"]], dtype=bool),
            [str(c) for c in cols["country_iso3"]],
        ),
    )


def name_column(columns: list[str]) -> str | None:
    """The column that most likely holds the boundary names."""
    lower = {c.lower(): c for c in columns}
    for candidate in NAME_COLUMNS:
        if candidate in columns:
            return candidate
        if candidate.lower() in lower:
            return lower[candidate.lower()]
    return None


def boundary_layers(path: Path) -> list[str]:
    """The layers of a GeoPackage (one entry for single-layer formats)."""
    import pyogrio

    return [str(row[0]) for row in pyogrio.list_layers(path)]


def read_boundary_file(path: Path, layer: str | None = None) -> PolygonFeatures:
    """Polygons of a GeoPackage, Shapefile or GeoJSON in any CRS, in Web Mercator.

    Raises FileNotFoundError for a missing file and ValueError (with the reason
    in plain words) when it holds no polygons or does not say its CRS.
    """
    import geopandas as gpd

    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"The boundary file {path} does not exist (moved or deleted?).")
    try:
        gdf = gpd.read_file(path, layer=layer) if layer else gpd.read_file(path)
    except Exception as exc:  # pyogrio raises its own error types
        raise ValueError(
            f"{path.name} could not be read as a GeoPackage, Shapefile or GeoJSON file: {exc}"
        ) from exc
    gdf = gdf[gdf.geometry.notna()]
    kinds = shapely.get_type_id(gdf.geometry.values)
    gdf = gdf[np.isin(kinds, (3, 6))]
    if gdf.empty:
        raise ValueError(f"{path.name} holds no polygons (boundaries must be areas).")
    merc = to_web_mercator(gdf)
    column = name_column([c for c in merc.columns if c != merc.geometry.name])
    names = _names(merc, column) if column else [""] * len(merc)
    return PolygonFeatures(
        np.asarray(merc.geometry.values, dtype=object),
        names,
        names,
        np.array([""] * len(merc), dtype=str),
    )
