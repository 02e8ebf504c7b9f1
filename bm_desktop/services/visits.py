"""Site visits: record them (one transaction per visit or per trip) and read them back.

Reading rules: a site's *last visit* is its latest visit that took place (``done``);
visits recorded as not done stay in the history but never reset the clock the
priorities run on. Register visits (reference layers) are never programme visits;
:func:`register_visits_near` reads them for a programme site from the registers
loaded on this laptop (same code, or the nearest register site within 1 km).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    CorrectiveAction,
    Incident,
    ReferenceLayer,
    ReferenceSite,
    ReferenceVisit,
    Site,
    SiteVisit,
    VisitAction,
    VisitIncident,
)
from bm_desktop.domain.errors import NotFoundError, ValidationError
from bm_desktop.domain.visits import check_visit
from bm_desktop.geo.proximity import haversine_km

REGISTER_MATCH_KM = 1.0


@dataclass(frozen=True)
class VisitRecord:
    """One visit to record: what the person typed in the visit form."""

    site_id: uuid.UUID
    visited_on: dt.date
    visitor: str
    purpose: str
    findings: str = ""
    done: bool = True
    incidents_verified: Sequence[uuid.UUID] = ()
    incidents_raised: Sequence[uuid.UUID] = ()
    actions_checked: Sequence[uuid.UUID] = ()


@dataclass(frozen=True)
class VisitLine:
    """A visit as the history lists show it."""

    id: uuid.UUID
    visited_on: dt.date
    visitor: str
    purpose: str
    findings: str
    done: bool
    incidents_verified: int = 0
    incidents_raised: int = 0
    actions_checked: int = 0


@dataclass(frozen=True)
class RegisterVisitLine:
    """A visit from a register loaded as a reference layer."""

    layer: str
    code: str
    visited_on: dt.date | None
    workers: int | None
    minerals: str
    armed_presence: bool | None
    child_labour: bool | None


def record_visit_in(session: Session, record: VisitRecord, today: dt.date) -> uuid.UUID:
    """Check and add one visit with its links inside the caller's transaction."""
    site = session.get(Site, record.site_id)
    if site is None or site.deleted:
        raise NotFoundError("No site with id {site}.", site=str(record.site_id))
    checks = len(record.incidents_verified) + len(record.actions_checked)
    refusal = check_visit(
        record.visited_on,
        record.visitor,
        record.purpose,
        record.done,
        today,
        site.joined_on,
        checks + len(record.incidents_raised),
    )
    if refusal is not None:
        raise ValidationError(
            refusal.template, field=refusal.field, **{"site": site.code, **refusal.params}
        )
    stray = _not_owned(
        session, Incident, [*record.incidents_verified, *record.incidents_raised], site
    )
    if stray:
        raise ValidationError(
            "The incident {ref} is not one of site {site}'s.",
            field="incident",
            ref=stray,
            site=site.code,
        )
    stray = _not_owned(session, CorrectiveAction, record.actions_checked, site)
    if stray:
        raise ValidationError(
            "The corrective action {ref} is not one of site {site}'s.",
            field="action",
            ref=stray,
            site=site.code,
        )
    visit = SiteVisit(
        site_id=site.id,
        visited_on=record.visited_on,
        visitor=record.visitor.strip(),
        purpose=record.purpose,
        notes=record.findings.strip() or None,
        done=record.done,
    )
    session.add(visit)
    session.flush()
    for kind, ids in (("verified", record.incidents_verified), ("raised", record.incidents_raised)):
        for incident_id in dict.fromkeys(ids):
            session.add(VisitIncident(visit_id=visit.id, incident_id=incident_id, kind=kind))
    for action_id in dict.fromkeys(record.actions_checked):
        session.add(VisitAction(visit_id=visit.id, action_id=action_id))
    return visit.id


def _not_owned(
    session: Session,
    model,
    ids: Iterable[uuid.UUID],  # noqa: ANN001
    site: Site,
) -> str | None:
    """The first id that is not a live row of ``model`` on ``site``, or None."""
    wanted = set(ids)
    if not wanted:
        return None
    found = set(
        session.scalars(
            select(model.id).where(
                model.id.in_(wanted), model.site_id == site.id, model.deleted.is_(False)
            )
        )
    )
    missing = sorted(wanted - found)
    return str(missing[0]) if missing else None


def record_visits(
    db: Database, records: Sequence[VisitRecord], today: dt.date | None = None
) -> list[uuid.UUID]:
    """Record several visits (a trip) in one transaction: all of them or none."""
    today = today or dt.date.today()
    with db.sessions.begin() as s:
        return [record_visit_in(s, r, today) for r in records]


def visit_history(db: Database, site_id: uuid.UUID) -> list[VisitLine]:
    """A site's visits, newest first, with how many incidents and actions each covered."""
    with db.sessions() as s:
        counts: dict[tuple[uuid.UUID, str], int] = {}
        for vid, kind, n in s.execute(
            select(VisitIncident.visit_id, VisitIncident.kind, func.count())
            .join(SiteVisit, SiteVisit.id == VisitIncident.visit_id)
            .where(SiteVisit.site_id == site_id, VisitIncident.deleted.is_(False))
            .group_by(VisitIncident.visit_id, VisitIncident.kind)
        ):
            counts[(vid, kind)] = n
        for vid, n in s.execute(
            select(VisitAction.visit_id, func.count())
            .join(SiteVisit, SiteVisit.id == VisitAction.visit_id)
            .where(SiteVisit.site_id == site_id, VisitAction.deleted.is_(False))
            .group_by(VisitAction.visit_id)
        ):
            counts[(vid, "checked")] = n
        rows = s.execute(
            select(
                SiteVisit.id,
                SiteVisit.visited_on,
                SiteVisit.visitor,
                SiteVisit.purpose,
                SiteVisit.notes,
                SiteVisit.done,
            )
            .where(SiteVisit.site_id == site_id, SiteVisit.deleted.is_(False))
            .order_by(SiteVisit.visited_on.desc(), SiteVisit.id)
        ).all()
    return [
        VisitLine(
            vid,
            on,
            who,
            purpose or "",
            notes or "",
            bool(done),
            counts.get((vid, "verified"), 0),
            counts.get((vid, "raised"), 0),
            counts.get((vid, "checked"), 0),
        )
        for vid, on, who, purpose, notes, done in rows
    ]


def last_visits(db: Database, as_of: dt.date | None = None) -> dict[uuid.UUID, dt.date]:
    """Per site, the date of its latest visit that took place (on or before ``as_of``)."""
    cond: list = [SiteVisit.deleted.is_(False), SiteVisit.done.is_(True)]
    if as_of is not None:
        cond.append(SiteVisit.visited_on <= as_of)
    with db.sessions() as s:
        return dict(
            s.execute(
                select(SiteVisit.site_id, func.max(SiteVisit.visited_on))
                .where(*cond)
                .group_by(SiteVisit.site_id)
            ).all()
        )


def register_visits_near(db: Database, site_id: uuid.UUID) -> list[RegisterVisitLine]:
    """The visits the loaded registers record for a programme site: register sites with
    the same code, else the nearest within 1 km; newest first."""
    with db.sessions() as s:
        site = s.get(Site, site_id)
        if site is None:
            return []
        pad = REGISTER_MATCH_KM / 111.0
        candidates = s.execute(
            select(
                ReferenceSite.id,
                ReferenceSite.code,
                ReferenceSite.longitude,
                ReferenceSite.latitude,
                ReferenceLayer.name,
            )
            .join(ReferenceLayer, ReferenceLayer.id == ReferenceSite.layer_id)
            .where(
                (ReferenceSite.code == site.code)
                | (
                    ReferenceSite.latitude.between(site.latitude - pad, site.latitude + pad)
                    & ReferenceSite.longitude.between(
                        site.longitude - 2 * pad, site.longitude + 2 * pad
                    )
                )
            )
        ).all()
        matched: dict[str, tuple[float, uuid.UUID, str]] = {}
        for rid, code, lon, lat, layer in candidates:
            d = (
                0.0
                if code == site.code
                else float(haversine_km(site.longitude, site.latitude, lon, lat))
            )
            if d <= REGISTER_MATCH_KM and (layer not in matched or d < matched[layer][0]):
                matched[layer] = (d, rid, code)
        lines = []
        for layer, (_d, rid, code) in matched.items():
            for row in s.execute(
                select(
                    ReferenceVisit.visited_on,
                    ReferenceVisit.workers,
                    ReferenceVisit.minerals,
                    ReferenceVisit.armed_presence,
                    ReferenceVisit.child_labour,
                ).where(ReferenceVisit.site_id == rid)
            ):
                lines.append(RegisterVisitLine(layer, code, *row))
    lines.sort(key=lambda v: v.visited_on or dt.date.min, reverse=True)
    return lines
