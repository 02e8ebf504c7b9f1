"""The domain rules of every synchronised column, written once (Qt-free).

Used wherever a row arrives from outside the app's own forms: the sync server
checks every pushed row (and refuses that change alone, with the reason), a
laptop checks every pulled row (and skips it, logged, instead of storing a value
that would break a view or the next start), and imports check the values they
read. The rules are derived from the models where the models say it (integer
columns hold what a PostgreSQL ``INTEGER`` holds, text length, NULL), plus the
programme's vocabularies (``domain.enums``) and ranges (severity 1-4, risk levels
1-5, coordinates, counts that cannot be negative, dates).

Values may be given in their Python form (``datetime.date``) or in their JSON
form (ISO text), so the same rule reads a decoded row and a wire row.

Two kinds of rule: what any replica must be able to store and read back (types,
ranges, vocabularies, real dates, no control characters) is always checked;
what depends on today's date (an incident cannot have happened in the future)
only when ``today`` is given, i.e. where a row is written for the first time
(the server, an import), never on a laptop receiving rows the server accepted.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any

import numpy as np
from sqlalchemy import Column, Date, DateTime, Float, Integer, String

from bm_desktop.db.models import synced_models
from bm_desktop.domain import enums
from bm_desktop.domain.agenda import MAX_ITEM_MINUTES
from bm_desktop.domain.messages import TemplatedMessage
from bm_desktop.domain.risk_scoring import MATRIX_SIZE

INT_MIN, INT_MAX = -(2**31), 2**31 - 1  # a PostgreSQL INTEGER (SQLite would take 2^63)
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2200, 1, 1)  # what any replica accepts, whatever its clock says
MAX_YEARS_AHEAD = 20  # a planned date further ahead than this is a typing error
SEVERITY_RANGE = (1, 4)  # incidents: 1 (low) .. 4 (critical)
# Control characters no text column may hold (tab, line feed and carriage return may),
# and lone UTF-16 surrogates (valid JSON, but no database or file can encode them).
_BAD_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_UUID = re.compile(r"[0-9a-fA-F]{32}|[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")

COUNT = (0, INT_MAX)
RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("incidents", "severity"): SEVERITY_RANGE,
    ("site_risks", "likelihood"): (1, MATRIX_SIZE),
    ("site_risks", "severity"): (1, MATRIX_SIZE),
    ("security_events", "date_precision"): (1, 3),
    ("security_events", "geo_precision"): (1, 3),
    ("agenda_items", "duration_min"): (0, MAX_ITEM_MINUTES),
    ("agenda_items", "position"): COUNT,
    ("site_minerals", "rank"): (1, 100),
}
# Columns with these names, in any table.
NAMED_RANGES: dict[str, tuple[float, float]] = {
    "latitude": (-90.0, 90.0),
    "longitude": (-180.0, 180.0),
    **{
        name: COUNT
        for name in (
            "miners_women",
            "miners_men",
            "miners_total",
            "people_affected",
            "minors_involved",
            "workers_counted",
            "women",
            "men",
            "fatalities",
        )
    },
}
VOCABULARIES: dict[tuple[str, str], tuple[str, ...]] = {
    (table, column): tuple(v.value for v in values)
    for (table, column), values in {
        ("sites", "status"): enums.SiteStatus,
        ("site_status_changes", "status"): enums.SiteStatus,
        ("incidents", "source"): enums.IncidentSource,
        ("incidents", "verification"): enums.Verification,
        ("site_risks", "status"): enums.RiskStatus,
        ("corrective_actions", "kind"): enums.ActionKind,
        ("corrective_actions", "priority"): enums.Priority,
        ("action_progress", "status"): enums.ActionStatus,
        ("cap_meetings", "status"): enums.MeetingStatus,
        ("stakeholders", "kind"): enums.StakeholderKind,
        ("security_events", "source"): enums.EventSource,
    }.items()
}
FORMATS: dict[tuple[str, str], tuple[re.Pattern[str], str]] = {
    ("cap_meetings", "month"): (_MONTH, "YYYY-MM"),
    ("cap_meetings", "starts_at"): (_TIME, "HH:MM"),
}
# Dates that cannot be in the future (the forms refuse them too).
PAST_DATES = frozenset(
    {
        ("incidents", "occurred_on"),
        ("incidents", "reported_on"),
        ("incidents", "verified_at"),
        ("corrective_actions", "recommended_on"),
        ("cap_meetings", "held_on"),
    }
)


class RuleError(TemplatedMessage, ValueError):
    """A value that breaks a rule of its column; ``column`` is ``table.column``."""

    CONTEXT = "DataRules"

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(self._set_template(template, params))
        self.column = str(params.get("column", ""))


Check = Callable[[Any, "dt.date | None"], None]


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return _BAD_TEXT.sub("?", text)[:40]


def _range_check(name: str, low: float, high: float) -> Check:
    def check(v: Any, _today: dt.date | None) -> None:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return  # the type is the codec's business
        if not (low <= v <= high):  # False for NaN too
            raise RuleError(
                "{column}: {value} is out of range ({low} to {high}).",
                column=name,
                value=_shown(v),
                low=f"{low:g}",
                high=f"{high:g}",
            )

    return check


def _finite_check(name: str) -> Check:
    def check(v: Any, _today: dt.date | None) -> None:
        if isinstance(v, float) and not math.isfinite(v):
            raise RuleError(
                "{column}: {value} is not a finite number.", column=name, value=_shown(v)
            )

    return check


def _text_check(name: str, length: int | None) -> Check:
    def check(v: Any, _today: dt.date | None) -> None:
        if not isinstance(v, str):
            return
        if _BAD_TEXT.search(v):
            raise RuleError(
                "{column}: the text holds a control character (such as a NUL "
                "byte) that cannot be stored.",
                column=name,
            )
        if length is not None and len(v) > length:
            raise RuleError(
                "{column}: the text is longer than {length} characters.", column=name, length=length
            )

    return check


def _vocabulary_check(name: str, allowed: tuple[str, ...]) -> Check:
    def check(v: Any, _today: dt.date | None) -> None:
        if isinstance(v, str) and v not in allowed:
            raise RuleError(
                "{column}: '{value}' is not one of {allowed}.",
                column=name,
                value=_shown(v),
                allowed=", ".join(allowed),
            )

    return check


def _format_check(name: str, pattern: re.Pattern[str], shape: str) -> Check:
    def check(v: Any, _today: dt.date | None) -> None:
        if isinstance(v, str) and not pattern.fullmatch(v):
            raise RuleError(
                "{column}: '{value}' is not in the form {shape}.",
                column=name,
                value=_shown(v),
                shape=shape,
            )

    return check


def _uuid_list_check(name: str) -> Check:
    def check(v: Any, _today: dt.date | None) -> None:
        if isinstance(v, str) and not all(_UUID.fullmatch(x) for x in v.split()):
            raise RuleError(
                "{column}: '{value}' is not a list of row ids.", column=name, value=_shown(v)
            )

    return check


def _as_date(v: Any) -> dt.date | None:
    """A date from a date or date-time value (or its ISO text); None if it is not one."""
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        try:
            return dt.datetime.fromisoformat(v).date() if len(v) > 10 else dt.date.fromisoformat(v)
        except ValueError:
            return None
    return None


def _date_check(name: str, past_only: bool) -> Check:
    def check(v: Any, today: dt.date | None) -> None:
        if v is None or not isinstance(v, (str, dt.date)):
            return
        day = _as_date(v)
        if day is None:
            raise RuleError(
                "{column}: '{value}' is not a valid date.", column=name, value=_shown(v)
            )
        if not EARLIEST <= day < LATEST:
            raise RuleError(
                "{column}: the date {value} is out of range ({low} to {high}).",
                column=name,
                value=day.isoformat(),
                low=EARLIEST.isoformat(),
                high=LATEST.isoformat(),
            )
        if today is None:
            return
        if past_only and day > today + dt.timedelta(days=1):  # a day for time zones
            raise RuleError(
                "{column}: the date {value} is in the future (today is {today}).",
                column=name,
                value=day.isoformat(),
                today=today.isoformat(),
            )
        if day.year > today.year + MAX_YEARS_AHEAD:
            raise RuleError(
                "{column}: the date {value} is more than {years} years ahead.",
                column=name,
                value=day.isoformat(),
                years=MAX_YEARS_AHEAD,
            )

    return check


def _checks_for(table: str, col: Column) -> list[Check]:
    name, t = f"{table}.{col.name}", col.type
    key = (table, col.name)
    checks: list[Check] = []
    if isinstance(t, Integer):
        checks.append(_range_check(name, INT_MIN, INT_MAX))
    if isinstance(t, Float):
        checks.append(_finite_check(name))
    bounds = RANGES.get(key) or NAMED_RANGES.get(col.name)
    if bounds is not None and isinstance(t, (Integer, Float)):
        checks.append(_range_check(name, *bounds))
    if isinstance(t, (Date, DateTime)):
        checks.append(_date_check(name, key in PAST_DATES))
    elif isinstance(t, String):  # also Text
        checks.append(_text_check(name, t.length))
        if key in VOCABULARIES:
            checks.append(_vocabulary_check(name, VOCABULARIES[key]))
        if key in FORMATS:
            checks.append(_format_check(name, *FORMATS[key]))
        if key == ("agenda_items", "ref_table"):
            checks.append(_vocabulary_check(name, tuple(sorted(synced_tables()))))
        if key == ("agenda_items", "ref_ids"):
            checks.append(_uuid_list_check(name))
    return checks


@dataclass(frozen=True)
class TableRules:
    """The checks of one table's columns (only the columns that have some)."""

    table: str
    columns: dict[str, tuple[Check, ...]]
    # Text columns with no rule but "no control characters, not too long": the
    # common case, which a pulled page checks a whole column at a time.
    plain_text: dict[str, int | None]
    # Number columns: the narrowest range of their checks, for the same fast path.
    bounds: dict[str, tuple[float, float]]
    # Date and date-time columns with no other rule (the same fast path).
    dates: frozenset[str] = frozenset()
    # Text columns with a vocabulary or a form as well: (length, a test of the set of
    # their distinct values that is true when all pass), for the same fast path.
    text_sets: dict[str, tuple[int | None, Callable[[set[str]], bool]]] = field(
        default_factory=dict
    )

    def check(self, row: Mapping[str, Any], today: dt.date | None = None) -> None:
        """Raise :class:`RuleError` for the first value that breaks a rule."""
        for column, checks in self.columns.items():
            v = row.get(column)
            if v is None:
                continue
            for c in checks:
                c(v, today)

    def bad_values(self, column: str, values: Iterable[Any]) -> dict[int, RuleError]:
        """The positions of the values of ``column`` that break a rule (the rules that
        do not depend on today's date), for checking a pulled page column by column."""
        checks = self.columns.get(column)
        if not checks:
            return {}
        values = list(values)
        if column in self.plain_text and set(map(type, values)) <= _TEXT_TYPES:
            length = self.plain_text[column]
            if not _BAD_TEXT.search("".join(filter(_NOT_NONE, values))) and (
                length is None or max(map(len, filter(_NOT_NONE, values)), default=0) <= length
            ):
                return {}
        if column in self.bounds and _within(values, *self.bounds[column]):
            return {}
        if column in self.dates and _iso_dates_within(values):
            return {}
        if column in self.text_sets and set(map(type, values)) <= _TEXT_TYPES:
            length, all_pass = self.text_sets[column]
            distinct = set(filter(_NOT_NONE, values))
            if (
                not _BAD_TEXT.search("".join(distinct))
                and (length is None or max(map(len, distinct), default=0) <= length)
                and all_pass(distinct)
            ):
                return {}
        failed: dict[Any, RuleError] = {}
        for v in set(values):  # dates, codes and counts repeat: check each value once
            if v is None:
                continue
            try:
                for c in checks:
                    c(v, None)
            except RuleError as exc:
                failed[v] = exc
        if not failed:
            return {}
        return {i: failed[v] for i, v in enumerate(values) if v is not None and v in failed}


_NUMBER_TYPES = frozenset({int, float, type(None)})
_TEXT_TYPES = frozenset({str, type(None)})
_NOT_NONE = partial(operator.is_not, None)  # a filter that runs in C


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}:\d{2}(?:\.\d{6})?)?")


def _iso_dates_within(values: list) -> bool:
    """Are all values None or ISO dates (or date-times) that exist and lie within
    [EARLIEST, LATEST)? Parsed together by numpy, which refuses a day, hour, minute or
    second out of range as :func:`_as_date` does for these forms. False sends the
    column to the value-by-value check, which says what is wrong."""
    if not set(map(type, values)) <= _TEXT_TYPES:
        return False
    texts = list(set(filter(_NOT_NONE, values)))
    if not texts:
        return True
    if not all(map(_ISO.fullmatch, texts)):
        return False
    try:
        stamps = np.array(texts, dtype="datetime64[us]")
    except ValueError:
        return False
    return bool(
        stamps.min() >= np.datetime64(EARLIEST, "us") and stamps.max() < np.datetime64(LATEST, "us")
    )


def _within(values: list, low: float, high: float) -> bool:
    """Are all values numbers (or None), finite and within [low, high]? (Checked in C.)"""
    types = set(map(type, values))
    if not types <= _NUMBER_TYPES:
        return False
    nums = list(filter(_NOT_NONE, values))
    if not nums:
        return True
    try:
        if float in types and not all(map(math.isfinite, nums)):
            return False
    except OverflowError:  # an integer too large for a float
        return False
    return low <= min(nums) and max(nums) <= high


@cache
def _tables() -> dict[str, Any]:
    tables = (getattr(m, "__table__") for m in synced_models())  # noqa: B009 (a mixin type)
    return {t.name: t for t in tables}


@cache
def synced_tables() -> frozenset[str]:
    return frozenset(_tables())


@cache
def rules(table: str) -> TableRules:
    """The rules of a synchronised table (KeyError for an unknown table)."""
    t = _tables()[table]
    columns = {c.name: tuple(checks) for c in t.columns if (checks := _checks_for(table, c))}
    plain = {
        c.name: getattr(c.type, "length", None)
        for c in t.columns
        if isinstance(c.type, String) and len(columns.get(c.name, ())) == 1
    }
    bounds = {}
    for c in t.columns:
        if isinstance(c.type, (Integer, Float)):
            low, high = (INT_MIN, INT_MAX) if isinstance(c.type, Integer) else (-math.inf, math.inf)
            extra = RANGES.get((table, c.name)) or NAMED_RANGES.get(c.name)
            if extra is not None:
                low, high = max(low, extra[0]), min(high, extra[1])
            bounds[c.name] = (low, high)
    dates = frozenset(
        c.name
        for c in t.columns
        if isinstance(c.type, (Date, DateTime)) and len(columns.get(c.name, ())) == 1
    )
    text_sets = {
        c.name: (getattr(c.type, "length", None), test)
        for c in t.columns
        if (test := _set_test(table, c.name)) is not None
    }
    return TableRules(table, columns, plain, bounds, dates, text_sets)


def _set_test(table: str, column: str) -> Callable[[set[str]], bool] | None:
    """For a text column with a vocabulary or a form: a test of its distinct values
    (all in the vocabulary, all in the form), run in C over a whole pulled column."""
    key = (table, column)
    tests: list[Callable[[set[str]], bool]] = []
    if key in VOCABULARIES:
        tests.append(frozenset(VOCABULARIES[key]).issuperset)
    if key == ("agenda_items", "ref_table"):
        tests.append(synced_tables().issuperset)
    if key in FORMATS:
        pattern = FORMATS[key][0]
        tests.append(lambda values: all(map(pattern.fullmatch, values)))
    if key == ("agenda_items", "ref_ids"):
        tests.append(lambda values: all(map(_UUID.fullmatch, " ".join(values).split())))
    if not tests:
        return None
    return lambda values: all(test(values) for test in tests)


def check_row(table: str, row: Mapping[str, Any], today: dt.date | None = None) -> None:
    """Check one row of ``table`` (Python or JSON values); raises :class:`RuleError`."""
    rules(table).check(row, today)


def check_value(table: str, column: str, value: Any, today: dt.date | None = None) -> None:
    """Check one value (for imports, which build rows a field at a time)."""
    rules(table).check({column: value}, today)
