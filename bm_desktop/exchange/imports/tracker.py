"""Importing the corrective-action tracker back from partners.

Each filled-in row becomes a progress update through
:func:`bm_desktop.services.actions.add_progress`, so the action life cycle's
rules apply exactly as on screen. Rows are refused, with the reason, when the
row ID is unknown, when the same action appears twice, when the checksum shows
the grey (read-only) columns were changed or the row was typed in, and when the
update breaks the life cycle (a date before the last update, "verified" before
"implemented" ...).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from bm_desktop.db.models import CorrectiveAction
from bm_desktop.domain import action_lifecycle as lifecycle
from bm_desktop.domain.enums import ActionStatus
from bm_desktop.domain.errors import error_text
from bm_desktop.exchange import tracker_format as tf
from bm_desktop.exchange.exports.action_tracker import HEADERS
from bm_desktop.exchange.imports import messages as m
from bm_desktop.exchange.imports import values as v
from bm_desktop.exchange.imports.readers import Table, header_key
from bm_desktop.exchange.imports.report import (
    REJECT,
    UNCHANGED,
    UPDATE,
    ImportFileError,
    ImportReport,
    PreviewRow,
)
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words
from bm_desktop.i18n import translate
from bm_desktop.services.actions import ProgressDraft, add_progress, progress_points

REQUIRED = tuple(
    k
    for k in tf.KEYS
    if k
    not in ("site_name", "region", "risk_area", "kind", "stakeholder", "priority", "days_overdue")
)


def sheet_names() -> list[str]:
    return [tf.SHEET, translate("ExchangeWorkbook", tf.SHEET, "fr")]


def column_positions(headers: list[str]) -> dict[str, int]:
    """Tracker column key -> position, from the header labels in English or French."""
    labels: dict[str, str] = {}
    for key, col in HEADERS.items():
        for lang in ("en", "fr"):
            labels[header_key(translate("ExchangeWorkbook", col.header, lang))] = key
    found: dict[str, int] = {}
    for i, h in enumerate(headers):
        known = labels.get(header_key(h))
        if known and known not in found:
            found[known] = i
    return found


@dataclass
class TrackerPlan:
    report: ImportReport
    updates: list[tuple[int, uuid.UUID, ProgressDraft]] = field(default_factory=list)


def analyse(
    s: Session, table: Table, report: ImportReport, words: Words, today: dt.date
) -> TrackerPlan:
    cols = column_positions(table.headers)
    missing = [k for k in REQUIRED if k not in cols]
    if missing:
        names = ", ".join(f"'{words.workbook(HEADERS[k].header)}'" for k in missing)
        raise ImportFileError(
            m.say(
                words,
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "The tracker has no column {names}: was it renamed or deleted? "
                    "Send the partner a new tracker or restore the column.",
                ),
                names=names,
            )
        )
    key = tf.tracker_key(s)
    if key is None:
        raise ImportFileError(
            m.say(
                words,
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "This database has never exported a tracker, so it cannot "
                    "check this one: import it into the database it was exported from.",
                ),
            )
        )
    report.layout = words.translate("ExchangeImport", "corrective-action tracker")
    plan = TrackerPlan(report)
    rows = []
    seen: dict[str, list[int]] = {}
    for n, raw in table.rows:
        row = {k: (raw[i] if i < len(raw) else None) for k, i in cols.items()}
        rows.append((n, row))
        rid = v.label(row.get("row_id"))
        if rid:
            seen.setdefault(rid, []).append(n)
    report.rows_read = len(rows)
    for n, row in rows:
        entry, update = _check_row(s, n, row, key, seen, words, today)
        report.record(entry)
        if update is not None:
            plan.updates.append((n, *update))
    return plan


Checked = tuple[PreviewRow, tuple[uuid.UUID, ProgressDraft] | None]


def _reject(n: int, key: str, reason: str, words: Words) -> Checked:
    return PreviewRow(n, REJECT, key, "", [m.at_row(words, n, reason)]), None


def _check_row(
    s: Session,
    n: int,
    row: dict[str, Any],
    key: bytes,
    seen: dict[str, list[int]],
    words: Words,
    today: dt.date,
) -> Checked:
    rid = v.label(row.get("row_id"))
    label = v.label(row.get("description"))[:60]
    if not rid:
        return _reject(
            n,
            "",
            m.say(
                words,
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "the row has no row ID: rows cannot be added to the tracker "
                    "(record new actions in BM Desktop).",
                ),
            ),
            words,
        )
    others = [x for x in seen.get(rid, []) if x != n]
    if others:
        return _reject(
            n,
            rid,
            m.say(
                words,
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "the same action also appears on row {rows}; keep one row per action.",
                ),
                rows=", ".join(map(str, others)),
            ),
            words,
        )
    try:
        action_id = v.parse_uuid(rid)
        exported = _signed(row)
    except v.BadValue:
        exported = None
    if exported is None or tf.checksum(key, exported) != v.text(row.get("checksum")):
        return _reject(
            n,
            rid,
            m.say(
                words,
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "the grey columns were changed, or the row was not exported "
                    "from this database (checksum mismatch); only New status, Date of the new status, "
                    "Progress note and Reported by may be edited.",
                ),
            ),
            words,
        )
    action = s.get(CorrectiveAction, action_id)
    if action is None or action.deleted:
        return _reject(
            n,
            rid,
            m.say(
                words,
                QT_TRANSLATE_NOOP(
                    "ExchangeImport",
                    "no such corrective action in this database (was it withdrawn "
                    "since the export?).",
                ),
            ),
            words,
        )
    return _update(s, n, rid, label, row, action, exported, words, today)


def _signed(row: dict[str, Any]) -> dict[str, Any]:
    status = tf.parse_status(v.text(row.get("status")))
    if status is None:
        raise v.BadValue("unknown status")
    return {
        "row_id": v.text(row.get("row_id")),
        "site_code": v.text(row.get("site_code")),
        "description": v.text(row.get("description")),
        "recommended_on": v.parse_date(row.get("recommended_on")),
        "due_on": v.parse_date(row.get("due_on")),
        "status": status,
        "status_on": v.parse_date(row.get("status_on")),
    }


def _update(
    s: Session,
    n: int,
    rid: str,
    label: str,
    row: dict[str, Any],
    action: CorrectiveAction,
    exported: dict[str, Any],
    words: Words,
    today: dt.date,
) -> Checked:
    status_text = v.text(row.get("new_status"))
    note = v.text(row.get("note")) or None
    by = v.text(row.get("by")) or None
    has_date = not v.is_empty(row.get("new_status_on"))
    if not status_text:
        if has_date or note:
            return _reject(
                n,
                rid,
                m.say(
                    words,
                    QT_TRANSLATE_NOOP(
                        "ExchangeImport",
                        "a date or a note without a new status: choose the new "
                        "status (the current one, to record a note).",
                    ),
                ),
                words,
            )
        return PreviewRow(n, UNCHANGED, rid, label), None
    status = tf.parse_status(status_text)
    if status is None:
        allowed = ", ".join(words.workbook(t) for t in tf.ACTION_STATUS.values())
        return _reject(
            n,
            rid,
            m.say(
                words,
                QT_TRANSLATE_NOOP(
                    "ExchangeImport", "'{value}' is not an action status (use one of: {allowed})."
                ),
                value=status_text,
                allowed=allowed,
            ),
            words,
        )
    if not has_date:
        return _reject(
            n,
            rid,
            m.say(words, QT_TRANSLATE_NOOP("ExchangeImport", "enter the date of the new status.")),
            words,
        )
    column = words.workbook(HEADERS["new_status_on"].header)
    try:
        on = v.parse_date(row.get("new_status_on"))
    except v.BadValue as exc:
        return _reject(n, rid, m.column_value(words, column, exc), words)
    if status == exported["status"] and on == exported["status_on"] and not note:
        return PreviewRow(n, UNCHANGED, rid, label), None
    points = progress_points(s, action.id)
    last = lifecycle.latest(points)
    if last is not None and last.status == status and last.on == on:
        # Already recorded (the same tracker imported twice): nothing to add.
        return PreviewRow(n, UNCHANGED, rid, label), None
    try:
        lifecycle.check_update(
            points,
            ActionStatus(status),
            on,
            note,
            recommended_on=action.recommended_on,
            today=today,
        )
    except lifecycle.LifecycleError as exc:
        return _reject(n, rid, error_text(exc, words.lang), words)
    old = words.workbook(tf.ACTION_STATUS[exported["status"]])
    new = words.workbook(tf.ACTION_STATUS[status])
    entry = PreviewRow(
        n,
        UPDATE,
        rid,
        m.say(
            words,
            QT_TRANSLATE_NOOP("ExchangeImport", "{action}: {old} → {new} on {date}"),
            action=label,
            old=old,
            new=new,
            date=on.isoformat(),
        ),
    )
    return entry, (action.id, ProgressDraft(status, on, note, by))


def write(s: Session, plan: TrackerPlan, today: dt.date) -> None:
    """Record every accepted update (the service checks the life cycle again)."""
    for _n, action_id, draft in plan.updates:
        add_progress(s, action_id, draft, today)
