"""The filters of an export in words, for its cover sheet."""

from __future__ import annotations

from bm_desktop.exchange.exports.request import ExportRequest
from bm_desktop.exchange.text import Words


def filter_lines(request: ExportRequest, words: Words,
                 sensitive_line: bool = False) -> list[tuple[str, str]]:
    tr = words.translate
    lines = [
        (tr("ExchangeWorkbook", "Region"),
         request.region or tr("ExchangeWorkbook", "all regions")),
        (tr("ExchangeWorkbook", "Site"),
         request.site_code or tr("ExchangeWorkbook", "all sites")),
    ]
    f = request.filters
    if f is not None:
        extra = [
            (tr("ExchangeWorkbook", "Risk categories"), sorted(f.risk_categories)),
            (tr("ExchangeWorkbook", "Risk areas"), sorted(f.risk_areas)),
            (tr("ExchangeWorkbook", "Severities"), [str(x) for x in sorted(f.severities)]),
            (tr("ExchangeWorkbook", "Minerals"), sorted(f.minerals)),
            (tr("ExchangeWorkbook", "Site statuses"), sorted(f.site_statuses)),
        ]
        if f.regions and not request.region:
            extra.insert(0, (tr("ExchangeWorkbook", "Regions"), sorted(f.regions)))
        lines += [(label, ", ".join(values)) for label, values in extra if values]
        if f.verified_only:
            lines.append((tr("ExchangeWorkbook", "Incidents"),
                          tr("ExchangeWorkbook", "verified only")))
    if sensitive_line:
        lines.append((tr("ExchangeWorkbook", "Sensitive details"),
                      tr("ExchangeWorkbook", "included") if request.include_sensitive
                      else tr("ExchangeWorkbook", "not included")))
    return lines
