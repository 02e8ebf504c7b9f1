"""Sample programme generation and the headline KPIs.

* Generation: ``generate_sample_programme`` (scale 1) writes its ~28,000 rows with
  one Core ``executemany`` per table. Baseline: the same rows as ORM objects
  through ``session.add_all`` and one flush per table (the usual way).
* Headline figures: ``kpis.programme_figures`` for the 2021-22 reporting year on
  the sample at scale 10 (quick: 3), i.e. grouped SQL with a window function for
  the status of each action as of the date. Baseline: load the incidents,
  actions and progress updates as ORM objects and count in Python.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

GENERATION_BUDGET_S = 5.0
FIGURES_BUDGET_S = 1.0


def _fresh(tmp: Path, name: str):
    from bm_desktop.db.engine import open_database

    return open_database(tmp / f"{name}.sqlite")


def _generate_with_orm(db) -> int:
    """The baseline writer: the generator's rows as ORM objects, flushed by the session."""
    from bm_desktop.db.base import Base
    from bm_desktop.db.reference_data import seed_reference_data
    from bm_desktop.services.sample_programme.actions import build_actions
    from bm_desktop.services.sample_programme.context import Reference, SampleBuilder
    from bm_desktop.services.sample_programme.events import build_events
    from bm_desktop.services.sample_programme.incidents import build_incidents
    from bm_desktop.services.sample_programme.meetings import build_meetings
    from bm_desktop.services.sample_programme.sites import build_sites
    from bm_desktop.services.sample_programme.stakeholders import build_stakeholders

    with db.sessions.begin() as session:
        seed_reference_data(session)
        session.flush()
        b = SampleBuilder(db, Reference.load(session), 2021, 0)
        sites = build_sites(b)
        build_stakeholders(b, sites)
        incidents, risks = build_incidents(b, sites)
        actions = build_actions(b, incidents, risks)
        build_meetings(b, sites, incidents, actions)
        build_events(b, sites)
        n = 0
        by_table = {model.__table__: model for model in b.rows}
        for table in Base.metadata.sorted_tables:  # parents first: the models have no relationships
            if table in by_table:
                objects = [by_table[table](**row) for row in b.rows[by_table[table]]]
                session.add_all(objects)
                session.flush()
                n += len(objects)
    return n


def _figures_in_python(db, start: dt.date, end: dt.date) -> tuple[int, int, int]:
    """Baseline: ORM objects, then the counting rules in Python."""
    from sqlalchemy import select

    from bm_desktop.db.models import ActionProgress, CorrectiveAction, Incident

    with db.sessions() as s:
        incidents = [
            i
            for i in s.scalars(select(Incident))
            if not i.deleted and i.verification != "rejected" and start <= i.occurred_on <= end
        ]
        progress = defaultdict(list)
        for p in s.scalars(select(ActionProgress)):
            if not p.deleted and p.on <= end:
                progress[p.action_id].append(p)
        recommended = implementing = 0
        for action in s.scalars(select(CorrectiveAction)):
            if action.deleted or action.recommended_on > end:
                continue
            recommended += 1
            updates = progress.get(action.id)
            if updates:
                last = max(updates, key=lambda p: (p.on, p.seq, p.updated_at))
                implementing += last.status in ("in_progress", "implemented", "verified")
    return len(incidents), recommended, implementing


def run(quick: bool) -> list[dict]:
    from bm_desktop.domain.kpi import Period
    from bm_desktop.services import kpis
    from bm_desktop.services.sample_programme import generate_sample_programme

    tmp = Path(tempfile.mkdtemp(prefix="bm-bench-kpis-"))
    reps = 1 if quick else 3
    ours, base, rows = [], [], 0
    for i in range(reps):
        db = _fresh(tmp, f"gen{i}")
        t = time.perf_counter()
        rows = generate_sample_programme(db).rows
        ours.append(time.perf_counter() - t)
        db.dispose()
    db = _fresh(tmp, "orm")
    t = time.perf_counter()
    _generate_with_orm(db)
    base.append(time.perf_counter() - t)
    db.dispose()
    gen = {
        "name": "sample programme generation (scale 1)",
        "n": rows,
        "ours_s": statistics.median(ours),
        "baseline": "ORM add_all + flush per table, same rows",
        "baseline_s": statistics.median(base),
        "budget_s": GENERATION_BUDGET_S,
    }
    gen["ratio"] = gen["baseline_s"] / gen["ours_s"]

    scale = 3 if quick else 10
    db = _fresh(tmp, f"scale{scale}")
    t = time.perf_counter()
    summary = generate_sample_programme(db, scale=scale)
    scaled_s = time.perf_counter() - t
    year = Period(dt.date(2021, 4, 1), dt.date(2022, 3, 31))
    ours, base = [], []
    for _ in range(3 if quick else 5):
        t = time.perf_counter()
        figures = kpis.programme_figures(db, year)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        naive = _figures_in_python(db, year.start, year.end)
        base.append(time.perf_counter() - t)
    assert naive == (figures.incidents, figures.actions.recommended, figures.actions.implementing)
    db.dispose()
    fig = {
        "name": f"headline KPIs of a year (sample x{scale})",
        "n": summary.incidents,
        "ours_s": statistics.median(ours),
        "baseline": "ORM objects + Python counting (3 of the figures only)",
        "baseline_s": statistics.median(base),
        "budget_s": FIGURES_BUDGET_S,
        "note": f"generating x{scale} took {scaled_s:.1f} s",
    }
    fig["ratio"] = fig["baseline_s"] / fig["ours_s"]
    return [gen, fig]


if __name__ == "__main__":
    for row in run("--quick" in sys.argv):
        print(row)
