"""Ordering sites and splitting them into days: OR-Tools' routing solver.

The model (chosen for the programme's offices, which sit a day's drive or less from
their sites): **each day starts and ends at the base** (the regional office), one
"vehicle" per day. Two dimensions bound a day: *driving* (travel minutes only,
at most the driving hours per day) and *working* (travel plus time on site, at most
the working day). A site the days cannot hold is dropped through a disjunction
whose penalty grows with its priority, so the solver keeps the most needed sites and
the plan lists the others as not fitting. The objective is the total travel time.

With ``overnight`` (for regions whose sites lie more than half a day from the office,
such as Eastern DRC): one vehicle for the whole trip, **nights at the last site of
the day**, back at the base by the end of the last day. A clock dimension runs over
the trip's days: every arrival leaves time for the visit within a working day
(07:00 to 07:00 + the working day), every leg starts within a working day (a
constraint on each possible pair: if j follows i, the arrival at j less the drive
from i is not at night) and no leg is longer than a day's driving; so nobody drives
at night, and waiting overnight happens at a site. The working day bounds driving
and site time together; the driving hours are not summed per day in this mode.

Search: the path-cheapest-arc first solution, then guided local search for a time
budget (default 1 s, 0.3 s for small trips). Pure functions over matrices; no
database, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

DROP_PENALTY = 10_000_000  # minutes-equivalent; priorities add to it


@dataclass(frozen=True)
class DayLimits:
    drive_minutes: int = 6 * 60
    work_minutes: int = 10 * 60
    on_site_minutes: int = 120


DAY_START = 7 * 60
DAY = 24 * 60


@dataclass(frozen=True)
class SolvedTrip:
    days: list[list[int]]  # per day, the place indices visited (0 = base excluded)
    dropped: list[int]  # place indices that do not fit
    arrivals: dict[int, int] | None = None  # overnight mode: minutes from day 1, 00:00
    back: int | None = None  # overnight mode: arrival at the base, same clock


def _search(routing, n: int, time_limit_s: float | None):  # noqa: ANN001, ANN202
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2

    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    params.local_search_metaheuristic = (
        routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    )
    budget = time_limit_s if time_limit_s is not None else (0.3 if n <= 10 else 1.0)
    params.time_limit.FromMilliseconds(int(budget * 1000))
    return routing.SolveWithParameters(params)


def _drop_penalties(routing, manager, n: int, priorities) -> None:  # noqa: ANN001
    pr = list(priorities) if priorities is not None else [0.0] * n
    for node in range(1, n):
        penalty = DROP_PENALTY + int(round(max(pr[node], 0.0) * 1000))
        routing.AddDisjunction([manager.NodeToIndex(node)], penalty)


def solve_trip(
    minutes: np.ndarray,
    n_days: int,
    limits: DayLimits,
    priorities: Sequence[float] | None = None,
    time_limit_s: float | None = None,
    overnight: bool = False,
) -> SolvedTrip:
    """Days of visits over places 1..n-1 from base 0, given the travel minutes."""
    from ortools.constraint_solver import pywrapcp

    n = minutes.shape[0]
    if n <= 1 or n_days <= 0:
        return SolvedTrip([[] for _ in range(max(n_days, 0))], list(range(1, n)))
    travel = np.rint(minutes).astype(np.int64)
    if overnight:
        return _solve_overnight(travel, n_days, limits, priorities, time_limit_s)
    manager = pywrapcp.RoutingIndexManager(n, n_days, 0)
    routing = pywrapcp.RoutingModel(manager)

    def drive(i: int, j: int) -> int:
        return int(travel[manager.IndexToNode(i), manager.IndexToNode(j)])

    def work(i: int, j: int) -> int:
        a = manager.IndexToNode(i)
        return int(travel[a, manager.IndexToNode(j)]) + (limits.on_site_minutes if a else 0)

    drive_cb = routing.RegisterTransitCallback(drive)
    work_cb = routing.RegisterTransitCallback(work)
    routing.SetArcCostEvaluatorOfAllVehicles(drive_cb)
    routing.AddDimension(drive_cb, 0, int(limits.drive_minutes), True, "drive")
    routing.AddDimension(work_cb, 0, int(limits.work_minutes), True, "work")
    _drop_penalties(routing, manager, n, priorities)
    solution = _search(routing, n, time_limit_s)
    if solution is None:
        return SolvedTrip([[] for _ in range(n_days)], list(range(1, n)))
    days: list[list[int]] = []
    seen: set[int] = set()
    for v in range(n_days):
        idx = routing.Start(v)
        stops = []
        while not routing.IsEnd(idx):
            node = manager.IndexToNode(idx)
            if node:
                stops.append(node)
                seen.add(node)
            idx = solution.Value(routing.NextVar(idx))
        days.append(stops)
    # empty days last: a day with visits is never left idle before a later busy day
    days.sort(key=lambda d: not d)
    return SolvedTrip(days, [k for k in range(1, n) if k not in seen])


def _nights(var, n_days: int, day_end: int) -> None:  # noqa: ANN001
    """Remove the nights (end of a working day to 07:00 the next day) from ``var``."""
    for d in range(n_days - 1):
        var.RemoveInterval(d * DAY + DAY_START + day_end + 1, (d + 1) * DAY + DAY_START - 1)


def _solve_overnight(
    travel: np.ndarray,
    n_days: int,
    limits: DayLimits,
    priorities: Sequence[float] | None,
    time_limit_s: float | None,
) -> SolvedTrip:
    from ortools.constraint_solver import pywrapcp

    n = travel.shape[0]
    manager = pywrapcp.RoutingIndexManager(n, 1, 0)
    routing = pywrapcp.RoutingModel(manager)
    on_site, day_end = limits.on_site_minutes, limits.work_minutes

    def drive(i: int, j: int) -> int:
        return int(travel[manager.IndexToNode(i), manager.IndexToNode(j)])

    def clock(i: int, j: int) -> int:
        a = manager.IndexToNode(i)
        return int(travel[a, manager.IndexToNode(j)]) + (on_site if a else 0)

    drive_cb = routing.RegisterTransitCallback(drive)
    clock_cb = routing.RegisterTransitCallback(clock)
    routing.SetArcCostEvaluatorOfAllVehicles(drive_cb)
    horizon = n_days * DAY
    routing.AddDimension(clock_cb, DAY, horizon, False, "clock")
    dim = routing.GetDimensionOrDie("clock")
    solver = routing.solver()
    start, end = routing.Start(0), routing.End(0)
    dim.CumulVar(start).SetValue(DAY_START)
    dim.CumulVar(end).SetRange(DAY_START, (n_days - 1) * DAY + DAY_START + day_end)
    _nights(dim.CumulVar(end), n_days, day_end)
    index = {node: (start if node == 0 else manager.NodeToIndex(node)) for node in range(n)}
    for node in range(1, n):
        var = dim.CumulVar(index[node])
        var.SetRange(DAY_START, (n_days - 1) * DAY + DAY_START + day_end - on_site)
        _nights(var, n_days, day_end - on_site)
    far = horizon + DAY
    for a in range(n):
        for b in range(n):
            if a == b or (a == 0 and b == 0):
                continue
            target = end if b == 0 else index[b]
            if travel[a, b] > limits.drive_minutes:
                routing.NextVar(index[a]).RemoveValue(target)
                continue
            # if b follows a, the leg starts (arrival at b less the drive) within a day
            leave = solver.IntVar(0, horizon + far, f"leave_{a}_{b}")
            _nights(leave, n_days, day_end)
            follows = solver.IsEqualCstVar(routing.NextVar(index[a]), target)
            solver.Add(leave == dim.CumulVar(target) - int(travel[a, b]) + far * (1 - follows))
    _drop_penalties(routing, manager, n, priorities)
    solution = _search(routing, n, time_limit_s)
    days: list[list[int]] = [[] for _ in range(n_days)]
    if solution is None:
        return SolvedTrip(days, list(range(1, n)))
    arrivals: dict[int, int] = {}
    idx = solution.Value(routing.NextVar(start))
    while not routing.IsEnd(idx):
        node = manager.IndexToNode(idx)
        arrivals[node] = solution.Value(dim.CumulVar(idx))
        days[min(arrivals[node] // DAY, n_days - 1)].append(node)
        idx = solution.Value(routing.NextVar(idx))
    return SolvedTrip(
        days,
        [k for k in range(1, n) if k not in arrivals],
        arrivals,
        solution.Value(dim.CumulVar(end)),
    )


def tour_minutes(minutes: np.ndarray, stops: Sequence[int]) -> float:
    """Minutes of a day's loop from the base through ``stops`` and back."""
    route = [0, *stops, 0]
    return float(sum(minutes[a, b] for a, b in zip(route, route[1:], strict=False)))


def nearest_neighbour_tour(matrix: np.ndarray) -> list[int]:
    """The greedy baseline: always drive to the nearest unvisited place."""
    left = set(range(1, matrix.shape[0]))
    tour, here = [], 0
    while left:
        here = min(left, key=lambda k: (matrix[here, k], k))
        tour.append(here)
        left.remove(here)
    return tour


def optimal_tour(matrix: np.ndarray) -> tuple[float, list[int]]:
    """The exact shortest loop from place 0 through all others (Held-Karp; n <= 13)."""
    n = matrix.shape[0]
    if n <= 1:
        return 0.0, []
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for k in range(1, n):
        best[(1 << k, k)] = (float(matrix[0, k]), 0)
    for mask in range(1, 1 << n):
        if mask & 1:
            continue
        for k in range(1, n):
            if not mask & (1 << k) or (mask, k) not in best:
                continue
            cost = best[(mask, k)][0]
            for j in range(1, n):
                if mask & (1 << j):
                    continue
                key = (mask | (1 << j), j)
                c = cost + float(matrix[k, j])
                if key not in best or c < best[key][0]:
                    best[key] = (c, k)
    full = sum(1 << k for k in range(1, n))
    cost, last = min((best[(full, k)][0] + float(matrix[k, 0]), k) for k in range(1, n))
    tour, mask = [], full
    while last:
        tour.append(last)
        mask, last = mask ^ (1 << last), best[(mask, last)][1]
    return cost, tour[::-1]
