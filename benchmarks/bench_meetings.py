"""CAP agendas: build one site's agenda, and prepare a whole region's agendas.

* ``build_agenda`` for Karajipopo (LB-01), March 2022, on the sample programme:
  grouped queries (each action's status as of the meeting from one window-function
  query). Baseline: the usual ORM way, the site's actions loaded as objects and
  each action's progress updates read one query per action (N+1), then the same
  builder.
* "Prepare all agendas" for Eastern DRC, March 2022 (gather + workbook), against
  a budget: a coordinator waits for it.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

SITE, MONTH, REGION = "LB-01", "2022-03", "Eastern DRC"
BUILD_BUDGET_S = 0.5
REGION_BUDGET_S = 10.0


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _statuses(db, naive: bool) -> int:
    """The status of each of the site's actions as of the meeting day: one grouped query
    (ours, as the agenda does) or the usual ORM way, one progress query per action."""
    from sqlalchemy import select

    from bm_desktop.db.models import ActionProgress, CorrectiveAction
    from bm_desktop.services import agenda_inputs

    with db.sessions() as s:
        site = agenda_inputs.resolve_site(s, SITE)
        day = agenda_inputs.meeting_day(agenda_inputs.meeting_of_month(s, site.id, MONTH), MONTH)
        actions = list(
            s.scalars(
                select(CorrectiveAction).where(
                    CorrectiveAction.site_id == site.id, CorrectiveAction.deleted.is_(False)
                )
            )
        )
        if not naive:
            return len(agenda_inputs._status_as_of(s, [a.id for a in actions], day))
        statuses = {}
        for action in actions:
            updates = list(
                s.scalars(
                    select(ActionProgress).where(
                        ActionProgress.action_id == action.id,
                        ActionProgress.deleted.is_(False),
                        ActionProgress.on <= day,
                    )
                )
            )
            updates.sort(key=lambda u: (u.on, u.seq, u.updated_at))
            statuses[action.id] = updates[-1].status if updates else "recommended"
        return len(statuses)


def run(quick: bool) -> list[dict]:
    from bm_desktop.db.engine import open_database
    from bm_desktop.exchange import agenda_workbook
    from bm_desktop.services import meetings
    from bm_desktop.services.sample_programme import generate_sample_programme

    tmp = Path(tempfile.mkdtemp(prefix="bm-bench-meetings-"))
    db = open_database(tmp / "sample.sqlite")
    generate_sample_programme(db)
    repeat = 3 if quick else 7
    papers = meetings.build_agenda(db, SITE, MONTH)
    build = _median(lambda: meetings.build_agenda(db, SITE, MONTH), repeat)
    n_actions = _statuses(db, naive=False)
    ours = _median(lambda: _statuses(db, naive=False), repeat)
    baseline = _median(lambda: _statuses(db, naive=True), repeat)
    region = _median(
        lambda: agenda_workbook.write_region_agendas(db, REGION, MONTH, tmp / "region.xlsx"),
        1 if quick else 3,
    )
    sites = len(meetings.region_site_codes(db, REGION, MONTH))
    db.dispose()
    return [
        {
            "name": "agenda: build one site's agenda",
            "n": len(papers.draft.entries),
            "ours_s": build,
            "baseline": "—",
            "baseline_s": None,
            "ratio": None,
            "budget_s": BUILD_BUDGET_S,
            "note": f"{SITE} {MONTH}, agenda items",
        },
        {
            "name": "agenda: action statuses as of the meeting",
            "n": n_actions,
            "ours_s": ours,
            "baseline": "ORM, one progress query per action (N+1)",
            "baseline_s": baseline,
            "ratio": baseline / ours if ours else None,
            "note": f"{SITE} {MONTH}, actions",
        },
        {
            "name": "agenda: prepare a region's agendas (xlsx)",
            "n": sites,
            "ours_s": region,
            "baseline": "—",
            "baseline_s": None,
            "ratio": None,
            "budget_s": REGION_BUDGET_S,
            "note": f"{REGION} {MONTH}, sites",
        },
    ]
