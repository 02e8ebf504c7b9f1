"""A dialog's OK is the edit itself, validated once (issue 18 §2).

The incident form and the action dialogs used to ask the service's check and then,
once closed, run the undo command, which validated the same draft again. Now OK runs
the command on the window's undo stack: a refusal keeps the dialog open with its
message and what was typed, a success closes it and Ctrl+Z undoes it. Each test
counts the service's validation runs: one per OK (the old code ran one more).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from tests.services.loop_data import snapshot
from tests.ui.test_incident_loop import pick, qd, register_cells, window, with_dialog

__all__ = ["window"]  # the fixture, shared with the loop's tests


def activate(qtbot, form) -> None:
    """The form has the keyboard, as it does for a person (Tab then moves the focus)."""
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)


def type_text(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def type_date(field, day: dt.date) -> None:
    field.setFocus()
    field.lineEdit().selectAll()
    QTest.keyClicks(field, day.strftime("%d/%m/%Y"))
    QTest.keyClick(field, Qt.Key.Key_Tab)


def click_ok(form) -> None:
    QTest.mouseClick(
        form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def count_validations(monkeypatch) -> list[int]:
    """Every run of the incident service's validation, counted."""
    from bm_desktop.services import incidents as incident_service

    runs: list[int] = []
    validate = incident_service.validate_incident

    def counted(session, draft, today=None):  # noqa: ANN001, ANN202
        runs.append(1)
        return validate(session, draft, today)

    monkeypatch.setattr(incident_service, "validate_incident", counted)
    return runs


def test_a_refused_save_keeps_the_form_and_a_good_one_is_recorded_once_and_undone(
    qtbot, window, monkeypatch
) -> None:
    win = window
    runs = count_validations(monkeypatch)
    before = snapshot(win.ctx.db)
    future = dt.date.today() + dt.timedelta(days=3)
    seen: dict = {}

    def fill(form) -> None:
        activate(qtbot, form)
        pick(form.site, win.prog.kolwezi)
        pick(form.risk_area, "child_labour")
        type_text(form.description, "Two children sorting ore at pit 3")
        form.reported_by.setFocus()
        QTest.keyClick(form.reported_by, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(form.reported_by, "Agnes M.")  # over the computer account's name
        type_date(form.occurred, future)
        click_ok(form)
        seen["refused"] = (
            form.isVisible(),
            form.message.text(),
            form.message.isVisible(),
            form.description.toPlainText(),
            form.reported_by.text(),
            form.occurred.date() == qd(future),
            form.occurred.hasFocus(),
        )
        seen["runs after the refusal"] = len(runs)
        seen["database after the refusal"] = snapshot(win.ctx.db) == before
        type_date(form.occurred, dt.date(2021, 8, 3))
        type_date(form.reported, dt.date(2021, 8, 4))
        click_ok(form)
        seen["closed"] = not form.isVisible()

    errors = with_dialog(qtbot, fill)
    win.incident_register.new_incident()
    assert errors == []
    visible, message, shown, description, by, kept_date, focused = seen["refused"]
    assert (visible, shown, focused) == (True, True, True)
    assert message == (
        f"The incident date {future:%d/%m/%Y} is in the future "
        f"(today is {dt.date.today():%d/%m/%Y})."
    )
    assert (description, by, kept_date) == ("Two children sorting ore at pit 3", "Agnes M.", True)
    assert seen["database after the refusal"]
    assert seen["runs after the refusal"] == 1  # one validation per Save
    assert seen["closed"] and len(runs) == 2  # ... the good Save too: validated once
    assert register_cells(win, 10) == ["Two children sorting ore at pit 3"]
    assert win.incident_register.selected_ids() == [win.incident_register.model.incident_id(0)]
    assert win.undo_stack.count() == 1 and win.undo_stack.undoText() == "record incident"

    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    QTest.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    qtbot.waitUntil(lambda: register_cells(win, 10) == [])
    assert win.undo_stack.index() == 0


def test_editing_an_incident_saves_it_once_and_ctrl_z_restores_it(
    qtbot, window, monkeypatch
) -> None:
    from bm_desktop.services import incidents as incident_service
    from bm_desktop.services.incidents import IncidentDraft

    win = window
    reg = win.incident_register
    iid = incident_service.record(
        win.ctx.db,
        IncidentDraft(
            occurred_on=dt.date(2021, 8, 3),
            risk_area_code="ohs",
            description="Pit collapse",
            site_id=win.prog.kolwezi,
            severity=2,
        ),
    )
    reg.reload(wait=True)
    reg.select_incidents([iid])
    runs = count_validations(monkeypatch)
    seen: list[tuple[bool, str, str]] = []

    def fill(form) -> None:
        activate(qtbot, form)
        form.description.moveCursor(QTextCursor.MoveOperation.End)
        type_text(form.description, " at dawn")
        type_date(form.reported, dt.date(2021, 8, 1))  # before it occurred: refused
        click_ok(form)
        seen.append((form.isVisible(), form.message.text(), form.description.toPlainText()))
        type_date(form.reported, dt.date(2021, 8, 5))
        click_ok(form)
        seen.append((form.isVisible(), "", ""))

    errors = with_dialog(qtbot, fill)
    reg.edit_action.trigger()
    assert errors == []
    assert seen == [
        (
            True,
            "The report date 01/08/2021 is before the incident date 03/08/2021.",
            "Pit collapse at dawn",
        ),
        (False, "", ""),
    ]
    assert len(runs) == 2  # two Saves, one validation each
    qtbot.waitUntil(lambda: register_cells(win, 10) == ["Pit collapse at dawn"])
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    QTest.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    qtbot.waitUntil(lambda: register_cells(win, 10) == ["Pit collapse"])


def count_runs(monkeypatch, module, name: str) -> list[int]:
    """Every run of ``module.name`` (a service's session-level edit), counted."""
    runs: list[int] = []
    real = getattr(module, name)

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        runs.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return runs


def test_action_dialogs_save_once_per_ok_and_ctrl_z_undoes(qtbot, window, monkeypatch) -> None:
    from bm_desktop.services import actions as action_service
    from bm_desktop.services import incidents as incident_service
    from bm_desktop.services.incidents import IncidentDraft

    win = window
    reg = win.incident_register
    iid = incident_service.record(
        win.ctx.db,
        IncidentDraft(
            occurred_on=dt.date(2021, 8, 3),
            risk_area_code="child_labour",
            description="Children at the pit",
            site_id=win.prog.kolwezi,
        ),
    )
    reg.reload(wait=True)
    reg.select_incidents([iid])
    recommends = count_runs(monkeypatch, action_service, "recommend_action")
    edits = count_runs(monkeypatch, action_service, "edit_action")
    seen: list[tuple] = []

    def recommend(dialog) -> None:
        activate(qtbot, dialog)
        type_text(dialog.description, "Awareness campaign")
        pick(dialog.stakeholder, win.prog.cooperative)
        type_date(dialog.recommended, dt.date(2021, 9, 1))
        type_date(dialog.due, dt.date(2021, 8, 1))  # before the recommendation: refused
        click_ok(dialog)
        seen.append(
            (
                dialog.isVisible(),
                dialog.message.text(),
                dialog.description.toPlainText(),
                len(recommends),
            )
        )
        type_date(dialog.due, dt.date(2099, 6, 30))
        click_ok(dialog)
        seen.append((dialog.isVisible(), len(recommends)))

    errors = with_dialog(qtbot, recommend)
    reg.recommend_for_selected()
    assert errors == []
    assert seen == [
        (
            True,
            "The due date 01/08/2021 is before the recommendation date 01/09/2021.",
            "Awareness campaign",
            1,
        ),
        (False, 2),
    ]
    assert len(recommends) == 2  # two Saves, one run each: no check before the command
    acts = win.actions_dock
    assert "Awareness campaign" in [acts.model.data(acts.model.index(0, c)) for c in range(10)]

    def edit(dialog) -> None:
        activate(qtbot, dialog)
        dialog.description.moveCursor(QTextCursor.MoveOperation.End)
        type_text(dialog.description, " with the chiefs")
        click_ok(dialog)
        seen.append((dialog.isVisible(), len(edits)))

    acts.view.selectRow(0)
    errors = with_dialog(qtbot, edit)
    acts.edit_action.trigger()
    assert errors == []
    assert seen[2] == (False, 1) and len(edits) == 1  # one Save, one run of the edit
    row = [acts.model.data(acts.model.index(0, c)) for c in range(10)]
    assert "Awareness campaign with the chiefs" in row
    assert win.undo_stack.undoText() == "edit action"

    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    QTest.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    row = [acts.model.data(acts.model.index(0, c)) for c in range(10)]
    assert "Awareness campaign" in row
    QTest.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert acts.model.rowCount() == 0
