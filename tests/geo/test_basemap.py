"""The basemap GeoPackages in bm_desktop/resources/geodata/ and their loaders."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest
from shapely.geometry import Point

from bm_desktop.geo import basemap

BBOX = (10.0, -20.0, 42.0, 8.0)
EPS = 1e-9
MAX_FILE_BYTES = 2 * 1024 * 1024

LOADERS: dict[str, Callable[[], gpd.GeoDataFrame]] = {
    "countries": basemap.load_countries,
    "lakes": basemap.load_lakes,
    "places": basemap.load_places,
    "admin1": basemap.load_admin1,
}
FILES = ("countries.gpkg", "lakes.gpkg", "places.gpkg", "admin1.gpkg")


@pytest.fixture(autouse=True)
def _repo_geodata(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Use the shipped geodata/ and start each test with an empty cache."""
    monkeypatch.delenv(basemap.GEODATA_ENV, raising=False)
    basemap.clear_cache()
    yield
    basemap.clear_cache()


def test_default_dir_is_the_package_data() -> None:
    expected = Path(str(files("bm_desktop.resources"))) / "geodata"
    assert basemap.sample_geodata_dir() == expected


def test_env_var_overrides_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(basemap.GEODATA_ENV, str(tmp_path))
    assert basemap.sample_geodata_dir() == tmp_path
    with pytest.raises(FileNotFoundError):
        basemap.load_countries()


@pytest.mark.parametrize("name", FILES)
def test_files_are_small(name: str) -> None:
    path = basemap.sample_geodata_dir() / name
    assert path.is_file()
    assert path.stat().st_size < MAX_FILE_BYTES


@pytest.mark.parametrize("layer", LOADERS)
def test_layer_loads_in_wgs84_within_box(layer: str) -> None:
    gdf = LOADERS[layer]()
    assert len(gdf) > 0
    assert gdf.crs is not None and gdf.crs.to_epsg() == 4326
    minx, miny, maxx, maxy = gdf.total_bounds
    assert minx >= BBOX[0] - EPS and miny >= BBOX[1] - EPS
    assert maxx <= BBOX[2] + EPS and maxy <= BBOX[3] + EPS
    assert gdf.geometry.is_valid.all()


def test_loaders_return_independent_copies() -> None:
    first = basemap.load_countries()
    first["scratch"] = 1
    assert "scratch" not in basemap.load_countries().columns


def test_countries_present_with_names() -> None:
    countries = basemap.load_countries()
    assert {"iso3", "name_en", "name_fr"} <= set(countries.columns)
    assert {"COD", "RWA", "UGA", "BDI", "ZMB", "TZA"} <= set(countries["iso3"])
    by_iso = countries.set_index("iso3")
    assert by_iso.loc["COD", "name_fr"] == "République démocratique du Congo"
    assert countries["name_fr"].notna().all()


def test_country_polygon() -> None:
    rwanda = basemap.country_polygon("rwa")
    assert rwanda.contains(Point(30.0588, -1.9500))  # Kigali
    assert not rwanda.contains(Point(28.8428, -2.4908))  # Bukavu, DRC
    assert basemap.country_polygon("COD").contains(Point(28.8428, -2.4908))
    with pytest.raises(KeyError):
        basemap.country_polygon("XXX")


def test_programme_places_present_with_population() -> None:
    places = basemap.load_places()
    assert {"name", "country_iso3", "population", "admin1"} <= set(places.columns)
    assert set(places.geom_type) == {"Point"}
    by_name = places.drop_duplicates("name").set_index("name")
    for name, iso3 in [("Kolwezi", "COD"), ("Bukavu", "COD"), ("Goma", "COD"), ("Kigali", "RWA")]:
        assert by_name.loc[name, "country_iso3"] == iso3
        assert by_name.loc[name, "population"] >= 15_000


def test_places_are_towns_or_programme_towns() -> None:
    places = basemap.load_places()
    small = places[places["population"] < 15_000]
    assert small["programme_town"].all()


def test_great_lakes_present() -> None:
    lakes = basemap.load_lakes().set_index("name")
    for name in (
        "Lake Kivu",
        "Lake Tanganyika",
        "Lake Albert",
        "Lake Edward",
        "Lake Mweru",
        "Lake Victoria",
    ):
        assert name in lakes.index
    assert lakes.loc["Lake Kivu"].geometry.contains(Point(29.2, -2.0))


def test_admin1_rwanda_current_provinces() -> None:
    admin1 = basemap.load_admin1()
    rwanda = admin1[admin1["country_iso3"] == "RWA"]
    assert len(rwanda) == 5
    assert set(rwanda["boundary_vintage"]) == {"current"}


def test_admin1_drc_flagged_pre_2015() -> None:
    admin1 = basemap.load_admin1()
    assert {"name", "country_iso3", "source", "boundary_vintage"} <= set(admin1.columns)
    drc = admin1[admin1["country_iso3"] == "COD"]
    assert len(drc) > 0
    assert set(drc["boundary_vintage"]) == {"pre-2015 (Natural Earth)"}
    assert "Katanga" in set(drc["name"])


def test_admin1_layer_name_says_natural_earth() -> None:
    layers = pyogrio.list_layers(basemap.sample_geodata_dir() / "admin1.gpkg")
    assert [row[0] for row in layers] == ["admin1_natural_earth"]
