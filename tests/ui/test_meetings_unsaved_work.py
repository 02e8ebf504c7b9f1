"""Nothing typed in meeting mode (or any dialog with typed work) is lost (issue 11, §1).

Each test drives the real widgets with key presses and clicks and answers the
questions as a person does (tests/ui/answers.py).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
from sqlalchemy import select

from bm_desktop.db.models import CorrectiveAction
from bm_desktop.domain import action_lifecycle as lifecycle
from bm_desktop.domain.enums import ActionStatus
from bm_desktop.services import actions, meetings
from bm_desktop.services.actions import ProgressDraft
from bm_desktop.ui.agenda_builder import AgendaBuilder
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.decision_dialog import DecisionDialog
from bm_desktop.ui.incident_form import IncidentForm
from bm_desktop.ui.meeting_mode import MeetingModeDialog
from bm_desktop.ui.settings import Settings
from bm_desktop.ui.unsaved_work import WorkDialog
from tests.ui.answers import click, press_escape, when_shown

SITE, MONTH = "LB-01", "2023-01"  # a meeting planned on Friday 2023-01-06 in the sample
OVERDUE_MARK = "⚠"  # the overdue mark of the progress list
QUESTION = "You have typed work in this window that is not saved."


@pytest.fixture(autouse=True)
def _no_question_left_open():
    """A failing test must fail, not hang on a question at teardown: whatever dialog is
    still open with typed work is closed without asking."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, WorkDialog) and widget.isVisible():
            widget.discard_without_asking()


@pytest.fixture
def ctx(sample_db):
    return AppContext(db=sample_db, settings=Settings(), lang="en")


def _sql(db, query: str, **params) -> list[tuple]:
    """Read through a connection of its own: what is on disk, not in a session."""
    con = sqlite3.connect(str(db.path))
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def _kept_drafts(db) -> int:
    return _sql(db, "SELECT COUNT(*) FROM meeting_drafts")[0][0]


def _open_meeting_mode(
    qtbot, ctx, root=None, register: bool = True
) -> tuple[AgendaBuilder, MeetingModeDialog]:
    builder = AgendaBuilder(ctx, SITE, MONTH, root)
    if root is None and register:
        qtbot.addWidget(builder)
    dialog = MeetingModeDialog(ctx, SITE, MONTH, builder.papers, builder)
    dialog.show()
    qtbot.waitExposed(dialog)
    return builder, dialog


def _type_minutes(dialog: MeetingModeDialog, text: str) -> None:
    bar = dialog.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert dialog.tabs.currentIndex() == 1
    QTest.keyClicks(dialog.item_minutes, text)


def _type_count(spin, value: int) -> None:
    QTest.keySequence(spin, QKeySequence.StandardKey.SelectAll)
    QTest.keyClicks(spin, str(value))


def _type_date(date_edit, text: str) -> None:
    """Type a whole date into the field, as the person does, and press Enter."""
    QTest.keyClicks(date_edit, text)
    QTest.keyClick(date_edit, Qt.Key.Key_Return)


def test_escape_in_meeting_mode_asks_and_cancel_keeps_the_minutes(qtbot, ctx) -> None:
    builder, dialog = _open_meeting_mode(qtbot, ctx)
    _type_minutes(dialog, "Welcome by the cooperative president")
    seen = when_shown(lambda: getattr(dialog, "discard_question", None), press_escape)
    QTest.keyClick(dialog.item_minutes, Qt.Key.Key_Escape)
    assert seen.get("done"), "Escape closed meeting mode without asking"
    assert seen["text"] == QUESTION
    assert seen["buttons"] == ["Cancel", "Discard", "Save"]
    assert dialog.isVisible()
    assert dialog.item_minutes.toPlainText() == "Welcome by the cooperative president"
    # Discard really closes, forgets the kept draft, and leaves the builder's agenda alone
    seen = when_shown(lambda: dialog.discard_question, click("Discard"))
    QTest.keyClick(dialog.item_minutes, Qt.Key.Key_Escape)
    assert seen.get("done") and not dialog.isVisible()
    assert _kept_drafts(ctx.db) == 0
    assert builder.papers.draft.entries[0].minutes == ""


def test_nothing_typed_closes_without_a_question(qtbot, ctx) -> None:
    _builder, dialog = _open_meeting_mode(qtbot, ctx)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.discard_question is None


def test_save_from_the_question_saves_the_meeting(qtbot, ctx) -> None:
    _builder, dialog = _open_meeting_mode(qtbot, ctx)
    _type_count(dialog.attendance.cellWidget(0, 2), 4)
    _type_minutes(dialog, "Agreed")
    seen = when_shown(lambda: dialog.discard_question, click("Save"))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen.get("done") and not dialog.isVisible(), dialog.message.text()
    papers = meetings.meeting_papers(ctx.db, SITE, MONTH)
    assert papers.status == "held" and papers.draft.entries[0].minutes == "Agreed"
    assert [(a.women, a.men) for a in papers.attendance] == [(4, 0)]
    assert _kept_drafts(ctx.db) == 0  # deleted in the save's transaction


def test_closing_the_window_with_typed_work_asks(qtbot, ctx) -> None:
    root = QMainWindow()
    qtbot.addWidget(root)
    root.show()
    _builder, dialog = _open_meeting_mode(qtbot, ctx, root)
    _type_minutes(dialog, "Security incident at the pit")
    seen = when_shown(lambda: dialog.discard_question, press_escape)
    root.close()
    assert seen.get("done") and seen["text"] == QUESTION
    assert root.isVisible() and dialog.isVisible()  # Cancel: nothing closes, nothing lost
    assert dialog.item_minutes.toPlainText() == "Security incident at the pit"
    seen = when_shown(lambda: dialog.discard_question, click("Discard"))
    root.close()
    assert seen.get("done") and not root.isVisible() and not dialog.isVisible()


def test_a_draft_survives_the_dialog_being_destroyed_and_is_offered_again(qtbot, ctx) -> None:
    builder, dialog = _open_meeting_mode(qtbot, ctx, register=False)  # deleted below
    _type_count(dialog.attendance.cellWidget(1, 3), 6)
    _type_minutes(dialog, "Pit 4 flooded")
    QTest.keyClicks(dialog.general, "Rain all week")
    QTest.keySequence(dialog.place, QKeySequence.StandardKey.SelectAll)
    QTest.keyClicks(dialog.place, "Cooperative office")
    # kept on disk while typing, without saving or closing
    qtbot.waitUntil(lambda: _kept_drafts(ctx.db) == 1, timeout=5000)
    qtbot.waitUntil(
        lambda: "Cooperative office" in _sql(ctx.db, "SELECT content FROM meeting_drafts")[0][0],
        timeout=5000,
    )
    shiboken6.delete(dialog)  # the window vanishes (crash, power cut): no close, no save
    shiboken6.delete(builder)
    assert _kept_drafts(ctx.db) == 1
    again = AgendaBuilder(ctx, SITE, MONTH)
    qtbot.addWidget(again)
    again.show()
    found: dict = {}

    def look(meeting: MeetingModeDialog) -> None:
        found["minutes"] = meeting.papers.draft.entries[0].minutes
        found["shown"] = meeting.item_minutes.toPlainText()
        found["general"] = meeting.general.toPlainText()
        found["place"] = meeting.place.text()
        found["men"] = meeting.attendance.cellWidget(1, 3).value()
        when_shown(lambda: meeting.discard_question, click("Discard"))
        QTest.keyClick(meeting, Qt.Key.Key_Escape)

    offer = when_shown(lambda: getattr(again, "draft_question", None), click("Resume the draft"))
    shown = when_shown(lambda: getattr(again, "meeting_dialog", None), look)
    QTest.mouseClick(again.meeting_button, Qt.MouseButton.LeftButton)
    assert offer.get("done"), "reopening did not offer the kept draft"
    assert shown.get("done"), shown.get("error")
    assert offer["text"].startswith("Meeting mode kept a draft of this meeting on ")
    assert found == {
        "minutes": "Pit 4 flooded",
        "shown": "Pit 4 flooded",
        "general": "Rain all week",
        "place": "Cooperative office",
        "men": 6,
    }
    assert _kept_drafts(ctx.db) == 0  # discarded after resuming


def test_meeting_date_and_start_time_with_weekend_and_future_warnings(qtbot, ctx) -> None:
    _builder, dialog = _open_meeting_mode(qtbot, ctx)
    assert dialog.held_on.date().toString("yyyy-MM-dd") == "2023-01-06"  # the planned date
    assert not dialog.date_warning.isVisible()
    date = dialog.held_on
    _type_date(date, "07/01/2023")
    assert dialog.date_warning.isVisible()
    assert dialog.date_warning.text() == "07/01/2023 is a Saturday: is this the right date?"
    _type_date(date, "07/01/2099")
    assert dialog.date_warning.isVisible()
    assert dialog.date_warning.text() == (
        "07/01/2099 is after today: a meeting can be marked as held only once it has taken place."
    )
    QTest.keyClick(date, Qt.Key.Key_Down)  # the arrows still step the date: 06/01/2099
    assert date.date().toString("yyyy-MM-dd") == "2099-01-06"
    _type_date(date, "09/01/2023")  # a Monday
    assert not dialog.date_warning.isVisible()
    planned_start = dialog.starts.time()
    assert planned_start.toString("HH:mm") == dialog.papers.draft.starts_at.strftime(
        "%H:%M"
    )  # the agenda's start by default
    QTest.keyClick(dialog.starts, Qt.Key.Key_Home)  # the hours
    QTest.keyClick(dialog.starts, Qt.Key.Key_Down)
    QTest.keyClick(dialog.starts, Qt.Key.Key_Down)
    starts = planned_start.addSecs(-2 * 3600).toString("HH:mm")
    _type_count(dialog.attendance.cellWidget(0, 2), 2)
    QTest.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible(), dialog.message.text()
    assert _sql(
        ctx.db,
        "SELECT m.held_on, m.starts_at, m.status FROM cap_meetings m JOIN sites s "
        "ON s.id = m.site_id WHERE s.code = :c AND m.month = :m AND NOT m.deleted",
        c=SITE,
        m=MONTH,
    ) == [("2023-01-09", starts, "held")]


def _updatable_by_the_rules(db, site_id, day: dt.date) -> set:
    """Every site action the life cycle lets take some update dated ``day``."""
    found = set()
    with db.sessions() as s:
        for action in s.scalars(
            select(CorrectiveAction).where(
                CorrectiveAction.site_id == site_id, CorrectiveAction.deleted.is_(False)
            )
        ):
            points = actions.progress_points(s, action.id)
            for status in ActionStatus:
                try:
                    lifecycle.check_update(
                        points, status, day, "note", recommended_on=action.recommended_on, today=day
                    )
                except lifecycle.LifecycleError:
                    continue
                found.add(str(action.id))
                break
    return found


def test_progress_list_offers_only_actions_that_can_take_an_update_each_once(qtbot, ctx) -> None:
    builder = AgendaBuilder(ctx, SITE, MONTH)
    qtbot.addWidget(builder)
    papers, day = builder.papers, builder.papers.draft.meeting_on
    # one action updated after the meeting day, one implemented the day before
    offered = [a.id for a in papers.open_action_list]
    later, implemented = offered[0], offered[1]
    with ctx.db.sessions.begin() as s:
        actions.add_progress(
            s,
            later,
            ProgressDraft("in_progress", day + dt.timedelta(days=9), "site visit"),
            day + dt.timedelta(days=9),
        )
        actions.add_progress(
            s, implemented, ProgressDraft("implemented", day - dt.timedelta(days=1), "done"), day
        )
    dialog = DecisionDialog(ctx, papers, day, None, builder)
    qtbot.addWidget(dialog)
    dialog.show()
    radio = dialog.progress_radio
    QTest.mouseClick(radio, Qt.MouseButton.LeftButton, pos=radio.rect().center())
    assert dialog.progress_box.isVisible()
    combo = dialog.action
    labels = [combo.itemText(i) for i in range(combo.count())]
    ids = [combo.itemData(i) for i in range(combo.count())]
    assert len(set(labels)) == len(labels), "two entries read the same"
    assert len(set(ids)) == len(ids)
    assert set(ids) == _updatable_by_the_rules(ctx.db, papers.site_id, day)
    assert str(later) not in ids and str(implemented) in ids
    combo.setCurrentIndex(ids.index(str(implemented)))
    assert [dialog.status.itemData(i) for i in range(dialog.status.count())] == [
        "in_progress",
        "verified",
        "cancelled",
    ]
    # every symbol is explained: the legend under the list, and each entry's tooltip
    legend = dialog.action_legend
    assert legend.isVisible() and legend.text().startswith(
        f"{OVERDUE_MARK} overdue: the due date was before the meeting date."
    )
    marked = [i for i, text in enumerate(labels) if text.startswith(OVERDUE_MARK)]
    assert marked
    for i in marked:
        assert "Overdue by" in combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
    dialog.discard_without_asking()


def test_incident_form_asks_before_escape_drops_the_description(qtbot, ctx) -> None:
    form = IncidentForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    QTest.keyClicks(form.description, "Two minors seen washing ore")
    seen = when_shown(lambda: getattr(form, "discard_question", None), press_escape)
    QTest.keyClick(form.description, Qt.Key.Key_Escape)
    assert seen.get("done") and seen["text"] == QUESTION
    assert form.isVisible()
    assert form.description.toPlainText() == "Two minors seen washing ore"
    seen = when_shown(lambda: form.discard_question, click("Discard"))
    QTest.mouseClick(
        form.buttons.button(form.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert seen.get("done") and not form.isVisible() and form.draft is None


def test_the_question_and_the_date_warning_speak_french(qtbot, sample_db) -> None:
    from bm_desktop.ui.translator import install_language

    app = QApplication.instance()
    install_language(app, "fr")
    try:
        ctx = AppContext(db=sample_db, settings=Settings(), lang="fr")
        _builder, dialog = _open_meeting_mode(qtbot, ctx)
        _type_date(dialog.held_on, "07/01/2023")  # JJ/MM/AAAA
        assert dialog.held_on.date().toString("yyyy-MM-dd") == "2023-01-07"
        assert dialog.date_warning.text() == "Le 07/01/2023 est un samedi : est-ce la bonne date ?"
        seen = when_shown(lambda: dialog.discard_question, press_escape)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert seen.get("done") and seen["buttons"] == ["Abandonner", "Annuler", "Enregistrer"]
        assert seen["text"] == (
            "Vous avez saisi dans cette fenêtre un travail qui n'est pas enregistré."
        )
        dialog.discard_without_asking()
    finally:
        install_language(app, "en")


def test_agenda_builder_asks_before_escape_drops_the_agenda_edits(qtbot, ctx) -> None:
    builder = AgendaBuilder(ctx, SITE, MONTH)
    qtbot.addWidget(builder)
    builder.show()
    qtbot.waitExposed(builder)
    model = builder.model
    first, second = model.data(model.index(0, 3)), model.data(model.index(1, 3))
    cell = builder.table.visualRect(model.index(0, 3)).center()
    QTest.mouseClick(builder.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseClick(builder.down_button, Qt.MouseButton.LeftButton)
    assert model.data(model.index(1, 3)) == first
    seen = when_shown(lambda: getattr(builder, "discard_question", None), press_escape)
    QTest.keyClick(builder.table, Qt.Key.Key_Escape)
    assert seen.get("done") and seen["text"] == QUESTION
    assert builder.isVisible() and model.data(model.index(1, 3)) == first
    seen = when_shown(lambda: builder.discard_question, click("Save"))
    QTest.keyClick(builder.table, Qt.Key.Key_Escape)
    assert seen.get("done") and not builder.isVisible()
    saved = meetings.meeting_papers(ctx.db, SITE, MONTH)
    assert [e.title for e in saved.draft.entries[:2]] == [second, first]
