"""Showing an incident's sensitive details deliberately, and remembering that they were.

The window masks victims', witnesses' and minors' details until the user reveals them,
one incident at a time; each reveal is recorded in the local-only table
``sensitive_reveals`` (never synchronised) in the same transaction that reads the
details. A role that may not see them (government engagement) never gets them, as on
the server.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from bm_desktop.db.engine import Database
from bm_desktop.db.models import Incident, SensitiveReveal
from bm_desktop.domain.errors import NotFoundError, ValidationError
from bm_desktop.services.incidents import SensitiveDetails, role_sees_sensitive


@dataclass(frozen=True)
class Reveal:
    """One recorded showing of an incident's sensitive details."""

    incident_id: uuid.UUID
    revealed_at: dt.datetime
    role: str | None
    user_name: str | None


def has_sensitive(details: SensitiveDetails | None) -> bool:
    return details is not None and any((details.victims, details.witnesses, details.notes))


def reveal(
    db: Database, incident_id: uuid.UUID, role: str | None, user_name: str | None = None
) -> SensitiveDetails:
    """The incident's sensitive details, the showing recorded locally (one transaction)."""
    if not role_sees_sensitive(role):
        raise ValidationError("Your role may not see sensitive incident details.")
    with db.sessions.begin() as s:
        incident = s.get(Incident, incident_id)
        if incident is None or incident.deleted:
            raise NotFoundError("Incident {id} does not exist.", id=str(incident_id))
        s.add(
            SensitiveReveal(
                incident_id=incident_id,
                role=role,
                user_name=user_name,
                revealed_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            )
        )
        return SensitiveDetails(
            incident.sensitive_victims, incident.sensitive_witnesses, incident.sensitive_notes
        )


def reveals(db: Database, incident_id: uuid.UUID | None = None) -> list[Reveal]:
    """The recorded showings, oldest first (of one incident, or all)."""
    stmt = select(SensitiveReveal).order_by(SensitiveReveal.id)
    if incident_id is not None:
        stmt = stmt.where(SensitiveReveal.incident_id == incident_id)
    with db.sessions() as s:
        return [Reveal(r.incident_id, r.revealed_at, r.role, r.user_name) for r in s.scalars(stmt)]
