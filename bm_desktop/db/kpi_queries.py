"""Grouped SQL queries behind the key figures (see :mod:`bm_desktop.domain.kpi` for the rules).

Each function works inside the caller's session and returns plain tuples or
dicts; :mod:`bm_desktop.services.kpis` turns them into dataclasses. Every query
is one grouped ``SELECT`` so the figures stay fast on programmes many times the
sample's size. The status of each action as of a date comes from a window
function over its progress updates (latest ``on``, then ``seq``, then
``updated_at``), which SQLite (3.25+) and PostgreSQL both run.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, select
from sqlalchemy.orm import Session

from bm_desktop.db.models import (
    ActionProgress,
    CapMeeting,
    CorrectiveAction,
    Incident,
    Mineral,
    ProgrammeRegion,
    Province,
    RiskArea,
    RiskCategory,
    Site,
    SiteMineral,
    SiteStatusChange,
    Stakeholder,
)
from bm_desktop.domain.enums import ActionStatus, MeetingStatus, SiteStatus
from bm_desktop.domain.kpi import (
    CLOSED_STATUSES,
    IMPLEMENTING_STATUSES,
    Period,
    Scope,
)

INCIDENT_GROUPS = ("risk_category", "risk_area", "site", "region", "day")
ACTION_GROUPS = (None, "region", "site", "risk_category", "risk_area", "kind")


def scope_conditions(scope: Scope) -> list[ColumnElement]:
    """WHERE clauses on :class:`Site` for the (not deleted) sites a scope covers.

    Queries join ``sites`` and add these, rather than ``site_id IN (subquery)``:
    the join lets SQLite walk the date index of the table being counted.
    """
    conditions: list[ColumnElement] = [Site.deleted.is_(False)]
    if scope.regions:
        conditions.append(
            Site.region_id.in_(
                select(ProgrammeRegion.id).where(ProgrammeRegion.name.in_(sorted(scope.regions)))
            )
        )
    if scope.provinces:
        conditions.append(
            Site.province_id.in_(
                select(Province.id).where(Province.name.in_(sorted(scope.provinces)))
            )
        )
    if scope.site_ids:
        conditions.append(Site.id.in_(sorted(scope.site_ids)))
    if scope.site_codes:
        conditions.append(Site.code.in_(sorted(scope.site_codes)))
    if scope.minerals:
        conditions.append(
            Site.id.in_(
                select(SiteMineral.site_id)
                .join(Mineral, Mineral.id == SiteMineral.mineral_id)
                .where(SiteMineral.deleted.is_(False), Mineral.code.in_(sorted(scope.minerals)))
            )
        )
    if scope.site_statuses:
        conditions.append(Site.status.in_(sorted(scope.site_statuses)))
    return conditions


def scoped_site_ids(scope: Scope) -> Select[uuid.UUID]:
    """The ids of the sites a scope covers, as a sub-select."""
    return select(Site.id).where(*scope_conditions(scope))


def _area_condition(column: Any, risk_area_codes: Sequence[str] | None) -> list[ColumnElement]:
    if risk_area_codes is None:
        return []
    return [column.in_(select(RiskArea.id).where(RiskArea.code.in_(sorted(risk_area_codes))))]


# --- incidents -------------------------------------------------------------------------


def incident_conditions(
    period: Period, scope: Scope, risk_area_codes: Sequence[str] | None = None
) -> list[ColumnElement]:
    """WHERE clauses for the incidents that count in a period (rejected and deleted never do).

    The scope's severities and ``verified_only`` narrow the incidents further.
    The statement must join :class:`Site` on ``Incident.site_id``.
    """
    conditions = [
        Incident.deleted.is_(False),
        Incident.verification.in_(scope.incident_verifications),
        Incident.occurred_on >= period.start,
        Incident.occurred_on <= period.end,
        *scope_conditions(scope),
        *_area_condition(Incident.risk_area_id, risk_area_codes),
    ]
    if scope.severities:
        conditions.append(Incident.severity.in_(sorted(scope.severities)))
    return conditions


def count_incidents(
    session: Session, period: Period, scope: Scope, risk_area_codes: Sequence[str] | None = None
) -> int:
    stmt = (
        select(func.count(Incident.id))
        .join(Site, Site.id == Incident.site_id)
        .where(and_(*incident_conditions(period, scope, risk_area_codes)))
    )
    return int(session.scalar(stmt) or 0)


def incident_counts_by(
    session: Session,
    by: str,
    period: Period,
    scope: Scope,
    risk_area_codes: Sequence[str] | None = None,
) -> dict[Any, int]:
    """Counted incidents grouped by risk category / risk area / site / region (ids) or day."""
    if by not in INCIDENT_GROUPS:
        raise ValueError(f"cannot group incidents by {by!r}; use one of {INCIDENT_GROUPS}")
    key: Any
    stmt = select().join_from(Incident, Site, Site.id == Incident.site_id)
    if by == "risk_area":
        key = Incident.risk_area_id
    elif by == "risk_category":
        key = RiskArea.category_id
        stmt = stmt.join(RiskArea, RiskArea.id == Incident.risk_area_id)
    elif by == "site":
        key = Incident.site_id
    elif by == "region":
        key = Site.region_id
    else:
        key = Incident.occurred_on
    stmt = (
        stmt.add_columns(key, func.count(Incident.id))
        .where(and_(*incident_conditions(period, scope, risk_area_codes)))
        .group_by(key)
    )
    return {k: int(n) for k, n in session.execute(stmt)}


# --- corrective actions ----------------------------------------------------------------


def latest_status_subquery(as_of: dt.date) -> Any:
    """(action_id, status) of each action's latest progress update dated on or before ``as_of``."""
    ranked = (
        select(
            ActionProgress.action_id,
            ActionProgress.status,
            func.row_number()
            .over(
                partition_by=ActionProgress.action_id,
                order_by=(
                    ActionProgress.on.desc(),
                    ActionProgress.seq.desc(),
                    ActionProgress.updated_at.desc(),
                ),
            )
            .label("rn"),
        )
        .where(ActionProgress.deleted.is_(False), ActionProgress.on <= as_of)
        .subquery("ranked_progress")
    )
    return (
        select(ranked.c.action_id, ranked.c.status)
        .where(ranked.c.rn == 1)
        .subquery("latest_progress")
    )


def _action_base(as_of: dt.date, scope: Scope, risk_area_codes: Sequence[str] | None):
    latest = latest_status_subquery(as_of)
    status = func.coalesce(latest.c.status, literal(ActionStatus.RECOMMENDED.value))
    conditions = [
        CorrectiveAction.deleted.is_(False),
        CorrectiveAction.recommended_on <= as_of,
        *scope_conditions(scope),
        *_area_condition(CorrectiveAction.risk_area_id, risk_area_codes),
    ]
    return latest, status, conditions


def implementation_counts(
    session: Session,
    as_of: dt.date,
    scope: Scope,
    by: str | None = None,
    risk_area_codes: Sequence[str] | None = None,
) -> dict[Any, tuple[int, int, int]]:
    """(recommended, implementing, cancelled) as of a date, per group key (None: overall).

    Groups: region id, site id, risk category id, risk area id or action kind.
    """
    if by not in ACTION_GROUPS:
        raise ValueError(f"cannot group actions by {by!r}; use one of {ACTION_GROUPS}")
    latest, status, conditions = _action_base(as_of, scope, risk_area_codes)
    stmt = (
        select()
        .select_from(CorrectiveAction)
        .join(Site, Site.id == CorrectiveAction.site_id)
        .outerjoin(latest, latest.c.action_id == CorrectiveAction.id)
    )
    key: Any
    if by == "region":
        key = Site.region_id
    elif by == "site":
        key = CorrectiveAction.site_id
    elif by == "risk_category":
        stmt = stmt.join(RiskArea, RiskArea.id == CorrectiveAction.risk_area_id)
        key = RiskArea.category_id
    elif by == "risk_area":
        key = CorrectiveAction.risk_area_id
    elif by == "kind":
        key = CorrectiveAction.kind
    else:
        key = literal(None)
    stmt = stmt.add_columns(
        key,
        func.count(CorrectiveAction.id),
        func.sum(case((status.in_(IMPLEMENTING_STATUSES), 1), else_=0)),
        func.sum(case((status == ActionStatus.CANCELLED.value, 1), else_=0)),
    ).where(and_(*conditions))
    if by is not None:
        stmt = stmt.group_by(key)
    result = {}
    for k, recommended, implementing, cancelled in session.execute(stmt):
        if recommended:
            result[k] = (int(recommended), int(implementing or 0), int(cancelled or 0))
    return result


def status_counts(
    session: Session, as_of: dt.date, scope: Scope, risk_area_codes: Sequence[str] | None = None
) -> dict[tuple[str, str], int]:
    """Actions recommended by a date per (kind, status as of the date)."""
    latest, status, conditions = _action_base(as_of, scope, risk_area_codes)
    stmt = (
        select(CorrectiveAction.kind, status, func.count(CorrectiveAction.id))
        .select_from(CorrectiveAction)
        .join(Site, Site.id == CorrectiveAction.site_id)
        .outerjoin(latest, latest.c.action_id == CorrectiveAction.id)
        .where(and_(*conditions))
        .group_by(CorrectiveAction.kind, status)
    )
    return {(kind, st): int(n) for kind, st, n in session.execute(stmt)}


def overdue_rows(
    session: Session, as_of: dt.date, scope: Scope, risk_area_codes: Sequence[str] | None = None
) -> list[Any]:
    """Actions overdue as of a date, oldest due date first, with site, area and stakeholder."""
    latest, status, conditions = _action_base(as_of, scope, risk_area_codes)
    stmt = (
        select(
            CorrectiveAction.id,
            Site.code,
            Site.name,
            RiskArea.code,
            RiskArea.name_en,
            RiskArea.name_fr,
            CorrectiveAction.kind,
            CorrectiveAction.description,
            Stakeholder.name,
            CorrectiveAction.recommended_on,
            CorrectiveAction.due_on,
            CorrectiveAction.priority,
            status.label("status"),
        )
        .select_from(CorrectiveAction)
        .outerjoin(latest, latest.c.action_id == CorrectiveAction.id)
        .join(Site, Site.id == CorrectiveAction.site_id)
        .join(RiskArea, RiskArea.id == CorrectiveAction.risk_area_id)
        .outerjoin(Stakeholder, Stakeholder.id == CorrectiveAction.stakeholder_id)
        .where(and_(*conditions), CorrectiveAction.due_on < as_of, status.not_in(CLOSED_STATUSES))
        .order_by(CorrectiveAction.due_on, Site.code, CorrectiveAction.id)
    )
    return list(session.execute(stmt))


# --- meetings and sites ----------------------------------------------------------------


def count_meetings_held(
    session: Session, until: dt.date, scope: Scope, since: dt.date | None = None
) -> int:
    stmt = (
        select(func.count(CapMeeting.id))
        .join(Site, Site.id == CapMeeting.site_id)
        .where(
            CapMeeting.deleted.is_(False),
            CapMeeting.status == MeetingStatus.HELD.value,
            CapMeeting.held_on <= until,
            *scope_conditions(scope),
        )
    )
    if since is not None:
        stmt = stmt.where(CapMeeting.held_on >= since)
    return int(session.scalar(stmt) or 0)


def active_site_ids(session: Session, period: Period, scope: Scope) -> set[uuid.UUID]:
    """Sites whose status was active on at least one day of the period.

    The dated status history decides; a site without history falls back on its
    current status (as if it had always had it).
    """
    sites = dict(
        session.execute(select(Site.id, Site.status).where(*scope_conditions(scope))).all()
    )
    history: dict[uuid.UUID, list[tuple[dt.date, str]]] = {}
    rows = session.execute(
        select(SiteStatusChange.site_id, SiteStatusChange.effective_on, SiteStatusChange.status)
        .where(SiteStatusChange.deleted.is_(False), SiteStatusChange.site_id.in_(list(sites)))
        .order_by(
            SiteStatusChange.site_id, SiteStatusChange.effective_on, SiteStatusChange.updated_at
        )
    )
    for site_id, on, status in rows:
        history.setdefault(site_id, []).append((on, status))
    active = set()
    for site_id, current in sites.items():
        changes = history.get(site_id)
        if not changes:
            if current == SiteStatus.ACTIVE.value:
                active.add(site_id)
            continue
        at_start = None
        for on, status in changes:
            if on <= period.start:
                at_start = status
            elif on <= period.end and status == SiteStatus.ACTIVE.value:
                active.add(site_id)
                break
        if at_start == SiteStatus.ACTIVE.value:
            active.add(site_id)
    return active


def names(session: Session, model: Any) -> dict[Any, tuple[str, str, str, int]]:
    """id -> (code, English name, French name, sort order) for risk areas or categories."""
    if model not in (RiskArea, RiskCategory):
        raise ValueError("names() reads risk areas or risk categories")
    return {
        row[0]: (row[1], row[2], row[3], row[4])
        for row in session.execute(
            select(model.id, model.code, model.name_en, model.name_fr, model.sort_order).where(
                model.deleted.is_(False)
            )
        )
    }
