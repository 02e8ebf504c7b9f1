"""Visit planner: ranking, planning speed and route quality.

* Ranking 3,000 sites (domain/visit_priority.rank_sites, every factor with its points)
  against a pandas baseline computing the same scores column-wise and sorting.
  Budget 100 ms.
* A 3-day plan of 15 sites on the sample programme (Rwanda from Kigali, top 15:
  ranking, travel matrix, OR-Tools, security flags), end to end. Budget 2 s.
  Baseline: nearest neighbour filling each day until its limits.
* Route quality: one-day loops of 4 to 9 sites (10 random instances per size): the
  solver's length against the exact optimum (Held-Karp), worst gap (budget 2%); and the
  sample's Eastern DRC sites as one loop from Goma: ours, nearest neighbour, optimum.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

RANK_N, RANK_BUDGET_S = 3000, 0.100
PLAN_BUDGET_S = 2.0
FIRST = dt.date(2023, 1, 9)


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _facts(n: int):
    import random

    from bm_desktop.domain.visit_priority import SiteFacts

    rng = random.Random(15)
    return [
        SiteFacts(
            k,
            f"S-{k:04d}",
            f"Site {k}",
            rng.choice([0, 0, 1, 2, 4]),
            rng.choice([0, 0, 0, 1, 3]),
            rng.randint(0, 12),
            rng.choice([None, *range(0, 400, 7)]),
            rng.random() < 0.2,
            rng.choice([0, 0, 0, 1, 2, 7]),
        )
        for k in range(n)
    ]


def _pandas_rank(frame, w):  # noqa: ANN001, ANN202
    import numpy as np

    late = (frame["days"] - w.target_interval_days).clip(lower=0)
    visit = np.where(
        frame["days"].isna(),
        w.target_interval_days / 30.0 * w.visit_due,
        (late / 30.0 * w.visit_due).round(1),
    )
    score = (
        frame["severe"] * w.unverified_severe
        + frame["wfcl"] * w.wfcl
        + frame["overdue"] * w.overdue_actions
        + np.nan_to_num(visit)
        + frame["meeting"] * w.cap_meeting
        + frame["alerts"].clip(upper=w.alerts_cap) * w.security_alerts
    ).round(1)
    return frame.assign(score=score).sort_values(["score", "code"], ascending=[False, True])


def _greedy_days(minutes, n_days: int, limits):  # noqa: ANN001, ANN202
    """Baseline: nearest neighbour, each day filled while the limits allow."""
    left = set(range(1, minutes.shape[0]))
    days = []
    for _ in range(n_days):
        here, drive, work, day = 0, 0.0, 0.0, []
        while True:
            options = [
                k
                for k in left
                if drive + minutes[here, k] + minutes[k, 0] <= limits.drive_minutes
                and work + minutes[here, k] + limits.on_site_minutes + minutes[k, 0]
                <= limits.work_minutes
            ]
            if not options:
                break
            k = min(options, key=lambda j: (minutes[here, j], j))
            drive += minutes[here, k]
            work += minutes[here, k] + limits.on_site_minutes
            day.append(k)
            left.remove(k)
            here = k
        days.append(day)
    return days, sorted(left)


def run(quick: bool) -> list[dict]:
    import numpy as np
    import pandas as pd

    from bm_desktop.db.engine import open_database
    from bm_desktop.domain.visit_priority import PriorityWeights, rank_sites
    from bm_desktop.geo.travel import StraightLineTravel
    from bm_desktop.services.sample_programme import generate_sample_programme
    from bm_desktop.services.trip_planner import (
        REGIONAL_OFFICES,
        TripRequest,
        plan_trip,
    )
    from bm_desktop.services.trip_solver import (
        DayLimits,
        nearest_neighbour_tour,
        optimal_tour,
        solve_trip,
        tour_minutes,
    )
    from bm_desktop.services.visit_priorities import PlannerArea, area_sites

    repeat = 3 if quick else 7
    facts = _facts(RANK_N)
    w = PriorityWeights()
    ours_rank = _median(lambda: rank_sites(facts, w), repeat)
    frame = pd.DataFrame(
        {
            "code": [f.code for f in facts],
            "severe": [f.unverified_severe for f in facts],
            "wfcl": [f.wfcl for f in facts],
            "overdue": [f.overdue_actions for f in facts],
            "days": [np.nan if f.days_since_visit is None else f.days_since_visit for f in facts],
            "meeting": [int(f.cap_meeting_in_window) for f in facts],
            "alerts": [f.security_alerts for f in facts],
        }
    )
    base_rank = _median(lambda: _pandas_rank(frame, w), repeat)
    same = [r.facts.code for r in rank_sites(facts, w)[:100]] == list(
        _pandas_rank(frame, w)["code"][:100]
    )

    tmp = Path(tempfile.mkdtemp(prefix="bm-bench-visits-"))
    db = open_database(tmp / "sample.sqlite")
    generate_sample_programme(db)
    req = TripRequest(PlannerArea(region="Rwanda"), "Kigali", FIRST, 3, top=15)
    plan = plan_trip(db, req)
    ours_plan = _median(lambda: plan_trip(db, req), 1 if quick else 3)
    sites = [
        s
        for s in area_sites(db, PlannerArea(region="Rwanda"))[0]
        if s.code in {r.facts.code for r in plan.ranked[:15]}
    ]
    m = StraightLineTravel("Rwanda").matrix(
        [REGIONAL_OFFICES["Kigali"][0], *(s.longitude for s in sites)],
        [REGIONAL_OFFICES["Kigali"][1], *(s.latitude for s in sites)],
    )
    limits = DayLimits(6 * 60, 10 * 60, 120)
    start = time.perf_counter()
    greedy, greedy_left = _greedy_days(m.minutes, 3, limits)
    greedy_s = time.perf_counter() - start
    greedy_km = sum(tour_minutes(m.km, d) for d in greedy if d)
    score = {r.facts.code: r.score for r in plan.ranked}
    greedy_points = sum(score[sites[k - 1].code] for d in greedy for k in d)
    ours_points = sum(score[s.site.code] for s in plan.stops)

    night_req = TripRequest(
        PlannerArea(region="Eastern DRC"),
        "Goma",
        FIRST,
        5,
        drive_hours=8,
        work_hours=11,
        top=8,
        overnight=True,
    )
    loop_req = TripRequest(
        PlannerArea(region="Eastern DRC"), "Goma", FIRST, 5, drive_hours=8, work_hours=11, top=8
    )
    night_plan, loop_plan = plan_trip(db, night_req), plan_trip(db, loop_req)
    night_s = _median(lambda: plan_trip(db, night_req), 1 if quick else 3)
    rng = np.random.default_rng(6)
    worst = 0.0
    for size in range(4, 10):
        for _ in range(3 if quick else 10):
            p = rng.random((size + 1, 2)) * 150
            mat = np.sqrt(((p[:, None] - p[None]) ** 2).sum(-1))
            best = optimal_tour(mat)[0]
            got = tour_minutes(mat, solve_trip(mat, 1, DayLimits(10**6, 10**6, 0)).days[0])
            worst = max(worst, got / best - 1)
    east, _ = area_sites(db, PlannerArea(region="Eastern DRC"))
    em = StraightLineTravel("Eastern DRC").matrix(
        [REGIONAL_OFFICES["Goma"][0], *(s.longitude for s in east)],
        [REGIONAL_OFFICES["Goma"][1], *(s.latitude for s in east)],
    )
    ours_tour = tour_minutes(em.km, solve_trip(em.km, 1, DayLimits(10**7, 10**7, 0)).days[0])
    nn_tour = tour_minutes(em.km, nearest_neighbour_tour(em.km))
    opt_tour = optimal_tour(em.km)[0]
    db.dispose()
    return [
        {
            "name": "visits: rank sites with the why",
            "n": RANK_N,
            "ours_s": ours_rank,
            "baseline": "pandas, scores column-wise + sort",
            "baseline_s": base_rank,
            "ratio": base_rank / ours_rank if ours_rank else None,
            "budget_s": RANK_BUDGET_S,
            "note": f"same top 100: {same}",
        },
        {
            "name": "visits: 3-day plan of 15 sites (OR-Tools)",
            "n": 15,
            "ours_s": ours_plan,
            "baseline": "nearest neighbour filling each day",
            "baseline_s": greedy_s,
            "ratio": None,
            "budget_s": PLAN_BUDGET_S,
            "note": (
                f"Rwanda from Kigali: ours {len(plan.stops)} sites, {ours_points:.0f} "
                f"priority points, {plan.km:.0f} km; greedy {sum(map(len, greedy))} sites, "
                f"{greedy_points:.0f} points, {greedy_km:.0f} km"
            ),
        },
        {
            "name": "visits: 5-day Eastern DRC trip, nights on the road",
            "n": 8,
            "ours_s": night_s,
            "baseline": "—",
            "baseline_s": None,
            "ratio": None,
            "budget_s": PLAN_BUDGET_S,
            "note": (
                f"from Goma, top 8: {len(night_plan.stops)} sites with nights at sites, "
                f"{len(loop_plan.stops)} with day loops from Goma"
            ),
        },
        {
            "name": "visits: worst gap to the optimum, 4-9 sites",
            "n": 6 * (3 if quick else 10),
            "ours_s": None,
            "baseline": "Held-Karp exact",
            "baseline_s": None,
            "ratio": None,
            "note": f"worst gap {worst * 100:.2f}% (budget 2%)",
        },
        {
            "name": "visits: Eastern DRC loop from Goma",
            "n": len(east),
            "ours_s": None,
            "baseline": "nearest neighbour",
            "baseline_s": None,
            "ratio": None,
            "note": f"ours {ours_tour:.0f} km, nearest neighbour {nn_tour:.0f} km, "
            f"optimum {opt_tour:.0f} km",
        },
    ]


if __name__ == "__main__":
    from run import table  # type: ignore[import-not-found]

    print(table(run("--quick" in sys.argv)))
