"""Which admin-1 area (province) a point is in: point-in-polygon, vectorised.

The areas are the admin-1 layer in use: the sample basemap's (Natural Earth; the
DRC's provinces before 2015) or official boundaries the user loaded (any CRS).
Points are located all at once with a shapely ``STRtree`` (one ``query`` for
every point); a point just outside every polygon (on a lake shore, a river
border) takes the nearest area within ``NEAR_DEGREES``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely

NEAR_DEGREES = 0.1  # about 11 km: coordinates rounded or on a border river / lake shore


@dataclass
class AdminAreas:
    names: list[str]
    geoms: np.ndarray  # shapely (multi)polygons in EPSG:4326
    source: str  # what the areas are, for the report's note
    countries: list[str] = field(default_factory=list)  # ISO3 per area, "" when unknown
    _tree: shapely.STRtree | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.names)

    @property
    def tree(self) -> shapely.STRtree:
        if self._tree is None:
            shapely.prepare(self.geoms)  # point-in-polygon tests on prepared polygons
            self._tree = shapely.STRtree(self.geoms)
        return self._tree

    def locate(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """The area index of each point (-1 when it is in none and near none)."""
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
        out = np.full(len(lon), -1, dtype=np.intp)
        if len(lon) == 0 or len(self) == 0:
            return out
        points = shapely.points(lon, lat)
        point_i, area_i = self.tree.query(points)  # bounding boxes, then the exact test
        inside = shapely.intersects_xy(self.geoms[area_i], lon[point_i], lat[point_i])
        point_i, area_i = point_i[inside], area_i[inside]
        out[point_i[::-1]] = area_i[::-1]  # the first area listed wins on shared borders
        missing = np.flatnonzero(out < 0)
        if missing.size:
            near_point, near_area = self.tree.query_nearest(
                points[missing], max_distance=NEAR_DEGREES
            )
            out[missing[near_point[::-1]]] = near_area[::-1]
        return out


def sample_admin1() -> AdminAreas:
    """The sample basemap's admin-1 polygons (read with the fast GeoPackage reader)."""
    from bm_desktop.geo.basemap_mercator import ADMIN1, _read

    geoms, cols = _read(ADMIN1)
    keep = ~shapely.is_missing(geoms)
    names = [str(n) for n, k in zip(cols["name"], keep, strict=True) if k]
    countries = [str(c or "") for c, k in zip(cols["country_iso3"], keep, strict=True) if k]
    return AdminAreas(
        names,
        np.asarray(geoms, dtype=object)[keep],
        "Natural Earth admin-1 (sample basemap; DRC provinces before 2015)",
        countries,
    )


def admin1_from_file(path: Path, layer: str | None = None) -> AdminAreas:
    """Official boundaries from a GeoPackage, Shapefile or GeoJSON in any CRS.

    Raises FileNotFoundError or ValueError (in plain words) like the map's loader."""
    import geopandas as gpd

    from bm_desktop.geo.basemap_mercator import _names, name_column

    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"The boundary file {path} does not exist (moved or deleted?).")
    try:
        gdf = gpd.read_file(path, layer=layer) if layer else gpd.read_file(path)
    except Exception as exc:  # pyogrio raises its own error types
        raise ValueError(f"{path.name} could not be read as a boundary file: {exc}") from exc
    gdf = gdf[gdf.geometry.notna()]
    gdf = gdf[np.isin(shapely.get_type_id(gdf.geometry.values), (3, 6))]
    if gdf.empty:
        raise ValueError(f"{path.name} holds no polygons (boundaries must be areas).")
    if gdf.crs is None:
        raise ValueError(f"{path.name} does not say its coordinate system (CRS).")
    gdf = gdf.to_crs(4326)
    column = name_column([c for c in gdf.columns if c != gdf.geometry.name])
    names = _names(gdf, column) if column else [""] * len(gdf)
    iso = next(
        (
            c
            for c in (
                "ADM0_PCODE",
                "shapeGroup",
                "GID_0",
                "ISO",
                "iso3",
                "ISO3",
                "country_iso3",
                "adm0_a3",
            )
            if c in gdf.columns
        ),
        None,
    )
    countries = [_iso3(v) for v in gdf[iso]] if iso else [""] * len(gdf)
    return AdminAreas(
        names,
        np.asarray(gdf.geometry.values, dtype=object),
        path.name + (f" ({layer})" if layer else ""),
        countries,
    )


def _iso3(value: object) -> str:
    """ISO 3166 alpha-3 from a country column ("COD", or OCHA's "CD" p-code)."""
    text = str(value or "").strip().upper()
    return {"CD": "COD", "RW": "RWA"}.get(text, text if len(text) == 3 else "")
