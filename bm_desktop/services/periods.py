"""The period shown when the user chose none: the latest reporting year that has data.

``bm-desktop stats`` and ``export`` without ``--from/--to``, and the window's filters
on a first start, use it. "Data" is what happened: incidents by occurrence date,
security events, corrective-action progress updates and CAP meetings held. An
empty database has none, so the reporting year of today is used.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from bm_desktop.db.engine import Database
from bm_desktop.db.models import ActionProgress, CapMeeting, Incident, SecurityEvent
from bm_desktop.domain.filters import reporting_year_of


def latest_data_day(db: Database, today: dt.date | None = None) -> dt.date | None:
    """The latest day with a record, never after ``today`` (a typo in the future does not
    move the default period); None when the database has none."""
    today = today or dt.date.today()
    queries = [
        select(func.max(Incident.occurred_on)).where(
            Incident.deleted.is_(False), Incident.occurred_on <= today
        ),
        select(func.max(SecurityEvent.date_start)).where(
            SecurityEvent.deleted.is_(False), SecurityEvent.date_start <= today
        ),
        select(func.max(ActionProgress.on)).where(
            ActionProgress.deleted.is_(False), ActionProgress.on <= today
        ),
        select(func.max(CapMeeting.held_on)).where(
            CapMeeting.deleted.is_(False), CapMeeting.held_on <= today
        ),
    ]
    with db.sessions() as s:
        days = [s.scalar(q) for q in queries]
    found = [d for d in days if d is not None]
    return max(found) if found else None


def default_period(db: Database, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The latest reporting year (April to March) that has data, else today's."""
    today = today or dt.date.today()
    return reporting_year_of(latest_data_day(db, today) or today)
