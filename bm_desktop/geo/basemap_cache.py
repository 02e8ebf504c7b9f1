"""The prepared basemap kept in the user's cache directory between sessions.

Preparing the basemap (reading the GeoPackages, projecting, simplifying the polygons
for the smaller scales) costs about 0.2 s of processor time at every start, in a thread
that competes with the window being built; reading it back from the cache costs
under 0.02 s. The cache is one ``.npz`` file (plain arrays, no pickled objects) named
after a format version; it holds the key it was made for (the source files' names,
sizes and modification times, the simplification tolerances, the app's version) and is
used only when that key matches: a changed file is prepared again. A missing, damaged or
unwritable cache only means the basemap is prepared as before.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import numpy as np
import shapely

from bm_desktop import __version__
from bm_desktop.geo import basemap_mercator as bm
from bm_desktop.geo.shapes import DETAIL_TOLERANCES_M

FORMAT = 1  # bump when PreparedBasemap or its preparation changes
CACHE_ENV = "BM_DESKTOP_CACHE_DIR"
POLYGONS = ("countries", "lakes", "admin1")
SOURCES = (bm.COUNTRIES, bm.LAKES, bm.PLACES, bm.ADMIN1)


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("bm-desktop", "BM Programme"))


def cache_path() -> Path:
    return cache_dir() / f"basemap-{FORMAT}.npz"


def source_key() -> str:
    """What the cached basemap was prepared from (changes when any source file does)."""
    folder = bm.sample_geodata_dir()
    files = []
    for name, _layer in SOURCES:
        st = (folder / name).stat()
        files.append([name, st.st_size, st.st_mtime_ns])
    return json.dumps(
        {
            "format": FORMAT,
            "app": __version__,
            "folder": str(folder.resolve()),
            "files": files,
            "tolerances": list(DETAIL_TOLERANCES_M),
        }
    )


def _pack_geoms(arrays: dict, prefix: str, geoms: np.ndarray) -> None:
    wkb = shapely.to_wkb(np.asarray(geoms, dtype=object))
    blobs = [b or b"" for b in wkb]
    arrays[f"{prefix}_wkb"] = np.frombuffer(b"".join(blobs), dtype=np.uint8)
    arrays[f"{prefix}_len"] = np.array([len(b) for b in blobs], dtype=np.int64)


def _unpack_geoms(data, prefix: str) -> np.ndarray:  # noqa: ANN001  (an NpzFile)
    raw = data[f"{prefix}_wkb"].tobytes()
    ends = np.cumsum(data[f"{prefix}_len"])
    starts = ends - data[f"{prefix}_len"]
    blobs = [raw[a:b] or None for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
    return shapely.from_wkb(np.array(blobs, dtype=object))


def _text(values: list[str] | np.ndarray) -> np.ndarray:
    return np.array([str(v) for v in values], dtype=str)


def _pack(basemap: bm.PreparedBasemap, key: str) -> dict[str, np.ndarray]:
    arrays: dict[str, np.ndarray] = {"key": np.array([key])}
    for name in POLYGONS:
        features: bm.PolygonFeatures = getattr(basemap, name).with_levels()
        _pack_geoms(arrays, name, features.geoms)
        for k, level in enumerate(features.levels or []):
            _pack_geoms(arrays, f"{name}_level{k}", level)
        arrays[f"{name}_names"] = _text(features.names)
        arrays[f"{name}_names_fr"] = _text(features.names_fr)
        arrays[f"{name}_group"] = _text(features.group)
    arrays["admin1_vintage"] = _text(basemap.admin1_vintage)
    p = basemap.places
    arrays.update(
        {
            "places_x": p.x,
            "places_y": p.y,
            "places_names": _text(p.names),
            "places_population": p.population,
            "places_programme": p.programme_town,
            "places_country": _text(p.country),
        }
    )
    return arrays


def _unpack(data) -> bm.PreparedBasemap:  # noqa: ANN001  (an NpzFile)
    polygons = {}
    for name in POLYGONS:
        polygons[name] = bm.PolygonFeatures(
            _unpack_geoms(data, name),
            data[f"{name}_names"].tolist(),
            data[f"{name}_names_fr"].tolist(),
            data[f"{name}_group"],
            [_unpack_geoms(data, f"{name}_level{k}") for k in range(len(DETAIL_TOLERANCES_M))],
        )
    return bm.PreparedBasemap(
        **polygons,
        admin1_vintage=data["admin1_vintage"].tolist(),
        places=bm.Places(
            data["places_x"],
            data["places_y"],
            data["places_names"].tolist(),
            data["places_population"],
            data["places_programme"],
            data["places_country"].tolist(),
        ),
    )


def _read(path: Path, key: str) -> bm.PreparedBasemap | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["key"][0]) != key:
                return None
            return _unpack(data)
    except Exception:  # noqa: BLE001  (missing, damaged or from another version: prepare)
        return None


def _write(path: Path, arrays: dict[str, np.ndarray]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.stem, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                np.savez(out, **arrays)  # type: ignore[arg-type]  # numpy's stub: allow_pickle
            os.replace(tmp, path)  # whole or not at all: never a half-written cache
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a cache that cannot be written (read-only folder, full disk): no cache


def load_basemap() -> bm.PreparedBasemap:
    """The prepared basemap: from the cache when it was made from the same files, else
    prepared (:func:`bm.prepare_basemap`) and cached for the next start."""
    key = source_key()
    path = cache_path()
    cached = _read(path, key)
    if cached is not None:
        return cached
    basemap = bm.prepare_basemap()
    _write(path, _pack(basemap, key))
    return basemap
