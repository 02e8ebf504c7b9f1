"""Rows to JSON and back, and the merge rule, without a server."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Uuid

from bm_desktop.sync import merge, rows
from bm_desktop.sync.server.scope import unclassified_tables


def sample_value(column, i: int):
    t = column.type
    if isinstance(t, Uuid):
        return uuid.uuid4()
    if isinstance(t, DateTime):
        return dt.datetime(2021, 7, 14, 9, 30, 15, 123456)
    if isinstance(t, Date):
        return dt.date(2020, 2, 29)
    if isinstance(t, Boolean):
        return i % 2 == 0
    if isinstance(t, Integer):
        return 2**40 + i
    if isinstance(t, Float):
        return 0.1 + 0.2 + i  # not exactly representable: must still round-trip
    if isinstance(t, String):
        return "Élevé — 高 ✓ " * 2 if t.length is None or t.length > 30 else "x" * (t.length or 1)
    raise AssertionError(t)


@pytest.mark.parametrize("name", list(rows.codecs()))
def test_every_synchronised_table_round_trips_through_json(name: str) -> None:
    tc = rows.codec(name)
    values = {c.name: sample_value(c, i) for i, c in enumerate(tc.table.columns)}
    wire = json.loads(json.dumps(tc.encode(values)))
    assert tc.decode(wire) == values
    nullable = {c.name: None for c in tc.columns if c.nullable}
    assert tc.decode(json.loads(json.dumps(tc.encode({**values, **nullable})))) == {
        **values,
        **nullable,
    }


def test_bad_values_are_refused_with_the_column_named() -> None:
    tc = rows.codec("incidents")
    good = tc.encode({c.name: sample_value(c, 0) for c in tc.table.columns})
    for column, bad, words in [
        ("severity", "high", "whole number"),
        ("occurred_on", "2021-02-30", "day is out of range"),
        ("site_id", "not-a-uuid", "badly formed"),
        ("longitude", float("nan"), "finite"),
        ("source", "x" * 500, "longer than 20"),
        ("description", None, "required"),
    ]:
        with pytest.raises(rows.RowError, match=f"incidents.{column}.*{words}"):
            tc.decode({**good, column: bad})
    with pytest.raises(rows.RowError, match="unknown column"):
        tc.decode({**good, "hacked": 1})
    with pytest.raises(rows.RowError, match="not a synchronised table"):
        rows.codec("users")


def test_every_table_has_a_scope_rule() -> None:
    assert unclassified_tables() == []


A, B = "0001700000000000-0000-aaaaaaaaaaaa", "0001700000000500-0000-bbbbbbbbbbbb"
A2 = "0001700000000900-0000-aaaaaaaaaaaa"


@pytest.mark.parametrize(
    "current, incoming, base, same, append_only, expected",
    [
        (None, A, None, False, False, (True, None)),  # new row
        (A, B, A, False, False, (True, None)),  # B saw A: an ordinary edit
        (A, B, None, False, False, (True, "current")),  # concurrent: A loses
        (B, A, None, False, False, (False, "incoming")),  # concurrent: the older one loses
        (A, B, None, True, False, (True, None)),  # the same edit twice is no conflict
        (A, B, None, False, True, (True, None)),  # append-only rows never conflict
        (A, A2, "0001600000000000-0000-cccccccccccc", False, False, (True, None)),  # own next edit
        (A, A, None, False, False, (False, None)),  # the same version again
    ],
)
def test_merge_rule(current, incoming, base, same, append_only, expected) -> None:
    verdict = merge.decide(current, incoming, base, same_content=same, append_only=append_only)
    assert (verdict.apply, verdict.loser) == expected
