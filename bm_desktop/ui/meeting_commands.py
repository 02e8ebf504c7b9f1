"""Saving a CAP meeting as an undoable edit (see :mod:`bm_desktop.ui.undo`).

The first run is meeting mode's one-transaction save; undo puts the meeting's
rows back as they were and withdraws the actions and progress updates its
decisions made; redo brings the same rows back
(:mod:`bm_desktop.services.meetings_undo`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bm_desktop.services import meetings, meetings_undo
from bm_desktop.services.meetings import MeetingRecord, MeetingSaved
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.undo import ServiceCommand

MEETING_TABLES = frozenset(
    {
        "cap_meetings",
        "agenda_items",
        "meeting_attendance",
        "meeting_decisions",
        "corrective_actions",
        "action_progress",
        "action_incidents",
        "site_risks",
    }
)


class SaveMeeting(ServiceCommand):
    tables = MEETING_TABLES

    def __init__(self, ctx: AppContext, record: MeetingRecord, site_name: str) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate(
                "MeetingCommands", "save the meeting of {site}, {month}"
            ).format(site=site_name, month=record.month),
        )
        self.record = record
        self.saved: MeetingSaved | None = None

    def apply(self, first: bool) -> None:
        if first:
            self.saved = meetings.save_meeting(self.ctx.db, self.record)
        elif self.saved is not None:
            meetings_undo.redo_save(self.ctx.db, self.saved)

    def revert(self) -> None:
        if self.saved is not None:
            meetings_undo.undo_save(self.ctx.db, self.saved)
