"""Issue 11 §3: typed dates work in every date field of the app, in the interface
language's format, and every date shown is in that format.

A French coordinator types 15/01/2022 (JJ/MM/AAAA) into each kind of date field (an
incident's dates, an action's due date, a progress update, a decision's due date, the
meeting date in meeting mode, an export's period, the visit planner's first day) and the
dialog takes 15 January 2022. Qt's own date fields edited one section at a time, so the
typed digits landed in the wrong sections and the year was lost. Site details showed ISO
dates (2022-05-10) in a French window."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bm_desktop.db.models import Site
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.dates import TypedDateEdit
from bm_desktop.ui.settings import Settings
from bm_desktop.ui.translator import install_language
from bm_desktop.ui.unsaved_work import WorkDialog

TYPED, MEANT = "15/01/2022", dt.date(2022, 1, 15)
SITE, MONTH = "LB-01", "2023-01"


@pytest.fixture
def fr_ctx(sample_db) -> Iterator[AppContext]:
    install_language(QApplication.instance(), "fr")
    yield AppContext(db=sample_db, settings=Settings(), lang="fr")
    for widget in QApplication.topLevelWidgets():  # nothing left asking at teardown
        if isinstance(widget, WorkDialog) and widget.isVisible():
            widget.discard_without_asking()
    install_language(QApplication.instance(), "en")


def _incident(ctx, qtbot):
    from bm_desktop.ui.incident_form import IncidentForm

    form = IncidentForm(ctx)
    return form, form.occurred, lambda: form.current_draft().occurred_on


def _action(ctx, qtbot):
    from bm_desktop.ui.action_dialog import ActionDialog

    dialog = ActionDialog(ctx)
    return dialog, dialog.due, lambda: dialog.current_draft().due_on


def _progress(ctx, qtbot):
    from bm_desktop.ui.progress_dialog import ProgressDialog

    dialog = ProgressDialog("LB-01: training", ["in_progress"], "tester", lambda d: None, lang="fr")
    return dialog, dialog.on, lambda: dialog.current_draft().on


def _meeting(ctx, qtbot):
    from bm_desktop.ui.agenda_builder import AgendaBuilder
    from bm_desktop.ui.meeting_mode import MeetingModeDialog

    builder = AgendaBuilder(ctx, SITE, MONTH)
    qtbot.addWidget(builder)
    dialog = MeetingModeDialog(ctx, SITE, MONTH, builder.papers, builder)
    return dialog, dialog.held_on, dialog.meeting_day


def _decision(ctx, qtbot):
    from bm_desktop.ui.agenda_builder import AgendaBuilder
    from bm_desktop.ui.decision_dialog import CREATE, DecisionDialog

    builder = AgendaBuilder(ctx, SITE, MONTH)
    qtbot.addWidget(builder)
    dialog = DecisionDialog(ctx, builder.papers, dt.date(2023, 1, 6), None, builder)
    dialog.outcome.button(CREATE).setChecked(True)
    return dialog, dialog.due, lambda: dialog.current_decision().new_action.due_on


def _export(ctx, qtbot):
    from bm_desktop.exchange.exports.catalogue import EXPORTS
    from bm_desktop.ui.exchange.export_dialog import ExportDialog

    dialog = ExportDialog(ctx, EXPORTS["incidents"])
    return dialog, dialog.start, lambda: dialog.request().start


def _planner(ctx, qtbot):
    from bm_desktop.ui.visit_planner_dock import VisitPlannerDock

    dock = VisitPlannerDock(ctx)
    return dock, dock.first_day, dock._first_day


def _visit(ctx, qtbot):
    from bm_desktop.services.trip_planner import TripRequest, plan_trip
    from bm_desktop.services.visit_priorities import PlannerArea
    from bm_desktop.ui.visit_record_dialog import COLUMNS, VisitRecordDialog

    plan = plan_trip(
        ctx.db,
        TripRequest(
            PlannerArea(region="Rwanda"), "Kigali", dt.date(2022, 1, 10), 2, top=4, time_limit_s=0.3
        ),
    )
    dialog = VisitRecordDialog(ctx, plan)
    day = dialog.table.cellWidget(0, COLUMNS.index("Day"))
    return dialog, day, lambda: dialog.records()[0].visited_on


FIELDS: dict[str, Callable] = {
    "incident date": _incident,
    "action due date": _action,
    "progress date": _progress,
    "meeting date": _meeting,
    "decision due date": _decision,
    "export period": _export,
    "visit planner first day": _planner,
    "visit date": _visit,
}


@pytest.mark.parametrize("kind", list(FIELDS))
def test_a_french_date_typed_into_each_kind_of_date_field_is_taken(
    qtbot, fr_ctx, kind: str
) -> None:
    owner, field, value = FIELDS[kind](fr_ctx, qtbot)
    if not isinstance(owner, WorkDialog):
        qtbot.addWidget(owner)
    owner.show()
    qtbot.waitExposed(owner)
    field.setFocus()
    QTest.keyClicks(field, TYPED)
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert value() == MEANT  # what the dialog would store
    assert field.lineEdit().text() == TYPED  # shown as typed: JJ/MM/AAAA
    assert isinstance(field, TypedDateEdit)  # the one shared date input
    assert field.toolTip().startswith("Saisissez une date (JJ/MM/AAAA)")


def test_a_date_that_is_not_one_is_not_taken(qtbot, fr_ctx) -> None:
    owner, field, value = _action(fr_ctx, qtbot)
    owner.show()
    qtbot.waitExposed(owner)
    before = value()
    field.setFocus()
    QTest.keyClicks(field, "31/02/2022")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert field.typing and field.lineEdit().text() == "31/02/2022"  # left to correct
    assert value() == before


def test_french_site_details_show_dates_as_jj_mm_aaaa(qtbot, fr_ctx) -> None:
    from sqlalchemy import select

    from bm_desktop.services.visits import VisitRecord, record_visits
    from bm_desktop.ui.site_details_dock import SiteDetailsDock

    with fr_ctx.db.sessions() as s:
        site_id: uuid.UUID = s.scalar(select(Site.id).where(Site.code == SITE))
    today = dt.date.today()  # the latest visit of the site
    record_visits(
        fr_ctx.db, [VisitRecord(site_id, today, "A. Furaha", "monitoring", "Shafts shored up")]
    )
    dock = SiteDetailsDock(fr_ctx)
    qtbot.addWidget(dock)
    dock.show()
    fr_ctx.selection.select([site_id])
    qtbot.waitUntil(lambda: "Dernière visite" in dock.view.toPlainText(), timeout=10000)
    text = dock.view.toPlainText()
    assert f"Dernière visite : {today:%d/%m/%Y}" in text
    assert f"{today:%d/%m/%Y} · " in text  # the visit line
    assert re.search(r"\b\d{4}-\d{2}-\d{2}\b", text) is None  # no ISO date anywhere
    period = fr_ctx.filters.state
    assert f"{period.start:%d/%m/%Y}" in text and f"{period.end:%d/%m/%Y}" in text
