"""Installs the incident -> risk -> action loop in the main window: the incident
register, site risks and corrective actions docks, wired together.

Recommending an action (from selected incidents or from a risk) opens the
action dialog and runs an undoable command; the new action is then selected in
the actions dock. The register's selected sites go to the map's
``highlight_sites`` when the map offers it.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from bm_desktop.domain.errors import BmError
from bm_desktop.services.risks import RiskView
from bm_desktop.ui.action_dialog import ActionDialog
from bm_desktop.ui.actions_dock import ActionsDock
from bm_desktop.ui.incident_register_dock import IncidentRegisterDock
from bm_desktop.ui.loop_commands import RecommendAction
from bm_desktop.ui.risks_dock import RisksDock
from bm_desktop.ui.undo import undo_stack


def recommend(window: Any, risk: RiskView | None = None,
              incident_ids: list[uuid.UUID] | None = None) -> uuid.UUID | None:
    """Open the action dialog; on OK, recommend the action (undoable) and show it."""
    dialog = ActionDialog(window.ctx, risk=risk, incident_ids=incident_ids, parent=window)
    window._action_dialog = dialog  # reachable from tests while it is open
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.draft is None:
        return None
    command = RecommendAction(window.ctx, dialog.draft)
    try:
        command.run(undo_stack(window))
    except BmError as exc:
        QMessageBox.warning(window, dialog.windowTitle(), exc.text(window.ctx.lang))
        return None
    window.actions_dock.reveal([command.action_id])  # listed and selected, whatever the filters
    window.actions_dock.raise_()
    return command.action_id


def install(window: Any) -> None:
    undo_stack(window)
    register = IncidentRegisterDock(window.ctx, window)
    window.incident_register = window.add_dock(
        "incidentRegisterDock", register, Qt.DockWidgetArea.BottomDockWidgetArea,
        tab_with="sitesDock")
    actions = ActionsDock(window.ctx, window)
    window.actions_dock = window.add_dock("actionsDock", actions,
                                          Qt.DockWidgetArea.BottomDockWidgetArea,
                                          tab_with="incidentRegisterDock")
    risks = RisksDock(window.ctx, window)
    window.risks_dock = window.add_dock("risksDock", risks, Qt.DockWidgetArea.RightDockWidgetArea)
    register.recommend_requested.connect(lambda ids: recommend(window, incident_ids=ids))
    risks.recommend_requested.connect(lambda risk: recommend(window, risk=risk))
    # Looked up at each call, so the map may install before or after this feature.
    register.sites_highlighted.connect(
        lambda ids: getattr(window, "highlight_sites", lambda _ids: None)(ids))
    from bm_desktop.ui import dashboard_dock

    dashboard_dock.install(window)
