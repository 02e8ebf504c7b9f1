"""A small, fast GeoPackage reader (sqlite3 + shapely) for the shipped basemap.

The app's start-up budget (a drawn map within 3 s) has no room for importing
pandas and geopandas (~0.6 s) just to read four small files, so the basemap is
read straight from the GeoPackage's SQLite tables: each geometry blob is a
GeoPackage header followed by standard WKB. Files in another CRS, or anything
unusual, are left to geopandas (:mod:`bm_desktop.geo.basemap`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely

# bytes of the envelope by the "envelope contents indicator" (flags bits 1-3)
ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


class UnsupportedGeoPackage(ValueError):
    """The file needs the general reader (another CRS, extensions, ...)."""


@dataclass
class GpkgLayer:
    geoms: np.ndarray  # shapely geometries (None for empty rows)
    columns: dict[str, list]
    srs: str  # "EPSG:4326"


def _wkb(blob: bytes | None) -> bytes | None:
    if blob is None:
        return None
    if blob[:2] != b"GP":
        raise UnsupportedGeoPackage("not a GeoPackage geometry blob")
    flags = blob[3]
    if flags & 0b100000:  # extended geometry type
        raise UnsupportedGeoPackage("extended GeoPackage geometries are not read here")
    envelope = ENVELOPE_BYTES.get((flags >> 1) & 0b111)
    if envelope is None:
        raise UnsupportedGeoPackage("bad envelope indicator")
    return bytes(blob[8 + envelope :])


def read_gpkg(path: Path, layer: str) -> GpkgLayer:
    """Every feature of a GeoPackage layer: shapely geometries and attribute columns."""
    if not Path(path).is_file():
        raise FileNotFoundError(f"basemap file not found: {path}")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute(
            "SELECT g.column_name, s.organization, s.organization_coordsys_id "
            "FROM gpkg_geometry_columns g JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id "
            "WHERE g.table_name = ?",
            (layer,),
        ).fetchone()
        if row is None:
            raise UnsupportedGeoPackage(f"no layer {layer!r} in {path}")
        geom_col, org, code = row
        srs = f"{str(org).upper()}:{code}"
        names = [r[1] for r in con.execute(f'PRAGMA table_info("{layer}")')]
        fields = [n for n in names if n not in (geom_col, "fid")]
        select = ", ".join(f'"{n}"' for n in [geom_col, *fields])
        rows = con.execute(f'SELECT {select} FROM "{layer}" ORDER BY rowid').fetchall()
    finally:
        con.close()
    blobs = [_wkb(r[0]) for r in rows]
    geoms = shapely.from_wkb(np.array(blobs, dtype=object))
    columns = {name: [r[i + 1] for r in rows] for i, name in enumerate(fields)}
    return GpkgLayer(geoms, columns, srs)
