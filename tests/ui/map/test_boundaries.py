"""Official boundary files in another CRS are drawn where they belong and remembered."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import box

from bm_desktop.geo.projection import lonlat_to_mercator
from bm_desktop.ui.settings import Settings
from tests.ui.map.conftest import close_window, open_window

# a province-sized square around Bukavu, in degrees
SQUARE = (28.6, -2.8, 29.2, -2.1)


def _write_utm(path: Path) -> None:
    gdf = gpd.GeoDataFrame(
        {"ADM1_FR": ["Sud-Kivu (test)"]}, geometry=[box(*SQUARE)], crs="EPSG:4326"
    ).to_crs("EPSG:32735")  # UTM zone 35 south
    gdf.to_file(path, layer="provinces", driver="GPKG")


def test_boundary_file_in_utm_is_drawn_in_place_and_remembered(
    qtbot, programme_db, tmp_path: Path
) -> None:
    path, _prog = programme_db
    gpkg = tmp_path / "provinces_utm35s.gpkg"
    _write_utm(gpkg)
    window = open_window(qtbot, path)
    files = window.boundary_files
    with qtbot.waitSignal(files.loaded, timeout=20000) as blocker:
        files.load(gpkg, None, replace_admin1=True)
    layer = window.map_canvas.layer(blocker.args[0])
    assert layer.title() == "Official boundaries: provinces_utm35s.gpkg"
    assert layer.names() == ["Sud-Kivu (test)"]
    bounds = layer._outline.path().boundingRect()
    x0, y0 = lonlat_to_mercator(SQUARE[0], SQUARE[1])
    x1, y1 = lonlat_to_mercator(SQUARE[2], SQUARE[3])
    assert (bounds.left(), bounds.top(), bounds.right(), bounds.bottom()) == pytest.approx(
        (x0, y0, x1, y1), abs=1.0
    )  # within a metre of where it belongs
    # drawn on screen where the square's west edge is
    window.map_workspace.zoom_to("Eastern DRC")
    canvas = window.map_canvas
    for key in ("site_labels", "towns", "sites", "alerts", "events", "density", "lakes"):
        canvas.layer(key).set_visible(False)
    image = canvas.view.grab().toImage()
    dpr = image.devicePixelRatio()
    west = canvas.map_to_widget(x0, (y0 + y1) / 2)
    edge = [
        image.pixelColor(int(west.x() * dpr) + dx, int(west.y() * dpr)).name() for dx in (-1, 0, 1)
    ]
    assert any(abs(int(c[1:3], 16) - 0x6D) < 40 and int(c[5:7], 16) < 0x90 for c in edge), edge
    # it replaces the sample admin-1 layer, and both facts are remembered
    assert not window.map_workspace.admin1.visible
    assert Settings().get("map/boundary_files") == [
        {"path": str(gpkg), "layer": None, "replace_admin1": True}
    ]
    close_window(window)
    window = open_window(qtbot, path)
    qtbot.waitUntil(
        lambda: any(k.startswith("boundaries:") for k in window.map_canvas.order()), timeout=20000
    )
    assert not window.map_workspace.admin1.visible
    close_window(window)
    # a remembered file that is gone gives a clear message, and the map still works
    gpkg.unlink()
    window = open_window(qtbot, path)
    qtbot.waitUntil(lambda: bool(window.boundary_files.last_message), timeout=10000)
    assert str(gpkg) in window.boundary_files.last_message
    assert "was not found" in window.boundary_files.last_message
    assert window.map_workspace.admin1.visible
    assert not any(k.startswith("boundaries:") for k in window.map_canvas.order())
    close_window(window)


def test_unreadable_or_crs_less_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    from bm_desktop.geo.basemap_mercator import read_boundary_file

    junk = tmp_path / "junk.geojson"
    junk.write_text("this is not json")
    with pytest.raises(ValueError, match="could not be read"):
        read_boundary_file(junk)
    points = tmp_path / "points.geojson"
    gpd.GeoDataFrame(geometry=gpd.points_from_xy([28.8], [-2.5]), crs="EPSG:4326").to_file(
        points, driver="GeoJSON"
    )
    with pytest.raises(ValueError, match="holds no polygons"):
        read_boundary_file(points)
    with pytest.raises(FileNotFoundError):
        read_boundary_file(tmp_path / "missing.shp")
