"""Importing security events from ACLED exports, UCDP GED files or any other layout
through a column mapping (CSV or XLSX).

An import adds the events it does not know, updates those whose (source, source
id) it knows, and never removes anything unless the user asks: with
``replace_period`` (``--replace-period``, or the choice in the import dialog) the
events *of the same source* dated within the file's first and last day that it no
longer lists are removed (soft delete: sync carries the removal), and the dry run
lists each of them. A file with rejected rows is no complete release: nothing is
removed then. An event removed earlier and listed again comes back. Nothing is
ever duplicated: the (source, source id) pair is unique; a row repeated exactly
is kept once and reported.

Dates go through :mod:`.dates` (one day/month order per file, precision kept,
future and implausibly old dates refused); points through :mod:`.event_places`
(swapped coordinates, points outside the programme's countries).
"""

from __future__ import annotations

import datetime as dt
import operator
import uuid
from dataclasses import dataclass, field
from itertools import islice
from operator import itemgetter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.models import SecurityEvent
from bm_desktop.exchange.imports import event_fast, event_places
from bm_desktop.exchange.imports import mapping as mp
from bm_desktop.exchange.imports import messages as m
from bm_desktop.exchange.imports import values as v
from bm_desktop.exchange.imports.dates import DateReader, Undecided
from bm_desktop.exchange.imports.event_layouts import FIELDS, OTHER, Layout, detect
from bm_desktop.exchange.imports.event_order import decide_order
from bm_desktop.exchange.imports.readers import Table
from bm_desktop.exchange.imports.report import (
    ADD,
    DUPLICATE,
    PREVIEW_LIMIT,
    REJECT,
    REMOVE,
    UNCHANGED,
    UPDATE,
    ImportFileError,
    ImportReport,
    PreviewRow,
)
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words

__all__ = ["EventPlan", "analyse", "detect", "layout_of"]

BATCH = 2000
CHUNK = 10_000  # rows checked together a column at a time (event_fast)
COLUMNS = [getattr(SecurityEvent, f) for f in FIELDS]


@dataclass
class EventPlan:
    report: ImportReport
    source: str = ""
    add: list[tuple[str, tuple]] = field(default_factory=list)
    # (event id, new values, stored values, was deleted): the stored ones for undo.
    update: list[tuple[uuid.UUID, tuple, tuple, bool]] = field(default_factory=list)
    remove: list[tuple[uuid.UUID, tuple]] = field(default_factory=list)
    provided: tuple[bool, ...] = ()  # per field: does the file carry it?


def layout_of(
    table: Table, words: Words, s: Session | None = None, given: dict[str, str] | None = None
) -> tuple[Layout, dict[str, int]]:
    """The file's layout and where each of its columns is (layout column -> position).

    ACLED and UCDP files are recognised by their columns; ``given`` (``--map``) names
    the column of a field they lack. Any other file goes through the mapping (guessed
    from the column names, remembered for the layout, overridden by ``given``)."""
    mp.check_given("events", given, table.headers, words)
    position = {h: i for i, h in enumerate(table.headers)}
    index = table.index()
    layout, problem = detect(set(index), words)
    if layout is not None:
        for key, column in (given or {}).items():
            index[layout.keys.get(key, key)] = position[column]
        if given:
            layout, problem = detect(set(index), words)
    if layout is not None:
        if problem:
            raise ImportFileError(
                m.say(
                    words,
                    QT_TRANSLATE_NOOP(
                        "ExchangeImport",
                        "The file looks like the {layout} layout but has no column "
                        "{columns}: was it renamed or removed?",
                    ),
                    layout=layout.title,
                    columns=problem,
                )
            )
        return layout, index
    mapping = (
        mp.mapping_for(s, "events", table.headers, given)
        if s is not None
        else {**mp.guess("events", table.headers), **(given or {})}
    )
    error = mp.missing_error("events", mapping, table.headers, words)
    if error is not None:
        raise ImportFileError(
            m.say(
                words,
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "The columns are neither an ACLED export nor a UCDP GED file "
                    "({details}), and the mapping is incomplete. {mapping}",
                ),
                details=problem,
                mapping=error.text(words.lang),
            )
        )
    return OTHER, {k: position[c] for k, c in mapping.items()}


def analyse(
    s: Session,
    table: Table,
    report: ImportReport,
    words: Words,
    tick=lambda n: None,
    *,
    given: dict[str, str] | None = None,
    date_order: str | None = None,
    replace_period: bool = False,
    today: dt.date | None = None,
) -> EventPlan:
    layout, index = layout_of(table, words, s, given)
    report.layout = layout.title or words.translate(
        "ExchangeImport", "security events (column mapping)"
    )
    plan = EventPlan(report, layout.name)
    plan.provided = layout.provided(set(index))
    if layout is OTHER:
        plan.provided = tuple(True for _ in FIELDS)
    dates = DateReader(today or dt.date.today(), date_order)
    parsed: dict[str, tuple[int, tuple]] = {}
    conflicts: dict[str, list[int]] = {}
    pending: list[tuple[int, dict[str, Any]]] = []
    items = list(index.items())
    id_keys = [k for k in ("event_id_cnty", "id", "data_id", "event_id") if k in index]

    labels: dict[tuple, str] = {}

    def reject(n: int, row: dict[str, Any], exc: v.BadValue) -> None:
        key = exc.group_key()
        group = labels.get(key)
        if group is None:
            group = labels[key] = exc.grouping(words)[0]
        if not report.keeps_rejected():
            report.count_rejected(group, exc.detail())
            return
        rid = next((v.label(row.get(k)) for k in id_keys if not v.is_empty(row.get(k))), "")
        report.record(
            PreviewRow(
                n, REJECT, rid, "", [m.at_row(words, n, exc.text(words))], group, exc.detail()
            )
        )

    def accept(n: int, source_id: str, values: tuple) -> None:
        known = parsed.get(source_id)
        if known is None and source_id not in conflicts:
            parsed[source_id] = (n, values)
        elif known is not None and known[1] == values:
            report.record(
                PreviewRow(
                    n,
                    DUPLICATE,
                    source_id,
                    _summary(values),
                    [
                        m.at_row(
                            words,
                            n,
                            m.say(
                                words,
                                QT_TRANSLATE_NOOP(
                                    "ExchangeImport", "repeats row {row} exactly; imported once."
                                ),
                                row=known[0],
                            ),
                        )
                    ],
                    words.translate("ExchangeImport", "row repeated exactly, imported once"),
                )
            )
        else:
            rows = conflicts.setdefault(source_id, [])
            if known is not None:
                rows.append(parsed.pop(source_id)[0])
            rows.append(n)

    def one(n: int, raw: list[Any]) -> None:
        width = len(raw)
        row = {k: (raw[i] if i < width else None) for k, i in items}
        dates.row = n
        try:
            accept(n, *layout.parse(row, dates))
        except Undecided:
            pending.append((n, row))
        except v.BadValue as exc:
            reject(n, row, exc)

    def chunk_done(ns: list[int], cols: list[list[Any]]) -> None:
        assert check is not None  # chunk_done is handed to the reader only with a check
        good, rest = check(ns, cols, index, dates.today)
        if rest:  # in file order, so "repeats row N" names the first one
            merged: list[tuple[int, int, Any]] = sorted(
                [(n, 0, (sid, values)) for n, sid, values in good]
                + [(n, 1, raw) for n, raw in rest],
                key=lambda x: x[0],
            )
            for n, slow, item in merged:
                if slow:
                    one(n, item)
                else:
                    accept(n, *item)
            return
        new = dict(zip(good.ids, zip(good.ns, good.values, strict=True), strict=True))
        if (
            len(new) == len(good)
            and parsed.keys().isdisjoint(new)
            and conflicts.keys().isdisjoint(new)
        ):
            parsed.update(new)  # no id seen twice: filed at once
            return
        for n, sid, values in good:
            accept(n, sid, values)

    check = event_fast.CHECKS.get(layout.name)
    if check is not None:
        for ns, cols in table.chunks(CHUNK):
            before = report.rows_read
            report.rows_read += len(ns)
            if report.rows_read // BATCH != before // BATCH:
                tick(report.rows_read)
            chunk_done(ns, cols)
    else:
        for n, raw in table.rows:
            report.rows_read += 1
            if report.rows_read % BATCH == 0:
                tick(report.rows_read)
            one(n, raw)
    decide_order(dates, pending, report, words)
    for n, row in pending:
        try:
            accept(n, *layout.parse(row, dates))
        except v.BadValue as exc:
            reject(n, row, exc)
    for source_id, rows in conflicts.items():
        for n in rows:
            others = ", ".join(str(x) for x in rows if x != n)
            report.record(
                PreviewRow(
                    n,
                    REJECT,
                    source_id,
                    "",
                    [
                        m.at_row(
                            words,
                            n,
                            m.say(
                                words,
                                QT_TRANSLATE_NOOP(
                                    "ExchangeImport",
                                    "event id {id} appears again on "
                                    "row {rows} with other values; a file lists each "
                                    "event once.",
                                ),
                                id=source_id,
                                rows=others,
                            ),
                        )
                    ],
                    words.translate("ExchangeImport", "event id repeated with other values"),
                    source_id,
                )
            )
    for source_id, (n, place) in event_places.check(s, parsed).items():
        del parsed[source_id]
        group, detail = place.grouping(words)
        report.record(
            PreviewRow(
                n, REJECT, source_id, "", [m.at_row(words, n, place.text(words))], group, detail
            )
        )
    _compare(s, plan, parsed, words, replace_period)
    return plan


def _differs(stored: tuple, new: tuple, provided: tuple[bool, ...]) -> bool:
    return any(p and a != b for a, b, p in zip(stored, new, provided, strict=True))


def _merge(stored: tuple, new: tuple, provided: tuple[bool, ...]) -> tuple:
    """The new values, keeping the stored ones the file does not carry (an event never
    ends before it starts)."""
    merged = [b if p else a for a, b, p in zip(stored, new, provided, strict=True)]
    if merged[1] < merged[0]:
        merged[1] = merged[0]
    return tuple(merged)


def _summary(values: tuple) -> str:
    from bm_desktop.domain.event_dates import date_text

    return (
        f"{date_text(values[0], values[1], values[3])} · {values[7]} · "
        f"{values[13] or values[11] or ''}"
    )


def _compare(
    s: Session,
    plan: EventPlan,
    parsed: dict[str, tuple[int, tuple]],
    words: Words,
    replace_period: bool,
) -> None:
    """Sort the checked rows into added, updated and unchanged; with ``replace_period``
    and no rejected row (a file with rejected rows is no complete release), list the
    stored events of the source in the file's days that it no longer lists."""
    report = plan.report
    existing = {}
    for row in s.execute(
        select(SecurityEvent.source_id, SecurityEvent.id, SecurityEvent.deleted, *COLUMNS).where(
            SecurityEvent.source == plan.source
        )
    ):
        existing[row[0]] = (row[1], row[2], tuple(row[3:]))
    ns = list(map(itemgetter(0), parsed.values()))
    in_order = all(map(operator.lt, ns, ns[1:]))  # else rows left for the day order came later
    rows: Any = parsed.items() if in_order else sorted(parsed.items(), key=lambda x: x[1][0])
    if not existing and not report.sink:  # all new: the preview's rows, then counted
        shown = max(0, min(PREVIEW_LIMIT - len(report.rows), len(rows)))
        for source_id, (n, values) in islice(rows, shown):
            report.record(PreviewRow(n, ADD, source_id, _summary(values)))
        report.added += len(rows) - shown
        if in_order:  # straight from the dict, without a list of its items
            plan.add = list(zip(parsed.keys(), map(itemgetter(1), parsed.values()), strict=True))
        else:
            plan.add = [(source_id, values) for source_id, (_, values) in rows]
        rows = ()
    for source_id, (n, values) in rows:
        known = existing.get(source_id) if existing else None
        if known is None:
            plan.add.append((source_id, values))
            if report.wants():
                report.record(PreviewRow(n, ADD, source_id, _summary(values)))
            else:
                report.added += 1
            continue
        if known[1] or _differs(known[2], values, plan.provided):
            plan.update.append(
                (known[0], _merge(known[2], values, plan.provided), known[2], known[1])
            )
            action = UPDATE
        else:
            action = UNCHANGED
        if report.wants():
            report.record(PreviewRow(n, action, source_id, _summary(values)))
        elif action == UPDATE:
            report.updated += 1
        else:
            report.unchanged += 1
    if not parsed:
        return
    dated = list(map(itemgetter(1), parsed.values()))
    first = min(map(itemgetter(0), dated))
    last = max(map(itemgetter(1), dated))
    unlisted = [
        (source_id, event_id, values)
        for source_id, (event_id, deleted, values) in existing.items()
        if not deleted and source_id not in parsed and first <= values[0] <= last
    ]
    period = {"first": first.isoformat(), "last": last.isoformat(), "n": len(unlisted)}
    if not replace_period:
        if unlisted:
            report.warnings.append(
                m.say(
                    words,
                    QT_TRANSLATE_NOOP(
                        "ExchangeImport",
                        "{n} stored events of this source between {first} and "
                        "{last} are not in the file; they are kept. To remove them, import with "
                        "--replace-period (in the window: 'Remove the events of this source that the "
                        "file no longer lists').",
                    ),
                    **period,
                )
            )
        return
    if report.rejected:
        report.warnings.append(
            m.say(
                words,
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "Nothing is removed: {rejected} rows were rejected, so the file "
                    "is not a complete release of {first} to {last}. Fix them to replace the period.",
                ),
                rejected=report.rejected,
                **period,
            )
        )
        return
    for source_id, event_id, values in unlisted:
        plan.remove.append((event_id, values))
        report.record(
            PreviewRow(
                0,
                REMOVE,
                source_id,
                _summary(values),
                [
                    m.say(
                        words,
                        QT_TRANSLATE_NOOP(
                            "ExchangeImport",
                            "event {id} ({date}) is no longer in the file and is removed.",
                        ),
                        id=source_id,
                        date=values[0].isoformat(),
                    )
                ],
            )
        )
    report.warnings.append(
        m.say(
            words,
            QT_TRANSLATE_NOOP(
                "ExchangeImport",
                "The file replaces {first} to {last} for this source: {n} events "
                "of those days that it no longer lists are removed.",
            ),
            **period,
        )
    )
