"""Importing security events from ACLED-like or UCDP GED-like tables (CSV or XLSX).

A release is complete for its source over the days it covers: re-importing a
newer release *updates* events whose source id is known, *adds* new ones and
*removes* (soft delete: ``deleted`` set, so sync carries the removal to the
other laptops) the events of that source dated within the release's first and
last event day that the release no longer lists. Events outside those days
are left alone, so a release for 2021 never removes 2020's events. An event
removed earlier and listed again comes back. Nothing is ever duplicated: the
(source, source id) pair is unique.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from bm_desktop.db.models import SecurityEvent
from bm_desktop.exchange.imports import messages as m
from bm_desktop.exchange.imports import values as v
from bm_desktop.exchange.imports.event_layouts import FIELDS, Layout, detect

__all__ = ["EventPlan", "analyse", "detect", "layout_of", "write"]
from bm_desktop.exchange.imports.readers import Table, header_key
from bm_desktop.exchange.imports.report import (
    ADD,
    REJECT,
    REMOVE,
    UNCHANGED,
    UPDATE,
    ImportFileError,
    ImportReport,
    PreviewRow,
)
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words
from bm_desktop.sync.outbox import is_attached

BATCH = 2000
COLUMNS = [getattr(SecurityEvent, f) for f in FIELDS]


@dataclass
class EventPlan:
    report: ImportReport
    source: str = ""
    add: list[tuple[str, tuple]] = field(default_factory=list)
    update: list[tuple[uuid.UUID, tuple]] = field(default_factory=list)
    remove: list[uuid.UUID] = field(default_factory=list)
    provided: tuple[bool, ...] = ()  # per field: does the file carry it?


def layout_of(table: Table, words: Words) -> Layout:
    keys = {header_key(h) for h in table.headers}
    layout, problem = detect(keys, words)
    if layout is None:
        raise ImportFileError(m.say(words, QT_TRANSLATE_NOOP(
            "ExchangeImport", "The columns match neither security-event layout: {details}. "
            "Check that the first row holds the column names."), details=problem))
    if problem:
        raise ImportFileError(m.say(words, QT_TRANSLATE_NOOP(
            "ExchangeImport", "The file looks like the {layout} layout but has no column "
            "{columns}: was it renamed or removed?"), layout=layout.title, columns=problem))
    return layout


def analyse(s: Session, table: Table, report: ImportReport, words: Words,
            tick=lambda n: None) -> EventPlan:
    layout = layout_of(table, words)
    report.layout = layout.title
    plan = EventPlan(report, layout.name)
    plan.provided = layout.provided({header_key(h) for h in table.headers})
    index = table.index()
    parsed: dict[str, tuple[int, tuple]] = {}
    duplicates: dict[str, list[int]] = {}
    rejected_ids: set[str] = set()
    for n, raw in table.rows:
        report.rows_read += 1
        if report.rows_read % BATCH == 0:
            tick(report.rows_read)
        row = {k: (raw[i] if i < len(raw) else None) for k, i in index.items()}
        try:
            source_id, values = layout.parse(row)
        except v.BadValue as exc:
            rid = v.label(row.get("id") or row.get("event_id_cnty") or "")
            if rid:
                rejected_ids.add(rid)
            report.record(PreviewRow(n, REJECT, rid, "", [m.at_row(words, n, exc.text(words))]))
            continue
        if source_id in parsed or source_id in duplicates:
            duplicates.setdefault(source_id, [parsed.pop(source_id)[0]]
                                  if source_id in parsed else []).append(n)
            continue
        parsed[source_id] = (n, values)
    for source_id, rows in duplicates.items():
        rejected_ids.add(source_id)
        for n in rows:
            others = ", ".join(str(x) for x in rows if x != n)
            report.record(PreviewRow(n, REJECT, source_id, "", [m.at_row(words, n, m.say(
                words, QT_TRANSLATE_NOOP("ExchangeImport", "event id {id} appears again on row {rows}; a "
                          "release lists each event once."), id=source_id, rows=others))]))
    _compare(s, plan, parsed, rejected_ids, words)
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
    return f"{values[0].isoformat()} · {values[6]} · {values[12] or values[10] or ''}"


def _compare(s: Session, plan: EventPlan, parsed: dict[str, tuple[int, tuple]],
             rejected_ids: set[str], words: Words) -> None:
    report = plan.report
    existing = {}
    for row in s.execute(select(SecurityEvent.source_id, SecurityEvent.id, SecurityEvent.deleted,
                                *COLUMNS).where(SecurityEvent.source == plan.source)):
        existing[row[0]] = (row[1], row[2], tuple(row[3:]))
    for source_id, (n, values) in sorted(parsed.items(), key=lambda x: x[1][0]):
        known = existing.get(source_id)
        if known is None:
            plan.add.append((source_id, values))
            report.record(PreviewRow(n, ADD, source_id, _summary(values)))
        elif known[1] or _differs(known[2], values, plan.provided):
            plan.update.append((known[0], _merge(known[2], values, plan.provided)))
            report.record(PreviewRow(n, UPDATE, source_id, _summary(values)))
        else:
            report.record(PreviewRow(n, UNCHANGED, source_id, _summary(values)))
    if not parsed:
        return
    first = min(val[0] for _, val in parsed.values())
    last = max(val[0] for _, val in parsed.values())
    for source_id, (event_id, deleted, values) in existing.items():
        if deleted or source_id in parsed or source_id in rejected_ids:
            continue
        if first <= values[0] <= last:
            plan.remove.append(event_id)
            report.record(PreviewRow(0, REMOVE, source_id, _summary(values), [m.say(
                words, QT_TRANSLATE_NOOP("ExchangeImport", "event {id} ({date}) is no longer in the release "
                          "and is removed."), id=source_id, date=values[0].isoformat())]))
    report.warnings.append(m.say(words, QT_TRANSLATE_NOOP(
        "ExchangeImport", "The release covers {first} to {last}: events of this source in "
        "those days that it no longer lists are removed."), first=first.isoformat(),
        last=last.isoformat()))


def write(s: Session, plan: EventPlan, tick=lambda n: None, stamper: Any = None) -> None:
    """Apply the plan in the caller's transaction, in batches (memory stays flat).

    New events are inserted with one executemany per batch, stamped here from
    the database's clock, while the laptop is not attached to a server: the sync
    outbox records nothing before then (the first connection sends or replaces
    the whole database), so nothing is lost and 100,000 events take seconds, not
    minutes. Once attached, they go through the ORM so the outbox records each.
    """
    if plan.add and stamper is not None and not is_attached(s.connection()):
        _insert_stamped(s, plan, stamper, tick)
    else:
        _insert_objects(s, plan, tick)
    _update_and_remove(s, plan)


def _insert_stamped(s: Session, plan: EventPlan, stamper: Any, tick) -> None:
    table = SecurityEvent.__table__
    for start in range(0, len(plan.add), BATCH):
        rows = [{"id": uuid.uuid4(), "source": plan.source, "source_id": source_id,
                 **dict(zip(FIELDS, values, strict=True)), "updated_at": stamper.clock.now(),
                 "updated_by": stamper.device_id, "deleted": False}
                for source_id, values in plan.add[start:start + BATCH]]
        s.execute(insert(table), rows)
        tick(start + len(rows))


def _insert_objects(s: Session, plan: EventPlan, tick) -> None:
    done = 0
    for start in range(0, len(plan.add), BATCH):
        s.add_all([SecurityEvent(source=plan.source, source_id=source_id,
                                 **dict(zip(FIELDS, values, strict=True)))
                   for source_id, values in plan.add[start:start + BATCH]])
        s.flush()
        s.expunge_all()
        done += BATCH
        tick(done)


def _update_and_remove(s: Session, plan: EventPlan) -> None:
    changes = {event_id: values for event_id, values in plan.update}
    ids = list(changes) + plan.remove
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for event in s.scalars(select(SecurityEvent).where(SecurityEvent.id.in_(chunk))):
            if event.id in changes:
                for name, value in zip(FIELDS, changes[event.id], strict=True):
                    setattr(event, name, value)
                event.deleted = False
            else:
                event.deleted = True
        s.flush()
        s.expunge_all()
