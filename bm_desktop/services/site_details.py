"""A site's figures for the Site details dock and the map's colours and tooltips.

Action figures follow the KPI rules (:mod:`bm_desktop.domain.kpi`): an action's
status as of a date is that of its latest progress update by then; the
implementation rate counts in-progress, implemented and verified actions over
all actions recommended by the date; an action is overdue when its due date has
passed and it is not implemented, verified or cancelled. The map uses the end of
the filter period as the date, so every figure on screen follows the filters.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case, func, literal, select

from bm_desktop.db import kpi_queries as q
from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    CapMeeting,
    CorrectiveAction,
    Incident,
    RiskArea,
    RiskCategory,
    Stakeholder,
)
from bm_desktop.domain.enums import ActionStatus, MeetingStatus
from bm_desktop.domain.filters import FilterState
from bm_desktop.domain.kpi import CLOSED_STATUSES, COUNTED_VERIFICATIONS, IMPLEMENTING_STATUSES
from bm_desktop.domain.kpi import rate as ratio

OPEN_STATUSES = (ActionStatus.RECOMMENDED.value, ActionStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class SiteActionFigures:
    """A site's corrective actions as of a date."""

    recommended: int = 0  # since the programme started
    implementing: int = 0  # in progress, implemented or verified
    open: int = 0  # recommended or in progress
    overdue: int = 0

    @property
    def rate(self) -> float | None:
        return ratio(self.implementing, self.recommended)


def area_codes(session, filters: FilterState) -> tuple[str, ...] | None:  # noqa: ANN001
    """Risk area codes kept by the category / area filters (None: every area)."""
    if not (filters.risk_areas or filters.risk_categories):
        return None
    stmt = select(RiskArea.code).join(RiskCategory, RiskCategory.id == RiskArea.category_id)
    if filters.risk_areas:
        stmt = stmt.where(RiskArea.code.in_(sorted(filters.risk_areas)))
    if filters.risk_categories:
        stmt = stmt.where(RiskCategory.code.in_(sorted(filters.risk_categories)))
    return tuple(session.scalars(stmt))


def _action_conditions(as_of: dt.date, codes: Sequence[str] | None) -> list:
    cond = [CorrectiveAction.deleted.is_(False), CorrectiveAction.recommended_on <= as_of]
    if codes is not None:
        cond.append(
            CorrectiveAction.risk_area_id.in_(
                select(RiskArea.id).where(RiskArea.code.in_(sorted(codes)))
            )
        )
    return cond


def site_action_figures(
    db: Database, as_of: dt.date, filters: FilterState | None = None
) -> dict[uuid.UUID, SiteActionFigures]:
    """Per site: actions recommended, implementing, open and overdue as of ``as_of``
    (one grouped query; the risk category / area filters apply when given)."""
    with db.sessions() as s:
        codes = area_codes(s, filters) if filters else None
        latest = q.latest_status_subquery(as_of)
        status = func.coalesce(latest.c.status, literal(ActionStatus.RECOMMENDED.value))
        stmt = (
            select(
                CorrectiveAction.site_id,
                status,
                func.count(CorrectiveAction.id),
                func.sum(case((CorrectiveAction.due_on < as_of, 1), else_=0)),
            )
            .select_from(CorrectiveAction)
            .outerjoin(latest, latest.c.action_id == CorrectiveAction.id)
            .where(and_(*_action_conditions(as_of, codes)))
            .group_by(CorrectiveAction.site_id, status)
        )
        totals: dict[uuid.UUID, list[int]] = {}
        for site_id, st, n, past_due in s.execute(stmt):
            row = totals.setdefault(site_id, [0, 0, 0, 0])
            row[0] += n
            row[1] += n if st in IMPLEMENTING_STATUSES else 0
            row[2] += n if st in OPEN_STATUSES else 0
            row[3] += int(past_due or 0) if st not in CLOSED_STATUSES else 0
    return {k: SiteActionFigures(*v) for k, v in totals.items()}


@dataclass(frozen=True)
class IncidentLine:
    occurred_on: dt.date
    risk_area_en: str
    risk_area_fr: str
    severity: int
    verification: str
    description: str


@dataclass(frozen=True)
class ActionLine:
    description: str
    risk_area_en: str
    risk_area_fr: str
    status: str
    due_on: dt.date
    overdue: bool
    stakeholder: str | None


@dataclass(frozen=True)
class MeetingLine:
    day: dt.date
    status: str  # planned or held
    place: str | None


@dataclass(frozen=True)
class SiteDetails:
    """What the Site details dock shows for one site under the filters."""

    site_id: uuid.UUID
    incidents: int  # in the filter period, under every incident filter
    incidents_verified: int
    incidents_severe: int  # severity 3 (high) or 4 (critical)
    actions: SiteActionFigures  # as of the end of the period
    latest_incidents: list[IncidentLine]
    open_actions: list[ActionLine]  # overdue first, then by due date
    next_meeting: MeetingLine | None  # first CAP meeting after the period
    last_meeting: MeetingLine | None  # last CAP meeting held by the end of the period


def incident_conditions(filters: FilterState, codes: Sequence[str] | None) -> list:
    """WHERE clauses of the incidents the filters keep (rejected/deleted never count)."""
    cond = [
        Incident.deleted.is_(False),
        Incident.verification.in_(COUNTED_VERIFICATIONS),
        Incident.occurred_on >= filters.start,
        Incident.occurred_on <= filters.end,
    ]
    if filters.verified_only:
        cond.append(Incident.verification == "verified")
    if filters.severities:
        cond.append(Incident.severity.in_(sorted(filters.severities)))
    if codes is not None:
        cond.append(
            Incident.risk_area_id.in_(select(RiskArea.id).where(RiskArea.code.in_(sorted(codes))))
        )
    return cond


def site_details(
    db: Database, site_id: uuid.UUID, filters: FilterState, latest: int = 5, actions: int = 8
) -> SiteDetails:
    """Figures, latest incidents, open actions and CAP meetings of one site."""
    as_of = filters.end
    with db.sessions() as s:
        codes = area_codes(s, filters)
        cond = [Incident.site_id == site_id, *incident_conditions(filters, codes)]
        n, verified, severe = s.execute(
            select(
                func.count(Incident.id),
                func.sum(case((Incident.verification == "verified", 1), else_=0)),
                func.sum(case((Incident.severity >= 3, 1), else_=0)),
            ).where(*cond)
        ).one()
        incident_rows = s.execute(
            select(
                Incident.occurred_on,
                RiskArea.name_en,
                RiskArea.name_fr,
                Incident.severity,
                Incident.verification,
                Incident.description,
            )
            .join(RiskArea, RiskArea.id == Incident.risk_area_id)
            .where(*cond)
            .order_by(Incident.occurred_on.desc(), Incident.id)
            .limit(latest)
        )
        latest_incidents = [IncidentLine(*r) for r in incident_rows]
        lp = q.latest_status_subquery(as_of)
        status = func.coalesce(lp.c.status, literal(ActionStatus.RECOMMENDED.value))
        action_rows = s.execute(
            select(
                CorrectiveAction.description,
                RiskArea.name_en,
                RiskArea.name_fr,
                status,
                CorrectiveAction.due_on,
                Stakeholder.name,
            )
            .select_from(CorrectiveAction)
            .outerjoin(lp, lp.c.action_id == CorrectiveAction.id)
            .join(RiskArea, RiskArea.id == CorrectiveAction.risk_area_id)
            .outerjoin(Stakeholder, Stakeholder.id == CorrectiveAction.stakeholder_id)
            .where(
                CorrectiveAction.site_id == site_id,
                *_action_conditions(as_of, codes),
                status.in_(OPEN_STATUSES),
            )
            .order_by(CorrectiveAction.due_on, CorrectiveAction.id)
        )
        open_actions = [
            ActionLine(d, en, fr, st, due, due < as_of, who)
            for d, en, fr, st, due, who in action_rows
        ]
        day = func.coalesce(CapMeeting.held_on, CapMeeting.planned_on)
        base = select(day, CapMeeting.status, CapMeeting.place).where(
            CapMeeting.site_id == site_id,
            CapMeeting.deleted.is_(False),
            CapMeeting.status != MeetingStatus.CANCELLED.value,
        )
        nxt = s.execute(base.where(day > as_of).order_by(day).limit(1)).first()
        last = s.execute(
            base.where(day <= as_of, CapMeeting.status == MeetingStatus.HELD.value)
            .order_by(day.desc())
            .limit(1)
        ).first()
    figures = site_action_figures(db, as_of, filters).get(site_id, SiteActionFigures())
    open_actions.sort(key=lambda a: (not a.overdue, a.due_on))
    return SiteDetails(
        site_id=site_id,
        incidents=int(n or 0),
        incidents_verified=int(verified or 0),
        incidents_severe=int(severe or 0),
        actions=figures,
        latest_incidents=latest_incidents,
        open_actions=open_actions[:actions],
        next_meeting=MeetingLine(*nxt) if nxt else None,
        last_meeting=MeetingLine(*last) if last else None,
    )
