"""The weekly site risk report for a buyer: one site's incidents, open risks,
corrective actions and the security events near it, for one week.

Serious security cases can put a site under weekly reporting to the buyer
(DOMAIN.md, the Luhihi case). The report never carries sensitive details.
Security events are those within the map's alert radius of the site
(:data:`bm_desktop.geo.proximity.DEFAULT_RADIUS_KM`) that overlap the week.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    ActionProgress,
    CorrectiveAction,
    Incident,
    RiskArea,
    RiskCategory,
    Stakeholder,
)
from bm_desktop.domain import action_lifecycle as lifecycle
from bm_desktop.domain.enums import ActionStatus
from bm_desktop.domain.errors import ValidationError
from bm_desktop.domain.kpi import Period
from bm_desktop.exchange.exports import labels as lb
from bm_desktop.exchange.exports.job import Cancelled, Progress, save, workbook_export
from bm_desktop.exchange.exports.provenance import last_sync_text, source_note
from bm_desktop.exchange.exports.request import ExportRequest, ExportResult
from bm_desktop.exchange.exports.request import site_id as site_id_of
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words
from bm_desktop.exchange.xlsx import formats
from bm_desktop.exchange.xlsx import styles as st
from bm_desktop.exchange.xlsx.cover import Cover, period_text, write_cover
from bm_desktop.exchange.xlsx.stream import new_sheet
from bm_desktop.exchange.xlsx.tables import Column, DataTable
from bm_desktop.geo.proximity import DEFAULT_RADIUS_KM
from bm_desktop.services.risks import list_risks
from bm_desktop.services.security_alerts import security_alerts

INCIDENTS = [
    Column("occurred_on", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Occurred on"), 12, st.DATE),
    Column("risk_category", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Risk category"), 18),
    Column("risk_area", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Risk area"), 26, st.WRAP),
    Column("severity", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Severity (1-4)"), 9, st.CENTRED),
    Column("description", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Description"), 60, st.WRAP),
    Column("minors", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Minors involved"), 10, st.INT),
    Column("verification", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Verification"), 16),
]
RISKS = [
    Column("risk_area", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Risk area"), 30, st.WRAP),
    Column("risk_category", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Risk category"), 20),
    Column("likelihood", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Likelihood (1-5)"), 11, st.CENTRED),
    Column("severity", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Severity (1-5)"), 10, st.CENTRED),
    Column("score", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Score"), 8, st.CENTRED),
    Column("status", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Status"), 11),
    Column("identified_on", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Identified on"), 12, st.DATE),
    Column("incidents", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Incidents"), 10, st.INT),
    Column("actions", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Actions"), 9, st.INT),
]
ACTIONS = [
    Column("risk_area", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Risk area"), 24, st.WRAP),
    Column("description", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Action"), 50, st.WRAP),
    Column("stakeholder", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Assigned to"), 24, st.WRAP),
    Column("due_on", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Due on"), 12, st.DATE),
    Column("status", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Status"), 14),
    Column("status_on", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Status date"), 12, st.DATE),
    Column("days_overdue", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Days overdue"), 9, st.INT),
    Column("updated", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Updated this week"), 10),
]
EVENTS = [
    Column("date", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Date"), 12, st.DATE),
    Column("event_type", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Event type"), 22),
    Column("sub_event_type", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Sub-event type"), 26),
    Column("actors", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Actors"), 34, st.WRAP),
    Column("location", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Location"), 20),
    Column(
        "distance",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Distance from the site (km)"),
        12,
        st.FLOAT,
    ),
    Column("fatalities", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Fatalities"), 10, st.INT),
    Column("notes", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Notes"), 50, st.WRAP),
]
OPEN = ("recommended", "in_progress")


def week_of(day: dt.date) -> Period:
    """Monday to Sunday of the week ``day`` falls in."""
    monday = day - dt.timedelta(days=day.weekday())
    return Period(monday, monday + dt.timedelta(days=6))


def export_weekly(
    db: Database,
    request: ExportRequest,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the weekly report of ``request.site_code`` for the week ``start..end``."""
    if not request.site_code:
        raise ValidationError("Choose the site of the weekly risk report.", field="site")
    with workbook_export(db, request, progress, cancelled) as (job, words, s, wb, request):
        translate = words.translate
        week = request.period
        site = site_id_of(s, request.site_code or "")
        job.step(0, 5, translate("ExchangeWorkbook", "Writing incidents"))
        n_inc, sev = _incidents(wb, s, site, week, words)
        job.step(1, 5, translate("ExchangeWorkbook", "Writing risks"))
        risks = [
            r for r in list_risks(s, site, include_closed=False) if r.identified_on <= week.end
        ]
        _risks(wb, risks, s, words)
        job.step(2, 5, translate("ExchangeWorkbook", "Writing actions"))
        n_act, n_overdue = _actions(wb, s, site, week, words)
        job.step(3, 5, translate("ExchangeWorkbook", "Writing security events"))
        alerts = security_alerts(db, week.end, days=(week.end - week.start).days, site_ids=[site])
        _events(wb, alerts, words)
        summary = [
            (translate("ExchangeWorkbook", "Incidents of the week"), n_inc),
            *[
                (
                    translate("ExchangeWorkbook", "   severity {label}").format(
                        label=words.workbook(lb.SEVERITY[k])
                    ),
                    sev.get(k, 0),
                )
                for k in (4, 3, 2, 1)
            ],
            (translate("ExchangeWorkbook", "Open site risks"), len(risks)),
            (translate("ExchangeWorkbook", "Open corrective actions"), n_act),
            (translate("ExchangeWorkbook", "of which overdue"), n_overdue),
            (
                translate("ExchangeWorkbook", "Security events within {km} km").format(
                    km=int(DEFAULT_RADIUS_KM)
                ),
                len(alerts),
            ),
            (
                translate("ExchangeWorkbook", "Fatalities in those events"),
                sum(a.fatalities for a in alerts),
            ),
        ]
        name = next((r.site_name for r in risks), None) or _site_name(s, site)
        cover = Cover(
            title=translate("ExchangeWorkbook", "Weekly site risk report: {site}").format(
                site=f"{request.site_code} — {name}"
            ),
            purpose=translate(
                "ExchangeWorkbook",
                "For the buyer: the site's incidents, open risks, "
                "corrective actions and nearby security events of the week.",
            ),
            period=period_text(week.start, week.end, words),
            filters=[(translate("ExchangeWorkbook", "Site"), f"{request.site_code} — {name}")],
            last_sync=last_sync_text(s, words),
            generated_at=dt.datetime.now(),
            source=source_note(db, s, words.lang),
            figures=summary,
            contents=[
                (sheet, what)
                for sheet, what in (
                    (
                        translate("ExchangeWorkbook", "Incidents"),
                        translate("ExchangeWorkbook", "Incidents that occurred during the week."),
                    ),
                    (
                        translate("ExchangeWorkbook", "Risks"),
                        translate(
                            "ExchangeWorkbook", "The site's open risks, highest score first."
                        ),
                    ),
                    (
                        translate("ExchangeWorkbook", "Actions"),
                        translate(
                            "ExchangeWorkbook", "Open actions and those updated during the week."
                        ),
                    ),
                    (
                        translate("ExchangeWorkbook", "Security events"),
                        translate("ExchangeWorkbook", "Events near the site during the week."),
                    ),
                )
            ],
            notes=[translate("ExchangeWorkbook", "No sensitive incident details are included.")],
        )
        write_cover(wb, cover, words)
        job.step(4, 5, translate("ExchangeWorkbook", "Saving the workbook"))
        save(wb, path, job)
    return ExportResult(
        Path(path),
        [("incidents", n_inc), ("risks", len(risks)), ("actions", n_act), ("events", len(alerts))],
    )


def _site_name(s, site_id) -> str:
    from bm_desktop.db.models import Site

    site = s.get(Site, site_id)
    return site.name if site else ""


def _incidents(wb, s, site, week: Period, words: Words) -> tuple[int, dict[int, int]]:
    fr = words.lang == "fr"
    ws = new_sheet(wb, words.translate("ExchangeWorkbook", "Incidents"))
    table = DataTable(ws, INCIDENTS, words, "Incidents")
    table.write_header()
    severities: dict[int, int] = {}
    verification = lb.labels(lb.VERIFICATION, words)
    for row in s.execute(
        select(
            Incident.occurred_on,
            RiskCategory.name_fr if fr else RiskCategory.name_en,
            RiskArea.name_fr if fr else RiskArea.name_en,
            Incident.severity,
            Incident.description,
            Incident.minors_involved,
            Incident.verification,
        )
        .join(RiskArea, RiskArea.id == Incident.risk_area_id)
        .join(RiskCategory, RiskCategory.id == RiskArea.category_id)
        .where(
            Incident.site_id == site,
            Incident.deleted.is_(False),
            Incident.verification != "rejected",
            Incident.occurred_on >= week.start,
            Incident.occurred_on <= week.end,
        )
        .order_by(Incident.occurred_on, Incident.severity.desc())
    ):
        values = list(row)
        values[6] = verification.get(values[6], values[6])
        severities[row[3]] = severities.get(row[3], 0) + 1
        table.write(values)
    formats.severity(ws, table.column_range("severity"))
    table.finish()
    return table.rows, severities


def _risks(wb, risks, s, words: Words) -> None:
    names = {
        code: (en, fr)
        for code, en, fr in s.execute(select(RiskArea.code, RiskArea.name_en, RiskArea.name_fr))
    }
    cats = {en: fr for en, fr in s.execute(select(RiskCategory.name_en, RiskCategory.name_fr))}
    ws = new_sheet(wb, words.translate("ExchangeWorkbook", "Risks"))
    table = DataTable(ws, RISKS, words, "Risks")
    table.write_header()
    for r in risks:
        table.write(
            [
                words.name(*names.get(r.risk_area_code, (r.risk_area, None))),
                words.name(r.risk_category, cats.get(r.risk_category)),
                r.likelihood,
                r.severity,
                r.score,
                lb.label(lb.RISK_STATUS, r.status, words),
                r.identified_on,
                r.incidents,
                r.actions,
            ]
        )
    table.finish()


def _actions(wb, s, site, week: Period, words: Words) -> tuple[int, int]:
    """Actions open at the week's end (status as of then) or updated during the week."""
    points: dict = defaultdict(list)
    rows = s.execute(
        select(CorrectiveAction, RiskArea.name_en, RiskArea.name_fr, Stakeholder.name)
        .join(RiskArea, RiskArea.id == CorrectiveAction.risk_area_id)
        .outerjoin(Stakeholder, Stakeholder.id == CorrectiveAction.stakeholder_id)
        .where(
            CorrectiveAction.site_id == site,
            CorrectiveAction.deleted.is_(False),
            CorrectiveAction.recommended_on <= week.end,
        )
        .order_by(CorrectiveAction.due_on)
    ).all()
    for aid, status, on, seq, ua in s.execute(
        select(
            ActionProgress.action_id,
            ActionProgress.status,
            ActionProgress.on,
            ActionProgress.seq,
            ActionProgress.updated_at,
        ).where(
            ActionProgress.deleted.is_(False),
            ActionProgress.on <= week.end,
            ActionProgress.action_id.in_([r[0].id for r in rows]),
        )
    ):
        points[aid].append(lifecycle.ProgressPoint(ActionStatus(status), on, seq or "", ua or ""))
    ws = new_sheet(wb, words.translate("ExchangeWorkbook", "Actions"))
    table = DataTable(ws, ACTIONS, words, "Actions")
    table.write_header()
    status_labels = lb.labels(lb.ACTION_STATUS, words)
    n_open = n_overdue = 0
    for action, area_en, area_fr, stakeholder in rows:
        last = lifecycle.latest(points[action.id])
        status = last.status.value if last else "recommended"
        updated = last is not None and last.on >= week.start
        if status not in OPEN and not updated:
            continue
        overdue = lifecycle.is_overdue(ActionStatus(status), action.due_on, week.end)
        n_open += status in OPEN
        n_overdue += overdue
        table.write(
            [
                words.name(area_en, area_fr),
                action.description,
                stakeholder or "",
                action.due_on,
                status_labels.get(status, status),
                last.on if last else action.recommended_on,
                (week.end - action.due_on).days if overdue else 0,
                words.yes_no(updated),
            ]
        )
    formats.positive_overdue(ws, table.column_range("days_overdue"))
    formats.action_status(ws, table.column_range("status"), status_labels)
    table.finish()
    return n_open, n_overdue


def _events(wb, alerts, words: Words) -> None:
    ws = new_sheet(wb, words.translate("ExchangeWorkbook", "Security events"))
    table = DataTable(ws, EVENTS, words, "SecurityEvents")
    table.write_header()
    for a in alerts:
        table.write(
            [
                a.event_start,
                a.event_type,
                a.sub_event_type or "",
                a.actors,
                a.location or "",
                round(a.distance_km, 1),
                a.fatalities,
                a.notes or "",
            ]
        )
    table.finish()
