"""The routing solver: optimal on small instances, daily limits, sites that do not fit."""

from __future__ import annotations

import numpy as np

from bm_desktop.services.trip_solver import (
    DayLimits,
    nearest_neighbour_tour,
    optimal_tour,
    solve_trip,
    tour_minutes,
)

UNLIMITED = DayLimits(10**6, 10**6, 0)


def _matrix(seed: int, n: int) -> np.ndarray:
    p = np.random.default_rng(seed).random((n, 2)) * 200
    return np.sqrt(((p[:, None] - p[None]) ** 2).sum(-1))


def test_one_day_loop_is_within_two_percent_of_the_optimum() -> None:
    for seed in range(4):
        m = _matrix(seed, 9)
        best, _tour = optimal_tour(m)
        solved = solve_trip(m, 1, UNLIMITED, time_limit_s=0.3)
        assert solved.dropped == []
        assert tour_minutes(m, solved.days[0]) <= best * 1.02


def test_daily_limits_split_the_sites_and_what_cannot_fit_is_listed() -> None:
    # base at 0; two clusters 100 minutes out in opposite directions; one site 400 away
    x = np.array([0, 100, 105, -100, -105, 400.0])
    m = np.abs(x[:, None] - x[None, :])
    limits = DayLimits(drive_minutes=240, work_minutes=480, on_site_minutes=60)
    solved = solve_trip(m, 2, limits, priorities=[0, 1, 1, 1, 1, 9], time_limit_s=0.3)
    assert sorted(sorted(d) for d in solved.days) == [[1, 2], [3, 4]]
    assert solved.dropped == [5]  # 800 minutes of driving for one site: never in a day
    for day in solved.days:
        assert tour_minutes(m, day) <= 240


def test_the_optimum_is_exact_and_beats_nearest_neighbour_on_a_trap() -> None:
    # nearest neighbour goes to 1 first and must come back far; the optimum goes round
    x = np.array([[0, 0], [1, 0], [-2, 0], [10, 0]], float)
    m = np.abs(x[:, None, 0] - x[None, :, 0])
    best, tour = optimal_tour(m)
    assert best == 24 and tour_minutes(m, tour) == 24
    # greedy: 0 -> 1 -> -2 -> 10 -> 0 = 1 + 3 + 12 + 10
    assert tour_minutes(m, nearest_neighbour_tour(m)) == 26
    assert tour_minutes(m, solve_trip(m, 1, UNLIMITED, time_limit_s=0.2).days[0]) == 24


def test_overnight_trips_sleep_at_a_site_and_never_drive_at_night() -> None:
    # a line of sites 200-600 minutes out: too far for day loops from the base
    x = np.array([0, 200, 210, 400, 420, 600.0])
    m = np.abs(x[:, None] - x[None, :])
    limits = DayLimits(drive_minutes=360, work_minutes=600, on_site_minutes=60)
    assert solve_trip(m, 3, limits, time_limit_s=0.2).dropped == [1, 2, 3, 4, 5]
    solved = solve_trip(m, 3, limits, time_limit_s=0.3, overnight=True)
    assert solved.dropped == [] and sorted(k for d in solved.days for k in d) == [1, 2, 3, 4, 5]
    route = [0, *(k for d in solved.days for k in d)]
    times = {0: 7 * 60, **solved.arrivals}
    for a, b in zip(route, route[1:], strict=False):
        arrive = times[b]
        leave = arrive - m[a, b]
        day = arrive // 1440
        # the leg starts and ends inside the same working day (07:00-17:00), after the visit
        assert day * 1440 + 7 * 60 <= leave and arrive + 60 <= day * 1440 + 17 * 60
        assert leave >= times[a] + (60 if a else 0)
    back = solved.back
    assert back - m[route[-1], 0] >= (back // 1440) * 1440 + 7 * 60
    assert back <= 2 * 1440 + 17 * 60
