"""The map's columns follow the filters exactly as the Sites table does."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np
import pytest

from bm_desktop.domain.filters import FilterState
from bm_desktop.geo.projection import lonlat_to_mercator, mercator_to_lonlat
from bm_desktop.services.map_data import load_map_data
from bm_desktop.services.sites import list_sites
from tests.map_programme import build_small_programme


@pytest.fixture
def data(db):
    build_small_programme(db)
    return db, load_map_data(db)


def _counts(md, f: FilterState) -> dict[str, int]:
    return dict(zip(md.sites.codes, md.site_incident_counts(f).tolist(), strict=True))


def test_sites_are_read_with_minerals_groups_and_mercator(data) -> None:
    _db, md = data
    s = md.sites
    assert s.codes == ["LUA-001", "NK-002", "RW-001", "SK-001"]
    i = s.codes.index("LUA-001")
    assert s.minerals[i] == ("cobalt", "copper") and s.group[i] == "cobalt_copper"
    assert s.multi_mineral.tolist() == [True, True, True, False]
    x, y = lonlat_to_mercator(25.47, -10.72)
    assert (s.x[i], s.y[i]) == pytest.approx((x, y))
    assert s.region_names[s.region[i]] == "Lualaba"


def test_counts_follow_every_filter_like_the_sites_table(data) -> None:
    db, md = data
    year = FilterState()
    assert _counts(md, year) == {"LUA-001": 1, "NK-002": 3, "RW-001": 0, "SK-001": 6}
    filters = [
        year,
        year.with_period(dt.date(2022, 1, 1), dt.date(2022, 3, 31)),
        replace(year, verified_only=True),
        replace(year, severities=frozenset({3, 4})),
        replace(year, risk_categories=frozenset({"human_rights"})),
        replace(year, risk_areas=frozenset({"ohs"})),
        replace(year, regions=frozenset({"Eastern DRC"})),
        replace(year, minerals=frozenset({"gold"})),
        replace(year, site_statuses=frozenset({"suspended"})),
    ]
    for f in filters:
        expected = {s.code: s.incidents for s in list_sites(db, f)}
        got = {
            c: n
            for c, n, ok in zip(
                md.sites.codes, md.site_incident_counts(f), md.site_mask(f), strict=True
            )
            if ok
        }
        assert got == expected, f
    assert _counts(md, filters[1])["SK-001"] == 2


def test_incident_without_location_is_placed_at_its_site(data) -> None:
    _db, md = data
    x, y, sev = md.incident_points(
        FilterState().with_period(dt.date(2022, 3, 1), dt.date(2022, 3, 31))
    )
    lon, lat = mercator_to_lonlat(x, y)
    assert sev.tolist() == [1]
    assert (lon[0], lat[0]) == pytest.approx((28.93, -2.32 + 20 / 111.195))
    x, y, _ = md.incident_points(
        FilterState().with_period(dt.date(2022, 2, 14), dt.date(2022, 2, 14))
    )
    assert mercator_to_lonlat(x, y)[0].tolist() == pytest.approx([28.93])


def test_events_follow_the_period(data) -> None:
    _db, md = data
    assert md.events.type_names == ["Battles", "Protests", "Violence against civilians"]
    mask = md.event_mask(FilterState())
    assert sorted(np.asarray(md.events.location, dtype=object)[mask].tolist()) == [
        "Place 1",
        "Place 2",
    ]
    assert (
        md.event_mask(FilterState().with_period(dt.date(2019, 1, 1), dt.date(2020, 6, 1))).sum()
        == 1
    )


def test_density_image_follows_the_filters_and_the_view(data) -> None:
    from bm_desktop.geo.density import ramp_from_stops
    from bm_desktop.geo.projection import lonlat_bounds_to_mercator

    _db, md = data
    ramp = ramp_from_stops([(0, "#FFFFFF", 0.0), (1, "#FF0000", 1.0)])
    view = lonlat_bounds_to_mercator((27.5, -3.5, 30.5, -0.5))  # Kivu: Luhihi and Rubaya
    year = density_image_of(md, FilterState(), view, ramp)
    q1 = density_image_of(
        md, FilterState().with_period(dt.date(2022, 1, 1), dt.date(2022, 3, 31)), view, ramp
    )
    assert year.points == 9 and q1.points == 3  # Luhihi 6 + Rubaya 3; then 2 + 1
    assert not np.array_equal(year.rgba, q1.rgba)
    weighted = density_image_of(md, FilterState(), view, ramp, weighted=True)
    assert weighted.peak > year.peak  # severities 1..4 weigh more than 1 each
    lualaba = lonlat_bounds_to_mercator((24.5, -11.5, 26.5, -9.5))
    assert density_image_of(md, FilterState(), lualaba, ramp).points == 1  # Karajipopo


def density_image_of(md, f, view, ramp, weighted=False):  # noqa: ANN001, ANN201
    from bm_desktop.services.map_data import density_image

    return density_image(md, f, view, 15.0, weighted, ramp)
