"""The conflict-event layouts BM Desktop reads (DOMAIN.md, Security events), and how
each row becomes a security event.

* ACLED exports: ``event_id_cnty, event_date, year, time_precision, disorder_type,
  event_type, sub_event_type, actor1, ..., admin1, admin2, admin3, location,
  latitude, longitude, geo_precision, source, ..., notes, fatalities, ...``. The
  source id is ``event_id_cnty`` (or ``data_id`` / ``event_id``) when the file has
  one; otherwise a key made from the date, place, type and first actor.
* UCDP GED: ``id, relid, year, ..., type_of_violence, ..., side_a, side_b, ...,
  where_prec, where_description, adm_1, adm_2, latitude, longitude, ...,
  date_prec, date_start, date_end, deaths_a, deaths_b, deaths_civilians,
  deaths_unknown, best, high, low, ...``; the source id is ``id``; fatalities are
  the best estimate; ``type_of_violence`` 1/2/3 are UCDP's state-based conflict,
  non-state conflict and one-sided violence; ``date_prec`` 4 (month known) and
  5 (year known), or a file giving only ``year``, keep that precision; UCDP's 7
  location precisions fold into our 3 (1 exact, 2-3 near, 4-7 region).
* Any other layout (a tracker's export) through a column mapping
  (``--map FIELD=COLUMN``, keys in :data:`mapping.EVENT_FIELDS`); stored with
  the source "other".

``parse(row, dates)`` gives ``(source id, values)`` in the order of :data:`FIELDS`;
dates go through a :class:`~.dates.DateReader` (day/month order, precision).
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bm_desktop.domain.event_dates import DAY, MONTH, YEAR, span
from bm_desktop.exchange.imports import values as v
from bm_desktop.exchange.imports.dates import DateReader, EventDate
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words

# The values a security event carries, in this order.
FIELDS = (
    "date_start",
    "date_end",
    "date_precision",
    "date_unit",
    "longitude",
    "latitude",
    "geo_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "admin1",
    "admin2",
    "location",
    "fatalities",
    "notes",
)
# UCDP's names for its types of violence (GED codebook), as stored and coloured.
UCDP_TYPES = {1: "State-based conflict", 2: "Non-state conflict", 3: "One-sided violence"}
Row = dict[str, Any]


@dataclass(frozen=True)
class Layout:
    name: str  # "acled", "ucdp" or "other" (the stored source)
    title: str
    signature: frozenset[str]  # columns that identify the layout
    required: tuple[str, ...]
    parse: Callable[[Row, DateReader], tuple[str, tuple]]  # row -> (source id, values)
    # Event field -> the file columns it comes from; a field whose columns the file
    # lacks is "not provided": a re-import keeps the stored value.
    sources: dict[str, tuple[str, ...]]
    # --map key -> this layout's column name (a renamed column is mapped back).
    keys: dict[str, str]

    def provided(self, keys: set[str]) -> tuple[bool, ...]:
        return tuple(any(c in keys for c in self.sources.get(f, (f,))) for f in FIELDS)


def _opt(row: Row, key: str) -> str | None:
    text = v.text(row.get(key))
    return text or None


def _req_text(row: Row, key: str) -> str:
    text = v.text(row.get(key))
    if not text:
        raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "{column} is empty"), column=key)
    return text


def _date(row: Row, key: str, dates: DateReader) -> EventDate:
    if v.is_empty(row.get(key)):
        raise v.BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "{column} is empty"), column=key)
    try:
        return dates.read(row.get(key))
    except v.BadValue as exc:
        raise v.BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "{column} {problem}"), column=key, problem=exc
        ) from None


def _coords(row: Row) -> tuple[float, float]:
    out = []
    for key, check in (("longitude", v.check_longitude), ("latitude", v.check_latitude)):
        value = row.get(key)
        if isinstance(value, float):  # the common case, read from a number cell
            number = value
        else:
            if v.is_empty(value):
                raise v.BadValue(
                    QT_TRANSLATE_NOOP("ExchangeImport", "{column} is empty"), column=key
                )
            try:
                number = v.parse_float(value)
            except v.BadValue as exc:
                raise v.BadValue(
                    QT_TRANSLATE_NOOP("ExchangeImport", "{column} {problem}"),
                    column=key,
                    problem=exc,
                ) from None
        check(number)
        out.append(number)
    return out[0], out[1]


def _int(row: Row, key: str) -> int:
    try:
        return v.parse_int(row.get(key))
    except v.BadValue as exc:
        raise v.BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "{column} {problem}"), column=key, problem=exc
        ) from None


def _count(row: Row, key: str) -> int:
    if v.is_empty(row.get(key)):
        return 0
    n = _int(row, key)
    if n < 0:
        raise v.BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "{column} {value} must be 0 or more"),
            column=key,
            value=n,
        )
    return n


def _level(row: Row, key: str, allowed: range, default: int) -> int:
    if v.is_empty(row.get(key)):
        return default
    n = _int(row, key)
    if n not in allowed:
        raise v.BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "{column} {value} is not between {low} and {high}"),
            column=key,
            value=n,
            low=allowed.start,
            high=allowed.stop - 1,
        )
    return n


def _key(*parts: Any) -> str:
    """A source id for a file without one: the same event gives the same key."""
    return "k" + hashlib.sha1("|".join(str(x) for x in parts).encode("utf-8")).hexdigest()[:16]


def _end(row: Row, key: str, start: EventDate, dates: DateReader) -> EventDate:
    if v.is_empty(row.get(key)):
        return start
    end = _date(row, key, dates)
    if end.end < start.start:
        raise v.BadValue(
            QT_TRANSLATE_NOOP(
                "ExchangeImport", "{end_column} {end} is before {start_column} {start}"
            ),
            end_column=key,
            end=end.end.isoformat(),
            start_column="date_start",
            start=start.start.isoformat(),
        )
    return end


def parse_acled(row: Row, dates: DateReader) -> tuple[str, tuple]:
    day = _date(row, "event_date", dates)
    lon, lat = _coords(row)
    event_type = _req_text(row, "event_type")
    actor1, location = _opt(row, "actor1"), _opt(row, "location")
    source_id = (
        _opt(row, "event_id_cnty")
        or _opt(row, "data_id")
        or _opt(row, "event_id")
        or _key(day.start, day.unit, f"{lat:.4f}", f"{lon:.4f}", event_type, actor1, location)
    )
    values = (
        day.start,
        day.end,
        _level(row, "time_precision", range(1, 4), 1),
        day.unit,
        lon,
        lat,
        _level(row, "geo_precision", range(1, 4), 1),
        event_type,
        _opt(row, "sub_event_type"),
        actor1,
        _opt(row, "actor2"),
        _opt(row, "admin1"),
        _opt(row, "admin2"),
        location,
        _count(row, "fatalities"),
        _opt(row, "notes"),
    )
    return source_id, values


def _ucdp_dates(row: Row, dates: DateReader) -> tuple[EventDate, int]:
    """The event's dates and our day precision (1 day, 2 week, 3 month) from date_start,
    date_end, date_prec (1-5) or, in a file that gives only the year, year."""
    prec = _level(row, "date_prec", range(1, 6), 1)
    if v.is_empty(row.get("date_start")) and not v.is_empty(row.get("year")):
        year = _date(row, "year", dates)
        if year.unit != YEAR:
            raise v.BadValue(
                QT_TRANSLATE_NOOP("ExchangeImport", "year '{value}' is not a year"),
                value=v.text(row.get("year")),
            )
        return year, 3
    start = _date(row, "date_start", dates)
    end = _end(row, "date_end", start, dates)
    if prec == 5 or start.unit == YEAR:
        first, last = span(YEAR, start.start.year)
        return EventDate(first, last, YEAR), 3
    if prec == 4 or start.unit == MONTH:
        first, last = span(MONTH, start.start.year, start.start.month)
        return EventDate(first, last, MONTH), 3
    days = (end.end - start.start).days
    return EventDate(start.start, end.end, DAY), 1 if days == 0 and prec == 1 else (
        2 if days <= 7 and prec <= 3 else 3
    )


def parse_ucdp(row: Row, dates: DateReader) -> tuple[str, tuple]:
    source_id = _req_text(row, "id")
    when, precision = _ucdp_dates(row, dates)
    lon, lat = _coords(row)
    _req_text(row, "type_of_violence")
    kind = _int(row, "type_of_violence")
    if kind not in UCDP_TYPES:
        raise v.BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "type_of_violence {value} is not 1, 2 or 3"),
            value=kind,
        )
    where = _level(row, "where_prec", range(1, 8), 1)
    best = _count(row, "best")
    notes = [f"UCDP best estimate {best}"]
    if not v.is_empty(row.get("low")) or not v.is_empty(row.get("high")):
        notes.append(f"low {_count(row, 'low')}, high {_count(row, 'high')}")
    if not v.is_empty(row.get("deaths_civilians")):
        notes.append(f"civilian deaths {_count(row, 'deaths_civilians')}")
    values = (
        when.start,
        when.end,
        precision,
        when.unit,
        lon,
        lat,
        1 if where == 1 else (2 if where <= 3 else 3),
        UCDP_TYPES[kind],
        _opt(row, "conflict_name"),
        _opt(row, "side_a"),
        _opt(row, "side_b"),
        _opt(row, "adm_1"),
        _opt(row, "adm_2"),
        _opt(row, "where_description"),
        best,
        "; ".join(notes),
    )
    return source_id, values


def parse_other(row: Row, dates: DateReader) -> tuple[str, tuple]:
    """A row of a mapped layout: its columns were renamed to the --map keys."""
    when = _date(row, "date", dates)
    end = _end(row, "date_end", when, dates)
    lon, lat = _coords(row)
    event_type = _req_text(row, "event_type")
    actor1, location = _opt(row, "actor1"), _opt(row, "location")
    source_id = _opt(row, "id") or _key(
        when.start, when.unit, f"{lat:.4f}", f"{lon:.4f}", event_type, actor1, location
    )
    precision = 3 if when.unit != DAY else (1 if when.start == end.end else 2)
    values = (
        when.start,
        end.end,
        precision,
        when.unit,
        lon,
        lat,
        1,
        event_type,
        _opt(row, "sub_event_type"),
        actor1,
        _opt(row, "actor2"),
        _opt(row, "admin1"),
        _opt(row, "admin2"),
        location,
        _count(row, "fatalities"),
        _opt(row, "notes"),
    )
    return source_id, values


ACLED = Layout(
    "acled",
    "ACLED",
    frozenset(
        {
            "event_date",
            "event_type",
            "sub_event_type",
            "actor1",
            "actor2",
            "geo_precision",
            "fatalities",
            "admin1",
            "location",
        }
    ),
    ("event_date", "event_type", "latitude", "longitude"),
    parse_acled,
    # ACLED events are dated by one day; an end day stored otherwise is kept.
    {
        "date_start": ("event_date",),
        "date_end": (),
        "date_unit": ("event_date",),
        "date_precision": ("time_precision",),
    },
    {"date": "event_date", "id": "event_id_cnty"},
)
UCDP = Layout(
    "ucdp",
    "UCDP GED",
    frozenset(
        {
            "type_of_violence",
            "side_a",
            "side_b",
            "date_start",
            "date_end",
            "where_prec",
            "best",
            "adm_1",
            "where_description",
        }
    ),
    ("id", "type_of_violence", "latitude", "longitude"),
    parse_ucdp,
    {
        "date_start": ("date_start", "year"),
        "date_end": ("date_end", "date_start", "year"),
        "date_precision": ("date_start", "year"),
        "date_unit": ("date_start", "year"),
        "geo_precision": ("where_prec",),
        "event_type": ("type_of_violence",),
        "sub_event_type": ("conflict_name",),
        "actor1": ("side_a",),
        "actor2": ("side_b",),
        "admin1": ("adm_1",),
        "admin2": ("adm_2",),
        "location": ("where_description",),
        "fatalities": ("best",),
        "notes": ("best", "low", "high", "deaths_civilians"),
    },
    {
        "date": "date_start",
        "event_type": "type_of_violence",
        "actor1": "side_a",
        "actor2": "side_b",
        "admin1": "adm_1",
        "admin2": "adm_2",
        "location": "where_description",
        "fatalities": "best",
    },
)
OTHER = Layout(
    "other",
    "",
    frozenset(),
    ("date", "longitude", "latitude", "event_type"),
    parse_other,
    {
        "date_start": ("date",),
        "date_end": ("date", "date_end"),
        "date_precision": ("date",),
        "date_unit": ("date",),
        "geo_precision": (),
    },
    {},
)
LAYOUTS = (ACLED, UCDP)
KNOWN_COLUMNS = {
    "latitude",
    "longitude",
    "event_id_cnty",
    "data_id",
    "event_id",
    "time_precision",
    "notes",
    "year",
    "low",
    "high",
    "deaths_civilians",
    "date_prec",
    "conflict_name",
    "id",
}
# Usual renamings of required columns, tried before closest spellings.
RENAMES = {
    "latitude": ("lat", "y"),
    "longitude": ("lon", "lng", "long", "x"),
    "event_date": ("date",),
    "date_start": ("date", "start_date"),
    "id": ("event_id", "ged_id"),
}


def detect(keys: set[str], words: Words | None = None) -> tuple[Layout | None, str]:
    """The layout whose signature columns the header has most of (at least 40%), and
    an explanation (in the language of ``words``) when none fits or a required column
    is missing."""
    words = words or Words("en")
    scored = sorted(
        ((len(lay.signature & keys) / len(lay.signature), lay) for lay in LAYOUTS),
        key=lambda x: -x[0],
    )
    score, layout = scored[0]
    if score < 0.4:
        parts = [
            words.translate("ExchangeErrors", "{title} (missing: {columns})").format(
                title=lay.title, columns=", ".join(sorted(lay.signature - keys))
            )
            for lay in LAYOUTS
        ]
        return None, "; ".join(parts)
    missing = [c for c in layout.required if c not in keys]
    if layout is UCDP and "date_start" not in keys and "year" not in keys:
        missing.insert(0, "date_start")
    if missing:
        known = layout.signature | set(layout.required) | KNOWN_COLUMNS
        spare = sorted(keys - known)  # columns the layout does not use: renamed ones?
        back = {col: key for key, col in layout.keys.items()}
        hints = []
        for col in missing:
            close = [k for k in spare if k in RENAMES.get(col, ())] or difflib.get_close_matches(
                col, spare, n=1, cutoff=0.8
            )
            key = back.get(col, col)
            hints.append(
                words.translate(
                    "ExchangeErrors", "'{column}' (is it '{guess}'? then add --map {key}={guess})"
                ).format(column=col, guess=close[0], key=key)
                if close
                else words.translate(
                    "ExchangeErrors", "'{column}' (name it with --map {key}=COLUMN)"
                ).format(column=col, key=key)
            )
        return layout, ", ".join(hints)
    return layout, ""
