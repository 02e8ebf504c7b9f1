"""The CAP meeting agenda: built from the site's data, then edited by the coordinator.

Pure logic over plain inputs (the services gather them from the database). The
sections, in order:

1. ``followup``: the previous meeting's decisions, with the status of the
   action each created or updated;
2. ``new_incidents``: incidents reported since the previous meeting, one item
   per risk category; categories with OECD Annex II or WFCL incidents come
   first, and inside a category WFCL, then Annex II incidents lead;
3. ``open_actions``: one item per open action (recommended or in progress)
   with status, owner and due date; overdue actions first, most overdue first;
4. ``proposals``: actions proposed for new or worsening risks
   (:mod:`bm_desktop.domain.action_proposals`);
5. ``site_status``: suspension and security alerts near the site;
6. ``aob``: any other business.

The draft is a flat, ordered list the coordinator edits (add, remove, reorder,
time per item, presenter); each entry keeps its section so printouts can head
each run of items, and the ids of the incidents or actions it is about.

Texts are English sources marked for translation (context ``Agenda``); the
caller passes ``tr`` to render them in the interface language. The sections are
built by :mod:`.agenda_build`; this module holds the facts, the draft and its rules.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from bm_desktop.domain.action_proposals import RiskFact
from bm_desktop.domain.messages import TemplatedMessage


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (lupdate's marker)
    """Marks ``text`` for Qt Linguist (pyside6-lupdate finds it); returns it unchanged."""
    return text


CONTEXT = "Agenda"
Translate = Callable[[str], str]

SECTIONS = ("followup", "new_incidents", "open_actions", "proposals", "site_status", "aob")
SECTION_TITLES = {
    "opening": QT_TRANSLATE_NOOP("Agenda", "Opening, introductions and attendance"),
    "followup": QT_TRANSLATE_NOOP("Agenda", "Follow-up of the previous meeting's decisions"),
    "new_incidents": QT_TRANSLATE_NOOP("Agenda", "New incidents since the previous meeting"),
    "open_actions": QT_TRANSLATE_NOOP("Agenda", "Open corrective actions"),
    "proposals": QT_TRANSLATE_NOOP("Agenda", "Actions proposed this month"),
    "site_status": QT_TRANSLATE_NOOP("Agenda", "Site status"),
    "aob": QT_TRANSLATE_NOOP("Agenda", "Any other business"),
    "other": QT_TRANSLATE_NOOP("Agenda", "Other items"),
}
STATUS_TEXT = {
    "recommended": QT_TRANSLATE_NOOP("Agenda", "recommended"),
    "in_progress": QT_TRANSLATE_NOOP("Agenda", "in progress"),
    "implemented": QT_TRANSLATE_NOOP("Agenda", "implemented"),
    "verified": QT_TRANSLATE_NOOP("Agenda", "verified"),
    "cancelled": QT_TRANSLATE_NOOP("Agenda", "cancelled"),
}
KIND_TEXT = {
    "training": QT_TRANSLATE_NOOP("Agenda", "training"),
    "awareness_campaign": QT_TRANSLATE_NOOP("Agenda", "awareness campaign"),
    "infrastructure": QT_TRANSLATE_NOOP("Agenda", "infrastructure"),
    "governance": QT_TRANSLATE_NOOP("Agenda", "governance"),
    "engagement": QT_TRANSLATE_NOOP("Agenda", "engagement"),
    "other": QT_TRANSLATE_NOOP("Agenda", "other"),
}
SITE_STATUS_TEXT = {
    "active": QT_TRANSLATE_NOOP("Agenda", "active"),
    "inactive": QT_TRANSLATE_NOOP("Agenda", "inactive"),
    "suspended": QT_TRANSLATE_NOOP("Agenda", "suspended"),
}
# Default minutes per item; the coordinator adjusts them. Overdue actions and
# Annex II / WFCL incident groups get more time than routine ones.
DEFAULT_MINUTES = {
    "opening": 10,
    "followup": 3,
    "new_incidents": 5,
    "serious_incidents": 10,
    "open_actions": 2,
    "overdue_action": 4,
    "proposals": 5,
    "site_status": 5,
    "empty": 2,
    "aob": 10,
    "other": 10,
}
MAX_ITEM_MINUTES = 240
# The time a CAP meeting is planned to last; the builder and the papers show whether
# the agenda keeps to it.
DEFAULT_BUDGET_MINUTES = 120
NO_PREVIOUS_LOOKBACK_DAYS = 90
DESCRIPTION_CHARS = 110


@dataclass(frozen=True)
class IncidentFact:
    id: uuid.UUID
    occurred_on: dt.date
    reported_on: dt.date
    risk_area_code: str
    risk_area: str
    category_code: str
    category: str
    category_order: int
    annex2: bool
    severity: int
    minors_involved: int
    description: str

    @property
    def wfcl(self) -> bool:
        return self.risk_area_code == "wfcl"


@dataclass(frozen=True)
class ActionFact:
    id: uuid.UUID
    description: str
    kind: str
    risk_area: str
    status: str  # as of the meeting date
    owner: str | None  # "name (type)"
    owner_type: str | None
    due_on: dt.date
    recommended_on: dt.date
    risk_id: uuid.UUID | None = None
    owner_name: str | None = None


@dataclass(frozen=True)
class DecisionFact:
    id: uuid.UUID
    text: str
    action_id: uuid.UUID | None = None
    action_description: str | None = None
    action_status: str | None = None  # as of this meeting's date
    action_due_on: dt.date | None = None


@dataclass(frozen=True)
class StatusChangeFact:
    effective_on: dt.date
    status: str
    reason: str | None = None


@dataclass(frozen=True)
class SecurityAlert:
    id: uuid.UUID
    date: dt.date
    event_type: str
    location: str | None
    distance_km: float
    fatalities: int = 0
    actors: str | None = None


@dataclass(frozen=True)
class AgendaInputs:
    """Everything the builder needs about one site and one month."""

    site_code: str
    site_name: str
    region: str
    month: str  # YYYY-MM
    meeting_on: dt.date  # planned (or held) date; the cut-off for "new" and "overdue"
    previous_meeting_on: dt.date | None
    site_status: str = "active"
    decisions: tuple[DecisionFact, ...] = ()
    incidents: tuple[IncidentFact, ...] = ()
    actions: tuple[ActionFact, ...] = ()
    risks: tuple[RiskFact, ...] = ()
    status_changes: tuple[StatusChangeFact, ...] = ()
    alerts: tuple[SecurityAlert, ...] = ()
    alert_radius_km: float = 0.0
    coordinator: str = ""
    stakeholder_names_by_type: dict[str, str] = field(default_factory=dict)  # type -> name

    @property
    def since(self) -> dt.date:
        """Start of the "since the previous meeting" window (exclusive)."""
        if self.previous_meeting_on is not None:
            return self.previous_meeting_on
        return self.meeting_on - dt.timedelta(days=NO_PREVIOUS_LOOKBACK_DAYS)


@dataclass
class AgendaEntry:
    section: str
    title: str
    details: str = ""
    duration_min: int = 5
    presenter: str = ""
    ref_table: str | None = None  # "incidents", "corrective_actions", "site_risks", ...
    ref_ids: tuple[uuid.UUID, ...] = ()
    flags: frozenset[str] = frozenset()  # overdue, annex2, wfcl, new, worsening, ...
    minutes: str = ""
    id: uuid.UUID | None = None  # set once saved


class AgendaEditError(TemplatedMessage, ValueError):
    """An edit the draft refuses (the message says why); ``text(lang)`` translates it
    (resources/translations/service_errors_fr.ts, context ServiceErrors)."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(self._set_template(template, params))


@dataclass
class AgendaDraft:
    site_code: str
    site_name: str
    region: str
    month: str
    meeting_on: dt.date
    previous_meeting_on: dt.date | None
    entries: list[AgendaEntry] = field(default_factory=list)
    starts_at: dt.time = dt.time(9, 0)
    budget_min: int = DEFAULT_BUDGET_MINUTES

    # -- editing -----------------------------------------------------------------------
    def _check(self, index: int) -> None:
        if not 0 <= index < len(self.entries):
            raise AgendaEditError(
                "There is no agenda item {item} (the agenda has {count}).",
                item=index + 1,
                count=len(self.entries),
            )

    def add(self, entry: AgendaEntry, at: int | None = None) -> int:
        """Insert an item (at the end by default); returns its position."""
        if not entry.title.strip():
            raise AgendaEditError("Give the new agenda item a title.")
        at = len(self.entries) if at is None else max(0, min(at, len(self.entries)))
        self.entries.insert(at, entry)
        return at

    def remove(self, index: int) -> AgendaEntry:
        self._check(index)
        return self.entries.pop(index)

    def move(self, index: int, to: int) -> None:
        """Move an item to position ``to`` (clamped to the list)."""
        self._check(index)
        entry = self.entries.pop(index)
        self.entries.insert(max(0, min(to, len(self.entries))), entry)

    def set_duration(self, index: int, minutes: int) -> None:
        self._check(index)
        if not isinstance(minutes, int) or not 0 <= minutes <= MAX_ITEM_MINUTES:
            raise AgendaEditError(
                "Item {item}: the time must be a whole number of minutes from 0 "
                "to {most}, not {value}.",
                item=index + 1,
                most=MAX_ITEM_MINUTES,
                value=repr(minutes),
            )
        self.entries[index].duration_min = minutes

    def set_presenter(self, index: int, presenter: str) -> None:
        self._check(index)
        self.entries[index].presenter = presenter.strip()

    def set_title(self, index: int, title: str) -> None:
        self._check(index)
        if not title.strip():
            raise AgendaEditError("Item {item}: the title cannot be empty.", item=index + 1)
        self.entries[index].title = title.strip()

    # -- reading -----------------------------------------------------------------------
    @property
    def total_minutes(self) -> int:
        return sum(e.duration_min for e in self.entries)

    @property
    def over_budget_min(self) -> int:
        """Minutes beyond the time budget (0 or less: the agenda keeps to it)."""
        return self.total_minutes - self.budget_min

    def budget_text(self, tr: Translate = lambda s: s) -> str:
        """ "2 h 27 for a budget of 2 h 00: 27 min over" / "...: within budget"."""

        def hm(minutes: int) -> str:
            return f"{minutes // 60} h {minutes % 60:02d}"

        over = self.over_budget_min
        text = (
            tr(QT_TRANSLATE_NOOP("Agenda", "{total} for a budget of {budget}: {over} min over"))
            if over > 0
            else tr(QT_TRANSLATE_NOOP("Agenda", "{total} for a budget of {budget}: within budget"))
        )
        return text.format(total=hm(self.total_minutes), budget=hm(self.budget_min), over=over)

    def schedule(self) -> list[tuple[dt.time, dt.time]]:
        """Start and end time of each item, from ``starts_at``."""
        start = dt.datetime.combine(self.meeting_on, self.starts_at)
        times = []
        for entry in self.entries:
            end = start + dt.timedelta(minutes=entry.duration_min)
            times.append((start.time(), end.time()))
            start = end
        return times

    def section(self, name: str) -> list[AgendaEntry]:
        return [e for e in self.entries if e.section == name]

    def copy(self) -> AgendaDraft:
        return replace(self, entries=[replace(e) for e in self.entries])


AGREED_PREFIX = "Agreed: "
AGREED = QT_TRANSLATE_NOOP("Agenda", "Agreed: {decision}")


def standard_text(text: str, tr: Translate) -> str:
    """A text the app wrote in English and stored (a standard agenda item such as "Any
    other business", or a decision "Agreed: ...") in the reader's language; any other
    text as it was written."""
    translated = tr(text)
    if translated != text:
        return translated
    if text.startswith(AGREED_PREFIX):
        return tr(AGREED).format(decision=text[len(AGREED_PREFIX) :])
    return text


def parse_month(value: str) -> tuple[int, int]:
    """(year, month) of a ``YYYY-MM`` string; ValueError with a plain message otherwise."""
    text = (value or "").strip()
    parts = text.split("-")
    if len(parts) != 2 or len(parts[0]) != 4 or not all(p.isdigit() for p in parts):
        raise ValueError(f"'{value}' is not a month: write it as YYYY-MM, e.g. 2022-03.")
    year, month = int(parts[0]), int(parts[1])
    if not 1 <= month <= 12:
        raise ValueError(f"'{value}' is not a month: the month must be 01 to 12.")
    return year, month
