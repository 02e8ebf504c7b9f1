"""Incident density: a kernel density estimate by binning and smoothing a grid.

Points are counted into the cells of a regular grid in Web Mercator metres
(one ``np.bincount``), and the grid is smoothed with a separable Gaussian: two
products with banded Gaussian matrices, ``G_y @ grid @ G_x.T`` (the same result
as ``scipy.ndimage.gaussian_filter(mode="constant")``, checked by a test, without
importing scipy at start-up). That is the binned KDE of Wand (1994):
its cost is O(points + cells), not O(points x cells) as when a kernel is
evaluated per point and per cell (``scipy.stats.gaussian_kde``).

The bandwidth is a *ground* distance in km (the Gaussian's standard deviation);
on the map it is divided by cos(latitude) at the grid's centre, since Web
Mercator stretches distances by 1/cos(lat). Values are incidents (or summed
weights) per 100 km² of ground.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bm_desktop.geo.projection import ground_per_map_metre, mercator_to_lonlat

DEFAULT_BANDWIDTH_KM = 15.0
MAX_CELLS = 384  # cells across the longer side of the view
TRUNCATE = 3.0  # kernel radius in standard deviations (99.7% of the mass)
MIN_SIGMA_CELLS = 1.0  # a kernel narrower than a cell is no smoothing at all
MAX_SIGMA_CELLS = 6.0  # wider kernels get coarser cells (the surface is smooth anyway)


@dataclass(frozen=True)
class GridSpec:
    """A regular grid in Web Mercator metres: lower-left corner, cell size, shape."""

    x0: float
    y0: float
    cell: float
    nx: int
    ny: int

    @property
    def extent(self) -> tuple[float, float, float, float]:
        """(x_min, y_min, x_max, y_max) of the whole grid."""
        return (self.x0, self.y0, self.x0 + self.nx * self.cell, self.y0 + self.ny * self.cell)


@dataclass(frozen=True)
class DensityGrid:
    """Density per 100 km² of ground on ``spec`` (rows from south to north)."""

    spec: GridSpec
    values: np.ndarray  # (ny, nx) float32
    bandwidth_km: float
    points: int  # points that fell on the grid (including its margin)
    total_weight: float

    @property
    def peak(self) -> float:
        return float(self.values.max()) if self.values.size else 0.0


def shown_bandwidth_km(bandwidth_km: float, ground_m_per_px: float, min_px: float = 16.0) -> float:
    """The bandwidth used on screen: the chosen one, widened to ``min_px`` screen pixels
    when the map is zoomed so far out that the chosen kernel would hide under a symbol
    (the legend then says so)."""
    return max(bandwidth_km, min_px * ground_m_per_px / 1000.0)


def grid_for_view(
    x_min: float,
    y_min: float,
    x_max: float,
    y_max: float,
    bandwidth_km: float = DEFAULT_BANDWIDTH_KM,
    max_cells: int = MAX_CELLS,
) -> GridSpec:
    """The grid for a view: cells fine enough for the view and the bandwidth,
    and a margin of 3 bandwidths so points just outside the view still count."""
    if x_max <= x_min or y_max <= y_min:
        raise ValueError("empty view")
    lat = float(mercator_to_lonlat(0.0, (y_min + y_max) / 2.0)[1])
    sigma_m = bandwidth_km * 1000.0 / ground_per_map_metre(lat)
    cell = max(x_max - x_min, y_max - y_min) / max_cells
    cell = max(cell, sigma_m / MAX_SIGMA_CELLS)
    margin = TRUNCATE * sigma_m
    x0 = np.floor((x_min - margin) / cell) * cell
    y0 = np.floor((y_min - margin) / cell) * cell
    nx = int(np.ceil((x_max + margin - x0) / cell))
    ny = int(np.ceil((y_max + margin - y0) / cell))
    return GridSpec(float(x0), float(y0), float(cell), max(nx, 1), max(ny, 1))


def bin_points(
    x: np.ndarray, y: np.ndarray, spec: GridSpec, weights: np.ndarray | None = None
) -> tuple[np.ndarray, int]:
    """Sum of weights (or counts) per cell, shape (ny, nx); and how many points fell inside."""
    fx = (np.asarray(x, dtype=np.float64) - spec.x0) * (1.0 / spec.cell)
    fy = (np.asarray(y, dtype=np.float64) - spec.y0) * (1.0 / spec.cell)
    inside = (fx >= 0) & (fx < spec.nx) & (fy >= 0) & (fy < spec.ny)
    flat = fy[inside].astype(np.int64) * spec.nx + fx[inside].astype(np.int64)
    w = None if weights is None else np.asarray(weights, dtype=np.float64)[inside]
    counts = np.bincount(flat, weights=w, minlength=spec.nx * spec.ny)
    return counts.reshape(spec.ny, spec.nx).astype(np.float64, copy=False), int(flat.size)


def gaussian_matrix(n: int, sigma: float, truncate: float = TRUNCATE) -> np.ndarray:
    """(n, n) matrix that smooths a length-n axis with a Gaussian of ``sigma`` cells
    (kernel cut at ``truncate`` sigmas, zeros beyond the edges)."""
    radius = int(truncate * sigma + 0.5)
    offsets = np.arange(-radius, radius + 1)
    norm = np.exp(-0.5 * (offsets / sigma) ** 2).sum()
    d = np.arange(n)[:, None] - np.arange(n)[None, :]
    return np.where(np.abs(d) <= radius, np.exp(-0.5 * (d / sigma) ** 2) / norm, 0.0)


def smooth(grid: np.ndarray, sigma: float) -> np.ndarray:
    """Separable Gaussian smoothing of a 2-D grid (``sigma`` in cells)."""
    ny, nx = grid.shape
    return gaussian_matrix(ny, sigma) @ grid @ gaussian_matrix(nx, sigma).T


def incident_density(
    x: np.ndarray,
    y: np.ndarray,
    spec: GridSpec,
    bandwidth_km: float = DEFAULT_BANDWIDTH_KM,
    weights: np.ndarray | None = None,
) -> DensityGrid:
    """Kernel density of points (Web Mercator metres) on ``spec``, per 100 km² of ground."""
    if bandwidth_km <= 0:
        raise ValueError("the bandwidth must be a positive distance")
    grid, inside = bin_points(x, y, spec, weights)
    total = float(grid.sum())
    centre_y = spec.y0 + spec.ny * spec.cell / 2.0
    lat_c = float(mercator_to_lonlat(0.0, centre_y)[1])
    sigma_cells = bandwidth_km * 1000.0 / ground_per_map_metre(lat_c) / spec.cell
    if sigma_cells >= MIN_SIGMA_CELLS / 2 and total > 0:
        grid = smooth(grid, sigma_cells)
    # Ground area of a cell of each row (km²): it shrinks with cos²(lat) away from the equator.
    row_y = spec.y0 + (np.arange(spec.ny) + 0.5) * spec.cell
    cos_lat = np.cos(np.radians(mercator_to_lonlat(0.0, row_y)[1]))
    cell_km2 = (spec.cell / 1000.0 * cos_lat) ** 2
    values = (grid / cell_km2[:, None] * 100.0).astype(np.float32)
    return DensityGrid(spec, values, bandwidth_km, inside, total)


def density_rgba(
    values: np.ndarray, vmax: float, ramp: np.ndarray, floor: float = 0.03, gamma: float = 0.5
) -> np.ndarray:
    """Colour a density grid: ``ramp`` is (n, 4) uint8 RGBA from low to high.

    Values are scaled to 0..1 by ``vmax`` and raised to ``gamma`` (0.5: square
    root, so the many places with a few incidents stay visible beside the few
    hot spots); below ``floor`` (on that scale; 0.03 is 0.1% of the peak) the cell
    is fully transparent. The ramp's opacity rises from zero, so the edge of the
    coloured area follows the smooth surface, not the grid's cells.
    """
    ramp = np.asarray(ramp, dtype=np.uint8)
    if vmax <= 0:
        return np.zeros(values.shape + (4,), dtype=np.uint8)
    scaled = np.clip(values * (1.0 / vmax), 0.0, 1.0)
    if gamma != 1.0:
        scaled = np.sqrt(scaled) if gamma == 0.5 else scaled**gamma
    index = (scaled * (len(ramp) - 1) + 0.5).astype(np.intp)
    rgba = ramp[index]
    rgba[scaled < floor, 3] = 0
    return rgba


def ramp_from_stops(stops: list[tuple[float, str, float]], n: int = 256) -> np.ndarray:
    """An (n, 4) RGBA ramp interpolated between stops (position 0..1, '#RRGGBB', alpha 0..1)."""
    pos = np.array([s[0] for s in stops])
    rgb = np.array([[int(s[1][i : i + 2], 16) for i in (1, 3, 5)] for s in stops], dtype=float)
    alpha = np.array([s[2] * 255.0 for s in stops])
    t = np.linspace(0.0, 1.0, n)
    out = np.empty((n, 4), dtype=np.uint8)
    for c in range(3):
        out[:, c] = np.round(np.interp(t, pos, rgb[:, c]))
    out[:, 3] = np.round(np.interp(t, pos, alpha))
    return out
