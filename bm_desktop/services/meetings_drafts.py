"""Meeting mode's kept draft: everything typed so far, in the local database.

Meeting mode writes the whole record (agenda with minutes, attendance,
decisions, date, start time, place) as JSON into the local-only table
``meeting_drafts`` at each change, one row per site and month. The write is a
transaction of its own with ``PRAGMA synchronous=FULL`` (the database otherwise
runs WAL with ``NORMAL``, which may lose the last commits on a power cut), so
what was typed survives a crash or a power cut. The row is deleted when the
meeting is saved (in the save's transaction) or when the user discards the work.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import delete, insert, select

from bm_desktop.db.engine import Database
from bm_desktop.db.models import MeetingDraft
from bm_desktop.domain.agenda import AgendaDraft, AgendaEntry
from bm_desktop.services.actions import ActionDraft, ProgressDraft
from bm_desktop.services.meetings import (
    AttendanceEntry,
    DecisionEntry,
    MeetingRecord,
    forget_draft,
)

FORMAT = 1  # bump when the JSON layout changes; older drafts are then ignored


@dataclass(frozen=True)
class KeptDraft:
    kept_at: dt.datetime
    record: MeetingRecord


def _plain(value: Any) -> Any:
    """JSON-ready: dates, times and ids as ISO strings / text."""
    if isinstance(value, (dt.date, dt.time, dt.datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, frozenset, set)):
        return [
            _plain(v) for v in (sorted(value) if isinstance(value, (set, frozenset)) else value)
        ]
    return value


def record_json(record: MeetingRecord) -> str:
    """The record as JSON (the site is given by the row, not repeated)."""
    return json.dumps({"format": FORMAT, "record": _plain(asdict(record))}, ensure_ascii=False)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _uuid(text: str | None) -> uuid.UUID | None:
    return uuid.UUID(text) if text else None


def _entry(d: dict) -> AgendaEntry:
    return AgendaEntry(
        d["section"],
        d["title"],
        d["details"],
        d["duration_min"],
        d["presenter"],
        d["ref_table"],
        tuple(uuid.UUID(x) for x in d["ref_ids"]),
        frozenset(d["flags"]),
        d["minutes"],
        _uuid(d["id"]),
    )


def _decision(d: dict) -> DecisionEntry:
    action = None
    if d["new_action"]:
        a = d["new_action"]
        action = ActionDraft(
            a["kind"],
            a["description"],
            _date(a["recommended_on"]),
            _date(a["due_on"]),
            _uuid(a["stakeholder_id"]),
            a["priority"],
            _uuid(a["risk_id"]),
            tuple(uuid.UUID(x) for x in a["incident_ids"]),
            _uuid(a["site_id"]),
            a["risk_area_code"],
            a["by"],
        )
    progress = None
    if d["progress"]:
        action_id, p = d["progress"]
        progress = (
            uuid.UUID(action_id),
            ProgressDraft(p["status"], _date(p["on"]), p["note"], p["by"]),
        )
    return DecisionEntry(d["text"], d["item_index"], action, progress)


def record_from_json(text: str) -> MeetingRecord | None:
    """The record kept as JSON; None for a draft of another format."""
    data = json.loads(text)
    if data.get("format") != FORMAT:
        return None
    r = data["record"]
    g = r["draft"]
    draft = AgendaDraft(
        g["site_code"],
        g["site_name"],
        g["region"],
        g["month"],
        dt.date.fromisoformat(g["meeting_on"]),
        _date(g["previous_meeting_on"]),
        [_entry(e) for e in g["entries"]],
        dt.time.fromisoformat(g["starts_at"]),
    )
    attendance = [
        AttendanceEntry(a["women"], a["men"], _uuid(a["stakeholder_id"]), a["name"], a["type_code"])
        for a in r["attendance"]
    ]
    return MeetingRecord(
        r["site"],
        r["month"],
        draft,
        attendance,
        [_decision(d) for d in r["decisions"]],
        _date(r["held_on"]),
        r["place"],
        r["general_minutes"],
        r["mark_held"],
    )


def keep_draft(
    db: Database,
    site_id: uuid.UUID,
    month: str,
    record: MeetingRecord,
    now: dt.datetime | None = None,
) -> None:
    """Keep (replace) the draft of the site's meeting of the month, durably."""
    content = record_json(record)
    kept_at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA synchronous=FULL")
        try:
            conn.execute(
                delete(MeetingDraft).where(
                    MeetingDraft.site_id == site_id, MeetingDraft.month == month
                )
            )
            conn.execute(
                insert(MeetingDraft).values(
                    site_id=site_id, month=month, kept_at=kept_at, content=content
                )
            )
            conn.commit()
        finally:
            conn.rollback()
            conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
            conn.commit()


def kept_draft(db: Database, site_id: uuid.UUID, month: str) -> KeptDraft | None:
    """The kept draft of the site's meeting of the month, if there is one."""
    with db.sessions() as s:
        row = s.scalar(
            select(MeetingDraft).where(MeetingDraft.site_id == site_id, MeetingDraft.month == month)
        )
        if row is None:
            return None
        record = record_from_json(row.content)
        return KeptDraft(row.kept_at, record) if record is not None else None


def delete_draft(db: Database, site_id: uuid.UUID, month: str) -> None:
    """The user discarded the work: forget the kept draft."""
    with db.sessions.begin() as s:
        forget_draft(s, site_id, month)
