"""The two public conflict-event layouts BM Desktop reads (DOMAIN.md, Security events),
and how each row becomes a security event.

* ACLED-like: ``event_date, event_type, sub_event_type, actor1, actor2, admin1,
  admin2, location, latitude, longitude, geo_precision, fatalities, notes``. The
  source id is ACLED's ``event_id_cnty`` (or ``data_id`` / ``event_id``) when the
  file has one; otherwise a key made from the date, place, type and first actor
  (then a corrected event shows as one removed and one added).
* UCDP GED-like: ``id, year, date_start, date_end, type_of_violence, side_a,
  side_b, adm_1, adm_2, where_description, latitude, longitude, where_prec, best,
  low, high, deaths_civilians``; the source id is ``id``; fatalities are the best
  estimate; UCDP's 7 location precisions fold into our 3 (1 exact, 2-3 near,
  4-7 region).
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bm_desktop.exchange.imports import values as v
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words

# The values a security event carries, in this order.
FIELDS = ("date_start", "date_end", "date_precision", "longitude", "latitude", "geo_precision",
          "event_type", "sub_event_type", "actor1", "actor2", "admin1", "admin2", "location",
          "fatalities", "notes")
UCDP_TYPES = {1: "State-based conflict", 2: "Non-state conflict", 3: "One-sided violence"}


@dataclass(frozen=True)
class Layout:
    name: str  # "acled" or "ucdp" (the stored source)
    title: str
    signature: frozenset[str]  # columns that identify the layout
    required: tuple[str, ...]
    parse: Callable[[dict[str, Any]], tuple[str, tuple]]  # row -> (source id, values)
    # Event field -> the file columns it comes from; a field whose columns the file
    # lacks is "not provided": a re-import keeps the stored value.
    sources: dict[str, tuple[str, ...]]

    def provided(self, keys: set[str]) -> tuple[bool, ...]:
        return tuple(any(c in keys for c in self.sources.get(f, (f,))) for f in FIELDS)


def _opt(row: dict[str, Any], key: str) -> str | None:
    text = v.text(row.get(key))
    return text or None


def _req_text(row: dict[str, Any], key: str) -> str:
    text = v.text(row.get(key))
    if not text:
        raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "{column} is empty"), column=key)
    return text


def _date(row: dict[str, Any], key: str) -> dt.date:
    try:
        return v.parse_date(row.get(key))
    except v.BadValue as exc:
        raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "{column} {problem}"), column=key,
                         problem=exc) from None


def _coords(row: dict[str, Any]) -> tuple[float, float]:
    out = []
    for key, check in (("longitude", v.check_longitude), ("latitude", v.check_latitude)):
        if v.is_empty(row.get(key)):
            raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "{column} is empty"), column=key)
        try:
            number = v.parse_float(row.get(key))
        except v.BadValue as exc:
            raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "{column} {problem}"), column=key,
                             problem=exc) from None
        check(number)
        out.append(number)
    return out[0], out[1]


def _int(row: dict[str, Any], key: str) -> int:
    try:
        return v.parse_int(row.get(key))
    except v.BadValue as exc:
        raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "{column} {problem}"), column=key,
                         problem=exc) from None


def _count(row: dict[str, Any], key: str) -> int:
    if v.is_empty(row.get(key)):
        return 0
    n = _int(row, key)
    if n < 0:
        raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "{column} {value} must be 0 or more"),
                         column=key, value=n)
    return n


def _level(row: dict[str, Any], key: str, allowed: range, default: int) -> int:
    if v.is_empty(row.get(key)):
        return default
    n = _int(row, key)
    if n not in allowed:
        raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "{column} {value} is not between {low} and "
                            "{high}"), column=key, value=n, low=allowed.start,
                         high=allowed.stop - 1)
    return n


def parse_acled(row: dict[str, Any]) -> tuple[str, tuple]:
    day = _date(row, "event_date")
    lon, lat = _coords(row)
    event_type = _req_text(row, "event_type")
    actor1, location = _opt(row, "actor1"), _opt(row, "location")
    source_id = _opt(row, "event_id_cnty") or _opt(row, "data_id") or _opt(row, "event_id")
    if source_id is None:
        key = "|".join(str(x) for x in (day, f"{lat:.4f}", f"{lon:.4f}", event_type, actor1,
                                        location))
        source_id = "k" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    values = (day, day, _level(row, "time_precision", range(1, 4), 1), lon, lat,
              _level(row, "geo_precision", range(1, 4), 1), event_type,
              _opt(row, "sub_event_type"), actor1, _opt(row, "actor2"), _opt(row, "admin1"),
              _opt(row, "admin2"), location, _count(row, "fatalities"), _opt(row, "notes"))
    return source_id, values


def parse_ucdp(row: dict[str, Any]) -> tuple[str, tuple]:
    source_id = _req_text(row, "id")
    start = _date(row, "date_start")
    end = _date(row, "date_end") if not v.is_empty(row.get("date_end")) else start
    if end < start:
        raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "date_end {end} is before date_start {start}"),
                         end=end.isoformat(), start=start.isoformat())
    lon, lat = _coords(row)
    _req_text(row, "type_of_violence")
    kind = _int(row, "type_of_violence")
    if kind not in UCDP_TYPES:
        raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "type_of_violence {value} is not 1, 2 or 3"),
                         value=kind)
    span = (end - start).days
    where = _level(row, "where_prec", range(1, 8), 1)
    best = _count(row, "best")
    notes = [f"UCDP best estimate {best}"]
    if not v.is_empty(row.get("low")) or not v.is_empty(row.get("high")):
        notes.append(f"low {_count(row, 'low')}, high {_count(row, 'high')}")
    if not v.is_empty(row.get("deaths_civilians")):
        notes.append(f"civilian deaths {_count(row, 'deaths_civilians')}")
    values = (start, end, 1 if span == 0 else (2 if span <= 7 else 3), lon, lat,
              1 if where == 1 else (2 if where <= 3 else 3), UCDP_TYPES[kind], None,
              _opt(row, "side_a"), _opt(row, "side_b"), _opt(row, "adm_1"), _opt(row, "adm_2"),
              _opt(row, "where_description"), best, "; ".join(notes))
    return source_id, values


ACLED = Layout("acled", "ACLED", frozenset({"event_date", "event_type", "sub_event_type",
                                            "actor1", "actor2", "geo_precision", "fatalities",
                                            "admin1", "location"}),
               ("event_date", "event_type", "latitude", "longitude"), parse_acled,
               # ACLED events are dated by one day; an end day stored otherwise is kept.
               {"date_start": ("event_date",), "date_end": (),
                "date_precision": ("time_precision",)})
UCDP = Layout("ucdp", "UCDP GED", frozenset({"type_of_violence", "side_a", "side_b",
                                             "date_start", "date_end", "where_prec", "best",
                                             "adm_1", "where_description"}),
              ("id", "date_start", "type_of_violence", "latitude", "longitude"), parse_ucdp,
              {"date_end": ("date_end", "date_start"), "date_precision": ("date_start",),
               "geo_precision": ("where_prec",), "event_type": ("type_of_violence",),
               "sub_event_type": ("type_of_violence",), "actor1": ("side_a",),
               "actor2": ("side_b",), "admin1": ("adm_1",), "admin2": ("adm_2",),
               "location": ("where_description",), "fatalities": ("best",),
               "notes": ("best", "low", "high", "deaths_civilians")})
LAYOUTS = (ACLED, UCDP)
KNOWN_COLUMNS = {"latitude", "longitude", "event_id_cnty", "data_id", "event_id",
                 "time_precision", "notes", "year", "low", "high", "deaths_civilians"}
# Usual renamings of required columns, tried before closest spellings.
RENAMES = {"latitude": ("lat", "y"), "longitude": ("lon", "lng", "long", "x"),
           "event_date": ("date",), "date_start": ("date", "start_date"),
           "id": ("event_id", "ged_id")}


def detect(keys: set[str], words: Words | None = None) -> tuple[Layout | None, str]:
    """The layout whose signature columns the header has most of (at least 40%), and
    an explanation (in the language of ``words``) when none fits or a required column
    is missing."""
    words = words or Words("en")
    scored = sorted(((len(lay.signature & keys) / len(lay.signature), lay) for lay in LAYOUTS),
                    key=lambda x: -x[0])
    score, layout = scored[0]
    if score < 0.4:
        parts = [words.translate("ExchangeErrors", "{title} (missing: {columns})").format(
                     title=lay.title, columns=", ".join(sorted(lay.signature - keys)))
                 for lay in LAYOUTS]
        return None, "; ".join(parts)
    missing = [c for c in layout.required if c not in keys]
    if missing:
        known = layout.signature | set(layout.required) | KNOWN_COLUMNS
        spare = sorted(keys - known)  # columns the layout does not use: renamed ones?
        hints = []
        for col in missing:
            close = [k for k in spare if k in RENAMES.get(col, ())] or \
                difflib.get_close_matches(col, spare, n=1, cutoff=0.5)
            hints.append(words.translate("ExchangeErrors", "'{column}' (is it '{guess}'?)")
                         .format(column=col, guess=close[0]) if close else f"'{col}'")
        return layout, ", ".join(hints)
    return layout, ""
