"""The OECD Annex II summary for the Step 5 report: incidents, site risks and
corrective actions per Annex II heading, per supply chain (3T, gold, cobalt/copper).

A site belongs to the supply chain of each of its minerals, so a site mining tin
and gold counts under 3T and under gold; the "All supply chains" rows count it
once. Like the published Step 5 reports, it carries no supplier prices and no
whistle-blower identities (no names at all)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from pathlib import Path

from bm_desktop.db.engine import Database
from bm_desktop.domain.kpi import ImplementationRate
from bm_desktop.domain.taxonomy import ANNEX2_HEADINGS
from bm_desktop.exchange.exports import labels as lb
from bm_desktop.exchange.exports.figures import PeriodFigures, load_figures
from bm_desktop.exchange.exports.grouped import risks_by_site_area
from bm_desktop.exchange.exports.job import Cancelled, Progress, save, workbook_export
from bm_desktop.exchange.exports.provenance import last_sync_text, source_note
from bm_desktop.exchange.exports.request import ExportRequest, ExportResult
from bm_desktop.exchange.exports.scope_text import filter_lines
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words
from bm_desktop.exchange.xlsx import formats
from bm_desktop.exchange.xlsx import styles as st
from bm_desktop.exchange.xlsx.cover import Cover, period_text, write_cover
from bm_desktop.exchange.xlsx.stream import new_sheet
from bm_desktop.exchange.xlsx.tables import Column, DataTable

CHAINS = ("3T", "gold", "cobalt_copper")
ALL = "all"
FIGURES = [
    Column(
        "incidents", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Incidents in the period"), 11, st.INT
    ),
    Column("risks", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Site risks identified"), 10, st.INT),
    Column("open_risks", QT_TRANSLATE_NOOP("ExchangeWorkbook", "of which open"), 9, st.INT),
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
    Column("rate", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Implementation rate"), 12, st.RATE),
    Column(
        "new_actions",
        QT_TRANSLATE_NOOP("ExchangeWorkbook", "Actions recommended in the period"),
        12,
        st.INT,
    ),
]
CHAIN = Column("chain", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Supply chain"), 24)
HEADING = Column(
    "heading", QT_TRANSLATE_NOOP("ExchangeWorkbook", "OECD Annex II heading"), 44, st.WRAP
)
CATEGORY = Column("category", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Risk category"), 20)
AREA = Column("area", QT_TRANSLATE_NOOP("ExchangeWorkbook", "Risk area"), 30, st.WRAP)
OUTSIDE = QT_TRANSLATE_NOOP("ExchangeWorkbook", "Other risks (outside Annex II)")


def export_annex2(
    db: Database,
    request: ExportRequest,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    with workbook_export(db, request, progress, cancelled) as (job, words, s, wb, request):
        translate = words.translate
        job.step(0, 3, translate("ExchangeWorkbook", "Counting"))
        figures = load_figures(s, request.period, request.scope)
        risks = risks_by_site_area(s, request.period.end, request.scope)
        job.step(1, 3, translate("ExchangeWorkbook", "Writing the summary"))
        headings = [*ANNEX2_HEADINGS, None]
        ws = new_sheet(wb, translate("ExchangeWorkbook", "Annex II summary"))
        table = DataTable(ws, [CHAIN, HEADING, *FIGURES], words, "AnnexII")
        table.write_header(height=45)
        for chain in (*CHAINS, ALL):
            for heading in headings:

                def area_ok(a: uuid.UUID, h=heading) -> bool:
                    return figures.taxonomy.area_heading.get(a) == h

                table.write(
                    [
                        _chain(chain, words),
                        _heading(heading, words),
                        *_values(figures, risks, chain, area_ok),
                    ]
                )
        formats.rate(ws, table.column_range("rate"))
        table.finish()
        ws2 = new_sheet(wb, translate("ExchangeWorkbook", "By risk area"))
        detail = DataTable(ws2, [CHAIN, HEADING, CATEGORY, AREA, *FIGURES], words, "ByRiskArea")
        detail.write_header(height=45)
        cats = {c[0]: words.name(c[2], c[3]) for c in figures.taxonomy.categories}
        tax = figures.taxonomy
        for chain in (*CHAINS, ALL):
            for area_id, code in tax.area_code.items():
                del code
                values = _values(figures, risks, chain, lambda a, x=area_id: a == x)
                detail.write(
                    [
                        _chain(chain, words),
                        _heading(tax.area_heading.get(area_id), words),
                        cats.get(tax.area_category[area_id], ""),
                        words.name(*tax.area_name[area_id]),
                        *values,
                    ]
                )
        formats.rate(ws2, detail.column_range("rate"))
        detail.finish()
        cover = Cover(
            title=translate("ExchangeWorkbook", "OECD Annex II summary (Step 5 report)"),
            purpose=translate(
                "ExchangeWorkbook",
                "Incidents, site risks and corrective actions per "
                "OECD Annex II heading and supply chain.",
            ),
            period=period_text(request.start, request.end, words),
            filters=filter_lines(request, words, all_filters=False),
            last_sync=last_sync_text(s, words),
            generated_at=dt.datetime.now(),
            source=source_note(db, s, words.lang),
            contents=[
                (
                    ws.title,
                    translate("ExchangeWorkbook", "One row per supply chain and Annex II heading."),
                ),
                (
                    ws2.title,
                    translate(
                        "ExchangeWorkbook",
                        "The same figures per risk area, showing which areas make up each heading.",
                    ),
                ),
            ],
            notes=[
                translate(
                    "ExchangeWorkbook",
                    "A site belongs to the supply chain of each of its "
                    "minerals; the rows for all supply chains count each site once.",
                ),
                translate(
                    "ExchangeWorkbook",
                    "Site risks: identified by the period's end; open = "
                    "not yet mitigated or closed.",
                ),
                translate(
                    "ExchangeWorkbook",
                    "No supplier prices, names or whistle-blower identities are included.",
                ),
            ],
        )
        write_cover(wb, cover, words)
        job.step(2, 3, translate("ExchangeWorkbook", "Saving the workbook"))
        save(wb, path, job)
    return ExportResult(Path(path), [(ws.title, table.rows), (ws2.title, detail.rows)])


def _chain(chain: str, words: Words) -> str:
    if chain == ALL:
        return words.translate("ExchangeWorkbook", "All supply chains")
    return lb.label(lb.SUPPLY_CHAIN, chain, words)


def _heading(code: str | None, words: Words) -> str:
    return lb.annex2(code, words) if code else words.workbook(OUTSIDE)


def _values(figures: PeriodFigures, risks: dict, chain: str, area_ok) -> list:
    def site_ok(x) -> bool:
        return chain == ALL or chain in x.supply_chains

    t = figures.tally(site=site_ok, area=area_ok)
    ok_sites = {i for i, x in figures.sites.items() if site_ok(x)}
    counts: Counter[str] = Counter()
    for (site, area), statuses in risks.items():
        if site in ok_sites and area_ok(area):
            counts.update(statuses)
    rate: ImplementationRate = t.actions
    return [
        t.incidents,
        sum(counts.values()),
        counts.get("open", 0),
        rate.recommended,
        rate.implementing,
        rate.rate,
        t.recommended_in_period,
    ]
