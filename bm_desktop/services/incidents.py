"""Recording, editing, verifying and rejecting incidents.

Each use case has a session-level function that works inside the caller's
transaction (so an import or a meeting can combine several in one) and a thin
wrapper taking the :class:`Database` that owns its transaction. Bad input
raises :class:`ValidationError` / :class:`NotFoundError` / :class:`TransitionError`
with a specific message before anything is written.

Sensitive details (names of minors or victims, witness identities) travel in a
separate :class:`SensitiveDetails` object and are read only for roles that may
see them (:func:`role_sees_sensitive`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db import rules
from bm_desktop.db.engine import Database
from bm_desktop.db.models import Incident, RiskArea, RiskCategory, Site
from bm_desktop.domain.enums import IncidentSource, Role, Verification
from bm_desktop.domain.errors import NotFoundError, TransitionError, ValidationError
from bm_desktop.domain.taxonomy import PROGRAMME_AREA, WFCL_AREA
from bm_desktop.geo.proximity import haversine_km

# An own location farther than this from the site needs an explicit confirmation.
MAX_UNCONFIRMED_DISTANCE_KM = 50.0
SEVERITY_RANGE = rules.SEVERITY_RANGE  # one rule for the form, imports and the server
SENSITIVE_ROLES = frozenset({Role.ADMINISTRATOR, Role.REGIONAL_MANAGER, Role.COORDINATOR})


def role_sees_sensitive(role: str | None) -> bool:
    """Whether a role may see sensitive incident details (government users may not)."""
    return role in SENSITIVE_ROLES


@dataclass(frozen=True)
class SensitiveDetails:
    victims: str | None = None
    witnesses: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class IncidentDraft:
    """What a user enters for an incident. ``site_id`` or ``site_code`` names the site."""

    occurred_on: dt.date | None
    risk_area_code: str | None
    description: str
    site_id: uuid.UUID | None = None
    site_code: str | None = None
    reported_on: dt.date | None = None  # default: today
    reported_by: str | None = None
    source: str = IncidentSource.MONITOR
    severity: int = 2
    people_affected: int | None = None
    minors_involved: int = 0
    longitude: float | None = None
    latitude: float | None = None
    confirm_far_location: bool = False
    # None keeps what is stored (e.g. when a role that cannot see them edits).
    sensitive: SensitiveDetails | None = None
    # A monitor's field submission: its instance id and photos (None keeps what is stored).
    submission_id: str | None = None
    photos: tuple[str, ...] | None = None


@dataclass(frozen=True)
class IncidentView:
    """An incident as a form or detail panel shows it."""

    id: uuid.UUID
    site_id: uuid.UUID
    site_code: str
    site_name: str
    occurred_on: dt.date
    reported_on: dt.date
    reported_by: str | None
    source: str
    risk_area_code: str
    risk_area: str
    risk_category: str
    severity: int
    description: str
    people_affected: int | None
    minors_involved: int
    wfcl: bool
    longitude: float | None
    latitude: float | None
    verification: str
    verified_by: str | None
    verified_at: dt.datetime | None
    rejection_reason: str | None
    sensitive: SensitiveDetails | None = None  # None when the role may not see it
    risk_ids: tuple[uuid.UUID, ...] = field(default_factory=tuple)
    submission_id: str | None = None
    photos: tuple[str, ...] = ()  # paths inside the media folder beside the database


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def resolve_site(session: Session, site_id: uuid.UUID | None, site_code: str | None) -> Site:
    """The site named by id or code; a specific error if none is given or it is unknown."""
    if site_id is None and not (site_code or "").strip():
        raise ValidationError("Choose the site where the incident happened.", field="site")
    if site_id is not None:
        site = session.get(Site, site_id)
        if site is None or site.deleted:
            raise NotFoundError("Site {id} does not exist.", id=str(site_id))
        return site
    code = (site_code or "").strip()
    site = session.scalar(select(Site).where(Site.code == code, Site.deleted.is_(False)))
    if site is None:
        raise NotFoundError("Unknown site code '{code}': no site with that code exists.", code=code)
    return site


def resolve_risk_area(session: Session, code: str | None) -> RiskArea:
    if not (code or "").strip():
        raise ValidationError("Choose the risk area of the incident.", field="risk_area")
    area = session.scalar(
        select(RiskArea).where(RiskArea.code == (code or "").strip(), RiskArea.deleted.is_(False))
    )
    if area is None:
        raise ValidationError(
            "Unknown risk area '{code}': choose one from the risk taxonomy.",
            field="risk_area",
            code=code,
        )
    return area


def _check_dates(draft: IncidentDraft, today: dt.date) -> dt.date:
    if draft.occurred_on is None:
        raise ValidationError("Enter the date the incident occurred.", field="occurred_on")
    if draft.occurred_on > today:
        raise ValidationError(
            "The incident date {date} is in the future (today is {today}).",
            field="occurred_on",
            date=draft.occurred_on.isoformat(),
            today=today.isoformat(),
        )
    reported = draft.reported_on or today
    if reported > today:
        raise ValidationError(
            "The report date {date} is in the future (today is {today}).",
            field="reported_on",
            date=reported.isoformat(),
            today=today.isoformat(),
        )
    if reported < draft.occurred_on:
        raise ValidationError(
            "The report date {date} is before the incident date {occurred}.",
            field="reported_on",
            date=reported.isoformat(),
            occurred=draft.occurred_on.isoformat(),
        )
    return reported


def _check_location(draft: IncidentDraft, site: Site) -> None:
    lon, lat = draft.longitude, draft.latitude
    if lon is None and lat is None:
        return
    if lon is None or lat is None:
        raise ValidationError(
            "Give both longitude and latitude of the incident location, or neither.",
            field="location",
        )
    lon_min, lat_min, lon_max, lat_max = PROGRAMME_AREA
    if not (lon_min <= lon <= lon_max and lat_min <= lat <= lat_max):
        raise ValidationError(
            "The location ({lon:.4f}, {lat:.4f}) is outside the programme area "
            "(longitude {lon_min:g} to {lon_max:g}, latitude {lat_min:g} to {lat_max:g}); "
            "check that longitude and latitude are not swapped.",
            field="location",
            lon=lon,
            lat=lat,
            lon_min=lon_min,
            lon_max=lon_max,
            lat_min=lat_min,
            lat_max=lat_max,
        )
    km = float(haversine_km(lon, lat, site.longitude, site.latitude))
    if km > MAX_UNCONFIRMED_DISTANCE_KM and not draft.confirm_far_location:
        raise ValidationError(
            "The location is {km:.0f} km from site {code} ({name}), more than "
            "{limit:.0f} km: confirm that it is right.",
            field="location_confirm",
            km=km,
            code=site.code,
            name=site.name,
            limit=MAX_UNCONFIRMED_DISTANCE_KM,
        )


def _check_numbers(draft: IncidentDraft) -> None:
    low, high = SEVERITY_RANGE
    if not isinstance(draft.severity, int) or not low <= draft.severity <= high:
        raise ValidationError(
            "Severity must be from {low} (low) to {high} (critical), not {value}.",
            field="severity",
            low=low,
            high=high,
            value=repr(draft.severity),
        )
    if draft.people_affected is not None and draft.people_affected < 0:
        raise ValidationError("People affected cannot be negative.", field="people_affected")
    if draft.minors_involved is None or draft.minors_involved < 0:
        raise ValidationError("Minors involved cannot be negative.", field="minors_involved")
    if draft.people_affected is not None and draft.minors_involved > draft.people_affected:
        raise ValidationError(
            "Minors involved ({minors}) cannot exceed people affected ({people}).",
            field="minors_involved",
            minors=draft.minors_involved,
            people=draft.people_affected,
        )
    try:
        IncidentSource(draft.source)
    except ValueError:
        raise ValidationError(
            "Unknown source '{value}' (use one of: {allowed}).",
            field="source",
            value=str(draft.source),
            allowed=[s.value for s in IncidentSource],
        ) from None
    if not draft.description.strip():
        raise ValidationError("Describe what happened.", field="description")


def _apply(
    incident: Incident, draft: IncidentDraft, site: Site, area: RiskArea, reported: dt.date
) -> None:
    incident.site_id = site.id
    incident.occurred_on = draft.occurred_on  # type: ignore[assignment]
    incident.reported_on = reported
    incident.reported_by = (draft.reported_by or "").strip() or None
    incident.source = str(draft.source)
    incident.risk_area_id = area.id
    incident.severity = draft.severity
    incident.description = draft.description.strip()
    incident.people_affected = draft.people_affected
    incident.minors_involved = draft.minors_involved
    incident.longitude = draft.longitude
    incident.latitude = draft.latitude
    if draft.submission_id is not None:
        incident.submission_id = draft.submission_id.strip() or None
    if draft.photos is not None:
        incident.photos = "\n".join(draft.photos) or None
    if draft.sensitive is not None:
        incident.sensitive_victims = (draft.sensitive.victims or "").strip() or None
        incident.sensitive_witnesses = (draft.sensitive.witnesses or "").strip() or None
        incident.sensitive_notes = (draft.sensitive.notes or "").strip() or None


def validate_incident(
    session: Session, draft: IncidentDraft, today: dt.date | None = None
) -> tuple[Site, RiskArea, dt.date]:
    """Check a draft against every rule; return its site, risk area and report date."""
    today = today or dt.date.today()
    site = resolve_site(session, draft.site_id, draft.site_code)
    reported = _check_dates(draft, today)
    area = resolve_risk_area(session, draft.risk_area_code)
    _check_numbers(draft)
    _check_location(draft, site)
    return site, area, reported


def record_incident(
    session: Session, draft: IncidentDraft, today: dt.date | None = None
) -> uuid.UUID:
    """Record a new (reported, unverified) incident inside the caller's transaction."""
    site, area, reported = validate_incident(session, draft, today)
    incident = Incident(verification=Verification.REPORTED.value)
    _apply(incident, draft, site, area, reported)
    session.add(incident)
    session.flush()
    return incident.id


# One whole sentence per case, so each translates with the right grammar.
_ALREADY_REVIEWED: dict[tuple[str, str], str] = {
    ("verified", "verified"): "The incident is already verified; only a reported incident "
    "can be verified.",
    ("rejected", "verified"): "The incident is already rejected; only a reported incident "
    "can be verified.",
    ("verified", "rejected"): "The incident is already verified; only a reported incident "
    "can be rejected.",
    ("rejected", "rejected"): "The incident is already rejected; only a reported incident "
    "can be rejected.",
}


def _get_incident(session: Session, incident_id: uuid.UUID) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None or incident.deleted:
        raise NotFoundError("Incident {id} does not exist.", id=str(incident_id))
    return incident


def edit_incident(
    session: Session,
    incident_id: uuid.UUID,
    draft: IncidentDraft,
    today: dt.date | None = None,
    reopen: bool = False,
) -> None:
    """Change an incident's details. Its verification is kept, unless ``reopen``: then
    it goes back to reported (a monitor edited the submission the expert reviewed)."""
    incident = _get_incident(session, incident_id)
    site, area, reported = validate_incident(session, draft, today)
    _apply(incident, draft, site, area, reported)
    if reopen:
        incident.verification = Verification.REPORTED.value
        incident.verified_by = None
        incident.verified_at = None
        incident.rejection_reason = None
    session.flush()


def verify_incident(
    session: Session, incident_id: uuid.UUID, by: str, at: dt.datetime | None = None
) -> None:
    """Mark a reported incident verified, recording who verified it and when."""
    incident = _get_incident(session, incident_id)
    if not by.strip():
        raise ValidationError("Say who verifies the incident.", field="by")
    if incident.verification != Verification.REPORTED:
        raise TransitionError(_ALREADY_REVIEWED[incident.verification, "verified"])
    incident.verification = Verification.VERIFIED.value
    incident.verified_by = by.strip()
    incident.verified_at = at or _now()
    incident.rejection_reason = None
    session.flush()


def reject_incident(
    session: Session, incident_id: uuid.UUID, reason: str, by: str, at: dt.datetime | None = None
) -> None:
    """Reject a reported incident with a reason, recording who rejected it and when."""
    incident = _get_incident(session, incident_id)
    if not reason.strip():
        raise ValidationError("Give the reason for rejecting the incident.", field="reason")
    if not by.strip():
        raise ValidationError("Say who rejects the incident.", field="by")
    if incident.verification != Verification.REPORTED:
        raise TransitionError(_ALREADY_REVIEWED[incident.verification, "rejected"])
    incident.verification = Verification.REJECTED.value
    incident.verified_by = by.strip()
    incident.verified_at = at or _now()
    incident.rejection_reason = reason.strip()
    session.flush()


def reopen_incident(session: Session, incident_id: uuid.UUID) -> None:
    """Put a verified or rejected incident back to reported (what undo of a review does)."""
    incident = _get_incident(session, incident_id)
    incident.verification = Verification.REPORTED.value
    incident.verified_by = None
    incident.verified_at = None
    incident.rejection_reason = None
    session.flush()


def set_incident_withdrawn(session: Session, incident_id: uuid.UUID, withdrawn: bool) -> None:
    """Soft-delete an incident (undo of recording it) or bring it back (redo).

    Refused once a risk or an action uses the incident: those links are the record.
    """
    from bm_desktop.db.models import ActionIncident, RiskIncident

    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFoundError("Incident {id} does not exist.", id=str(incident_id))
    if withdrawn:
        for model in (RiskIncident, ActionIncident):
            used = session.scalar(
                select(model.id)
                .where(model.incident_id == incident_id, model.deleted.is_(False))
                .limit(1)
            )
            if used is not None:
                raise TransitionError(
                    "The incident is linked to a risk or an action; it cannot be withdrawn."
                )
    incident.deleted = withdrawn
    session.flush()


def incident_draft(view: IncidentView) -> IncidentDraft:
    """A draft holding an incident's current values (to edit it, or to undo an edit)."""
    return IncidentDraft(
        occurred_on=view.occurred_on,
        risk_area_code=view.risk_area_code,
        description=view.description,
        site_id=view.site_id,
        reported_on=view.reported_on,
        reported_by=view.reported_by,
        source=view.source,
        severity=view.severity,
        people_affected=view.people_affected,
        minors_involved=view.minors_involved,
        longitude=view.longitude,
        latitude=view.latitude,
        confirm_far_location=True,
        sensitive=view.sensitive,
    )


def incident_view(session: Session, incident_id: uuid.UUID, role: str | None) -> IncidentView:
    """One incident for display; sensitive details only if ``role`` may see them."""
    from bm_desktop.db.models import RiskIncident

    incident = _get_incident(session, incident_id)
    site = session.get(Site, incident.site_id)
    area = session.get(RiskArea, incident.risk_area_id)
    assert site is not None and area is not None
    category = session.get(RiskCategory, area.category_id)
    sensitive = None
    if role_sees_sensitive(role):
        sensitive = SensitiveDetails(
            incident.sensitive_victims, incident.sensitive_witnesses, incident.sensitive_notes
        )
    risk_ids = tuple(
        session.scalars(
            select(RiskIncident.risk_id).where(
                RiskIncident.incident_id == incident_id, RiskIncident.deleted.is_(False)
            )
        )
    )
    return IncidentView(
        id=incident.id,
        site_id=site.id,
        site_code=site.code,
        site_name=site.name,
        occurred_on=incident.occurred_on,
        reported_on=incident.reported_on,
        reported_by=incident.reported_by,
        source=incident.source,
        risk_area_code=area.code,
        risk_area=area.name_en,
        risk_category=category.name_en if category else "",
        severity=incident.severity,
        description=incident.description,
        people_affected=incident.people_affected,
        minors_involved=incident.minors_involved,
        wfcl=area.code == WFCL_AREA,
        longitude=incident.longitude,
        latitude=incident.latitude,
        verification=incident.verification,
        verified_by=incident.verified_by,
        verified_at=incident.verified_at,
        rejection_reason=incident.rejection_reason,
        sensitive=sensitive,
        risk_ids=risk_ids,
        submission_id=incident.submission_id,
        photos=tuple(p for p in (incident.photos or "").split("\n") if p),
    )


# Wrappers owning their transaction, for callers that do one thing at a time.


def record(db: Database, draft: IncidentDraft, today: dt.date | None = None) -> uuid.UUID:
    with db.sessions.begin() as s:
        return record_incident(s, draft, today)


def edit(
    db: Database, incident_id: uuid.UUID, draft: IncidentDraft, today: dt.date | None = None
) -> None:
    with db.sessions.begin() as s:
        edit_incident(s, incident_id, draft, today)


def verify(db: Database, incident_id: uuid.UUID, by: str) -> None:
    with db.sessions.begin() as s:
        verify_incident(s, incident_id, by)


def reject(db: Database, incident_id: uuid.UUID, reason: str, by: str) -> None:
    with db.sessions.begin() as s:
        reject_incident(s, incident_id, reason, by)


def get(db: Database, incident_id: uuid.UUID, role: str | None) -> IncidentView:
    with db.sessions() as s:
        return incident_view(s, incident_id, role)


def review(db: Database, incident_ids: list[uuid.UUID], by: str, reason: str | None = None) -> None:
    """Verify (``reason`` None) or reject the incidents, all or none."""
    with db.sessions.begin() as s:
        for incident_id in incident_ids:
            if reason is None:
                verify_incident(s, incident_id, by)
            else:
                reject_incident(s, incident_id, reason, by)


def reopen(db: Database, incident_ids: list[uuid.UUID]) -> None:
    """Put reviewed incidents back to reported (undo of a review)."""
    with db.sessions.begin() as s:
        for incident_id in incident_ids:
            reopen_incident(s, incident_id)


def set_withdrawn(db: Database, incident_id: uuid.UUID, withdrawn: bool) -> None:
    with db.sessions.begin() as s:
        set_incident_withdrawn(s, incident_id, withdrawn)
