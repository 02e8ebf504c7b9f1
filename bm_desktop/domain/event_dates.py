"""What is known of a security event's date, and the periods it honestly counts in.

Conflict-event sources date some events to the day, others only to a month or a
year (UCDP's ``date_prec`` 4 and 5, trackers that give "2023"). Such an event is
stored with ``date_start``..``date_end`` spanning its month or year and
``date_unit`` "month" or "year". The rules, used by filters, the map, the
reports and the alerts alike:

* a day-dated event counts in every period its days touch (as before);
* a month- or year-dated event counts only in a period that contains its whole
  month or year: a year-dated 2023 event counts in 2023, never in a quarter;
* only day-dated events raise proximity alerts (a "last 30 days" alert from an
  event known to the year would be a guess);
* it is shown as "2023" or "2023-03", never as "2023-01-01".
"""

from __future__ import annotations

import calendar
import datetime as dt

DAY, MONTH, YEAR = "day", "month", "year"
UNITS = (DAY, MONTH, YEAR)


def span(unit: str, year: int, month: int = 1) -> tuple[dt.date, dt.date]:
    """The first and last day of a month or a year."""
    if unit == YEAR:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def may_alert(unit: str) -> bool:
    """Can the event raise a proximity alert (is its day known)?"""
    return unit == DAY


def date_text(start: dt.date, end: dt.date, unit: str) -> str:
    """The date as the source knows it: "2023", "2023-03", "2023-03-14" or a day range."""
    if unit == YEAR:
        return f"{start.year}"
    if unit == MONTH:
        return f"{start.year}-{start.month:02d}"
    if start == end:
        return start.isoformat()
    return f"{start.isoformat()} – {end.isoformat()}"
