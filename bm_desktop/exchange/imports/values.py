"""Reading cell values from outside files: dates in the formats people type, numbers
with a decimal comma, text with the export's formula-neutralising apostrophe."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

from bm_desktop.db import rules
from bm_desktop.exchange.places import fold
from bm_desktop.exchange.safe_text import restore_text
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words


class BadValue(ValueError):
    """A value that is not what its column needs. ``template`` is English, marked for
    translation in the ExchangeImport context; :meth:`text` gives it in a language."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template, self.params = template, params
        super().__init__(template.format(**params))

    def text(self, words: Words) -> str:
        params = {
            k: p.text(words) if isinstance(p, BadValue) else p for k, p in self.params.items()
        }
        return words.message(self.template).format(**params)

    def grouping(self, words: Words) -> tuple[str, str]:
        """The reason without the row's own value, and that value: rows rejected for the
        same reason group together ("latitude is out of range (-90 to 90)": 123.4)."""
        detail = ""
        params: dict[str, Any] = {}
        for k, p in self.params.items():
            if isinstance(p, BadValue):
                params[k], inner = p.grouping(words)
                detail = detail or inner
            elif k in _ROW_VALUES:
                detail = detail or str(p)
                params[k] = _MARK
            else:
                params[k] = p
        label = words.message(self.template).format(**params)
        label = " ".join(_MARKED.sub(" ", label).split())
        return label, detail

    def group_key(self) -> tuple:
        """What :meth:`grouping`'s label depends on (not the row's own value), so a
        label can be worked out once per kind of problem, not once per row."""
        return (
            self.template,
            *(
                (k, p.group_key())
                if isinstance(p, BadValue)
                else (k, None if k in _ROW_VALUES else p)
                for k, p in self.params.items()
            ),
        )

    def detail(self) -> str:
        """The row's own value in the message (the first found), or ""."""
        for k, p in self.params.items():
            if isinstance(p, BadValue):
                inner = p.detail()
                if inner:
                    return inner
            elif k in _ROW_VALUES:
                return str(p)
        return ""


_ROW_VALUES = ("value", "end", "start", "id", "rows")
_MARK = "\x00"
_MARKED = re.compile("\\s*[«'\"]?\\s*\x00\\s*[»'\"]?")

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_DMY = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_WORDS = re.compile(r"^(\d{1,2})[ -]([^\W\d_]+)\.?[ -](\d{4})$")
MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
}
MONTHS.update({name[:k]: n for name, n in list(MONTHS.items()) for k in (3, 4)})
MONTHS.pop("jui", None)  # juin or juillet: ambiguous


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str:
    """A cell as text: stripped, the export's neutralising apostrophe removed. A control
    character (a NUL byte...) is refused: no database can store it, and on a
    PostgreSQL server it failed the sync of every change sent with it."""
    raw = label(value)
    if _CONTROL.search(raw):
        raise BadValue(
            QT_TRANSLATE_NOOP(
                "ExchangeImport",
                "'{value}' holds a control character (such as a NUL byte) that cannot be stored",
            ),
            value=_CONTROL.sub("?", raw)[:40],
        )
    return raw


def label(value: Any) -> str:
    """A cell as text to show or to match (row ids in messages), control characters
    left in: only :func:`text` values are stored."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return restore_text(str(value).strip())


def parse_date(value: Any) -> dt.date:
    """A date from a date cell, ``YYYY-MM-DD`` (time ignored), ``DD/MM/YYYY`` or
    ``15 January 2021`` (English or French month names)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = text(value)
    try:
        m = _ISO.match(raw)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = _DMY.match(raw)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        m = _WORDS.match(raw)
        if m and fold(m[2]) in MONTHS:
            return dt.date(int(m[3]), MONTHS[fold(m[2])], int(m[1]))
    except ValueError:
        pass
    raise BadValue(QT_TRANSLATE_NOOP("ExchangeImport", "'{value}' is not a date"), value=raw)


def parse_float(value: Any) -> float:
    if isinstance(value, bool):
        raise BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "'{value}' is not a number"), value=value
        )
    if isinstance(value, int | float):
        return float(value)
    raw = text(value).replace("\u00a0", "").replace(" ", "")
    if raw.count(",") == 1 and "." not in raw:
        raw = raw.replace(",", ".")
    try:
        number = float(raw)
    except ValueError:
        raise BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "'{value}' is not a number"), value=text(value)
        ) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "'{value}' is not a number"), value=text(value)
        )
    return number


def parse_int(value: Any) -> int:
    number = parse_float(value)
    if not number.is_integer():
        raise BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "'{value}' is not a whole number"),
            value=text(value),
        )
    if not rules.INT_MIN <= number <= rules.INT_MAX:
        raise BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "{value} is too large a number (at most {limit})"),
            value=text(value),
            limit=rules.INT_MAX,
        )
    return int(number)


def parse_uuid(value: Any) -> uuid.UUID:
    try:
        return uuid.UUID(text(value))
    except ValueError:
        raise BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "'{value}' is not a row ID BM Desktop wrote"),
            value=text(value),
        ) from None


def parse_bool(value: Any) -> bool | None:
    """Yes/no flags as registers write them (1/0, yes/no, oui/non, true/false)."""
    if is_empty(value):
        return None
    key = fold(text(value))
    if key in ("1", "yes", "y", "true", "oui", "o", "vrai", "x"):
        return True
    if key in ("0", "no", "n", "false", "non", "faux"):
        return False
    raise BadValue(
        QT_TRANSLATE_NOOP("ExchangeImport", "'{value}' is not yes or no"), value=text(value)
    )


def check_longitude(lon: float) -> None:
    if not -180 <= lon <= 180:
        raise BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "longitude {value} is out of range (-180 to 180)"),
            value=f"{lon:g}",
        )


def check_latitude(lat: float) -> None:
    if not -90 <= lat <= 90:
        raise BadValue(
            QT_TRANSLATE_NOOP("ExchangeImport", "latitude {value} is out of range (-90 to 90)"),
            value=f"{lat:g}",
        )
