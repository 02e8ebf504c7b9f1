"""Sorting and filtering column tables without a Python call per comparison."""

from __future__ import annotations

import datetime as dt

import numpy as np

from bm_desktop.domain.columnar import (
    CategoryColumn,
    ColumnarTable,
    DateColumn,
    NumberColumn,
    TextColumn,
    day_number,
)


def table() -> ColumnarTable:
    days = np.array([day_number(dt.date(2021, m, 1)) for m in (9, 7, 8, 7)], dtype=np.int32)
    return ColumnarTable(
        {
            "date": DateColumn(days),
            "site": CategoryColumn(
                np.array([1, 0, 2, 1], dtype=np.int32), ["b-site", "A-site", "c"]
            ),
            "severity": NumberColumn(np.array([3, 1, 4, 2])),
            "summary": TextColumn(["Pit collapse", "child at the pit", "Army taxes", "dust"]),
        },
        4,
    )


def test_sort_orders_are_stable_and_case_insensitive() -> None:
    t = table()
    mask = np.ones(4, dtype=bool)
    assert t.view_order(mask, "date").tolist() == [1, 3, 2, 0]
    assert t.view_order(mask, "site").tolist() == [0, 3, 1, 2]  # A-site, A-site, b-site, c
    assert t.view_order(mask, "severity", descending=True).tolist() == [2, 0, 3, 1]
    assert t.view_order(mask, "summary").tolist() == [2, 1, 3, 0]


def test_filters_combine_with_sorting() -> None:
    t = table()
    mask = t.filter_mask({"severity": ">=2"})
    assert t.view_order(mask, "date").tolist() == [3, 2, 0]
    assert t.filter_mask({"date": "2021-07"}).tolist() == [False, True, False, True]
    assert t.filter_mask({"date": "2021-07-15..2021-08-31"}).tolist() == [False, False, True, False]
    assert t.filter_mask({"site": "a-s"}).tolist() == [True, False, False, True]
    assert t.filter_mask({"severity": "4"}).tolist() == [False, False, True, False]
    assert t.filter_mask({"severity": ">x"}).sum() == 0


def test_full_text_search_spans_columns() -> None:
    t = table()
    assert t.filter_mask({}, "PIT", ["summary", "site"]).tolist() == [True, True, False, False]
    assert t.filter_mask({}, "c", ["site"]).tolist() == [False, False, True, False]


def test_dates_shown_day_first_are_filtered_as_shown_or_typed_iso() -> None:
    """The window shows the register's dates dd/mm/yyyy: a person filters them as they
    read them (a month "07/2021", a range "15/07/2021..31/08/2021") or ISO as before."""
    t = table()
    dates = t.columns["date"]
    assert isinstance(dates, DateColumn)
    assert dates.display(0) == "01/09/2021"
    assert t.filter_mask({"date": "07/2021"}).tolist() == [False, True, False, True]
    assert t.filter_mask({"date": "15/07/2021..31/08/2021"}).tolist() == [False, False, True, False]
    assert t.filter_mask({"date": "<01/08/2021"}).tolist() == [False, True, False, True]
    assert t.filter_mask({"date": "2021-07"}).tolist() == [False, True, False, True]
    assert t.filter_mask({"date": "<31/02/2021"}).sum() == 0  # not a date: nothing


def test_dates_are_shown_and_filtered_day_first() -> None:
    """Issue 11 §3: the register shows dates as the interface does (01/07/2021, JJ/MM/AAAA
    in French) and its Date filter takes what is shown: a day, a month (07/2021) or a
    comparison typed day first; ISO still works."""
    t = table()
    date = t.columns["date"]
    assert [date.display(r) for r in range(4)] == [
        "01/09/2021",
        "01/07/2021",
        "01/08/2021",
        "01/07/2021",
    ]
    assert t.filter_mask({"date": "07/2021"}).tolist() == [False, True, False, True]
    assert t.filter_mask({"date": "01/08/2021"}).tolist() == [False, False, True, False]
    assert t.filter_mask({"date": "15/07/2021..31/08/2021"}).tolist() == [False, False, True, False]
    assert t.filter_mask({"date": ">=01/08/2021"}).tolist() == [True, False, True, False]
    assert t.filter_mask({"date": "<2021-08-01"}).tolist() == [False, True, False, True]
    assert t.filter_mask({"date": ">=31/02/2021"}).sum() == 0  # not a date: nothing, no error
