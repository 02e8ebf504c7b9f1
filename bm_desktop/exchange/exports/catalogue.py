"""The workbooks BM Desktop exports, for the command line and the File > Export menu."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from bm_desktop.domain.kpi import Period
from bm_desktop.exchange.exports.action_tracker import export_action_tracker
from bm_desktop.exchange.exports.annex2 import export_annex2
from bm_desktop.exchange.exports.incident_register import export_incident_register
from bm_desktop.exchange.exports.quarterly import export_quarterly
from bm_desktop.exchange.exports.scorecards import export_scorecards
from bm_desktop.exchange.exports.weekly import export_weekly, week_of
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ExportKind:
    name: str  # command-line name
    title: str  # menu text (English, marked for translation)
    run: Callable
    period: str = "filters"  # "filters", "quarter" or "week": what the period snaps to
    needs_site: bool = False
    sensitive: bool = False  # offers "include sensitive details"
    file_stem: str = "export"


EXPORTS: dict[str, ExportKind] = {
    k.name: k
    for k in (
        ExportKind(
            "incidents",
            QT_TRANSLATE_NOOP("ExchangeWorkbook", "Incident register"),
            export_incident_register,
            sensitive=True,
            file_stem="incident-register",
        ),
        ExportKind(
            "actions",
            QT_TRANSLATE_NOOP("ExchangeWorkbook", "Corrective-action tracker"),
            export_action_tracker,
            file_stem="action-tracker",
        ),
        ExportKind(
            "scorecards",
            QT_TRANSLATE_NOOP("ExchangeWorkbook", "Site score cards"),
            export_scorecards,
            period="quarter",
            file_stem="site-score-cards",
        ),
        ExportKind(
            "quarterly",
            QT_TRANSLATE_NOOP("ExchangeWorkbook", "Quarterly report to the government"),
            export_quarterly,
            period="quarter",
            file_stem="quarterly-report",
        ),
        ExportKind(
            "annex2",
            QT_TRANSLATE_NOOP("ExchangeWorkbook", "OECD Annex II summary (Step 5 report)"),
            export_annex2,
            file_stem="annex2-summary",
        ),
        ExportKind(
            "weekly",
            QT_TRANSLATE_NOOP("ExchangeWorkbook", "Weekly site risk report"),
            export_weekly,
            period="week",
            needs_site=True,
            file_stem="weekly-site-report",
        ),
    )
}


def quarter_of(day: dt.date) -> Period:
    return Period.quarter(day.year, (day.month - 1) // 3 + 1)


def snap_period(kind: ExportKind, start: dt.date, end: dt.date, explicit: bool = False) -> Period:
    """The period an export covers. Given explicitly, it is kept as is; taken from the
    filters, a quarterly export takes the quarter of the filters' end, a weekly one
    the week (Monday to Sunday) of it."""
    if explicit or kind.period == "filters":
        return Period(start, end)
    if kind.period == "quarter":
        return quarter_of(end)
    return week_of(end)


def default_file_name(kind: ExportKind, period: Period, site: str | None = None) -> str:
    parts = [kind.file_stem]
    if site:
        parts.append(site)
    parts.append(f"{period.start:%Y%m%d}-{period.end:%Y%m%d}")
    return "_".join(parts) + ".xlsx"
