"""The papers of one CAP meeting, as printouts show them: agenda, invitation list and,
once the meeting is held, attendance, minutes and decisions (plain values)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from bm_desktop.domain.action_proposals import Proposal
from bm_desktop.domain.agenda import AgendaDraft
from bm_desktop.domain.invitations import InvitationList


@dataclass(frozen=True)
class AttendanceRow:
    name: str
    type_code: str
    type_name: str
    women: int
    men: int
    stakeholder_id: uuid.UUID | None = None


@dataclass(frozen=True)
class DecisionRow:
    text: str
    item_title: str
    action: str  # the action it created or updated ("" if none)
    outcome: str  # "action" (created), "progress" (updated) or "note"
    item_id: uuid.UUID | None = None


@dataclass(frozen=True)
class OpenAction:
    """An action the meeting can record progress on (status as of the meeting date)."""

    id: uuid.UUID
    description: str
    status: str
    due_on: dt.date
    overdue: bool
    owner: str | None


@dataclass
class MeetingPapers:
    draft: AgendaDraft
    invitations: InvitationList
    meeting_id: uuid.UUID | None = None
    status: str = ""  # planned, held, cancelled; "" when no meeting is recorded
    place: str | None = None
    held_on: dt.date | None = None
    saved: bool = False  # the agenda comes from a saved draft, not freshly built
    attendance: list[AttendanceRow] = field(default_factory=list)
    decisions: list[DecisionRow] = field(default_factory=list)
    general_minutes: str = ""
    # From the data as of the meeting date, whatever the saved agenda lists.
    new_incidents: int = 0
    open_actions: int = 0
    overdue: int = 0
    site_id: uuid.UUID | None = None
    open_action_list: list[OpenAction] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)  # for new or worsening risks

    @property
    def held(self) -> bool:
        return self.status == "held"

    @property
    def women(self) -> int:
        return sum(a.women for a in self.attendance)

    @property
    def men(self) -> int:
        return sum(a.men for a in self.attendance)
