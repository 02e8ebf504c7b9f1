"""Reading event dates without guessing: the file's day/month order, what is known of
each date (day, month or year), and dates that cannot be right.

``06/01/2021`` is 6 January in a day-first file and 1 June in a month-first one.
The order is decided once per file from its unambiguous rows (a first number
above 12 is a day: day first; a second number above 12: month first) and applied
to every row; the report states it. A file whose rows say both, or whose slash
dates are all ambiguous, is refused unless the user names the order
(``--date-order dmy|mdy``); with a named order, rows written the other way are
rejected one by one.

A date after today or before 1989 (the first year of the public conflict-event
records) is refused: it is a typo, and taken at face value it would stretch the
file's period over years.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from bm_desktop.domain.event_dates import DAY, MONTH, YEAR, span
from bm_desktop.exchange.imports.values import MONTHS, BadValue, text
from bm_desktop.exchange.places import fold
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP

DMY, MDY = "dmy", "mdy"
EARLIEST = dt.date(1989, 1, 1)
EXAMPLES = 3  # rows quoted as evidence for the order

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_SLASH = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: .*)?$")
_YEAR = re.compile(r"^(\d{4})(?:\.0)?$")
_YEAR_MONTH = re.compile(r"^(\d{4})[-/](\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.-](\d{4})$")
_WORDS = re.compile(r"^(\d{1,2})[ -]([^\W\d_]+)\.?,?[ -](\d{4})$")
_MONTH_WORD = re.compile(r"^([^\W\d_]+)\.?,?[ -](\d{4})$")


class Undecided(Exception):
    """A slash date whose order the file has not shown yet (the row waits)."""


@dataclass
class EventDate:
    start: dt.date
    end: dt.date
    unit: str  # day, month, year


@dataclass
class DateReader:
    """Reads the dates of one file; ``order`` is the user's choice or None (decide)."""

    today: dt.date
    order: str | None = None
    chosen: bool = False  # the user named the order
    evidence: dict[str, list[tuple[int, str]]] = field(default_factory=lambda: {DMY: [], MDY: []})
    counts: dict[str, int] = field(default_factory=lambda: {DMY: 0, MDY: 0})
    row: int = 0  # the row being read, for the evidence
    slashes: int = 0  # dates written with slashes (whose order matters)

    def __post_init__(self) -> None:
        self.chosen = self.order is not None

    def read(self, value: Any) -> EventDate:
        """The date in a cell; raises :class:`BadValue` or :class:`Undecided`."""
        found = self._parse(value)
        if found.start > self.today:
            raise BadValue(
                QT_TRANSLATE_NOOP("ExchangeImport", "'{value}' is in the future"),
                value=_shown(value),
            )
        if found.end < EARLIEST:
            raise BadValue(
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "'{value}' is before 1989, the first year of the "
                    "conflict-event records: is it a typo?",
                ),
                value=_shown(value),
            )
        return found

    def _parse(self, value: Any) -> EventDate:
        if isinstance(value, dt.datetime):
            return EventDate(value.date(), value.date(), DAY)
        if isinstance(value, dt.date):
            return EventDate(value, value, DAY)
        if (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and float(value).is_integer()
            and 1000 <= value <= 9999
        ):
            start, end = span(YEAR, int(value))
            return EventDate(start, end, YEAR)
        raw = text(value)
        try:
            return self._parse_text(raw)
        except BadValue:
            raise
        except ValueError:  # no such day (2021-02-30) or no date pattern
            pass
        raise BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "'{value}' is not a date"), value=raw)

    def _parse_text(self, raw: str) -> EventDate:
        m = _ISO.match(raw)
        if m:
            return _day(int(m[1]), int(m[2]), int(m[3]))
        m = _SLASH.match(raw)
        if m:
            return self._slash(raw, int(m[1]), int(m[2]), int(m[3]))
        m = _YEAR.match(raw)
        if m:
            start, end = span(YEAR, int(m[1]))
            return EventDate(start, end, YEAR)
        m = _YEAR_MONTH.match(raw) or _MONTH_YEAR.match(raw)
        if m:
            year, month = (int(m[1]), int(m[2])) if len(m[1]) == 4 else (int(m[2]), int(m[1]))
            start, end = span(MONTH, year, month)
            return EventDate(start, end, MONTH)
        m = _WORDS.match(raw)
        if m and fold(m[2]) in MONTHS:
            return _day(int(m[3]), MONTHS[fold(m[2])], int(m[1]))
        m = _MONTH_WORD.match(raw)
        if m and fold(m[1]) in MONTHS:
            start, end = span(MONTH, int(m[2]), MONTHS[fold(m[1])])
            return EventDate(start, end, MONTH)
        raise ValueError(raw)

    def _slash(self, raw: str, a: int, b: int, year: int) -> EventDate:
        self.slashes += 1
        if a > 12 >= b:
            seen = DMY
        elif b > 12 >= a:
            seen = MDY
        elif a == b:  # 05/05/2021 reads the same both ways
            return _day(year, a, a)
        elif a > 12:
            raise ValueError(raw)
        else:
            if self.order is None:
                raise Undecided(raw)
            return _day(year, b, a) if self.order == DMY else _day(year, a, b)
        if self.chosen and seen != self.order:
            template = (
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "'{value}' is not a day-first date "
                    "(the dates were read day first: --date-order dmy)",
                )
                if self.order == DMY
                else QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "'{value}' is not a month-first date "
                    "(the dates were read month first: --date-order mdy)",
                )
            )
            raise BadValue(template, value=raw)
        self.counts[seen] += 1
        if len(self.evidence[seen]) < EXAMPLES:
            self.evidence[seen].append((self.row, raw))
        return _day(year, b, a) if seen == DMY else _day(year, a, b)

    def decide(self) -> str | None:
        """The order the file's unambiguous rows show: dmy, mdy, None (no evidence), or
        "mixed" (both); a chosen order stands."""
        if self.chosen:
            return self.order
        dmy, mdy = self.counts[DMY], self.counts[MDY]
        if dmy and mdy:
            return "mixed"
        if dmy or mdy:
            self.order = DMY if dmy else MDY
        return self.order


def _day(year: int, month: int, day: int) -> EventDate:
    d = dt.date(year, month, day)
    return EventDate(d, d, DAY)


def _shown(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return text(value)
