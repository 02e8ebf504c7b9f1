"""Read side of corrective actions: lists with current status and overdue flag, one
action's full history, and the stakeholders an action can be assigned to."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    ActionIncident,
    ActionProgress,
    CorrectiveAction,
    Incident,
    Mineral,
    ProgrammeRegion,
    Province,
    RiskArea,
    RiskCategory,
    Site,
    SiteMineral,
    Stakeholder,
    StakeholderType,
)
from bm_desktop.db.reference_data import localised_name
from bm_desktop.domain import action_lifecycle as lifecycle
from bm_desktop.domain.enums import ActionStatus
from bm_desktop.domain.errors import NotFoundError
from bm_desktop.domain.filters import FilterState


@dataclass(frozen=True)
class ActionView:
    id: uuid.UUID
    site_id: uuid.UUID
    site_code: str
    site_name: str
    region: str
    risk_id: uuid.UUID | None
    risk_area_code: str
    risk_area: str
    risk_category_code: str
    risk_category: str
    kind: str
    description: str
    stakeholder_id: uuid.UUID | None
    stakeholder: str
    stakeholder_type: str
    recommended_on: dt.date
    due_on: dt.date
    priority: str
    status: str
    status_on: dt.date
    overdue: bool
    incidents: int


@dataclass(frozen=True)
class ProgressView:
    id: uuid.UUID
    status: str
    on: dt.date
    note: str | None
    by: str | None


@dataclass(frozen=True)
class LinkedIncident:
    id: uuid.UUID
    occurred_on: dt.date
    risk_area: str
    severity: int
    description: str


@dataclass(frozen=True)
class ActionDetail:
    action: ActionView
    history: tuple[ProgressView, ...]  # oldest first
    incidents: tuple[LinkedIncident, ...]
    allowed_next: tuple[str, ...]  # statuses the next update may set


def _site_minerals(session: Session) -> dict[uuid.UUID, set[str]]:
    out: dict[uuid.UUID, set[str]] = defaultdict(set)
    for site_id, code in session.execute(
        select(SiteMineral.site_id, Mineral.code)
        .join(Mineral, Mineral.id == SiteMineral.mineral_id)
        .where(SiteMineral.deleted.is_(False))
    ):
        out[site_id].add(code)
    return out


def list_actions(
    session: Session,
    filters: FilterState | None = None,
    site_ids: set[uuid.UUID] | None = None,
    action_ids: set[uuid.UUID] | None = None,
    today: dt.date | None = None,
    lang: str = "en",
    *,
    open_today: bool = False,
) -> list[ActionView]:
    """Actions with their current status, following the global filters; risk areas,
    categories and stakeholder types named in ``lang``.

    With filters, an action shows if recommended by the period's end and either
    recommended within the period or still open at its start (an action closed
    before the period is history, not work). With ``open_today`` the period is
    ignored: every action open (recommended or in progress) today shows, under the
    other filters.
    """
    today = today or dt.date.today()
    stmt = (
        select(
            CorrectiveAction,
            Site.code,
            Site.name,
            Site.status,
            ProgrammeRegion.name,
            RiskArea.code,
            localised_name(RiskArea, lang),
            RiskCategory.code,
            localised_name(RiskCategory, lang),
            Stakeholder.name,
            localised_name(StakeholderType, lang),
        )
        .join(Site, Site.id == CorrectiveAction.site_id)
        .join(ProgrammeRegion, ProgrammeRegion.id == Site.region_id)
        .join(RiskArea, RiskArea.id == CorrectiveAction.risk_area_id)
        .join(RiskCategory, RiskCategory.id == RiskArea.category_id)
        .outerjoin(Stakeholder, Stakeholder.id == CorrectiveAction.stakeholder_id)
        .outerjoin(StakeholderType, StakeholderType.id == Stakeholder.type_id)
        .where(CorrectiveAction.deleted.is_(False))
    )
    if site_ids is not None:
        stmt = stmt.where(CorrectiveAction.site_id.in_(site_ids))
    if action_ids is not None:
        stmt = stmt.where(CorrectiveAction.id.in_(action_ids))
    if filters is not None:
        if not open_today:
            stmt = stmt.where(CorrectiveAction.recommended_on <= filters.end)
        if filters.regions:
            stmt = stmt.where(ProgrammeRegion.name.in_(filters.regions))
        if filters.provinces:
            stmt = stmt.where(
                Site.province_id.in_(
                    select(Province.id).where(Province.name.in_(sorted(filters.provinces)))
                )
            )
        if filters.risk_categories:
            stmt = stmt.where(RiskCategory.code.in_(filters.risk_categories))
        if filters.risk_areas:
            stmt = stmt.where(RiskArea.code.in_(filters.risk_areas))
        if filters.site_statuses:
            stmt = stmt.where(Site.status.in_(filters.site_statuses))
    rows = session.execute(stmt).all()
    ids = [r[0].id for r in rows]
    points: dict[uuid.UUID, list[lifecycle.ProgressPoint]] = defaultdict(list)
    counts: dict[uuid.UUID, int] = defaultdict(int)
    for chunk in range(0, len(ids), 900):
        part = ids[chunk : chunk + 900]
        for aid, st, on, seq, ua in session.execute(
            select(
                ActionProgress.action_id,
                ActionProgress.status,
                ActionProgress.on,
                ActionProgress.seq,
                ActionProgress.updated_at,
            ).where(ActionProgress.action_id.in_(part), ActionProgress.deleted.is_(False))
        ):
            points[aid].append(lifecycle.ProgressPoint(ActionStatus(st), on, seq or "", ua or ""))
        for (aid,) in session.execute(
            select(ActionIncident.action_id).where(
                ActionIncident.action_id.in_(part), ActionIncident.deleted.is_(False)
            )
        ):
            counts[aid] += 1
    minerals = _site_minerals(session) if filters is not None and filters.minerals else {}
    views = []
    for a, scode, sname, _sstatus, region, acode, aname, ccode, cname, sh, shtype in rows:
        if (
            filters is not None
            and filters.minerals
            and not filters.minerals & minerals.get(a.site_id, set())
        ):
            continue
        last = lifecycle.latest(points[a.id])
        status = last.status if last else ActionStatus.RECOMMENDED
        if open_today and status in lifecycle.CLOSED_STATUSES:
            continue
        if filters is not None and not open_today and a.recommended_on < filters.start:
            at_start = lifecycle.status_on(points[a.id], filters.start)
            if at_start in lifecycle.CLOSED_STATUSES:
                continue
        views.append(
            ActionView(
                id=a.id,
                site_id=a.site_id,
                site_code=scode,
                site_name=sname,
                region=region,
                risk_id=a.risk_id,
                risk_area_code=acode,
                risk_area=aname,
                risk_category_code=ccode,
                risk_category=cname,
                kind=a.kind,
                description=a.description,
                stakeholder_id=a.stakeholder_id,
                stakeholder=sh or "",
                stakeholder_type=shtype or "",
                recommended_on=a.recommended_on,
                due_on=a.due_on,
                priority=a.priority,
                status=status.value,
                status_on=last.on if last else a.recommended_on,
                overdue=lifecycle.is_overdue(status, a.due_on, today),
                incidents=counts[a.id],
            )
        )
    views.sort(key=lambda v: (v.site_code, v.recommended_on, v.description))
    return views


def action_detail(
    session: Session, action_id: uuid.UUID, today: dt.date | None = None, lang: str = "en"
) -> ActionDetail:
    """One action with its full progress history and the incidents behind it."""
    found = list_actions(session, action_ids={action_id}, today=today, lang=lang)
    if not found:
        raise NotFoundError("Corrective action {id} does not exist.", id=action_id)
    history = [
        ProgressView(p.id, p.status, p.on, p.note, p.by)
        for p in session.scalars(
            select(ActionProgress)
            .where(ActionProgress.action_id == action_id, ActionProgress.deleted.is_(False))
            .order_by(ActionProgress.on, ActionProgress.seq, ActionProgress.updated_at)
        )
    ]
    incidents = [
        LinkedIncident(i.id, i.occurred_on, name, i.severity, i.description)
        for i, name in session.execute(
            select(Incident, localised_name(RiskArea, lang))
            .join(ActionIncident, ActionIncident.incident_id == Incident.id)
            .join(RiskArea, RiskArea.id == Incident.risk_area_id)
            .where(ActionIncident.action_id == action_id, ActionIncident.deleted.is_(False))
            .order_by(Incident.occurred_on)
        )
    ]
    current = ActionStatus(found[0].status)
    return ActionDetail(
        found[0],
        tuple(history),
        tuple(incidents),
        tuple(s.value for s in lifecycle.allowed_next(current)),
    )


# Wrappers with their own (read) session.


def actions(
    db: Database,
    filters: FilterState | None = None,
    site_ids: set[uuid.UUID] | None = None,
    today: dt.date | None = None,
    lang: str = "en",
    *,
    open_today: bool = False,
    action_ids: set[uuid.UUID] | None = None,
) -> list[ActionView]:
    with db.sessions() as s:
        return list_actions(
            s, filters, site_ids, action_ids, today=today, lang=lang, open_today=open_today
        )


def action_ids_made_on(db: Database, device_id: str) -> set[uuid.UUID]:
    """The (not withdrawn) actions last written on this computer: the tracker compares
    two readings to find the actions just created here (by hand or in a meeting)."""
    with db.sessions() as s:
        return set(
            s.scalars(
                select(CorrectiveAction.id).where(
                    CorrectiveAction.deleted.is_(False), CorrectiveAction.updated_by == device_id
                )
            )
        )


def detail(
    db: Database, action_id: uuid.UUID, today: dt.date | None = None, lang: str = "en"
) -> ActionDetail:
    with db.sessions() as s:
        return action_detail(s, action_id, today, lang)
