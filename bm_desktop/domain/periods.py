"""Named periods the Filters dock offers: a month, the last complete quarter, a
calendar quarter or year, and the day those presets are reckoned from.

"This month" and "last quarter" count from the latest day with data when the data
stop before the current month (a laptop with last year's data would otherwise
show an empty month), and from today when the data are current.
"""

from __future__ import annotations

import calendar
import datetime as dt


def this_month(day: dt.date) -> tuple[dt.date, dt.date]:
    """From the first of ``day``'s month to ``day``."""
    return day.replace(day=1), day


def quarter(year: int, q: int) -> tuple[dt.date, dt.date]:
    """Calendar quarter ``q`` (1..4) of ``year``."""
    first = 3 * (q - 1) + 1
    return dt.date(year, first, 1), dt.date(
        year, first + 2, calendar.monthrange(year, first + 2)[1]
    )


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def last_quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last complete calendar quarter before ``today``."""
    year, q = quarter_of(today)
    year, q = (year, q - 1) if q > 1 else (year - 1, 4)
    return quarter(year, q)


def year_period(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def quarters_between(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    """Every (year, quarter) from ``first``'s to ``last``'s, newest first."""
    out = []
    year, q = quarter_of(first)
    end = quarter_of(last)
    while (year, q) <= end:
        out.append((year, q))
        year, q = (year, q + 1) if q < 4 else (year + 1, 1)
    return out[::-1]


def reference_day(today: dt.date, last_data_day: dt.date | None) -> dt.date:
    """The day "this month" and "last quarter" count from: today while the data reach
    the current month, else the latest day with data."""
    if last_data_day is None or last_data_day >= today.replace(day=1):
        return today
    return last_data_day


def last_quarter_from(reference: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """The last complete quarter as of ``reference``: before today's quarter when the
    data are current, else the quarter that ends with the data if they end on its last
    day (data to 31/03 make Q1 complete), or the one before it."""
    if reference == today:
        return last_quarter(today)
    return last_quarter(reference + dt.timedelta(days=1))
