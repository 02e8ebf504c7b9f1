"""Undoable edits of the incident -> risk -> action loop (see :mod:`bm_desktop.ui.undo`).

Thin wrappers: each do, undo and redo is one call of a service function that
owns its transaction (no session here). Undo uses the compensating services: a
recorded incident or recommended action is withdrawn (soft delete), a review is
reopened, a roll-up is unlinked, and a progress update, being append-only, is
withdrawn by a soft delete of that update row (``deleted = True``); redo brings
the same rows back.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication

from bm_desktop.services import actions, incidents, risks
from bm_desktop.services.actions import ActionDraft, ActionEdit, ProgressDraft
from bm_desktop.services.incidents import IncidentDraft
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.undo import ServiceCommand

INCIDENT_TABLES = frozenset({"incidents"})
RISK_TABLES = frozenset({"incidents", "site_risks", "risk_incidents"})
ACTION_TABLES = frozenset(
    {"corrective_actions", "action_progress", "action_incidents", "site_risks"}
)


class RecordIncident(ServiceCommand):
    tables = INCIDENT_TABLES

    def __init__(self, ctx: AppContext, draft: IncidentDraft) -> None:
        super().__init__(ctx, QCoreApplication.translate("LoopCommands", "record incident"))
        self.draft = draft
        self.incident_id: uuid.UUID | None = None

    def apply(self, first: bool) -> None:
        if first:
            self.incident_id = incidents.record(self.ctx.db, self.draft)
        else:
            incidents.set_withdrawn(self.ctx.db, self._id(), False)

    def revert(self) -> None:
        incidents.set_withdrawn(self.ctx.db, self._id(), True)

    def _id(self) -> uuid.UUID:
        assert self.incident_id is not None, "undo before the incident was recorded"
        return self.incident_id


class EditIncident(ServiceCommand):
    tables = INCIDENT_TABLES

    def __init__(self, ctx: AppContext, incident_id: uuid.UUID, draft: IncidentDraft) -> None:
        super().__init__(ctx, QCoreApplication.translate("LoopCommands", "edit incident"))
        self.incident_id, self.draft = incident_id, draft
        self.before = incidents.incident_draft(incidents.get(ctx.db, incident_id, ctx.role))

    def apply(self, first: bool) -> None:
        incidents.edit(self.ctx.db, self.incident_id, self.draft)

    def revert(self) -> None:
        incidents.edit(self.ctx.db, self.incident_id, self.before)


class ReviewIncidents(ServiceCommand):
    """Verify or reject one or more reported incidents (one undo step)."""

    tables = INCIDENT_TABLES

    def __init__(
        self, ctx: AppContext, incident_ids: list[uuid.UUID], by: str, reason: str | None = None
    ) -> None:
        text = (
            QCoreApplication.translate("LoopCommands", "reject incidents")
            if reason is not None
            else QCoreApplication.translate("LoopCommands", "verify incidents")
        )
        super().__init__(ctx, text)
        self.incident_ids, self.by, self.reason = incident_ids, by, reason

    def apply(self, first: bool) -> None:
        incidents.review(self.ctx.db, self.incident_ids, self.by, self.reason)

    def revert(self) -> None:
        incidents.reopen(self.ctx.db, self.incident_ids)


class RollUpIncidents(ServiceCommand):
    tables = RISK_TABLES

    def __init__(self, ctx: AppContext, incident_ids: list[uuid.UUID]) -> None:
        super().__init__(ctx, QCoreApplication.translate("LoopCommands", "roll up into risks"))
        self.incident_ids = incident_ids
        self.result: risks.RollUp | None = None

    def apply(self, first: bool) -> None:
        if first:
            self.result = risks.roll_up_incidents(self.ctx.db, self.incident_ids)
        elif self.result is not None:
            risks.redo_roll_up_incidents(self.ctx.db, self.result)

    def revert(self) -> None:
        if self.result is not None:
            risks.undo_roll_up_incidents(self.ctx.db, self.result)


class RecommendAction(ServiceCommand):
    tables = ACTION_TABLES

    def __init__(self, ctx: AppContext, draft: ActionDraft) -> None:
        super().__init__(ctx, QCoreApplication.translate("LoopCommands", "recommend action"))
        self.draft = draft
        self.action_id: uuid.UUID | None = None

    def apply(self, first: bool) -> None:
        if first:
            self.action_id = actions.recommend(self.ctx.db, self.draft)
        else:
            actions.set_withdrawn(self.ctx.db, self._id(), False)

    def revert(self) -> None:
        actions.set_withdrawn(self.ctx.db, self._id(), True)

    def _id(self) -> uuid.UUID:
        assert self.action_id is not None, "undo before the action was recommended"
        return self.action_id


class EditAction(ServiceCommand):
    tables = ACTION_TABLES

    def __init__(
        self, ctx: AppContext, action_id: uuid.UUID, edit: ActionEdit, before: ActionEdit
    ) -> None:
        super().__init__(ctx, QCoreApplication.translate("LoopCommands", "edit action"))
        self.action_id, self.edit, self.before = action_id, edit, before

    def apply(self, first: bool) -> None:
        actions.edit(self.ctx.db, self.action_id, self.edit)

    def revert(self) -> None:
        actions.edit(self.ctx.db, self.action_id, self.before)


class RecordProgress(ServiceCommand):
    """One or many dated progress updates (a bulk update is one undo step)."""

    tables = ACTION_TABLES

    def __init__(self, ctx: AppContext, updates: list[tuple[uuid.UUID, ProgressDraft]]) -> None:
        text = (
            QCoreApplication.translate("LoopCommands", "record progress")
            if len(updates) == 1
            else QCoreApplication.translate(
                "LoopCommands", "record progress of {n} actions"
            ).format(n=len(updates))
        )
        super().__init__(ctx, text)
        self.updates = updates
        self.progress_ids: list[uuid.UUID] = []

    def apply(self, first: bool) -> None:
        if first:
            self.progress_ids = actions.progress_bulk(self.ctx.db, self.updates)
        else:
            actions.restore_progress_all(self.ctx.db, self.progress_ids)

    def revert(self) -> None:
        actions.retract_progress_all(self.ctx.db, self.progress_ids)


class ScoreRisk(ServiceCommand):
    """A risk expert's own likelihood and severity for a risk."""

    tables = RISK_TABLES

    def __init__(
        self, ctx: AppContext, risk: risks.RiskView, likelihood: int, severity: int
    ) -> None:
        super().__init__(ctx, QCoreApplication.translate("LoopCommands", "score risk"))
        self.risk_id = risk.id
        self.after = (likelihood, severity)
        self.before = (risk.likelihood, risk.severity)

    def apply(self, first: bool) -> None:
        risks.score(self.ctx.db, self.risk_id, *self.after)

    def revert(self) -> None:
        risks.score(self.ctx.db, self.risk_id, *self.before)
