"""All the grouped figures of a period (and the one before) in one object, so each
workbook adds up the groups it shows: a site, a province, a region, a risk
category, an Annex II heading, a supply chain."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bm_desktop.domain.kpi import CHILD_LABOUR_AREA_CODES, WFCL_AREA_CODE, Period, Scope
from bm_desktop.exchange.exports import grouped as g

SitePredicate = Callable[[g.SiteInfo], bool]
AreaPredicate = Callable[[uuid.UUID], bool]


def site_is(attr: str, value: object) -> SitePredicate:
    """Sites whose ``attr`` is ``value`` (bound now: safe to keep from inside a loop)."""
    return lambda info: bool(getattr(info, attr) == value)


def area_in(category_of: dict[uuid.UUID, uuid.UUID], category: uuid.UUID) -> AreaPredicate:
    """Risk areas of ``category`` (``category_of``: area id -> category id)."""
    return lambda area: category_of.get(area) == category


@dataclass
class PeriodFigures:
    period: Period
    before: Period
    sites: dict[uuid.UUID, g.SiteInfo]
    taxonomy: g.Taxonomy
    incidents: Counter[g.Key]
    incidents_before: Counter[g.Key]
    statuses: dict[g.Key, Counter[str]]
    statuses_before: dict[g.Key, Counter[str]]
    recommended_in: Counter[g.Key]
    meetings: Counter[uuid.UUID]
    meetings_before: Counter[uuid.UUID]
    overdue: Counter[str]

    def tally(
        self, site: SitePredicate | None = None, area: AreaPredicate | None = None
    ) -> g.Tally:
        """Figures over the sites and risk areas the predicates accept."""
        t = g.Tally()
        ok_sites = {i for i, info in self.sites.items() if site is None or site(info)}
        codes = self.taxonomy.area_code

        def ok(key: g.Key) -> bool:
            return key[0] in ok_sites and (area is None or area(key[1]))

        for key, n in self.incidents.items():
            if ok(key):
                t.incidents += n
                if codes.get(key[1]) in CHILD_LABOUR_AREA_CODES:
                    t.child_labour += n
                if codes.get(key[1]) == WFCL_AREA_CODE:
                    t.wfcl += n
        t.incidents_before = sum(n for key, n in self.incidents_before.items() if ok(key))
        for key, counts in self.statuses.items():
            if ok(key):
                t.statuses.update(counts)
        for key, counts in self.statuses_before.items():
            if ok(key):
                t.statuses_before.update(counts)
        t.recommended_in_period = sum(n for key, n in self.recommended_in.items() if ok(key))
        if area is None:
            t.meetings = sum(n for sid, n in self.meetings.items() if sid in ok_sites)
            ok_codes = {self.sites[i].code for i in ok_sites}
            t.overdue = sum(n for code, n in self.overdue.items() if code in ok_codes)
        return t


def load_figures(
    s: Session, period: Period, scope: Scope, before: Period | None = None
) -> PeriodFigures:
    """Every grouped figure of ``period`` and of the period before it (actions as of
    each period's end)."""
    before = before or g.previous_period(period)
    return PeriodFigures(
        period=period,
        before=before,
        sites=g.sites_in_scope(s, scope),
        taxonomy=g.Taxonomy.load(s),
        incidents=g.incidents_by_site_area(s, period, scope),
        incidents_before=g.incidents_by_site_area(s, before, scope),
        statuses=g.action_statuses(s, period.end, scope),
        statuses_before=g.action_statuses(s, before.end, scope),
        recommended_in=g.actions_recommended_in(s, period, scope),
        meetings=g.meetings_held(s, period, scope),
        meetings_before=g.meetings_held(s, before, scope),
        overdue=g.overdue_by_site(s, period.end, scope),
    )
