"""Web Mercator by the closed formula agrees with PROJ; boundary files in any CRS."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from pyproj import Transformer
from shapely.geometry import box

from bm_desktop.geo.projection import (
    ground_per_map_metre,
    lonlat_to_mercator,
    mercator_to_lonlat,
    scale_factor,
    to_web_mercator,
)


def test_closed_formula_matches_proj_and_round_trips() -> None:
    rng = np.random.default_rng(0)
    lon, lat = rng.uniform(10, 42, 1000), rng.uniform(-20, 8, 1000)
    x, y = lonlat_to_mercator(lon, lat)
    px, py = Transformer.from_crs(4326, 3857, always_xy=True).transform(lon, lat)
    assert np.abs(x - px).max() < 1e-3 and np.abs(y - py).max() < 1e-3
    lon2, lat2 = mercator_to_lonlat(x, y)
    assert np.abs(lon2 - lon).max() < 1e-9 and np.abs(lat2 - lat).max() < 1e-9
    assert np.isnan(lonlat_to_mercator(np.nan, 0.0)[0])


def test_scale_factor_is_one_over_cos_latitude() -> None:
    assert scale_factor(0.0) == pytest.approx(1.0)
    assert scale_factor(60.0) == pytest.approx(2.0)
    # 100 km north-south near Lubumbashi: the map distance is longer by 1/cos(lat)
    _, y0 = lonlat_to_mercator(27.5, -11.66)
    _, y1 = lonlat_to_mercator(27.5, -11.66 + 100 / 111.195)
    assert (y1 - y0) * ground_per_map_metre(-11.2) == pytest.approx(100_000, rel=2e-3)


def test_any_crs_goes_to_web_mercator_and_no_crs_is_refused() -> None:
    square = gpd.GeoDataFrame(geometry=[box(28.6, -2.8, 29.2, -2.1)], crs="EPSG:4326")
    utm = square.to_crs("EPSG:32735")
    merc = to_web_mercator(utm)
    x0, y0 = lonlat_to_mercator(28.6, -2.8)
    x1, y1 = lonlat_to_mercator(29.2, -2.1)
    assert merc.total_bounds == pytest.approx([x0, y0, x1, y1], abs=0.5)
    with pytest.raises(ValueError, match="no CRS"):
        to_web_mercator(gpd.GeoDataFrame(geometry=[box(0, 0, 1, 1)]))
