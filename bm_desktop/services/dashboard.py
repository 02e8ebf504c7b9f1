"""The dashboard's figures for the global filters, all from :mod:`bm_desktop.services.kpis`
(so they equal ``bm-desktop stats`` for the same period and regions).

Filters map onto the KPI selection: the period becomes the :class:`Period`;
regions, minerals, site statuses, severities and "verified only" become the
:class:`Scope` (site statuses restrict the sites of every figure, severities and
verification the incidents); chosen risk categories and areas restrict the
per-category and per-month series. Actions are counted as of the period's
end (the rate is cumulative since the programme started).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from bm_desktop.db.engine import Database
from bm_desktop.db.models import RiskArea, RiskCategory
from bm_desktop.domain.filters import FilterState
from bm_desktop.domain.kpi import CHILD_LABOUR_AREA_CODES, Period, PeriodChange, Scope
from bm_desktop.services import kpis
from bm_desktop.services.kpis import GroupRate, KindFigures, OverdueAction, ProgrammeFigures

TARGET_RATE = 0.80


@dataclass(frozen=True)
class CategorySeries:
    code: str
    name_en: str
    name_fr: str
    monthly: tuple[int, ...]  # one count per month of ``months``


@dataclass(frozen=True)
class SiteQuarters:
    """Child-labour incidents of one site, per quarter of the period."""

    site_code: str
    site_name: str
    counts: tuple[int, ...]  # one per quarter of ``quarters``

    @property
    def biggest_drop(self) -> tuple[int, PeriodChange] | None:
        """(index of the later quarter, change) of the largest fall between two quarters."""
        best = None
        for i in range(1, len(self.counts)):
            change = PeriodChange(self.counts[i - 1], self.counts[i])
            if change.difference < 0 and (best is None or change.difference < best[1].difference):
                best = (i, change)
        return best


@dataclass(frozen=True)
class DashboardFigures:
    period: Period
    headline: ProgrammeFigures
    rate_by_region: tuple[GroupRate, ...]
    rate_by_site: tuple[GroupRate, ...]
    rate_by_category: tuple[GroupRate, ...]
    overdue: tuple[OverdueAction, ...]
    months: tuple[str, ...]
    incidents_by_month: tuple[CategorySeries, ...]
    quarters: tuple[str, ...]
    child_labour_by_site: tuple[SiteQuarters, ...]  # sites with child labour, most first
    actions_by_kind: tuple[KindFigures, ...]


def filter_selection(filters: FilterState) -> tuple[Period, Scope]:
    """The KPI period and selection of the global filters (defaults: the whole programme)."""
    return (
        Period(filters.start, filters.end),
        Scope(
            regions=frozenset(filters.regions),
            provinces=frozenset(filters.provinces),
            minerals=frozenset(filters.minerals),
            site_statuses=frozenset(filters.site_statuses),
            severities=frozenset(filters.severities),
            verified_only=filters.verified_only,
        ),
    )


def quarters_of(period: Period) -> list[Period]:
    """The calendar quarters the period touches, clipped to it."""
    out: list[Period] = []
    year, q = period.start.year, (period.start.month - 1) // 3 + 1
    while True:
        quarter = Period.quarter(year, q)
        if quarter.start > period.end:
            return out
        out.append(Period(max(quarter.start, period.start), min(quarter.end, period.end)))
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)


def quarter_label(p: Period) -> str:
    return f"{p.start.year} Q{(p.start.month - 1) // 3 + 1}"


def _categories(db: Database, filters: FilterState) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(code, English, French, area codes) of the categories the filters keep."""
    with db.sessions() as s:
        cats = s.execute(
            select(RiskCategory.id, RiskCategory.code, RiskCategory.name_en, RiskCategory.name_fr)
            .where(RiskCategory.deleted.is_(False))
            .order_by(RiskCategory.sort_order)
        ).all()
        areas = s.execute(
            select(RiskArea.category_id, RiskArea.code).where(RiskArea.deleted.is_(False))
        ).all()
    out = []
    for cid, code, en, fr in cats:
        if filters.risk_categories and code not in filters.risk_categories:
            continue
        codes = tuple(
            a for c, a in areas if c == cid and (not filters.risk_areas or a in filters.risk_areas)
        )
        if codes:
            out.append((code, en, fr, codes))
    return out


def dashboard_figures(
    db: Database, filters: FilterState, child_labour_sites: int = 8
) -> DashboardFigures:
    """Every figure of the dashboard for the filters (several read transactions)."""
    period, scope = filter_selection(filters)
    as_of = period.end
    categories = _categories(db, filters)
    months = period.month_keys()
    series = []
    for code, en, fr, area_codes in categories:
        counts = kpis.incidents_by_month(db, period, scope, area_codes)
        series.append(CategorySeries(code, en, fr, tuple(c.count for c in counts)))
    kept = {c[0] for c in categories}
    by_category = tuple(
        r for r in kpis.implementation_rates(db, as_of, "risk_category", scope) if r.key in kept
    )
    quarters = quarters_of(period)
    per_site: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for qi, quarter in enumerate(quarters):
        for count in kpis.incidents_by_site(db, quarter, scope, CHILD_LABOUR_AREA_CODES):
            per_site.setdefault(count.key, [0] * len(quarters))[qi] = count.count
            names[count.key] = count.name_en
    ranked = sorted(per_site.items(), key=lambda kv: (-max(kv[1]), kv[0]))[:child_labour_sites]
    return DashboardFigures(
        period=period,
        headline=kpis.programme_figures(db, period, scope),
        rate_by_region=tuple(kpis.implementation_rates(db, as_of, "region", scope)),
        rate_by_site=tuple(kpis.implementation_rates(db, as_of, "site", scope)),
        rate_by_category=by_category,
        overdue=tuple(kpis.overdue_actions(db, as_of, scope)),
        months=tuple(months),
        incidents_by_month=tuple(series),
        quarters=tuple(quarter_label(q) for q in quarters),
        child_labour_by_site=tuple(
            SiteQuarters(code, names[code], tuple(counts)) for code, counts in ranked
        ),
        actions_by_kind=tuple(kpis.actions_by_kind(db, as_of, scope)),
    )
