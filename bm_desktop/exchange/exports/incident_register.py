"""The incident register workbook: every incident under the filters, one row each.

Streams from the database to the file (``yield_per`` and a :class:`StreamSheet`),
so 100,000 incidents stay far under the memory budget. Sensitive details
(victims, witnesses, sensitive notes) are added only when the request asks for
them *and* the role may see them (:func:`check_request` refuses otherwise).
Like the register on screen, rejected incidents are listed with their
verification status; figures elsewhere leave them out.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    Incident,
    Mineral,
    ProgrammeRegion,
    Province,
    RiskArea,
    RiskCategory,
    Site,
    SiteMineral,
)
from bm_desktop.exchange.exports import labels as lb
from bm_desktop.exchange.exports.definitions import write_definitions
from bm_desktop.exchange.exports.job import Cancelled, Job, Progress, save, workbook_export
from bm_desktop.exchange.exports.provenance import last_sync_text, source_note
from bm_desktop.exchange.exports.request import ExportRequest, ExportResult
from bm_desktop.exchange.exports.scope_text import filter_lines
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words
from bm_desktop.exchange.xlsx import formats
from bm_desktop.exchange.xlsx import styles as st
from bm_desktop.exchange.xlsx.cover import Cover, period_text, write_cover
from bm_desktop.exchange.xlsx.stream import new_sheet
from bm_desktop.exchange.xlsx.tables import Column, DataTable

COLUMNS = [
    Column("site_code", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Site code"), 11),
    Column("site_name", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Site name"), 22),
    Column("region", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Region"), 14),
    Column("province", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Province"), 14),
    Column("occurred_on", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Occurred on"), 12, st.DATE),
    Column("reported_on", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Reported on"), 12, st.DATE),
    Column("risk_category", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Risk category"), 20, st.WRAP),
    Column("risk_area", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Risk area"), 26, st.WRAP),
    Column("annex2", QT_TRANSLATE_NOOP("ExchangeWorkbook", "OECD Annex II heading"), 30, st.WRAP),
    Column("severity", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Severity (1-4)"), 9, st.CENTRED),
    Column("description", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Description"), 60, st.WRAP),
    Column("people_affected", QT_TRANSLATE_NOOP("ExchangeWorkbook", "People affected"), 10, st.INT),
    Column("minors", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Minors involved"), 10, st.INT),
    Column("verification", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Verification"), 14),
    Column("verified_by", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Verified by"), 14),
    Column("source", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Reported by (source)"), 14),
    Column("reported_by", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Reporter"), 14),
    Column("longitude", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Longitude"), 11, st.COORD),
    Column("latitude", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Latitude"), 11, st.COORD),
]
SENSITIVE_COLUMNS = [
    Column("victims", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Victims (sensitive)"), 30, st.WRAP),
    Column(
        "witnesses", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Witnesses (sensitive)"), 30, st.WRAP
    ),
    Column(
        "sensitive_notes", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Sensitive notes"), 40, st.WRAP
    ),
]
ID_COLUMN = Column(
    "incident_id", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Incident ID"), 38, internal=True
)
BATCH = 2000


def statement(request: ExportRequest, sensitive: bool):
    """The incidents of the request, oldest first, with everything a row shows."""
    fr = request.lang == "fr"
    cols = [
        Site.code,
        Site.name,
        ProgrammeRegion.name,
        Province.name,
        Incident.occurred_on,
        Incident.reported_on,
        RiskCategory.name_fr if fr else RiskCategory.name_en,
        RiskArea.name_fr if fr else RiskArea.name_en,
        RiskArea.annex2_heading,
        Incident.severity,
        Incident.description,
        Incident.people_affected,
        Incident.minors_involved,
        Incident.verification,
        Incident.verified_by,
        Incident.source,
        Incident.reported_by,
        Incident.longitude,
        Incident.latitude,
    ]
    if sensitive:
        cols += [Incident.sensitive_victims, Incident.sensitive_witnesses, Incident.sensitive_notes]
    cols.append(Incident.id)
    stmt = (
        select(*cols)
        .join(Site, Site.id == Incident.site_id)
        .join(ProgrammeRegion, ProgrammeRegion.id == Site.region_id)
        .outerjoin(Province, Province.id == Site.province_id)
        .join(RiskArea, RiskArea.id == Incident.risk_area_id)
        .join(RiskCategory, RiskCategory.id == RiskArea.category_id)
    )
    return _where(stmt, request).order_by(Incident.occurred_on, Site.code, Incident.id)


def _where(stmt, request: ExportRequest):
    stmt = stmt.where(
        Incident.deleted.is_(False),
        Site.deleted.is_(False),
        Incident.occurred_on >= request.start,
        Incident.occurred_on <= request.end,
    )
    if request.region:
        stmt = stmt.where(ProgrammeRegion.name == request.region)
    if request.site_code:
        stmt = stmt.where(Site.code == request.site_code)
    f = request.filters
    if f is None:
        return stmt
    if f.verified_only:
        stmt = stmt.where(Incident.verification == "verified")
    if f.severities:
        stmt = stmt.where(Incident.severity.in_(sorted(f.severities)))
    if f.risk_areas:
        stmt = stmt.where(RiskArea.code.in_(sorted(f.risk_areas)))
    if f.risk_categories:
        stmt = stmt.where(RiskCategory.code.in_(sorted(f.risk_categories)))
    if f.regions and not request.region:
        stmt = stmt.where(ProgrammeRegion.name.in_(sorted(f.regions)))
    if f.provinces:
        stmt = stmt.where(
            Site.province_id.in_(select(Province.id).where(Province.name.in_(sorted(f.provinces))))
        )
    if f.site_statuses:
        stmt = stmt.where(Site.status.in_(sorted(f.site_statuses)))
    if f.minerals:
        stmt = stmt.where(
            Incident.site_id.in_(
                select(SiteMineral.site_id)
                .join(Mineral, Mineral.id == SiteMineral.mineral_id)
                .where(SiteMineral.deleted.is_(False), Mineral.code.in_(sorted(f.minerals)))
            )
        )
    return stmt


def count(session: Session, request: ExportRequest) -> int:
    stmt = (
        select(func.count(Incident.id))
        .select_from(Incident)
        .join(Site, Site.id == Incident.site_id)
        .join(ProgrammeRegion, ProgrammeRegion.id == Site.region_id)
        .join(RiskArea, RiskArea.id == Incident.risk_area_id)
        .join(RiskCategory, RiskCategory.id == RiskArea.category_id)
    )
    return int(session.scalar(_where(stmt, request)) or 0)


def export_incident_register(
    db: Database,
    request: ExportRequest,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the incident register workbook to ``path``."""
    with workbook_export(db, request, progress, cancelled) as (job, words, s, wb, request):
        sensitive = request.include_sensitive
        total = count(s, request)
        job.step(0, total, words.translate("ExchangeWorkbook", "Writing incidents"))
        columns = COLUMNS + (SENSITIVE_COLUMNS if sensitive else []) + [ID_COLUMN]
        ws = new_sheet(wb, words.translate("ExchangeWorkbook", "Incidents"))
        table = DataTable(ws, columns, words, "Incidents")
        table.write_header()
        _write_rows(s, request, sensitive, table, words, job, total)
        formats.severity(ws, table.column_range("severity"))
        table.finish()
        defs = write_definitions(wb, s, words)
        cover = Cover(
            title=words.translate("ExchangeWorkbook", "Incident register"),
            purpose=words.translate(
                "ExchangeWorkbook",
                "Incidents recorded by the monitors, "
                "one row per incident, with their verification status.",
            ),
            period=period_text(request.start, request.end, words),
            filters=filter_lines(request, words),
            last_sync=last_sync_text(s, words),
            generated_at=dt.datetime.now(),
            source=source_note(db, s, words.lang),
            figures=[(words.translate("ExchangeWorkbook", "Incidents listed"), table.rows)],
            contents=[
                (
                    ws.title,
                    words.translate(
                        "ExchangeWorkbook",
                        "One row per incident "
                        "(an Excel table: filter and sort from the "
                        "header row).",
                    ),
                ),
                (
                    defs.title,
                    words.translate(
                        "ExchangeWorkbook", "Severity scale, verification statuses, risk taxonomy."
                    ),
                ),
            ],
            notes=_notes(sensitive, words),
        )
        write_cover(wb, cover, words)
        job.step(total, total, words.translate("ExchangeWorkbook", "Saving the workbook"))
        save(wb, path, job)
    return ExportResult(Path(path), [(ws.title, table.rows)])


def _write_rows(
    s: Session,
    request: ExportRequest,
    sensitive: bool,
    table: DataTable,
    words: Words,
    job: Job,
    total: int,
) -> None:
    verification = lb.labels(lb.VERIFICATION, words)
    sources = lb.labels(lb.INCIDENT_SOURCE, words)
    annex: dict[str | None, str] = {}
    n = 0
    write = table.write
    for row in s.execute(statement(request, sensitive)).yield_per(BATCH):
        values = list(row)
        heading = values[8]
        if heading not in annex:
            annex[heading] = lb.annex2(heading, words)
        values[8] = annex[heading]
        values[13] = verification.get(values[13], values[13])
        values[15] = sources.get(values[15], values[15])
        values[-1] = str(values[-1])
        write(values)
        n += 1
        if n % BATCH == 0:
            job.step(n, total, words.translate("ExchangeWorkbook", "Writing incidents"))


def _notes(sensitive: bool, words: Words) -> list[str]:
    translate = words.translate
    notes = [
        translate(
            "ExchangeWorkbook",
            "Rejected incidents are listed with their verification "
            "status; they never count in the programme's figures.",
        ),
        translate(
            "ExchangeWorkbook",
            "Text that begins with = + - or @ is shown with a leading "
            "apostrophe so that no spreadsheet runs it as a formula.",
        ),
    ]
    if sensitive:
        notes.insert(
            0,
            translate(
                "ExchangeWorkbook",
                "CONFIDENTIAL: this workbook contains "
                "sensitive incident details (victims, witnesses). Do not forward "
                "it; keep it encrypted.",
            ),
        )
    else:
        notes.insert(
            0,
            translate(
                "ExchangeWorkbook",
                "Sensitive incident details (victims, witnesses) are not included.",
            ),
        )
    return notes
