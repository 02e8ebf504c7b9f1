"""Building the CAP meeting agenda from the site's facts, section by section (the
sections and the draft the coordinator edits are described in :mod:`.agenda`).

Days are written as the window writes them, day first in English and French alike
(:func:`bm_desktop.domain.local_format.day_text`).
"""

from __future__ import annotations

import datetime as dt

from bm_desktop.domain import action_proposals
from bm_desktop.domain.agenda import (
    DEFAULT_MINUTES,
    DESCRIPTION_CHARS,
    KIND_TEXT,
    QT_TRANSLATE_NOOP,
    SECTION_TITLES,
    SITE_STATUS_TEXT,
    STATUS_TEXT,
    ActionFact,
    AgendaDraft,
    AgendaEntry,
    AgendaInputs,
    IncidentFact,
    Translate,
)
from bm_desktop.domain.local_format import day_text


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
        return [_nothing("followup", text, inputs)]
    entries = []
    for decision in inputs.decisions:
        details = ""
        if decision.action_id is not None:
            status = tr(STATUS_TEXT.get(decision.action_status or "", decision.action_status or ""))
            details = tr(QT_TRANSLATE_NOOP("Agenda", "Action: {action} — now {status}, due {due}"))
            details = details.format(
                action=_short(decision.action_description or ""),
                status=status,
                due=day_text(decision.action_due_on) if decision.action_due_on else "",
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
    head = f"{day_text(incident.occurred_on)} · {incident.risk_area} · {sev}"
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
            _nothing(
                "new_incidents",
                tr(QT_TRANSLATE_NOOP("Agenda", "No new incident since the previous meeting.")),
                inputs,
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


def _nothing(section: str, text: str, inputs: AgendaInputs) -> AgendaEntry:
    """A section with nothing to discuss: one short line the coordinator presents."""
    return AgendaEntry(
        section, text, duration_min=DEFAULT_MINUTES["empty"], presenter=inputs.coordinator
    )


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
            _nothing(
                "open_actions",
                tr(QT_TRANSLATE_NOOP("Agenda", "No open corrective action.")),
                inputs,
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
            due=day_text(action.due_on),
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
            _nothing(
                "proposals",
                tr(QT_TRANSLATE_NOOP("Agenda", "No new or worsening risk this month.")),
                inputs,
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
            due=day_text(p.due_on),
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
        f"{day_text(c.effective_on)} · {tr(SITE_STATUS_TEXT.get(c.status, c.status))}"
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
            line = f"{day_text(a.date)} · {a.event_type} · {a.distance_km:.0f} km"
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
