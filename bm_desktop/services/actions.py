"""Corrective actions: recommending them, recording their progress, and their history.

An action is recommended for a risk (and the incidents behind it) or for
selected incidents, and assigned to one of the site's stakeholders. Its status
is derived from append-only dated progress updates checked by the life cycle
(:mod:`bm_desktop.domain.action_lifecycle`).

Session-level functions (``recommend_action``, ``add_progress``,
``add_progress_bulk`` ...) work inside the caller's transaction: the meetings
feature creates actions from a meeting's decisions and the Excel import records
tracker rows with them. The wrappers at the end own their transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bm_desktop.db.engine import Database
from bm_desktop.db.models import (
    ActionIncident,
    ActionProgress,
    CorrectiveAction,
    Incident,
    RiskIncident,
    Site,
    SiteRisk,
    SiteStakeholder,
    Stakeholder,
)
from bm_desktop.domain import action_lifecycle as lifecycle
from bm_desktop.domain.enums import ActionKind, ActionStatus, Priority, Verification
from bm_desktop.domain.errors import NotFoundError, TransitionError, ValidationError
from bm_desktop.domain.hlc import HybridLogicalClock
from bm_desktop.services.incidents import resolve_risk_area

# Orders same-day updates of an action; same format as the sync clock's values.
_SEQ_CLOCK = HybridLogicalClock("seq")


@dataclass(frozen=True)
class ActionDraft:
    """A new corrective action. Give ``risk_id``, ``incident_ids``, or ``site_id`` with
    ``risk_area_code``; the site and risk area follow from the risk or incidents."""

    kind: str
    description: str
    recommended_on: dt.date | None
    due_on: dt.date | None
    stakeholder_id: uuid.UUID | None
    priority: str = Priority.MEDIUM.value
    risk_id: uuid.UUID | None = None
    incident_ids: tuple[uuid.UUID, ...] = ()
    site_id: uuid.UUID | None = None
    risk_area_code: str | None = None
    by: str | None = None


@dataclass(frozen=True)
class ProgressDraft:
    """A dated progress update: the new status, the date it was observed, a note."""

    status: str
    on: dt.date | None
    note: str | None = None
    by: str | None = None


@dataclass(frozen=True)
class ActionEdit:
    """Editable details of an action (its status changes only through progress)."""

    description: str
    due_on: dt.date | None
    priority: str
    stakeholder_id: uuid.UUID | None
    kind: str


def _kind(value: str) -> str:
    try:
        return ActionKind(value).value
    except ValueError:
        raise ValidationError(
            "Unknown action kind '{value}' (use one of: {allowed}).",
            field="kind",
            value=value,
            allowed=[k.value for k in ActionKind],
        ) from None


def _priority(value: str) -> str:
    try:
        return Priority(value).value
    except ValueError:
        raise ValidationError(
            "Unknown priority '{value}' (use high, medium or low).", field="priority", value=value
        ) from None


def action_label(session: Session, action: CorrectiveAction) -> str:
    """How messages name an action: its site and the start of its description."""
    site = session.get(Site, action.site_id)
    text = action.description if len(action.description) <= 40 else action.description[:39] + "…"
    return f"action '{text}' at {site.code if site else '?'}"


def _check_stakeholder(session: Session, site: Site, stakeholder_id: uuid.UUID | None) -> None:
    if stakeholder_id is None:
        raise ValidationError(
            "Assign the action to one of the site's stakeholders.", field="stakeholder"
        )
    link = session.scalar(
        select(SiteStakeholder.id).where(
            SiteStakeholder.site_id == site.id,
            SiteStakeholder.stakeholder_id == stakeholder_id,
            SiteStakeholder.deleted.is_(False),
        )
    )
    if link is None:
        person = session.get(Stakeholder, stakeholder_id)
        if person is not None:
            raise ValidationError(
                "'{who}' is not a stakeholder of site {site}; assign the "
                "action to one of the site's stakeholders.",
                field="stakeholder",
                who=person.name,
                site=site.code,
            )
        raise ValidationError(
            "Stakeholder {who} is not a stakeholder of site {site}; assign "
            "the action to one of the site's stakeholders.",
            field="stakeholder",
            who=str(stakeholder_id),
            site=site.code,
        )


def _check_dates(recommended: dt.date | None, due: dt.date | None, today: dt.date) -> None:
    if recommended is None:
        raise ValidationError("Enter the date the action was recommended.", field="recommended_on")
    if recommended > today:
        raise ValidationError(
            "The recommendation date {recommended} is in the future (today is {today}).",
            field="recommended_on",
            recommended=recommended.isoformat(),
            today=today.isoformat(),
        )
    if due is None:
        raise ValidationError("Enter the due date of the action.", field="due_on")
    if due < recommended:
        raise ValidationError(
            "The due date {due} is before the recommendation date {recommended}.",
            field="due_on",
            due=due.isoformat(),
            recommended=recommended.isoformat(),
        )


def _incidents(session: Session, ids: tuple[uuid.UUID, ...]) -> list[Incident]:
    found = []
    for incident_id in dict.fromkeys(ids):
        incident = session.get(Incident, incident_id)
        if incident is None or incident.deleted:
            raise NotFoundError("Incident {id} does not exist.", id=str(incident_id))
        if incident.verification == Verification.REJECTED:
            raise ValidationError(
                "The incident of {date} was rejected; an action cannot address it.",
                field="incidents",
                date=incident.occurred_on.isoformat(),
            )
        found.append(incident)
    return found


def _target(
    session: Session, draft: ActionDraft
) -> tuple[Site, uuid.UUID, SiteRisk | None, list[Incident]]:
    """The action's site, risk area, risk and incidents, from the draft."""
    risk = None
    incidents = _incidents(session, draft.incident_ids)
    if draft.risk_id is not None:
        risk = session.get(SiteRisk, draft.risk_id)
        if risk is None or risk.deleted:
            raise NotFoundError("Risk {id} does not exist.", id=str(draft.risk_id))
        site_id, area_id = risk.site_id, risk.risk_area_id
        if not incidents:
            incidents = list(
                session.scalars(
                    select(Incident)
                    .join(RiskIncident, RiskIncident.incident_id == Incident.id)
                    .where(
                        RiskIncident.risk_id == risk.id,
                        RiskIncident.deleted.is_(False),
                        Incident.deleted.is_(False),
                    )
                )
            )
    elif incidents:
        sites = {i.site_id for i in incidents}
        if len(sites) > 1:
            codes = sorted(s.code for s in session.scalars(select(Site).where(Site.id.in_(sites))))
            raise ValidationError(
                "The selected incidents are on {count} sites ({codes}); "
                "an action addresses one site.",
                field="incidents",
                count=len(sites),
                codes=codes,
            )
        site_id = incidents[0].site_id
        areas = {i.risk_area_id for i in incidents}
        if draft.risk_area_code:
            area_id = resolve_risk_area(session, draft.risk_area_code).id
        elif len(areas) == 1:
            area_id = incidents[0].risk_area_id
        else:
            raise ValidationError(
                "The selected incidents span {count} risk areas: choose "
                "the risk area the action addresses.",
                field="risk_area",
                count=len(areas),
            )
        risk = _shared_risk(session, incidents, area_id)
    elif draft.site_id is not None:
        site_id = draft.site_id
        area_id = resolve_risk_area(session, draft.risk_area_code).id
    else:
        raise ValidationError(
            "Create the action from a risk, from incidents, or for a site and a risk area.",
            field="site",
        )
    site = session.get(Site, site_id)
    if site is None or site.deleted:
        raise NotFoundError("Site {id} does not exist.", id=str(site_id))
    if draft.risk_id is not None and any(i.site_id != site.id for i in incidents):
        raise ValidationError(
            "Some selected incidents are not on the risk's site {site}.",
            field="incidents",
            site=site.code,
        )
    return site, area_id, risk, incidents


def _shared_risk(
    session: Session, incidents: list[Incident], area_id: uuid.UUID
) -> SiteRisk | None:
    """The open risk all the incidents are linked to, if there is exactly one."""
    ids = [i.id for i in incidents]
    risks = set(
        session.scalars(
            select(RiskIncident.risk_id)
            .join(SiteRisk, SiteRisk.id == RiskIncident.risk_id)
            .where(
                RiskIncident.incident_id.in_(ids),
                RiskIncident.deleted.is_(False),
                SiteRisk.deleted.is_(False),
                SiteRisk.risk_area_id == area_id,
            )
        )
    )
    return session.get(SiteRisk, risks.pop()) if len(risks) == 1 else None


def _validate_recommendation(
    session: Session, draft: ActionDraft, today: dt.date | None
) -> tuple[str, str, tuple[Site, uuid.UUID, SiteRisk | None, list[Incident]]]:
    """Every rule a recommendation must meet (reads only); its kind, priority and target."""
    today = today or dt.date.today()
    kind = _kind(draft.kind)
    priority = _priority(draft.priority)
    if not draft.description.strip():
        raise ValidationError("Describe the action to take.", field="description")
    _check_dates(draft.recommended_on, draft.due_on, today)
    target = _target(session, draft)
    _check_stakeholder(session, target[0], draft.stakeholder_id)
    return kind, priority, target


def recommend_action(
    session: Session, draft: ActionDraft, today: dt.date | None = None
) -> uuid.UUID:
    """Create a corrective action (status ``recommended``) in the caller's transaction."""
    kind, priority, (site, area_id, risk, incidents) = _validate_recommendation(
        session, draft, today
    )
    action = CorrectiveAction(
        site_id=site.id,
        risk_id=risk.id if risk else None,
        risk_area_id=area_id,
        kind=kind,
        description=draft.description.strip(),
        stakeholder_id=draft.stakeholder_id,
        recommended_on=draft.recommended_on,
        due_on=draft.due_on,
        priority=priority,
    )
    session.add(action)
    session.flush()
    for incident in incidents:
        session.add(ActionIncident(action_id=action.id, incident_id=incident.id))
    session.add(
        ActionProgress(
            action_id=action.id,
            status=ActionStatus.RECOMMENDED.value,
            on=draft.recommended_on,
            note=None,
            by=draft.by,
            seq=_SEQ_CLOCK.now(),
        )
    )
    session.flush()
    return action.id


def get_action(session: Session, action_id: uuid.UUID) -> CorrectiveAction:
    action = session.get(CorrectiveAction, action_id)
    if action is None or action.deleted:
        raise NotFoundError("Corrective action {id} does not exist.", id=str(action_id))
    return action


def progress_points(session: Session, action_id: uuid.UUID) -> list[lifecycle.ProgressPoint]:
    """The action's live progress updates, as the life cycle sees them."""
    rows = session.execute(
        select(
            ActionProgress.status, ActionProgress.on, ActionProgress.seq, ActionProgress.updated_at
        ).where(ActionProgress.action_id == action_id, ActionProgress.deleted.is_(False))
    )
    return [
        lifecycle.ProgressPoint(ActionStatus(st), on, seq or "", ua or "")
        for st, on, seq, ua in rows
    ]


def add_progress(
    session: Session, action_id: uuid.UUID, draft: ProgressDraft, today: dt.date | None = None
) -> uuid.UUID:
    """Record a dated progress update if the life cycle allows it; returns its id."""
    today = today or dt.date.today()
    action = get_action(session, action_id)
    if draft.on is None:
        raise ValidationError("Enter the date of the progress update.", field="on")
    try:
        status = lifecycle.parse_status(draft.status)
        lifecycle.check_update(
            progress_points(session, action_id),
            status,
            draft.on,
            draft.note,
            recommended_on=action.recommended_on,
            today=today,
        )
    except lifecycle.LifecycleError as exc:
        raise TransitionError(exc.template, field="status", **exc.params) from None
    update = ActionProgress(
        action_id=action_id,
        status=status.value,
        on=draft.on,
        note=(draft.note or "").strip() or None,
        by=(draft.by or "").strip() or None,
        seq=_SEQ_CLOCK.now(),
    )
    session.add(update)
    session.flush()
    return update.id


def add_progress_bulk(
    session: Session, updates: list[tuple[uuid.UUID, ProgressDraft]], today: dt.date | None = None
) -> list[uuid.UUID]:
    """Record many updates (as after a meeting); the first refusal names its action (when
    there are several) and stops everything, so the caller's transaction rolls back whole."""
    if not updates:
        raise ValidationError("Select the actions to update.")
    ids = []
    for n, (action_id, draft) in enumerate(updates, start=1):
        try:
            ids.append(add_progress(session, action_id, draft, today))
        except (ValidationError, NotFoundError) as exc:
            if len(updates) == 1:
                raise
            action = session.get(CorrectiveAction, action_id)
            label = action_label(session, action) if action is not None else str(action_id)
            template = "Update {n} of {total} ({label}): {reason}"
            kind = type(exc)
            params: dict[str, Any] = {"n": n, "total": len(updates), "label": label, "reason": exc}
            if isinstance(exc, ValidationError):
                raise type(exc)(template, field=exc.field, **params) from None
            raise kind(template, **params) from None
    return ids


def retract_progress(session: Session, progress_id: uuid.UUID) -> None:
    """Withdraw a progress update (the undo of recording it).

    Updates are append-only, so this is a compensating soft delete (``deleted``
    set on that row); only an action's latest update can be withdrawn, so the
    history stays a valid life cycle.
    """
    update = session.get(ActionProgress, progress_id)
    if update is None or update.deleted:
        raise NotFoundError("Progress update {id} does not exist.", id=str(progress_id))
    last = lifecycle.latest(progress_points(session, update.action_id))
    if last is None or (last.on, last.seq) != (update.on, update.seq or ""):
        raise TransitionError("Only the latest progress update of an action can be withdrawn.")
    if len(progress_points(session, update.action_id)) == 1:
        raise TransitionError(
            "The first update of an action is its recommendation; withdraw the action instead."
        )
    update.deleted = True
    session.flush()


def restore_progress(
    session: Session, progress_id: uuid.UUID, today: dt.date | None = None
) -> None:
    """Bring back a withdrawn update (redo), if the life cycle still allows it."""
    update = session.get(ActionProgress, progress_id)
    if update is None:
        raise NotFoundError("Progress update {id} does not exist.", id=str(progress_id))
    if not update.deleted:
        return
    action = get_action(session, update.action_id)
    try:
        lifecycle.check_update(
            progress_points(session, update.action_id),
            ActionStatus(update.status),
            update.on,
            update.note,
            recommended_on=action.recommended_on,
            today=max(today or dt.date.today(), update.on),
        )
    except lifecycle.LifecycleError as exc:
        raise TransitionError(exc.template, field="status", **exc.params) from None
    update.deleted = False
    session.flush()


def edit_action(session: Session, action_id: uuid.UUID, edit: ActionEdit) -> None:
    """Change an action's description, kind, due date, priority or stakeholder."""
    action = get_action(session, action_id)
    kind, priority, due = _validate_edit(session, action, edit)
    action.description, action.kind, action.priority = edit.description.strip(), kind, priority
    action.due_on, action.stakeholder_id = due, edit.stakeholder_id
    session.flush()


def _validate_edit(
    session: Session, action: CorrectiveAction, edit: ActionEdit
) -> tuple[str, str, dt.date]:
    """Every rule an edit of ``action`` must meet (reads only); its kind, priority and
    due date."""
    kind, priority = _kind(edit.kind), _priority(edit.priority)
    if not edit.description.strip():
        raise ValidationError("Describe the action to take.", field="description")
    if edit.due_on is None:
        raise ValidationError("Enter the due date of the action.", field="due_on")
    if edit.due_on < action.recommended_on:
        raise ValidationError(
            "The due date {due} is before the recommendation date {recommended}.",
            field="due_on",
            due=edit.due_on.isoformat(),
            recommended=action.recommended_on.isoformat(),
        )
    site = session.get(Site, action.site_id)
    assert site is not None
    _check_stakeholder(session, site, edit.stakeholder_id)
    return kind, priority, edit.due_on


def set_action_withdrawn(session: Session, action_id: uuid.UUID, withdrawn: bool) -> None:
    """Soft-delete an action with its links and updates (undo of recommending it), or
    bring it back (redo)."""
    action = session.get(CorrectiveAction, action_id)
    if action is None:
        raise NotFoundError("Corrective action {id} does not exist.", id=str(action_id))
    if withdrawn and len(progress_points(session, action_id)) > 1:
        raise TransitionError(
            "The action already has progress updates; cancel it with a "
            "reason instead of withdrawing it."
        )
    action.deleted = withdrawn
    for link in session.scalars(
        select(ActionIncident).where(ActionIncident.action_id == action_id)
    ):
        link.deleted = withdrawn
    updates = list(
        session.scalars(
            select(ActionProgress)
            .where(ActionProgress.action_id == action_id)
            .order_by(ActionProgress.on, ActionProgress.seq, ActionProgress.updated_at)
        )
    )
    if withdrawn:
        for row in updates:
            row.deleted = True
    elif updates:
        # Only the recommendation comes back; later updates withdrawn by their own undo
        # come back through restore_progress.
        updates[0].deleted = False
    session.flush()


# Wrappers owning their transaction.


def recommend(db: Database, draft: ActionDraft, today: dt.date | None = None) -> uuid.UUID:
    with db.sessions.begin() as s:
        return recommend_action(s, draft, today)


def progress(
    db: Database, action_id: uuid.UUID, draft: ProgressDraft, today: dt.date | None = None
) -> uuid.UUID:
    with db.sessions.begin() as s:
        return add_progress(s, action_id, draft, today)


def progress_bulk(
    db: Database, updates: list[tuple[uuid.UUID, ProgressDraft]], today: dt.date | None = None
) -> list[uuid.UUID]:
    with db.sessions.begin() as s:
        return add_progress_bulk(s, updates, today)


def edit(db: Database, action_id: uuid.UUID, change: ActionEdit) -> None:
    with db.sessions.begin() as s:
        edit_action(s, action_id, change)


def set_withdrawn(db: Database, action_id: uuid.UUID, withdrawn: bool) -> None:
    with db.sessions.begin() as s:
        set_action_withdrawn(s, action_id, withdrawn)


def retract_progress_all(db: Database, progress_ids: list[uuid.UUID]) -> None:
    """Withdraw progress updates, last first (undo of recording them)."""
    with db.sessions.begin() as s:
        for progress_id in reversed(progress_ids):
            retract_progress(s, progress_id)


def restore_progress_all(db: Database, progress_ids: list[uuid.UUID]) -> None:
    """Bring withdrawn progress updates back (redo of recording them)."""
    with db.sessions.begin() as s:
        for progress_id in progress_ids:
            restore_progress(s, progress_id)
