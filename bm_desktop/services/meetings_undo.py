"""Undo and redo of a meeting-mode save, like every other edit in the app.

A save touches the month's meeting row, its agenda items (with minutes), its
attendance and decisions, and may create actions and progress updates. The save
takes a snapshot of the meeting's rows before and after its writes (all of them,
deleted ones included, since synchronised rows are never erased); undo writes the
"before" values back, redo the "after" values. Rows the save created are marked
deleted by undo. Actions and progress updates go through the action services'
own compensations (withdrawn action, retracted update), so the life-cycle rules
still apply. Each runs in one transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.db.models import AgendaItem, CapMeeting, MeetingAttendance, MeetingDecision
from bm_desktop.services import actions

if TYPE_CHECKING:
    from bm_desktop.services.meetings import MeetingSaved

_CHILDREN: tuple[Any, ...] = (AgendaItem, MeetingAttendance, MeetingDecision)
_MODELS = {m.__tablename__: m for m in (CapMeeting, *_CHILDREN)}
_STAMPS = frozenset({"id", "updated_at", "updated_by"})  # written by the stamper

Snapshot = dict[tuple[str, uuid.UUID], dict[str, Any]]


@dataclass(frozen=True)
class RowChange:
    """One row the save changed: its values before and after (changed columns only)."""

    table: str
    row_id: uuid.UUID
    before: dict[str, Any]
    after: dict[str, Any]


def _values(row: Any) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in _STAMPS}


def snapshot(session: Session, site_id: uuid.UUID, month: str) -> Snapshot:
    """Every row of the site's meetings of the month, with their values."""
    session.flush()
    meetings = list(
        session.scalars(
            select(CapMeeting).where(CapMeeting.site_id == site_id, CapMeeting.month == month)
        )
    )
    found: Snapshot = {("cap_meetings", m.id): _values(m) for m in meetings}
    ids = [m.id for m in meetings]
    if ids:
        for model in _CHILDREN:
            for row in session.scalars(select(model).where(model.meeting_id.in_(ids))):
                found[(model.__tablename__, row.id)] = _values(row)
    return found


def changes(before: Snapshot, after: Snapshot) -> tuple[RowChange, ...]:
    """What the save changed; a row absent before was created (undo marks it deleted)."""
    found = []
    for key, now in after.items():
        then = before.get(key, {**now, "deleted": True})
        columns = [c for c in now if now[c] != then.get(c)]
        if columns:
            found.append(
                RowChange(
                    key[0], key[1], {c: then.get(c) for c in columns}, {c: now[c] for c in columns}
                )
            )
    return tuple(found)


def _write(session: Session, rows: tuple[RowChange, ...], side: str) -> None:
    for change in rows:
        row = session.get(_MODELS[change.table], change.row_id)
        if row is not None:
            for column, value in getattr(change, side).items():
                setattr(row, column, value)
    session.flush()


def undo_save(db: Database, saved: MeetingSaved) -> None:
    """Put the meeting back as it was before the save (one transaction)."""
    with db.sessions.begin() as s:
        for progress_id in reversed(saved.progress_added):
            actions.retract_progress(s, progress_id)
        for action_id in saved.actions_created:
            actions.set_action_withdrawn(s, action_id, True)
        _write(s, saved.changes, "before")


def redo_save(db: Database, saved: MeetingSaved) -> None:
    """Bring the saved meeting back after an undo (one transaction)."""
    with db.sessions.begin() as s:
        _write(s, saved.changes, "after")
        for action_id in saved.actions_created:
            actions.set_action_withdrawn(s, action_id, False)
        for progress_id in saved.progress_added:
            actions.restore_progress(s, progress_id)
