"""Screenshots of the incident -> risk -> action loop on the sample programme: the
incident register, one site's risk matrix, an action with its full history, and the
dashboard."""

from __future__ import annotations

from pathlib import Path

SITE = "LB-01"  # Karajipopo, the cobalt site whose child-labour incidents fell 33 -> 7


def _site_id(window, code: str):
    from sqlalchemy import select

    from bm_desktop.db.models import Site

    with window.ctx.db.sessions() as s:
        return s.scalar(select(Site.id).where(Site.code == code))


def _richest_action(window):
    """An action at the site with the longest history (most progress updates)."""
    from sqlalchemy import func, select

    from bm_desktop.db.models import ActionProgress, CorrectiveAction, Site

    with window.ctx.db.sessions() as s:
        return s.scalar(
            select(ActionProgress.action_id)
            .join(CorrectiveAction, CorrectiveAction.id == ActionProgress.action_id)
            .join(Site, Site.id == CorrectiveAction.site_id)
            .where(Site.code == SITE, ActionProgress.deleted.is_(False))
            .group_by(ActionProgress.action_id)
            .order_by(func.count().desc(), ActionProgress.action_id)
            .limit(1)
        )


def render(ctx) -> list[Path]:
    from PySide6.QtCore import Qt

    from bm_desktop.domain.filters import FilterState

    window = ctx.window
    shots = []
    window.ctx.filters.set_state(FilterState())
    register = window.incident_register
    register.setFloating(True)
    register.resize(1500, 620)
    register.show()
    register.reload(wait=True)
    register.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    register.search.setText("child")
    shots.append(ctx.grab(register, "incident_register"))
    register.search.setText("")
    register.setFloating(False)

    window.ctx.selection.select([_site_id(window, SITE)])
    risks = window.risks_dock
    risks.setFloating(True)
    risks.resize(560, 760)
    risks.show()
    risks.reload()
    risks.table.selectRow(0)
    shots.append(ctx.grab(risks, "site_risks"))
    risks.setFloating(False)

    actions = window.actions_dock
    actions.setFloating(True)
    actions.resize(1500, 560)
    actions.show()
    actions.reload()
    actions.select_actions([_richest_action(window)])
    shots.append(ctx.grab(actions, "action_history"))
    actions.setFloating(False)
    window.ctx.selection.select([])

    dock = window.dashboard_dock
    dock.setFloating(True)
    dock.resize(1500, 1250)
    dock.show()
    dock.dashboard.reload(wait=True)
    shots.append(ctx.grab(dock, "dashboard", 800))
    dock.setFloating(False)
    return shots
