"""The prepared basemap is cached between starts, and prepared again when its files change."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest
import shapely

from bm_desktop.geo import basemap_cache, basemap_mercator


@pytest.fixture
def geodata(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the sample geodata (so a test may touch its files) and an empty cache."""
    folder = tmp_path / "geodata"
    shutil.copytree(basemap_mercator.sample_geodata_dir(), folder)
    monkeypatch.setenv(basemap_mercator.GEODATA_ENV, str(folder))
    monkeypatch.setenv(basemap_cache.CACHE_ENV, str(tmp_path / "cache"))
    return folder


def _count_preparations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = basemap_mercator.prepare_basemap

    def counted() -> basemap_mercator.PreparedBasemap:
        calls.append(1)
        return real()

    monkeypatch.setattr(basemap_mercator, "prepare_basemap", counted)
    return calls


def _same(a: basemap_mercator.PolygonFeatures, b: basemap_mercator.PolygonFeatures) -> bool:
    return (
        bool(shapely.equals_exact(a.geoms, b.geoms, 0).all())
        and all(
            shapely.equals_exact(x, y, 0).all() for x, y in zip(a.levels, b.levels, strict=True)
        )
        and a.names == b.names
        and a.names_fr == b.names_fr
        and list(a.group) == list(b.group)
    )


def test_second_start_reads_the_cache_and_gets_the_same_basemap(
    geodata: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_preparations(monkeypatch)
    first = basemap_cache.load_basemap()
    assert calls == [1] and basemap_cache.cache_path().exists()
    again = basemap_cache.load_basemap()
    assert calls == [1]  # read from the cache, not prepared again
    for name in ("countries", "lakes", "admin1"):
        assert _same(getattr(again, name), getattr(first, name)), name
        assert len(getattr(again, name).levels) == 3  # with its simplified levels
    assert again.admin1_vintage == first.admin1_vintage
    assert again.places.names == first.places.names
    assert np.array_equal(again.places.x, first.places.x)
    assert np.array_equal(again.places.programme_town, first.places.programme_town)
    assert again.places.country == first.places.country


def test_a_changed_source_file_is_prepared_again(
    geodata: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_preparations(monkeypatch)
    basemap_cache.load_basemap()
    lakes = geodata / basemap_mercator.LAKES[0]
    st = lakes.stat()
    os.utime(lakes, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))  # edited later
    basemap_cache.load_basemap()
    assert calls == [1, 1]
    basemap_cache.load_basemap()
    assert calls == [1, 1]  # and cached again


def test_a_damaged_cache_is_prepared_again_and_replaced(
    geodata: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_preparations(monkeypatch)
    path = basemap_cache.cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"PK\x03\x04 not really a cache")
    prepared = basemap_cache.load_basemap()
    assert calls == [1]
    assert "Lake Kivu" in prepared.lakes.names
    assert basemap_cache.load_basemap().lakes.names == prepared.lakes.names
    assert calls == [1]
