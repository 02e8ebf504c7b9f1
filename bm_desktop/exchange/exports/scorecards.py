"""Site score cards: one overview row per site, then one sheet per site with its
incidents by risk category, its actions and implementation rate, and the trend
against the previous period (the previous quarter when a quarter is chosen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bm_desktop.db import kpi_queries as q
from bm_desktop.db.engine import Database
from bm_desktop.domain.kpi import Period
from bm_desktop.domain.local_format import date_text
from bm_desktop.exchange.exports import labels as lb
from bm_desktop.exchange.exports.figures import PeriodFigures, area_in, load_figures, site_is
from bm_desktop.exchange.exports.grouped import SiteInfo
from bm_desktop.exchange.exports.job import Cancelled, Progress, save, workbook_export
from bm_desktop.exchange.exports.provenance import last_sync_text, source_note
from bm_desktop.exchange.exports.request import ExportRequest, ExportResult
from bm_desktop.exchange.exports.scope_text import filter_lines
from bm_desktop.exchange.exports.summary_sheet import SummarySheet
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words
from bm_desktop.exchange.xlsx import formats
from bm_desktop.exchange.xlsx import styles as st
from bm_desktop.exchange.xlsx.cover import Cover, period_text, write_cover
from bm_desktop.exchange.xlsx.stream import new_sheet
from bm_desktop.exchange.xlsx.tables import Column, DataTable

OVERVIEW = [
    Column("site_code", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Site code"), 10),
    Column("site_name", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Site name"), 22),
    Column("region", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Region"), 13),
    Column("province", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Province"), 13),
    Column("minerals", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Minerals"), 20),
    Column("status", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Site status"), 10),
    Column("incidents", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Incidents"), 10, st.INT),
    Column(
        "incidents_before",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Incidents, previous period"),
        11,
        st.INT,
    ),
    Column("change", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Change"), 9, st.INT),
    Column(
        "child_labour", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Child labour incidents"), 11, st.INT
    ),
    Column("recommended", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Actions recommended"), 11, st.INT),
    Column(
        "implementing",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Implemented or in progress"),
        12,
        st.INT,
    ),
    Column("rate", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Implementation rate"), 12, st.RATE),
    Column(
        "rate_before", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Rate, previous period"), 11, st.RATE
    ),
    Column("overdue", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Overdue actions"), 10, st.INT),
    Column("meetings", QT_TRANSLATE_NOOP("ExchangeWorkbook", "CAP meetings held"), 10, st.INT),
]
STATUS_ROWS = ("in_progress", "implemented", "verified", "cancelled", "recommended")


def _minerals(site: SiteInfo, words: Words) -> str:
    return ", ".join(words.name(en, fr) for _, en, fr, _ in site.minerals)


def export_scorecards(
    db: Database,
    request: ExportRequest,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    with workbook_export(db, request, progress, cancelled) as (job, words, s, wb, request):
        translate = words.translate
        figures = load_figures(s, request.period, request.scope)
        listed = q.active_site_ids(s, request.period, request.scope)
        listed |= {site for site, _ in figures.incidents}
        sites = [info for sid, info in figures.sites.items() if sid in listed]
        job.step(0, len(sites) + 1, translate("ExchangeWorkbook", "Writing the overview"))
        ws = new_sheet(wb, translate("ExchangeWorkbook", "Overview"))
        table = DataTable(ws, OVERVIEW, words, "Overview")
        table.write_header()
        statuses = lb.labels(lb.SITE_STATUS, words)
        for site in sites:
            t = figures.tally(site=site_is("id", site.id))
            table.write(
                [
                    site.code,
                    site.name,
                    site.region,
                    site.province or "",
                    _minerals(site, words),
                    statuses.get(site.status, site.status),
                    t.incidents,
                    t.incidents_before,
                    t.incidents - t.incidents_before,
                    t.child_labour,
                    t.actions.recommended,
                    t.actions.implementing,
                    t.actions.rate,
                    t.actions_before.rate,
                    t.overdue,
                    t.meetings,
                ]
            )
        formats.rate(ws, table.column_range("rate"))
        formats.rate(ws, table.column_range("rate_before"))
        formats.increase(ws, table.column_range("change"))
        formats.positive_overdue(ws, table.column_range("overdue"))
        table.finish()
        contents = [(ws.title, translate("ExchangeWorkbook", "One row per site."))]
        for n, site in enumerate(sites, start=1):
            job.step(
                n,
                len(sites) + 1,
                translate("ExchangeWorkbook", "Writing site {code}").format(code=site.code),
            )
            sheet = _site_sheet(wb, site, figures, words)
            contents.append((sheet, f"{site.code} — {site.name}"))
        cover = Cover(
            title=translate("ExchangeWorkbook", "Site score cards"),
            purpose=translate(
                "ExchangeWorkbook",
                "Incidents, corrective actions and implementation "
                "rate of each site, with the trend against the previous period.",
            ),
            period=period_text(request.start, request.end, words),
            filters=filter_lines(request, words, all_filters=False)
            + [
                (
                    translate("ExchangeWorkbook", "Previous period"),
                    period_text(figures.before.start, figures.before.end, words),
                )
            ],
            last_sync=last_sync_text(s, words),
            generated_at=dt.datetime.now(),
            source=source_note(db, s, words.lang),
            figures=[(translate("ExchangeWorkbook", "Sites"), len(sites))],
            contents=contents,
            notes=_notes(words),
        )
        write_cover(wb, cover, words)
        save(wb, path, job)
    return ExportResult(Path(path), [(ws.title, table.rows)] + [(c[0], 1) for c in contents[1:]])


def _site_sheet(wb, site: SiteInfo, figures: PeriodFigures, words: Words) -> str:
    translate = words.translate
    ws = new_sheet(wb, site.code)
    sh = SummarySheet(ws, (36, 24, 24, 12))
    period, before = figures.period, figures.before
    sh.title(
        f"{site.code} — {site.name}",
        translate("ExchangeWorkbook", "Score card, {period}").format(
            period=period_text(period.start, period.end, words)
        ),
    )
    sh.blank()
    sh.pair(translate("ExchangeWorkbook", "Region"), site.region)
    sh.pair(translate("ExchangeWorkbook", "Province"), site.province or "")
    sh.pair(translate("ExchangeWorkbook", "Minerals"), _minerals(site, words))
    sh.pair(translate("ExchangeWorkbook", "Cooperative or operator"), site.operator or "")
    sh.pair(translate("ExchangeWorkbook", "Miners"), site.miners if site.miners is not None else "")
    sh.pair(
        translate("ExchangeWorkbook", "Site status"), lb.label(lb.SITE_STATUS, site.status, words)
    )
    sh.blank()
    sh.section(translate("ExchangeWorkbook", "Incidents by risk category"), 4)
    sh.header(
        [
            translate("ExchangeWorkbook", "Risk category"),
            _label(period, words),
            _label(before, words),
            translate("ExchangeWorkbook", "Change"),
        ]
    )
    first = sh.row + 1
    mine = {site.id}
    total = figures.tally(site=lambda x: x.id in mine)
    for cat_id, _code, en, fr in figures.taxonomy.categories:
        t = figures.tally(
            site=lambda x: x.id in mine, area=area_in(figures.taxonomy.area_category, cat_id)
        )
        sh.figures(
            words.name(en, fr),
            [t.incidents, t.incidents_before, t.incidents - t.incidents_before],
            ["int"] * 3,
        )
    sh.figures(
        translate("ExchangeWorkbook", "All incidents"),
        [total.incidents, total.incidents_before, total.incidents - total.incidents_before],
        ["int"] * 3,
        bold=True,
    )
    sh.figures(
        translate("ExchangeWorkbook", "of which child labour and WFCL"),
        [total.child_labour, None, None],
        ["int"] * 3,
    )
    formats.increase(ws, f"D{first}:D{sh.row}")
    sh.blank()
    sh.section(translate("ExchangeWorkbook", "Corrective actions since the programme started"), 4)
    sh.header(
        [
            translate("ExchangeWorkbook", "Status at the period's end"),
            date_text(period.end, words.lang),
            date_text(before.end, words.lang),
            translate("ExchangeWorkbook", "Change"),
        ]
    )
    now, then = total.actions, total.actions_before
    sh.figures(
        translate("ExchangeWorkbook", "Actions recommended"),
        [now.recommended, then.recommended, now.recommended - then.recommended],
        ["int"] * 3,
        bold=True,
    )
    for code in STATUS_ROWS:
        a, b = total.statuses.get(code, 0), total.statuses_before.get(code, 0)
        name = (
            translate("ExchangeWorkbook", "not started (recommended)")
            if code == "recommended"
            else lb.label(lb.ACTION_STATUS, code, words)
        )
        sh.figures("   " + name, [a, b, a - b], ["int"] * 3)
    rate_row = sh.figures(
        translate("ExchangeWorkbook", "Implementation rate"),
        [now.rate, then.rate, None],
        ["percent", "percent", "percent"],
        bold=True,
    )
    formats.rate(ws, f"B{rate_row}:C{rate_row}")
    overdue_row = sh.figures(
        translate("ExchangeWorkbook", "Overdue at the period's end"),
        [total.overdue, None, None],
        ["int"] * 3,
    )
    formats.positive_overdue(ws, f"B{overdue_row}")
    sh.figures(
        translate("ExchangeWorkbook", "Recommended during the period"),
        [total.recommended_in_period, None, None],
        ["int"] * 3,
    )
    sh.figures(
        translate("ExchangeWorkbook", "CAP meetings held during the period"),
        [
            figures.meetings.get(site.id, 0),
            figures.meetings_before.get(site.id, 0),
            figures.meetings.get(site.id, 0) - figures.meetings_before.get(site.id, 0),
        ],
        ["int"] * 3,
    )
    sh.blank()
    sh.note(
        translate(
            "ExchangeWorkbook",
            "Implementation rate = actions in progress, implemented or "
            "verified / actions recommended since the programme started (target 80%).",
        )
    )
    return ws.title


def _label(period: Period, words: Words) -> str:
    return f"{date_text(period.start, words.lang)} – {date_text(period.end, words.lang)}"


def _notes(words: Words) -> list[str]:
    translate = words.translate
    return [
        translate(
            "ExchangeWorkbook",
            "Incidents count by the day they occurred; rejected incidents never count.",
        ),
        translate(
            "ExchangeWorkbook",
            "Implementation rate = actions in progress, implemented or "
            "verified / actions recommended since the programme started, as of the period's "
            "end; cancelled actions stay in the denominator. Target: 80%.",
        ),
        translate(
            "ExchangeWorkbook", "Listed: sites active during the period or with incidents in it."
        ),
    ]
