"""The quarterly report for governments (DRC Ministry of Mines, Rwanda Mining Board):
per region and province, incidents by risk category, child labour and WFCL,
security events, corrective actions and their implementation rate, CAP meetings
held, with charts in the map's colours. No personal or sensitive details."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bm_desktop.db import kpi_queries as q
from bm_desktop.db.engine import Database
from bm_desktop.domain import colours
from bm_desktop.exchange.exports.charts import bars, stacked_columns
from bm_desktop.exchange.exports.figures import PeriodFigures, load_figures, site_is
from bm_desktop.exchange.exports.grouped import SiteInfo
from bm_desktop.exchange.exports.job import Cancelled, Progress, save, workbook_export
from bm_desktop.exchange.exports.labels import percent_text
from bm_desktop.exchange.exports.provenance import last_sync_text, source_note
from bm_desktop.exchange.exports.request import ExportRequest, ExportResult
from bm_desktop.exchange.exports.scope_text import filter_lines
from bm_desktop.exchange.exports.security_context import ProvinceEvents, events_by_province
from bm_desktop.exchange.exports.summary_sheet import SummarySheet
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words
from bm_desktop.exchange.xlsx import formats
from bm_desktop.exchange.xlsx import styles as st
from bm_desktop.exchange.xlsx.cover import Cover, period_text, write_cover
from bm_desktop.exchange.xlsx.stream import new_sheet
from bm_desktop.exchange.xlsx.tables import Column, DataTable
from bm_desktop.services.admin_boundaries import admin1_in_use

FIGURE_COLUMNS = [
    Column("active_sites", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Active sites"), 9, st.INT),
    Column("incidents", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Incidents"), 10, st.INT),
    Column(
        "incidents_before",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Incidents, previous quarter"),
        11,
        st.INT,
    ),
    Column(
        "child_labour",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Child labour incidents (incl. WFCL)"),
        12,
        st.INT,
    ),
    Column("wfcl", QT_TRANSLATE_NOOP("ExchangeWorkbook", "of which WFCL"), 9, st.INT),
    Column("events", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Security events"), 10, st.INT),
    Column(
        "fatalities",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Fatalities (security events)"),
        11,
        st.INT,
    ),
    Column(
        "recommended",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Actions recommended since the start"),
        13,
        st.INT,
    ),
    Column(
        "implementing",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Implemented or in progress"),
        12,
        st.INT,
    ),
    Column("rate", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Implementation rate"), 14, st.RATE),
    Column(
        "new_actions",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Actions recommended in the quarter"),
        12,
        st.INT,
    ),
    Column("meetings", QT_TRANSLATE_NOOP("ExchangeWorkbook", "CAP meetings held"), 10, st.INT),
]
REGION = Column("region", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Region"), 16)
PROVINCE = Column("province", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Province"), 16)

Group = tuple[list[str], Callable[[SiteInfo], bool], list[uuid.UUID]]


def export_quarterly(
    db: Database,
    request: ExportRequest,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    with workbook_export(db, request, progress, cancelled) as (job, words, s, wb, request):
        translate = words.translate
        job.step(0, 5, translate("ExchangeWorkbook", "Counting"))
        figures = load_figures(s, request.period, request.scope)
        active = q.active_site_ids(s, request.period, request.scope)
        events, unmatched = events_by_province(s, request.period)
        sites = list(figures.sites.values())
        regions = sorted({x.region for x in sites})
        region_groups: list[Group] = [
            (
                [r],
                site_is("region", r),
                sorted({x.province_id for x in sites if x.region == r and x.province_id}, key=str),
            )
            for r in regions
        ]
        provinces = sorted(
            {(x.region, x.province or "", x.province_id) for x in sites}, key=lambda p: (p[0], p[1])
        )
        province_groups: list[Group] = [
            ([r, p], site_is("province_id", pid), [pid] if pid else []) for r, p, pid in provinces
        ]
        job.step(1, 5, translate("ExchangeWorkbook", "Writing regions"))
        ws_r, n_r = _figures_sheet(
            wb,
            translate("ExchangeWorkbook", "Regions"),
            "Regions",
            [REGION],
            region_groups,
            figures,
            active,
            events,
            words,
            chart=True,
        )
        job.step(2, 5, translate("ExchangeWorkbook", "Writing provinces"))
        ws_p, n_p = _figures_sheet(
            wb,
            translate("ExchangeWorkbook", "Provinces"),
            "Provinces",
            [REGION, PROVINCE],
            province_groups,
            figures,
            active,
            events,
            words,
        )
        job.step(3, 5, translate("ExchangeWorkbook", "Writing risk categories"))
        ws_c = _categories_sheet(wb, region_groups, figures, words)
        ws_e = _events_sheet(wb, province_groups, events, unmatched, words)
        total = figures.tally()
        cover = Cover(
            title=translate("ExchangeWorkbook", "Quarterly report to the government"),
            purpose=translate(
                "ExchangeWorkbook",
                "Incidents, child labour, security context, "
                "corrective actions and CAP meetings per region and province.",
            ),
            period=period_text(request.start, request.end, words),
            filters=filter_lines(request, words, all_filters=False),
            last_sync=last_sync_text(s, words),
            generated_at=dt.datetime.now(),
            source=source_note(db, s, words.lang),
            figures=[
                (translate("ExchangeWorkbook", "Incidents"), total.incidents),
                (
                    translate("ExchangeWorkbook", "Child labour incidents (incl. WFCL)"),
                    total.child_labour,
                ),
                (
                    translate("ExchangeWorkbook", "Implementation rate"),
                    percent_text(total.actions.rate, words),
                ),
                (translate("ExchangeWorkbook", "CAP meetings held"), total.meetings),
            ],
            contents=[
                (
                    ws_r.title,
                    translate(
                        "ExchangeWorkbook",
                        "Figures per region, with a chart of the implementation rate.",
                    ),
                ),
                (ws_p.title, translate("ExchangeWorkbook", "Figures per province.")),
                (
                    ws_c.title,
                    translate(
                        "ExchangeWorkbook", "Incidents by risk category and region, with a chart."
                    ),
                ),
                (
                    ws_e.title,
                    translate("ExchangeWorkbook", "Security events by province and event type."),
                ),
            ],
            notes=[
                translate(
                    "ExchangeWorkbook", "No personal or sensitive incident details are included."
                ),
                translate(
                    "ExchangeWorkbook",
                    "Security events are counted in the province "
                    "where they happened (their coordinates against the admin-1 boundaries "
                    "in use: {source}).",
                ).format(source=admin1_in_use(s).source),
                translate(
                    "ExchangeWorkbook",
                    "Implementation rate = actions in progress, "
                    "implemented or verified / actions recommended since the programme "
                    "started, as of the quarter's end. Target: 80%.",
                ),
            ],
            orientation="one",
        )  # a report read as one document: no page turned sideways
        write_cover(wb, cover, words)
        job.step(4, 5, translate("ExchangeWorkbook", "Saving the workbook"))
        save(wb, path, job)
    return ExportResult(Path(path), [(ws_r.title, n_r), (ws_p.title, n_p)])


def _figure_values(
    t, group_sites: set[uuid.UUID], active: set[uuid.UUID], ev: ProvinceEvents
) -> list:
    return [
        len(group_sites & active),
        t.incidents,
        t.incidents_before,
        t.child_labour,
        t.wfcl,
        ev.events,
        ev.fatalities,
        t.actions.recommended,
        t.actions.implementing,
        t.actions.rate,
        t.recommended_in_period,
        t.meetings,
    ]


def _sum_events(events: dict[uuid.UUID, ProvinceEvents], ids: list[uuid.UUID]) -> ProvinceEvents:
    out = ProvinceEvents()
    for pid in ids:
        e = events.get(pid)
        if e:
            out.events += e.events
            out.fatalities += e.fatalities
            out.by_type.update(e.by_type)
    return out


def _figures_sheet(
    wb,
    title: str,
    name: str,
    label_columns: list[Column],
    groups: list[Group],
    figures: PeriodFigures,
    active: set[uuid.UUID],
    events: dict[uuid.UUID, ProvinceEvents],
    words: Words,
    chart: bool = False,
) -> tuple[Any, int]:
    ws = new_sheet(wb, title)
    table = DataTable(ws, label_columns + FIGURE_COLUMNS, words, name)
    table.write_header(height=45)
    rates = []
    for labels, pred, province_ids in groups:
        t = figures.tally(site=pred)
        members = {i for i, x in figures.sites.items() if pred(x)}
        rates.append(colours.rate_colour(t.actions.rate))
        table.write(labels + _figure_values(t, members, active, _sum_events(events, province_ids)))
    formats.rate(ws, table.column_range("rate"))
    table.finish()
    all_provinces = sorted({pid for _, _, ids in groups for pid in ids}, key=str)
    total = figures.tally()
    ws.write_row([])
    bold = [st.style_id(ws, st.LABEL)] * len(label_columns) + [
        st.style_id(ws, c.style.but(bold=True)) for c in FIGURE_COLUMNS
    ]
    ws.write_row(
        [words.translate("ExchangeWorkbook", "Total")]
        + [None] * (len(label_columns) - 1)
        + _figure_values(total, set(figures.sites), active, _sum_events(events, all_provinces)),
        bold,
    )
    if chart and table.rows:
        col = len(label_columns) + [c.key for c in FIGURE_COLUMNS].index("rate") + 1
        ws.add_chart(
            bars(
                ws,
                words.translate("ExchangeWorkbook", "Implementation rate by region (target 80%)"),
                words.translate("ExchangeWorkbook", "Implementation rate"),
                1,
                col,
                2,
                1 + table.rows,
                colours.TARGET,
                percent=True,
                point_colours=rates,
            ),
            f"B{table.rows + 5}",
        )
    return ws, table.rows


def _categories_sheet(wb, groups: list[Group], figures: PeriodFigures, words: Words):
    translate = words.translate
    ws = new_sheet(wb, translate("ExchangeWorkbook", "Risk categories"))
    regions = [labels[0] for labels, _, _ in groups]
    sh = SummarySheet(ws, [30] + [14] * (len(regions) + 1))
    sh.title(
        translate("ExchangeWorkbook", "Incidents by risk category"),
        period_text(figures.period.start, figures.period.end, words),
    )
    sh.blank()
    sh.header(
        [
            translate("ExchangeWorkbook", "Risk category"),
            *regions,
            translate("ExchangeWorkbook", "Total"),
        ]
    )
    first = sh.row + 1
    tax = figures.taxonomy
    for cat_id, _code, en, fr in tax.categories:

        def area_ok(a: uuid.UUID, c: uuid.UUID = cat_id) -> bool:
            return tax.area_category.get(a) == c

        values = [figures.tally(site=pred, area=area_ok).incidents for _, pred, _ in groups]
        sh.figures(words.name(en, fr), [*values, sum(values)], ["int"] * (len(values) + 1))
    last = sh.row
    totals = [figures.tally(site=pred).incidents for _, pred, _ in groups]
    sh.figures(
        translate("ExchangeWorkbook", "All incidents"),
        [*totals, sum(totals)],
        ["int"] * (len(totals) + 1),
        bold=True,
    )
    if regions:
        chart = stacked_columns(
            ws,
            translate("ExchangeWorkbook", "Incidents by risk category and region"),
            translate("ExchangeWorkbook", "Incidents"),
            first,
            last,
            2,
            1 + len(regions),
            [colours.RISK_CATEGORY.get(code, "#607D8B") for _, code, _, _ in tax.categories],
        )
        ws.add_chart(chart, f"A{last + 4}")
    return ws


def _events_sheet(
    wb, groups: list[Group], events: dict[uuid.UUID, ProvinceEvents], unmatched: int, words: Words
):
    translate = words.translate
    ws = new_sheet(wb, translate("ExchangeWorkbook", "Security events"))
    types = sorted({t for e in events.values() for t in e.by_type})
    sh = SummarySheet(ws, [16, 16] + [13] * (len(types) + 2))
    sh.title(translate("ExchangeWorkbook", "Security events by province"))
    sh.blank()
    sh.header(
        [
            translate("ExchangeWorkbook", "Region"),
            translate("ExchangeWorkbook", "Province"),
            *[words.translate("MapEvents", t) for t in types],
            translate("ExchangeWorkbook", "All events"),
            translate("ExchangeWorkbook", "Fatalities"),
        ]
    )
    for labels, _, ids in groups:
        e = _sum_events(events, ids)
        sh.write(
            [*labels, *[e.by_type.get(t, 0) for t in types], e.events, e.fatalities],
            ["text", "text"] + ["int"] * (len(types) + 2),
        )
    sh.blank()
    if unmatched:
        sh.note(
            translate(
                "ExchangeWorkbook",
                "{n} events of the period are outside the programme's "
                "provinces and are not counted here.",
            ).format(n=unmatched)
        )
    return ws
