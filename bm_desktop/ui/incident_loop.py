"""Installs the incident -> risk -> action loop in the main window: the incident
register, site risks and corrective actions docks, wired together.

Recommending an action (from selected incidents or from a risk) opens the
action dialog, whose OK runs the undoable command; the new action is then
selected in the actions dock. The register's selected sites go to the window's ``highlight_sites``
(the map, once it is built).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from bm_desktop.services.risks import RiskView
from bm_desktop.ui.action_dialog import ActionDialog
from bm_desktop.ui.actions_dock import ActionsDock
from bm_desktop.ui.incident_register_dock import IncidentRegisterDock
from bm_desktop.ui.risks_dock import RisksDock
from bm_desktop.ui.undo import undo_stack

if TYPE_CHECKING:
    from bm_desktop.ui.dashboard_dock import DashboardDock


def recommend(
    window: Any, risk: RiskView | None = None, incident_ids: list[uuid.UUID] | None = None
) -> uuid.UUID | None:
    """Open the action dialog (its OK recommends the action, undoable); show the action."""
    dialog = ActionDialog(
        window.ctx, risk=risk, incident_ids=incident_ids, parent=window, stack=undo_stack(window)
    )
    window._action_dialog = dialog  # reachable from tests while it is open
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.action_id is None:
        return None
    window.actions_dock.reveal([dialog.action_id])  # listed and selected, whatever the filters
    window.actions_dock.raise_()
    return dialog.action_id


class LoopDocks(NamedTuple):
    """The docks of the loop (kept as ``MainWindow.incident_register``, ``actions_dock``,
    ``risks_dock`` and ``dashboard_dock``)."""

    incident_register: IncidentRegisterDock
    actions_dock: ActionsDock
    risks_dock: RisksDock
    dashboard_dock: DashboardDock


def install(window: Any) -> LoopDocks:
    from bm_desktop.ui import dashboard_dock

    register = window.add_dock(
        "incidentRegisterDock",
        IncidentRegisterDock(window.ctx, window),
        Qt.DockWidgetArea.BottomDockWidgetArea,
        tab_with="sitesDock",
    )
    actions = window.add_dock(
        "actionsDock",
        ActionsDock(window.ctx, window),
        Qt.DockWidgetArea.BottomDockWidgetArea,
        tab_with="incidentRegisterDock",
    )
    risks = window.add_dock(
        "risksDock", RisksDock(window.ctx, window), Qt.DockWidgetArea.RightDockWidgetArea
    )
    register.recommend_requested.connect(lambda ids: recommend(window, incident_ids=ids))
    risks.recommend_requested.connect(lambda risk: recommend(window, risk=risk))
    register.sites_highlighted.connect(window.highlight_sites)
    return LoopDocks(register, actions, risks, dashboard_dock.install(window))
