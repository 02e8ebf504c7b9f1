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
caller passes ``tr`` to render them in the interface language.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from bm_desktop.domain import action_proposals
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


# How a day is written in the agenda's texts: day first (15/01/2023) in English and
# French alike, as the window writes dates (ui/dates.py) and people in the programme's
# countries write them.
DATE_PATTERN = "%d/%m/%Y"


def _day(day: dt.date) -> str:
    return day.strftime(DATE_PATTERN)


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


# -- building --------------------------------------------------------------------------


def _short(text: str, limit: int = DESCRIPTION_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _incident_key(incident: IncidentFact) -> tuple:
    return (not incident.wfcl, not incident.annex2, incident.occurred_on, incident.risk_area)


def _followup(inputs: AgendaInputs, tr: Translate) -> list[AgendaEntry]:
    if not inputs.decisions:
        text = (
            tr(QT_TRANSLATE_NOOP("Agenda", "No decision was recorded at the previous meeting."))
            if inputs.previous_meeting_on
            else tr(
                QT_TRANSLATE_NOOP(
                    "Agenda", "First CAP meeting on this site: no previous decisions."
                )
            )
        )
        return [
            AgendaEntry(
                "followup",
                text,
                duration_min=DEFAULT_MINUTES["empty"],
                presenter=inputs.coordinator,
            )
        ]
    entries = []
    for decision in inputs.decisions:
        details = ""
        if decision.action_id is not None:
            status = tr(STATUS_TEXT.get(decision.action_status or "", decision.action_status or ""))
            details = tr(QT_TRANSLATE_NOOP("Agenda", "Action: {action} — now {status}, due {due}"))
            details = details.format(
                action=_short(decision.action_description or ""),
                status=status,
                due=_day(decision.action_due_on) if decision.action_due_on else "",
            )
        entries.append(
            AgendaEntry(
                "followup",
                _short(decision.text, 200),
                details,
                DEFAULT_MINUTES["followup"],
                inputs.coordinator,
                "corrective_actions" if decision.action_id else None,
                (decision.action_id,) if decision.action_id else (),
            )
        )
    return entries


def _incident_line(incident: IncidentFact, tr: Translate) -> str:
    marks = []
    if incident.wfcl:
        marks.append(tr(QT_TRANSLATE_NOOP("Agenda", "WFCL")))
    elif incident.annex2:
        marks.append(tr(QT_TRANSLATE_NOOP("Agenda", "Annex II")))
    if incident.minors_involved:
        marks.append(
            tr(QT_TRANSLATE_NOOP("Agenda", "{n} minor(s)")).format(n=incident.minors_involved)
        )
    sev = tr(QT_TRANSLATE_NOOP("Agenda", "severity {n}")).format(n=incident.severity)
    head = f"{_day(incident.occurred_on)} · {incident.risk_area} · {sev}"
    if marks:
        head += f" · {', '.join(marks)}"
    desc = _short(incident.description)
    return f"{head} — {desc}" if desc else head


def _new_incidents(inputs: AgendaInputs, tr: Translate) -> list[AgendaEntry]:
    by_category: dict[str, list[IncidentFact]] = {}
    for incident in inputs.incidents:
        by_category.setdefault(incident.category_code, []).append(incident)
    if not by_category:
        return [
            AgendaEntry(
                "new_incidents",
                tr(QT_TRANSLATE_NOOP("Agenda", "No new incident since the previous meeting.")),
                duration_min=DEFAULT_MINUTES["empty"],
                presenter=inputs.coordinator,
            )
        ]

    def group_key(items: list[IncidentFact]) -> tuple:
        return (
            not any(i.wfcl or i.annex2 for i in items),
            items[0].category_order,
            items[0].category,
        )

    entries = []
    for items in sorted(by_category.values(), key=group_key):
        items.sort(key=_incident_key)
        wfcl = sum(1 for i in items if i.wfcl)
        annex2 = sum(1 for i in items if i.annex2)
        title = tr(QT_TRANSLATE_NOOP("Agenda", "{category}: {n} new incident(s)")).format(
            category=items[0].category, n=len(items)
        )
        notes = []
        if wfcl:
            notes.append(tr(QT_TRANSLATE_NOOP("Agenda", "{n} WFCL")).format(n=wfcl))
        if annex2:
            notes.append(tr(QT_TRANSLATE_NOOP("Agenda", "{n} Annex II")).format(n=annex2))
        if notes:
            title += f" ({', '.join(notes)})"
        flags = {"annex2"} if annex2 else set()
        if wfcl:
            flags.add("wfcl")
        entries.append(
            AgendaEntry(
                "new_incidents",
                title,
                "\n".join(_incident_line(i, tr) for i in items),
                DEFAULT_MINUTES["serious_incidents" if flags else "new_incidents"],
                inputs.coordinator,
                "incidents",
                tuple(i.id for i in items),
                frozenset(flags),
            )
        )
    return entries


def open_actions_in_order(
    actions: tuple[ActionFact, ...] | list[ActionFact], meeting_on: dt.date
) -> list[tuple[ActionFact, bool]]:
    """Open actions (recommended or in progress) with their overdue flag, overdue first."""
    rows = [
        (a, a.due_on < meeting_on) for a in actions if a.status in ("recommended", "in_progress")
    ]
    rows.sort(key=lambda r: (not r[1], r[0].due_on, r[0].description))
    return rows


def _open_actions(inputs: AgendaInputs, tr: Translate) -> list[AgendaEntry]:
    rows = open_actions_in_order(inputs.actions, inputs.meeting_on)
    if not rows:
        return [
            AgendaEntry(
                "open_actions",
                tr(QT_TRANSLATE_NOOP("Agenda", "No open corrective action.")),
                duration_min=DEFAULT_MINUTES["empty"],
                presenter=inputs.coordinator,
            )
        ]
    entries = []
    for action, overdue in rows:
        status = tr(STATUS_TEXT.get(action.status, action.status))
        details = tr(
            QT_TRANSLATE_NOOP(
                "Agenda", "{area} · {kind} · status: {status} · owner: {owner} · due {due}"
            )
        ).format(
            area=action.risk_area,
            kind=tr(KIND_TEXT.get(action.kind, action.kind)),
            status=status,
            owner=action.owner or "—",
            due=_day(action.due_on),
        )
        if overdue:
            days = (inputs.meeting_on - action.due_on).days
            details += " · " + tr(QT_TRANSLATE_NOOP("Agenda", "OVERDUE by {n} days")).format(n=days)
        entries.append(
            AgendaEntry(
                "open_actions",
                _short(action.description, 200),
                details,
                DEFAULT_MINUTES["overdue_action" if overdue else "open_actions"],
                action.owner_name or inputs.coordinator,
                "corrective_actions",
                (action.id,),
                frozenset({"overdue"} if overdue else ()),
            )
        )
    return entries


def _proposals(inputs: AgendaInputs, tr: Translate) -> list[AgendaEntry]:
    found = action_proposals.proposals(list(inputs.risks), inputs.since, inputs.meeting_on)
    if not found:
        return [
            AgendaEntry(
                "proposals",
                tr(QT_TRANSLATE_NOOP("Agenda", "No new or worsening risk this month.")),
                duration_min=DEFAULT_MINUTES["empty"],
                presenter=inputs.coordinator,
            )
        ]
    entries = []
    for p in found:
        risk = p.risk
        reason = (
            tr(QT_TRANSLATE_NOOP("Agenda", "new risk"))
            if p.reason == "new"
            else tr(
                QT_TRANSLATE_NOOP(
                    "Agenda",
                    "worsening: {since} incident(s) since the previous meeting, {before} before",
                )
            ).format(since=risk.incidents_since, before=risk.incidents_before)
        )
        title = tr(QT_TRANSLATE_NOOP("Agenda", "{area}: propose {kind}")).format(
            area=risk.risk_area, kind=tr(KIND_TEXT.get(p.kind, p.kind))
        )
        owner = inputs.stakeholder_names_by_type.get(p.owner_type, "")
        details = tr(
            QT_TRANSLATE_NOOP(
                "Agenda",
                "Risk score {score} (likelihood {l} × severity "
                "{s}), {reason}; suggested owner: {owner}; due {due}",
            )
        ).format(
            score=risk.score,
            l=risk.likelihood,
            s=risk.severity,
            reason=reason,
            owner=owner or "—",
            due=_day(p.due_on),
        )
        if risk.open_actions:
            details += " · " + tr(
                QT_TRANSLATE_NOOP("Agenda", "{n} action(s) already open on this risk")
            ).format(n=risk.open_actions)
        entries.append(
            AgendaEntry(
                "proposals",
                title,
                details,
                DEFAULT_MINUTES["proposals"],
                inputs.coordinator,
                "site_risks",
                (risk.id,),
                frozenset({p.reason}),
            )
        )
    return entries


def _site_status(inputs: AgendaInputs, tr: Translate) -> list[AgendaEntry]:
    entries = []
    status = tr(SITE_STATUS_TEXT.get(inputs.site_status, inputs.site_status))
    changes = [c for c in inputs.status_changes if c.effective_on > inputs.since]
    suspended = inputs.site_status == "suspended" or any(c.status == "suspended" for c in changes)
    title = (
        tr(QT_TRANSLATE_NOOP("Agenda", "Suspension of the site: status {status}"))
        if suspended
        else tr(QT_TRANSLATE_NOOP("Agenda", "Site status: {status}"))
    )
    lines = [
        f"{_day(c.effective_on)} · {tr(SITE_STATUS_TEXT.get(c.status, c.status))}"
        + (f" — {_short(c.reason)}" if c.reason else "")
        for c in changes
    ]
    entries.append(
        AgendaEntry(
            "site_status",
            title.format(status=status),
            "\n".join(lines),
            DEFAULT_MINUTES["site_status"],
            inputs.coordinator,
            flags=frozenset({"suspended"} if suspended else ()),
        )
    )
    radius = f"{inputs.alert_radius_km:g}"
    if inputs.alerts:
        alerts = sorted(inputs.alerts, key=lambda a: (a.date, a.distance_km))
        title = tr(QT_TRANSLATE_NOOP("Agenda", "Security alerts within {km} km: {n}")).format(
            km=radius, n=len(alerts)
        )
        lines = []
        for a in alerts:
            line = f"{_day(a.date)} · {a.event_type} · {a.distance_km:.0f} km"
            if a.location:
                line += f" · {a.location}"
            if a.fatalities:
                line += " · " + tr(QT_TRANSLATE_NOOP("Agenda", "{n} fatalities")).format(
                    n=a.fatalities
                )
            if a.actors:
                line += f" · {_short(a.actors, 60)}"
            lines.append(line)
        entries.append(
            AgendaEntry(
                "site_status",
                title,
                "\n".join(lines),
                DEFAULT_MINUTES["site_status"],
                inputs.coordinator,
                "security_events",
                tuple(a.id for a in alerts),
                frozenset({"alert"}),
            )
        )
    else:
        entries.append(
            AgendaEntry(
                "site_status",
                tr(
                    QT_TRANSLATE_NOOP(
                        "Agenda", "No security alert within {km} km since the previous meeting."
                    )
                ).format(km=radius),
                duration_min=0,
                presenter=inputs.coordinator,
            )
        )
    return entries


def build_agenda(inputs: AgendaInputs, tr: Translate = lambda s: s) -> AgendaDraft:
    """The draft agenda for a site and month, section by section (see the module doc)."""
    opening = AgendaEntry(
        "opening",
        tr(SECTION_TITLES["opening"]),
        duration_min=DEFAULT_MINUTES["opening"],
        presenter=inputs.coordinator,
    )
    entries = [opening] + (
        _followup(inputs, tr)
        + _new_incidents(inputs, tr)
        + _open_actions(inputs, tr)
        + _proposals(inputs, tr)
        + _site_status(inputs, tr)
    )
    entries.append(
        AgendaEntry(
            "aob",
            tr(SECTION_TITLES["aob"]),
            duration_min=DEFAULT_MINUTES["aob"],
            presenter=inputs.coordinator,
        )
    )
    return AgendaDraft(
        inputs.site_code,
        inputs.site_name,
        inputs.region,
        inputs.month,
        inputs.meeting_on,
        inputs.previous_meeting_on,
        entries,
    )


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
