"""The fast GeoPackage reader gives what geopandas gives, and rings become paths."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely.geometry import Polygon

from bm_desktop.geo import basemap, basemap_mercator
from bm_desktop.geo.gpkg import read_gpkg
from bm_desktop.geo.shapes import label_points, ring_arrays, to_mercator


def test_layer_names_follow_the_basemap_module() -> None:
    for name in ("COUNTRIES", "LAKES", "PLACES", "ADMIN1", "GEODATA_ENV"):
        assert getattr(basemap_mercator, name) == getattr(basemap, name)
    assert basemap_mercator.sample_geodata_dir() == basemap.sample_geodata_dir()


@pytest.mark.parametrize("spec", [basemap.LAKES, basemap.COUNTRIES, basemap.PLACES])
def test_fast_reader_matches_geopandas(spec) -> None:  # noqa: ANN001
    ours = read_gpkg(basemap.sample_geodata_dir() / spec[0], spec[1])
    ref = basemap._read_layer(basemap.sample_geodata_dir() / spec[0], spec[1])
    assert ours.srs == "EPSG:4326"
    assert len(ours.geoms) == len(ref)
    assert shapely.equals_exact(ours.geoms, np.asarray(ref.geometry.values), 1e-12).all()
    for column in ref.columns:
        if column != ref.geometry.name:
            assert [None if v != v else v for v in ref[column].tolist()] == ours.columns[column]


def test_prepared_basemap_is_in_web_mercator() -> None:
    prepared = basemap_mercator.prepare_basemap()
    kivu = prepared.lakes.geoms[prepared.lakes.names.index("Lake Kivu")]
    assert prepared.lakes.names_fr[prepared.lakes.names.index("Lake Kivu")] == "Lac Kivu"
    x, y = to_mercator(np.array([shapely.Point(29.15, -2.05)]))[0].coords[0]
    assert kivu.contains(shapely.Point(x, y))
    assert "Bukavu" in prepared.places.names
    assert prepared.places.programme_town[prepared.places.names.index("Bukavu")]
    assert set(prepared.admin1_vintage) >= {"pre-2015 (Natural Earth)", "current"}


def test_rings_break_between_rings_and_label_points_fall_inside() -> None:
    with_hole = Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(4, 4), (6, 4), (6, 6), (4, 6)]])
    arrays = ring_arrays(np.array([with_hole, Polygon([(20, 0), (21, 0), (21, 1)])]))
    assert len(arrays) == 5 + 5 + 4
    assert arrays.connect.tolist() == [1, 1, 1, 1, 0] * 2 + [1, 1, 1, 0]
    pts = label_points(np.array([with_hole]), within=(5, 0, 30, 10))
    assert 5 <= pts[0, 0] <= 10 and with_hole.contains(shapely.Point(pts[0]))
    assert np.isnan(label_points(np.array([with_hole]), within=(50, 50, 60, 60))).all()
