"""Incident density by binning and smoothing agrees with a textbook kernel estimate."""

from __future__ import annotations

import numpy as np
import pytest

from bm_desktop.geo.density import (
    density_rgba,
    grid_for_view,
    incident_density,
    ramp_from_stops,
)
from bm_desktop.geo.projection import ground_per_map_metre, lonlat_to_mercator

VIEW = (*lonlat_to_mercator(27.0, -4.0), *lonlat_to_mercator(31.0, 0.0))


def _cell_km2(spec, row: int) -> float:
    from bm_desktop.geo.projection import mercator_to_lonlat

    y = spec.y0 + (row + 0.5) * spec.cell
    return (spec.cell / 1000 * ground_per_map_metre(float(mercator_to_lonlat(0, y)[1]))) ** 2


def test_mass_is_kept_and_peak_is_at_the_points() -> None:
    x, y = lonlat_to_mercator(np.full(50, 28.9), np.full(50, -2.3))
    spec = grid_for_view(*VIEW, bandwidth_km=15)
    grid = incident_density(x, y, spec, 15)
    rows = np.arange(spec.ny)
    area = np.array([_cell_km2(spec, r) for r in rows])
    total = float((grid.values / 100 * area[:, None]).sum())
    assert total == pytest.approx(50, rel=1e-3)
    iy, ix = np.unravel_index(np.argmax(grid.values), grid.values.shape)
    assert abs(spec.x0 + (ix + 0.5) * spec.cell - x[0]) <= spec.cell
    assert abs(spec.y0 + (iy + 0.5) * spec.cell - y[0]) <= spec.cell
    # A Gaussian of sigma 15 km holding 50 incidents peaks near 50 / (2 pi 15^2) per km².
    assert grid.peak / 100 == pytest.approx(50 / (2 * np.pi * 15**2), rel=0.1)


def test_agrees_with_a_kernel_per_point_and_per_cell() -> None:
    rng = np.random.default_rng(3)
    lon = np.concatenate([rng.normal(28.8, 0.3, 400), rng.normal(29.8, 0.2, 200)])
    lat = np.concatenate([rng.normal(-2.5, 0.3, 400), rng.normal(-1.8, 0.2, 200)])
    x, y = lonlat_to_mercator(lon, lat)
    bw_km = 20.0
    spec = grid_for_view(*VIEW, bandwidth_km=bw_km, max_cells=80)
    ours = incident_density(x, y, spec, bw_km).values
    # the textbook estimate: one Gaussian of sigma = bandwidth (in map metres) per point
    sigma = bw_km * 1000 / ground_per_map_metre(float(np.mean(lat)))
    cx = spec.x0 + (np.arange(spec.nx) + 0.5) * spec.cell
    cy = spec.y0 + (np.arange(spec.ny) + 0.5) * spec.cell
    d2 = (cx[None, None, :] - x[:, None, None]) ** 2 + (cy[None, :, None] - y[:, None, None]) ** 2
    ref = np.exp(-d2 / (2 * sigma**2)).sum(axis=0)
    assert np.abs(ours / ours.max() - ref / ref.max()).max() < 0.08  # same surface


def test_weights_and_bandwidth() -> None:
    x, y = lonlat_to_mercator(np.array([28.0, 30.0]), np.array([-2.0, -2.0]))
    spec = grid_for_view(*VIEW, bandwidth_km=10)
    plain = incident_density(x, y, spec, 10)
    weighted = incident_density(x, y, spec, 10, weights=np.array([1.0, 4.0]))
    ix = ((x - spec.x0) // spec.cell).astype(int)
    iy = int((y[0] - spec.y0) // spec.cell)
    assert plain.values[iy, ix[1]] / plain.values[iy, ix[0]] == pytest.approx(1, rel=0.05)
    assert weighted.values[iy, ix[1]] / weighted.values[iy, ix[0]] == pytest.approx(4, rel=0.05)
    wide = incident_density(x, y, grid_for_view(*VIEW, bandwidth_km=30), 30)
    assert wide.peak < plain.peak / 5
    with pytest.raises(ValueError):
        incident_density(x, y, spec, 0)


def test_zoomed_in_grid_keeps_the_kernel_affordable() -> None:
    x0, y0 = lonlat_to_mercator(28.9, -2.3)
    spec = grid_for_view(x0, y0, x0 + 20_000, y0 + 20_000, bandwidth_km=15)
    assert spec.cell >= 15_000 / 6  # at most 6 cells per bandwidth
    assert spec.nx < 60 and spec.ny < 60


def test_colours_are_transparent_where_nothing_happens() -> None:
    ramp = ramp_from_stops([(0, "#FFFFFF", 0.0), (1, "#FF0000", 1.0)])
    rgba = density_rgba(np.array([[0.0, 0.25, 1.0, 2.0, 0.0005]]), 1.0, ramp)
    assert rgba[0, 0, 3] == 0 and rgba[0, 4, 3] == 0  # nothing, or under 0.1% of the peak
    assert 100 < rgba[0, 1, 3] < 155  # square-root scale: a quarter of the peak is half-way
    assert tuple(rgba[0, 2]) == (255, 0, 0, 255) == tuple(rgba[0, 3])
    assert density_rgba(np.zeros((2, 2)), 0.0, ramp).sum() == 0


def test_smoothing_matches_scipy_gaussian_filter() -> None:
    from scipy.ndimage import gaussian_filter

    from bm_desktop.geo.density import TRUNCATE, smooth

    grid = np.random.default_rng(2).poisson(0.3, (57, 83)).astype(float)
    for sigma in (0.8, 2.5, 6.0):
        ref = gaussian_filter(grid, sigma, mode="constant", truncate=TRUNCATE)
        assert np.allclose(smooth(grid, sigma), ref, atol=1e-12)
