"""The corrective-action tracker: one row per action, for partners to fill in offline
and send back (see :mod:`bm_desktop.exchange.imports.tracker`).

Read-only columns are grey and locked (the sheet is protected without a
password: protection guides, the per-row checksum guards); the four amber
columns are the partner's: a drop-down for the new status, a validated date,
a note and who reports it. Final actions (verified, cancelled) take no update,
so their amber cells stay locked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select

from bm_desktop.db.engine import Database
from bm_desktop.db.models import RiskArea
from bm_desktop.domain.filters import FilterState
from bm_desktop.domain.local_format import date_text
from bm_desktop.exchange import tracker_format as tf
from bm_desktop.exchange.exports import labels as lb
from bm_desktop.exchange.exports.job import Cancelled, Progress, save, workbook_export
from bm_desktop.exchange.exports.provenance import last_sync_text, source_note
from bm_desktop.exchange.exports.request import ExportRequest, ExportResult
from bm_desktop.exchange.exports.request import site_id as site_id_of
from bm_desktop.exchange.exports.scope_text import filter_lines
from bm_desktop.exchange.safe_text import cell_text
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words
from bm_desktop.exchange.xlsx import formats
from bm_desktop.exchange.xlsx import styles as st
from bm_desktop.exchange.xlsx.cover import Cover, period_text, write_cover
from bm_desktop.exchange.xlsx.stream import new_sheet
from bm_desktop.exchange.xlsx.tables import Column, DataTable, row_height
from bm_desktop.services.action_views import ActionView, list_actions

READ = st.TEXT.but(fill=st.LOCKED_FILL)
HEADERS = {
    "row_id": Column(
        "row_id",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Row ID"),
        8,
        READ,
        hidden=True,
        internal=True,
    ),
    "site_code": Column("site_code", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Site code"), 10, READ),
    "site_name": Column("site_name", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Site name"), 18, READ),
    "region": Column("region", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Region"), 13, READ),
    "risk_area": Column(
        "risk_area", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Risk area"), 22, READ.but(wrap=True)
    ),
    "description": Column(
        "description", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Action"), 46, READ.but(wrap=True)
    ),
    "kind": Column("kind", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Kind"), 13, READ),
    "stakeholder": Column(
        "stakeholder", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Assigned to"), 22, READ.but(wrap=True)
    ),
    "priority": Column("priority", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Priority"), 9, READ),
    "recommended_on": Column(
        "recommended_on",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Recommended on"),
        12,
        st.DATE.but(fill=st.LOCKED_FILL),
    ),
    "due_on": Column(
        "due_on",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Due on"),
        12,
        st.DATE.but(fill=st.LOCKED_FILL),
    ),
    "status": Column("status", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Status at export"), 13, READ),
    "status_on": Column(
        "status_on",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Status date"),
        12,
        st.DATE.but(fill=st.LOCKED_FILL),
    ),
    "days_overdue": Column(
        "days_overdue",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Days overdue"),
        9,
        st.INT.but(fill=st.LOCKED_FILL),
    ),
    "new_status": Column(
        "new_status", QT_TRANSLATE_NOOP("ExchangeWorkbook", "New status"), 15, st.INPUT
    ),
    "new_status_on": Column(
        "new_status_on",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Date of the new status"),
        13,
        st.INPUT_DATE,
    ),
    "note": Column(
        "note", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Progress note"), 36, st.INPUT_WRAP
    ),
    "by": Column("by", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Reported by"), 16, st.INPUT),
    "checksum": Column(
        "checksum", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Checksum"), 8, READ, hidden=True
    ),
}
COLUMNS = [HEADERS[k] for k in tf.KEYS]
INPUT_HEADER = st.HEADER.but(fill="F9A825", colour="000000")
FINAL = ("verified", "cancelled")


def _filters(request: ExportRequest) -> FilterState:
    base = request.filters or FilterState()
    f = base.with_period(request.start, request.end)
    if request.region:
        f = dataclasses.replace(f, regions=frozenset({request.region}))
    return f


def export_action_tracker(
    db: Database,
    request: ExportRequest,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the tracker of the actions the Actions dock would list for the request."""
    with db.sessions.begin() as s:
        key = tf.tracker_key(s, create=True)
    assert key is not None
    with workbook_export(db, request, progress, cancelled) as (job, words, s, wb, request):
        today = request.as_of_today
        sites = {site_id_of(s, request.site_code)} if request.site_code else None
        actions = list_actions(s, _filters(request), sites, today=today)
        french = {code: fr for code, fr in s.execute(select(RiskArea.code, RiskArea.name_fr))}
        job.step(0, len(actions), words.translate("ExchangeWorkbook", "Writing actions"))
        ws = new_sheet(wb, words.workbook(tf.SHEET))
        table = DataTable(ws, COLUMNS, words, "Actions")
        header_ids = [
            st.style_id(ws, INPUT_HEADER if c.key in tf.INPUT_KEYS else st.HEADER) for c in COLUMNS
        ]
        ws.write_row(
            table.headers,
            header_ids,
            height=max(
                32,
                row_height(table.headers, [(i, c.width * 0.85) for i, c in enumerate(COLUMNS)])
                or 0,
            ),
        )
        locked = [st.style_id(ws, READ if c.key in tf.INPUT_KEYS else c.style) for c in COLUMNS]
        status_labels = lb.labels(lb.ACTION_STATUS, words)
        for n, action in enumerate(actions, start=1):
            values = _row(action, key, today, status_labels, french, words)
            table.write(values, locked if action.status in FINAL else None)
            if n % 200 == 0:
                job.step(n, len(actions), words.translate("ExchangeWorkbook", "Writing actions"))
        table.finish()
        _validation(ws, table, words, status_labels)
        formats.positive_overdue(ws, table.column_range("days_overdue"))
        formats.action_status(ws, table.column_range("status"), status_labels)
        ws.protection.sheet = True
        ws.protection.formatColumns = False
        ws.protection.formatRows = False
        ws.protection.autoFilter = False
        ws.protection.sort = False
        write_cover(wb, _cover(db, s, request, words, ws.title, table.rows), words)
        job.step(
            len(actions), len(actions), words.translate("ExchangeWorkbook", "Saving the workbook")
        )
        save(wb, path, job)
    return ExportResult(Path(path), [(ws.title, table.rows)])


def _row(
    a: ActionView,
    key: bytes,
    today: dt.date,
    status_labels: dict[str, str],
    french: dict[str, str],
    words: Words,
) -> list:
    description = cell_text(a.description)
    overdue = (today - a.due_on).days if a.overdue else 0
    values = {
        "row_id": str(a.id),
        "site_code": a.site_code,
        "site_name": a.site_name,
        "region": a.region,
        "risk_area": words.name(a.risk_area, french.get(a.risk_area_code)),
        "description": description,
        "kind": lb.label(lb.ACTION_KIND, a.kind, words),
        "stakeholder": a.stakeholder,
        "priority": lb.label(lb.PRIORITY, a.priority, words),
        "recommended_on": a.recommended_on,
        "due_on": a.due_on,
        "status": status_labels.get(a.status, a.status),
        "status_on": a.status_on,
        "days_overdue": max(overdue, 0),
        "new_status": None,
        "new_status_on": None,
        "note": None,
        "by": None,
    }
    values["checksum"] = tf.checksum(key, {**values, "status": a.status})
    return [values[k] for k in tf.KEYS]


def _validation(ws, table: DataTable, words: Words, status_labels: dict[str, str]) -> None:
    translate = words.translate
    choices = ",".join(status_labels[c] for c in tf.ACTION_STATUS)
    status = DataValidation(
        type="list",
        formula1=f'"{choices}"',
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=True,
        errorTitle=translate("ExchangeWorkbook", "Not an action status"),
        error=translate("ExchangeWorkbook", "Choose a status from the list."),
        promptTitle=translate("ExchangeWorkbook", "New status"),
        prompt=translate("ExchangeWorkbook", "Leave empty if nothing changed."),
    )
    status.add(table.column_range("new_status"))
    date = DataValidation(
        type="date",
        operator="between",
        formula1="DATE(2015,1,1)",
        formula2="TODAY()",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=translate("ExchangeWorkbook", "Not a date"),
        error=translate(
            "ExchangeWorkbook",
            "Enter the date the status was observed (YYYY-MM-DD), not in the future.",
        ),
    )
    date.add(table.column_range("new_status_on"))
    ws.data_validations.append(status)
    ws.data_validations.append(date)


def _cover(db: Database, s, request: ExportRequest, words: Words, sheet: str, rows: int) -> Cover:
    translate = words.translate
    return Cover(
        title=translate("ExchangeWorkbook", "Corrective-action tracker"),
        purpose=translate(
            "ExchangeWorkbook",
            "For the stakeholders who carry out the actions: "
            "record progress offline and send the file back to the coordinator.",
        ),
        period=period_text(request.start, request.end, words),
        filters=filter_lines(request, words),
        last_sync=last_sync_text(s, words),
        generated_at=dt.datetime.now(),
        source=source_note(db, s, words.lang),
        figures=[
            (translate("ExchangeWorkbook", "Actions listed"), rows),
            (
                translate("ExchangeWorkbook", "Overdue as of"),
                date_text(request.as_of_today, words.lang),
            ),
        ],
        contents=[
            (
                sheet,
                translate(
                    "ExchangeWorkbook", "One row per corrective action; fill in the amber columns."
                ),
            )
        ],
        notes=[
            translate(
                "ExchangeWorkbook",
                "1. Fill in only the amber columns: New status, Date of "
                "the new status, Progress note, Reported by.",
            ),
            translate("ExchangeWorkbook", "2. Leave New status empty when nothing changed."),
            translate(
                "ExchangeWorkbook",
                "3. An action goes recommended, in progress, implemented, "
                "verified; verified only after implemented; cancelling needs the reason in "
                "the note.",
            ),
            translate(
                "ExchangeWorkbook",
                "4. Do not change the grey columns, add rows or copy rows: "
                "such rows are refused when the file is imported.",
            ),
            translate(
                "ExchangeWorkbook",
                "5. Send the file back to the coordinator, who imports it "
                "with File > Import > Corrective-action tracker.",
            ),
        ],
    )
