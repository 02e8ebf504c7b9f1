"""Monthly CAP meetings: the overview calendar, agendas built from the data, saving a
draft agenda, and meeting mode (attendance, minutes, decisions, held) in one transaction.

Reading rules for the agenda are in :mod:`bm_desktop.services.agenda_inputs`;
the agenda itself is built by :mod:`bm_desktop.domain.agenda`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    AgendaItem,
    CapMeeting,
    CorrectiveAction,
    MeetingAttendance,
    MeetingDecision,
    ProgrammeRegion,
    Site,
    Stakeholder,
    StakeholderType,
)
from bm_desktop.db.reference_data import localised_name
from bm_desktop.domain import action_proposals, agenda_build
from bm_desktop.domain import agenda as agenda_rules
from bm_desktop.domain.agenda import AgendaDraft, AgendaEntry
from bm_desktop.domain.enums import MeetingStatus
from bm_desktop.domain.errors import NotFoundError, ValidationError
from bm_desktop.domain.meeting_papers import AttendanceRow, DecisionRow, MeetingPapers, OpenAction
from bm_desktop.i18n import translate
from bm_desktop.services import agenda_inputs as inputs_
from bm_desktop.services.agenda_inputs import check_month, resolve_site

# Meeting mode's record and its writes; re-exported for callers that only import this module.
from bm_desktop.services.meeting_record import (  # noqa: F401
    AttendanceEntry,
    DecisionEntry,
    MeetingRecord,
    MeetingSaved,
    check_decision,
    check_held,
    forget_draft,
    mark_held,
    write_attendance,
    write_decisions,
)

# Re-exported for callers that only import this module.
from bm_desktop.services.meetings_overview import (  # noqa: F401
    Gap,
    MeetingsOverview,
    OverviewSite,
    meetings_overview,
    month_range,
)
from bm_desktop.services.meetings_undo import changes, snapshot

COORDINATOR = agenda_rules.QT_TRANSLATE_NOOP("Agenda", "Coordinator")


def tr_for(lang: str) -> Callable[[str], str]:
    return lambda text: translate(agenda_rules.CONTEXT, text, lang)


# -- agendas ---------------------------------------------------------------------------


def build_agenda(
    db: Database, site: str | uuid.UUID, month: str, lang: str = "en"
) -> MeetingPapers:
    """A fresh draft agenda for the site and month, built from the data."""
    month = check_month(month)
    with db.sessions() as s:
        return _built(s, resolve_site(s, site), month, lang)


def _built(session: Session, site: Site, month: str, lang: str) -> MeetingPapers:
    tr = tr_for(lang)
    inputs, meeting, invited = inputs_.agenda_inputs(session, site, month, lang, tr(COORDINATOR))
    draft = agenda_build.build_agenda(inputs, tr)
    papers = MeetingPapers(draft, invited)
    still_open = agenda_build.open_actions_in_order(inputs.actions, inputs.meeting_on)
    papers.new_incidents = len(inputs.incidents)
    papers.open_actions = len(still_open)
    papers.overdue = sum(1 for _, overdue in still_open if overdue)
    papers.site_id = site.id
    papers.open_action_list = [
        OpenAction(a.id, a.description, a.status, a.due_on, late, a.owner) for a, late in still_open
    ]
    papers.proposals = action_proposals.proposals(
        list(inputs.risks), inputs.since, inputs.meeting_on
    )
    if meeting is not None:
        _meeting_details(session, meeting, papers, lang)
    return papers


def meeting_papers(
    db: Database, site: str | uuid.UUID, month: str, lang: str = "en"
) -> MeetingPapers:
    """The meeting's saved agenda (with its minutes) if there is one, else a fresh draft."""
    month = check_month(month)
    with db.sessions() as s:
        return papers_in_session(s, resolve_site(s, site), month, lang)


def papers_in_session(session: Session, site: Site, month: str, lang: str) -> MeetingPapers:
    meeting = inputs_.meeting_of_month(session, site.id, month)
    items = (
        []
        if meeting is None
        else list(
            session.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting.id, AgendaItem.deleted.is_(False))
                .order_by(AgendaItem.position)
            )
        )
    )
    papers = _built(session, site, month, lang)
    if items:
        built = {(e.ref_table, e.ref_ids): e.flags for e in papers.draft.entries}
        papers.draft.entries = [_entry(item, built) for item in items]
        papers.saved = True
    return papers


def _entry(item: AgendaItem, flags: dict) -> AgendaEntry:
    ids = tuple(uuid.UUID(x) for x in (item.ref_ids or "").split()) or (
        (item.ref_id,) if item.ref_id else ()
    )
    return AgendaEntry(
        item.section,
        item.title,
        item.details or "",
        item.duration_min or 0,
        item.presenter or "",
        item.ref_table,
        ids,
        flags.get((item.ref_table, ids), frozenset()),
        item.minutes or "",
        item.id,
    )


def _meeting_details(
    session: Session, meeting: CapMeeting, papers: MeetingPapers, lang: str
) -> None:
    papers.meeting_id, papers.status = meeting.id, meeting.status
    papers.place, papers.held_on = meeting.place, meeting.held_on
    papers.general_minutes = meeting.minutes or ""
    if meeting.held_on or meeting.planned_on:
        papers.draft.meeting_on = meeting.held_on or meeting.planned_on  # type: ignore[assignment]
    if meeting.starts_at:
        papers.draft.starts_at = dt.time.fromisoformat(meeting.starts_at)
    types = {t.id: t for t in session.scalars(select(StakeholderType))}
    rows = list(
        session.scalars(
            select(MeetingAttendance)
            .where(MeetingAttendance.meeting_id == meeting.id, MeetingAttendance.deleted.is_(False))
            .order_by(MeetingAttendance.updated_at)
        )
    )
    ids = {r.stakeholder_id for r in rows if r.stakeholder_id}
    people = (
        {p.id: p for p in session.scalars(select(Stakeholder).where(Stakeholder.id.in_(ids)))}
        if ids
        else {}
    )
    for row in rows:
        person = people.get(row.stakeholder_id) if row.stakeholder_id else None
        type_id = row.stakeholder_type_id or (person.type_id if person else None)
        kind = types.get(type_id) if type_id else None
        papers.attendance.append(
            AttendanceRow(
                row.name or (person.name if person else ""),
                kind.code if kind else "",
                localised_name(kind, lang) if kind else "",
                row.women or 0,
                row.men or 0,
                row.stakeholder_id,
            )
        )
    titles = {
        i.id: i.title
        for i in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id))
    }
    for decision, action in session.execute(
        select(MeetingDecision, CorrectiveAction)
        .outerjoin(CorrectiveAction, CorrectiveAction.id == MeetingDecision.action_id)
        .where(MeetingDecision.meeting_id == meeting.id, MeetingDecision.deleted.is_(False))
        .order_by(MeetingDecision.updated_at)
    ):
        outcome = "note"
        if action is not None:
            outcome = "action" if action.recommended_on == meeting.held_on else "progress"
        papers.decisions.append(
            DecisionRow(
                decision.text,
                titles.get(decision.agenda_item_id, "") if decision.agenda_item_id else "",
                action.description if action else "",
                outcome,
                decision.agenda_item_id,
            )
        )


def _meeting_for(session: Session, site: Site, month: str, day: dt.date) -> CapMeeting:
    """The month's meeting (held or planned), created as planned on ``day`` if missing."""
    meeting = inputs_.meeting_of_month(session, site.id, month)
    if meeting is None or meeting.status == MeetingStatus.CANCELLED.value:
        meeting = CapMeeting(
            site_id=site.id, month=month, planned_on=day, status=MeetingStatus.PLANNED.value
        )
        session.add(meeting)
        session.flush()
    return meeting


def write_agenda(session: Session, site: Site, month: str, draft: AgendaDraft) -> CapMeeting:
    """Store the draft as the meeting's agenda (creating the planned meeting if needed).

    Items keep their ids: edited ones are updated, removed ones marked deleted,
    new ones inserted; the draft's entries get their ids.
    """
    if not draft.entries:
        raise ValidationError("The agenda has no item; add at least one before saving.")
    for n, entry in enumerate(draft.entries, start=1):
        if not entry.title.strip():
            raise ValidationError("Agenda item {n} has no title.", n=n)
        if not 0 <= entry.duration_min <= agenda_rules.MAX_ITEM_MINUTES:
            raise ValidationError(
                "Agenda item {n}: the time must be 0 to {most} minutes.",
                n=n,
                most=agenda_rules.MAX_ITEM_MINUTES,
            )
    meeting = _meeting_for(session, site, month, draft.meeting_on)
    meeting.starts_at = draft.starts_at.strftime("%H:%M")
    existing = {
        i.id: i
        for i in session.scalars(
            select(AgendaItem).where(
                AgendaItem.meeting_id == meeting.id, AgendaItem.deleted.is_(False)
            )
        )
    }
    kept = set()
    for position, entry in enumerate(draft.entries, start=1):
        item = existing.get(entry.id) if entry.id else None
        if item is None:
            item = AgendaItem(meeting_id=meeting.id)
            session.add(item)
        item.position, item.section, item.title = position, entry.section, entry.title.strip()
        item.details = entry.details or None
        item.duration_min, item.presenter = entry.duration_min, entry.presenter or None
        item.minutes = entry.minutes.strip() or None
        item.ref_table = entry.ref_table
        item.ref_id = entry.ref_ids[0] if entry.ref_ids else None
        item.ref_ids = " ".join(str(x) for x in entry.ref_ids) or None
        session.flush()
        entry.id = item.id
        kept.add(item.id)
    for item_id, item in existing.items():
        if item_id not in kept:
            item.deleted = True
    session.flush()
    return meeting


def save_agenda(db: Database, site: str | uuid.UUID, month: str, draft: AgendaDraft) -> uuid.UUID:
    """Save the draft agenda of the site's meeting of the month; returns the meeting id."""
    month = check_month(month)
    with db.sessions.begin() as s:
        return write_agenda(s, resolve_site(s, site), month, draft).id


# -- meeting mode ----------------------------------------------------------------------


def save_meeting(db: Database, record: MeetingRecord, today: dt.date | None = None) -> MeetingSaved:
    """Save everything meeting mode recorded in ONE transaction: the agenda with its
    minutes, the attendance, the decisions (with the actions they create and the
    progress they record) and, if asked, the meeting marked as held. Any refusal
    raises with a plain message and nothing is written. Meeting mode's kept draft
    is deleted in the same transaction; the result carries what undo needs."""
    today = today or dt.date.today()
    month = check_month(record.month)
    with db.sessions.begin() as s:
        site = resolve_site(s, record.site)
        check_held(record, today)
        before = snapshot(s, site.id, month)
        meeting = write_agenda(s, site, month, record.draft)
        meeting.place = (record.place or "").strip() or meeting.place
        meeting.minutes = record.general_minutes.strip() or None
        write_attendance(s, meeting, record.attendance)
        created, progressed = write_decisions(s, meeting, record, today)
        if record.mark_held:
            mark_held(s, meeting, record)
        forget_draft(s, site.id, month)
        return MeetingSaved(
            meeting.id,
            tuple(created),
            tuple(progressed),
            record.mark_held,
            changes(before, snapshot(s, site.id, month)),
        )


# -- a region's agendas ----------------------------------------------------------------


def region_site_codes(db: Database, region: str, month: str) -> list[str]:
    """Codes of the region's sites that were active in the month (the agendas to prepare)."""
    from bm_desktop.db.kpi_queries import active_site_ids
    from bm_desktop.domain.kpi import Period, Scope
    from bm_desktop.services.kpis import resolve_region

    month = check_month(month)
    name = resolve_region(db, region)
    start, end = inputs_.month_bounds(month)
    with db.sessions() as s:
        region_row = s.scalar(select(ProgrammeRegion).where(ProgrammeRegion.name == name))
        if region_row is None:
            raise NotFoundError("Unknown region '{region}'.", region=region)
        active = active_site_ids(s, Period(start, end), Scope(regions=frozenset({name})))
        return sorted(
            site.code
            for site in s.scalars(
                select(Site).where(Site.region_id == region_row.id, Site.deleted.is_(False))
            )
            if site.id in active
        )


def region_papers(
    db: Database,
    region: str,
    month: str,
    lang: str = "en",
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[MeetingPapers]:
    """The papers of every active site of the region for the month (saved or built)."""
    codes = region_site_codes(db, region, month)
    month = check_month(month)
    papers = []
    with db.sessions() as s:
        for n, code in enumerate(codes):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(n, len(codes), code)
            papers.append(papers_in_session(s, resolve_site(s, code), month, lang))
    if progress is not None:
        progress(len(codes), len(codes), "")
    return papers


def risk_area_choices(db: Database, lang: str = "en") -> list[tuple[str, str]]:
    """(code, "Category: area") of every risk area, in taxonomy order."""
    from bm_desktop.db.models import RiskArea, RiskCategory

    french = lang == "fr"
    with db.sessions() as s:
        rows = s.execute(
            select(
                RiskArea.code,
                localised_name(RiskArea, "fr" if french else "en"),
                localised_name(RiskCategory, "fr" if french else "en"),
            )
            .join(RiskCategory, RiskCategory.id == RiskArea.category_id)
            .where(RiskArea.deleted.is_(False))
            .order_by(RiskCategory.sort_order, RiskArea.sort_order)
        ).all()
    return [(code, f"{category}: {name}") for code, name, category in rows]
