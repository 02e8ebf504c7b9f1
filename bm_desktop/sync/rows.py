"""Rows of synchronised tables as JSON values, and back.

A row travels as ``{column: value}`` with JSON-native values: UUIDs as 32 hex
digits, dates and datetimes in ISO 8601 (``2021-07-14 09:30:15.123456``), floats as JSON numbers (Python's
``repr`` round-trips them exactly), booleans, integers, strings, ``null``.
Decoding checks every value against its column (type, length, nullability)
and names the column in the error, so the server can refuse one bad change
with a message instead of failing a whole batch.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, String, Table, Uuid

from bm_desktop.db.models import Base, synced_models

# Accounts and devices are managed on the server (create-user); they never travel.
SERVER_ONLY_TABLES = frozenset({"users", "user_regions", "user_sites", "devices"})
# Stamped by the session hook; not part of what a user edits.
META_COLUMNS = frozenset({"updated_at", "updated_by"})


class RowError(ValueError):
    """A value that does not fit its column; the message names the column."""


@dataclass(frozen=True)
class ColumnCodec:
    name: str
    encode: Callable[[Any], Any]
    decode: Callable[[Any], Any]
    nullable: bool
    default: Any  # scalar default, or None


def _uuid_out(v: Any) -> str:
    return v.hex if isinstance(v, uuid.UUID) else uuid.UUID(str(v)).hex


def _uuid_in(v: Any) -> uuid.UUID:
    if not isinstance(v, str):
        raise TypeError("expected a UUID string")
    return uuid.UUID(v)


def _date_in(v: Any) -> dt.date:
    if not isinstance(v, str):
        raise TypeError("expected an ISO date string")
    return dt.date.fromisoformat(v)


def _datetime_in(v: Any) -> dt.datetime:
    if not isinstance(v, str):
        raise TypeError("expected an ISO date-time string")
    return dt.datetime.fromisoformat(v)


def _bool_in(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    if v in (0, 1):
        return bool(v)
    raise TypeError("expected true or false")


def _int_in(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        if isinstance(v, float) and v.is_integer():
            return int(v)
        raise TypeError("expected a whole number")
    if not -(2**63) <= v < 2**63:
        raise ValueError("number out of range")
    return v


def _float_in(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise TypeError("expected a number")
    f = float(v)
    if not math.isfinite(f):
        raise ValueError("expected a finite number")
    return f


def _float_out(v: Any) -> float:
    f = float(v)
    if not math.isfinite(f):
        raise RowError("numbers must be finite")
    return f


def _str_in(length: int | None) -> Callable[[Any], str]:
    def decode(v: Any) -> str:
        if not isinstance(v, str):
            raise TypeError("expected text")
        if length is not None and len(v) > length:
            raise ValueError(f"longer than {length} characters")
        return v

    return decode


def _codec(col: Column) -> ColumnCodec:
    t = col.type
    enc: Callable[[Any], Any]
    dec: Callable[[Any], Any]
    if isinstance(t, Uuid):
        enc, dec = _uuid_out, _uuid_in
    elif isinstance(t, DateTime):
        enc, dec = (lambda v: v.isoformat(sep=" ")), _datetime_in
    elif isinstance(t, Date):
        enc, dec = (lambda v: v.isoformat()), _date_in
    elif isinstance(t, Boolean):
        enc, dec = bool, _bool_in
    elif isinstance(t, Integer):
        enc, dec = int, _int_in
    elif isinstance(t, Float):
        enc, dec = _float_out, _float_in
    elif isinstance(t, String):  # also Text
        enc, dec = str, _str_in(t.length)
    else:  # pragma: no cover - a new column type needs a codec here
        raise TypeError(f"no JSON codec for {col.table.name}.{col.name} ({t!r})")
    default = (
        getattr(col.default, "arg", None)
        if col.default is not None and col.default.is_scalar
        else None
    )
    return ColumnCodec(col.name, enc, dec, bool(col.nullable), default)


@dataclass(frozen=True)
class TableCodec:
    """Encoding and decoding of one synchronised table's rows."""

    name: str
    table: Table
    columns: tuple[ColumnCodec, ...]
    append_only: bool

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def encode(self, values: Mapping[Any, Any] | None) -> dict[str, Any]:
        """Python values (a Core row mapping or an attribute dict) -> JSON values."""
        out: dict[str, Any] = {}
        for c in self.columns:
            v = values.get(c.name) if values is not None else None
            out[c.name] = None if v is None else c.encode(v)
        return out

    def encode_object(self, obj: Any) -> dict[str, Any]:
        """An ORM object -> JSON values (column attributes carry the column names)."""
        return self.encode({c.name: getattr(obj, c.name) for c in self.columns})

    def decode(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """JSON values -> Python values for every column; unknown keys are refused."""
        if not isinstance(data, Mapping):
            raise RowError(f"{self.name}: a row must be a JSON object")
        unknown = set(data) - set(self.column_names)
        if unknown:
            raise RowError(f"{self.name}: unknown column(s) {', '.join(sorted(unknown))}")
        out: dict[str, Any] = {}
        for c in self.columns:
            v = data.get(c.name, c.default)
            if v is None:
                if not c.nullable:
                    raise RowError(f"{self.name}.{c.name}: a value is required")
                out[c.name] = None
                continue
            try:
                out[c.name] = c.decode(v)
            except (TypeError, ValueError) as exc:
                raise RowError(f"{self.name}.{c.name}: {exc} (got {str(v)[:40]!r})") from None
        return out


@cache
def codecs() -> dict[str, TableCodec]:
    """Every table that synchronises, by name, in dependency (creation) order."""
    result: dict[str, TableCodec] = {}
    for model in synced_models():
        table = model.__table__
        if table.name in SERVER_ONLY_TABLES:
            continue
        cols = tuple(_codec(c) for c in table.columns)
        result[table.name] = TableCodec(
            table.name, table, cols, bool(getattr(model, "__append_only__", False))
        )
    return result


def codec(table_name: str) -> TableCodec:
    try:
        return codecs()[table_name]
    except KeyError:
        raise RowError(f"{table_name!r} is not a synchronised table") from None


@cache
def table_rank() -> dict[str, int]:
    """Position of each table in dependency order (parents before children)."""
    return {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


def content(row: Mapping[str, Any]) -> dict[str, Any]:
    """What a user edited: the encoded row without the clock and device stamps."""
    return {k: v for k, v in row.items() if k not in META_COLUMNS}


def same_content(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Two encoded versions that differ only in their stamps are the same edit."""
    return content(a) == content(b)
