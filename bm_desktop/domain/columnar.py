"""Column-oriented tables for large registers: sorting and filtering without a Python
call per comparison.

Each column keeps its values as numpy arrays (categories as small integer codes
into a label list, dates as day numbers), caches its stable ascending sort order
the first time it is asked for, and answers a filter text with a boolean mask.
Sorting a filtered view is then ``order[mask[order]]``: a gather, not a sort.

A filter text is a case-insensitive substring of what the cell shows, or for
numbers and dates a comparison: ``>=3``, ``<2021-07-01``, ``=4``, or a range
``2021-07-01..2021-09-30`` (dates typed ISO or day first: ``<01/07/2021``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from bm_desktop.domain.local_format import day_text

EPOCH = dt.date(1970, 1, 1)
_COMPARISON = re.compile(r"^\s*(>=|<=|>|<|=)\s*(\S+)\s*$")
_RANGE = re.compile(r"^\s*(\S+)\s*\.\.\s*(\S+)\s*$")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def day_number(day: dt.date) -> int:
    return (day - EPOCH).days


def from_day_number(n: int) -> dt.date:
    return EPOCH + dt.timedelta(days=int(n))


@dataclass
class CategoryColumn:
    """Few distinct values (site, region, risk area, status ...): int codes + labels."""

    codes: np.ndarray  # int32, index into labels
    labels: list[str]
    _order: np.ndarray | None = field(default=None, repr=False)

    def display(self, row: int) -> str:
        return self.labels[self.codes[row]]

    def sort_order(self) -> np.ndarray:
        if self._order is None:
            ranks = np.empty(len(self.labels), dtype=np.int32)
            ranks[sorted(range(len(self.labels)), key=lambda i: self.labels[i].casefold())] = (
                np.arange(len(self.labels), dtype=np.int32)
            )
            self._order = np.argsort(ranks[self.codes], kind="stable")
        return self._order

    def codes_matching(self, text: str) -> np.ndarray:
        needle = text.casefold()
        return np.array(
            [i for i, label in enumerate(self.labels) if needle in label.casefold()], dtype=np.int32
        )

    def matches(self, text: str) -> np.ndarray:
        return np.isin(self.codes, self.codes_matching(text))

    def relabel(self, labels: list[str]) -> None:
        """Show other (e.g. translated) labels; the sort order follows them."""
        self.labels = labels
        self._order = None


@dataclass
class NumberColumn:
    values: np.ndarray  # integers
    _order: np.ndarray | None = field(default=None, repr=False)

    def display(self, row: int) -> str:
        return str(int(self.values[row]))

    def sort_order(self) -> np.ndarray:
        if self._order is None:
            self._order = np.argsort(self.values, kind="stable")
        return self._order

    def matches(self, text: str) -> np.ndarray:
        return (
            _compare(self.values, text, int)
            if _is_comparison(text)
            else _compare(self.values, "=" + text.strip(), int)
        )


def parse_day(text: str) -> dt.date:
    """A date typed ISO (2021-07-01) or day first (01/07/2021, 1.7.2021); ValueError if not."""
    if m := _DAY_FIRST.fullmatch(text.strip()):
        day, month, year = (int(x) for x in m.groups())
        return dt.date(year, month, day)
    return dt.date.fromisoformat(text.strip())


@dataclass
class DateColumn:
    """Dates as day numbers, shown day first (dd/mm/yyyy) as the window shows every date;
    a filter text may be typed day first or ISO."""

    days: np.ndarray  # int32 days since 1970-01-01
    _order: np.ndarray | None = field(default=None, repr=False)
    _iso: np.ndarray | None = field(default=None, repr=False)
    _shown: np.ndarray | None = field(default=None, repr=False)

    def display(self, row: int) -> str:
        """Day first (29/03/2022), as the interface shows every date."""
        return day_text(from_day_number(int(self.days[row])))

    def date(self, row: int) -> dt.date:
        return from_day_number(int(self.days[row]))

    def sort_order(self) -> np.ndarray:
        if self._order is None:
            self._order = np.argsort(self.days, kind="stable")
        return self._order

    def matches(self, text: str) -> np.ndarray:
        if _is_comparison(text):
            return _compare(self.days, text, lambda v: day_number(parse_day(v)))
        if self._iso is None:
            self._iso = np.datetime_as_string(self.days.astype("datetime64[D]"))
        if "/" in text:  # part of a date as shown: 29/03/2022, 03/2022
            if self._shown is None:
                iso = self._iso.astype(str)
                self._shown = np.array([f"{d[8:10]}/{d[5:7]}/{d[:4]}" for d in iso])
            return np.char.find(self._shown, text.strip()) >= 0
        return np.char.startswith(self._iso, text.strip())


@dataclass
class TextColumn:
    """Free text (summaries): searched and sorted case-insensitively."""

    values: list[str]
    _lower: list[str] | None = field(default=None, repr=False)
    _order: np.ndarray | None = field(default=None, repr=False)

    def display(self, row: int) -> str:
        return self.values[row]

    @property
    def lower(self) -> list[str]:
        if self._lower is None:
            self._lower = [v.casefold() for v in self.values]
        return self._lower

    def sort_order(self) -> np.ndarray:
        if self._order is None:
            # Timsort compares the str keys in C: no Python call per comparison.
            lower = self.lower
            self._order = np.array(sorted(range(len(lower)), key=lower.__getitem__), dtype=np.int64)
        return self._order

    def matches(self, text: str) -> np.ndarray:
        needle = text.casefold()
        return np.fromiter((needle in v for v in self.lower), dtype=bool, count=len(self.values))


Column = CategoryColumn | NumberColumn | DateColumn | TextColumn


def _is_comparison(text: str) -> bool:
    return bool(_COMPARISON.match(text) or _RANGE.match(text))


def _compare(values: np.ndarray, text: str, parse) -> np.ndarray:
    """A mask for ``>=x``, ``<x``, ``=x`` or ``a..b``; all False if the text does not parse."""
    try:
        if m := _RANGE.match(text):
            low, high = parse(m.group(1)), parse(m.group(2))
            return (values >= low) & (values <= high)
        m = _COMPARISON.match(text)
        if m is None:
            return np.zeros(len(values), dtype=bool)
        op, value = m.group(1), parse(m.group(2))
    except ValueError:
        return np.zeros(len(values), dtype=bool)
    return {
        ">=": values >= value,
        "<=": values <= value,
        ">": values > value,
        "<": values < value,
        "=": values == value,
    }[op]


@dataclass
class ColumnarTable:
    """Named columns of equal length; the view is a filtered, sorted row order."""

    columns: dict[str, Column]
    size: int

    def filter_mask(
        self,
        column_filters: dict[str, str],
        search: str = "",
        search_columns: Sequence[str] = (),
        base: np.ndarray | None = None,
    ) -> np.ndarray:
        """Rows passing every per-column filter and, if given, the full-text search."""
        mask = np.ones(self.size, dtype=bool) if base is None else base.copy()
        for name, text in column_filters.items():
            if text.strip():
                mask &= self.columns[name].matches(text.strip())
        if search.strip():
            hit = np.zeros(self.size, dtype=bool)
            for name in search_columns:
                hit |= self.columns[name].matches(search.strip())
            mask &= hit
        return mask

    def view_order(
        self, mask: np.ndarray, sort_column: str | None, descending: bool = False
    ) -> np.ndarray:
        """Row indices to show: the rows of ``mask``, sorted by a column's cached order."""
        if sort_column is None:
            return np.flatnonzero(mask)
        order = self.columns[sort_column].sort_order()
        if descending:
            order = order[::-1]
        return order[mask[order]]
