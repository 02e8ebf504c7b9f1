"""Checking ACLED rows a column at a time, for speed (issue 13, section 7).

A 100,000-row export checked one cell at a time spends most of its time in the
Python of the value parsers. Here a chunk of rows is checked column by column
with numpy: ISO dates, plain numbers, whole counts, text. Only values whose
reading is certain are taken (the date written back must be the very text
read; a number must be finite and in range; a count plain digits; text without
the export's neutralising apostrophe); every other row goes to the row-by-row
parser of :mod:`.event_layouts`, which reads it, or rejects it with the message
it has always given. So both paths give the same values for the same row (a test
checks it), and the fast one only handles the rows it is sure of.
"""

from __future__ import annotations

import datetime as dt
from itertools import compress, repeat
from operator import itemgetter
from typing import Any

import numpy as np

from bm_desktop.exchange.imports.dates import EARLIEST

Chunk = list[tuple[int, list[Any]]]
TEXT_FIELDS = ("sub_event_type", "actor1", "actor2", "admin1", "admin2", "location", "notes")
IDS = ("event_id_cnty", "data_id", "event_id")


def _texts(raws: list[list[Any]], i: int | None, ok: np.ndarray) -> list[str | None]:
    """A text column (None when empty); rows with non-text cells or a leading
    apostrophe are left to the row parser."""
    if i is None:
        return [None] * len(raws)
    col = list(map(itemgetter(i), raws))
    try:
        stripped = list(map(str.strip, col))
    except TypeError:  # a number or date cell: look at each
        return _texts_slowly(col, ok)
    if "\n'" in "\n" + "\n".join(stripped):
        return _texts_slowly(col, ok)
    return [x or None for x in stripped]


def _texts_slowly(col: list[Any], ok: np.ndarray) -> list[str | None]:
    out: list[str | None] = []
    for k, x in enumerate(col):
        if type(x) is not str:
            if x is not None:
                ok[k] = False
            out.append(None)
            continue
        x = x.strip()
        if x[:1] == "'":
            ok[k] = False
        out.append(x or None)
    return out


def _numbers(col: list[Any], ok: np.ndarray, low: float, high: float) -> np.ndarray:
    try:
        values = np.array(col, dtype=np.float64)
    except (ValueError, TypeError):
        values = np.full(len(col), np.nan)
        for k, x in enumerate(col):
            try:
                values[k] = float(x) if type(x) is str else np.nan
            except ValueError:
                pass
    ok &= np.isfinite(values) & (values >= low) & (values <= high)
    return values


def _counts(raws: list[list[Any]], i: int | None, ok: np.ndarray, default: int,
            low: int, high: int | None) -> list[int]:
    if i is None:
        return [default] * len(raws)
    col = list(map(itemgetter(i), raws))
    try:
        if all(type(x) is str for x in col):
            values = list(map(int, col))
            if values and min(values) >= low and (high is None or max(values) <= high):
                return values
    except ValueError:  # an empty cell, a decimal, a word: look at each
        pass
    out = []
    for k, x in enumerate(col):
        if type(x) is str:
            x = x.strip()
            if not x:
                out.append(default)
                continue
            if x.isascii() and x.isdigit():
                n = int(x)
                if n >= low and (high is None or n <= high):
                    out.append(n)
                    continue
        elif x is None:
            out.append(default)
            continue
        ok[k] = False
        out.append(default)
    return out


def _days(col: list[Any], ok: np.ndarray, today: dt.date) -> np.ndarray:
    texts = [x.strip() if type(x) is str else "" for x in col]
    try:
        days = np.array(texts, dtype="datetime64[D]")
    except ValueError:
        days = np.full(len(texts), np.datetime64("NaT"), dtype="datetime64[D]")
        for k, x in enumerate(texts):
            try:
                days[k] = np.datetime64(x, "D")
            except ValueError:
                pass
    # Only what reads back as the very same text (no "2023" read as 1 January).
    ok &= ~np.isnat(days) & (days.astype(str) == np.array(texts, dtype=str))
    ok &= (days <= np.datetime64(today, "D")) & (days >= np.datetime64(EARLIEST, "D"))
    return days


def acled_chunk(chunk: Chunk, index: dict[str, int], width: int,
                today: dt.date) -> tuple[list[tuple[int, str, tuple]], Chunk]:
    """The rows of ``chunk`` read for sure, as (row, source id, values), and the others."""
    whole = [(n, r) for n, r in chunk if len(r) >= width]
    short = [(n, r) for n, r in chunk if len(r) < width]
    if not whole:
        return [], short
    ns = [n for n, _ in whole]
    raws = [r for _, r in whole]
    ok = np.ones(len(raws), dtype=bool)
    id_col = next((index[k] for k in IDS if k in index), None)
    if id_col is None:
        return [], chunk  # the row parser makes a key from the event's values
    ids = _texts(raws, id_col, ok)  # an empty id: the row parser tries the next column
    ok &= np.array([x is not None for x in ids], dtype=bool)
    days = _days(list(map(itemgetter(index["event_date"]), raws)), ok, today)
    lon = _numbers(list(map(itemgetter(index["longitude"]), raws)), ok, -180.0, 180.0)
    lat = _numbers(list(map(itemgetter(index["latitude"]), raws)), ok, -90.0, 90.0)
    kinds = _texts(raws, index["event_type"], ok)
    ok &= np.array([x is not None for x in kinds], dtype=bool)
    texts = [_texts(raws, index.get(f), ok) for f in TEXT_FIELDS]
    time_prec = _counts(raws, index.get("time_precision"), ok, 1, 1, 3)
    geo_prec = _counts(raws, index.get("geo_precision"), ok, 1, 1, 3)
    deaths = _counts(raws, index.get("fatalities"), ok, 0, 0, None)
    keep = ok.tolist()
    day_list = list(compress(days.tolist(), keep))
    columns = [list(compress(c, keep)) for c in (
        time_prec, lon.tolist(), lat.tolist(), geo_prec, kinds, *texts[:6], deaths, texts[6])]
    (time_prec, lon_list, lat_list, geo_prec, kinds, sub, actor1, actor2, admin1, admin2,
     location, deaths, notes) = columns
    # Tuples built by zip in C: a Python loop over 100,000 rows cost a second.
    values = zip(day_list, day_list, time_prec, repeat("day"), lon_list, lat_list, geo_prec,
                 kinds, sub, actor1, actor2, admin1, admin2, location, deaths, notes)
    good: list[tuple[int, str, tuple]] = list(  # ids kept only where ``ok`` (never None)
        zip(compress(ns, keep), compress(ids, keep), values, strict=True))  # type: ignore[arg-type]
    rest = [(ns[k], raws[k]) for k in np.flatnonzero(~ok).tolist()]
    return good, sorted(rest + short) if short else rest
