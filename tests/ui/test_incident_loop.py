"""The incident -> risk -> action loop end to end through the interface (pytest-qt):
record, verify, roll up, recommend an action, update it, undo, redo; bad input
shows its message and writes nothing."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from bm_desktop.domain.filters import FilterState
from bm_desktop.ui.app import create_window
from tests.services.loop_data import build_small_programme, snapshot
from tests.ui.answers import click, when_shown


@pytest.fixture
def window(qtbot, tmp_path: Path):
    from bm_desktop.db.engine import open_database
    from bm_desktop.db.reference_data import seed_reference_data

    path = tmp_path / "loop.sqlite"
    database = open_database(path)
    with database.sessions.begin() as s:
        seed_reference_data(s)
    prog = build_small_programme(database)
    database.dispose()
    _app, win = create_window(path, empty=True, lang="en")
    qtbot.addWidget(win)
    # the 2021-22 year the loop works in (the window opens on the latest year with data)
    win.ctx.filters.set_state(FilterState())
    win.prog = prog
    win.show()
    return win


def with_dialog(qtbot, fill: Callable[[QDialog], None]) -> list[str]:
    """Run ``fill`` on the next modal dialog; returns errors raised inside it."""
    errors: list[str] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        try:
            fill(dialog)
        except Exception as exc:  # surfaced by the test, never swallowed
            errors.append(repr(exc))
            QDialog.done(dialog, QDialog.DialogCode.Rejected)  # close without the question

    QTimer.singleShot(0, run)
    return errors


def pick(combo, data) -> None:
    index = combo.findData(str(data) if isinstance(data, uuid.UUID) else data)
    assert index >= 0, f"{data!r} not offered"
    combo.setCurrentIndex(index)


def qd(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def register_cells(win, column: int) -> list[str]:
    model = win.incident_register.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def record_incident_via_form(qtbot, win, description: str) -> None:
    def fill(form) -> None:
        pick(form.site, win.prog.kolwezi)
        form.occurred.setDate(qd(dt.date(2021, 8, 3)))
        form.reported.setDate(qd(dt.date(2021, 8, 4)))
        pick(form.risk_area, "child_labour")
        pick(form.severity, 3)
        form.people.setValue(2)
        form.minors.setValue(2)
        form.description.setPlainText(description)
        form.victims.setPlainText("A. (12)")
        form.buttons.accepted.emit()

    errors = with_dialog(qtbot, fill)
    win.incident_register.new_incident()
    assert errors == []


def test_loop_end_to_end_with_undo_and_redo(qtbot, window) -> None:
    win = window
    reg = win.incident_register
    record_incident_via_form(qtbot, win, "Two children sorting ore at pit 3")
    assert register_cells(win, 1) == ["KZ-01"]
    assert register_cells(win, 6) == ["Reported"]
    assert register_cells(win, 10) == ["Two children sorting ore at pit 3"]

    # verify, then roll up
    reg.select_incidents([reg.model.incident_id(0)])
    reg.verify_action.trigger()
    qtbot.waitUntil(lambda: register_cells(win, 6) == ["Verified"])
    from bm_desktop.services import incidents as incident_service
    from bm_desktop.ui.incident_form import IncidentForm

    form = IncidentForm(
        win.ctx, incident_service.get(win.ctx.db, reg.model.incident_id(0), win.ctx.role)
    )
    qtbot.addWidget(form)
    assert form.review.text().startswith("Verified by ")
    assert form.review.text().endswith("(UTC).")
    reg.select_incidents([reg.model.incident_id(0)])
    reg.rollup_action.trigger()
    win.ctx.selection.select([win.prog.kolwezi])
    risks = win.risks_dock
    assert risks.table.rowCount() == 1
    assert risks.table.item(0, 1).text() == "Child labour"
    assert risks.table.item(0, 4).text() == "4"  # L1 x S4 (severity 3 raised for minors)
    assert int(risks.matrix_counts()[0, 3]) == 1

    # recommend an action from the risk
    risks.table.selectRow(0)

    def fill_action(dialog) -> None:
        dialog.description.setPlainText("Awareness campaign with the cooperative")
        pick(dialog.stakeholder, win.prog.cooperative)
        dialog.recommended.setDate(qd(dt.date(2021, 9, 1)))
        dialog.due.setDate(qd(dt.date(2099, 12, 31)))
        pick(dialog.kind, "awareness_campaign")
        dialog.buttons.accepted.emit()

    errors = with_dialog(qtbot, fill_action)
    risks.recommend_action.trigger()
    assert errors == []
    acts = win.actions_dock
    assert acts.model.rowCount() == 1
    assert acts.model.data(acts.model.index(0, 1)) == "Recommended"
    assert acts.model.data(acts.model.index(0, 5)) == "EMAK-C cooperative"
    assert acts.selected_ids() == [acts.model.rows[0].id]

    # record progress; an invalid transition is refused inside the dialog
    def fill_progress(dialog) -> None:
        pick(dialog.status, "in_progress")
        dialog.on.setDate(qd(dt.date(2021, 10, 1)))
        dialog.note.setPlainText("first session held")
        dialog.buttons.accepted.emit()

    errors = with_dialog(qtbot, fill_progress)
    acts.progress_action.trigger()
    assert errors == []
    assert acts.model.data(acts.model.index(0, 1)) == "In progress"
    assert acts.detail.history.rowCount() == 2
    assert acts.detail.history.item(1, 2).text() == "first session held"

    before = snapshot(win.ctx.db)
    messages: list[str] = []

    def refuse(dialog) -> None:
        dialog.status.addItem("Recommended", "recommended")  # not offered: force it
        pick(dialog.status, "recommended")
        dialog.on.setDate(qd(dt.date(2021, 11, 1)))
        dialog.buttons.accepted.emit()
        messages.append(dialog.message.text())
        assert dialog.isVisible()
        when_shown(lambda: dialog.discard_question, click("Discard"))
        dialog.reject()  # typed work: Cancel asks first (issue 11)

    errors = with_dialog(qtbot, refuse)
    acts.progress_action.trigger()
    assert errors == []
    assert messages == [
        "An action that is in progress cannot become recommended; allowed "
        "next: in progress, implemented, cancelled."
    ]
    assert snapshot(win.ctx.db) == before

    # undo the progress update (a soft delete of that row), then redo it
    stack = win.undo_stack
    assert stack.undoText() == "record progress"
    stack.undo()
    assert acts.model.data(acts.model.index(0, 1)) == "Recommended"
    acts.select_actions([acts.model.rows[0].id])
    assert acts.detail.history.rowCount() == 1
    stack.redo()
    assert acts.model.data(acts.model.index(0, 1)) == "In progress"

    # undo everything back to an empty register, then redo it all
    for _ in range(5):
        stack.undo()
    assert acts.model.rowCount() == 0
    assert risks.table.rowCount() == 0
    qtbot.waitUntil(lambda: register_cells(win, 1) == [])
    for _ in range(5):
        stack.redo()
    qtbot.waitUntil(lambda: register_cells(win, 6) == ["Verified"])
    assert risks.table.rowCount() == 1
    assert acts.model.data(acts.model.index(0, 1)) == "In progress"


def test_invalid_incident_shows_the_message_and_writes_nothing(qtbot, window) -> None:
    win = window
    before = snapshot(win.ctx.db)
    seen: list[tuple[str, bool]] = []

    def fill(form) -> None:
        form.description.setPlainText("Armed men at the pit")
        pick(form.risk_area, "security_forces")
        form.buttons.accepted.emit()  # no site chosen
        seen.append((form.message.text(), form.isVisible()))
        pick(form.site, win.prog.kolwezi)
        form.occurred.setDate(qd(dt.date.today() + dt.timedelta(days=3)))
        form.buttons.accepted.emit()
        seen.append((form.message.text(), form.isVisible()))
        when_shown(lambda: form.discard_question, click("Discard"))
        form.reject()  # typed work: Cancel asks first (issue 11)

    errors = with_dialog(qtbot, fill)
    win.incident_register.new_incident()
    assert errors == []
    assert seen[0] == ("Choose the site where the incident happened.", True)
    assert "is in the future" in seen[1][0] and seen[1][1]
    assert snapshot(win.ctx.db) == before


def test_government_role_never_sees_sensitive_fields(qtbot, window) -> None:
    from bm_desktop.ui.incident_form import IncidentForm

    window.ctx.role = "government"
    form = IncidentForm(window.ctx)
    qtbot.addWidget(form)
    assert [form.tabs.tabText(i) for i in range(form.tabs.count())] == ["Incident"]
    window.ctx.role = "coordinator"
    form = IncidentForm(window.ctx)
    qtbot.addWidget(form)
    assert form.tabs.tabText(1) == "Sensitive details"


def test_bulk_progress_for_many_actions_is_one_undo_step(qtbot, window) -> None:
    from bm_desktop.services import actions
    from bm_desktop.services.actions import ActionDraft

    win = window
    for text in ("Train pit chiefs", "Fence the pit", "Birth registration drive"):
        actions.recommend(
            win.ctx.db,
            ActionDraft(
                kind="training",
                description=text,
                recommended_on=dt.date(2021, 9, 1),
                due_on=dt.date(2021, 10, 31),
                stakeholder_id=win.prog.ngo,
                site_id=win.prog.kolwezi,
                risk_area_code="child_labour",
            ),
        )
    acts = win.actions_dock
    acts.reload()
    assert [acts.model.data(acts.model.index(r, 2)) for r in range(3)] == ["overdue"] * 3
    acts.view.selectAll()
    assert acts.progress_action.text() == "Record progress of 3 actions…"

    def fill(dialog) -> None:
        pick(dialog.status, "implemented")
        dialog.on.setDate(qd(dt.date(2021, 10, 20)))
        dialog.buttons.accepted.emit()

    errors = with_dialog(qtbot, fill)
    acts.progress_action.trigger()
    assert errors == []
    statuses = [acts.model.data(acts.model.index(r, 1)) for r in range(3)]
    assert statuses == ["Implemented"] * 3
    assert [acts.model.data(acts.model.index(r, 2)) for r in range(3)] == [""] * 3
    win.undo_stack.undo()
    assert [acts.model.data(acts.model.index(r, 1)) for r in range(3)] == ["Recommended"] * 3


def test_edit_action_through_the_dialog_and_undo(qtbot, window) -> None:
    from bm_desktop.services import actions
    from bm_desktop.services.actions import ActionDraft

    win = window
    actions.recommend(
        win.ctx.db,
        ActionDraft(
            kind="training",
            description="Train pit chiefs",
            recommended_on=dt.date(2021, 9, 1),
            due_on=dt.date(2021, 10, 31),
            stakeholder_id=win.prog.ngo,
            site_id=win.prog.kolwezi,
            risk_area_code="child_labour",
        ),
    )
    acts = win.actions_dock
    acts.reload()
    acts.view.selectRow(0)
    seen: list[str] = []

    def fill(dialog) -> None:
        dialog.due.setDate(qd(dt.date(2021, 8, 1)))  # before the recommendation: refused
        dialog.buttons.accepted.emit()
        seen.append(dialog.message.text())
        dialog.due.setDate(qd(dt.date(2099, 6, 30)))
        pick(dialog.stakeholder, win.prog.cooperative)
        dialog.buttons.accepted.emit()

    errors = with_dialog(qtbot, fill)
    acts.edit_action.trigger()
    assert errors == []
    assert seen == ["The due date 01/08/2021 is before the recommendation date 01/09/2021."]
    row = [acts.model.data(acts.model.index(0, c)) for c in range(10)]
    assert (row[2], row[3], row[5]) == ("", "30/06/2099", "EMAK-C cooperative")
    win.undo_stack.undo()
    row = [acts.model.data(acts.model.index(0, c)) for c in range(10)]
    assert (row[2], row[3], row[5]) == ("overdue", "31/10/2021", "Kolwezi child rights NGO")


def test_expert_scores_a_risk_and_undoes_it(qtbot, window) -> None:
    from bm_desktop.services import incidents, risks
    from bm_desktop.services.incidents import IncidentDraft

    win = window
    iid = incidents.record(
        win.ctx.db,
        IncidentDraft(
            occurred_on=dt.date(2021, 8, 3),
            risk_area_code="ohs",
            description="Pit collapse",
            site_id=win.prog.kolwezi,
            severity=2,
        ),
    )
    incidents.verify(win.ctx.db, iid, by="expert")
    risks.roll_up_incidents(win.ctx.db, [iid])
    win.ctx.selection.select([win.prog.kolwezi])
    dock = win.risks_dock
    assert dock.table.item(0, 4).text() == "2"
    dock.table.selectRow(0)
    dock.score_risk(dock.selected_risk(), 4, 5)
    assert (
        dock.table.item(0, 2).text(),
        dock.table.item(0, 3).text(),
        dock.table.item(0, 4).text(),
    ) == ("4", "5", "20")
    assert int(dock.matrix_counts()[3, 4]) == 1
    win.undo_stack.undo()
    assert dock.table.item(0, 4).text() == "2"
    assert int(dock.matrix_counts()[0, 1]) == 1


def test_french_interface_keeps_words_spelt_alike(qtbot, tmp_path: Path) -> None:
    """French words equal to the English ones ("Site", "Description") must not vanish."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from bm_desktop.db.engine import open_database
    from bm_desktop.db.reference_data import seed_reference_data
    from bm_desktop.ui.incident_form import IncidentForm

    path = tmp_path / "fr.sqlite"
    database = open_database(path)
    with database.sessions.begin() as s:
        seed_reference_data(s)
    build_small_programme(database)
    database.dispose()
    _app, win = create_window(path, empty=True, lang="fr")
    qtbot.addWidget(win)
    form = IncidentForm(win.ctx)
    qtbot.addWidget(form)
    layout = form.tabs.widget(0).layout()
    assert isinstance(layout, QFormLayout)
    labels = [
        layout.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text()
        for r in range(layout.rowCount())
        if layout.itemAt(r, QFormLayout.ItemRole.LabelRole) is not None
    ]
    assert labels[:3] == ["Site", "Survenu le", "Signalé le"]
    assert "Description" in labels
    assert win.incident_register.windowTitle() == "Registre des incidents"
    assert isinstance(form.message, QLabel)
    from bm_desktop.ui.translator import install_language

    install_language(QApplication.instance(), "en")  # the next tests run in English
