"""Stand-ins for the docks that are built after the map's first paint.

At the interactive start the table docks (sites, incident register, actions, risks,
dashboard, CAP meetings) and the visit planner are neither imported nor built before the
map is drawn: their modules and widgets cost a good part of a second. Until then a light, empty
``QDockWidget`` with the real dock's objectName, title and place holds its spot, so a
saved layout restores onto it and the window has its final shape from the first paint;
the real dock then takes the stand-in's exact place (see ``MainWindow``).

The titles are the docks' own (same translation context and text), so the stand-ins
read exactly as the docks that replace them; tests/ui/test_start_docks.py checks that
this plan and the features agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


@dataclass(frozen=True)
class DockSpec:
    """Where a feature's dock goes and what its title says, known without importing it."""

    key: str  # the dock's objectName
    context: str  # the dock class's translation context
    title: str
    area: Qt.DockWidgetArea
    tab_with: str | None = None


# A part of the main window (``MainWindow.PARTS``) -> the docks its ``install`` adds, in
# the order it adds them.
PLAN: dict[str, list[DockSpec]] = {
    "sites": [DockSpec("sitesDock", "SitesDock", QT_TRANSLATE_NOOP("SitesDock", "Sites"), BOTTOM)],
    "incident_loop": [
        DockSpec(
            "incidentRegisterDock",
            "IncidentRegisterDock",
            QT_TRANSLATE_NOOP("IncidentRegisterDock", "Incident register"),
            BOTTOM,
            "sitesDock",
        ),
        DockSpec(
            "actionsDock",
            "ActionsDock",
            QT_TRANSLATE_NOOP("ActionsDock", "Corrective actions"),
            BOTTOM,
            "incidentRegisterDock",
        ),
        DockSpec("risksDock", "RisksDock", QT_TRANSLATE_NOOP("RisksDock", "Site risks"), RIGHT),
        DockSpec(
            "dashboardDock",
            "DashboardDock",
            QT_TRANSLATE_NOOP("DashboardDock", "Dashboard"),
            BOTTOM,
            "actionsDock",
        ),
    ],
    "meetings": [
        DockSpec(
            "meetingsDock",
            "MeetingsDock",
            QT_TRANSLATE_NOOP("MeetingsDock", "CAP meetings"),
            BOTTOM,
            "sitesDock",
        )
    ],
    "visit_planner": [
        DockSpec(
            "visitPlannerDock",
            "VisitPlannerDock",
            QT_TRANSLATE_NOOP("VisitPlannerDock", "Visit planner"),
            RIGHT,
            "siteDetailsDock",
        )
    ],
}


def placeholder(spec: DockSpec) -> QDockWidget:
    """An empty dock with the real one's title (its objectName is set by ``add_dock``)."""
    dock = QDockWidget(QCoreApplication.translate(spec.context, spec.title))
    dock.setWidget(QWidget())
    dock.setProperty("placeholder", True)
    return dock
