"""The filters of an export in words, for its cover sheet."""

from __future__ import annotations

from bm_desktop.exchange.exports.request import ExportRequest
from bm_desktop.exchange.text import Words


def filter_lines(
    request: ExportRequest, words: Words, sensitive_line: bool = False, all_filters: bool = True
) -> list[tuple[str, str]]:
    """The filters the workbook honours, in words. Registers and trackers follow every
    filter of the Filters dock; the summary reports (``all_filters`` False) count
    whole programmes per region and site, narrowed by minerals only."""
    translate = words.translate
    lines = [
        (
            translate("ExchangeWorkbook", "Region"),
            request.region or translate("ExchangeWorkbook", "all regions"),
        ),
        (
            translate("ExchangeWorkbook", "Site"),
            request.site_code or translate("ExchangeWorkbook", "all sites"),
        ),
    ]
    f = request.filters
    if f is not None and not all_filters:
        if f.minerals:
            lines.append((translate("ExchangeWorkbook", "Minerals"), ", ".join(sorted(f.minerals))))
    elif f is not None:
        extra = [
            (translate("ExchangeWorkbook", "Risk categories"), sorted(f.risk_categories)),
            (translate("ExchangeWorkbook", "Risk areas"), sorted(f.risk_areas)),
            (translate("ExchangeWorkbook", "Severities"), [str(x) for x in sorted(f.severities)]),
            (translate("ExchangeWorkbook", "Minerals"), sorted(f.minerals)),
            (translate("ExchangeWorkbook", "Site statuses"), sorted(f.site_statuses)),
        ]
        if f.provinces:
            extra.insert(0, (translate("ExchangeWorkbook", "Provinces"), sorted(f.provinces)))
        if f.regions and not request.region:
            extra.insert(0, (translate("ExchangeWorkbook", "Regions"), sorted(f.regions)))
        lines += [(label, ", ".join(values)) for label, values in extra if values]
        if f.verified_only:
            lines.append(
                (
                    translate("ExchangeWorkbook", "Incidents"),
                    translate("ExchangeWorkbook", "verified only"),
                )
            )
    if sensitive_line:
        lines.append(
            (
                translate("ExchangeWorkbook", "Sensitive details"),
                translate("ExchangeWorkbook", "included")
                if request.include_sensitive
                else translate("ExchangeWorkbook", "not included"),
            )
        )
    return lines
