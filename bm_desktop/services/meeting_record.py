"""Meeting mode's record: what the coordinator enters during a CAP meeting (attendance,
decisions, held), and the checks and writes that put it into the database. Saving it
all in one transaction is :func:`bm_desktop.services.meetings.save_meeting`."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    CapMeeting,
    MeetingAttendance,
    MeetingDecision,
    MeetingDraft,
    Stakeholder,
    StakeholderType,
)
from bm_desktop.domain.agenda import AgendaDraft
from bm_desktop.domain.enums import MeetingStatus
from bm_desktop.domain.errors import BmError, NotFoundError, ValidationError
from bm_desktop.services.actions import ActionDraft, ProgressDraft, add_progress, recommend_action
from bm_desktop.services.meetings_undo import RowChange


@dataclass(frozen=True)
class AttendanceEntry:
    """One line of the attendance sheet: a stakeholder (or a named group) and head counts."""

    women: int
    men: int
    stakeholder_id: uuid.UUID | None = None
    name: str | None = None
    type_code: str | None = None  # taken from the stakeholder when there is one


@dataclass(frozen=True)
class DecisionEntry:
    """A decision taken on an agenda item; it may create an action or record progress."""

    text: str
    item_index: int | None = None  # position in the draft (0-based)
    new_action: ActionDraft | None = None
    progress: tuple[uuid.UUID, ProgressDraft] | None = None


@dataclass
class MeetingRecord:
    site: str | uuid.UUID
    month: str
    draft: AgendaDraft  # with minutes per item
    attendance: list[AttendanceEntry] = field(default_factory=list)
    decisions: list[DecisionEntry] = field(default_factory=list)
    held_on: dt.date | None = None
    place: str | None = None
    general_minutes: str = ""
    mark_held: bool = False


@dataclass(frozen=True)
class MeetingSaved:
    meeting_id: uuid.UUID
    actions_created: tuple[uuid.UUID, ...]
    progress_added: tuple[uuid.UUID, ...]
    held: bool
    changes: tuple[RowChange, ...] = ()  # the meeting's rows, before and after (for undo)


def forget_draft(session: Session, site_id: uuid.UUID, month: str) -> None:
    """Delete meeting mode's kept draft of the month (see services/meetings_drafts.py)."""
    session.execute(
        delete(MeetingDraft).where(MeetingDraft.site_id == site_id, MeetingDraft.month == month)
    )


# The attendance-count refusals, one whole sentence per column so each translates.
_BAD_COUNT = {
    "women": "Attendance row {n}: the number of women must be a whole number, 0 or more "
    "(not {value}).",
    "men": "Attendance row {n}: the number of men must be a whole number, 0 or more (not {value}).",
}


def check_held(record: MeetingRecord, today: dt.date) -> None:
    if not record.mark_held:
        return
    if record.held_on is None:
        raise ValidationError("Enter the date the meeting was held.", field="held_on")
    if record.held_on > today:
        raise ValidationError(
            "The meeting date {date} is in the future (today is {today}).",
            field="held_on",
            date=record.held_on.isoformat(),
            today=today.isoformat(),
        )
    if not any(a.women + a.men > 0 for a in record.attendance):
        raise ValidationError(
            "Record who attended (at least one person) before marking the meeting as held.",
            field="attendance",
        )


def write_attendance(session: Session, meeting: CapMeeting, rows: list[AttendanceEntry]) -> None:
    """Replace the meeting's attendance (earlier rows are marked deleted, never erased)."""
    types = {t.code: t.id for t in session.scalars(select(StakeholderType))}
    for old in session.scalars(
        select(MeetingAttendance).where(
            MeetingAttendance.meeting_id == meeting.id, MeetingAttendance.deleted.is_(False)
        )
    ):
        old.deleted = True
    for n, row in enumerate(rows, start=1):
        for label, value in (("women", row.women), ("men", row.men)):
            if not isinstance(value, int) or value < 0:
                raise ValidationError(_BAD_COUNT[label], field="attendance", n=n, value=repr(value))
        person = session.get(Stakeholder, row.stakeholder_id) if row.stakeholder_id else None
        if row.stakeholder_id and (person is None or person.deleted):
            raise NotFoundError(
                "Attendance row {n}: stakeholder {id} does not exist.",
                n=n,
                id=str(row.stakeholder_id),
            )
        name = (row.name or "").strip() or (person.name if person else "")
        if not name:
            raise ValidationError(
                "Attendance row {n}: choose a stakeholder or write a name.", field="attendance", n=n
            )
        type_id = person.type_id if person else None
        if row.type_code:
            if row.type_code not in types:
                raise ValidationError(
                    "Attendance row {n}: unknown stakeholder type '{code}'.",
                    field="attendance",
                    n=n,
                    code=row.type_code,
                )
            type_id = types[row.type_code]
        session.add(
            MeetingAttendance(
                meeting_id=meeting.id,
                stakeholder_id=row.stakeholder_id,
                stakeholder_type_id=type_id,
                name=name,
                women=row.women,
                men=row.men,
            )
        )
    session.flush()


def write_decisions(
    session: Session, meeting: CapMeeting, record: MeetingRecord, today: dt.date
) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    created: list[uuid.UUID] = []
    progressed: list[uuid.UUID] = []
    entries = record.draft.entries
    for n, decision in enumerate(record.decisions, start=1):
        if not decision.text.strip():
            raise ValidationError("Decision {n}: write what was decided.", field="decisions", n=n)
        item_id = None
        if decision.item_index is not None:
            if not 0 <= decision.item_index < len(entries):
                raise ValidationError(
                    "Decision {n}: agenda item {item} does not exist.",
                    field="decisions",
                    n=n,
                    item=decision.item_index + 1,
                )
            item_id = entries[decision.item_index].id
        action_id = None
        try:
            if decision.new_action is not None:
                action_id = recommend_action(session, decision.new_action, today)
                created.append(action_id)
            elif decision.progress is not None:
                action_id, draft = decision.progress
                progressed.append(add_progress(session, action_id, draft, today))
        except BmError as exc:
            kind = type(exc)
            template = "Decision {n} ('{text}'): {reason}"
            params = {"n": n, "text": _short(decision.text), "reason": exc}
            if isinstance(exc, ValidationError):
                raise kind(template, field=exc.field, **params) from None
            raise kind(template, **params) from None
        session.add(
            MeetingDecision(
                meeting_id=meeting.id,
                agenda_item_id=item_id,
                text=decision.text.strip(),
                action_id=action_id,
            )
        )
    session.flush()
    return created, progressed


def mark_held(session: Session, meeting: CapMeeting, record: MeetingRecord) -> None:
    meeting.status = MeetingStatus.HELD.value
    meeting.held_on = record.held_on
    session.flush()


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_decision(db: Database, decision: DecisionEntry, today: dt.date | None = None) -> None:
    """Run a decision's action or progress update through the services and roll it back:
    the dialog shows the service's own message before the meeting is saved."""
    with db.sessions() as s:
        try:
            if decision.new_action is not None:
                recommend_action(s, decision.new_action, today)
            elif decision.progress is not None:
                add_progress(s, decision.progress[0], decision.progress[1], today)
        finally:
            s.rollback()
