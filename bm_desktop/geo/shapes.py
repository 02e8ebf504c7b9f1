"""Geometries as flat coordinate arrays, ready to become screen paths.

Polygons are drawn from their rings: all ring coordinates in two arrays plus a
``connect`` array (1 where a vertex joins the next one, 0 at the end of each
ring), which is what ``pyqtgraph.arrayToQPath`` turns into a path in one call.
Everything here is vectorised shapely 2 and numpy (no Qt).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from bm_desktop.geo.projection import lonlat_to_mercator

COARSE_TOLERANCE_M = 1200.0  # simplification of polygons drawn at small scales (map metres)
# The simplified versions the map draws at smaller scales, finest first (map metres; each
# stays under a screen pixel at the scales that use it, see ui/map/polygons.py).
DETAIL_TOLERANCES_M = (300.0, 750.0, 1500.0)


def to_mercator(geoms: np.ndarray) -> np.ndarray:
    """Shapely geometries in degrees (EPSG:4326) -> Web Mercator metres (closed formula)."""
    return shapely.transform(
        np.asarray(geoms, dtype=object),
        lambda xy: np.column_stack(lonlat_to_mercator(xy[:, 0], xy[:, 1])),
    )


@dataclass(frozen=True)
class RingArrays:
    """Every ring of some (multi)polygons: coordinates and where each ring ends."""

    x: np.ndarray
    y: np.ndarray
    connect: np.ndarray  # int32: 1 joins vertex i to i+1, 0 ends a ring

    def __len__(self) -> int:
        return len(self.x)


def simplified(geoms: np.ndarray, tolerance: float = COARSE_TOLERANCE_M) -> np.ndarray:
    """Polygons simplified for small scales (topology kept, so no ring collapses)."""
    return shapely.simplify(np.asarray(geoms, dtype=object), tolerance, preserve_topology=True)


def simplified_levels(geoms: np.ndarray) -> list[np.ndarray]:
    """The polygons at each of ``DETAIL_TOLERANCES_M``, finest first (a tenth of a second
    for the admin-1 boundaries: run off the GUI thread)."""
    return [simplified(geoms, tolerance) for tolerance in DETAIL_TOLERANCES_M]


def ring_arrays(geoms: np.ndarray, simplify: float = 0.0) -> RingArrays:
    """The rings of polygons (optionally simplified by ``simplify`` map units)."""
    geoms = np.asarray(geoms, dtype=object)
    geoms = geoms[~shapely.is_empty(geoms) & ~shapely.is_missing(geoms)]
    if simplify > 0:
        geoms = shapely.simplify(geoms, simplify, preserve_topology=True)
    polys = shapely.get_parts(geoms)
    polys = polys[shapely.get_type_id(polys) == 3]  # polygons only
    rings = shapely.get_rings(polys)
    coords, index = shapely.get_coordinates(rings, return_index=True)
    if len(coords) == 0:
        empty = np.zeros(0)
        return RingArrays(empty, empty, np.zeros(0, dtype=np.int32))
    connect = np.ones(len(coords), dtype=np.int32)
    connect[:-1][index[1:] != index[:-1]] = 0
    connect[-1] = 0
    return RingArrays(coords[:, 0].copy(), coords[:, 1].copy(), connect)


def label_points(
    geoms: np.ndarray, within: tuple[float, float, float, float] | None = None
) -> np.ndarray:
    """(n, 2) points inside each polygon (of its part inside ``within`` if given; NaN if
    nothing of it is there): where a name label goes."""
    geoms = np.asarray(geoms, dtype=object)
    if within is not None:
        geoms = shapely.clip_by_rect(geoms, *within)
    out = np.full((len(geoms), 2), np.nan)
    ok = ~shapely.is_empty(geoms)
    if ok.any():
        # the largest part of each geometry keeps labels off small islands and slivers
        largest = np.array(
            [max(shapely.get_parts(g), key=lambda part: part.area) for g in geoms[ok]], dtype=object
        )
        pts = shapely.point_on_surface(largest)
        out[ok] = shapely.get_coordinates(pts)
    return out
