"""Which security events count in a period, in SQL: day-dated ones when their days touch
it; month- or year-dated ones only when the period holds their whole month or year."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, or_

from bm_desktop.db.models import SecurityEvent
from bm_desktop.domain.event_dates import DAY


def counted_in(first: dt.date, last: dt.date) -> ColumnElement[bool]:
    e = SecurityEvent
    return or_(
        and_(e.date_unit == DAY, e.date_start <= last, e.date_end >= first),
        and_(e.date_unit != DAY, e.date_start >= first, e.date_end <= last),
    )
