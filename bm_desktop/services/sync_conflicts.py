"""Conflicts and refused changes, as the user sees and resolves them.

A conflict holds this laptop's version of a row that lost to a later, concurrent
one from someone else. Resolving it writes the chosen version as a new change
(stamped now, so it wins everywhere on the next sync); choosing the version
already in place just closes the conflict.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select

from bm_desktop.db.base import Base
from bm_desktop.db.engine import Database
from bm_desktop.db.models import OutboxChange, SyncConflict
from bm_desktop.domain.errors import NotFoundError, ValidationError
from bm_desktop.domain.hlc import Timestamp
from bm_desktop.sync import local as local_sync
from bm_desktop.sync import reasons, rows
from bm_desktop.sync.outbox import utcnow

# Columns worth naming a row by, in order of preference.
_LABEL_COLUMNS = (
    "code",
    "name",
    "title",
    "description",
    "text",
    "status",
    "month",
    "visited_on",
    "occurred_on",
    "on",
)


@dataclass(frozen=True)
class FieldDifference:
    column: str
    local: Any
    remote: Any


@dataclass(frozen=True)
class ConflictView:
    id: int
    table: str
    row_id: uuid.UUID
    label: str
    local_time: dt.datetime | None  # when the losing (local) version was written, UTC
    remote_time: dt.datetime | None
    remote_device: str
    remote_who: str  # who works on that device, as the server named it ("" if unknown)
    differences: tuple[FieldDifference, ...]
    local_deleted: bool
    remote_deleted: bool
    detected_at: dt.datetime
    resolved: bool
    resolution: str | None


@dataclass(frozen=True)
class RefusedChange:
    table: str
    row_id: uuid.UUID
    op: str
    stored: str  # the server's reason as kept (English, or with its key)
    created_at: dt.datetime

    @property
    def message(self) -> str:
        """The server's reason in English."""
        return reasons.shown(self.stored, "en")

    def text(self, lang: str) -> str:
        """The server's reason in ``lang``."""
        return reasons.shown(self.stored, lang)


@dataclass(frozen=True)
class SkippedRow:
    """A row the server sent that this laptop left out (it broke a rule)."""

    table: str
    row_id: str
    received_at: dt.datetime
    stored: str

    def text(self, lang: str) -> str:
        """Why it was left out, in ``lang``."""
        return reasons.shown(self.stored, lang)


def _clock_time(clock: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(Timestamp.decode(clock).millis / 1000, dt.UTC).replace(
            tzinfo=None
        )
    except ValueError:
        return None


def _label(table: str, version: dict[str, Any]) -> str:
    for col in _LABEL_COLUMNS:
        value = version.get(col)
        if value not in (None, ""):
            text = str(value)
            return text if len(text) <= 60 else text[:57] + "..."
    return version.get("id", "")[:8]


def _view(c: SyncConflict, names: dict[str, str]) -> ConflictView:
    local, remote = json.loads(c.local_version), json.loads(c.remote_version)
    diffs = tuple(
        FieldDifference(k, local.get(k), remote.get(k))
        for k in rows.content(remote)
        if k not in ("id", "deleted") and local.get(k) != remote.get(k)
    )
    device = Timestamp.decode(c.remote_clock).node if c.remote_clock else ""
    return ConflictView(
        c.id,
        c.table_name,
        c.row_id,
        _label(c.table_name, remote or local),
        _clock_time(c.local_clock),
        _clock_time(c.remote_clock),
        device,
        str(names.get(device, "")),
        diffs,
        bool(local.get("deleted")),
        bool(remote.get("deleted")),
        c.detected_at,
        c.resolved,
        c.resolution,
    )


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[ConflictView]:
    """Conflicts to look at, newest first."""
    with db.sessions() as s:
        q = select(SyncConflict).order_by(SyncConflict.detected_at.desc(), SyncConflict.id.desc())
        if not include_resolved:
            q = q.where(SyncConflict.resolved.is_(False))
        names = local_sync.device_names(s.connection())
        return [_view(c, names) for c in s.scalars(q)]


def _model(table: str) -> type:
    for mapper in Base.registry.mappers:
        if mapper.class_.__tablename__ == table:
            return mapper.class_
    raise NotFoundError("No table '{table}' in this database.", table=table)


def resolve_conflict(db: Database, conflict_id: int, choice: Literal["local", "remote"]) -> bool:
    """Keep the chosen version; returns True when that wrote a new change."""
    if choice not in ("local", "remote"):
        raise ValidationError(
            "Choose 'local' or 'remote', not '{choice}'.", "choice", choice=choice
        )
    with db.sessions.begin() as s:
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFoundError("No conflict number {n}.", n=conflict_id)
        if conflict.resolved:
            raise ValidationError("This conflict was already resolved.")
        chosen = json.loads(
            conflict.local_version if choice == "local" else conflict.remote_version
        )
        tc = rows.codec(conflict.table_name)
        values = tc.decode(chosen)
        obj = s.get(_model(conflict.table_name), conflict.row_id)
        wrote = False
        if obj is None:  # the row was removed here (a duplicate given way to the server's)
            obj = _model(conflict.table_name)(
                **{k: v for k, v in values.items() if k not in rows.META_COLUMNS}
            )
            s.add(obj)
            wrote = True
        elif not rows.same_content(tc.encode_object(obj), chosen):
            for key, value in values.items():
                if key not in rows.META_COLUMNS and key != "id":
                    setattr(obj, key, value)
            wrote = True
        conflict.resolved = True
        conflict.resolution = choice
        conflict.resolved_at = utcnow()
        return wrote


def list_refused_changes(db: Database) -> list[RefusedChange]:
    """Local changes the server refused (out of scope, invalid), with its reason."""
    with db.sessions() as s:
        q = (
            select(OutboxChange)
            .where(OutboxChange.state == "rejected")
            .order_by(OutboxChange.seq.desc())
        )
        return [
            RefusedChange(o.table_name, o.row_id, o.op, o.message or "", o.created_at)
            for o in s.scalars(q)
        ]


def list_skipped_rows(db: Database) -> list[SkippedRow]:
    """Rows received from the server but left out here (a value breaking a domain rule),
    newest first, with the reason: they are in no view, so the window lists them."""
    with db.engine.connect() as conn:
        return [
            SkippedRow(k.table, k.row_id, k.at, k.stored) for k in local_sync.skipped_rows(conn)
        ]
