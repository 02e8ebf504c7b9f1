"""Counting incidents reads the covering index, never the table row by row.

With 1,000,000 incidents in an encrypted file, the Sites table's counts took 10.8 s:
SQLite took the period's range from ``ix_incidents_occurred_on`` and fetched every row
from the table at random (each page decrypted again and again). Every count the window
and the reports make is checked here against SQLite's own query plan."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from bm_desktop.db import kpi_queries
from bm_desktop.db.models.incidents import COUNTING_INDEX
from bm_desktop.domain.filters import FilterState
from bm_desktop.domain.kpi import EVERYWHERE, Period
from bm_desktop.services import sites

PERIOD = Period(dt.date(2021, 4, 1), dt.date(2022, 3, 31))


def _plans(db, run) -> list[str]:  # noqa: ANN001
    """The query plan lines of every SELECT on incidents that ``run(session)`` makes."""
    seen: list[tuple[str, tuple]] = []

    def remember(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT") and "incidents" in statement:
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        with db.sessions() as s:
            run(s)
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    assert seen, "no query on incidents was made"
    with db.engine.connect() as conn:
        return [
            str(row[-1])
            for statement, parameters in seen
            for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        ]


COUNTS = {
    "sites table": lambda s: sites.incident_counts(s, FilterState()),
    "verified, severe": lambda s: sites.incident_counts(
        s, FilterState(verified_only=True, severities=frozenset({3, 4}))
    ),
    "total": lambda s: kpi_queries.count_incidents(s, PERIOD, EVERYWHERE),
    **{
        f"by {by}": (lambda s, by=by: kpi_queries.incident_counts_by(s, by, PERIOD, EVERYWHERE))
        for by in kpi_queries.INCIDENT_GROUPS
    },
}


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_incidents_are_counted_from_the_covering_index(sample_db, name: str) -> None:
    plans = [p for p in _plans(sample_db, COUNTS[name]) if " incidents " in f" {p} "]
    assert plans, "the plan never reads incidents"
    for plan in plans:
        assert f"USING COVERING INDEX {COUNTING_INDEX}" in plan, plan
