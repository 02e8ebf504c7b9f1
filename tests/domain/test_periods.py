"""Named periods of the Filters dock: presets count from the latest data when the data
stop before the current month, so they are never silently empty."""

from __future__ import annotations

import datetime as dt

from bm_desktop.domain.periods import (
    last_quarter,
    last_quarter_from,
    quarter,
    quarters_between,
    reference_day,
    this_month,
    year_period,
)

D = dt.date


def test_presets_follow_the_latest_data_when_it_is_old() -> None:
    today = D(2026, 12, 4)
    ref = reference_day(today, D(2022, 12, 31))
    assert ref == D(2022, 12, 31)
    assert this_month(ref) == (D(2022, 12, 1), D(2022, 12, 31))
    # data to the last day of a quarter make that quarter complete
    assert last_quarter_from(ref, today) == (D(2022, 10, 1), D(2022, 12, 31))
    assert last_quarter_from(D(2022, 11, 15), today) == (D(2022, 7, 1), D(2022, 9, 30))


def test_presets_follow_today_when_the_data_are_current() -> None:
    today = D(2026, 12, 4)
    for last in (D(2026, 12, 1), D(2026, 12, 3), None):
        assert reference_day(today, last) == today
    assert last_quarter_from(today, today) == last_quarter(today) == (D(2026, 7, 1), D(2026, 9, 30))


def test_quarters_and_years() -> None:
    assert quarter(2021, 4) == (D(2021, 10, 1), D(2021, 12, 31))
    assert quarter(2024, 1) == (D(2024, 1, 1), D(2024, 3, 31))
    assert year_period(2021) == (D(2021, 1, 1), D(2021, 12, 31))
    assert quarters_between(D(2021, 2, 3), D(2022, 1, 1)) == [
        (2022, 1),
        (2021, 4),
        (2021, 3),
        (2021, 2),
        (2021, 1),
    ]
