"""Reading what a CAP agenda is built from: one site, one month, in the caller's session.

The rules (the agenda builder in :mod:`bm_desktop.domain.agenda` does the rest):

* **The meeting** is the site's CAP meeting of the month (held first, then
  planned, then cancelled); its date is the day it was held, else the day it is
  planned, else the last day of the month. That date is the cut-off for
  everything below.
* **The previous meeting** is the site's latest *held* meeting before that date.
* **New incidents** are those not yet known at the previous meeting: reported
  after its date and up to the cut-off, not rejected, not withdrawn. With no
  previous meeting, the window is the 90 days before the meeting.
* **Open actions** are the site's actions recommended by the cut-off whose status
  at the cut-off (latest progress update on or before it) is recommended or in
  progress; **overdue** ones are due before the cut-off.
* **Security alerts** follow the map's proximity rule
  (:func:`bm_desktop.geo.proximity.events_near_sites`) over the days since the
  previous meeting.
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from collections import defaultdict
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bm_desktop.db.models import (
    ActionProgress,
    CapMeeting,
    CorrectiveAction,
    Incident,
    MeetingDecision,
    ProgrammeRegion,
    RiskArea,
    RiskCategory,
    RiskIncident,
    SecurityEvent,
    Site,
    SiteRisk,
    SiteStakeholder,
    SiteStatusChange,
    Stakeholder,
    StakeholderType,
)
from bm_desktop.db.reference_data import localised_name
from bm_desktop.domain import agenda as agenda_rules
from bm_desktop.domain.action_proposals import RiskFact
from bm_desktop.domain.agenda import (
    ActionFact,
    AgendaInputs,
    DecisionFact,
    IncidentFact,
    SecurityAlert,
    StatusChangeFact,
)
from bm_desktop.domain.enums import ActionStatus, MeetingStatus, RiskStatus, Verification
from bm_desktop.domain.errors import NotFoundError, ValidationError
from bm_desktop.domain.event_dates import may_alert
from bm_desktop.domain.invitations import InvitationList, Invitee, invitation_list
from bm_desktop.domain.invitations import StakeholderType as TypeFact
from bm_desktop.geo.proximity import DEFAULT_RADIUS_KM, events_near_sites

OPEN_STATUSES = (ActionStatus.RECOMMENDED.value, ActionStatus.IN_PROGRESS.value)
_MEETING_PREFERENCE = {
    MeetingStatus.HELD.value: 0,
    MeetingStatus.PLANNED.value: 1,
    MeetingStatus.CANCELLED.value: 2,
}


def check_month(value: str) -> str:
    """The month as ``YYYY-MM``; ValidationError with a plain message otherwise."""
    try:
        year, month = agenda_rules.parse_month(value)
    except ValueError:
        text = (value or "").strip()
        parts = text.split("-")
        template = (
            "'{value}' is not a month: the month must be 01 to 12."
            if len(parts) == 2 and len(parts[0]) == 4 and all(p.isdigit() for p in parts)
            else "'{value}' is not a month: write it as YYYY-MM, e.g. 2022-03."
        )
        raise ValidationError(template, field="month", value=value) from None
    return f"{year:04d}-{month:02d}"


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    year, mon = agenda_rules.parse_month(month)
    return dt.date(year, mon, 1), dt.date(year, mon, calendar.monthrange(year, mon)[1])


def resolve_site(session: Session, site: str | uuid.UUID) -> Site:
    """A site by id or code (any case); NotFoundError names the code."""
    if isinstance(site, uuid.UUID):
        found = session.get(Site, site)
    else:
        found = session.scalar(
            select(Site).where(
                func.upper(Site.code) == site.strip().upper(), Site.deleted.is_(False)
            )
        )
    if found is None or found.deleted:
        raise NotFoundError(
            "No site with code '{site}'. Site codes look like {examples}.",
            site=str(site),
            examples=_example_codes(session),
        )
    return found


def _example_codes(session: Session) -> str:
    codes = list(
        session.scalars(
            select(Site.code).where(Site.deleted.is_(False)).order_by(Site.code).limit(3)
        )
    )
    return ", ".join(codes) + ", …" if codes else "(no site in this database)"


def meeting_of_month(session: Session, site_id: uuid.UUID, month: str) -> CapMeeting | None:
    """The site's meeting of the month: held first, then planned, then cancelled."""
    rows = list(
        session.scalars(
            select(CapMeeting).where(
                CapMeeting.site_id == site_id,
                CapMeeting.month == month,
                CapMeeting.deleted.is_(False),
            )
        )
    )
    rows.sort(key=lambda m: (_MEETING_PREFERENCE.get(m.status, 3), m.updated_at))
    return rows[0] if rows else None


def meeting_day(meeting: CapMeeting | None, month: str) -> dt.date:
    if meeting is not None and (meeting.held_on or meeting.planned_on):
        return meeting.held_on or meeting.planned_on  # type: ignore[return-value]
    return month_bounds(month)[1]


def previous_meeting(
    session: Session, site_id: uuid.UUID, before: dt.date, exclude: uuid.UUID | None = None
) -> CapMeeting | None:
    stmt = (
        select(CapMeeting)
        .where(
            CapMeeting.site_id == site_id,
            CapMeeting.deleted.is_(False),
            CapMeeting.status == MeetingStatus.HELD.value,
            CapMeeting.held_on < before,
        )
        .order_by(CapMeeting.held_on.desc(), CapMeeting.updated_at.desc())
    )
    if exclude is not None:
        stmt = stmt.where(CapMeeting.id != exclude)
    return session.scalars(stmt.limit(1)).first()


def _name(row: Any, lang: str) -> str:
    return localised_name(row, lang)


def _status_as_of(
    session: Session, action_ids: list[uuid.UUID], on: dt.date
) -> dict[uuid.UUID, str]:
    """Each action's status as of ``on``: its latest progress update on or before that day
    (latest ``on``, then ``seq``, then ``updated_at``), ``recommended`` without one."""
    if not action_ids:
        return {}
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
        .where(
            ActionProgress.deleted.is_(False),
            ActionProgress.on <= on,
            ActionProgress.action_id.in_(action_ids),
        )
        .subquery()
    )
    found = dict(
        session.execute(select(ranked.c.action_id, ranked.c.status).where(ranked.c.rn == 1)).all()
    )
    return {a: found.get(a, ActionStatus.RECOMMENDED.value) for a in action_ids}


def _stakeholder_labels(session: Session, site: Site) -> dict[uuid.UUID, tuple[str, str]]:
    """stakeholder id -> (name, type code), for the owners of the site's actions."""
    owners = select(CorrectiveAction.stakeholder_id).where(CorrectiveAction.site_id == site.id)
    rows = session.execute(
        select(Stakeholder.id, Stakeholder.name, StakeholderType.code)
        .join(StakeholderType, StakeholderType.id == Stakeholder.type_id)
        .where(Stakeholder.id.in_(owners))
    )
    return {sid: (name, code) for sid, name, code in rows}


def _incidents(
    session: Session, site: Site, since: dt.date, until: dt.date, lang: str
) -> list[IncidentFact]:
    rows = session.execute(
        select(Incident, RiskArea, RiskCategory)
        .join(RiskArea, RiskArea.id == Incident.risk_area_id)
        .join(RiskCategory, RiskCategory.id == RiskArea.category_id)
        .where(
            Incident.site_id == site.id,
            Incident.deleted.is_(False),
            Incident.verification != Verification.REJECTED.value,
            Incident.reported_on > since,
            Incident.reported_on <= until,
        )
        .order_by(Incident.occurred_on, Incident.id)
    )
    return [
        IncidentFact(
            i.id,
            i.occurred_on,
            i.reported_on,
            area.code,
            _name(area, lang),
            cat.code,
            _name(cat, lang),
            cat.sort_order,
            area.annex2_heading is not None,
            i.severity,
            i.minors_involved or 0,
            i.description or "",
        )
        for i, area, cat in rows
    ]


def _actions(
    session: Session,
    site: Site,
    until: dt.date,
    lang: str,
    people: dict[uuid.UUID, tuple[str, str]],
    type_names: dict[str, str],
) -> list[ActionFact]:
    rows = list(
        session.execute(
            select(CorrectiveAction, RiskArea)
            .join(RiskArea, RiskArea.id == CorrectiveAction.risk_area_id)
            .where(
                CorrectiveAction.site_id == site.id,
                CorrectiveAction.deleted.is_(False),
                CorrectiveAction.recommended_on <= until,
            )
        )
    )
    statuses = _status_as_of(session, [a.id for a, _ in rows], until)
    facts = []
    for action, area in rows:
        name, type_code = (
            people.get(action.stakeholder_id, (None, None))
            if action.stakeholder_id
            else (None, None)
        )
        owner = f"{name} ({type_names.get(type_code or '', type_code)})" if name else None
        facts.append(
            ActionFact(
                action.id,
                action.description,
                action.kind,
                _name(area, lang),
                statuses.get(action.id, ActionStatus.RECOMMENDED.value),
                owner,
                type_code,
                action.due_on,
                action.recommended_on,
                action.risk_id,
                name,
            )
        )
    return facts


def _decisions(session: Session, meeting: CapMeeting | None, until: dt.date) -> list[DecisionFact]:
    if meeting is None:
        return []
    rows = list(
        session.execute(
            select(MeetingDecision, CorrectiveAction)
            .outerjoin(CorrectiveAction, CorrectiveAction.id == MeetingDecision.action_id)
            .where(MeetingDecision.meeting_id == meeting.id, MeetingDecision.deleted.is_(False))
            .order_by(MeetingDecision.updated_at)
        )
    )
    statuses = _status_as_of(session, [a.id for _, a in rows if a is not None], until)
    return [
        DecisionFact(
            d.id,
            d.text,
            a.id if a else None,
            a.description if a else None,
            statuses.get(a.id) if a else None,
            a.due_on if a else None,
        )
        for d, a in rows
    ]


def _risks(
    session: Session,
    site: Site,
    since: dt.date,
    until: dt.date,
    lang: str,
    actions: list[ActionFact],
) -> list[RiskFact]:
    """Open risks with their incident counts since the previous meeting and before it."""
    window = until - since
    before_start = since - window
    risks = list(
        session.execute(
            select(SiteRisk, RiskArea, RiskCategory)
            .join(RiskArea, RiskArea.id == SiteRisk.risk_area_id)
            .join(RiskCategory, RiskCategory.id == RiskArea.category_id)
            .where(
                SiteRisk.site_id == site.id,
                SiteRisk.deleted.is_(False),
                SiteRisk.status == RiskStatus.OPEN.value,
                SiteRisk.identified_on <= until,
            )
        )
    )
    linked: dict[uuid.UUID, list[Incident]] = defaultdict(list)
    for risk_id, incident in session.execute(
        select(RiskIncident.risk_id, Incident)
        .join(Incident, Incident.id == RiskIncident.incident_id)
        .where(
            RiskIncident.risk_id.in_([r.id for r, _, _ in risks]),
            RiskIncident.deleted.is_(False),
            Incident.deleted.is_(False),
            Incident.verification != Verification.REJECTED.value,
        )
    ):
        linked[risk_id].append(incident)
    open_by_risk: dict[uuid.UUID, int] = defaultdict(int)
    for action in actions:
        if action.risk_id and action.status in OPEN_STATUSES:
            open_by_risk[action.risk_id] += 1
    facts = []
    for risk, area, cat in risks:
        now = [i for i in linked[risk.id] if since < i.reported_on <= until]
        then = [i for i in linked[risk.id] if before_start < i.reported_on <= since]
        facts.append(
            RiskFact(
                risk.id,
                area.code,
                _name(area, lang),
                cat.code,
                _name(cat, lang),
                risk.likelihood,
                risk.severity,
                risk.identified_on,
                len(now),
                len(then),
                max((i.severity for i in now), default=0),
                max((i.severity for i in then), default=0),
                any(i.minors_involved for i in now),
                any(i.minors_involved for i in then),
                open_by_risk.get(risk.id, 0),
            )
        )
    return facts


def _alerts(session: Session, site: Site, since: dt.date, until: dt.date) -> list[SecurityAlert]:
    events = list(
        session.scalars(
            select(SecurityEvent).where(
                SecurityEvent.deleted.is_(False),
                SecurityEvent.date_start <= until,
                SecurityEvent.date_end >= since,
            )
        )
    )
    if not events:
        return []
    pairs = events_near_sites(
        np.array([site.longitude]),
        np.array([site.latitude]),
        np.array([e.longitude for e in events]),
        np.array([e.latitude for e in events]),
        [e.date_start for e in events],
        [e.date_end for e in events],
        as_of=until,
        radius_km=DEFAULT_RADIUS_KM,
        days=max((until - since).days, 0),
        day_known=np.array([may_alert(e.date_unit) for e in events]),
    )
    alerts = []
    for pair in pairs:
        e = events[pair.event]
        actors = " / ".join(a for a in (e.actor1, e.actor2) if a) or None
        alerts.append(
            SecurityAlert(
                e.id,
                e.date_start,
                e.sub_event_type or e.event_type,
                e.location,
                pair.distance_km,
                e.fatalities or 0,
                actors,
            )
        )
    return alerts


def stakeholder_types(session: Session, lang: str) -> list[TypeFact]:
    rows = session.scalars(select(StakeholderType).where(StakeholderType.deleted.is_(False)))
    order = {code: i for i, (code, _, _) in enumerate(_seed_types())}
    return sorted(
        (TypeFact(t.code, _name(t, lang)) for t in rows),
        key=lambda t: (order.get(t.code, 99), t.name),
    )


def _seed_types() -> list[tuple[str, str, str]]:
    from bm_desktop.domain.taxonomy import STAKEHOLDER_TYPES

    return STAKEHOLDER_TYPES


def invitations(
    session: Session, site: Site, lang: str, open_actions: list[ActionFact] | None = None
) -> InvitationList:
    """The site's stakeholders by type with contacts; missing types are empty groups."""
    types = stakeholder_types(session, lang)
    type_codes = {t.id: t.code for t in session.scalars(select(StakeholderType))}
    owners: dict[uuid.UUID, int] = defaultdict(int)
    if open_actions is not None:
        owner_ids = dict(
            session.execute(
                select(CorrectiveAction.id, CorrectiveAction.stakeholder_id).where(
                    CorrectiveAction.site_id == site.id
                )
            ).all()
        )
        for action in open_actions:
            owner = owner_ids.get(action.id)
            if action.status in OPEN_STATUSES and owner:
                owners[owner] += 1
    linked = list(
        session.execute(
            select(Stakeholder, SiteStakeholder)
            .join(SiteStakeholder, SiteStakeholder.stakeholder_id == Stakeholder.id)
            .where(
                SiteStakeholder.site_id == site.id,
                SiteStakeholder.deleted.is_(False),
                Stakeholder.deleted.is_(False),
            )
        )
    )
    org_ids = {p.organisation_id for p, _ in linked if p.organisation_id}
    orgs = (
        dict(
            session.execute(
                select(Stakeholder.id, Stakeholder.name).where(Stakeholder.id.in_(org_ids))
            ).all()
        )
        if org_ids
        else {}
    )
    people = []
    for person, link in linked:
        people.append(
            Invitee(
                person.id,
                person.name,
                type_codes.get(person.type_id, ""),
                orgs.get(person.organisation_id) if person.organisation_id else None,
                person.position,
                link.role,
                person.phone,
                person.email,
                owners.get(person.id, 0),
            )
        )
    return invitation_list(types, people)


def agenda_inputs(
    session: Session, site: Site, month: str, lang: str, coordinator: str = ""
) -> tuple[AgendaInputs, CapMeeting | None, InvitationList]:
    """Everything the agenda builder needs for ``site`` and ``month``, the meeting row and
    the invitation list."""
    meeting = meeting_of_month(session, site.id, month)
    day = meeting_day(meeting, month)
    previous = previous_meeting(session, site.id, day, exclude=meeting.id if meeting else None)
    prev_day = previous.held_on if previous is not None else None
    since = prev_day or day - dt.timedelta(days=agenda_rules.NO_PREVIOUS_LOOKBACK_DAYS)
    types = stakeholder_types(session, lang)
    type_names = {t.code: t.name for t in types}
    people = _stakeholder_labels(session, site)
    actions = _actions(session, site, day, lang, people, type_names)
    region = session.get(ProgrammeRegion, site.region_id)
    changes = [
        StatusChangeFact(c.effective_on, c.status, c.reason)
        for c in session.scalars(
            select(SiteStatusChange)
            .where(
                SiteStatusChange.site_id == site.id,
                SiteStatusChange.deleted.is_(False),
                SiteStatusChange.effective_on <= day,
            )
            .order_by(SiteStatusChange.effective_on)
        )
    ]
    status_then = changes[-1].status if changes else site.status
    invited = invitations(session, site, lang, actions)
    by_type: dict[str, str] = {}
    for person in invited.invitees:
        by_type.setdefault(
            person.type_code, f"{person.name} ({type_names.get(person.type_code, '')})"
        )
    inputs = AgendaInputs(
        site_code=site.code,
        site_name=site.name,
        region=region.name if region else "",
        month=month,
        meeting_on=day,
        previous_meeting_on=prev_day,
        site_status=status_then,
        decisions=tuple(_decisions(session, previous, day)),
        incidents=tuple(_incidents(session, site, since, day, lang)),
        actions=tuple(actions),
        risks=tuple(_risks(session, site, since, day, lang, actions)),
        status_changes=tuple(changes),
        alerts=tuple(_alerts(session, site, since, day)),
        alert_radius_km=DEFAULT_RADIUS_KM,
        coordinator=coordinator,
        stakeholder_names_by_type=by_type,
    )
    return inputs, meeting, invited
