"""Rolling incidents up into site risks, scoring them, and the risk matrix of a site.

A site has at most one open risk per risk area; rolling up links more incidents
to it over time. The score (likelihood x severity) proposed from the incidents
(see :mod:`bm_desktop.domain.risk_scoring`) never lowers a score a risk expert
set by hand: roll-up takes the higher of the two.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    CorrectiveAction,
    Incident,
    RiskArea,
    RiskCategory,
    RiskIncident,
    Site,
    SiteRisk,
)
from bm_desktop.db.reference_data import localised_name
from bm_desktop.domain import risk_scoring
from bm_desktop.domain.enums import RiskStatus, Verification
from bm_desktop.domain.errors import NotFoundError, ValidationError

SERIOUS_ABUSE = "serious_abuses"


@dataclass(frozen=True)
class RiskView:
    id: uuid.UUID
    site_id: uuid.UUID
    site_code: str
    site_name: str
    risk_area_code: str
    risk_area: str
    risk_category: str
    likelihood: int
    severity: int
    score: int
    band: str
    status: str
    identified_on: dt.date
    incidents: int
    actions: int
    notes: str | None


@dataclass(frozen=True)
class RiskChange:
    """What a roll-up did to one risk (enough to undo it)."""

    risk_id: uuid.UUID
    created: bool
    previous_likelihood: int
    previous_severity: int
    linked: tuple[uuid.UUID, ...]  # incidents newly linked


@dataclass(frozen=True)
class RollUp:
    """What a roll-up did: risks created or extended and incidents newly linked."""

    changes: tuple[RiskChange, ...]

    @property
    def risks_created(self) -> tuple[uuid.UUID, ...]:
        return tuple(c.risk_id for c in self.changes if c.created)

    @property
    def risks_updated(self) -> tuple[uuid.UUID, ...]:
        return tuple(c.risk_id for c in self.changes if not c.created)

    @property
    def incidents_linked(self) -> int:
        return sum(len(c.linked) for c in self.changes)


def _open_risk(session: Session, site_id: uuid.UUID, area_id: uuid.UUID) -> SiteRisk | None:
    return session.scalar(
        select(SiteRisk)
        .where(
            SiteRisk.site_id == site_id,
            SiteRisk.risk_area_id == area_id,
            SiteRisk.status == RiskStatus.OPEN.value,
            SiteRisk.deleted.is_(False),
        )
        .order_by(SiteRisk.identified_on)
        .limit(1)
    )


def _linked_incidents(session: Session, risk_id: uuid.UUID) -> list[Incident]:
    return list(
        session.scalars(
            select(Incident)
            .join(RiskIncident, RiskIncident.incident_id == Incident.id)
            .where(
                RiskIncident.risk_id == risk_id,
                RiskIncident.deleted.is_(False),
                Incident.deleted.is_(False),
            )
        )
    )


def _rescore(session: Session, risk: SiteRisk) -> None:
    incidents = _linked_incidents(session, risk.id)
    area = session.get(RiskArea, risk.risk_area_id)
    facts = [
        risk_scoring.IncidentFacts(i.occurred_on, i.severity, i.minors_involved) for i in incidents
    ]
    serious = area is not None and area.annex2_heading == SERIOUS_ABUSE
    risk.likelihood = max(risk.likelihood or 1, risk_scoring.likelihood_from(facts))
    risk.severity = max(risk.severity or 1, risk_scoring.severity_from(facts, serious))


def roll_up(session: Session, incident_ids: list[uuid.UUID]) -> RollUp:
    """Link verified incidents to the open risk of their site and area, creating it if needed.

    Reported (unverified) and rejected incidents are refused: management acts on
    verified facts. Incidents already linked to that risk are skipped.
    """
    if not incident_ids:
        raise ValidationError("Select the incidents to roll up into risks.")
    incidents = []
    for incident_id in dict.fromkeys(incident_ids):
        incident = session.get(Incident, incident_id)
        if incident is None or incident.deleted:
            raise NotFoundError("Incident {id} does not exist.", id=str(incident_id))
        if incident.verification != Verification.VERIFIED:
            site = session.get(Site, incident.site_id)
            raise ValidationError(
                "The incident of {date} at {site} is {state}, not verified: only verified "
                "incidents roll up into risks.",
                date=incident.occurred_on.isoformat(),
                site=site.code if site else "?",
                state=str(incident.verification),
            )
        incidents.append(incident)
    groups: dict[tuple[uuid.UUID, uuid.UUID], list[Incident]] = defaultdict(list)
    for incident in incidents:
        groups[(incident.site_id, incident.risk_area_id)].append(incident)
    changes = []
    for (site_id, area_id), members in groups.items():
        risk = _open_risk(session, site_id, area_id)
        created = risk is None
        if risk is None:
            risk = SiteRisk(
                site_id=site_id,
                risk_area_id=area_id,
                likelihood=1,
                severity=1,
                status=RiskStatus.OPEN.value,
                identified_on=min(i.occurred_on for i in members),
            )
            session.add(risk)
            session.flush()
        before = (risk.likelihood, risk.severity)
        linked = link_incidents(session, risk.id, [i.id for i in members])
        _rescore(session, risk)
        changes.append(RiskChange(risk.id, created, before[0], before[1], tuple(linked)))
    session.flush()
    return RollUp(tuple(changes))


def link_incidents(
    session: Session, risk_id: uuid.UUID, incident_ids: list[uuid.UUID]
) -> list[uuid.UUID]:
    """Link incidents to a risk (reviving a link an undo had removed); returns the new ones."""
    links = {
        link.incident_id: link
        for link in session.scalars(select(RiskIncident).where(RiskIncident.risk_id == risk_id))
    }
    added = []
    for incident_id in incident_ids:
        link = links.get(incident_id)
        if link is None:
            session.add(RiskIncident(risk_id=risk_id, incident_id=incident_id))
        elif link.deleted:
            link.deleted = False
        else:
            continue
        added.append(incident_id)
    session.flush()
    return added


def score_risk(
    session: Session, risk_id: uuid.UUID, likelihood: int, severity: int, notes: str | None = None
) -> None:
    """Set a risk's score by hand (a risk expert's assessment)."""
    risk = _get_risk(session, risk_id)
    for name, value in (("Likelihood", likelihood), ("Severity", severity)):
        try:
            risk_scoring.check_level(name, value)
        except ValueError:
            raise ValidationError(
                "{name} must be a whole number from 1 to {high}, not {value}.",
                name=name,
                high=risk_scoring.MATRIX_SIZE,
                value=repr(value),
            ) from None
    risk.likelihood, risk.severity = likelihood, severity
    if notes is not None:
        risk.notes = notes.strip() or None
    session.flush()


def _get_risk(session: Session, risk_id: uuid.UUID) -> SiteRisk:
    risk = session.get(SiteRisk, risk_id)
    if risk is None or risk.deleted:
        raise NotFoundError("Risk {id} does not exist.", id=str(risk_id))
    return risk


def undo_roll_up(session: Session, result: RollUp) -> None:
    """Undo a roll-up: unlink the incidents it linked (soft delete), restore the old
    scores, and soft-delete the risks it created."""
    for change in result.changes:
        risk = _get_risk(session, change.risk_id)
        for link in session.scalars(
            select(RiskIncident).where(
                RiskIncident.risk_id == change.risk_id,
                RiskIncident.incident_id.in_(change.linked),
                RiskIncident.deleted.is_(False),
            )
        ):
            link.deleted = True
        risk.likelihood = change.previous_likelihood
        risk.severity = change.previous_severity
        if change.created:
            risk.deleted = True
    session.flush()


def redo_roll_up(session: Session, result: RollUp) -> None:
    """Redo an undone roll-up: bring back the risks it created and relink its incidents."""
    for change in result.changes:
        risk = session.get(SiteRisk, change.risk_id)
        if risk is None:
            raise NotFoundError("Risk {id} does not exist.", id=str(change.risk_id))
        risk.deleted = False
        link_incidents(session, risk.id, list(change.linked))
        _rescore(session, risk)
    session.flush()


def list_risks(
    session: Session,
    site_id: uuid.UUID | None = None,
    include_closed: bool = True,
    lang: str = "en",
) -> list[RiskView]:
    """Risks (of one site or all), highest score first; risk areas named in ``lang``."""
    n_incidents = (
        select(RiskIncident.risk_id, func.count().label("n"))
        .join(Incident, Incident.id == RiskIncident.incident_id)
        .where(RiskIncident.deleted.is_(False), Incident.deleted.is_(False))
        .group_by(RiskIncident.risk_id)
        .subquery()
    )
    n_actions = (
        select(CorrectiveAction.risk_id, func.count().label("n"))
        .where(CorrectiveAction.deleted.is_(False))
        .group_by(CorrectiveAction.risk_id)
        .subquery()
    )
    stmt = (
        select(
            SiteRisk,
            Site.code,
            Site.name,
            RiskArea.code,
            localised_name(RiskArea, lang),
            localised_name(RiskCategory, lang),
            n_incidents.c.n,
            n_actions.c.n,
        )
        .join(Site, Site.id == SiteRisk.site_id)
        .join(RiskArea, RiskArea.id == SiteRisk.risk_area_id)
        .join(RiskCategory, RiskCategory.id == RiskArea.category_id)
        .outerjoin(n_incidents, n_incidents.c.risk_id == SiteRisk.id)
        .outerjoin(n_actions, n_actions.c.risk_id == SiteRisk.id)
        .where(SiteRisk.deleted.is_(False))
    )
    if site_id is not None:
        stmt = stmt.where(SiteRisk.site_id == site_id)
    if not include_closed:
        stmt = stmt.where(SiteRisk.status != RiskStatus.CLOSED.value)
    views = []
    for risk, scode, sname, acode, aname, cname, ni, na in session.execute(stmt):
        value = risk_scoring.score(risk.likelihood, risk.severity)
        views.append(
            RiskView(
                id=risk.id,
                site_id=risk.site_id,
                site_code=scode,
                site_name=sname,
                risk_area_code=acode,
                risk_area=aname,
                risk_category=cname,
                likelihood=risk.likelihood,
                severity=risk.severity,
                score=value,
                band=risk_scoring.band(value),
                status=risk.status,
                identified_on=risk.identified_on,
                incidents=ni or 0,
                actions=na or 0,
                notes=risk.notes,
            )
        )
    views.sort(key=lambda v: (-v.score, v.site_code, v.risk_area))
    return views


def risk_matrix(risks: list[RiskView]) -> np.ndarray:
    """5x5 counts of open or mitigated risks: ``m[likelihood-1, severity-1]``."""
    size = risk_scoring.MATRIX_SIZE
    matrix = np.zeros((size, size), dtype=np.int64)
    for r in risks:
        if r.status != RiskStatus.CLOSED:
            matrix[r.likelihood - 1, r.severity - 1] += 1
    return matrix


# Wrappers owning their transaction.


def roll_up_incidents(db: Database, incident_ids: list[uuid.UUID]) -> RollUp:
    with db.sessions.begin() as s:
        return roll_up(s, incident_ids)


def site_risks(db: Database, site_id: uuid.UUID | None = None, lang: str = "en") -> list[RiskView]:
    with db.sessions() as s:
        return list_risks(s, site_id, lang=lang)


def get_risk(db: Database, risk_id: uuid.UUID, lang: str = "en") -> RiskView:
    with db.sessions() as s:
        risk = _get_risk(s, risk_id)
        for view in list_risks(s, risk.site_id, lang=lang):
            if view.id == risk_id:
                return view
    raise NotFoundError("Risk {id} does not exist.", id=str(risk_id))


def undo_roll_up_incidents(db: Database, result: RollUp) -> None:
    with db.sessions.begin() as s:
        undo_roll_up(s, result)


def redo_roll_up_incidents(db: Database, result: RollUp) -> None:
    with db.sessions.begin() as s:
        redo_roll_up(s, result)


def score(db: Database, risk_id: uuid.UUID, likelihood: int, severity: int) -> None:
    """A risk expert's own likelihood and severity for a risk."""
    with db.sessions.begin() as s:
        score_risk(s, risk_id, likelihood, severity)
