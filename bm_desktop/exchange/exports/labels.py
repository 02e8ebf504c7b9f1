"""Shown texts for the stored codes (statuses, sources, kinds ...), in the workbook's language."""

from __future__ import annotations

from bm_desktop.domain.taxonomy import ANNEX2_HEADINGS
from bm_desktop.exchange.text import QT_TRANSLATE_NOOP, Words

_W = "ExchangeWorkbook"

ACTION_STATUS = {
    "recommended": QT_TRANSLATE_NOOP("ExchangeWorkbook", "recommended"),
    "in_progress": QT_TRANSLATE_NOOP("ExchangeWorkbook", "in progress"),
    "implemented": QT_TRANSLATE_NOOP("ExchangeWorkbook", "implemented"),
    "verified": QT_TRANSLATE_NOOP("ExchangeWorkbook", "verified"),
    "cancelled": QT_TRANSLATE_NOOP("ExchangeWorkbook", "cancelled"),
}
VERIFICATION = {
    "reported": QT_TRANSLATE_NOOP("ExchangeWorkbook", "reported (unverified)"),
    "verified": QT_TRANSLATE_NOOP("ExchangeWorkbook", "verified"),
    "rejected": QT_TRANSLATE_NOOP("ExchangeWorkbook", "rejected"),
}
INCIDENT_SOURCE = {
    "monitor": QT_TRANSLATE_NOOP("ExchangeWorkbook", "monitor"),
    "self_monitoring": QT_TRANSLATE_NOOP("ExchangeWorkbook", "cooperative self-monitoring"),
    "government": QT_TRANSLATE_NOOP("ExchangeWorkbook", "government"),
    "other": QT_TRANSLATE_NOOP("ExchangeWorkbook", "other"),
}
ACTION_KIND = {
    "training": QT_TRANSLATE_NOOP("ExchangeWorkbook", "training"),
    "awareness_campaign": QT_TRANSLATE_NOOP("ExchangeWorkbook", "awareness campaign"),
    "infrastructure": QT_TRANSLATE_NOOP("ExchangeWorkbook", "infrastructure"),
    "governance": QT_TRANSLATE_NOOP("ExchangeWorkbook", "governance"),
    "engagement": QT_TRANSLATE_NOOP("ExchangeWorkbook", "engagement"),
    "other": QT_TRANSLATE_NOOP("ExchangeWorkbook", "other"),
}
PRIORITY = {
    "high": QT_TRANSLATE_NOOP("ExchangeWorkbook", "high"),
    "medium": QT_TRANSLATE_NOOP("ExchangeWorkbook", "medium"),
    "low": QT_TRANSLATE_NOOP("ExchangeWorkbook", "low"),
}
SITE_STATUS = {
    "active": QT_TRANSLATE_NOOP("ExchangeWorkbook", "active"),
    "inactive": QT_TRANSLATE_NOOP("ExchangeWorkbook", "inactive"),
    "suspended": QT_TRANSLATE_NOOP("ExchangeWorkbook", "suspended"),
}
RISK_STATUS = {
    "open": QT_TRANSLATE_NOOP("ExchangeWorkbook", "open"),
    "mitigated": QT_TRANSLATE_NOOP("ExchangeWorkbook", "mitigated"),
    "closed": QT_TRANSLATE_NOOP("ExchangeWorkbook", "closed"),
}
SEVERITY = {
    1: QT_TRANSLATE_NOOP("ExchangeWorkbook", "1 low"),
    2: QT_TRANSLATE_NOOP("ExchangeWorkbook", "2 medium"),
    3: QT_TRANSLATE_NOOP("ExchangeWorkbook", "3 high"),
    4: QT_TRANSLATE_NOOP("ExchangeWorkbook", "4 critical"),
}
SUPPLY_CHAIN = {
    "3T": QT_TRANSLATE_NOOP("ExchangeWorkbook", "3T (tin, tantalum, tungsten)"),
    "gold": QT_TRANSLATE_NOOP("ExchangeWorkbook", "Gold"),
    "cobalt_copper": QT_TRANSLATE_NOOP("ExchangeWorkbook", "Cobalt / copper"),
}


def label(table: dict, code: object, words: Words) -> str:
    """The translated label of a code, or the code itself if it has none."""
    text = table.get(code)
    return words.workbook(text) if text else ("" if code is None else str(code))


def labels(table: dict, words: Words) -> dict:
    return {code: words.workbook(text) for code, text in table.items()}


def annex2(code: str | None, words: Words) -> str:
    if not code or code not in ANNEX2_HEADINGS:
        return ""
    en, fr = ANNEX2_HEADINGS[code]
    return words.name(en, fr)


def percent_text(value: float | None, words: Words) -> str:
    """A share as a whole percentage in the workbook's language ("81%", "81 %")."""
    if value is None:
        return "n/a"
    shown = int(value * 100 + 0.5)
    return f"{shown}\u202f%" if words.lang == "fr" else f"{shown}%"
