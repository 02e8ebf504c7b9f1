"""What to do at each site of a trip: whom to meet, which actions to check, which
incidents to verify (for the itinerary workbook, the PDF and the visit record).

Reading rules, as of the trip's first day: contacts are the site's stakeholders
(people first, then organisations) with their phone; actions are open (recommended
or in progress by their latest progress update), overdue first; incidents to verify
are still *reported* (neither verified nor rejected), the most severe first.
After the trip, :func:`incidents_since` lists what may have been raised on a visit:
the site's incidents that occurred on or after the trip's first day.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, literal, select

from bm_desktop.db import kpi_queries as q
from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    CorrectiveAction,
    Incident,
    RiskArea,
    SiteStakeholder,
    Stakeholder,
    StakeholderType,
)
from bm_desktop.domain.enums import ActionStatus
from bm_desktop.services.site_details import OPEN_STATUSES


@dataclass(frozen=True)
class Contact:
    name: str
    role: str
    phone: str


@dataclass(frozen=True)
class ActionToCheck:
    id: uuid.UUID
    description: str
    status: str
    due_on: dt.date
    overdue: bool


@dataclass(frozen=True)
class IncidentToVerify:
    id: uuid.UUID
    occurred_on: dt.date
    risk_area_en: str
    risk_area_fr: str
    severity: int
    description: str


@dataclass
class SiteChecklist:
    contacts: list[Contact] = field(default_factory=list)
    actions: list[ActionToCheck] = field(default_factory=list)
    incidents: list[IncidentToVerify] = field(default_factory=list)


def site_checklists(
    db: Database, site_ids: Sequence[uuid.UUID], as_of: dt.date, lang: str = "en"
) -> dict[uuid.UUID, SiteChecklist]:
    """Per site of the trip: contacts, open actions, incidents to verify."""
    out: dict[uuid.UUID, SiteChecklist] = defaultdict(SiteChecklist)
    ids = list(site_ids)
    with db.sessions() as s:
        type_name = StakeholderType.name_fr if lang == "fr" else StakeholderType.name_en
        for site_id, name, _kind, position, role, tname, phone in s.execute(
            select(
                SiteStakeholder.site_id,
                Stakeholder.name,
                Stakeholder.kind,
                Stakeholder.position,
                SiteStakeholder.role,
                type_name,
                Stakeholder.phone,
            )
            .join(Stakeholder, Stakeholder.id == SiteStakeholder.stakeholder_id)
            .join(StakeholderType, StakeholderType.id == Stakeholder.type_id)
            .where(
                SiteStakeholder.site_id.in_(ids),
                SiteStakeholder.deleted.is_(False),
                Stakeholder.deleted.is_(False),
            )
            .order_by(Stakeholder.kind.desc(), Stakeholder.name)
        ):
            out[site_id].contacts.append(Contact(name, role or position or tname, phone or ""))
        latest = q.latest_status_subquery(as_of)
        status = func.coalesce(latest.c.status, literal(ActionStatus.RECOMMENDED.value))
        for row in s.execute(
            select(
                CorrectiveAction.site_id,
                CorrectiveAction.id,
                CorrectiveAction.description,
                status,
                CorrectiveAction.due_on,
            )
            .outerjoin(latest, latest.c.action_id == CorrectiveAction.id)
            .where(
                CorrectiveAction.site_id.in_(ids),
                CorrectiveAction.deleted.is_(False),
                CorrectiveAction.recommended_on <= as_of,
                status.in_(OPEN_STATUSES),
            )
            .order_by(CorrectiveAction.due_on, CorrectiveAction.id)
        ):
            out[row[0]].actions.append(
                ActionToCheck(row[1], row[2], row[3], row[4], row[4] < as_of)
            )
        for row in s.execute(
            select(
                Incident.site_id,
                Incident.id,
                Incident.occurred_on,
                RiskArea.name_en,
                RiskArea.name_fr,
                Incident.severity,
                Incident.description,
            )
            .join(RiskArea, RiskArea.id == Incident.risk_area_id)
            .where(
                Incident.site_id.in_(ids),
                Incident.deleted.is_(False),
                Incident.verification == "reported",
                Incident.occurred_on <= as_of,
            )
            .order_by(Incident.severity.desc(), Incident.occurred_on.desc(), Incident.id)
        ):
            out[row[0]].incidents.append(IncidentToVerify(*row[1:]))
    for c in out.values():
        c.actions.sort(key=lambda a: (not a.overdue, a.due_on))
    return {k: out[k] for k in ids}


def incidents_since(
    db: Database, site_ids: Sequence[uuid.UUID], first_day: dt.date
) -> dict[uuid.UUID, list[IncidentToVerify]]:
    """Per site, the incidents that occurred on or after ``first_day`` (whatever their
    verification), newest first: the candidates for "incidents raised" on a visit."""
    ids = list(site_ids)
    out: dict[uuid.UUID, list[IncidentToVerify]] = {k: [] for k in ids}
    with db.sessions() as s:
        for row in s.execute(
            select(
                Incident.site_id,
                Incident.id,
                Incident.occurred_on,
                RiskArea.name_en,
                RiskArea.name_fr,
                Incident.severity,
                Incident.description,
            )
            .join(RiskArea, RiskArea.id == Incident.risk_area_id)
            .where(
                Incident.site_id.in_(ids),
                Incident.deleted.is_(False),
                Incident.occurred_on >= first_day,
            )
            .order_by(Incident.occurred_on.desc(), Incident.severity.desc(), Incident.id)
        ):
            out[row[0]].append(IncidentToVerify(*row[1:]))
    return out
