"""Travel times: a road network built here, where the shortest road differs from the
straight line; and the straight-line fallback states its assumption."""

from __future__ import annotations

import numpy as np

from bm_desktop.geo.proximity import haversine_km
from bm_desktop.geo.travel import RoadNetwork, StraightLineTravel, path_near_points

# A river between A (west) and B (east) crossed by one bridge far to the north:
# the road goes A -> north -> bridge -> down to B.
A, B = (29.00, -2.00), (29.20, -2.00)
ROADS = [
    [(29.00, -2.00), (29.00, -1.80), (29.10, -1.80)],  # A north to the bridge
    [(29.10, -1.80), (29.20, -1.80), (29.20, -2.00)],  # bridge east and down to B
    [(28.90, -2.10), (29.00, -2.00)],  # a spur to the south-west
]


def test_the_shortest_road_goes_round_by_the_bridge() -> None:
    net = RoadNetwork(ROADS, name="test roads", road_speed=30.0, off_road_speed=10.0)
    m = net.matrix([A[0], B[0]], [A[1], B[1]])
    straight = float(haversine_km(A[0], A[1], B[0], B[1]))
    road = sum(
        float(haversine_km(*p, *q))
        for p, q in [
            ((29.00, -2.00), (29.00, -1.80)),
            ((29.00, -1.80), (29.20, -1.80)),
            ((29.20, -1.80), (29.20, -2.00)),
        ]
    )
    assert abs(m.km[0, 1] - road) < 0.01 and m.km[0, 1] > 2.5 * straight
    assert abs(m.minutes[0, 1] - road / 30.0 * 60) < 0.1
    # the path runs through the bridge, not across the river
    assert (29.10, -1.80) in [tuple(np.round(p, 5)) for p in m.paths[(0, 1)]]
    assert m.km[1, 0] == m.km[0, 1]


def test_places_off_the_road_are_snapped_and_the_last_stretch_is_slower() -> None:
    net = RoadNetwork(ROADS, road_speed=30.0, off_road_speed=10.0)
    # a site 1.1 km south of A's node
    m = net.matrix([A[0], 29.00], [A[1], -2.01])
    off = float(haversine_km(29.00, -2.01, 29.00, -2.00))
    assert abs(m.km[0, 1] - off) < 0.01 and abs(m.minutes[0, 1] - off / 10 * 60) < 0.1


def test_straight_line_fallback_says_its_assumption() -> None:
    m = StraightLineTravel("Eastern DRC").matrix([A[0], B[0]], [A[1], B[1]])
    straight = float(haversine_km(A[0], A[1], B[0], B[1]))
    assert abs(m.km[0, 1] - 1.5 * straight) < 1e-6
    assert abs(m.minutes[0, 1] - 1.5 * straight / 25 * 60) < 1e-6
    assert m.method.format(**m.params).startswith("Straight-line distance x 1.5 at 25.0 km/h")


def test_events_near_a_leg() -> None:
    ev_lon, ev_lat = np.array([29.10, 29.10]), np.array([-1.95, -2.30])
    assert list(path_near_points([A, B], ev_lon, ev_lat, radius_km=10)) == [0]
