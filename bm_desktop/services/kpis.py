"""The programme's key figures, for any period and any selection of sites or regions.

Dashboards, exports, the map and ``bm-desktop stats`` all call these functions,
so a figure means the same everywhere. The counting rules (rejected incidents
never count, unverified ones do, cancelled actions stay in the denominator,
status as of a date from the latest progress update ...) are documented in
:mod:`bm_desktop.domain.kpi`. Every function opens its own read-only session and
returns plain dataclasses.

Selections are :class:`~bm_desktop.domain.kpi.Scope` values (regions by name,
sites by id or code, minerals by code); ``EVERYWHERE`` is the whole programme.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from bm_desktop.db import kpi_queries as q
from bm_desktop.db.engine import Database
from bm_desktop.db.models import ProgrammeRegion, RiskArea, RiskCategory, Site
from bm_desktop.domain.errors import NotFoundError
from bm_desktop.domain.kpi import (
    CHILD_LABOUR_AREA_CODES,
    EVERYWHERE,
    WFCL_AREA_CODE,
    ChildLabourFigures,
    ImplementationRate,
    Period,
    PeriodChange,
    Scope,
)
from bm_desktop.domain.local_format import place_name


@dataclass(frozen=True)
class Count:
    """One bar of a chart: a risk area, category, site, region or month and its count."""

    key: str  # risk area / category code, site code, region name or "YYYY-MM"
    name_en: str
    name_fr: str
    count: int
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class GroupRate:
    """The implementation rate of one group (region, site, risk category, area or kind)."""

    key: str
    name_en: str
    name_fr: str
    figures: ImplementationRate
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class KindFigures:
    """Actions of one kind recommended by a date, implementing and delivered by then."""

    kind: str
    recommended: int
    implementing: int  # in progress, implemented or verified
    delivered: int  # implemented or verified


@dataclass(frozen=True)
class OverdueAction:
    id: uuid.UUID
    site_code: str
    site_name: str
    risk_area_code: str
    risk_area_en: str
    risk_area_fr: str
    kind: str
    description: str
    stakeholder: str | None
    recommended_on: dt.date
    due_on: dt.date
    priority: str
    status: str  # status as of the date asked for
    days_overdue: int


@dataclass(frozen=True)
class ProgrammeFigures:
    """The headline figures of a period (those of the annual Step 5 report)."""

    period: Period
    scope: Scope
    incidents: int
    risk_areas_with_incidents: int
    actions: ImplementationRate  # recommended since the start, as of the period's end
    child_labour: ChildLabourFigures
    meetings_held: int  # CAP meetings held since the start, by the period's end
    sites: int
    active_sites: int  # active on at least one day of the period

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly form (what ``bm-desktop stats --json`` prints)."""
        cl = self.child_labour
        return {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "regions": sorted(self.scope.regions),
            "incidents": self.incidents,
            "risk_areas_with_incidents": self.risk_areas_with_incidents,
            "actions_recommended": self.actions.recommended,
            "actions_implemented_or_in_progress": self.actions.implementing,
            "actions_cancelled": self.actions.cancelled,
            "implementation_rate": self.actions.rate,
            "implementation_rate_percent": self.actions.percent,
            "child_labour_incidents": cl.incidents,
            "wfcl_incidents": cl.wfcl_incidents,
            "wfcl_share": cl.wfcl_share,
            "child_labour_actions": cl.actions.recommended,
            "child_labour_actions_implemented_or_in_progress": cl.actions.implementing,
            "child_labour_implementation_rate": cl.actions.rate,
            "meetings_held": self.meetings_held,
            "sites": self.sites,
            "active_sites": self.active_sites,
        }


# --- selections ------------------------------------------------------------------------


def region_names(db: Database) -> list[str]:
    """The programme regions, alphabetically."""
    with db.sessions() as s:
        return sorted(
            s.scalars(select(ProgrammeRegion.name).where(ProgrammeRegion.deleted.is_(False)))
        )


def resolve_region(db: Database, name: str) -> str:
    """The stored name of a region typed by a user (any case); NotFoundError lists valid ones."""
    valid = region_names(db)
    for candidate in valid:
        if candidate.casefold() == name.strip().casefold():
            return candidate
    raise NotFoundError(
        "Unknown region '{region}'. Valid regions: {valid}.", region=name, valid=list(valid)
    )


# --- incidents -------------------------------------------------------------------------


def incidents_total(
    db: Database,
    period: Period,
    scope: Scope = EVERYWHERE,
    risk_area_codes: tuple[str, ...] | None = None,
) -> int:
    """Incidents recorded (not rejected) that occurred in the period."""
    with db.sessions() as s:
        return q.count_incidents(s, period, scope, risk_area_codes)


def _taxonomy_counts(
    db: Database, model: Any, by: str, period: Period, scope: Scope
) -> list[Count]:
    with db.sessions() as s:
        counts = q.incident_counts_by(s, by, period, scope)
        labels = q.names(s, model)
    ordered = sorted(labels.items(), key=lambda item: (item[1][3], item[1][0]))
    return [Count(code, en, fr, counts.get(id_, 0), id_) for id_, (code, en, fr, _) in ordered]


def incidents_by_risk_category(
    db: Database, period: Period, scope: Scope = EVERYWHERE
) -> list[Count]:
    """Every risk category (zeros included), in the taxonomy's order."""
    return _taxonomy_counts(db, RiskCategory, "risk_category", period, scope)


def incidents_by_risk_area(db: Database, period: Period, scope: Scope = EVERYWHERE) -> list[Count]:
    """Every risk area (zeros included), in the taxonomy's order."""
    return _taxonomy_counts(db, RiskArea, "risk_area", period, scope)


def incidents_by_site(
    db: Database,
    period: Period,
    scope: Scope = EVERYWHERE,
    risk_area_codes: tuple[str, ...] | None = None,
) -> list[Count]:
    """Sites with at least one incident in the period, most incidents first."""
    with db.sessions() as s:
        counts = q.incident_counts_by(s, "site", period, scope, risk_area_codes)
        sites = {
            i: (c, n)
            for i, c, n in s.execute(
                select(Site.id, Site.code, Site.name).where(Site.id.in_(list(counts)))
            )
        }
    rows = [Count(sites[i][0], sites[i][1], sites[i][1], n, i) for i, n in counts.items()]
    return sorted(rows, key=lambda c: (-c.count, c.key))


def incidents_by_region(db: Database, period: Period, scope: Scope = EVERYWHERE) -> list[Count]:
    """Regions with at least one incident in the period, by name."""
    with db.sessions() as s:
        counts = q.incident_counts_by(s, "region", period, scope)
        regions = dict(s.execute(select(ProgrammeRegion.id, ProgrammeRegion.name)).all())
    return sorted(
        (Count(regions[i], regions[i], regions[i], n, i) for i, n in counts.items()),
        key=lambda c: c.key,
    )


def incidents_by_month(
    db: Database,
    period: Period,
    scope: Scope = EVERYWHERE,
    risk_area_codes: tuple[str, ...] | None = None,
) -> list[Count]:
    """One entry per month the period touches (``YYYY-MM``), zeros included."""
    with db.sessions() as s:
        per_day = q.incident_counts_by(s, "day", period, scope, risk_area_codes)
    months = dict.fromkeys(period.month_keys(), 0)
    for day, n in per_day.items():
        months[f"{day.year:04d}-{day.month:02d}"] += n
    return [Count(k, k, k, n) for k, n in months.items()]


def incident_change(
    db: Database,
    before: Period,
    after: Period,
    scope: Scope = EVERYWHERE,
    risk_area_codes: tuple[str, ...] | None = None,
) -> PeriodChange:
    """Incidents in two periods, e.g. a site's child-labour incidents quarter over quarter."""
    with db.sessions() as s:
        return PeriodChange(
            q.count_incidents(s, before, scope, risk_area_codes),
            q.count_incidents(s, after, scope, risk_area_codes),
        )


# --- corrective actions ----------------------------------------------------------------


def implementation_rate(
    db: Database,
    as_of: dt.date,
    scope: Scope = EVERYWHERE,
    risk_area_codes: tuple[str, ...] | None = None,
) -> ImplementationRate:
    """Actions recommended by ``as_of`` (since the start) and those implementing then."""
    with db.sessions() as s:
        counts = q.implementation_counts(s, as_of, scope, None, risk_area_codes)
    return ImplementationRate(*counts.get(None, (0, 0, 0)))


def implementation_rates(
    db: Database, as_of: dt.date, by: str, scope: Scope = EVERYWHERE
) -> list[GroupRate]:
    """The rate per ``region``, ``site``, ``risk_category``, ``risk_area`` or ``kind``.

    Only groups with at least one action recommended by the date are listed.
    """
    with db.sessions() as s:
        counts = q.implementation_counts(s, as_of, scope, by)
        if by == "region":
            labels = {
                i: (n, n, place_name(n, "fr"))
                for i, n in s.execute(select(ProgrammeRegion.id, ProgrammeRegion.name))
            }
        elif by == "site":
            labels = {
                i: (c, n, n)
                for i, c, n in s.execute(
                    select(Site.id, Site.code, Site.name).where(Site.id.in_(list(counts)))
                )
            }
        elif by in ("risk_category", "risk_area"):
            model = RiskCategory if by == "risk_category" else RiskArea
            labels = {i: v[:3] for i, v in q.names(s, model).items()}
        else:
            labels = {k: (k, k, k) for k in counts}
    rows = []
    for key, figures in counts.items():
        code, en, fr = labels.get(key, (str(key), str(key), str(key)))
        rows.append(
            GroupRate(
                code,
                en,
                fr,
                ImplementationRate(*figures),
                key if isinstance(key, uuid.UUID) else None,
            )
        )
    return sorted(rows, key=lambda r: r.key)


def actions_by_kind(db: Database, as_of: dt.date, scope: Scope = EVERYWHERE) -> list[KindFigures]:
    """Per kind (training, awareness campaign ...): recommended, implementing, delivered."""
    with db.sessions() as s:
        counts = q.status_counts(s, as_of, scope)
    kinds: dict[str, list[int]] = {}
    for (kind, status), n in counts.items():
        row = kinds.setdefault(kind, [0, 0, 0])
        row[0] += n
        if status in ("in_progress", "implemented", "verified"):
            row[1] += n
        if status in ("implemented", "verified"):
            row[2] += n
    return [KindFigures(k, *v) for k, v in sorted(kinds.items())]


def overdue_actions(
    db: Database,
    as_of: dt.date,
    scope: Scope = EVERYWHERE,
    risk_area_codes: tuple[str, ...] | None = None,
) -> list[OverdueAction]:
    """Actions overdue as of a date (due date passed, not implemented/verified/cancelled)."""
    with db.sessions() as s:
        rows = q.overdue_rows(s, as_of, scope, risk_area_codes)
    return [
        OverdueAction(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            (as_of - r[10]).days,
        )
        for r in rows
    ]


# --- child labour, meetings, sites, headline ------------------------------------------


def child_labour_figures(
    db: Database, period: Period, scope: Scope = EVERYWHERE
) -> ChildLabourFigures:
    """Child-labour and WFCL incidents in the period; child-labour actions by its end."""
    with db.sessions() as s:
        return _child_labour(s, period, scope)


def _child_labour(s: Any, period: Period, scope: Scope) -> ChildLabourFigures:
    incidents = q.count_incidents(s, period, scope, CHILD_LABOUR_AREA_CODES)
    wfcl = q.count_incidents(s, period, scope, (WFCL_AREA_CODE,))
    counts = q.implementation_counts(s, period.end, scope, None, CHILD_LABOUR_AREA_CODES)
    return ChildLabourFigures(incidents, wfcl, ImplementationRate(*counts.get(None, (0, 0, 0))))


def meetings_held(
    db: Database, until: dt.date, scope: Scope = EVERYWHERE, since: dt.date | None = None
) -> int:
    """CAP meetings held on or before ``until`` (and on or after ``since`` if given)."""
    with db.sessions() as s:
        return q.count_meetings_held(s, until, scope, since)


def active_site_count(db: Database, period: Period, scope: Scope = EVERYWHERE) -> int:
    """Sites active on at least one day of the period (suspended for part of it included)."""
    with db.sessions() as s:
        return len(q.active_site_ids(s, period, scope))


def active_sites_by_region(db: Database, period: Period, scope: Scope = EVERYWHERE) -> list[Count]:
    """Active sites per region (regions without any active site listed with zero)."""
    with db.sessions() as s:
        active = q.active_site_ids(s, period, scope)
        regions = dict(
            s.execute(
                select(ProgrammeRegion.id, ProgrammeRegion.name).where(
                    ProgrammeRegion.deleted.is_(False)
                )
            ).all()
        )
        per_region = dict.fromkeys(regions, 0)
        for (region_id,) in s.execute(select(Site.region_id).where(Site.id.in_(list(active)))):
            per_region[region_id] += 1
    return sorted(
        (Count(regions[i], regions[i], regions[i], n, i) for i, n in per_region.items()),
        key=lambda c: c.key,
    )


def programme_figures(db: Database, period: Period, scope: Scope = EVERYWHERE) -> ProgrammeFigures:
    """The headline figures of a period, all computed in one read transaction.

    Incidents and actions are each read once, grouped by risk area; the
    child-labour figures are the sums over the child-labour areas.
    """
    with db.sessions() as s:
        codes = {id_: v[0] for id_, v in q.names(s, RiskArea).items()}
        areas = q.incident_counts_by(s, "risk_area", period, scope)
        actions = q.implementation_counts(s, period.end, scope, "risk_area")
        sites = s.scalar(select(func.count()).select_from(q.scoped_site_ids(scope).subquery()))
        meetings = q.count_meetings_held(s, period.end, scope)
        active = len(q.active_site_ids(s, period, scope))

    def in_areas(counts: dict[Any, int], wanted: tuple[str, ...] | None) -> int:
        return sum(n for k, n in counts.items() if wanted is None or codes.get(k) in wanted)

    def rate_in(wanted: tuple[str, ...] | None) -> ImplementationRate:
        rows = [v for k, v in actions.items() if wanted is None or codes.get(k) in wanted]
        return (
            ImplementationRate(*(sum(col) for col in zip(*rows, strict=True)))
            if rows
            else ImplementationRate(0, 0, 0)
        )

    return ProgrammeFigures(
        period=period,
        scope=scope,
        incidents=in_areas(areas, None),
        risk_areas_with_incidents=sum(1 for n in areas.values() if n),
        actions=rate_in(None),
        child_labour=ChildLabourFigures(
            in_areas(areas, CHILD_LABOUR_AREA_CODES),
            in_areas(areas, (WFCL_AREA_CODE,)),
            rate_in(CHILD_LABOUR_AREA_CODES),
        ),
        meetings_held=meetings,
        sites=int(sites or 0),
        active_sites=active,
    )
