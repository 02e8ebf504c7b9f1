"""Monthly CAP meetings: agenda, attendance, minutes and decisions."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bm_desktop.db.base import Base, Synced


class CapMeeting(Synced, Base):
    __tablename__ = "cap_meetings"
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    month: Mapped[str] = mapped_column(String(7), index=True)  # "YYYY-MM"
    planned_on: Mapped[dt.date | None] = mapped_column(Date)
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="planned")
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    minutes: Mapped[str | None] = mapped_column(Text)  # general minutes
    starts_at: Mapped[str | None] = mapped_column(String(5))  # "HH:MM", start of the agenda


class AgendaItem(Synced, Base):
    __tablename__ = "agenda_items"
    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cap_meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(30))  # followup, new_incidents, open_actions, ...
    title: Mapped[str] = mapped_column(String(300))
    details: Mapped[str | None] = mapped_column(Text)
    duration_min: Mapped[int | None] = mapped_column(Integer)
    presenter: Mapped[str | None] = mapped_column(String(200))
    minutes: Mapped[str | None] = mapped_column(Text)
    ref_table: Mapped[str | None] = mapped_column(String(40))  # e.g. incidents / corrective_actions
    ref_id: Mapped[uuid.UUID | None] = mapped_column()
    # Every row the item is about (space-separated UUIDs), e.g. the incidents of a
    # risk category; ref_id keeps the first for simple lookups.
    ref_ids: Mapped[str | None] = mapped_column(Text)


class MeetingAttendance(Synced, Base):
    __tablename__ = "meeting_attendance"
    __append_only__ = True
    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cap_meetings.id"), index=True)
    stakeholder_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stakeholders.id"))
    stakeholder_type_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("stakeholder_types.id")
    )
    name: Mapped[str | None] = mapped_column(String(200))
    women: Mapped[int] = mapped_column(Integer, default=0)
    men: Mapped[int] = mapped_column(Integer, default=0)


class MeetingDecision(Synced, Base):
    __tablename__ = "meeting_decisions"
    __append_only__ = True
    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cap_meetings.id"), index=True)
    agenda_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agenda_items.id"))
    text: Mapped[str] = mapped_column(Text)
    action_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("corrective_actions.id"))


class MeetingDraft(Base):
    """What meeting mode holds while the user types (local only, never synchronised):
    kept at each change so a crash or a power cut loses nothing; deleted when the
    meeting is saved or the user discards the work. ``content`` is JSON (see
    ``services/meetings_drafts.py``)."""

    __tablename__ = "meeting_drafts"
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # "YYYY-MM"
    kept_at: Mapped[dt.datetime] = mapped_column(DateTime)  # local time of the last change
    content: Mapped[str] = mapped_column(Text)
