"""Checking event rows a column at a time, for speed (issue 13, section 7).

A 100,000-row file checked one cell at a time spends most of its time in the
Python of the value parsers. Here a chunk of rows is checked column by column
with numpy, for each layout (ACLED, UCDP GED, a mapped file): ISO dates, plain
numbers, whole counts, text. Only values whose reading is certain are taken
(the date written back must be the very text read; a number must be finite and
in range; a count plain digits within the database's range; text without the
export's neutralising apostrophe or a control character); every other row goes
to the row-by-row parser of :mod:`.event_layouts`, which reads it, or rejects it
with the message it has always given. So both paths give the same values for
the same row (tests check it), and the fast one only handles the rows it is
sure of. Slash dates (whose day/month order the file decides) always go to the
row parser.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import compress, repeat
from typing import Any

import numpy as np

from bm_desktop.db import rules
from bm_desktop.domain.event_dates import DAY, MONTH, YEAR
from bm_desktop.exchange.imports.column_chunks import transpose
from bm_desktop.exchange.imports.dates import EARLIEST
from bm_desktop.exchange.imports.event_layouts import UCDP_TYPES


class Good:
    """The rows a check is sure of, as three lists side by side: row numbers, source
    ids and values (no tuple per row: the import files them by id straight from the
    lists). Iterating gives ``(row, source id, values)``."""

    __slots__ = ("ids", "ns", "values")

    def __init__(self, ns: list[int], ids: list[str], values: list[tuple]) -> None:
        self.ns, self.ids, self.values = ns, ids, values

    def __iter__(self) -> Iterator[tuple[int, str, tuple]]:
        return zip(self.ns, self.ids, self.values, strict=True)

    def __len__(self) -> int:
        return len(self.ns)


NONE_SURE = Good([], [], [])
Rest = list[tuple[int, list[Any]]]
TEXT_FIELDS = ("sub_event_type", "actor1", "actor2", "admin1", "admin2", "location", "notes")
UCDP_TEXTS = ("conflict_name", "side_a", "side_b", "adm_1", "adm_2", "where_description")
IDS = ("event_id_cnty", "data_id", "event_id")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")  # as values.text
_PLAIN = bytes([9, 10, 13, *range(32, 127)])  # the ASCII that is no control character
_GEO = (0, 1, 2, 2, 3, 3, 3, 3)  # UCDP's where_prec 1-7 -> our 1-3
_UNIT = (DAY, DAY, DAY, DAY, MONTH, YEAR)  # UCDP's date_prec -> what is known


class _Columns:
    """One chunk's columns, looked up by the layout's keys."""

    def __init__(self, cols: list[list[Any]], index: dict[str, int], n: int) -> None:
        self.cols, self.index, self.n = cols, index, n

    def get(self, key: str) -> list[Any] | None:
        i = self.index.get(key)
        return None if i is None else self.cols[i]


def _texts(col: list[Any] | None, ok: np.ndarray) -> list[str | None]:
    """A text column (None when empty); rows with non-text cells, a leading apostrophe
    or a control character are left to the row parser."""
    if col is None:
        return [None] * len(ok)
    try:
        stripped = list(map(str.strip, col))
    except TypeError:  # a number or date cell, or a short row's missing one
        return _texts_slowly(col, ok)
    joined = "\n" + "\n".join(stripped)
    if "\n'" in joined or _has_control(joined):
        return _texts_slowly(col, ok)
    if "" in stripped:
        return [x or None for x in stripped]
    return stripped  # type: ignore[return-value]


def _has_control(text: str) -> bool:
    if text.isascii():  # the usual case: a C loop over the bytes, 3x a regular expression
        return bool(text.encode("ascii").translate(None, _PLAIN))
    return _CONTROL.search(text) is not None


def _texts_slowly(col: list[Any], ok: np.ndarray) -> list[str | None]:
    out: list[str | None] = []
    for k, x in enumerate(col):
        if type(x) is not str:
            if x is not None:
                ok[k] = False
            out.append(None)
            continue
        x = x.strip()
        if x[:1] == "'" or _CONTROL.search(x):
            ok[k] = False
        out.append(x or None)
    return out


def _required(values: list[str | None], ok: np.ndarray) -> None:
    if None in values:
        ok &= np.fromiter((x is not None for x in values), bool, len(values))


def _numbers(col: list[Any] | None, ok: np.ndarray, low: float, high: float) -> np.ndarray:
    if col is None:
        ok[:] = False
        return np.full(len(ok), np.nan)
    try:
        if not set(map(type, col)) <= {str, float, int}:  # a yes/no cell is no number
            raise TypeError
        values = np.array(col, dtype=np.float64)
    except (ValueError, TypeError, OverflowError):
        values = np.full(len(col), np.nan)
        for k, x in enumerate(col):
            try:
                values[k] = float(x) if type(x) in (str, float, int) else np.nan
            except (ValueError, OverflowError):
                pass
    ok &= np.isfinite(values) & (values >= low) & (values <= high)
    return values


def _counts(
    col: list[Any] | None, ok: np.ndarray, default: int, low: int, high: int = rules.INT_MAX
) -> list[int]:
    """Whole numbers written as plain digits within ``low``..``high``; an empty cell is
    ``default``; anything else is left to the row parser. Each distinct text is read
    once (counts repeat)."""
    if col is None:
        return [default] * len(ok)
    known = {x: _count(x, default, low, high) for x in set(col)}
    values = list(map(known.__getitem__, col))
    if None in known.values():
        ok &= np.fromiter((x is not None for x in values), bool, len(values))
        return [default if x is None else x for x in values]
    return values  # type: ignore[return-value]


def _count(x: Any, default: int, low: int, high: int) -> int | None:
    if x is None:
        return default
    if type(x) is not str:  # a number cell of a workbook: the row parser
        return None
    x = x.strip()
    if not x:
        return default
    if x.isascii() and x.isdigit() and low <= int(x) <= high:
        return int(x)
    return None


def _blank(col: list[Any] | None, n: int) -> np.ndarray:
    """Which cells are empty (None, or nothing but spaces)."""
    if col is None:
        return np.ones(n, dtype=bool)
    return np.fromiter((x is None or (type(x) is str and not x.strip()) for x in col), bool, n)


def _days(
    col: list[Any] | None, ok: np.ndarray, today: dt.date, with_time: bool = False
) -> list[dt.date | None]:
    """ISO days (None where not sure); ``with_time``: a time may follow the day (UCDP's
    "2023-05-01 00:00:00.000"), as the row parser allows. Each distinct text is read
    once: a file has a few thousand days at most."""
    if col is None:
        ok[:] = False
        return [None] * len(ok)
    try:
        texts = list(map(str.strip, col))
    except TypeError:  # a date cell of a workbook, or a short row's missing one
        texts = [x.strip() if type(x) is str else "" for x in col]
    known = {t: _day(t, today, with_time) for t in set(texts)}
    days = list(map(known.__getitem__, texts))
    if None in known.values():
        ok &= np.fromiter((d is not None for d in days), bool, len(days))
    return days


@lru_cache(maxsize=1 << 16)  # the same days come back in every chunk of a file
def _day(text: str, today: dt.date, with_time: bool) -> dt.date | None:
    """The day written as the very text read back ("2023" is never 1 January), within
    1989..today; else None."""
    if with_time and len(text) > 10 and text[10] in " T" and "\n" not in text:
        text = text[:10]
    if len(text) != 10:
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    if day.isoformat() != text or not EARLIEST <= day <= today:
        return None
    return day


def _end_days(
    c: _Columns,
    key: str,
    start: list[dt.date | None],
    ok: np.ndarray,
    today: dt.date,
    with_time: bool,
) -> list[dt.date | None]:
    """An optional end day: an empty cell ends the event on its first day; an end
    before the start is left to the row parser (which names both)."""
    col = c.get(key)
    if col is None:
        return start
    empty = _blank(col, c.n)
    read = np.ones(c.n, dtype=bool)
    end = _days(col, read, today, with_time)
    if empty.any():
        end = [s if e else d for s, d, e in zip(start, end, empty.tolist(), strict=True)]
    ok &= empty | read
    if end is not start:
        ok &= np.fromiter(
            (s is None or d is None or d >= s for s, d in zip(start, end, strict=True)), bool, c.n
        )
    return end


def _finish(
    ns: list[int], cols: list[list[Any]], ok: np.ndarray, ids: list[str | None], columns: list[Any]
) -> tuple[Good, Rest]:
    """The sure rows (their values as tuples made by zip, in C: a Python loop over
    100,000 rows cost a second), the others as rows for the row parser."""
    if ok.all():  # every id is there (a row without one is not sure)
        return Good(ns, ids, list(zip(*columns, strict=False))), []  # type: ignore[arg-type]
    keep = ok.tolist()
    picked = [list(compress(col, keep)) for col in columns]
    good = Good(
        list(compress(ns, keep)),
        list(compress(ids, keep)),  # type: ignore[arg-type]
        list(zip(*picked, strict=True)),
    )
    rest = [(ns[k], [c[k] for c in cols]) for k in np.flatnonzero(~ok).tolist()]
    return good, rest


def acled(
    ns: list[int], cols: list[list[Any]], index: dict[str, int], today: dt.date
) -> tuple[Good, Rest]:
    """ACLED rows: one day each, the first id column the file has."""
    n = len(ns)
    c = _Columns(cols, index, n)
    id_key = next((k for k in IDS if k in index), None)
    if id_key is None:
        return NONE_SURE, [(ns[k], [col[k] for col in cols]) for k in range(n)]
    ok = np.ones(n, dtype=bool)
    ids = _texts(c.get(id_key), ok)  # an empty id: the row parser tries the next column
    _required(ids, ok)
    days = _days(c.get("event_date"), ok, today)
    lon = _numbers(c.get("longitude"), ok, -180.0, 180.0).tolist()
    lat = _numbers(c.get("latitude"), ok, -90.0, 90.0).tolist()
    kinds = _texts(c.get("event_type"), ok)
    _required(kinds, ok)
    texts = [_texts(c.get(f), ok) for f in TEXT_FIELDS]
    time_prec = _counts(c.get("time_precision"), ok, 1, 1, 3)
    geo_prec = _counts(c.get("geo_precision"), ok, 1, 1, 3)
    deaths = _counts(c.get("fatalities"), ok, 0, 0)
    return _finish(
        ns,
        cols,
        ok,
        ids,
        [
            days,
            days,
            time_prec,
            repeat(DAY, n),
            lon,
            lat,
            geo_prec,
            kinds,
            *texts[:6],
            deaths,
            texts[6],
        ],
    )


def ucdp(
    ns: list[int], cols: list[list[Any]], index: dict[str, int], today: dt.date
) -> tuple[Good, Rest]:
    """UCDP GED rows with a start day (a file of years only goes to the row parser)."""
    n = len(ns)
    c = _Columns(cols, index, n)
    if "date_start" not in index:
        return NONE_SURE, [(ns[k], [col[k] for col in cols]) for k in range(n)]
    ok = np.ones(n, dtype=bool)
    ids = _texts(c.get("id"), ok)
    _required(ids, ok)
    prec = np.array(_counts(c.get("date_prec"), ok, 1, 1, 5))
    start_days = _days(c.get("date_start"), ok, today, with_time=True)
    end_days = _end_days(c, "date_end", start_days, ok, today, with_time=True)
    start = np.array(start_days, dtype="datetime64[D]")
    end = start if end_days is start_days else np.array(end_days, dtype="datetime64[D]")
    years, months = start.astype("datetime64[Y]"), start.astype("datetime64[M]")
    first = np.where(
        prec == 5,
        years.astype("datetime64[D]"),
        np.where(prec == 4, months.astype("datetime64[D]"), start),
    )
    last = np.where(
        prec == 5,
        (years + 1).astype("datetime64[D]") - 1,
        np.where(prec == 4, (months + 1).astype("datetime64[D]") - 1, end),
    )
    span = np.where(ok, (end - start).astype(np.int64), 0)
    precision = np.where(
        prec >= 4,
        3,
        np.where((span == 0) & (prec == 1), 1, np.where((span <= 7) & (prec <= 3), 2, 3)),
    )
    lon = _numbers(c.get("longitude"), ok, -180.0, 180.0).tolist()
    lat = _numbers(c.get("latitude"), ok, -90.0, 90.0).tolist()
    kinds = _counts(c.get("type_of_violence"), ok, 0, 1, 3)
    if 0 in kinds:  # an empty type: the row parser says so
        ok &= np.array(kinds) != 0
    where = _counts(c.get("where_prec"), ok, 1, 1, 7)
    best = _counts(c.get("best"), ok, 0, 0)
    texts = [_texts(c.get(f), ok) for f in UCDP_TEXTS]
    notes = _ucdp_notes(c, ok, best)
    return _finish(
        ns,
        cols,
        ok,
        ids,
        [
            first.tolist(),
            last.tolist(),
            precision.tolist(),
            map(_UNIT.__getitem__, prec.tolist()),
            lon,
            lat,
            map(_GEO.__getitem__, where),
            map(UCDP_TYPES.get, kinds),
            *texts,
            best,
            notes,
        ],
    )


def _ucdp_notes(c: _Columns, ok: np.ndarray, best: list[int]) -> list[str]:
    """ "UCDP best estimate 3; low 3, high 5; civilian deaths 0", each part only when
    the file gives it (as the row parser writes them)."""
    low = _counts(c.get("low"), ok, 0, 0)
    high = _counts(c.get("high"), ok, 0, 0)
    civilians = _counts(c.get("deaths_civilians"), ok, 0, 0)
    ranged = ~(_blank(c.get("low"), c.n) & _blank(c.get("high"), c.n))
    counted = ~_blank(c.get("deaths_civilians"), c.n)
    if ranged.all() and counted.all():
        return list(
            map(
                "UCDP best estimate {}; low {}, high {}; civilian deaths {}".format,
                best,
                low,
                high,
                civilians,
            )
        )
    out = []
    for b, lo, hi, dc, r, d in zip(
        best, low, high, civilians, ranged.tolist(), counted.tolist(), strict=True
    ):
        parts = [f"UCDP best estimate {b}"]
        if r:
            parts.append(f"low {lo}, high {hi}")
        if d:
            parts.append(f"civilian deaths {dc}")
        out.append("; ".join(parts))
    return out


def other(
    ns: list[int], cols: list[list[Any]], index: dict[str, int], today: dt.date
) -> tuple[Good, Rest]:
    """Rows of a mapped file (keys of ``--map``) with an id column and ISO dates."""
    n = len(ns)
    c = _Columns(cols, index, n)
    if "id" not in index:  # the row parser makes a key from the event's values
        return NONE_SURE, [(ns[k], [col[k] for col in cols]) for k in range(n)]
    ok = np.ones(n, dtype=bool)
    ids = _texts(c.get("id"), ok)
    _required(ids, ok)
    start = _days(c.get("date"), ok, today, with_time=True)
    end = _end_days(c, "date_end", start, ok, today, with_time=True)
    precision = [1 if a == b else 2 for a, b in zip(start, end, strict=True)]
    lon = _numbers(c.get("longitude"), ok, -180.0, 180.0).tolist()
    lat = _numbers(c.get("latitude"), ok, -90.0, 90.0).tolist()
    kinds = _texts(c.get("event_type"), ok)
    _required(kinds, ok)
    texts = [_texts(c.get(f), ok) for f in TEXT_FIELDS]
    deaths = _counts(c.get("fatalities"), ok, 0, 0)
    return _finish(
        ns,
        cols,
        ok,
        ids,
        [
            start,
            end,
            precision,
            repeat(DAY, n),
            lon,
            lat,
            repeat(1, n),
            kinds,
            *texts[:6],
            deaths,
            texts[6],
        ],
    )


CHECKS: dict[
    str, Callable[[list[int], list[list[Any]], dict[str, int], dt.date], tuple[Good, Rest]]
] = {"acled": acled, "ucdp": ucdp, "other": other}


def acled_chunk(
    chunk: list[tuple[int, list[Any]]], index: dict[str, int], width: int, today: dt.date
) -> tuple[Good, Rest]:
    """:func:`acled` for rows ``(n, cells)``; the others come back as they were given."""
    if not chunk:
        return NONE_SURE, []
    good, rest = acled([n for n, _ in chunk], transpose([r for _, r in chunk], width), index, today)
    given = dict(chunk)
    return good, [(n, given[n]) for n, _ in rest]
