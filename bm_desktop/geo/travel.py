"""Travel between places for the visit planner: distances, times and the path of
each leg, by road when a road network is loaded, otherwise by great circle.

* :class:`StraightLineTravel`: great-circle distance times a detour factor, at an
  average speed; both per programme region (:data:`REGION_ASSUMPTIONS`), because a
  track in Ituri and a tarred road in Rwanda differ by a factor of two. The plan
  states the assumption it used.
* :class:`RoadNetwork`: a graph built from the line geometries of a roads file (each
  vertex a node, each segment an edge weighted by its great-circle length; vertices
  closer than 1 m merged, so lines that touch are joined). Places are snapped to the
  nearest node (a KD-tree on unit-sphere coordinates); shortest paths by scipy's
  Dijkstra from each place at once. The off-road stretch to the snapped node is
  driven at the off-road speed, the road at the road speed. A place the network does
  not reach falls back to the straight line for its legs (said on the plan).

Times are minutes; distances kilometres; paths lists of (lon, lat).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bm_desktop.geo.proximity import haversine_km

# region -> (detour factor, average speed km/h) for straight-line estimates
REGION_ASSUMPTIONS: dict[str, tuple[float, float]] = {
    "Eastern DRC": (1.5, 25.0),
    "Lualaba": (1.35, 40.0),
    "Haut-Katanga": (1.3, 45.0),
    "Rwanda": (1.3, 40.0),
}
DEFAULT_ASSUMPTION = (1.4, 30.0)
Coords = Sequence[float] | np.ndarray
ROAD_SPEED_KMH = 35.0
OFF_ROAD_SPEED_KMH = 10.0


@dataclass(frozen=True)
class TravelMatrix:
    """Between every pair of places: minutes, kilometres and the path driven."""

    minutes: np.ndarray  # (n, n)
    km: np.ndarray  # (n, n)
    paths: dict[tuple[int, int], list[tuple[float, float]]]
    method: str  # what the times assume, said on the plan (English template)
    params: dict[str, object]


def _pairs_km(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    return haversine_km(lon[:, None], lat[:, None], lon[None, :], lat[None, :])


class StraightLineTravel:
    """Great-circle distance x detour factor at an average speed."""

    def __init__(self, region: str = "") -> None:
        self.detour, self.speed = REGION_ASSUMPTIONS.get(region, DEFAULT_ASSUMPTION)

    def matrix(self, lon: Coords, lat: Coords) -> TravelMatrix:
        x, y = np.asarray(lon, float), np.asarray(lat, float)
        km = _pairs_km(x, y) * self.detour
        paths = {
            (i, j): [(x[i], y[i]), (x[j], y[j])]
            for i in range(len(x))
            for j in range(len(x))
            if i != j
        }
        return TravelMatrix(
            km / self.speed * 60.0,
            km,
            paths,
            "Straight-line distance x {detour} at {speed} km/h (no road network loaded)",
            {"detour": self.detour, "speed": self.speed},
        )


def _unit_xyz(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    lo, la = np.radians(lon), np.radians(lat)
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


class RoadNetwork:
    """A routable graph from road line geometries (lon/lat degrees)."""

    def __init__(
        self,
        lines: Iterable[Sequence[tuple[float, float]]],
        name: str = "",
        road_speed: float = ROAD_SPEED_KMH,
        off_road_speed: float = OFF_ROAD_SPEED_KMH,
    ) -> None:
        from scipy.sparse import coo_matrix
        from scipy.spatial import cKDTree

        coords: list[tuple[float, float]] = []
        segments: list[tuple[int, int]] = []
        for line in lines:
            pts = [(float(a), float(b)) for a, b in line]
            if len(pts) < 2:
                continue
            base = len(coords)
            coords.extend(pts)
            segments.extend((base + k, base + k + 1) for k in range(len(pts) - 1))
        if not segments:
            raise ValueError("the roads file holds no line")
        raw = np.asarray(coords)
        # merge vertices closer than ~1 m so lines that touch are connected
        key = np.round(raw * 1e5).astype(np.int64)
        _, first, inverse = np.unique(key, axis=0, return_index=True, return_inverse=True)
        inverse = inverse.ravel()
        self.nodes = raw[first]
        a = inverse[[s for s, _ in segments]]
        b = inverse[[t for _, t in segments]]
        keep = a != b
        a, b = a[keep], b[keep]
        w = haversine_km(self.nodes[a, 0], self.nodes[a, 1], self.nodes[b, 0], self.nodes[b, 1])
        n = len(self.nodes)
        self.graph = coo_matrix(
            (np.concatenate([w, w]), (np.concatenate([a, b]), np.concatenate([b, a]))), shape=(n, n)
        ).tocsr()
        self.tree = cKDTree(_unit_xyz(self.nodes[:, 0], self.nodes[:, 1]))
        self.name, self.road_speed, self.off_road_speed = name, road_speed, off_road_speed

    @classmethod
    def from_file(cls, path: Path) -> RoadNetwork:
        """Read the line geometries of a GeoPackage, Shapefile or GeoJSON (any CRS)."""
        import geopandas as gpd
        from shapely import get_parts

        frame = gpd.read_file(path)
        if frame.crs is not None and frame.crs.to_epsg() != 4326:
            frame = frame.to_crs(4326)
        lines = []
        for geom in frame.geometry:
            if geom is None:
                continue
            for part in get_parts(geom):
                if part.geom_type == "LineString":
                    lines.append(list(part.coords))
        return cls(lines, name=Path(path).name)

    def snap(self, lon: Coords, lat: Coords) -> tuple[np.ndarray, np.ndarray]:
        """Nearest node of each place and the great-circle km to it."""
        x, y = np.asarray(lon, float), np.asarray(lat, float)
        _, idx = self.tree.query(_unit_xyz(x, y))
        idx = np.asarray(idx)
        return idx, haversine_km(x, y, self.nodes[idx, 0], self.nodes[idx, 1])

    def matrix(self, lon: Coords, lat: Coords) -> TravelMatrix:
        from scipy.sparse.csgraph import dijkstra

        x, y = np.asarray(lon, float), np.asarray(lat, float)
        nodes, off = self.snap(x, y)
        dist, pred = dijkstra(self.graph, directed=False, indices=nodes, return_predecessors=True)
        n = len(x)
        road_km = dist[:, nodes]
        minutes = (
            road_km / self.road_speed + (off[:, None] + off[None, :]) / self.off_road_speed
        ) * 60.0
        km = road_km + off[:, None] + off[None, :]
        fallback = StraightLineTravel().matrix(x, y)
        unreachable = ~np.isfinite(road_km)
        minutes[unreachable] = fallback.minutes[unreachable]
        km[unreachable] = fallback.km[unreachable]
        np.fill_diagonal(minutes, 0.0)
        np.fill_diagonal(km, 0.0)
        paths: dict[tuple[int, int], list[tuple[float, float]]] = {}
        for i in range(n):
            for j in range(n):
                if i == j:
                    continue
                if unreachable[i, j]:
                    paths[(i, j)] = fallback.paths[(i, j)]
                    continue
                chain = [int(nodes[j])]
                while chain[-1] != nodes[i]:
                    chain.append(int(pred[i, chain[-1]]))
                chain.reverse()
                paths[(i, j)] = (
                    [(x[i], y[i])] + [tuple(self.nodes[k]) for k in chain] + [(x[j], y[j])]
                )
        return TravelMatrix(
            minutes,
            km,
            paths,
            "Road network {name}: roads at {speed} km/h, off-road to the "
            "nearest road at {off} km/h",
            {"name": self.name, "speed": self.road_speed, "off": self.off_road_speed},
        )


def path_near_points(
    path: Sequence[tuple[float, float]],
    lon: np.ndarray,
    lat: np.ndarray,
    radius_km: float,
    step_km: float = 2.0,
) -> np.ndarray:
    """Indices of the points within ``radius_km`` of a path (densified every ~2 km)."""
    if len(lon) == 0:
        return np.zeros(0, dtype=int)
    px, py = [], []
    for (x0, y0), (x1, y1) in zip(path, path[1:], strict=False):
        seg = float(haversine_km(x0, y0, x1, y1))
        k = max(1, int(np.ceil(seg / step_km)))
        t = np.linspace(0.0, 1.0, k + 1)
        px.append(x0 + (x1 - x0) * t)
        py.append(y0 + (y1 - y0) * t)
    sx, sy = np.concatenate(px), np.concatenate(py)
    d = haversine_km(sx[:, None], sy[:, None], lon[None, :], lat[None, :])
    return np.flatnonzero(d.min(axis=0) <= radius_km)
