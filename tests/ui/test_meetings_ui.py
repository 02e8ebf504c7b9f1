"""The CAP meetings views: overview calendar, agenda builder edits, meeting-mode save."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from bm_desktop.domain import colours
from bm_desktop.domain.filters import FilterState
from bm_desktop.services import meetings
from bm_desktop.ui.agenda_builder import AgendaBuilder
from bm_desktop.ui.context import AppContext
from bm_desktop.ui.decision_dialog import DecisionDialog
from bm_desktop.ui.meeting_mode import MeetingModeDialog
from bm_desktop.ui.meetings_dock import MeetingsDock
from bm_desktop.ui.settings import Settings

SITE, MONTH = "LB-01", "2023-01"  # a planned meeting of the sample programme


@pytest.fixture
def ctx(sample_db):
    context = AppContext(db=sample_db, settings=Settings(), lang="en")
    # the sample's published 2021-22 year (by default the latest year with data, 2022-23)
    context.filters.set_state(FilterState())
    return context


def _sql(db, query: str, **params) -> list[tuple]:
    con = sqlite3.connect(str(db.path))
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def test_agenda_builder_edits_are_saved(qtbot, ctx) -> None:
    builder = AgendaBuilder(ctx, SITE, MONTH)
    qtbot.addWidget(builder)
    model = builder.model
    n = model.rowCount()
    assert n == len(builder.papers.draft.entries) > 5
    start = dt.datetime.combine(dt.date.today(), builder.papers.draft.starts_at)
    first = builder.papers.draft.entries[0].duration_min
    assert (
        model.data(model.index(0, 1))
        == f"{start:%H:%M}–{start + dt.timedelta(minutes=first):%H:%M}"
    )
    # time per item and presenter, through the table's editor role
    assert model.setData(model.index(0, 2), 25)
    assert model.setData(model.index(0, 4), "Aline Numbi")
    assert model.data(model.index(1, 1)).startswith(f"{start + dt.timedelta(minutes=25):%H:%M}")
    assert not model.setData(model.index(0, 2), 999)  # refused, unchanged
    assert model.data(model.index(0, 2)) == 25
    # add after the selected item, move it up, remove another
    builder.select_row(0)
    builder.add_item("Visit of the buyer's auditor")
    assert (
        model.rowCount() == n + 1
        and model.data(model.index(1, 3)) == "Visit of the buyer's auditor"
    )
    builder.move_item(-1)
    assert model.data(model.index(0, 3)) == "Visit of the buyer's auditor"
    assert builder.current_row() == 0
    builder.select_row(model.rowCount() - 1)
    last_but_one = model.data(model.index(model.rowCount() - 2, 3))
    builder.remove_item()
    assert model.data(model.index(model.rowCount() - 1, 3)) == last_but_one
    total = builder.papers.draft.total_minutes
    assert builder.total_label.text().startswith(f"{n} items · {total // 60} h")
    assert builder.save()
    assert builder.message.text() == "Agenda saved."
    again = AgendaBuilder(ctx, SITE, MONTH)
    qtbot.addWidget(again)
    titles = [again.model.data(again.model.index(r, 3)) for r in range(again.model.rowCount())]
    assert titles[0] == "Visit of the buyer's auditor" and len(titles) == n
    assert again.model.data(again.model.index(1, 4)) == "Aline Numbi"
    assert "saved draft" in again.context_line.text()


def test_clicking_an_action_shows_its_details_with_the_due_day_first(qtbot, ctx) -> None:
    """The coordinator clicks an open action and reads its details under the table, then
    goes down with the arrow key: dates there are written as everywhere in the window
    (20/02/2023), never ISO."""
    builder = AgendaBuilder(ctx, SITE, MONTH)
    qtbot.addWidget(builder)
    builder.resize(1366, 768)
    builder.show()
    qtbot.waitExposed(builder)
    entries = builder.papers.draft.entries
    rows = [r for r, e in enumerate(entries) if e.section == "open_actions" and e.ref_table]
    assert len(rows) >= 2 and rows[1] == rows[0] + 1
    table = builder.table
    table.scrollTo(builder.model.index(rows[0], 3))
    cell = table.visualRect(builder.model.index(rows[0], 3)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert builder.current_row() == rows[0]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert builder.current_row() == rows[1]
    shown = builder.details.toPlainText()
    assert shown == entries[rows[1]].details and "· due " in shown
    due = shown.rsplit("· due ", 1)[1][:10]
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", due), shown
    assert not re.search(r"\d{4}-\d\d-\d\d", shown), shown


def test_overdue_rows_are_red_and_missing_types_pointed_out(qtbot, ctx) -> None:
    (type_id,) = _sql(ctx.db, "SELECT id FROM stakeholder_types WHERE code = 'security_sector'")[0]
    (site_id,) = _sql(ctx.db, "SELECT id FROM sites WHERE code = :c", c=SITE)[0]
    con = sqlite3.connect(str(ctx.db.path))
    con.execute(
        "UPDATE site_stakeholders SET deleted = 1 WHERE site_id = ? AND stakeholder_id "
        "IN (SELECT id FROM stakeholders WHERE type_id = ?)",
        (site_id, type_id),
    )
    con.commit()
    con.close()
    builder = AgendaBuilder(ctx, SITE, MONTH)
    qtbot.addWidget(builder)
    model = builder.model
    overdue = [r for r, e in enumerate(builder.papers.draft.entries) if "overdue" in e.flags]
    assert overdue
    brush = model.data(model.index(overdue[0], 3), Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name().upper() == colours.OVERDUE
    assert builder.missing_label.text() == (
        "Missing stakeholder types: Formal security sector representatives"
    )
    tree = builder.invitations
    node = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("Formal security")
    )
    assert node.text(1) == "missing: find someone to invite"
    assert node.foreground(0).color().name().upper() == colours.OVERDUE


def test_export_runs_in_a_worker(qtbot, ctx, tmp_path: Path) -> None:
    builder = AgendaBuilder(ctx, SITE, MONTH)
    qtbot.addWidget(builder)
    out = tmp_path / "agenda.xlsx"
    assert builder.export("xlsx", str(out)) is not None  # a worker, not the GUI thread
    # the line the person reads (a "finished" signal connected here, after the job had
    # started, could go by unseen: a quick job had ended before)
    qtbot.waitUntil(lambda: builder.message.text().startswith("Written:"), timeout=60000)
    assert load_workbook(out)["Agenda"]["A1"].value == "Agenda — Karajipopo"


def _meeting_dialog(qtbot, ctx) -> MeetingModeDialog:
    builder = AgendaBuilder(ctx, SITE, MONTH)
    qtbot.addWidget(builder)
    dialog = MeetingModeDialog(ctx, SITE, MONTH, builder.papers, builder)
    qtbot.addWidget(dialog)
    return dialog


def test_meeting_mode_saves_attendance_minutes_decisions(qtbot, ctx) -> None:
    dialog = _meeting_dialog(qtbot, ctx)
    dialog.set_attendance(0, 3, 7)
    dialog.set_attendance(3, 1, 1)
    assert dialog.totals.text() == "Present: 4 women, 8 men"
    dialog.set_minutes(0, "Welcome by the cooperative president.")
    entries = dialog.papers.draft.entries
    proposal = next(i for i, e in enumerate(entries) if e.section == "proposals" and e.ref_ids)
    decision = DecisionDialog(ctx, dialog.papers, dialog.meeting_day(), proposal, dialog)
    qtbot.addWidget(decision)
    assert decision.create_radio.isChecked()  # a proposal item fills the action in
    assert decision.owner.currentData() is not None
    decision.text.setPlainText("Train the pit managers")
    decision.description.setText("Training of pit managers on safety")
    decision.accept()
    assert decision.decision is not None, decision.message.text()
    dialog.add_decision(decision.decision, decision.outcome_text())
    assert (
        dialog.decision_table.item(0, 2).text() == "new action: Training of pit managers on safety"
    )
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()
    papers = meetings.meeting_papers(ctx.db, SITE, MONTH)
    assert papers.status == "held"
    assert [(a.women, a.men) for a in papers.attendance] == [(3, 7), (1, 1)]
    assert papers.draft.entries[0].minutes == "Welcome by the cooperative president."
    assert [d.text for d in papers.decisions] == ["Train the pit managers"]
    assert (
        _sql(
            ctx.db,
            "SELECT COUNT(*) FROM corrective_actions WHERE description = "
            "'Training of pit managers on safety'",
        )[0][0]
        == 1
    )


def test_meeting_mode_refusal_in_plain_words_saves_nothing(qtbot, ctx) -> None:
    dialog = _meeting_dialog(qtbot, ctx)
    before = _sql(ctx.db, "SELECT COUNT(*) FROM agenda_items")[0][0]
    dialog.set_minutes(0, "Nobody came")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # attendance all 0
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.message.text() == (
        "Nothing was saved. Record who attended (at least one "
        "person) before marking the meeting as held."
    )
    assert _sql(ctx.db, "SELECT COUNT(*) FROM agenda_items")[0][0] == before


def test_decision_dialog_shows_the_life_cycle_refusal(qtbot, ctx) -> None:
    dialog = _meeting_dialog(qtbot, ctx)
    entries = dialog.papers.draft.entries
    item = next(i for i, e in enumerate(entries) if e.section == "open_actions" and e.ref_ids)
    decision = DecisionDialog(ctx, dialog.papers, dialog.meeting_day(), item, dialog)
    qtbot.addWidget(decision)
    assert decision.progress_radio.isChecked()
    assert decision.action.currentData() == str(entries[item].ref_ids[0])
    decision.text.setPlainText("Cancel it")
    decision.status.setCurrentIndex(decision.status.findData("cancelled"))
    decision.progress_note.setText("")
    decision.text.setPlainText("  ")
    decision.accept()
    assert decision.decision is None and decision.message.text() == "Write what was decided."


def test_overview_dock_shows_status_colours_and_gaps(qtbot, ctx) -> None:
    dock = MeetingsDock(ctx)
    qtbot.addWidget(dock)
    dock.region.setCurrentIndex(dock.region.findData("Lualaba"))
    model = dock.model
    overview = model.overview
    assert model.data(model.index(0, 0)) == "Lualaba"
    gap_sites = {g.site_code for g in overview.gaps if g.kind == "no_meeting"}
    this = model.months.index(overview.this_month) + 1
    for row in range(1, model.rowCount()):
        site = model.site_at(row)
        cell = site.cells.get(overview.this_month)
        background = model.data(model.index(row, this), Qt.ItemDataRole.BackgroundRole)
        if cell is not None:
            assert background.color().name().upper() == colours.MEETING_STATUS[cell.status]
        elif site.code in gap_sites:
            assert model.data(model.index(row, this)) == "none planned"
    assert dock.as_of_label.text().startswith("As of 31/03/2022:")


def test_prepare_region_agendas_with_progress(qtbot, ctx, tmp_path: Path) -> None:
    dock = MeetingsDock(ctx)
    qtbot.addWidget(dock)
    dock.region.setCurrentIndex(dock.region.findData("Haut-Katanga"))
    out = tmp_path / "hk.xlsx"
    assert dock.prepare_region(str(out), "2022-03") is not None
    # What the person sees, not the job's signals (connected here, after the job had
    # started, a quick job's "finished" could go by unseen): the line saying the file
    # was written, and the progress dialog closing by itself, having counted the sites.
    qtbot.waitUntil(lambda: dock.as_of_label.text().startswith("Written:"), timeout=60000)
    qtbot.waitUntil(lambda: not dock.region_progress.isVisible())
    names = load_workbook(out).sheetnames
    assert names[0] == "Overview" and all(n.startswith("HK-") for n in names[1:])
    assert dock.region_progress.maximum() >= len(names) - 1  # a step per site at least
