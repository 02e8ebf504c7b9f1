"""The actions a CAP meeting can record progress on, for a given meeting date.

A decision "record progress on an open action" writes a progress update dated
the meeting day, so the list offers exactly the site's actions that the life
cycle lets take an update on that day (``action_lifecycle.accepts_update_on``):
recommended by then, no update dated after it, not verified or cancelled. Each
action appears once, with what tells it apart from others of the same wording
(status, due date, owner).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from bm_desktop.db.engine import Database
from bm_desktop.db.models import ActionProgress, CorrectiveAction, Stakeholder, StakeholderType
from bm_desktop.db.reference_data import localised_name
from bm_desktop.domain import action_lifecycle as lifecycle
from bm_desktop.domain.enums import ActionStatus


@dataclass(frozen=True)
class UpdatableAction:
    id: uuid.UUID
    description: str
    status: str  # its current status, which is its status on the meeting day
    due_on: dt.date
    overdue: bool  # due before the meeting day and not implemented
    owner: str | None  # "name (type)"
    recommended_on: dt.date
    allowed_next: tuple[str, ...]  # the statuses an update on the day may set


def updatable_actions(
    db: Database, site_id: uuid.UUID, day: dt.date, lang: str = "en"
) -> list[UpdatableAction]:
    """The site's actions that can take a progress update dated ``day``: overdue first,
    then by due date and description."""
    with db.sessions() as s:
        actions = list(
            s.scalars(
                select(CorrectiveAction).where(
                    CorrectiveAction.site_id == site_id,
                    CorrectiveAction.deleted.is_(False),
                    CorrectiveAction.recommended_on <= day,
                )
            )
        )
        points: dict[uuid.UUID, list[lifecycle.ProgressPoint]] = defaultdict(list)
        if actions:
            for action_id, status, on, seq, stamp in s.execute(
                select(
                    ActionProgress.action_id,
                    ActionProgress.status,
                    ActionProgress.on,
                    ActionProgress.seq,
                    ActionProgress.updated_at,
                ).where(
                    ActionProgress.deleted.is_(False),
                    ActionProgress.action_id.in_([a.id for a in actions]),
                )
            ):
                points[action_id].append(
                    lifecycle.ProgressPoint(ActionStatus(status), on, seq or "", stamp or "")
                )
        owners = {
            sid: f"{name} ({localised_name(kind, lang)})"
            for sid, name, kind in s.execute(
                select(Stakeholder.id, Stakeholder.name, StakeholderType)
                .join(StakeholderType, StakeholderType.id == Stakeholder.type_id)
                .where(Stakeholder.id.in_({a.stakeholder_id for a in actions if a.stakeholder_id}))
            )
        }
    found = []
    for action in actions:
        updates = points[action.id]
        if not lifecycle.accepts_update_on(updates, day, recommended_on=action.recommended_on):
            continue
        status = lifecycle.current_status(updates)
        found.append(
            UpdatableAction(
                action.id,
                action.description,
                status.value,
                action.due_on,
                lifecycle.is_overdue(status, action.due_on, day),
                owners.get(action.stakeholder_id) if action.stakeholder_id else None,
                action.recommended_on,
                tuple(s.value for s in lifecycle.allowed_next(status)),
            )
        )
    found.sort(key=lambda a: (not a.overdue, a.due_on, a.description, str(a.id)))
    return found
