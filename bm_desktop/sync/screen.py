"""Screening a pulled page before it is stored: one bad row is skipped, never fatal.

The server checks every pushed row, but a laptop must not trust that alone (an
older server, rows written before a rule existed, a database edited by hand): a
severity of 40000 stopped the map from drawing, an integer of 2^63-1 broke the
register at start-up. Each row of a page is checked against the storage form of
its columns (what :mod:`bm_desktop.sync.apply` would write) and the domain rules
(:mod:`bm_desktop.db.rules`); a row that fails is left out, with the reason logged,
and the rest of the page is applied as usual.

Checked a column at a time, so a page of clean rows costs a few passes in C.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from bm_desktop.db import rules
from bm_desktop.sync import rows
from bm_desktop.sync.reasons import Reason

log = logging.getLogger("bm_desktop.sync")


class SkippedRow(str):
    """A pulled row left out: ``"<table> <id>: <reason>"`` (English, for the log and the
    report) that also carries its table, row id and :class:`Reason`, so the window can
    list it in the user's language."""

    table: str
    row_id: str
    reason: Reason

    def __new__(cls, table: str, row_id: str, reason: Reason) -> SkippedRow:
        out = super().__new__(cls, f"{table} {row_id}: {reason}")
        out.table, out.row_id, out.reason = table, row_id, reason
        return out


def group_size(group: dict[str, Any]) -> int:
    """Rows in a group, row by row (``rows``) or column by column (``columns``)."""
    if "columns" in group:
        return len(group["columns"][0]) if group["columns"] else 0
    return len(group["rows"])


def checked_columns(group: dict[str, Any]) -> dict[str, Any]:
    """A columnar group whose shape is sound (one list per column, all as long), or
    ValueError: a malformed page, not a bad row."""
    cols, columns = group.get("cols"), group.get("columns")
    if (
        not isinstance(cols, list)
        or not isinstance(columns, list)
        or len(columns) != len(cols)
        or set(map(type, columns)) - {list}
        or len(set(map(len, columns))) > 1
    ):
        raise ValueError(f"the columns of {str(group.get('t'))[:40]} do not line up")
    return group


def as_rows(group: dict[str, Any]) -> dict[str, Any]:
    """The group row by row (a columnar group is turned; a row group is itself)."""
    if "columns" not in group:
        return group
    out = {k: v for k, v in group.items() if k != "columns"}
    out["rows"] = list(map(list, zip(*group["columns"], strict=True)))
    return out


def screen_group(
    group: dict[str, Any],
    skipped: list[str],
    storage: Callable[[Any], Callable[[list], list]] | None = None,
    columns_out: list | None = None,
) -> dict[str, Any]:
    """The group without its rows that break a domain rule (and, given ``storage``, a
    column's converter to SQLite storage form, which raises ValueError on a value of the
    wrong type: used again when a page failed to apply, to find the rows at fault).
    ``skipped`` receives one message per row left out. Returns the group itself when
    every row is fine; then ``columns_out`` (if given) receives the group's values
    column by column, so the caller need not transpose the rows a second time. A
    columnar group (``columns``) is checked as it came; with a bad row, the group
    returned is row by row."""
    name, cols = group["t"], group["cols"]
    tc = rows.codecs().get(name)
    if tc is None or not group_size(group):
        return group
    table_rules = rules.rules(name)
    bad: dict[int, Reason] = {}
    width = len(cols)
    if "columns" in group:
        columns = group["columns"]
    else:
        data = group["rows"]
        if set(map(type, data)) != {list} or set(map(len, data)) != {width}:  # (in C)
            for j, r in enumerate(data):
                if type(r) is not list or len(r) != width:
                    bad[j] = Reason(
                        "row_width",
                        table=name,
                        width=width,
                        count=len(r) if isinstance(r, list) else 0,
                    )
        blank = [None] * width
        columns = (
            list(zip(*(blank if j in bad else r for j, r in enumerate(data)), strict=True))
            if bad
            else list(zip(*data, strict=True))
        )
    for col, values in zip(cols, columns, strict=True):
        column = tc.table.columns.get(col)
        if column is None:
            continue
        if storage is not None:
            _check_types(name, col, storage(column), values, bad)
        if not column.nullable and None in values:
            for j, v in enumerate(values):
                if v is None and j not in bad:
                    bad[j] = Reason("value_required", column=f"{name}.{col}")
        if col in table_rules.columns:
            for j, reason in _rule_breaks(name, col, table_rules, values).items():
                bad.setdefault(j, reason)
    if not bad:
        if columns_out is not None:
            columns_out.extend(columns)
        return group
    return _without(as_rows(group), bad, skipped)


def _rule_breaks(name: str, col: str, table_rules: Any, values: Sequence[Any]) -> dict[int, Reason]:
    """The rows whose value breaks a domain rule; a value the rules cannot even look at
    (a list or an object where text belongs) breaks it too, alone."""
    try:
        return {j: Reason.of_rule(exc) for j, exc in table_rules.bad_values(col, values).items()}
    except TypeError:
        found: dict[int, Reason] = {}
        for j, v in enumerate(values):
            try:
                for exc in table_rules.bad_values(col, [v]).values():
                    found[j] = Reason.of_rule(exc)
            except TypeError:
                found[j] = Reason(
                    "wrong_type", column=f"{name}.{col}", detail="a value of the wrong type"
                )
        return found


def _check_types(
    name: str,
    col: str,
    convert: Callable[[list], list],
    values: Sequence[Any],
    bad: dict[int, Reason],
) -> None:
    try:
        convert(list(values))
    except (TypeError, ValueError):
        for j, v in enumerate(values):
            try:
                convert([v])
            except (TypeError, ValueError) as exc:
                bad.setdefault(j, Reason("wrong_type", column=f"{name}.{col}", detail=str(exc)))


def _without(group: dict[str, Any], bad: dict[int, Reason], skipped: list[str]) -> dict[str, Any]:
    """The group without the rows in ``bad``, each logged with its reason."""
    name, cols, data = group["t"], group["cols"], group["rows"]
    width = len(cols)
    id_i = cols.index("id") if "id" in cols else None
    for j in sorted(bad):
        row_id = (
            data[j][id_i]
            if id_i is not None and isinstance(data[j], list) and len(data[j]) == width
            else "?"
        )
        log.warning("pulled row skipped: %s %s: %s", name, str(row_id)[:40], bad[j])
        skipped.append(SkippedRow(name, str(row_id)[:40], bad[j]))
    keep = [j for j in range(len(data)) if j not in bad]
    out = {**group, "rows": [data[j] for j in keep]}
    if group.get("bases") is not None:
        out["bases"] = [group["bases"][j] for j in keep]
    return out
